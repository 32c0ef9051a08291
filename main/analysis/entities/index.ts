/**
 * People, organisations and places mentioned in an article body.
 *
 * 1. Chunk: runs of capitalised words in a sentence (joined by "of", "for", "and", "&" or name particles
 *    where a name allows it); a possessive ends a run ("Lagos’s Central Institute of Music" is two).
 * 2. Split off titles ("U.K. Trade Secretary Ruth Alder" -> place "U.K." + person "Ruth Alder").
 * 3. Classify each name: gazetteers (countries, cities, regions, known people and organisations), the words
 *    inside it ("Ministry", "Airlines", "Airport"), the words around it (a role before it, "said" after it,
 *    ", a Brazil specialist" in apposition, "shoe maker" before it), first names.
 * 4. Link within the document: a short form ("Alder", "Okafor", "the Gazette") takes the canonical name and
 *    kind of the nearest compatible full name; one name keeps one kind throughout the article.
 */
import type { Entity, EntityKind } from '../../../shared/analysis';
import type { TextSpan } from '../sentences';
import { lexicon, type Lexicon } from './lexicon';
import { tokenize, type Token } from './tokens';
import { insideTitle, quotedTitles } from '../titles';
import { AGENT_NOUN, LOWER_PLACE_HEADS, REGION_ABBREVIATIONS, CALENDAR_WORDS, CLUB_SUFFIXES, COMMON_INITIALISMS, CORPORATE_SUFFIXES, EVENT_HEADS, SEATS_OF_POWER, SPORTS_WORDS, TEAM_VERBS, NAME_PARTICLES, ORG_NOUNS, PERSON_ROLES, PLACE_HEADS, PRODUCT_NOUNS, SPEECH_VERBS, TITLE_ALSO_ORG, TITLE_WORDS } from './cues';

/** How sure a classification is: a later, surer reading of the same name wins. */
const enum Strength {
  /** No cue at all: an organisation for want of anything else; any reading by a cue of the same name wins. */
  Default = 0,
  Guess = 1,
  Cue = 2,
  Known = 3,
}

interface Candidate {
  start: number;
  end: number;
  tokens: Token[];
  kind: EntityKind | null;
  canonical: string;
  strength: Strength;
  /**
   * A word opening its sentence before a common noun or a preposition ("Cobalt prices fell", "Nurses in Tarvo ..."): a
   * name only if the article also names it alone inside a sentence.
   */
  opener?: boolean;
  /** The name of an event ("the Olympic Games"): not an entity, but its acronym ("the OG") is not one either. */
  event?: boolean;
  /** A town's name read as its team in a match report ("Ashford won"): its other mentions are the team too... */
  team?: boolean;
  /** ...except where a preposition of place puts something in the town ("a village near Ashford"). */
  locative?: boolean;
}

/** Names longer than this many words are not names (protects against runaway all-caps text). */
const MAX_NAME_TOKENS = 10;

export function extractEntities(text: string, sentences: readonly TextSpan[]): Entity[] {
  const lex = lexicon();
  const candidates: Candidate[] = [];
  const lowerWords = lowerCaseWords(text);
  const sports = [...SPORTS_WORDS].filter((w) => lowerWords.has(w)).length >= MIN_SPORTS_WORDS;
  const doc: DocContext = { text, lex, lowerWords, midSentence: new Set(), surnames: new Set(), sports, datelines: datelines(text, lex), givenCalendarWords: new Set(), wordSearches: new Map() };
  const tokensBySentence = sentences.map((sentence) => tokenize(text, sentence.start, sentence.end));
  for (const tokens of tokensBySentence) {
    for (let i = 1; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (!t.cap) continue;
      // (A bracket does not capitalise the word it opens: "(Reuters)", "(WHO)" are written so anyway.)
      if (!opensClause(text, tokens, i) || text[t.start - 1] === '(') doc.midSentence.add(t.text);
      const before = tokens[i - 1]!;
      // (Not after a word of place that some bear as a given name: "Lake", "Port", "Cape".)
      if (before.cap && lex.isGivenName(before.lower) && !PLACE_PREFIXES.has(before.lower) && adjacent(text, before, t) && !tokens[i + 1]?.cap) doc.surnames.add(t.text);
    }
    for (let i = 0; i < tokens.length - 1; i++) if (givenCalendarWord(doc, tokens, i)) doc.givenCalendarWords.add(tokens[i]!.start);
  }
  sentences.forEach((sentence, i) => {
    // A sentence in capitals ("BREAKING NEWS: ...") gives no capitalisation cues to read names by.
    if (!shouting(text, sentence)) collectSentence(doc, tokensBySentence[i]!, candidates);
  });
  // A title of a work in quotation marks (the programme “Newsnight”) names the work, not an organisation in it.
  const titles = quotedTitles(text);
  const kept = titles.length ? candidates.filter((c) => !insideTitle(titles, c.start, c.end)) : candidates;
  kept.push(...numberTen(text, kept));
  return link(kept, lex, text, sports).map((c) => ({
    text: text.slice(c.start, c.end),
    start: c.start,
    end: c.end,
    kind: c.kind!,
    canonical: c.canonical,
  }));
}

/** "No 10", "Number 10": Downing Street, in an article that names it (elsewhere it may be a shirt or a bus). */
function numberTen(text: string, candidates: readonly Candidate[]): Candidate[] {
  const street = candidates.find((c) => c.kind === 'organization' && c.canonical.toLowerCase() === 'downing street');
  if (!street) return [];
  return [...text.matchAll(/\b(?:No\.?|Number) 10\b/g)].map((m) => ({ start: m.index, end: m.index + m[0].length, tokens: [], kind: 'organization', canonical: street.canonical, strength: Strength.Known }));
}

interface DocContext {
  text: string;
  lex: Lexicon;
  /** Words written in lower case somewhere in the text: "Options" opening a sentence is the word "options". */
  lowerWords: Set<string>;
  /** Capitalised words seen inside a sentence: a word seen only at sentence starts is probably not a name. */
  midSentence: Set<string>;
  /** Words written as the surname after a given name ("Tom Stone"): opening a sentence, they name that person again. */
  surnames: Set<string>;
  /** A match report (several words of sport): a town's name may stand for its team. */
  sports: boolean;
  /** Offsets of month names written as given names ("Forecaster Jun Villanueva", "said April Oduya"). */
  givenCalendarWords: Set<number>;
  /** Datelines opening paragraphs ("TARVO —", "ORRIN BAY, Ore. —", "MIREL:"): the place the story was filed from. */
  datelines: TextSpan[];
  /** What whole-text searches found for a word opening sentences (a longer name it opens, the name an acronym shortens), by word. */
  wordSearches: Map<string, boolean>;
}

/**
 * A month's name (or its short form) that is also a given name, right before a surname and no number, where no word of
 * time stands before it: "Forecaster Jun Villanueva said", "said April Oduya" (not "in May Orrin ...", "Jun 5").
 */
function givenCalendarWord(doc: DocContext, tokens: readonly Token[], i: number): boolean {
  const { lex, text } = doc;
  const t = tokens[i]!;
  const next = tokens[i + 1]!;
  if (!t.cap || t.possessive || !/^\p{Lu}\p{Ll}+$/u.test(t.text) || !(lex.calendarWords.has(t.lower) || CALENDAR_WORDS.has(t.lower)) || !lex.isGivenName(t.lower)) return false;
  if (!next.cap || !adjacent(text, t, next) || lex.calendarWords.has(next.lower) || CALENDAR_WORDS.has(next.lower.replace(/\.$/, '')) || !personWord(lex, next)) return false;
  // (A two-word name only: "Jun Villanueva said", not "May Orrin Holdings".)
  const after = tokens[i + 2];
  if (after?.cap && adjacent(text, next, after)) return false;
  const before = tokens[i - 1];
  return before === undefined || !MONTH_LEADERS.has(before.lower);
}

/** Words before a month: "in May", "since June", "last March", "early April". */
const MONTH_LEADERS = new Set(['in', 'on', 'by', 'since', 'until', 'till', 'from', 'to', 'of', 'last', 'next', 'this', 'that', 'early', 'late', 'mid', 'during', 'through', 'before', 'after', 'between', 'and', 'or', 'each', 'every', 'until', 'as', 'at', 'for']);

/** Distinct words of sport that make a text a match report. */
const MIN_SPORTS_WORDS = 3;

/**
 * A dateline opens a paragraph: a place in capitals, perhaps its region or country after a comma, perhaps the agency
 * in brackets, then a dash or a colon ("TARVO —", "ORRIN BAY, Ore. —", "NEW MIREL (Reuters) -", "MIREL:"). Not a label
 * in capitals that is an English word ("UPDATE:", "BREAKING —").
 */
const DATELINE = /(?<=^|\n)[ \t]*(\p{Lu}[\p{Lu}'’.-]*(?:[ \t]\p{Lu}[\p{Lu}'’.-]*){0,3})(?:,[ \t]+(\p{Lu}[\p{L}.]*(?:[ \t]\p{Lu}[\p{L}.]*)?))?[ \t]*(?:\([^()\n]{1,30}\)[ \t]*)?(?:—|–|--|[ \t]-|:)[ \t]/gu;

/** Whether the span lies inside one of the article's datelines. */
function inDateline(doc: DocContext, start: number, end: number): boolean {
  return doc.datelines.some((d) => start >= d.start && end <= d.end);
}

/** An acronym in brackets after the name it shortens: "(WHO)", "(NPFL)". */
function bracketedAcronym(text: string, t: { text: string; start: number }): boolean {
  return /^\p{Lu}[\p{Lu}&-]*\p{Lu}$/u.test(t.text) && text[t.start - 1] === '(';
}

function datelines(text: string, lex: Lexicon): TextSpan[] {
  const spans: TextSpan[] = [];
  for (const m of text.slice(0, 200_000).matchAll(DATELINE)) {
    const place = m[1]!;
    if (!/\p{Lu}{3}/u.test(place) || /\p{Ll}/u.test(place)) continue;
    const words = place.toLowerCase().split(/[ \t]+/);
    if (words.length === 1 && (lex.englishWords.has(words[0]!) || lex.commonWords.has(words[0]!)) && !lex.places.has(words[0]!)) continue;
    const start = m.index + m[0].indexOf(place);
    const end = m[2] ? m.index + m[0].indexOf(m[2]) + m[2].length : start + place.length;
    spans.push({ start, end });
  }
  return spans;
}

function shouting(text: string, sentence: TextSpan): boolean {
  if (sentence.end - sentence.start < 20) return false;
  const sample = text.slice(sentence.start, Math.min(sentence.end, sentence.start + 400));
  const upper = sample.match(/\p{Lu}/gu)?.length ?? 0;
  const lower = sample.match(/\p{Ll}/gu)?.length ?? 0;
  return upper >= 15 && upper > 4 * lower;
}

function lowerCaseWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const m of text.matchAll(/(?<![\p{L}\p{N}])\p{Ll}[\p{Ll}-]+/gu)) words.add(m[0]);
  return words;
}

const NOUN_TAGS = new Set(['Singular', 'Noun', 'Uncountable']);

/** Tags of common words that may be dropped from the front of a name ("Democratic Kenya"), unlike nouns ("Air Malaya"). */
const DROPPABLE_TAGS = new Set(['Adjective', 'Adverb', 'Gerund', 'Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'PastTense', 'PresentTense', 'Infinitive', 'Comparative', 'Superlative', 'Expression', 'Participle', 'Modal', 'Copula', 'QuestionWord', 'Negative']);

function isConnector(t: Token): boolean {
  return t.lower === 'of' || t.lower === 'for' || t.lower === 'and' || t.lower === '&' || NAME_PARTICLES.has(t.lower);
}

/** Only spaces (or " & ", as in "JPMorgan Chase & Co") between two tokens: no comma, line break or quote mark. */
function adjacent(text: string, a: Token, b: Token): boolean {
  if (a.possessive) return false;
  const gap = text.slice(a.fullEnd, b.start);
  return gap.length <= 3 && /^[ \t]*&?[ \t]*$/.test(gap);
}

function isNameWord(t: Token, doc: DocContext, sentenceInitial: boolean): boolean {
  const lex = doc.lex;
  if (!t.cap && !ARABIC_ARTICLE.test(t.text)) return false;
  if ((lex.calendarWords.has(t.lower) || CALENDAR_WORDS.has(t.lower.replace(/\.$/, ''))) && !doc.givenCalendarWords.has(t.start)) return false;
  // "July-September", "Mon-Fri": a span of months or days.
  if (t.text.includes('-') && t.lower.split('-').every((part) => lex.calendarWords.has(part) || CALENDAR_WORDS.has(part.replace(/\.$/, '')))) return false;
  // Model numbers ("B52", "737-800") are products, not names; "G7", "G20" are groups of countries (the "Group of N").
  if (/\p{N}/u.test(t.text) && !GROUP_OF_N.test(t.text)) return false;
  // "Danish-Swedish", "Tudor-era", "Co-host": compound adjectives and nouns, not names.
  // ("Anglo-Dutch", "Sino-Indian": combining forms of nations too; "Peruvian-born": a demonym, then a participle.)
  if (t.text.includes('-') && (ADJECTIVE_COMPOUND.test(t.text) || t.lower.split('-').every((part) => lex.demonyms.has(part) || NATION_COMBINING_FORMS.has(part)))) return false;
  if (t.text.includes('-') && lex.demonyms.has(t.lower.split('-')[0]!) && NAME_COMPOUND.test(t.text)) return false;
  if (sentenceInitial) {
    if (PREFIXED_LEGAL_FORMS.has(t.text)) return true; // "PT Tarvo Nikel said"
    if (inDateline(doc, t.start, t.end)) return true; // "NEW DELHI —"
    // An acronym in brackets after the name it shortens, "(WHO)", "(NPFL)", is written in capitals anyway.
    if (bracketedAcronym(doc.text, t)) return true;
    const known = lex.places.has(t.lower) || lex.firstNames.has(t.lower) || lex.organizations.has(t.lower) || lex.countryCodes.has(t.text) || (PARTY_WORDS.has(t.lower) && doc.midSentence.has(t.text));
    // "Teachers", "Shares", "Engineers" opening a sentence: the plural of a word.
    const singular = /ies$/.test(t.lower) ? t.lower.slice(0, -3) + 'y' : t.lower.replace(/e?s$/, '');
    if (!known && singular !== t.lower && !lex.lastNames.has(t.lower) && !doc.surnames.has(t.text) && [singular, t.lower.slice(0, -1)].some((w) => lex.commonWords.has(w) || lex.englishWords.has(w))) return false;
    if (!known && !doc.surnames.has(t.text) && (lex.commonWords.has(t.lower) || doc.lowerWords.has(t.lower) || adverbShape(lex, t.lower))) return false;
  }
  return true;
}

/**
 * "Reportedly", "Unsurprisingly", "Happily": an adverb the dictionaries may lack, by an English word or an adjective's
 * ending before its "-ly" ("Tessaly", "Ardly" are no adverbs).
 */
function adverbShape(lex: Lexicon, lower: string): boolean {
  if (!/ly$/.test(lower)) return false;
  const stem = lower.slice(0, -2);
  return lex.englishWords.has(stem) || lex.englishWords.has(stem + 'e') || (/ily$/.test(lower) && lex.englishWords.has(lower.slice(0, -3) + 'y')) || /(?:al|ful|ous|ive|ing|ed|ent|ant|ic|less|able|ible|ary|ish|ate|ute|ern|ward|ous)$/.test(stem);
}

/** Combining forms of nations and regions, written before a hyphen: "Anglo-Dutch", "Sino-Indian", "Italo-Swiss". */
const NATION_COMBINING_FORMS = new Set(['anglo', 'franco', 'sino', 'indo', 'russo', 'italo', 'greco', 'graeco', 'austro', 'afro', 'euro', 'judeo', 'hispano', 'luso', 'germano', 'nippo', 'turco', 'serbo', 'croato', 'hiberno', 'dano', 'swedo', 'polono', 'lusitano', 'americano', 'arabo', 'irano', 'syro', 'belgo', 'helveto', 'scoto']);

/** Compounds that make an adjective or a common noun of what they join: "Tudor-era", "Gothic-style", "Co-host". */
const ADJECTIVE_COMPOUND = /^(?:co-\p{Ll}.*|.+-(?:era|style|type|like|esque|year-old|old))$/iu;

/** "G7", "G20", "G77": the Group of N countries. */
const GROUP_OF_N = /^G\d{1,2}$/;

/** A product or model number follows ("Cessna 172", "Nokia N95"): the name is part of a product name. */
function productFollows(text: string, t: Token): boolean {
  const following = text.slice(t.fullEnd, t.fullEnd + 12);
  // (Not a score: "beat the Harbour Gulls 3-1".)
  return /^[ \t]+\p{Lu}{0,3}-?\d/u.test(following) && !SCORE_AFTER.test(following);
}

/** A score after a team's name: "3-1", "118-115". */
const SCORE_AFTER = /^[ \t]+\d{1,3}[-–]\d{1,3}(?![\p{L}\p{N}-])/u;

/**
 * The token opens its sentence, a quotation, a bracket or what follows a colon or a dash (a dateline's): its capital
 * may be only that. (A straight " opens a quotation after a space; after a word or a comma it closes one: '"...," Stone said'.)
 */
/** A name written with Arabic's article or a word of descent and a hyphen, in lower case: "al-Shabaab", "el-Sisi", "bin-Talal". */
const ARABIC_ARTICLE = /^(?:al|el|ash|az|ad-din|bin|ibn|abu)-\p{Lu}\p{Ll}/u;

/** A brand's word with a capital inside it: "MetService", "PayPal", "BlackRock" (not "McDonald", "MacLeod"). */
const INNER_CAPITAL = /^(?!Ma?c\p{Lu})\p{Lu}\p{Ll}+\p{Lu}\p{Ll}+/u;

/** A French or Italian particle elided before a name and written as one word with it: "Côte d'Ivoire", "Val d'Isère". */
const ELIDED_PARTICLE = /^(?:d|l|dell|dall|nell|sull)['’]\p{Lu}\p{Ll}/u;

/** A lower-case role noun right before the token at `i`: "analyst Ann Roe", "political scientist Mere Tawhiri". */
function roleRightBefore(lex: Lexicon, text: string, tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  return before !== undefined && !before.cap && !before.possessive && adjacentLoose(text, before, tokens[i]!) && isRole(lex, before.lower);
}

function opensClause(text: string, tokens: readonly Token[], i: number): boolean {
  return i === 0 || /(?:[“‘(\[:—–-]|(?:^|\s)")\s*$/.test(text.slice(tokens[i - 1]!.fullEnd, tokens[i]!.start));
}

function collectSentence(doc: DocContext, tokens: Token[], out: Candidate[]): void {
  const { text, lex } = doc;
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    const initial = opensClause(text, tokens, i);
    // "Air Malaya has ordered ...": a capitalised noun opening the sentence right before a name belongs to it.
    const next = tokens[i + 1];
    // ("Justice Ann Roe found ...", "Fisherman Jo Ruiz said ...": a title or a role opening the sentence, likewise.)
    const nounBeforeName =
      initial &&
      t.cap &&
      next !== undefined &&
      adjacent(text, t, next) &&
      isNameWord(next, doc, false) &&
      (NOUN_TAGS.has(lex.commonWords.get(t.lower) ?? '') || TITLE_WORDS.has(t.lower) || isRole(lex, t.lower) || clubPrefix(t));
    // ("New Zealand had ...", "United Airlines said ...": a common word opening the sentence that opens a known name.)
    const knownOpening = initial && t.cap && next !== undefined && next.cap && adjacent(text, t, next) && isNameWord(next, doc, false) && (lookup(text, [t, next], lex) !== undefined || (tokens[i + 2] !== undefined && tokens[i + 2]!.cap && adjacent(text, next, tokens[i + 2]!) && lookup(text, [t, next, tokens[i + 2]!], lex) !== undefined));
    // ("Tan Sri Wong Mei Lin said": an honorific of two words, the first a word of English.)
    const honorificOpening = initial && t.cap && HONORIFICS.some((h) => h.length === 2 && h[0] === t.lower && tokens[i + 1]?.lower === h[1] && tokens[i + 2]?.cap === true);
    if (!nounBeforeName && !knownOpening && !honorificOpening && !isNameWord(t, doc, initial)) {
      i++;
      continue;
    }
    let j = i;
    let hasOfOrFor = false;
    while (j + 1 < tokens.length && j - i < MAX_NAME_TOKENS) {
      const next = tokens[j + 1]!;
      const current = tokens[j]!;
      // "People’s Republic of China" holds together; "Lagos’s Central Institute" does not.
      // ("St Brigid’s Hospital", "St Anne’s Church": a saint's possessive opens the name of what is named after them.)
      const joinsPossessive = current.possessive && (lex.commonWords.has(current.lower) || (j === i + 1 && SAINTS.has(tokens[i]!.lower))) && next.cap;
      if (!adjacent(text, current, next) && !joinsPossessive) break;
      if (CORPORATE_SUFFIXES.has(current.lower) && j > i) break; // "Acme Inc. Jane Roe"
      if (NAME_COMPOUND.test(current.text)) break; // "Perth-based Orrin Labs": a place, then a firm
      if (isNameWord(next, doc, false) || (ELIDED_PARTICLE.test(next.text) && isNameWord(current, doc, j === i && initial))) {
        j++;
        continue;
      }
      const afterParticles = particlesThenName(doc, tokens, j + 1);
      if (afterParticles > 0) {
        j = afterParticles;
        continue;
      }
      // "Civil Aviation Authority of the Orrin Islands", "Ministry of the Interior", "Republic of the Congo": a body's or a
      // place's head, then "of the" and a name.
      const the = tokens[j + 2];
      const afterThe = tokens[j + 3];
      if (next.lower === 'of' && the?.lower === 'the' && afterThe && adjacent(text, current, next) && adjacent(text, next, the) && adjacent(text, the, afterThe) && isNameWord(afterThe, doc, false) && tokens.slice(i, j + 1).some((x) => lex.orgHeads.has(x.lower) || PLACE_HEADS.has(x.lower) || x.lower === 'republic') && !tokens.slice(i, j + 1).some((x) => TITLE_WORDS.has(x.lower))) {
        hasOfOrFor = true;
        j += 3;
        continue;
      }
      const after = tokens[j + 2];
      if (!after || !isConnector(next) || !adjacent(text, next, after) || !isNameWord(after, doc, false)) break;
      const chunkSoFar = tokens.slice(i, j + 1);
      if (next.lower === 'of' || NAME_PARTICLES.has(next.lower) || next.lower === '&') {
        // "Secretary of State", "Bank of America", "Charles de Gaulle"; not "... of Russia" after a person.
        if (next.lower === 'of' && !chunkSoFar.some((x) => lex.orgHeads.has(x.lower) || TITLE_WORDS.has(x.lower) || PLACE_HEADS.has(x.lower) || lex.commonWords.has(x.lower))) break;
        // "analyst Faith Moraa of Orrin Capital", "Analyst Thu Pham of ...": a person's name (or a title and a
        // name), then where they work.
        if (next.lower === 'of' && (personLike(lex, chunkSoFar) || titleThenName(lex, chunkSoFar))) break;
        // ("political scientist Mere Tawhiri of Orrin University": a lower-case role, then a name without a body's or
        // a place's head, then "of": the person, then where they work.)
        if (next.lower === 'of' && roleRightBefore(lex, text, tokens, i) && chunkSoFar.length <= 3 && !chunkSoFar.some((x) => lex.orgHeads.has(x.lower) || PLACE_HEADS.has(x.lower) || TITLE_WORDS.has(x.lower))) break;
      } else if (next.lower === 'for') {
        if (!chunkSoFar.some((x) => lex.orgHeads.has(x.lower) || PLACE_HEADS.has(x.lower))) break;
      } else {
        // "and": inside "Center for ... European and International Studies" or before an organisation head.
        let k = j + 2;
        while (k + 1 < tokens.length && adjacent(text, tokens[k]!, tokens[k + 1]!) && isNameWord(tokens[k + 1]!, doc, false)) k++;
        const rest = tokens.slice(j + 2, k + 1);
        if (!hasOfOrFor && !rest.some((x) => lex.orgHeads.has(x.lower))) break;
        // ("University of Tarvo and Orrin's Institute": a possessive after "and" opens another name.)
        if (rest[rest.length - 1]!.possessive) break;
        // "Harbour Road Hospital and University Hospital Tarvo": two names, each with its own head.
        if (!hasOfOrFor && chunkSoFar.length > 1 && (lex.orgHeads.has(current.lower) || PLACE_HEADS.has(current.lower)) && rest.length > 1 && rest.some((x) => lex.orgHeads.has(x.lower) || PLACE_HEADS.has(x.lower))) break;
      }
      // "Center for X and Y" may go on after "and"; "Secretary of State X and ..." may not.
      if ((next.lower === 'of' || next.lower === 'for') && chunkSoFar.some((x) => lex.orgHeads.has(x.lower) || PLACE_HEADS.has(x.lower))) hasOfOrFor = true;
      j += 2;
    }
    const chunk = tokens.slice(i, j + 1);
    // (A word only seen opening sentences is probably no name, unless it is "Tarvo-based".)
    // ("MetService said", "PayPal shares": a word with a capital inside it, written so only by a name, is one anywhere.)
    const only = chunk.length === 1 && initial && !doc.midSentence.has(t.text) && !INNER_CAPITAL.test(t.text) && !inDateline(doc, t.start, t.end) && !bracketedAcronym(text, t) && !NAME_COMPOUND.test(t.text) && !lookup(text, chunk, lex) && !SPEECH_VERBS.has(tokens[i + 1]?.lower ?? '') && !opensLongerName(doc, t) && !acronymOfName(doc, t);
    if (!only || cueFollows(doc, tokens, i)) processChunk(doc, tokens, i, chunk, initial, out);
    i = j + 1;
  }
}

/**
 * A word that is no English word nor any word of the article's, opening a sentence before what news writes after a
 * name: a possessive ("Velmarco's"), a word of place or of a firm's people ("Tarvo city council", "Velmarco shares",
 * "Orlani spokesman"), a finite verb ("Ferrand agreed"), or an apposition ("Dornveld, the chipmaker", "Dornveld, based in ...").
 */
function cueFollows(doc: DocContext, tokens: readonly Token[], i: number): boolean {
  const { lex, text } = doc;
  const t = tokens[i]!;
  if (!/^\p{Lu}\p{Ll}+$/u.test(t.text) || lex.commonWords.has(t.lower) || lex.englishWords.has(t.lower) || doc.lowerWords.has(t.lower)) return false;
  if (t.possessive) return true;
  const next = tokens[i + 1];
  if (next && !next.cap && adjacentLoose(text, t, next) && (LOWER_PLACE_HEADS.has(next.lower) || EMPLOYER_ROLES.has(next.lower) || ORG_NOUNS.has(next.lower) || STOCK_WORDS.has(next.lower))) return true;
  // ("Ferrand agreed to ...", "Ferrand has ...": the subject of a finite verb.)
  if (next && !next.cap && adjacentLoose(text, t, next) && !t.text.includes('-') && FINITE_TAGS.has(lex.commonWords.get(next.lower) ?? '')) return true;
  return /^,[ \t]+(?:a|an|the|which|who|based|headquartered|founded|owned)[ \t]/.test(text.slice(t.fullEnd, t.fullEnd + 20));
}

/** "FAA inspectors began ...": an acronym opening its sentence whose words the article writes in full ("Federal Aviation Administration"). */
function acronymOfName(doc: DocContext, t: Token): boolean {
  if (!/^\p{Lu}{2,6}$/u.test(t.text)) return false;
  return searchOnce(doc, `acronym:${t.text}`, () => {
    const words = [...t.text].map((letter) => `${letter}[\\p{L}'’-]*`).join('[ \\t]+(?:(?:of|for|and|the|&)[ \\t]+)*');
    return new RegExp(`(?<![\\p{L}\\p{N}])${words}`, 'u').test(doc.text);
  });
}

/** A search of the whole text for a word, done once per article (the word may open many sentences). */
function searchOnce(doc: DocContext, key: string, search: () => boolean): boolean {
  let found = doc.wordSearches.get(key);
  if (found === undefined) doc.wordSearches.set(key, (found = search()));
  return found;
}

/** Tags of finite verbs, whose subject a name opening the sentence is. */
const FINITE_TAGS = new Set(['PastTense', 'PresentTense', 'Copula', 'Modal', 'Verb']);

/** A firm's stock after its name: "Velmarco shares fell". */
const STOCK_WORDS = new Set(['shares', 'stock', 'stocks', 'bonds', 'shareholders', 'investors']);

/**
 * A word that is no English word and that the article writes before another name word ("Hollinsby Athletic", "Orrin
 * Labs"): a short form of that name, even where it only ever opens sentences ("Hollinsby were promoted").
 */
function opensLongerName(doc: DocContext, t: Token): boolean {
  const { lex } = doc;
  if (!/^\p{Lu}\p{Ll}+$/u.test(t.text) || lex.commonWords.has(t.lower) || lex.englishWords.has(t.lower) || doc.lowerWords.has(t.lower)) return false;
  return searchOnce(doc, `opens:${t.text}`, () => new RegExp(`(?<![\\p{L}\\p{N}])${t.text}[ \\t]+\\p{Lu}\\p{Ll}`, 'u').test(doc.text));
}

/**
 * Two or more name particles and then a name word ("van der Berg", "de la Cruz"): the index of that name word, or 0.
 * (One particle is read by the connector rules of collectSentence.)
 */
function particlesThenName(doc: DocContext, tokens: readonly Token[], from: number): number {
  let k = from;
  while (k < tokens.length && NAME_PARTICLES.has(tokens[k]!.lower) && adjacent(doc.text, tokens[k - 1]!, tokens[k]!)) k++;
  const name = tokens[k];
  if (k - from < 2 || !name || !adjacent(doc.text, tokens[k - 1]!, name) || !isNameWord(name, doc, false)) return 0;
  return k;
}

/**
 * A given name, then surnames that are no words ("Faith Moraa", "Kwame Boateng"; "Kwame Freight" is a firm). What
 * counts as a word is the caller's: the dictionaries alone while a name is being chunked, the article's own lower-case
 * words too once it is.
 */
function givenNameThenSurnames(lex: Lexicon, first: Token, surnames: readonly Token[], isWord: (t: Token) => boolean): boolean {
  return lex.isGivenName(first.lower) && surnames.every((t) => !isWord(t));
}

/** "Analyst Hoang Minh", "Director Ann Roe" (not "Secretary", "Chief Executive"): a title, then a name. */
function titleThenName(lex: Lexicon, words: readonly Token[]): boolean {
  let k = 0;
  while (k < words.length && !words[k]!.possessive && (TITLE_WORDS.has(words[k]!.lower) || isRole(lex, words[k]!.lower))) k++;
  return k > 0 && k < words.length && words.slice(k).every((t) => !lex.orgHeads.has(t.lower) && !PLACE_HEADS.has(t.lower) && !TITLE_WORDS.has(t.lower));
}

/** A word that may be part of a person's name: capitalised, no English word, acronym, place, or body's or place's word. */
function personWord(lex: Lexicon, t: Token): boolean {
  return (
    /^\p{Lu}\p{Ll}/u.test(t.text) &&
    !lex.commonWords.has(t.lower) &&
    !lex.englishWords.has(t.lower) &&
    !lex.places.has(t.lower) &&
    !lex.demonyms.has(t.lower) &&
    !lex.orgHeads.has(t.lower) &&
    !PLACE_HEADS.has(t.lower) &&
    !lex.organizations.has(t.lower)
  );
}

/** "Faith Moraa" before "of Orrin Capital": a person's name, then where they work. */
function personLike(lex: Lexicon, words: readonly Token[]): boolean {
  return words.length >= 2 && givenNameThenSurnames(lex, words[0]!, words.slice(1), (t) => lex.commonWords.has(t.lower) || lex.englishWords.has(t.lower) || lex.orgHeads.has(t.lower) || PLACE_HEADS.has(t.lower));
}

/** Honorifics before a person's name, longest first (not "Sri", which opens "Sri Lanka", nor "Chief", a title word already). */
const HONORIFICS = [
  ['tan', 'sri'], ['puan', 'sri'], ['toh', 'puan'], ['datuk', 'seri'], ['datuk', 'patinggi'], ['dato', 'sri'], ['dato', 'seri'], ['datin', 'paduka'], ['datin', 'seri'],
  ['datuk'], ['dato'], ['datin'], ['alhaji'], ['alhaja'], ['mallam'], ['malam'], ['shri'], ['shrimati'], ['smt.'], ['smt'], ['haji'], ['hajjah'],
];

/** An engineer's honorific before the name, as written in much of Africa, Asia and central Europe: "Ing. Ann Roe", "Engr. Kofi Mensah". */
const ENGINEER_HONORIFICS = new Set(['Ing.', 'Engr.', 'Engr']);

function processChunk(doc: DocContext, sentenceTokens: Token[], index: number, chunk: Token[], initial: boolean, out: Candidate[]): void {
  const lex = doc.lex;
  // "Secretary-General", "C.E.O.", "co-founder" are titles too.
  const isTitle = (t: Token) =>
    TITLE_WORDS.has(t.lower) ||
    TITLE_WORDS.has(t.lower.replace(/\./g, '')) ||
    ENGINEER_HONORIFICS.has(t.text) ||
    (t.lower.includes('-') && (t.lower.split('-').some((part) => TITLE_WORDS.has(part) && part !== 'vice' && part.length > 3) || t.lower.split('-').every((part) => TITLE_WORDS.has(part) || TITLE_WORDS.has(part + '.'))));
  // Drop a leading "The" ("The Beatles" -> "Beatles"; the gold spans vary, overlap is what counts).
  // (A capitalised particle starts the name: "Da Lanh", "De Vries Holdings".)
  while (chunk.length > 1 && (chunk[0]!.lower === 'the' || (isConnector(chunk[0]!) && !chunk[0]!.cap))) {
    chunk = chunk.slice(1);
    index++;
  }
  // (A capitalised particle closing a name is a surname: "Priya Das", "Ana De".)
  while (chunk.length > 1 && isConnector(chunk[chunk.length - 1]!) && !(chunk[chunk.length - 1]!.cap && NAME_PARTICLES.has(chunk[chunk.length - 1]!.lower))) chunk = chunk.slice(0, -1);
  // Honours and ranks of counsel after a person's name ("Ann Roe KC", "Tom Hale OBE") are no part of it.
  while (chunk.length > 2 && POST_NOMINALS.has(chunk[chunk.length - 1]!.text.replace(/\.$/, ''))) chunk = chunk.slice(0, -1);
  const afterIndex = index + chunk.length;
  // A title alone ("the base commander, Maj-Gen. Ilse Marr", where the full stop parts it from the name) names nobody.
  if (chunk.every((t) => isTitle(t) && !TITLE_ALSO_ORG.has(t.lower)) && chunk.some((t) => t.text.includes('-') || /\.$/.test(t.text) || chunk.length > 1)) return;
  // "Conservative Doug Harcourt", "Democrat Ann Roe": a party's word before a given name and a surname labels the
  // candidate, as a title would; the party is not named ("the Conservatives" is).
  if (chunk.length >= 3 && chunk.length <= 4 && (PARTY_ADJECTIVES.has(chunk[0]!.lower) || chunk[0]!.lower === 'independent') && /^\p{Lu}\p{Ll}/u.test(chunk[0]!.text) && givenNameThenSurnames(lex, chunk[1]!, chunk.slice(2), (t) => lex.commonWords.has(t.lower) || lex.englishWords.has(t.lower) || lex.places.has(t.lower) || lex.demonyms.has(t.lower) || isConnector(t))) {
    chunk = chunk.slice(1);
    index++;
    initial = false;
  }
  // "Tan Sri Wong Mei Lin", "Datuk Seri Harun Idris Kamal", "Alhaji Bello Sanusi Garba": honorifics of Malaysia, West Africa and
  // South Asia before a person's name, as titles are.
  const honorific = HONORIFICS.find((h) => h.length < chunk.length && h.every((w, k) => chunk[k]!.lower === w));
  if (honorific) return pushClassified(doc, sentenceTokens, index + honorific.length, chunk.slice(honorific.length), out, { titled: true, initial: false, afterIndex });
  // "PT Tarvo Nikel": a company's name after its legal form, never a title and a person.
  if (chunk.length > 1 && PREFIXED_LEGAL_FORMS.has(chunk[0]!.text)) return pushClassified(doc, sentenceTokens, index, chunk, out, { titled: false, initial, afterIndex });
  // A known name is not split at a title word inside it ("General Santos"; "Secretary of State" aside).
  if (chunk.length > 1 && lookup(doc.text, chunk, lex)) return pushClassified(doc, sentenceTokens, index, chunk, out, { titled: false, initial, afterIndex });
  // "Landlocked Mongolia", "Neighbouring Kenya", "Upstream Tarvo", "Oil-rich Brunei": a word of English opening the
  // sentence before a known place describes the place and is no part of its name.
  if (initial && chunk.length >= 2 && describingWord(lex, chunk[0]!) && lookup(doc.text, chunk.slice(1), lex)?.kind === 'place') {
    return pushClassified(doc, sentenceTokens, index + 1, chunk.slice(1), out, { titled: false, initial: false, afterIndex });
  }

  // "Lawyer Ana Ortega said ...": a role noun capitalised only because it opens the sentence acts as a title.
  // ("Off-spinner Rafe Lindqvist-Oduya took ...", "Winger Ada Mbeki-Roux scored": a common noun, or a compound with a
  // word after its hyphen, opening the sentence before two names, does likewise.)
  const openingNoun = (t: Token) =>
    ((lex.commonWords.has(t.lower) || lex.englishWords.has(t.lower) || (AGENT_NOUN.test(t.lower) && !lex.lastNames.has(t.lower))) && !lex.isGivenName(t.lower) && !lex.orgHeads.has(t.lower) && !PLACE_HEADS.has(t.lower) && !lex.places.has(t.lower)) ||
    /^\p{Lu}\p{Ll}*-\p{Ll}+$/u.test(t.text);
  // ("Human Rights Watch said": a role word opening a name of English words is no title: a person's name has a name word.)
  const openingRole = (k: number) =>
    k === 0 && initial && ((isRole(lex, chunk[0]!.lower) && chunk.slice(1).some((t) => lex.isGivenName(t.lower) || lex.lastNames.has(t.lower) || (!lex.commonWords.has(t.lower) && !lex.englishWords.has(t.lower)))) || (openingNoun(chunk[0]!) && chunk.length >= 3 && chunk.slice(1).every((t) => personWord(lex, t) || lex.isGivenName(t.lower))));
  // Title split: the last title word that is followed by a name.
  let titleAt = -1;
  for (let k = chunk.length - 2; k >= 0; k--) {
    if (!isTitle(chunk[k]!) && !openingRole(k)) continue;
    const rest = chunk.slice(k + 1);
    if (rest.some((x) => lex.orgHeads.has(x.lower) && !isTitle(x))) break; // "Foreign Ministry", "General Motors"
    if (rest.every((x) => isTitle(x) || isConnector(x))) continue;
    if (isTitle(rest[rest.length - 1]!)) continue; // "Chief Operating Officer"
    titleAt = k;
    break;
  }
  // ("Court of Justice", "Department of State": a title word after "of" in a body's name is part of it.)
  // ("Ministry of the Interior" likewise.)
  const ofAt = chunk[chunk.length - 2]?.lower === 'the' ? chunk.length - 3 : chunk.length - 2;
  const bodyOf = ofAt > 0 && chunk[ofAt]!.lower === 'of' && chunk.slice(0, ofAt).some((t) => lex.orgHeads.has(t.lower) && !isTitle(t));
  // ("Obudu State", "Tarvo State": a state of a federation named by its word, where no title stands before it.)
  const stateOf = chunk[chunk.length - 1]!.lower === 'state' && chunk.slice(0, -1).every((t) => !isTitle(t) && !isConnector(t));
  const lastIsTitle = chunk.length > 1 && isTitle(chunk[chunk.length - 1]!) && !lex.orgHeads.has(chunk[chunk.length - 1]!.lower) && !bodyOf && !stateOf;
  if (titleAt >= 0 || lastIsTitle) {
    const cut = titleAt >= 0 ? titleAt : chunk.length - 1;
    let prefix = chunk.slice(0, cut);
    // "U.S. Secretary of" -> "U.S."; but "U.S. Treasury" (before "Secretary") stays an organisation.
    while (prefix.length > 0) {
      const last = prefix[prefix.length - 1]!;
      if (isConnector(last) || (isTitle(last) && !(TITLE_ALSO_ORG.has(last.lower) && prefix.length > 1))) prefix = prefix.slice(0, -1);
      else break;
    }
    // "U.S. District Judge", "Superior Court Justice": the court is part of the judge's title, not a place of its own;
    // so are the words of a title opened by a title word ("Chief Operating Officer").
    if (JUDGE_TITLES.has(chunk[cut]!.lower) && prefix.length > 0 && COURT_WORDS.has(prefix[prefix.length - 1]!.lower)) prefix = [];
    if (prefix.length > 0 && isTitle(prefix[0]!) && !TITLE_ALSO_ORG.has(prefix[0]!.lower)) prefix = [];
    // "Culture Secretary", "Inland Waterways Minister": a portfolio in common words is part of the title, not a body.
    if (PORTFOLIO_TITLES.has(chunk[cut]!.lower) && prefix.every((t) => isConnector(t) || lex.commonWords.has(t.lower) || lex.englishWords.has(t.lower) || doc.lowerWords.has(t.lower))) prefix = [];
    if (prefix.length > 0) pushClassified(doc, sentenceTokens, index, prefix, out, { titled: false, initial, afterIndex: index + prefix.length });
    if (titleAt >= 0) {
      let name = chunk.slice(titleAt + 1);
      let titled = true;
      if (name[0]?.lower === 'of') {
        // "Prime Minister of Singapore": the place, not a person.
        name = name.slice(1);
        titled = false;
      }
      if (name.length > 0) pushClassified(doc, sentenceTokens, index + titleAt + 1, name, out, { titled, initial: false, afterIndex });
    }
    return;
  }
  pushClassified(doc, sentenceTokens, index, chunk, out, { titled: false, initial, afterIndex });
}

/** Nations that are no sovereign states but field national sides: the United Kingdom's four. */
const SPORTING_NATIONS = new Set(['england', 'scotland', 'wales', 'northern ireland']);

/** Last words of clubs' names that name nothing else: "Rovers", "Wanderers" ("City", "Town", "County" name places too). */
const CLUB_ONLY_SUFFIXES = new Set(['rovers', 'rangers', 'athletic', 'wanderers', 'albion', 'hotspur', 'united']);

/** Oceans and seas that news names by their adjective alone: "the Atlantic", "the Mediterranean". */
const SEAS = new Set(['atlantic', 'pacific', 'arctic', 'antarctic', 'mediterranean', 'baltic', 'caribbean', 'adriatic', 'aegean', 'caspian']);

/** First words of clubs' names before a town's: "Real", "Inter", "Sporting", "Dynamo", "Olympique". */
const CLUB_PREFIXES = new Set(['real', 'inter', 'sporting', 'dynamo', 'dinamo', 'olympique', 'olympiacos', 'racing', 'deportivo', 'atlético', 'atletico', 'borussia', 'lokomotiv', 'spartak', 'rapid', 'fc', 'afc', 'ac', 'as', 'ss', 'sc', 'cf', 'cd', 'ud', 'kv', 'sv', 'vfb', 'vfl', 'tsg', 'psv', 'ajax']);

/** A club's first word: the short ones only in capitals ("AC", "AS"; "As Tarvo grew" is the conjunction). */
function clubPrefix(t: Token): boolean {
  return CLUB_PREFIXES.has(t.lower) && (t.text.length > 3 || /^\p{Lu}+$/u.test(t.text));
}

/**
 * Parties written by one word: "Labor", "Labour", "the Greens", "the Liberals", "the Tories", "the Nationals". (The
 * singular of a party's adjective, "a Democrat", "the Republican candidate", is read as a word.)
 */
/** A party's adjective before a noun: "a Tory council", "the Unionist mayor". */
const PARTY_ADJECTIVES = new Set(['tory', 'whig', 'conservative', 'liberal', 'democrat', 'democratic', 'republican', 'socialist', 'communist', 'nationalist', 'unionist', 'green', 'labour', 'labor']);

const PARTY_WORDS = new Set(['labor', 'labour', 'greens', 'liberals', 'tories', 'nationals', 'conservatives', 'democrats', 'republicans', 'socialists', 'communists', 'nationalists', 'teals']);

/** One word for a legislature: "the Senate", "Congress", "Parliament", "the Legislature". */
const LEGISLATURE_WORDS = new Set(['senate', 'congress', 'parliament', 'legislature', 'assembly']);

/** Lower-case heads of places that a word may qualify: "the Tarvo business park", "the Mirel refugee camp". */
const QUALIFIED_PLACE_HEADS = new Set(['site', 'estate', 'centre', 'center', 'park', 'zone', 'district', 'ward', 'village', 'township', 'camp', 'market', 'station', 'reserve']);

/** Tags of the word after a sentence's first word that make that word part of a common noun phrase. */
const OPENER_FOLLOWERS = new Set(['Singular', 'Noun', 'Uncountable', 'Plural', 'Actor', 'Preposition']);

/** Letters after a person's name: counsel's ranks and British honours. */
const POST_NOMINALS = new Set(['KC', 'QC', 'SC', 'OBE', 'MBE', 'CBE', 'KBE', 'DBE', 'BEM']);

/** Lower-case titles written after the name of an employer: "Tarvo Mining chief executive Ann Roe". */
const EMPLOYER_ROLES = new Set(['chief', 'ceo', 'chairman', 'chairwoman', 'chairperson', 'spokesman', 'spokeswoman', 'spokesperson', 'president', 'executive', 'director', 'coach', 'manager', 'captain', 'founder', 'co-founder', 'cofounder', 'boss', 'head']);

/**
 * Legal forms written before a company's name, in capitals: Indonesia's "PT" (perseroan terbatas), Russia's and its
 * neighbours' joint-stock companies ("PJSC Tarvo", "OAO Orrin").
 */
const PREFIXED_LEGAL_FORMS = new Set(['PT', 'PJSC', 'OJSC', 'JSC', 'OAO', 'PAO', 'ZAO', 'OOO']);

/** Abbreviations of time zones that news writes after a clock time ("9:30 p.m. ET"). */
const TIME_ZONES = new Set(['ET', 'PT', 'CT', 'MT', 'AT', 'EST', 'EDT', 'PST', 'PDT', 'CST', 'CDT', 'MST', 'MDT', 'AST', 'ADT', 'NST', 'NDT', 'HST', 'AKST', 'AKDT', 'GMT', 'UTC', 'BST', 'IST', 'CET', 'CEST', 'EET', 'EEST', 'WET', 'WEST', 'MSK', 'JST', 'KST', 'HKT', 'SGT', 'AEST', 'AEDT', 'ACST', 'AWST', 'NZST', 'NZDT', 'WIB', 'EAT', 'WAT', 'CAT', 'SAST', 'PKT']);

/** Legal forms of companies, which end their names. */
const LEGAL_FORMS = new Set([...CORPORATE_SUFFIXES, 'co', 'co.', 'sa', 's.a.', 'nv', 'bv', 'sdn', 'lda', 'limited']);

/** Words of a centre that is an institution: "Tarvo Medical Center", "Orrin Cancer Centre". */
const INSTITUTION_WORDS = new Set(['medical', 'health', 'cancer', 'trauma', 'research', 'rehabilitation', 'treatment', 'care']);

/** Services run by a district that is a body of its own (US special districts): "Transit District", "School District". */
const SERVICE_DISTRICT_WORDS = new Set(['transit', 'school', 'water', 'fire', 'sanitation', 'irrigation', 'utility', 'utilities', 'hospital', 'library', 'park', 'parks', 'sewer', 'conservation', 'flood', 'quality', 'management', 'transportation', 'port', 'college']);

/** Words of a centre that is a hall, not an institution: "community centre", "convention centre". */
const VENUE_WORDS = new Set(['community', 'convention', 'conference', 'exhibition', 'congress', 'trade', 'shopping', 'civic', 'leisure', 'sports']);

/** A hospital named where someone is taken, treated or tested ("flown to Tarvo Base Hospital") is a place. */
const HOSPITAL_HEADS = new Set(['hospital', 'infirmary', 'clinic']);
/** Prepositions of place and motion before a hospital. */
const TO_OR_AT = new Set(['to', 'at', 'in', 'from', 'outside', 'inside', 'near']);

/** Event heads that also name standing bodies. */
const MEETING_HEADS = new Set(['conference', 'convention']);

const JUDGE_TITLES = new Set(['judge', 'justice', 'magistrate']);
/** Titles written after a portfolio: "Culture Secretary", "Fisheries Minister", "Trade Commissioner". */
const PORTFOLIO_TITLES = new Set(['minister', 'secretary', 'commissioner', 'spokesman', 'spokeswoman', 'spokesperson']);
/** Words of courts before a judge's title: "District Judge", "Circuit Judge", "Appeals Court Justice". */
const COURT_WORDS = new Set(['district', 'circuit', 'court', 'appeals', 'bankruptcy', 'superior', 'magistrate', 'federal', 'county']);

interface Context {
  titled: boolean;
  /** The name opens the sentence (its first word may just be capitalised for that). */
  initial: boolean;
  /** Index in the sentence tokens of the first token after the name. */
  afterIndex: number;
}

/** "Perth-based", "Oslo-listed", "Kremlin-backed": a compound adjective whose first part names a place or body. */
const NAME_COMPOUND = /^(.+)-(?:based|listed|born|bred|headquartered|registered|owned|run|led|backed|controlled|funded|centred|centered|focused|friendly|aligned|allied)$/i;
/** Of those, the ones whose first part can only be a place: "Tarvo-based", "Lund-born", "Tarvo-centred". */
const PLACE_COMPOUND = /-(?:based|born|bred|headquartered|centred|centered)$/i;

/** The name part of a compound adjective ("Perth" of "Perth-based"), as a token of its own. */
function withoutCompoundSuffix(t: Token): Token {
  const m = NAME_COMPOUND.exec(t.text);
  if (!m) return t;
  const end = t.start + m[1]!.length;
  return { ...t, text: m[1]!, lower: m[1]!.toLowerCase(), end, fullEnd: end, possessive: false };
}

function pushClassified(doc: DocContext, sentenceTokens: Token[], index: number, name: Token[], out: Candidate[], ctx: Context): void {
  const { text, lex } = doc;
  const lastToken = name[name.length - 1]!;
  const named = withoutCompoundSuffix(lastToken);
  if (named !== lastToken) name = [...name.slice(0, -1), named];
  const placeCompound = named !== lastToken && PLACE_COMPOUND.test(lastToken.text);
  // Trim leading adjectives and the like unless the whole name is known ("New York", "Chinese Foreign Ministry").
  const whole = lookup(text, name, lex);
  const seat = SEATS_OF_POWER.has(text.slice(name[0]!.start, name[name.length - 1]!.end).toLowerCase());
  if (seat) {
    // "Downing Street said": the government; "protesters outside Downing Street": the place.
    const c: Candidate = { start: name[0]!.start, end: name[name.length - 1]!.end, tokens: name, kind: null, canonical: text.slice(name[0]!.start, name[name.length - 1]!.end), strength: Strength.Guess };
    return locativeBefore(sentenceTokens, index) ? push(out, c, 'place', Strength.Cue) : push(out, c, 'organization', Strength.Known);
  }
  // "PT Tarvo Nikel", "PJSC Orrin": a legal form before the name makes a company, whatever the words after it.
  if (name.length >= 2 && PREFIXED_LEGAL_FORMS.has(name[0]!.text) && name[1]!.cap && !isConnector(name[1]!)) {
    const surface = text.slice(name[0]!.start, name[name.length - 1]!.end);
    return push(out, { start: name[0]!.start, end: name[name.length - 1]!.end, tokens: name, kind: null, canonical: surface, strength: Strength.Guess }, 'organization', Strength.Cue);
  }
  // "Real Orrin", "Inter Tarvo", "Sporting Mirel": a club's word before a name (a town's, mostly) names the club.
  const clubPrefixed = !whole && !ctx.titled && name.length >= 2 && name.length <= 3 && clubPrefix(name[0]!) && name.slice(1).every((t) => t.cap && !isConnector(t));
  if (!whole && !ctx.titled && !clubPrefixed) {
    // A head noun keeps its modifiers: "Chinese Foreign Ministry", "European Union".
    const hasHead = name.some((t) => lex.orgHeads.has(t.lower)) || PLACE_HEADS.has(name[name.length - 1]!.lower);
    // (Dropping stops at a known name: "Kenyan Red Cross" -> "Red Cross".)
    // (Not after a lower-case role: "scientist Mere Tawhiri" is the person's whole name.)
    const afterRole = roleRightBefore(lex, text, sentenceTokens, index);
    while (!hasHead && !afterRole && name.length > 1 && droppable(name[0]!, lex) && !PLACE_PREFIXES.has(name[0]!.lower) && !givenNameThenSurname(lex, name) && !compassRegion(name, lex)) {
      name = name.slice(1);
      index++;
      if (lookup(text, name, lex)) break;
    }
  }
  const first = name[0]!;
  const last = name[name.length - 1]!;
  const start = first.start;
  const end = last.end;
  const surface = text.slice(start, end);
  if (surface === 'US' && text[last.fullEnd] === '$') return; // "US$ 40 billion"
  // "Van Nuys, Calif.,", "Kearny, N.J.-based": a state's or a province's abbreviation after a town and a comma.
  const region = name.length === 1 ? REGION_ABBREVIATIONS.get(surface.toLowerCase().replace(/\.$/, '')) : undefined;
  if (region && /\p{L},[ \t]+$/u.test(text.slice(Math.max(0, start - 4), start)) && (surface.endsWith('.') || text[end] === '.')) {
    return push(out, { start, end, tokens: name, kind: null, canonical: region, strength: Strength.Known }, 'place', Strength.Known);
  }
  const known = whole ?? lookup(text, name, lex);
  // "Denver based Rockline Mining": a modifier, not a mention of the place (written with a hyphen, "a Perth-based
  // firm" names Perth: see withoutCompoundSuffix).
  if (/^\s+based\b/.test(text.slice(last.fullEnd, last.fullEnd + 8))) return;
  // "US dollars": a currency, not the country.
  if (/^\s+dollars?\b/.test(text.slice(last.fullEnd, last.fullEnd + 10))) return;
  // "18:00 UTC", "(GMT +8)": time zones.
  if (/^[A-Z]{3,4}$/.test(surface) && (/\d[:.]?\d\d\s*$/.test(text.slice(Math.max(0, start - 8), start)) || /^\s*[+-]\d/.test(text.slice(last.fullEnd, last.fullEnd + 4)))) return;
  // ("9:30 p.m. ET", "6 a.m. PT": a zone's abbreviation right after a clock time's "a.m." or "p.m.", on its line.)
  if (TIME_ZONES.has(surface) && /\d[ \t]*[ap]\.?m\.?[ \t]+$/i.test(text.slice(Math.max(0, start - 10), start))) return;
  const candidate: Candidate = { start, end, tokens: name, kind: null, canonical: surface, strength: Strength.Guess };
  if (inDateline(doc, start, end)) {
    if (known?.kind === 'place') candidate.canonical = known.canonical;
    return push(out, { ...candidate, locative: true }, 'place', Strength.Known);
  }
  if (name.length === 1 && GROUP_OF_N.test(surface)) return push(out, candidate, 'organization', Strength.Cue);
  if (clubPrefixed) return push(out, candidate, 'organization', Strength.Known);
  // "Tarvonia orrinensis": the genus of a species' Latin name; "I'll", "I'd": a pronoun.
  if (name.length === 1 && /^[ \t]+\p{Ll}+(?:ensis|iensis|ii|ae|us|um|a|i)\b/u.test(text.slice(last.fullEnd, last.fullEnd + 30)) && !lex.englishWords.has(/^[ \t]+(\p{Ll}+)/u.exec(text.slice(last.fullEnd, last.fullEnd + 30))![1]!) && !known) return;
  if (/^I['’]/.test(surface)) return;
  // "the Orrin community", "Tarvo people": a people, not a body or a place (unless a place so named is known).
  if (name.length === 1 && !known && /^[ \t]+(?:community|communities|people|peoples|tribe|tribes|minority|minorities|ethnic)\b/.test(text.slice(last.fullEnd, last.fullEnd + 14))) return;
  // "the Minister for Fisheries", "Secretary of Transport": the portfolio of a title.
  const titleBefore = sentenceTokens[index - 2];
  if (name.every((t) => lex.commonWords.has(t.lower) || lex.englishWords.has(t.lower) || isConnector(t)) && (sentenceTokens[index - 1]?.lower === 'for' || sentenceTokens[index - 1]?.lower === 'of') && titleBefore !== undefined && titleBefore.cap && TITLE_WORDS.has(titleBefore.lower) && !lex.orgHeads.has(titleBefore.lower)) return;
  // "the Olympic Games", "the World Cup", "the Paris Air Show": events, none of our kinds.
  // A conference or convention is also a body ("the Munich Security Conference said"): an event where news marks a
  // sitting of it ("the annual ...", "this year's ...", "the company's ...", "... 2031", "... (HDC)").
  const sitting = !MEETING_HEADS.has(last.lower) || /(?:\bannual|\b(?:19|20)\d\d|['’]s)\s+$/.test(text.slice(Math.max(0, start - 16), start)) || /^\s*(?:(?:19|20)\d\d\b|\()/.test(text.slice(last.fullEnd, last.fullEnd + 8));
  if (name.length > 1 && EVENT_HEADS.has(last.lower) && sitting) {
    out.push({ ...candidate, event: true });
    return;
  }
  const before = sentenceTokens[index - 1];
  // "the Cessna 172 Skyhawk": a name after a model number ends a product name; "2 GHz", "16 GB": a unit after a
  // quantity (a year is no quantity: "in 2005 Nokia ...").
  // (Not an age: "the 19-year-old Ilse Brandt".)
  const numberBefore = /(?:^|\s)(\p{Lu}{0,3}-?\d(?:[\p{L}\p{N}.-]*[\p{L}\p{N}])?)(?<!-old)[ \t]+$/u.exec(text.slice(Math.max(0, start - 16), start));
  const dateBefore = numberBefore !== null && /\p{L}+\.?\s+$/u.test(text.slice(Math.max(0, start - 30), start - numberBefore[0].length + 1)) && lex.calendarWords.has(/(\p{L}+)\.?\s+$/u.exec(text.slice(Math.max(0, start - 30), start - numberBefore[0].length + 1))![1]!.toLowerCase());
  if (numberBefore && !known && !dateBefore && !/^(?:1\d|20)\d\d$/.test(numberBefore[1]!)) {
    const afterName = /\p{Lu}[\p{L}]*\s+\p{Lu}{0,3}-?\d[\p{L}\p{N}-]*\s+$/u.test(text.slice(Math.max(0, start - 40), start));
    if (afterName || (name.length === 1 && surface.length <= 4)) return;
  }
  const product = productFollows(text, last);
  // In a match report, "Ashford won", "beat Tarvo 2-1", "Ashford captain Ann Roe" and "Ashford City" are teams.
  const club =
    (!known && name.length >= 2 && name.length <= 3 && CLUB_SUFFIXES.has(last.lower) && lex.places.has(first.lower)) ||
    // ("Orrin State beat ...": a state university's team, where a team stands.)
    (doc.sports && name.length === 2 && last.lower === 'state' && lex.places.has(first.lower) && teamContext(text, sentenceTokens, index, ctx.afterIndex, last)) ||
    // (In a match report, "Port Carrick Rovers", "Dunmore Wanderers": a word that names only clubs closes a club's name
    // after a town's, known or not; "Selby Town" where a team stands.)
    // (A name the gazetteers lack before "City", "Town", "County", in a match report, likewise: "Kellbridge City".)
    (doc.sports && !known && name.length >= 2 && name.length <= 3 && CLUB_SUFFIXES.has(last.lower) && name.slice(0, -1).some((t) => !lex.commonWords.has(t.lower))) ||
    // (In a match report, a town's name and a plural noun are a team's nickname: "Harwick Kestrels", "Port Carrick Sharks";
    // a plural that heads places' names, "Falls", "Heights", "Islands", is none.)
    (doc.sports && !known && name.length >= 2 && name.length <= 4 && /^\p{Lu}\p{Ll}+s$/u.test(last.text) && !PLACE_HEADS.has(last.lower) && !LOWER_PLACE_HEADS.has(last.lower) && lex.places.has(name.slice(0, -1).map((t) => t.lower).join(' ')));
  // (A word that names only clubs closes a club's name in any article: "Dunmore Rovers", "Port Carrick Wanderers".)
  if (!known && !ctx.titled && name.length >= 2 && name.length <= 3 && CLUB_ONLY_SUFFIXES.has(last.lower) && name.slice(0, -1).some((t) => !lex.commonWords.has(t.lower) && !isConnector(t))) {
    return push(out, candidate, 'organization', Strength.Cue);
  }
  // (A country named for its side, "Pakistan beat New Zealand", stays the country, as news annotation conventions have
  // it since CoNLL: the team is the nation's, and the name links with the country's other mentions.)
  // (The United Kingdom's four nations field sides of their own: "England beat Australia".)
  const nation = known?.kind === 'place' && (lex.countries.has(known.canonical.toLowerCase()) || SPORTING_NATIONS.has(known.canonical.toLowerCase()));
  if (doc.sports && ((known?.kind === 'place' && !nation) || club)) {
    // (At a club's ground is still the club: "a 3-0 defeat at Dunmore Rovers".)
    const locative = (locativeBefore(sentenceTokens, index) || before?.lower === 'at') && !(club && CLUB_ONLY_SUFFIXES.has(last.lower));
    if (!locative && (club || teamContext(text, sentenceTokens, index, ctx.afterIndex, last))) {
      if (known) candidate.canonical = known.canonical;
      return push(out, { ...candidate, team: true }, 'organization', Strength.Known);
    }
    candidate.locative = locative;
  }
  // "a hundred against Kellford", "leaders Ormsby Vale", "held Lake Tarrin hitless": in a match report, a name no
  // gazetteer knows, not shaped like a person's (no given name, no surname of someone the article names), standing where
  // a team stands, is a team named after its town.
  if (doc.sports && !known && !ctx.titled && name.length <= 2 && (name.length === 1 ? !lex.isGivenName(first.lower) : PLACE_PREFIXES.has(first.lower)) && !doc.surnames.has(last.text) && !lex.commonWords.has(last.lower) && teamContext(text, sentenceTokens, index, ctx.afterIndex, last)) {
    if (!(locativeBefore(sentenceTokens, index) || before?.lower === 'at')) return push(out, { ...candidate, team: true }, 'organization', Strength.Cue);
  }
  // "Marlow-on-Tey", "Hexby-under-Lyne", "Vasse-sur-Mer": a town's name by its shape (a name, a small word of place, a name).
  if (name.length === 1 && TOWN_SHAPE.test(surface)) return push(out, candidate, 'place', Strength.Cue);
  // "in Lincoln", "across Virginia": a famous person's one name, where news puts places, is the place named after them.
  // (Surely: the person's other mentions then name the place too.)
  if (known?.kind === 'person' && name.length === 1 && (locativeBefore(sentenceTokens, index) || (before !== undefined && !before.cap && PLACE_ADJECTIVES.has(before.lower)))) {
    return push(out, candidate, 'place', Strength.Known);
  }
  // "from the Atlantic", "across the Pacific": an ocean or a sea by its adjective after a lower-case "the" ("The Atlantic
  // reported" is the magazine).
  if (!known && name.length === 1 && SEAS.has(first.lower) && before?.text === 'the' && !SPEECH_VERBS.has(sentenceTokens[ctx.afterIndex]?.lower ?? '')) return push(out, candidate, 'place', Strength.Cue);
  if (known) {
    if (product && known.kind === 'organization') return;
    candidate.kind = known.kind;
    candidate.canonical = known.canonical;
    candidate.strength = Strength.Known;
    out.push(candidate);
    return;
  }
  // "a Democrat from Ohio", "a Tory who ...": a word after "a" that heads its phrase is a common noun, not a name
  // ("a Reuters reporter" is the agency's reporter).
  const articleA = sentenceTokens[index - 1];
  if (name.length === 1 && (articleA?.text === 'a' || articleA?.text === 'an') && /^\s*(?:[,.;:)]|(?:from|of|who|and|or|with|in)\b)/.test(text.slice(last.fullEnd, last.fullEnd + 8))) return;
  // "Labor has held the seat", "the Greens candidate", "the Liberals": a party by its one word, capitalised inside a
  // sentence (opening one, only where the article also writes it so inside one: "Labor costs rose" is the word).
  const nounAfter = sentenceTokens[ctx.afterIndex] !== undefined && !sentenceTokens[ctx.afterIndex]!.cap && (NOUN_TAGS.has(lex.commonWords.get(sentenceTokens[ctx.afterIndex]!.lower) ?? '') || lex.commonWords.get(sentenceTokens[ctx.afterIndex]!.lower) === 'Plural');
  if (name.length === 1 && PARTY_WORDS.has(first.lower) && /^\p{Lu}\p{Ll}/u.test(first.text) && (!ctx.initial || (doc.midSentence.has(first.text) && !nounAfter))) return push(out, candidate, 'organization', Strength.Cue);
  // "told the Senate", "passed by Congress": a legislature by its one word, capitalised inside a sentence.
  if (name.length === 1 && LEGISLATURE_WORDS.has(first.lower) && /^\p{Lu}\p{Ll}/u.test(first.text) && !ctx.initial) return push(out, candidate, 'organization', Strength.Cue);
  // "Pellow & Strand", "Ince & Co": names joined by an ampersand are a firm (people are joined by "and").
  if (name.length >= 2 && /\p{L}[ \t]+&[ \t]+\p{Lu}/u.test(surface)) return push(out, candidate, 'organization', Strength.Cue);
  const lowers = name.map((t) => t.lower);
  const before2 = sentenceTokens[index - 2];
  const after = sentenceTokens[ctx.afterIndex];
  const followingText = text.slice(last.fullEnd, last.fullEnd + 80);
  // A common word: in the lexicon, or written in lower case elsewhere in this article ("the computer" tells that
  // "Computer" in a name is the word).
  const isCommon = (t: Token) => (lex.commonWords.has(t.lower) || doc.lowerWords.has(t.lower)) && !lex.lastNames.has(t.lower) && !lex.firstNames.has(t.lower);
  // The larger dictionary, for what follows a given name: "Kwame Freight" is a firm, "Sahil Mehra" a person.
  const isWord = (t: Token) => isCommon(t) || (lex.englishWords.has(t.lower) && !lex.lastNames.has(t.lower));
  const isFiller = (t: Token) => lex.demonyms.has(t.lower) || TITLE_WORDS.has(t.lower) || TITLE_WORDS.has(t.lower.replace(/\./g, '')) || isConnector(t);
  // Capitalised common words: one alone ("Gazette", "Officer") is only a name if it stands for a full name seen elsewhere.
  // (A lone word opening the sentence, "Local" before "TD Ann Roe", is a word if the larger dictionary has it and the
  // article never capitalises it inside a sentence.)
  const initialWord = name.length === 1 && ctx.initial && isWord(first) && !lex.firstNames.has(first.lower) && !doc.midSentence.has(first.text);
  const allCommon = initialWord || (name.every((t) => isCommon(t) || isFiller(t)) && (name.length === 1 || ctx.initial || name.every(isFiller)));

  // ("House of Commons", "House of Delegates": a house of a parliament.)
  // (A legal form names a firm at the end, "Tarvo SA"; first, it is some other word: "Sa Pa", "Ag Nord".)
  const orgHead = lowers.some((w, k) => lex.orgHeads.has(w) && !(k === 0 && name.length > 1 && LEGAL_FORMS.has(w))) || (lowers[0] === 'house' && lowers[1] === 'of');
  // ("University Medical Center", "Police Training Centre": a centre of a body is an institution, not a place; a
  // community centre is a hall.)
  const institution =
    ((last.lower === 'center' || last.lower === 'centre') && name.slice(0, -1).some((t) => lex.orgHeads.has(t.lower) || INSTITUTION_WORDS.has(t.lower)) && !(name.length > 1 && VENUE_WORDS.has(name[name.length - 2]!.lower))) ||
    // ("the Orrin Valley Transit District", "Tarvo Unified School District": a district that runs a service is a body.)
    (last.lower === 'district' && name.length > 2 && SERVICE_DISTRICT_WORDS.has(name[name.length - 2]!.lower));
  const placeHead = name.length > 1 && PLACE_HEADS.has(last.lower) && !lowers.includes('for') && !lowers.includes('of') && !institution;
  // ("Tarvo airport"; "the Tarvo and Mirel shires": the first of two names before a plural word of place.)
  // ("the Tarvo business park", "the Mirel refugee camp": one word may qualify the head.)
  const after2 = sentenceTokens[ctx.afterIndex + 1];
  const lowerPlaceHeadAfter =
    // (Not after a possessive: "Orrin Platinum's mines" are the firm's.)
    (after !== undefined && !after.cap && !last.possessive && LOWER_PLACE_HEADS.has(after.lower) && adjacentLoose(text, last, after)) ||
    (after !== undefined && after2 !== undefined && !last.possessive && !after.cap && !after2.cap && adjacentLoose(text, last, after) && adjacentLoose(text, after, after2) && QUALIFIED_PLACE_HEADS.has(after2.lower) && lex.englishWords.has(after.lower)) || LOWER_PLACE_HEADS.has(coordinatedPlaceHead(text, last) ?? '');
  // "Lake Orrin", "River Calder", "Strait of Tiran", "Gulf of Aden": a landform's word opens the name of one,
  // whatever words follow.
  const landform = name.length >= 2 && LANDFORM_PREFIXES.has(first.lower) && !orgHead;
  const roleBefore = before !== undefined && !before.cap && !before.possessive && adjacentLoose(text, before, first) && isRole(lex, before.lower);
  // ("steelmaker", "carmaker", "drugmaker": a maker of something is a firm.)
  // ("trading house", "fashion house", "industry body", "trade body": a house or a body qualified by a trade is a firm or
  // an association.)
  const tradeHouse = before !== undefined && (before.lower === 'house' || before.lower === 'body') && before2 !== undefined && (!before2.cap || index === 2) && adjacentLoose(text, before2, before) && (NOUN_TAGS.has(lex.commonWords.get(before2.lower) ?? '') || /.{3}ing$/.test(before2.lower));
  const orgNounBefore = before !== undefined && !before.cap && adjacentLoose(text, before, first) && (ORG_NOUNS.has(before.lower) || /.{3}makers?$/.test(before.lower) || tradeHouse);
  // ", a Brazil specialist" after the name, or "Her deputy, Kofi Mensah, ..." before it (a role, then the name set
  // off by commas).
  const roleThenComma = /(\p{Ll}+)\s*,\s*$/u.exec(text.slice(Math.max(0, start - 40), start))?.[1];
  const appositiveRole =
    appositionHasRole(followingText, lex) ||
    (roleThenComma !== undefined && isRole(lex, roleThenComma) && /^\s*(?:[,.;)]|and\s|$)/.test(followingText));
  // "Tamsin Oduya, 34, said", "Mr Hale (61)", "the 19-year-old Ilse Brandt": an age goes with a person.
  const ageNearby = /^\s*(?:,\s*\d{1,3}\s*,|\(\d{1,3}\))/.test(followingText) || /\byear-old\s+$/i.test(text.slice(Math.max(0, start - 12), start));
  // ("said Ana Ruiz"; not "Reuters said Ana Ruiz", but the end of a quotation may stand before the verb: "… by June,” said X".)
  const saidBefore = before !== undefined && SPEECH_VERBS.has(before.lower) && (before2 === undefined || !before2.cap || /[”"’,]/.test(text.slice(before2.fullEnd, before.start)));
  // (Not "... of the Tarvo institute in Orrin Vale, said": a place closing an apposition before the verb.)
  const saidAfter = after !== undefined && SPEECH_VERBS.has(after.lower) && /^[\s,]*$/.test(text.slice(last.fullEnd, after.start)) && !(text.slice(last.fullEnd, after.start).includes(',') && locativeBefore(sentenceTokens, index));
  // "Mayor Lena Marsh", "Grace Park, 41,", "Ken Hall told ...": a given name, then a surname that is also a word of
  // place, with a person's cue beside it, is that person ("Victoria Park", "Albert Hall" without one stay places).
  const personCue = ctx.titled || roleBefore || appositiveRole || ageNearby || saidBefore || saidAfter;
  if (placeHead && personCue && name.length === 2 && lex.isGivenName(first.lower) && !lex.places.has(first.lower) && !lex.commonWords.has(first.lower)) return push(out, candidate, 'person', Strength.Cue);
  // "Copper Harbor, the furniture retailer, said": a kind of firm in apposition outweighs a place's word in the name.
  if (appositionHasOrgNoun(followingText) && !appositionHasRole(followingText, lex)) return push(out, candidate, 'organization', Strength.Cue);
  // In a match report, "the Tarvo Miners", "Cape Orrin Quaymen": a place's name, then a plural, names a team.
  if (doc.sports && name.length >= 2 && (/\p{Ll}men$/u.test(last.text) || (/\p{Ll}[^s'’]s$/u.test(last.text) && lex.englishWords.has(last.lower.slice(0, -1)))) && !PLACE_HEADS.has(last.lower) && !lex.places.has(last.lower) && !lex.demonyms.has(last.lower)) {
    return push(out, candidate, 'organization', Strength.Cue);
  }
  // "a nurse at Tarvo General Hospital", "an analyst at Orrin Medical Center": where a role works is its employer.
  const employerAt = before !== undefined && before.lower === 'at' && before2 !== undefined && !before2.cap && isRole(lex, before2.lower) && !lex.places.has(first.lower) && name.length > 1;
  if (employerAt && (orgHead || institution || name.some((t) => HOSPITAL_HEADS.has(t.lower)))) return push(out, candidate, 'organization', Strength.Cue);
  if (name.length > 1 && name.some((t) => HOSPITAL_HEADS.has(t.lower)) && before !== undefined && TO_OR_AT.has(before.lower) && !before.cap) return push(out, candidate, 'place', Strength.Cue);
  // ("Tarvo Ridge chief executive Ann Roe": a name before a role is the employer, whatever its last word.)
  const employerAfter = after !== undefined && !after.cap && adjacentLoose(text, last, after) && !last.possessive && EMPLOYER_ROLES.has(after.lower) && !(name.length === 1 && lex.places.has(first.lower));
  if (employerAfter && (placeHead || landform) && !doc.sports) return push(out, candidate, 'organization', Strength.Cue);
  // ("Kenyan residents", "the Tory council", "the Green mayor": a people's or a party's adjective, or a word of grammar,
  // before the word is no place.)
  const modifierOnly = name.length === 1 && (lex.demonyms.has(first.lower) || PARTY_WORDS.has(first.lower) || PARTY_ADJECTIVES.has(first.lower) || DROPPABLE_TAGS.has(lex.commonWords.get(first.lower) ?? ''));
  // ("industry group Tech Nord": a kind of body before the name outweighs a point of the compass in it.)
  if (placeHead || placeCompound || landform || (compassRegion(name, lex) && !orgNounBefore) || (lowerPlaceHeadAfter && !orgHead && !modifierOnly)) return push(out, candidate, 'place', Strength.Cue);
  if (orgHead && !(name.length === 1 && allCommon)) return push(out, candidate, 'organization', Strength.Cue);
  if (lex.demonyms.has(surface.toLowerCase())) return; // "Chinese", "British": adjectives, not entities
  // "the town of Bonnet", "southern Tavora", "residents of Tarrow", "Ann Roe, 27, of Mirel,": the grammar of places,
  // whatever the name's words (a town may be named like a word or a person).
  // ("Ostrel, a province of two million", "Serevan's finance minister", "along the border with Zarnia": a place in
  // apposition, a state's possession, a state's neighbour.)
  if (!ctx.titled && !orgHead && (placeNounOfBefore(sentenceTokens, index) || PLACE_ADJECTIVES.has(before?.cap ? '' : before?.lower ?? '') || hometown(text, start, followingText) || appositionHasPlaceNoun(followingText) || (last.possessive && statePossession(followingText) && !lex.isGivenName(first.lower) && !doc.surnames.has(last.text) && !lex.lastNames.has(last.lower)) || borderWith(sentenceTokens, index))) {
    return push(out, candidate, 'place', Strength.Cue);
  }
  // "Normal, Illinois": a word before a comma and a known state or country is a town named by it.
  if (name.length === 1 && /^,\s+\p{Lu}/u.test(followingText)) {
    const region = /^,\s+(\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+)?)(?![\p{L}'’])/u.exec(followingText)?.[1]?.toLowerCase();
    if (region && lex.places.has(region) && !lex.places.has(first.lower) && allCommon && !ctx.initial) return push(out, candidate, 'place', Strength.Cue);
  }
  const afterTag = after === undefined ? undefined : lex.commonWords.get(after.lower);
  if (
    name.length === 1 &&
    ctx.initial &&
    (lex.englishWords.has(first.lower) || lex.commonWords.has(first.lower)) &&
    after !== undefined &&
    !after.cap &&
    adjacentLoose(text, last, after) &&
    (OPENER_FOLLOWERS.has(afterTag ?? '') || (afterTag === undefined && lex.englishWords.has(after.lower) && !/ed$/.test(after.lower)))
  ) {
    candidate.opener = true;
  }
  // "Dairy exports grew", "Harbour safety officials said": a capitalised word opening the sentence before a common noun
  // is a word that qualifies it.
  if (allCommon && name.length === 1 && ctx.initial && after !== undefined && !after.cap && adjacentLoose(text, last, after) && NOUN_TAGS.has(lex.commonWords.get(after.lower) ?? '')) return;
  // "the Socialist candidate", "a Republican senator": an adjective before a common noun.
  const adjective = lex.commonWords.get(first.lower) === 'Adjective' || (!lex.commonWords.has(first.lower) && lex.englishWords.has(first.lower) && /(?:ic|ican|ian|ese|ish)$/.test(first.lower));
  if (name.length === 1 && !ctx.initial && adjective && after !== undefined && !after.cap && adjacentLoose(text, last, after) && lex.englishWords.has(after.lower) && !SPEECH_VERBS.has(after.lower) && !ORG_NOUNS.has(after.lower) && !LOWER_PLACE_HEADS.has(after.lower)) return;
  if (allCommon) {
    // Kept only if linking finds a full name it stands for ("the Gazette" -> "Harbour City Gazette").
    candidate.kind = null;
    out.push(candidate);
    return;
  }
  if (product) return;
  // An acronym names a body ("NATO", "WHO"), unless it is a common noun written in capitals ("TV", "GB").
  // "AI", "GP", "MPs", "NGOs": initialisms of common nouns and roles, and any initialism in the plural, name nothing.
  if (name.length === 1 && /^[A-Z][A-Z&]{1,6}s?$/.test(first.text)) {
    const singular = first.text.replace(/s$/, '').toLowerCase();
    if (/s$/.test(first.text) || COMMON_INITIALISMS.has(singular) || PERSON_ROLES.has(singular) || TITLE_WORDS.has(singular)) return;
  }
  if (name.length === 1 && /^[A-Z][A-Z&]{1,6}$/.test(first.text)) {
    if (lex.commonWords.get(first.lower) && NOUN_TAGS.has(lex.commonWords.get(first.lower)!) && !lex.organizations.has(first.lower)) return;
    return push(out, candidate, 'organization', Strength.Cue);
  }

  // (For a person read by a verb of speech alone, "QLD Transport said", "Orrin Copper said": no English word or acronym
  // among the names; a middle initial, "Vang A Pao", is none.)
  const noCommonWords = !name.some((t, k) => (k > 0 && /^\p{Lu}\.?$/u.test(t.text) ? false : isWord(t) || /^\p{Lu}{2,}$/u.test(t.text)));
  // "Ann Baker" is a person although "baker" is a word (surnames often are); "Grace Air Flight" is not.
  const surnameWords = name.slice(1).filter((t) => !NAME_PARTICLES.has(t.lower)); // "van der", "de la" are no words here
  const firstName = lex.firstNames.has(first.lower) && (name.length === 2 || surnameWords.every((t) => !isCommon(t)));
  // "the Zephyr laptops": an unknown name right before a kind of product names the product.
  const productNounAfter = after !== undefined && !after.cap && PRODUCT_NOUNS.has(after.lower) && adjacentLoose(text, last, after);
  // "Kwame Mensah", "Aditya Rao": a given name from the larger list, then words that are neither English words nor
  // acronyms. A given name that is also a word ("Summer") needs a known surname; one that is also a place ("Paris
  // Orly") or a company ("Apple Macintosh") does not make a person.
  const givenName =
    name.length >= 2 &&
    !lex.places.has(first.lower) &&
    !lex.organizations.has(first.lower) &&
    givenNameThenSurnames(lex, first, surnameWords, (t) => isWord(t) || /^\p{Lu}+$/u.test(t.text) || lex.countries.has(t.lower)) &&
    (!lex.commonWords.has(first.lower) || lex.lastNames.has(last.lower)) &&
    !productNounAfter;
  const lastName = lex.lastNames.has(last.lower);
  // "Sydney Barnes", "Jordan Reyes said": a given name that is also a place, then a known surname or a surname that
  // speaks, is a person (a city's airport or district, "London Heathrow", "Paris Orly", names a place; a surname known
  // only from elsewhere in the article is read by personsBySurname).
  const placeNamedPerson = placeThenSurname(lex, name, isWord) && (lastName || saidBefore || saidAfter) && !productNounAfter;
  const words = name.filter((t, k) => !NAME_PARTICLES.has(t.lower) || (t.cap && k === name.length - 1)).length; // ("Priya Das": a closing particle is a surname)
  const multi = words >= 2 && words <= 4;

  if (ctx.titled) return push(out, candidate, 'person', Strength.Cue);
  // "said Orrin President Ann Roe", "Tarvo Mining chief executive ...": a name right before a title is whom the titled
  // person works for.
  if (!firstName && !givenName && after !== undefined && adjacentLoose(text, last, after) && !last.possessive && (after.cap ? TITLE_WORDS.has(after.lower) && !TITLE_ALSO_ORG.has(after.lower) : EMPLOYER_ROLES.has(after.lower))) {
    return push(out, candidate, 'organization', Strength.Guess);
  }
  // ("the broadcaster Ilse Marrow-Tate": a noun of a kind of firm before a given name and a surname is the person's trade.)
  if ((orgNounBefore && !(multi && (firstName || givenName))) || listOfFirms(text, start) || (!appositiveRole && appositionHasOrgNoun(followingText))) return push(out, candidate, 'organization', Strength.Cue);
  // "K. Lakshmi Narayan": an initial, then names.
  const initialThenNames = name.length >= 2 && /^\p{Lu}\.$/u.test(first.text) && surnameWords.every((t) => !isWord(t));
  // "Liu Meifang", "Seo Ji-won": a surname first (East Asian order), then a given name that is no English word.
  const surnameFirst = name.length === 2 && !isWord(last) && (lex.lastNames.has(first.lower) || /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(last.text));
  // "the Orrin Courier", "in the Carmen de Ulloma": English sets no article before a person's name (only before a
  // title or an age, read above); "every Mairead Tuath councillor": a name qualifying a role is whom the person serves.
  const articleBefore = before !== undefined && before.lower === 'the' && adjacentLoose(text, before, first);
  const roleAfter = after !== undefined && !after.cap && adjacentLoose(text, last, after) && isRole(lex, after.lower);
  const notPerson = (articleBefore || roleAfter) && !ageNearby;
  // "Lake Kivu", "San Tarvo", "Mount Elgon": a saint's or a landform's prefix makes a place, whatever follows.
  const placePrefixed = name.length >= 2 && name.length <= 3 && PLACE_PREFIXES.has(first.lower) && name.slice(1).every((t) => !isCommon(t));
  if (placePrefixed && !roleBefore && !appositiveRole) return push(out, candidate, 'place', Strength.Guess);
  // "Ethiopia's Tigist Alemu", "Kenya's Eliud Kiprotich": a country's or a town's possessive, then two or three names
  // that are no words, places or bodies' words, is a person from there (a firm's name carries a word: "Kenya's Orrin Bank").
  const fromPlace = before !== undefined && before.possessive && before.cap && lex.places.has(before.lower) && !lex.organizations.has(before.lower) && name.length <= 3 && name.every((t) => personWord(lex, t) || t.text.split('-').every((part) => personWord(lex, { ...t, text: part, lower: part.toLowerCase() })));
  if (multi && !notPerson && (roleBefore || appositiveRole || ageNearby || firstName || givenName || placeNamedPerson || initialThenNames || surnameFirst || fromPlace)) return push(out, candidate, 'person', Strength.Cue);
  if (name.length === 1 && !notPerson && (roleBefore || ageNearby || appositiveRole)) return push(out, candidate, 'person', Strength.Guess);
  // "Ames, Iowa", "Tema, Ghana": a name before a known region or country is a place.
  const placeAfter = /^,\s+(\p{Lu}[\p{L}.]+(?:\s\p{Lu}[\p{L}.]+)?)(?![\p{L}'’])/u.exec(followingText);
  // (The region may end the sentence: "Ames, Iowa. She ..." -> "Iowa".)
  const placeAfterNames = placeAfter ? [placeAfter[1]!.split(/(?<=\.)\s/)[0]!].map((n) => n.toLowerCase()).flatMap((n) => [n, n.replace(/\.$/, '')]) : [];
  // ("Van Nuys, Calif.", "Kearny, N.J.": a state's abbreviation too.)
  if (placeAfterNames.some((n) => lex.places.has(n) || (n.endsWith('.') && REGION_ABBREVIATIONS.has(n.slice(0, -1)))) && name.length <= 3) return push(out, candidate, 'place', Strength.Cue);
  // "farmers in Tavora", "near the Kessel Ridge", "the village of Dornach": an unknown name where news puts places.
  // (A lone given name too: "a store in Florence".)
  // (An item after a comma is one of a list only if the list goes on after it or closes with it: "towards Main Street,
  // Kerrigan rose" is a new clause.)
  const listItem = (before !== undefined && (before.lower === 'and' || before.lower === 'or')) || /^\s*(?:,|(?:and|or)\s)/.test(followingText);
  // "a ceremony at the Tollhouse in Leeds": a name set at a known town is a building or a venue there.
  const venueIn = /^\s+(?:in|near)\s+(\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+)?)/u.exec(followingText)?.[1]?.toLowerCase();
  const atVenue = before?.lower === 'the' && before2?.lower === 'at' && !orgHead && venueIn !== undefined && lex.places.has(venueIn);
  // ("published in The Lancet", "writing in The Courier": a "The" capitalised inside a sentence opens the title of a
  // paper or a band, not a place.)
  const titleThe = before?.text === 'The' && !opensClause(text, sentenceTokens, index - 1);
  // (The ends of a way are places as surely as the grammar of places above: "ferries between Tarvo and Mirel".)
  if (travelBetween(sentenceTokens, index) && !(firstName && name.length > 1) && !givenName && !orgHead) return push(out, candidate, 'place', Strength.Cue);
  if ((locativeBefore(sentenceTokens, index) || atVenue || (listItem && listAfterLocative(text, sentenceTokens, index)) || pairedWithPlace(text, lex, sentenceTokens, index)) && !(firstName && name.length > 1) && !givenName && !titleThe) return push(out, candidate, 'place', Strength.Guess);
  // "Paris Orly": a city followed by an unknown name.
  if (name.length > 1 && lex.places.has(first.lower) && !lex.countries.has(first.lower) && name.slice(1).every((t) => !isCommon(t))) {
    // "the Leeds Rhinos", "the Harbour City Gulls": a place and a plural names a team (or a firm), not a place.
    if (name.length === 2 && /\p{Ll}[^s]s$/u.test(last.text)) return push(out, candidate, 'organization', Strength.Guess);
    return push(out, candidate, 'place', Strength.Guess);
  }
  if (multi && !notPerson && (saidBefore || saidAfter || lastName) && noCommonWords) return push(out, candidate, 'person', Strength.Guess);
  // "said Ravi Brook of the ...": a given name and one more word that speaks is a person, although the surname is a word.
  // (The given name may be another city's other name in the gazetteer, as some are: not a place's own name.)
  const aliasOnly = lex.places.has(first.lower) && lex.places.get(first.lower)!.toLowerCase() !== first.lower;
  // (Only after the verb, and before "of" and the employer or an apposition: "Orrin Copper said" may be a firm.)
  if (name.length === 2 && !notPerson && saidBefore && /^\s*(?:of\s|,)/.test(followingText) && lex.isGivenName(first.lower) && (!lex.places.has(first.lower) || aliasOnly) && !lex.commonWords.has(first.lower) && !lex.englishWords.has(first.lower) && !lex.places.has(last.lower) && !orgHead && !PLACE_HEADS.has(last.lower) && !lex.demonyms.has(last.lower)) return push(out, candidate, 'person', Strength.Guess);
  if (name.length === 1 && !notPerson && (saidBefore || (saidAfter && lex.lastNames.has(first.lower)))) return push(out, candidate, 'person', Strength.Guess);
  if (productNounAfter) return;
  if (placePrefixed) return push(out, candidate, 'place', Strength.Guess);
  // "Ifeoma Okoli-Adeyinka", "Rafe Lindqvist-Oduya": two or three names that are no words, places or bodies' words, one
  // of them a double-barrelled surname, are a person's (firms' names carry a word: "Orrin Mining", "Tarvo Ventures").
  if (multi && !notPerson && name.length <= 3 && name.every((t) => personWord(lex, t) || t.text.split('-').every((part) => personWord(lex, { ...t, text: part, lower: part.toLowerCase() }))) && name.some((t) => /^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u.test(t.text))) {
    return push(out, candidate, 'person', Strength.Guess);
  }
  // "on the Westport line", "Lindsay voted": a name that nothing types and that is a town's name (a town of some size,
  // GeoNames) is the town rather than a body; as weak as the default, any cue in the article outweighs it.
  // Not a name that speaks or is a person's name too ("Jackson said", "Florence agreed"): many towns share them.
  const personLike = saidBefore || saidAfter || (name.length === 1 && (lex.isGivenName(first.lower) || lex.lastNames.has(first.lower)));
  if (lex.towns.has(surface.toLowerCase()) && !lex.organizations.has(surface.toLowerCase()) && !personLike) return push(out, candidate, 'place', Strength.Default);
  return push(out, candidate, 'organization', Strength.Default);
}

const COMPASS = new Set(['north', 'south', 'east', 'west']);

/**
 * "North West", "South East": a region named by two points of the compass; "South Tarvo": a point of the compass, then
 * a known place; "Tarvo North", "Mirel Sur": a place's name, then a point of the compass (a district or a ward).
 */
function compassRegion(name: readonly Token[], lex: Lexicon): boolean {
  if (name.length !== 2) return false;
  const [first, second] = name as [Token, Token];
  // ("East Orrindale": a point of the compass before a name that is no word, given name or body's word is a region too.)
  if (COMPASS.has(first.lower)) return (COMPASS.has(second.lower) && first.lower !== second.lower) || lex.places.has(second.lower) || (/^\p{Lu}\p{Ll}{3,}$/u.test(second.text) && !lex.commonWords.has(second.lower) && !lex.englishWords.has(second.lower) && !lex.isGivenName(second.lower) && !lex.lastNames.has(second.lower) && !lex.orgHeads.has(second.lower) && !lex.organizations.has(second.lower));
  return COMPASS_AFTER.has(second.lower) && !lex.commonWords.has(first.lower) && !lex.englishWords.has(first.lower) && !lex.isGivenName(first.lower);
}

/** Points of the compass written after a place's name ("Tarvo North", "Mirel Sur", "Orrin Oriental"). */
const COMPASS_AFTER = new Set([...COMPASS, 'central', 'norte', 'sur', 'oriental', 'occidental', 'nord', 'sud', 'est', 'ouest']);

/** "St", "Saint": a saint's name and possessive open the name of a church, a hospital, a college. */
const SAINTS = new Set(['st.', 'st', 'saint', 'sainte']);

/** First words of place names: saints (towns and islands are named after them), forts, ports, mountains, lakes, capes. */
const PLACE_PREFIXES = new Set(['st.', 'st', 'saint', 'sainte', 'san', 'santa', 'são', 'fort', 'port', 'mount', 'mt.', 'lake', 'cape']);

/** Words of landforms and waters that open their names: "Lake Orrin", "River Calder", "Gulf of Aden", "Isle of Skye". */
const LANDFORM_PREFIXES = new Set(['lake', 'lakes', 'river', 'mount', 'mt.', 'strait', 'straits', 'gulf', 'bay', 'isle', 'sea', 'cape', 'loch', 'lough']);

/** People said to come from a place: "a man from Quellby", "councillors from Dunmarsh", "a Democrat from Orrin". */
const PEOPLE_FROM = new Set([
  'man', 'woman', 'men', 'women', 'boy', 'girl', 'people', 'family', 'families', 'resident', 'residents', 'voters', 'farmer', 'farmers', 'councillor', 'councillors',
  'councilor', 'councilors', 'democrat', 'republican', 'lawmaker', 'lawmakers', 'legislator', 'senator', 'congressman', 'congresswoman', 'mp', 'mps', 'native',
  'many', 'most', 'mostly', 'some', 'leaders', 'delegates', 'delegations', 'envoys', 'diplomats', 'refugees', 'migrants', 'immigrants', 'tourists',
  'pilgrims', 'troops', 'soldiers', 'fighters', 'settlers',
]);

/** Prepositions of place, and verbs of visiting: the name after them ("in Tavora", "near the Kessel Ridge", "visited Orrin") is where something is. */
const LOCATIVE_PREPOSITIONS = new Set(['in', 'near', 'outside', 'across', 'around', 'throughout', 'inside', 'within', 'toward', 'towards', 'visited', 'visiting', 'toured', 'touring']);

/** Nouns whose "in" is not a place: "a stake in Norcap", "shares in Velora", "a role in Kestrel". */
const IN_WITHOUT_PLACE = new Set(['stake', 'stakes', 'share', 'shares', 'investment', 'investments', 'invest', 'invests', 'invested', 'investing', 'interest', 'interests', 'holding', 'holdings', 'position', 'role', 'roles', 'membership', 'seat', 'seats', 'job', 'jobs', 'career', 'work', 'works', 'worked', 'working']);

/** Lower-case kinds of place before "of": "the village of Dornach", "the province of Lerida". */
const PLACE_KIND_OF = new Set([
  'city', 'town', 'village', 'hamlet', 'province', 'state', 'district', 'region', 'county', 'island', 'municipality', 'suburb', 'port', 'borough', 'parish',
  'prefecture', 'governorate', 'emirate', 'republic', 'kingdom', 'cities', 'towns', 'villages', 'provinces', 'districts', 'regions', 'counties', 'islands',
  'suburbs', 'parishes', 'communities', 'community', 'settlement', 'settlements', 'wards', 'boroughs', 'municipalities', 'prefectures', 'hamlets',
  'township', 'townships', 'neighbourhood', 'neighbourhoods', 'neighborhood', 'neighborhoods', 'locality', 'localities', 'commune', 'communes',
]);

/** Lower-case words of where, written right before a place's name: "southern Tavora", "nearby Mirel", "rural Kessel". */
const PLACE_ADJECTIVES = new Set([
  'northern', 'southern', 'eastern', 'western', 'central', 'northeastern', 'northwestern', 'southeastern', 'southwestern', 'north-eastern', 'north-western',
  'south-eastern', 'south-western', 'inland', 'coastal', 'rural', 'nearby', 'neighbouring', 'neighboring', 'downtown', 'upstate', 'suburban',
]);

/** Nouns before "of" and a place: "the village of Dornach", "residents of Tarrow", "north of Tavora". */
const PLACE_NOUN_OF = new Set([...PLACE_KIND_OF, 'mayor', 'mayors', 'mayoress', 'parts', 'swathes', 'swaths', 'seat', 'electorate', 'constituency', 'riding', 'ward', 'people', 'citizens', 'residents', 'inhabitants', 'villagers', 'townspeople', 'outskirts', 'north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest']);

/** "the village of Dornach", "residents of Tarrow": the name at `index` follows "of" after a lower-case noun of place. */
function placeNounOfBefore(tokens: readonly Token[], index: number): boolean {
  const of = tokens[index - 1];
  const noun = tokens[index - 2];
  return of?.lower === 'of' && !of.cap && noun !== undefined && PLACE_NOUN_OF.has(noun.lower);
}

/** "Kyle Roe, 27, of Mirel, was charged": a hometown after a person's age, in the style of agency copy. */
function hometown(text: string, start: number, following: string): boolean {
  return /\d{1,3},\s+of\s+$/.test(text.slice(Math.max(0, start - 12), start)) && /^\s*(?:[,.;]|$)/.test(following);
}

/**
 * The name at `index` follows a preposition of place, perhaps after "the" ("in the Salar"), or is the second of
 * two names joined by "and"/"or" after one ("in Tavora and Mirel"), or follows "the village of".
 */
function locativeBefore(tokens: readonly Token[], index: number): boolean {
  let k = index - 1;
  if (tokens[k]?.lower === 'and' || tokens[k]?.lower === 'or') {
    k--;
    while (k >= 0 && tokens[k]!.cap) k--;
    if (k === index - 2) return false;
  }
  if (tokens[k]?.lower === 'the') k--;
  const preposition = tokens[k];
  if (!preposition || preposition.cap) return false;
  if (preposition.lower === 'of') return placeNounOfBefore(tokens, k + 1);
  // ("flights from Tarvo", "spread from Sennor to Kostavi": a way's start and end after a word of travel.)
  if (preposition.lower === 'from') return PEOPLE_FROM.has(tokens[k - 1]?.lower ?? '') || MOTION_TO.has(tokens[k - 1]?.lower ?? '') || (tokens[k - 1]?.lower === 'them' && PEOPLE_FROM.has(tokens[k - 3]?.lower ?? ''));
  if (preposition.lower === 'to') {
    let f = k - 1;
    while (f >= 0 && tokens[f]!.cap) f--;
    if (f < k - 1 && tokens[f]?.lower === 'from' && MOTION_TO.has(tokens[f - 1]?.lower ?? '')) return true;
    return MOTION_TO.has(tokens[k - 1]?.lower ?? '');
  }
  if (!LOCATIVE_PREPOSITIONS.has(preposition.lower)) return false;
  return !(preposition.lower === 'in' && IN_WITHOUT_PLACE.has(tokens[k - 1]?.lower ?? ''));
}

/** Words before two places joined by "and": "flights from Tarvo and Orrin", "ferries between Mirel and Dorne". */
const BEFORE_PAIR = new Set(['from', 'between', 'to', 'via', 'linking', 'connecting']);

/**
 * The name at `index` is the second of two joined by "and" after a word of routes ("flights from Tarvo and Kessby",
 * "between Mirel Island and Dorne"), and the first is a known town or region (not a country, which a firm may pair with).
 */
function pairedWithPlace(text: string, lex: Lexicon, tokens: readonly Token[], index: number): boolean {
  if (tokens[index - 1]?.lower !== 'and') return false;
  let k = index - 2;
  const end = k;
  while (k >= 0 && tokens[k]!.cap && end - k < 3) k--;
  if (k === end || !BEFORE_PAIR.has(tokens[k]?.lower ?? '')) return false;
  const first = tokens.slice(k + 1, end + 1);
  const known = lookup(text, first, lex) ?? lookup(text, first.slice(0, 1), lex);
  return known?.kind === 'place' && !lex.countries.has(first[0]!.lower) && !lex.countryCodes.has(first[0]!.text);
}

/** Words of travel before "between" and two places: "sail between Tarvo and Mirel", "flights between ...". */
const MOTION_BETWEEN = new Set(['sail', 'sails', 'sailed', 'sailing', 'ply', 'plies', 'plying', 'run', 'runs', 'running', 'ran', 'operate', 'operates', 'operating', 'operated', 'shuttle', 'shuttles', 'shuttling', 'commuting', 'commutes', 'service', 'services', 'link', 'links', 'linking', 'crossing', 'crossings', 'line', 'railway', 'motorway', 'highway', 'pipeline']);

/**
 * "ferries sail between Tarvo and Mirel", "the road between Orrin and Dorne": the two names after a word of travel and
 * "between" are places, known or not ("talks between Orrin and Tarvo" are not travel).
 */
function travelBetween(tokens: readonly Token[], index: number): boolean {
  let k = index - 1;
  if (tokens[k]?.lower === 'and') {
    k--;
    const end = k;
    while (k >= 0 && tokens[k]!.cap && end - k < 3) k--;
    if (k === end) return false;
  }
  if (tokens[k]?.lower !== 'between') return false;
  const word = tokens[k - 1]?.lower ?? '';
  return MOTION_BETWEEN.has(word) || MOTION_TO.has(word);
}

/** Words of travel before "to" and a place: "flights to Tarvo", "fled to Mirel", "evacuated to Orrin". */
const MOTION_TO = new Set([
  'flight', 'flights', 'trip', 'trips', 'travel', 'travels', 'travelled', 'traveled', 'travelling', 'traveling', 'moved', 'moving', 'relocated', 'returned',
  'return', 'fled', 'flee', 'fleeing', 'flew', 'fly', 'flying', 'flown', 'evacuated', 'deployed', 'headed', 'heading', 'drove', 'driven', 'sailed', 'route',
  'routes', 'road', 'roads', 'visit', 'visits', 'visited', 'journey', 'trek', 'migrated', 'commute', 'ferry', 'ferries', 'train', 'trains', 'bus', 'buses',
  'spread', 'spreads', 'spreading', 'export', 'exports', 'exported', 'exporting', 'expanded', 'expanding', 'expansion', 'shipped', 'shipments',
]);

/**
 * The name at `index` is an item after the first of a list put in a place by a preposition: "across Tarvo, the Orrin
 * Hills and Mirel", "in Tarvo, Mirel or Dorne" (commas part the items).
 */
function listAfterLocative(text: string, tokens: readonly Token[], index: number): boolean {
  let k = index - 1;
  for (let items = 0; items < 8; items++) {
    if (tokens[k]?.lower === 'the') k--;
    const joined = tokens[k]?.lower === 'and' || tokens[k]?.lower === 'or';
    if (joined) k--;
    const separator = tokens[k] && tokens[k + 1] ? text.slice(tokens[k]!.fullEnd, tokens[k + 1]!.start) : '';
    if (!joined && !separator.includes(',')) return false;
    if (!tokens[k]?.cap) return false;
    while (k > 0 && tokens[k - 1]!.cap && /^[ \t]+$/.test(text.slice(tokens[k - 1]!.fullEnd, tokens[k]!.start))) k--;
    if (tokens[k - 1]?.lower === 'the') k--;
    if (locativeBefore(tokens, k)) return true;
    k--;
  }
  return false;
}

/**
 * A noun for a person's role ("analyst", "patients"), not one that also names a firm ("developer", "publisher").
 */
function isRole(lex: Lexicon, lower: string): boolean {
  if (ORG_NOUNS.has(lower)) return false;
  if (PERSON_ROLES.has(lower) || lex.roles.has(lower)) return true;
  const singular = lower.replace(/s$/, '');
  return singular !== lower && (PERSON_ROLES.has(singular) || lex.roles.has(singular));
}

/**
 * Words before a team's name in a match report: "beat Tarvo", "against Ashford", "rallied past Orrin", "leaders Mirel"
 * (nouns of a standing in a table, not roles of a person).
 */
const BEFORE_TEAM = new Set(['beat', 'beats', 'beating', 'defeated', 'against', 'face', 'faces', 'facing', 'play', 'plays', 'playing', 'v', 'vs', 'versus', 'host', 'hosts', 'hosted', 'past', 'over', 'leaders', 'champions', 'holders', 'rivals', 'visitors', 'hosts', 'opponents', 'held', 'blanked', 'swept']);

/** "Marlow-on-Tey", "Hexby-under-Lyne", "Vasse-sur-Mer", "Brückel-am-See": a town's name by its shape. */
const TOWN_SHAPE = /^\p{Lu}[\p{L}'’]+-(?:on|upon|under|over|by|in|le|la|les|en|sur|sous|am|an|im|de|del)-(?:(?:the|le|la)-)?\p{Lu}[\p{L}'’]+$/u;

/** Verbs that may come between a team's name and its match verb: "Tarvo had led", "Ashford will face". */
const TEAM_AUXILIARIES = new Set(['had', 'have', 'has', 'will', 'would', 'then', 'also', 'again']);

/** The place name at `index` is used as a team: a score, a match verb or a team role after it, a match verb before it. */
function teamContext(text: string, tokens: readonly Token[], index: number, afterIndex: number, last: Token): boolean {
  if (SCORE_AFTER.test(text.slice(last.fullEnd, last.fullEnd + 12))) return true;
  let after = tokens[afterIndex];
  if (after && TEAM_AUXILIARIES.has(after.lower)) after = tokens[afterIndex + 1];
  if (after && !last.possessive && /^[ \t]*$/.test(text.slice(last.fullEnd, tokens[afterIndex]!.start)) && TEAM_VERBS.has(after.lower)) return true;
  const before = tokens[index - 1]?.lower === 'the' ? tokens[index - 2] : tokens[index - 1];
  return before !== undefined && BEFORE_TEAM.has(before.lower) && /^[ \t]*(?:the[ \t]+)?$/.test(text.slice(before.fullEnd, tokens[index]!.start));
}

/** The first words of an apposition (", a Brazil specialist") and whether an article or a possessive opens it. */
function apposition(following: string): { words: string[]; determined: boolean } | undefined {
  // (A possessive may stand inside: ", the assembly's majority leader".)
  const m = /^,\s+((?:a|an|the|its|his|her|their|\p{Lu}[\p{L}.]*['’]s)\s+)?((?:[\p{L}-]+(?:['’]s)?\s*){1,4})/u.exec(following);
  // (", said farmers ...": a verb of speech opens no apposition, the name closes one before it.)
  if (!m || (m[1] === undefined && SPEECH_VERBS.has(m[2]!.trim().split(/\s+/)[0]!.toLowerCase()))) return undefined;
  return { words: m[2]!.trim().split(/\s+/).map((w) => w.replace(/['’]s$/, '')).slice(0, 4), determined: m[1] !== undefined };
}

/** "law firms, including Hale Forde and Ince & Co", "lenders such as Marla Cole": names listed as kinds of firm. */
function listOfFirms(text: string, start: number): boolean {
  const m = /(\p{Ll}+),?\s+(?:including|such\s+as|like)\s+(?:\p{Lu}[\p{L}&.'’-]*(?:\s+(?:&\s+)?\p{Lu}[\p{L}&.'’-]*)*\s*(?:,\s*|\s+and\s+|\s+or\s+))*$/u.exec(text.slice(Math.max(0, start - 160), start));
  if (!m) return false;
  const noun = m[1]!;
  return ORG_NOUNS.has(noun) || (noun.endsWith('s') && ORG_NOUNS.has(noun.slice(0, -1))) || (noun.endsWith('ies') && ORG_NOUNS.has(noun.slice(0, -3) + 'y'));
}

/** ", a province of two million people", ", the regional capital,": a kind of place in apposition, closing its phrase. */
function appositionHasPlaceNoun(following: string): boolean {
  const m = /^,\s+(?:a|an|the)\s+((?:\p{Ll}[\p{Ll}-]*\s+){0,3}?)(\p{Ll}+)(?=\s*[,.;)]|\s+(?:of|in|on|near|with|that|which|where|north|south|east|west|about|some|home)\b)/u.exec(following);
  return m !== null && (PLACE_KIND_OF.has(m[2]!) || m[2] === 'capital') && !/\b(?:company|firm|group|maker)\b/.test(m[1]!);
}

/** What a state has and a firm has not, after a name's possessive: "Serevan's finance minister", "Tarvo's northern border". */
function statePossession(following: string): boolean {
  const m = /^\s+(?:\p{Ll}+\s+)?(\p{Ll}+)/u.exec(following);
  return m !== null && (STATE_POSSESSIONS.has(m[1]!) || (m[1] === 'capital' && /^\s+(?:\p{Ll}+\s+)?capital(?:\s+city)?,?\s+\p{Lu}/u.test(following)));
}

/** (Not what a leader has too, "Castro's government", "Tarvo's army"; nor a firm, "Mixte's capital": a capital is named.) */
const STATE_POSSESSIONS = new Set(['minister', 'parliament', 'border', 'borders', 'population', 'citizens', 'coast', 'coastline', 'embassy', 'ambassador', 'constitution', 'provinces', 'regions', 'cities', 'towns', 'villages', 'territory']);

/** "along the border with Zarnia", "its frontier with Tarvo": the state across a border. */
function borderWith(tokens: readonly Token[], index: number): boolean {
  const k = tokens[index - 1]?.lower === 'the' ? index - 2 : index - 1;
  return tokens[k]?.lower === 'with' && /^(?:border|borders|frontier|frontiers)$/.test(tokens[k - 1]?.lower ?? '');
}

/**
 * ", a haulage company based in ...", ", the home furnishings retailer, said": a kind of firm in apposition, the
 * noun closing the phrase (not ", the company told ...", nor ", the company's chief").
 */
function appositionHasOrgNoun(following: string): boolean {
  const m = /^,\s+(?:a|an|the)\s+((?:\p{Ll}[\p{Ll}-]*\s+){0,3}?)(\p{Ll}+)(?=\s*[,.;)]|\s+(?:based|headquartered|owned|founded|listed|that|which|with|in|from|of|run)\b)/u.exec(following);
  return m !== null && ORG_NOUNS.has(m[2]!);
}

/** ", a Brazil specialist", ", Kenya’s chief trade negotiator", ", Chairman of ...": a role in apposition. */
function appositionHasRole(following: string, lex: Lexicon): boolean {
  const a = apposition(following);
  if (!a) return false;
  const { words, determined } = a;
  // After an article, names may qualify the role ("the Conservative leader", "a Brazil specialist").
  // (A capitalised role opening it undetermined is a title from the short lists, ", Chairman of ...": ", Cook held ..."
  // names someone else.)
  return words.some((w, i) => {
    const lower = w.toLowerCase();
    if (!isRole(lex, lower)) return false;
    if (i === 0 && !determined && /^\p{Lu}/u.test(w) && !PERSON_ROLES.has(lower) && !TITLE_WORDS.has(lower)) return false;
    return words.slice(0, i).every((x) => !/^\p{Lu}/u.test(x) || determined || /['’]s$/.test(x));
  });
}

/** "Frank Morrison", "Rich Morrow": a given name that is also a word, before a surname that is none (nor a place). */
function givenNameThenSurname(lex: Lexicon, name: readonly Token[]): boolean {
  return name.length === 2 && givenNameThenSurnames(lex, name[0]!, name.slice(1), (t) => lex.commonWords.has(t.lower) || lex.englishWords.has(t.lower) || lex.places.has(t.lower) || lex.demonyms.has(t.lower));
}

function droppable(t: Token, lex: Lexicon): boolean {
  if (lex.firstNames.has(t.lower)) return false;
  if (lex.demonyms.has(t.lower)) return true;
  const tag = lex.commonWords.get(t.lower);
  return tag !== undefined && DROPPABLE_TAGS.has(tag);
}

function adjacentLoose(text: string, a: Token, b: Token): boolean {
  return /^[ \t]*$/.test(text.slice(a.fullEnd, b.start));
}

function push(out: Candidate[], c: Candidate, kind: EntityKind, strength: Strength): void {
  c.kind = kind;
  c.strength = strength;
  out.push(c);
}

/** A word of English that can describe a place before its name: an adjective or participle, or a compound "oil-rich". */
function describingWord(lex: Lexicon, t: Token): boolean {
  // (A noun opening the sentence before a place's name may be part of a name: "Air Tarvo", an airline.)
  if (lex.isGivenName(t.lower) || lex.places.has(t.lower) || lex.orgHeads.has(t.lower) || TITLE_WORDS.has(t.lower) || NOUN_TAGS.has(lex.commonWords.get(t.lower) ?? '')) return false;
  return lex.englishWords.has(t.lower) || lex.commonWords.has(t.lower) || /^\p{Lu}\p{Ll}+-\p{Ll}{3,}$/u.test(t.text);
}

function lookup(text: string, name: Token[], lex: Lexicon): { kind: EntityKind; canonical: string } | undefined {
  const surface = text.slice(name[0]!.start, name[name.length - 1]!.end);
  const lower = surface.toLowerCase();
  const code = lex.countryCodes.get(surface) ?? (surface.endsWith('.') ? undefined : lex.countryCodes.get(surface + '.'));
  if (code) return { kind: 'place', canonical: code };
  if (lex.organizations.has(lower)) return { kind: 'organization', canonical: surface };
  const place = lex.places.get(lower);
  // One word that is both a famous person's mononym and a city ("Sydney") is the city; "Martin Luther King" is a person.
  if (place && name.length === 1) return { kind: 'place', canonical: place };
  if (lex.people.has(lower)) return { kind: 'person', canonical: surface };
  if (place) return { kind: 'place', canonical: place };
  return undefined;
}

/**
 * A given name that is also a place ("Sydney", "Jordan", "Georgia"), then one word that is no English word, place,
 * demonym, body's or place's word, nor an acronym: the shape of a person's name, and of a city's airport ("London
 * Heathrow").
 */
function placeThenSurname(lex: Lexicon, name: readonly Token[], isWord: (t: Token) => boolean): boolean {
  if (name.length !== 2) return false;
  const [first, last] = name as [Token, Token];
  return (
    lex.places.has(first.lower) &&
    lex.isGivenName(first.lower) &&
    !isWord(last) &&
    !lex.places.has(last.lower) &&
    !lex.demonyms.has(last.lower) &&
    !lex.orgHeads.has(last.lower) &&
    !PLACE_HEADS.has(last.lower) &&
    !/^\p{Lu}+$/u.test(last.text) &&
    !NAME_PARTICLES.has(last.lower)
  );
}

/**
 * News names a person again by the surname alone ("Obinwa Kelechukwu ... Kelechukwu said") and a firm by its first word
 * ("Velmar Homes ... Velmar"): a name read as an organisation only for want of a cue, made of words that are
 * no English words, is a person if its last word recurs alone.
 */
function personsBySurname(candidates: Candidate[], lex: Lexicon, text: string): void {
  const single = candidates.filter((c) => c.tokens.length === 1 && c.kind !== 'place');
  const alone = new Set(single.map((c) => c.tokens[0]!.lower));
  // (A lone word that speaks, "Wubet said", "Wubet, who ...", names a person by whatever part of the name it is.)
  const speaking = new Set(single.filter((c) => speaks(text, c.tokens[0]!)).map((c) => c.tokens[0]!.lower));
  const nameWord = (t: Token) => t.cap && !lex.commonWords.has(t.lower) && !lex.englishWords.has(t.lower) && !lex.orgHeads.has(t.lower) && !PLACE_HEADS.has(t.lower) && !lex.demonyms.has(t.lower) && !lex.places.has(t.lower);
  const dictionaryWord = (t: Token) => lex.commonWords.has(t.lower) || lex.englishWords.has(t.lower);
  for (const c of candidates) {
    if (c.strength > Strength.Guess || c.tokens.length < 2 || c.tokens.length > 4) continue;
    const surname = c.tokens[c.tokens.length - 1]!;
    // ("Jordan Whitfield ... Whitfield said": a given name that is also a place opens a person's name too; read as a
    // place, "Sydney Okafor" needs its surname to speak, as an airport's name may recur alone.)
    const placeGiven = placeThenSurname(lex, c.tokens, dictionaryWord);
    if (c.kind === 'place') {
      if (placeGiven && speaking.has(surname.lower)) {
        c.kind = 'person';
        c.strength = Strength.Cue;
      }
      continue;
    }
    if (c.kind !== 'organization') continue;
    const bySurname = alone.has(surname.lower) && !alone.has(c.tokens[0]!.lower);
    // (A given name that is also a word, "Faith", "Hope", "Grace", opens a person's name too when its surname recurs alone.)
    const givenWord = bySurname && lex.isGivenName(c.tokens[0]!.lower) && /^\p{Lu}\p{Ll}+$/u.test(c.tokens[0]!.text) && !lex.orgHeads.has(c.tokens[0]!.lower) && !PLACE_HEADS.has(c.tokens[0]!.lower) && !lex.places.has(c.tokens[0]!.lower);
    if (!(bySurname || speaking.has(c.tokens[0]!.lower)) || !(placeGiven || c.tokens.every((t, k) => nameWord(t) || NAME_PARTICLES.has(t.lower) || (k === 0 && givenWord)))) continue;
    c.kind = 'person';
    c.strength = Strength.Cue;
  }
  // "Lena Marsh opened the road ... Marsh said": a given name, then a surname that is also a word of place, read as a
  // place by that word, is the person when the surname speaks alone.
  for (const c of candidates) {
    if (c.kind !== 'place' || c.tokens.length !== 2 || !PLACE_HEADS.has(c.tokens[1]!.lower)) continue;
    const [given, surname] = c.tokens as [Token, Token];
    if (!speaking.has(surname.lower) || !lex.isGivenName(given.lower) || lex.places.has(given.lower) || lex.commonWords.has(given.lower)) continue;
    c.kind = 'person';
    c.strength = Strength.Cue;
  }
}

/** "Wubet said", "Wubet, who ...", "Wubet told": the word is the subject of a verb of saying, or a person's "who". */
function speaks(text: string, t: Token): boolean {
  const m = /^(?:\s*,\s*(who)\b|\s+(\p{Ll}+))/u.exec(text.slice(t.fullEnd, t.fullEnd + 20));
  return m !== null && (m[1] !== undefined || SPEECH_VERBS.has(m[2]!));
}

/** Document-level linking: short forms to full names, one kind per name. */
function link(candidates: Candidate[], lex: Lexicon, text: string, sports: boolean): Candidate[] {
  interface FullName {
    canonical: string;
    kind: EntityKind;
    words: string[];
    /** Initials of all its words ("eu" for "European Union"). */
    acronym: string;
    start: number;
    strength: Strength;
    /** It has a word like "Police", "Council", "Authority". */
    orgHead: boolean;
    /** Words after its "of" ("tarvo" of "Friends of Tarvo"): what it is named after, not a short form of it. */
    ofWords: Set<string>;
  }
  personsBySurname(candidates, lex, text);
  const fullNames: FullName[] = [];
  for (const c of candidates) {
    if (!c.kind || c.tokens.length < 2) continue;
    const words = c.tokens.filter((t) => !isConnector(t) && !lex.demonyms.has(t.lower)).map((t) => t.lower);
    const acronym = c.tokens.filter((t) => !isConnector(t) && /^\p{L}/u.test(t.lower)).map((t) => t.lower[0]).join('');
    const of = c.tokens.findIndex((t) => t.lower === 'of');
    const ofWords = new Set(of > 0 ? c.tokens.slice(of + 1).map((t) => t.lower) : []);
    fullNames.push({ canonical: c.canonical, kind: c.kind, words, acronym, start: c.start, strength: c.strength, orgHead: c.tokens.some((t) => lex.orgHeads.has(t.lower)), ofWords });
  }

  // Full names by word and by acronym ("NFU" for "National Farmers Union"), in text order.
  const byWord = new Map<string, FullName[]>();
  const index = (key: string, n: FullName) => {
    const list = byWord.get(key);
    if (list) {
      if (list[list.length - 1] !== n) list.push(n);
    } else byWord.set(key, [n]);
  };
  for (const n of fullNames) {
    for (const w of n.words) index(w, n);
    if (n.acronym.length >= 2) index(n.acronym, n);
  }
  // Acronyms of events named in full ("the World Youth Games (WYG)"): not organisations.
  const eventAcronyms = new Set<string>();
  for (const c of candidates) {
    if (c.event && c.tokens.length >= 2) eventAcronyms.add(c.tokens.filter((t) => !isConnector(t) && /^\p{L}/u.test(t.lower)).map((t) => t.lower[0]).join(''));
  }
  // (An acronym is written in capitals, or, pronounced as a word, like one ("Nato"): "We" opening a quotation is no
  // "Western Europe".)
  const find = (word: string, at: number, isPlace: boolean, placeByContext = false, personByContext = false, locative = false, capitals = true): FullName | undefined => {
    const list = byWord.get(word.replace(/\./g, '')) ?? byWord.get(word);
    if (!list) return undefined;
    // "Kenya" stays a place in "Kenya Airways"; a place name stands for a person only as a surname.
    // (An acronym in capitals of a body the article names in full is that body, whatever a gazetteer or the context says:
    // "the Serious Fraud Office ... The SFO said" is no airport.)
    const bodyAcronym = (n: FullName) => capitals && n.kind === 'organization' && word.replace(/\./g, '').length >= 3 && n.acronym === word.replace(/\./g, '');
    const compatible = (n: FullName) =>
      n.start !== at &&
      (bodyAcronym(n) ||
        (capitals || n.words.includes(word.replace(/\./g, '')) || n.words.includes(word)) &&
        // ("Voices of Orrindale" ... "Orrindale": a body's name after its "of" is what the body is named after; in a
        // match report, a university's town may stand for its team.)
        (sports || n.kind !== 'organization' || !n.ofWords.has(word)) &&
        (!isPlace || (n.kind === 'person' && n.words[n.words.length - 1] === word)) &&
        // (In a match report, "in Tarvo" is the town, whatever team bears its name.)
        !((placeByContext || personByContext) && n.kind === 'organization' && (n.orgHead || (sports && placeByContext))) &&
        // ("flooding in Ashby", beside Mayor Tom Ashby: where a preposition of place puts something, the town.)
        !(locative && n.kind === 'person'));
    // The most recent full name before the mention; a later one only if none came before.
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]!.start < at) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo - 1, steps = 0; k >= 0 && steps < 50; k--, steps++) if (compatible(list[k]!)) return list[k];
    for (let k = lo, steps = 0; k < list.length && steps < 50; k++, steps++) if (compatible(list[k]!)) return list[k];
    return undefined;
  };

  // A word opening a sentence before a common noun is a name only where the article names it alone inside a sentence.
  const aloneInside = new Set(candidates.filter((c) => c.tokens.length === 1 && !c.opener).map((c) => c.tokens[0]!.lower));
  // Words the article reads as a place by a cue, alone ("the people of Orrindale") or before a word of place ("Orrindale
  // State", "Orrindale County"): a lone mention of the word read by no cue is that place, not a body named after it.
  const placeWords = new Map<string, Candidate>();
  for (const c of candidates) {
    if (c.kind !== 'place' || c.strength < Strength.Cue || c.team) continue;
    if (c.tokens.length === 1 || (c.tokens.length === 2 && PLACE_HEADS.has(c.tokens[1]!.lower))) placeWords.set(c.tokens[0]!.lower, c);
  }
  const linked: Candidate[] = [];
  for (const c of candidates) {
    if (c.opener && !aloneInside.has(c.tokens[0]!.lower)) continue;
    const place = c.tokens.length === 1 && c.strength === Strength.Default && !sports ? placeWords.get(c.tokens[0]!.lower) : undefined;
    if (place) {
      linked.push({ ...c, kind: 'place', canonical: place.tokens.length === 1 ? place.canonical : c.canonical, strength: Strength.Cue });
      continue;
    }
    if (c.tokens.length === 1 && eventAcronyms.has(c.tokens[0]!.lower.replace(/\./g, ''))) continue;
    if (c.tokens.length === 1 && !(c.strength === Strength.Known && c.kind !== 'place')) {
      const token = c.tokens[0]!;
      // (A word read as a place by its own context keeps that reading: "the town of Bonnet" beside "Bonnet Athletic";
      // "a store in Quellford" beside a body named after the place, "Quellford Police Department"; but "in Orrin"
      // may still be the firm "Orrin Cocoa".)
      // (Likewise a word read as a person by its own context, "Kessler, 54, said", beside a body named after a person,
      // "Kessler Group".)
      // (A town's name read by no cue, Strength.Default, is no reading by context: "Harlow" after "Harlow Brands" is the firm.)
      const full = find(token.lower, c.start, c.kind === 'place' && c.strength >= Strength.Cue, c.kind === 'place' && c.strength > Strength.Default, c.kind === 'person', c.kind === 'place' && c.strength === Strength.Guess && !token.possessive, !/\p{Ll}/u.test(token.text) || token.text.length >= 4);
      if (full) {
        linked.push({ ...c, kind: full.kind, canonical: full.canonical, strength: Math.max(full.strength, Strength.Cue) as Strength });
        continue;
      }
      if (token.text.includes('-') && !TOWN_SHAPE.test(token.text)) {
        // "Alder-Okafor talks": each part that stands for a known name.
        let offset = token.start;
        for (const part of token.text.split('-')) {
          const partFull = part ? find(part.toLowerCase(), c.start, false, false, false, false, !/\p{Ll}/u.test(part)) : undefined;
          if (partFull) linked.push({ start: offset, end: offset + part.length, tokens: [], kind: partFull.kind, canonical: partFull.canonical, strength: Strength.Cue });
          offset += part.length + 1;
        }
        if (linked.length && linked[linked.length - 1]!.start >= c.start) continue;
      }
    }
    if (c.kind) linked.push(c);
  }

  coordinatedKinds(linked, text, lex);
  // One kind per canonical name: the surest reading wins (ties: the first).
  const kindOf = new Map<string, { kind: EntityKind; strength: Strength }>();
  for (const c of linked) {
    const seen = kindOf.get(c.canonical);
    if (!seen || c.strength > seen.strength) kindOf.set(c.canonical, { kind: c.kind!, strength: c.strength });
  }
  for (const c of linked) c.kind = kindOf.get(c.canonical)!.kind;
  // A town read as a team once is the team wherever no preposition of place puts something in it.
  const teams = new Set(linked.filter((c) => c.team).map((c) => c.canonical));
  for (const c of linked) if (teams.has(c.canonical)) c.kind = c.locative ? 'place' : 'organization';
  return linked.sort((a, b) => a.start - b.start);
}

/**
 * Names coordinated in a list ("Galway, Mayo and Clare", "Tarvo or Orrin", "from Tarvo to Orrin") are of one kind: a name read by no cue at all
 * takes the kind, a place's or a person's, that every name of its list read by a cue or a gazetteer agrees on.
 */
function coordinatedKinds(candidates: Candidate[], text: string, lex: Lexicon): void {
  const sorted = [...candidates].sort((a, b) => a.start - b.start);
  let from = 0;
  while (from < sorted.length) {
    let to = from;
    let joined = false;
    let lastJoined = false;
    while (to + 1 < sorted.length) {
      const gap = text.slice(sorted[to]!.end, sorted[to + 1]!.start);
      // (A possessive ends the list's member: "Galway's, Mayo's" is no list this reads.)
      if (/^[ \t]*,[ \t]*$/.test(gap)) lastJoined = false;
      // ("Varnley and nearby Corwick": a word of where may stand before the next.)
      else if (/^,?[ \t]+(?:and|or)[ \t]+$/.test(gap) || PLACE_ADJECTIVES.has(/^,?[ \t]+(?:and|or)[ \t]+(\p{Ll}+)[ \t]+$/u.exec(gap)?.[1] ?? '')) joined = lastJoined = true;
      // ("from Sennar to Kosti": the two ends of a way.)
      else if (/^[ \t]+to[ \t]+$/.test(gap) && /\bfrom[ \t]+$/.test(text.slice(Math.max(0, sorted[to]!.start - 8), sorted[to]!.start))) joined = lastJoined = true;
      else break;
      to++;
    }
    if (to > from && joined && lastJoined) {
      const members = sorted.slice(from, to + 1);
      const sure = members.filter((c) => c.strength >= Strength.Cue && !c.team);
      const kind = sure[0]?.kind;
      // (Not by a country: states stand beside firms and bodies, "talks between China and Huawei". A person's list holds
      // employers after "of" or "at", "Ann Roe of Orrin Capital, Tom Hale and ...", and one-word products: only a full
      // name that no preposition governs is a person by its list.)
      const country = (c: Candidate) => c.kind === 'place' && (lex.countries.has(c.canonical.toLowerCase()) || lex.countryCodes.has(text.slice(c.start, c.end)));
      const personLike = (c: Candidate) => c.tokens.length >= 2 && !/\b(?:of|at|for|from|with|by)[ \t]+(?:the[ \t]+)?$/.test(text.slice(Math.max(0, c.start - 10), c.start));
      if ((kind === 'place' || kind === 'person') && sure.every((c) => c.kind === kind && !country(c))) {
        for (const c of members) {
          if (c.strength !== Strength.Default || c.kind === kind || (kind === 'person' && !personLike(c))) continue;
          c.kind = kind;
          c.strength = Strength.Guess;
        }
      }
    }
    from = to + 1;
  }
}

const COORDINATED_PLACE_HEAD = /^(?:[ \t]*,[ \t]*(?:\p{Lu}[\p{L}'’-]*[ \t]+){0,2}\p{Lu}[\p{L}'’-]*){0,6},?[ \t]+(?:and|or)[ \t]+(?:\p{Lu}[\p{L}'’-]*[ \t]+){1,3}(\p{Ll}+s)\b/u;

/**
 * The plural word of place after a list of names that this name opens: "the Tarvo and Mirel shires", "to Tarvo, Orrin
 * Bay, Mirel and Dorne counties" (read only when the nearer cues have not settled the name).
 */
function coordinatedPlaceHead(text: string, last: Token): string | undefined {
  return COORDINATED_PLACE_HEAD.exec(text.slice(last.fullEnd, last.fullEnd + 200))?.[1];
}
