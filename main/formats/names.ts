/**
 * Who a byline names: a person, an outlet (newspaper, broadcaster, agency, site), a role ("Staff Writer"), a
 * place ("New Delhi"), or none of these. Outlets go to the publisher, people to the authors.
 *
 * The evidence, in order of trust:
 * - the nameplate words outlets name themselves with (below), and shapes no personal name has: a leading
 *   "The", a web domain, a one-word credit ("Reuters", "PTI", "FOXBusiness": people sign with full names);
 * - compromise's lexicon (well-kept data, already a dependency): its given names (about 3,000), its known
 *   organisations ("associated press", "al jazeera") and its places;
 * - by default, two to five capitalised words are a person: most bylines are people, and a lexicon of given
 *   names never covers every culture, so an unknown name ("Kavya Raghunath") must stay a person.
 */
import { createRequire } from 'node:module';

export type NameKind = 'person' | 'outlet' | 'role' | 'place' | 'none';

/**
 * Nameplate nouns that never end or make up a person's name: the newspaper titles (Times, Tribune, Gazette...),
 * the broadcasting and agency words (News, Radio, TV, Agency, Wire...), the collective credits (Staff, Desk,
 * Bureau, Newsroom...) and the words of edition names (Daily, Morning, Evening...; not "Sunday", a given name in West Africa).
 */
const NAMEPLATE_WORDS = new Set(
  `news newsroom newsdesk newswire newswires newspaper newspapers times tribune journal gazette chronicle telegraph
  observer today daily weekly monthly magazine media network networks broadcasting broadcast broadcaster television
  tv radio fm online digital wire wires agency agencies presse bureau desk staff service services syndicate
  publications publishing editors editorial insider morning evening world republic dispatch bulletin
  review report inquirer enquirer examiner newsletter blog podcast channel notes current digest team`.split(/\s+/),
);

/**
 * The nameplate nouns of newspapers and broadcasters in the other European languages the readers read (French,
 * German, Spanish, Catalan, Italian, Portuguese, Dutch, the Scandinavian languages, Polish, the South Slavic languages,
 * Russian): "Jornal do Sertão", "Gazzetta di Lugo", "Noordkust Dagblad", "Der Bote", "Norrby Kuriren", "La Voz del Valle",
 * "Crónica Insular", "Степной вестник". An outlet's word unless a given name opens the name.
 */
const FOREIGN_NAMEPLATE_WORDS = new Set(
  `jornal diário diario gazeta gazzetta giornale corriere notícias noticias notizie nieuws nachrichten zeitung krant
  dagblad courant nieuwsblad tageblatt rundschau anzeiger kurier wochenblatt weekblad quotidiano quotidien periódico
  periodico folha correio tribuna semanario settimanale hebdo revista rivista tijdschrift zeitschrift rádio
  radiodifusión televisión televisão televisione agência agencia agenzia courrier dépêche nouvelles républicain
  progrès abendblatt allgemeine bote tagblatt gazzettino messaggero heraldo correo gazet kuriren posten tidning
  tidningen tidende dagbladet avisen dziennik wiadomości diari setmanari dnevnik novine vijesti vesti glasnik vjesnik
  crónica crônica cronaca chronique voz voce voix prensa imprensa stampa observador osservatore expreso expresso
  informador mensajero mensageiro messager
  газета вестник известия ведомости хроника курьер экспресс голос вісник кур'єр`.split(/\s+/),
);

/**
 * The nameplate nouns that Scandinavian, German and Dutch papers are named with as the head of one compound word:
 * "Ishavsposten", "Fjordavisen", "Stadtanzeiger", "Kreisbote", "Polderkrant". A word ending in one is a paper's name.
 */
const COMPOUND_NAMEPLATE = /^\p{Lu}\p{Ll}*(?:posten|avisen|avis|bladet|blad|tidende|tidningen|tidning|kuriren|zeitung|blatt|kurier|anzeiger|bote|krant|courant|dagblad|nieuwsblad)$/u;

/** "B.Enkhjargal", "Ts.Bat-Erdene": the initial of the father's name, a full stop and the given name, closed up. */
export const PATRONYMIC_INITIAL_NAME = /^(\p{Lu}\p{Ll}?)\.(\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?)$/u;

export function isCompoundNameplate(word: string): boolean {
  return COMPOUND_NAMEPLATE.test(word.trim());
}

/**
 * Nameplate nouns that are also surnames ("Emily Post", "Frank Press"): an outlet's word unless the name
 * starts with a known given name.
 */
const SURNAME_NAMEPLATE_WORDS = new Set(
  `post press star sun herald mail mirror standard express globe record courier register leader independent
  guardian sentinel monitor echo ledger mercury advocate pioneer nation statesman citizen voice union democrat
  argus beacon banner clarion eagle gleaner planet`.split(/\s+/),
);

/**
 * Nouns of institutions that sign press releases and stories ("University Communications", "Harbour District
 * Council", "Ministry of Transport"): an organisation's words, never a person's name.
 */
const INSTITUTION_WORDS = new Set(
  `university college institute council ministry department office foundation society association commission
  committee authority communications police constabulary unit`.split(/\s+/),
);

/**
 * Job titles in credit lines ("Staff Writer", "Business reporter", "Associated Press Writer", South Asian papers'
 * abbreviated "Spl. Corr." and "Staff Corr.", only after such a word, since Corr is also a surname), and those of
 * Spanish, Portuguese, Italian, French, German and Dutch credits ("Corresponsal", "Repórter", "Giornalista",
 * "Envoyée spéciale", "Redakteurin", "Verslaggever").
 */
const JOB_TITLES = String.raw`(?:spl\.?|special|staff|group|district|regional|provincial|our) corr(?:esp)?\.?|writers?|reporters?|correspondents?|editors?|columnists?|contributors?|producers?|photographers?|photojournalists?|journalists?|critics?|commentators?|presenters?|anchors?|interns?|stringers?|bloggers?|analysts?|corresponsal(?:es)?|correspondentes?|corrispondente|correspondante?|korrespondent(?:in)?|reporter[oa]s?|repórter|periodistas?|jornalistas?|giornalista|journaliste|redactor(?:a)?|redattore|redattrice|rédact(?:eur|rice)|redakteur(?:in)?|verslaggever|enviad[oa] especial|inviat[oa](?: speciale)?|envoyée? spéciale?|colaborador(?:a)?|collaborat(?:ore|rice)`;
const ROLE = new RegExp(String.raw`^(.*?)\s*\b(?:${JOB_TITLES})$`, 'i');
/** Where a job title ends inside a run of credits ("Jane Roe Senior Editor John Doe Staff Writer"). */
const JOB_TITLE_END = new RegExp(String.raw`\b(?:${JOB_TITLES})(?=\s|$)`, 'gi');
/** Words that qualify a role without naming anyone ("Senior", "Political", "Staff"). */
const ROLE_QUALIFIERS = /^(?:(?:senior|chief|deputy|assistant|associate|executive|managing|contributing|special|staff|political|local|national|foreign|international|digital|online|business|economics|sports?|news|city|health|science|technology|tech|legal|court|courts|crime|government|council|hall|politics|justice|public|education|environment|climate|culture|arts|features?|investigative|freelance|guest|democracy|journalism|initiative|data|energy|markets|finance|world|global|regional|bureau|desk|lead|main|head|our|transport|defen[cs]e|diplomatic|home|social|affairs|medical|agriculture|farming|property|consumer|motoring|travel|food|fashion|music|film|media|religion|religious|security|parliamentary|political|industry|labour|labor|employment|housing|weather|community|rural|metro|general|africa|asia|europe|middle|east|west|north|south|and|&)\s*)+$/i;

/**
 * The word for the editorial desk in the languages of Europe and Indonesia ("Redactie", "Redaktion", "Redazione",
 * "Redacción", "Redação" (and "Redacção", as Angola and Mozambique spell it), "Rédaction", "Redakcja", "Redaksi", Slovak
 * "Redakcia", "Redakcija", "Uredništvo", "Szerkesztőség", "Toimetus", "Редакция", "Σύνταξη", the Turkish
 * "Haber Merkezi" and "Haber Masası", "news centre" and "news desk"), alone
 * or before the outlet's name, and the Arabic words for a desk, a section, a team or a bureau ("القسم الجهوي", "the
 * regional desk"), and the Korean newsroom's teams and desks ("온라인뉴스팀", "편집국"): never a person.
 */
const EDITORIAL_DESK = /^(?:(?:la\s+)?(?:redactie|redaktion(?:en)?|redaksjon(?:en)?|redazione|redacción|redaccion|redação|redacao|redacção|redaccao|rédaction|redakcja|redakce|redakcia|redakcija|uredništvo|szerkesztőség|toimetus|редакция|редакція|редакција|σύνταξη|haber merkezi|haber masası)(?:\s+\p{Lu}.*)?|(?:ال)?(?:قسم|تحرير|فريق|مكتب|هيئة)(?:\s+\p{Script=Arabic}+){0,3}|\p{Script=Hangul}*(?:뉴스팀|취재팀|편집팀|편집부|취재부|뉴스부|보도부|편집국))$/iu;

/**
 * A press office in the languages of Europe ("Gabinet de Comunicació", "Gabinete de Prensa", "Servicio de Comunicación",
 * "Cabinet de presse", "Ufficio stampa", "Pressestelle", "Persdienst"): the issuer's office, never a person.
 */
const PRESS_OFFICE =
  /^(?:(?:gabinet|gabinete|cabinet|servei|servicio|serviço|servizio|service|oficina|ufficio|bureau|departamento|departament|direcci[oó]n|direcció)\s+(?:de\s+(?:la\s+)?|d['’]\s*|di\s+|du\s+)?(?:comunicació|comunicación|comunicacion|comunicação|comunicazione|communication|premsa|prensa|imprensa|stampa|presse|relations? (?:avec la )?presse)|pressestelle|pressebüro|pressekontor|pressetjeneste|persdienst|presstjänst|biuro prasowe)(?:\s+\S.*)?$/iu;

/** The platforms a share row names (in Latin letters, and as Arabic, Hebrew and Tamil pages write them). */
const SHARE_PLATFORMS = new Set(['facebook', 'whatsapp', 'twitter', 'telegram', 'linkedin', 'instagram', 'youtube', 'tiktok', 'pinterest', 'reddit', 'threads', 'bluesky', 'messenger', 'viber', 'vk', 'vkontakte', 'odnoklassniki', 'weibo', 'wechat', 'kakaotalk', 'mastodon', 'email', 'e-mail', 'e-post', 'فيسبوك', 'واتساب', 'تيليغرام', 'تلغرام', 'تويتر', 'إكس', 'פייסבוק', 'וואטסאפ', 'טוויטר', 'טלגרם', 'மின்னஞ்சல்', 'ਈਮੇਲ', 'ઈમેલ', 'e-pasts', 'share', 'print', 'copy']);

/** A share button's platform, copied as a word on its own ("Facebook", "WhatsApp", "X", "E-mail"). */
export function isSharePlatform(word: string): boolean {
  const lower = word.trim().toLowerCase();
  return lower === 'x' || (SHARE_PLATFORMS.has(lower) && !['share', 'print', 'copy'].includes(lower));
}

/** Particles inside personal names ("Ludwig van Beethoven", "Ana de la Cruz", "Omar bin Said", the Welsh patronymic "Rhys ap Owen", "Nia ferch Ifan", the Faroese "Jógvan í Dali", the West Frisian "fan", "Sjoukje fan der Roe", the Kalenjin "arap", "Kiprono arap Roe"). */
export const NAME_PARTICLE = /^(?:de|da|das|do|dos|del|della|dela|delos|di|du|van|fan|von|der|den|ter|te|le|la|las|los|y|arap|bin|binti|ibn|bint|al|el|ben|ó|ní|mac|ap|ab|ferch|verch|í|á|av|st\.?)$/i;
/** One word of a personal name: a capital, then letters, apostrophes, hyphens or an initial's dot; or an Arabic surname with its article, "el-Hajj", "al-Masri". */
const NAME_WORD = /^(?:[ʻ‘]?\p{Lu}[\p{L}\p{M}'’ʻ\u2010\u2011-]*\.?|\p{Lu}(?:\.\p{Lu})*\.?|[\p{L}]{1,3}['’]\p{Lu}[\p{L}\p{M}'’\u2010\u2011-]*|(?:al|el|ad|ar|as|at|az|an|ash)-\p{Lu}[\p{L}\p{M}'’-]*)$/u;
/**
 * The Turkic patronymic's closing word, lower case after the father's name: Kyrgyz "уулу" and "кызы" ("son of", "daughter
 * of"), Kazakh "ұлы" and "қызы", Tatar and Bashkir "улы", Azerbaijani "oğlu" and "qızı", Uzbek "o‘g‘li" and "qizi", Turkmen
 * "ogly" and "gyzy": "Aibek Nurlan uulu" is one person's name; Azerbaijani sets the family name after it, "Elnur Aydın oğlu
 * Roe".
 */
const PATRONYMIC_CLOSE = /^(?:уулу|кызы|ұлы|қызы|улы|uulu|kyzy|oğlu|qızı|o[‘'’ʻ]g[‘'’ʻ]li|qizi|ogly|gyzy)$/u;
const MAX_NAME_WORDS = 5;
const MAX_NAME_LENGTH = 60;

type Lexicon = Record<string, string | string[]>;
let lexicon: { words: Lexicon; frozen: Lexicon } | null = null;

/** compromise's lexicon, loaded on first use (about 0.3 s): most files have no byline to classify. */
function compromiseLexicon(): { words: Lexicon; frozen: Lexicon } {
  if (!lexicon) {
    const nlp = createRequire(import.meta.url)('compromise') as { model(): { one: { lexicon: Lexicon; frozenLex?: Lexicon } } };
    const model = nlp.model();
    lexicon = { words: model.one.lexicon, frozen: model.one.frozenLex ?? {} };
  }
  return lexicon;
}

function tagsOf(phrase: string): string[] {
  const key = phrase.toLowerCase();
  const { words, frozen } = compromiseLexicon();
  const tags = words[key] ?? frozen[key];
  return tags === undefined ? [] : Array.isArray(tags) ? tags : [tags];
}

export function isGivenName(word: string): boolean {
  return tagsOf(word).some((t) => t === 'FirstName' || t === 'MaleName' || t === 'FemaleName' || t === 'Person');
}

export function isPlaceName(phrase: string): boolean {
  // (Turkish capitals keep the dot of "İ", which lower case would carry along: "İZMİR" is "Izmir".)
  return tagsOf(phrase.replace(/[.,]+$/, '').replace(/İ/g, 'I')).some((t) => t === 'City' || t === 'Country' || t === 'Region' || t === 'Place');
}

let longestKnown: number | null = null;

/**
 * How long the longest word or phrase of compromise's lexicon is (names of Object's own members counted, which a
 * lookup also finds): a longer word is no known word.
 */
export function longestKnownWord(): number {
  if (longestKnown === null) {
    const { words, frozen } = compromiseLexicon();
    const keys = [...Object.keys(words), ...Object.keys(frozen), ...Object.getOwnPropertyNames(Object.prototype)];
    longestKnown = Math.max(...keys.map((key) => key.length));
  }
  return longestKnown;
}

/** A common word of compromise's lexicon ("well", "known"), not a name (its lexicon lists banks and cities too). */
export function isKnownWord(word: string): boolean {
  const tags = tagsOf(word);
  return tags.length > 0 && !tags.some((t) => /Name|Person|Organization|Place|City|Country|Region/.test(t));
}

/** A name compromise's lexicon lists as an organisation ("Reuters", "Xinhua"). */
export function isKnownOrganisation(phrase: string): boolean {
  return tagsOf(phrase).includes('Organization');
}

/** A web address or a bare domain ("example.com", "NewsSite.co.uk"). */
function isDomain(text: string): boolean {
  return /^(?:https?:\/\/)?(?:www\.)?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|net|org|info|news|media|co|in|uk|au|ca|ie|nz|za|ng|ke|pk|jp|sg|my|ph|us|tv|io)(?:\/\S*)?$/iu.test(text);
}

/** A site's address without a path: "harbourtimes.example", "https://www.harbourtimes.example/". */
const WEB_ADDRESS = /^(?:https?:\/\/)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+\/?$/i;

export function isWebAddress(text: string): boolean {
  return WEB_ADDRESS.test(text.trim());
}

export function isUrl(text: string): boolean {
  return /^(?:https?:)?\/\//i.test(text.trim()) || /^www\./i.test(text.trim());
}

/** Two to five name words ("Jane Doe", "Ana de la Cruz", "J. R. Roe", "KAREEM HADDAD"), no sentence. */
export function hasPersonNameShape(name: string): boolean {
  if (name.length > MAX_NAME_LENGTH || /[\d@#!?:;"“”()[\]{}/|]/.test(name)) return false;
  const words = name.split(/\s+/);
  if (words.length > MAX_NAME_WORDS) return false;
  const last = words.length - 1;
  const patronymic = last >= 2 && PATRONYMIC_CLOSE.test(words[last]!);
  if (!NAME_WORD.test(words[0]!) || (!NAME_WORD.test(words[last]!) && !patronymic)) return false;
  // (The patronymic's word inside the name, after the given name and the father's, before the family name.)
  const innerPatronymic = (k: number) => k >= 2 && k < last && PATRONYMIC_CLOSE.test(words[k]!);
  // "HISTORY OF THE DISPUTE": a heading in capitals, not a name (names have no "the", "to", "for" inside).
  if (words.slice(1).some((w) => /^(?:the|to|of|for|and|or|in|on|at|with|from|into|about|after|over|this|that|these|those|your|our|my|its)$/i.test(w))) return false;
  // ("Anna Roe i Doe": the Catalan "i" joins the two surnames, before the last word only; "Ana Roe i Ivo Doe" is two
  // people, as Croatian and Serbian credits join them.)
  // (And the Gaelic "a'" after "Nic" or "Mac", "Eilidh Nic a' Bhàird".)
  return words.every((w, k) => NAME_WORD.test(w) || NAME_PARTICLE.test(w) || (k === last && patronymic) || innerPatronymic(k) || (w === 'i' && k === words.length - 2 && k >= 2) || (/^a['’]?$/.test(w) && k > 0 && /^(?:nic|mac|mhic)$/i.test(words[k - 1]!)));
}

/** "Special to the Gazette", "Exclusive to The Courier": the credit line of a freelance's or a guest's story, no headline. */
export function isSpecialToLine(text: string): boolean {
  return /^(?:special|exclusive)\s+to\s+(?:the\s+)?\p{Lu}[^.!?]{0,60}$/iu.test(text.trim());
}

/** The outlet a role names, if any: "Associated Press Writer" -> "Associated Press"; "Staff Writer" -> null. */
export function outletInRole(piece: string): string | null {
  const m = ROLE.exec(piece.trim());
  if (!m) return null;
  const prefix = m[1]!.trim();
  if (prefix === '' || ROLE_QUALIFIERS.test(prefix) || /\d/.test(prefix)) return null;
  const withoutQualifiers = prefix.replace(/\s+(?:staff|senior|chief|special|contributing)$/i, '');
  return classifyName(withoutQualifiers) === 'outlet' ? withoutQualifiers : null;
}

/**
 * "Jane Roe, special correspondent in Westport", "Jane Roe, envoyée spéciale à Lyon": a writer's name and her role after a
 * comma, as a signature or a credit line under the headline sets them; the name, or null for other text.
 */
export function nameWithRole(text: string): string | null {
  const m = /^([^,|]{3,40})(?:,|\s\|)\s*([^,|]{3,50})$/.exec(text.trim().replace(/\.$/, ''));
  if (!m || m[1]!.trim().split(/\s+/).length < 2 || classifyName(m[2]!) !== 'role' || classifyName(m[1]!) !== 'person') return null;
  return displayName(m[1]!.trim());
}

/**
 * The person before a role written without a comma: "Harriet Lomax Contributing columnist" -> "Harriet Lomax",
 * "Jane Roe Wales correspondent" -> "Jane Roe"; null for a role alone ("Senior Business Reporter").
 */
/** A month's name or its abbreviation, in English. */
const MONTH_NAME = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$/i;

/**
 * A role set before the names in lower case, as Australian and British broadcasters write credits: "national transport
 * reporter Jane Roe and John Doe", "political editor Jane Roe", "Europe correspondent Jane Roe" (a region may open it).
 * Returns the role's length with the space after it, or 0.
 */
export function roleBeforeNames(text: string): number {
  const m = ROLE_BEFORE_NAMES.exec(text);
  return m ? m[0].length : 0;
}
const ROLE_BEFORE_NAMES = new RegExp(String.raw`^(?:\p{Lu}\p{Ll}+\s+)?(?:\p{Ll}[\p{Ll}-]*\s+){0,4}(?:${JOB_TITLES})\s+(?=\p{Lu}\p{Ll})`, 'u');

export function personBeforeRole(piece: string): string | null {
  // "Jane Q. Roe (Senior Reporter)": the role in brackets after the whole name.
  const bracketed = /^(.+?)\s*\(([^()]{2,60})\)$/.exec(piece.trim());
  if (bracketed && classifyName(bracketed[2]!) === 'role' && classifyName(bracketed[1]!) === 'person') return bracketed[1]!.trim();
  const words = piece.trim().split(/\s+/);
  const splits: { name: string; role: string }[] = [];
  for (let k = 2; k <= Math.min(MAX_NAME_WORDS, words.length - 1); k++) {
    const name = words.slice(0, k).join(' ');
    const role = words.slice(k).join(' ');
    // (Not a beat's words before the title, "Highland Affairs Correspondent": a name does not end on one.)
    if (ROLE_QUALIFIERS.test(name) || ROLE_QUALIFIERS.test(words[k - 1]!) || classifyName(role) !== 'role' || outletInRole(role)) continue;
    // (Nor the paper's short name and the town it covers, "Herald Westport Correspondent": a name does not open with a
    // nameplate's noun unless that is a given name too.)
    if (SURNAME_NAMEPLATE_WORDS.has(words[0]!.toLowerCase()) && !isGivenName(words[0]!.toLowerCase())) continue;
    if (classifyName(name) === 'person') splits.push({ name, role });
  }
  // "Lim Mei Hua Senior Health Correspondent": the split whose role is only beat words or a place, so that a
  // three-word name does not lose its last word to the role ("Hua Senior Health Correspondent").
  return (splits.find((s) => isPlainRole(s.role)) ?? splits[0])?.name ?? null;
}

/**
 * People set one after another, each with a job title and no separator (a byline box of one element per
 * contributor, read as one line): "Jane Roe Contributing Editor John Doe Senior Editor" -> ["Jane Roe", "John Doe"].
 * Null unless every part is a person before a role.
 */
export function peopleBeforeRoles(text: string): string[] | null {
  const parts: string[] = [];
  let from = 0;
  for (const m of text.matchAll(JOB_TITLE_END)) {
    parts.push(text.slice(from, m.index + m[0].length).trim());
    from = m.index + m[0].length;
  }
  if (parts.length < 2 || text.slice(from).trim() !== '') return null;
  const people = parts.map((part) => personBeforeRole(part));
  return people.every((p): p is string => p !== null) ? people : null;
}

/** A role whose words before the job title are beat qualifiers or a place: "Senior Health Correspondent", "Wales correspondent". */
function isPlainRole(role: string): boolean {
  const prefix = ROLE.exec(role)?.[1]?.trim() ?? '';
  // (Or an administrative division's name, "Kisumu County Correspondent": a beat as a place is.)
  return prefix === '' || ROLE_QUALIFIERS.test(prefix) || isPlaceName(prefix) || ADMINISTRATIVE_BEAT.test(prefix);
}
/** A one-word name and an administrative division's word: "Kisumu County", "Galle District", the beat a correspondent covers. */
const ADMINISTRATIVE_BEAT = /^\p{Lu}[\p{L}'’-]+\s+(?:county|district|province|region|municipality|parish|prefecture|governorate|oblast|borough|township|shire)$/iu;

/** The words that close the name of a court or of a body's part: "High Court", "Public Law Division". */
const BODY_HEAD = /^(?:court|tribunal|division|directorate|secretariat|inspectorate|registry)$/;
/** The words that close the name of an administrative division: "Bong County", "Kisumu District", "Western Region". */
const ADMINISTRATIVE_DIVISION = /^(?:county|district|province|region|municipality|parish|prefecture|governorate|oblast|borough|township|shire)$/;

export function classifyName(raw: string): NameKind {
  const name = raw.trim().replace(/^[\s"“'‘(]+|[\s"”'’),.;:]+$/g, '').replace(/\s+/g, ' ');
  if (name === '' || isUrl(name) || name.startsWith('@')) return 'none';
  if (isDomain(name)) return 'outlet';
  const words = name.split(' ');
  if (words.length > 8) return 'none';
  const lower = words.map((w) => w.toLowerCase().replace(/[.,'’]+$/, ''));
  // "Redactie Omroep Veenland", "Redazione": an outlet's editorial desk, and the desk word alone is a role ("Staff").
  if (EDITORIAL_DESK.test(name)) return words.length === 1 ? 'role' : 'outlet';
  // "Gabinet de Comunicació", "Gabinete de Prensa", "Pressestelle": a government's or a company's press office.
  if (PRESS_OFFICE.test(name)) return 'outlet';
  // "Dela", "Teilen", "Partager": a share button's word, alone, in the languages pages come in.
  if (/^(?:share|dela|del|teilen|partager|compartir|compartilhar|condividi|delen|jaa|del på|udostępnij|sdílet|zdieľať|megosztás|paylaş|поділитися|поделиться|сподели|podijeli)$/i.test(name)) return 'none';
  // "Facebook X WhatsApp": a row of share buttons, no one's name.
  if (lower.some((w) => SHARE_PLATFORMS.has(w)) && words.length >= 2 && lower.filter((w) => SHARE_PLATFORMS.has(w) || w === 'x').length * 2 >= words.length) return 'none';
  // "Nordeste1 PE", "Canal13 SP": a brand spelled with its number, and the region's code of its local edition.
  if (/^\p{L}+\d+\s+\p{Lu}{2,3}$/u.test(name)) return 'outlet';
  // "Corresponsalía Deán Funes", "Delegación Norte": a paper's office in a town, named where its reporter files from.
  if (/^(?:[Cc]orresponsal[ií]a|[Dd]elegaci[oó]n|[Ss]ucursal)\s+\p{Lu}/u.test(name)) return 'role';
  // "San Isidro de las Peñas", "São Tomé", "Sainte-Foy", "Sant Joan": a saint's name opening a name is a town's; so is
  // the generic word of a port, a fort, a mountain, a lake or a cape ("Port Moresby", "Puerto Ayora", "Fort Portal",
  // "Mount Hagen", "Lake Charles", "Cape Coast", "Ciudad Obregón"), which opens no person's name.
  // (Not a paper named after its town: "Port Ellis Tribune", "Cape Current".)
  const paperNamed = lower.some((w) => NAMEPLATE_WORDS.has(w) || SURNAME_NAMEPLATE_WORDS.has(w) || FOREIGN_NAMEPLATE_WORDS.has(w));
  if (words.length > 1 && !paperNamed && /^(?:san|sant|santa|santo|são|sainte?|sankt|port|puerto|porto|fort|mount|mt\.?|lake|cape|ciudad)$/i.test(words[0]!) && /^\p{Lu}/u.test(words[1]!)) return 'place';
  // A state's formal name: "Republic of Kenya", "Commonwealth of the Bahamas".
  const state = /^(?:the\s+)?(?:commonwealth|republic|kingdom|federal republic|democratic republic|state|principality|sultanate|emirate)\s+of\s+(?:the\s+)?(.+)$/i.exec(name);
  if (state && isPlaceName(state[1]!)) return 'place';
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w));

  // "The Hindu", "The Associated Press": people are not named "The ...".
  if (lower[0] === 'the' && words.length > 1 && capitalised.length > 1) return 'outlet';
  if (ROLE.test(name)) return 'role';
  if (isSpecialToLine(name)) return 'role';
  // "correspondent in Agadir", "correspondant à Agadir", "corresponsal en Lima": a role and the place it is held in.
  // (A place's name may hold particles: "enviado especial a San Juan de la Costa".)
  const roleIn = /^(.+?)\s+(?:in|at|based in|à|au|aux|en|em|a|w|v)\s+\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:(?:de|del|da|do|di|du|la|le|los|las)\s+){0,2}\p{Lu}[\p{L}\p{M}'’.-]*){0,3}$/u.exec(name);
  if (roleIn && ROLE.test(roleIn[1]!)) return 'role';
  // "In News", "In Politics": a blog's category line ("Posted in News" without its label), no outlet's name.
  if (words.length <= 3 && /^(?:in|under|posted|filed)$/i.test(words[0]!)) return 'none';
  if (capitalised.length === 0) return caselessPerson(words) ? 'person' : 'none';
  if (isKnownOrganisation(name)) return 'outlet';
  // A legal-entity suffix names an organisation: "Northgate Foods, Inc.", "Acme Media Ltd".
  if (words.length > 1 && /^(?:inc|ltd|llc|plc|corp|co|gmbh|ag|s\.?a|pty|pvt|limited|incorporated)\.?$/i.test(words[words.length - 1]!)) return 'outlet';
  if (lower.some((w) => NAMEPLATE_WORDS.has(w) || INSTITUTION_WORDS.has(w))) return 'outlet';
  // A picture agency or desk: "Harbour Images", "Gazette Pictures", "Press Association Photos".
  if (words.length > 1 && /^(?:pictures|images|photos|photography|imaging)$/.test(lower[lower.length - 1]!)) return 'outlet';
  if (lower.some((w) => FOREIGN_NAMEPLATE_WORDS.has(w)) && !startsWithGivenName(lower)) return 'outlet';
  // An acronym beside ordinary words names an organisation ("XYZ Sport", "ABC News"), not a person.
  // (Not "Camille ROUSSEL": French and Belgian credits set the surname in capitals after the given name.)
  // (Nor "Ts. ENKHJARGAL": an initial, as Mongolian bylines set the father's name, before a name in capitals.)
  const frenchSurname = /^\p{Lu}{3,}(?:-\p{Lu}{2,})?$/u.test(words[words.length - 1]!) && (startsWithGivenName(lower) || (words.length === 2 && /^\p{Lu}\p{Ll}?\.$/u.test(words[0]!)));
  if (words.length > 1 && !frenchSurname && words.filter((w) => /^\p{Lu}{3,}$/u.test(w)).length === 1 && words.some((w) => /\p{Ll}/u.test(w))) return 'outlet';
  // "France 24", "Kanal 9", "Negev 12": a name with a channel's or station's number is no person's.
  // (Not a date: "Oct. 26", "March 3".)
  if (words.length >= 2 && words.length <= 4 && /^\d{1,3}$/.test(words[words.length - 1]!) && words.slice(0, -1).every((w) => /^\p{Lu}\p{L}*$/u.test(w) && !MONTH_NAME.test(w))) return 'outlet';
  // "Voice of America", "Times of Oman": a lower-case joining word inside capitalised words.
  const joining = (w: string) => /^(?:of|for|on|the|and|de|du|la)$/.test(w);
  if (words.length >= 3 && words.slice(1, -1).some((w) => /^(?:of|for|on)$/.test(w)) && words.every((w) => /^\p{Lu}/u.test(w) || joining(w))) return 'outlet';

  if (words.length === 1) {
    // ("B.Enkhjargal", "Ts.Bat-Erdene": a Mongolian name as bylines write it, the father's initial closed up to the given
    // name; not a saint's town or a mount, "St.Louis".)
    if (PATRONYMIC_INITIAL_NAME.test(name) && !/^(?:st|mt|ft)\./i.test(name)) return 'person';
    // ("jane_roe", "Dee_Harbour": a chat's or a forum's user handle, with the underscore no outlet's name has.)
    if (/^[\p{L}\d.]*_[\p{L}\d._]*$/u.test(name)) return 'none';
    // A one-word credit is an agency or a site ("Reuters", "AFP", "FOXBusiness"), unless it is a given name.
    if (isPlaceName(name)) return 'place';
    return isGivenName(name) && /^\p{Lu}\p{Ll}/u.test(name) ? 'person' : 'outlet';
  }
  if (isPlaceName(name)) return 'place';
  // A court or a body's division: "Supreme Court", "Public Law Division" (not "Margaret Court", a given name first).
  if (words.length > 1 && BODY_HEAD.test(lower[lower.length - 1]!) && !startsWithGivenName(lower)) return 'outlet';
  // "Bong County", "Kisumu District", "Western Region": a name with the word of an administrative division is a place's.
  if (words.every((w) => /^\p{Lu}/u.test(w)) && ADMINISTRATIVE_DIVISION.test(lower[lower.length - 1]!)) return 'place';
  if (SURNAME_NAMEPLATE_WORDS.has(lower[lower.length - 1]!)) {
    // "Emily Post" is a person, "Jakarta Post" an outlet.
    return isGivenName(lower[0]!) && !isPlaceName(lower[0]!) ? 'person' : 'outlet';
  }
  // "Nikkei Asia", "Radio Free Europe": a country or continent closing the name.
  // ...unless a given name opens it: a town is a common surname ("Harriet Pennington", "Joe Preston").
  if (tagsOf(lower[lower.length - 1]!).some((t) => t === 'Country' || t === 'Place') && !startsWithGivenName(lower)) return 'outlet';
  return hasPersonNameShape(name) ? 'person' : 'none';
}

/**
 * The nameplate words of Arabic outlets: newspaper (صحيفة, جريدة), agency (وكالة), channel (قناة), site (موقع),
 * network (شبكة), magazine (مجلة), news (أخبار, الأخبار, الأنباء), radio (إذاعة), television (تلفزيون).
 */
/**
 * The nameplate words of Arabic and Persian papers and sites: paper, agency, channel, site, network, magazine, news, radio,
 * portal, and the voices and echoes they are named for ("صدى", "صوت", "نداء", Persian "صدای", "آوای", "ندای").
 */
const ARABIC_NAMEPLATE_WORDS = new Set('صحيفة جريدة وكالة قناة موقع شبكة مجلة أخبار الأخبار الأنباء إذاعة تلفزيون بوابة صدى صوت نداء صدای آوای ندای روزنامه خبرگزاری پایگاه'.split(' '));

/** The letters of the scripts of South Asia, written with spaces and without capitals (Devanagari, Bengali, Tamil, Malayalam..., and the Maldives' Thaana). */
const SOUTH_ASIAN_SCRIPT_LETTERS = String.raw`\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Gurmukhi}\p{Script=Gujarati}\p{Script=Oriya}\p{Script=Tamil}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Sinhala}\p{Script=Thaana}`;

/**
 * The letters of the scripts without capitals the readers meet (Arabic, Hebrew, those of South Asia, Ethiopic, Georgian), for a
 * character class. (Unicode files Georgian's everyday letters, Mkhedruli, as lower case since it added the Mtavruli
 * capitals, but pages write Georgian without capitals.)
 */
export const CASELESS_SCRIPT_LETTERS = String.raw`\p{Script=Arabic}\p{Script=Hebrew}${SOUTH_ASIAN_SCRIPT_LETTERS}\p{Script=Ethiopic}\p{Script=Georgian}`;

/** Whether a line opens in lower case: a letter with a capital form, not one of Georgian's letters, which Unicode files as lower case. */
export function opensInLowerCase(text: string): boolean {
  return /^\p{Ll}/u.test(text) && !/^\p{Script=Georgian}/u.test(text);
}

/**
 * A name in a script without capitals (Arabic, Hebrew, Devanagari, Bengali with its abbreviations, "মো.", Ethiopic), which the capitals test cannot tell: two
 * to four words of letters only (a Hebrew one may hold a geresh, "ג'", or a hyphen, "בן-דוד", a Persian one the zero-width non-joiner of "دهقانی‌زاده"), none of them an outlet's nameplate word ("سامر الحلبي", not "صحيفة الواحة"). Callers
 * read it where a credit stands (under a headline, beside a date), as the words alone cannot say it is a name.
 */
/** Whether a name is written in a script without capitals and reads as a person's there (see caselessPerson). */
export function isCaselessScriptName(name: string): boolean {
  return caselessPerson(name.trim().split(/\s+/));
}

function caselessPerson(words: readonly string[]): boolean {
  return words.length >= 2 && words.length <= 4 && words.every((w) => CASELESS_NAME_WORD.test(w) && !/[\u0660-\u0669]/.test(w) && !ARABIC_NAMEPLATE_WORDS.has(w));
}
const CASELESS_NAME_WORD = new RegExp(String.raw`^(?:\p{Script=Arabic}+(?:\u200c\p{Script=Arabic}+)*|\p{Script=Hebrew}+(?:['׳’־-]\p{Script=Hebrew}+)*|[${SOUTH_ASIAN_SCRIPT_LETTERS}]+\.?|\p{Script=Ethiopic}+|\p{Script=Georgian}+)$`, 'u');

/** Whether the first of a name's (lower-cased) words is a given name and no place ("harriet", not "jersey"). */
function startsWithGivenName(lowerWords: readonly string[]): boolean {
  return lowerWords.length > 1 && isGivenName(lowerWords[0]!) && !isPlaceName(lowerWords[0]!);
}

/** "KAREEM HADDAD" -> "Kareem Haddad"; names already in mixed case are kept as written. */
export function displayName(name: string): string {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  if (!/\p{Lu}{2}/u.test(trimmed)) return trimmed;
  // "Camille ROUSSEL", "Youssef EL AMRANI": a surname in capitals after the given name, as French credits set it.
  if (/\p{Ll}/u.test(trimmed)) {
    const words = trimmed.split(' ');
    const last = words[words.length - 1]!;
    // (A surname of two letters too, "Ousmane BA", as West African and Vietnamese names have them.)
    if (words.length < 2 || !/^\p{Lu}{2,}(?:-\p{Lu}{2,})?$/u.test(last) || !/^\p{Lu}\p{Ll}/u.test(words[0]!)) return trimmed;
    let from = words.length - 1;
    while (from > 1 && /^\p{Lu}{2,}(?:-\p{Lu}{2,})?$/u.test(words[from - 1]!)) from--;
    return [...words.slice(0, from), displayName(words.slice(from).join(' '))].join(' ');
  }
  return (
    trimmed
      // (Turkish "İ" lower-cases to "i" and a combining dot: the name's "i" is the plain letter.)
      .replace(/İ/g, 'I')
      .toLowerCase()
      .replace(/(^|[\s'’-])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase())
      // "MCDONALD" -> "McDonald": the letter after "Mc" is a capital ("Mac" is left alone: Mack, Macy).
      .replace(/\bMc(\p{Ll})/gu, (_, letter: string) => `Mc${letter.toUpperCase()}`)
      // "JOÃO DA SILVA", "NURUL AIN BINTI ZAKARIA": the particles inside a name are written in lower case.
      .replace(/(?<=\S\s)(?:Da|Das|Do|Dos|De|Del|Della|Di|Du|Der|Den|Van|Von|La|Bin|Binti|Bte)(?=\s\S)/g, (particle: string) => particle.toLowerCase())
  );
}

/**
 * The publication a collective byline names: "WorldTribune Staff" -> "WorldTribune", "Gazette News Desk" ->
 * "Gazette". Section desks ("Web Desk", "Sports Desk") name no publication; "X Wire" is an outlet's own name
 * ("The Lakeshore Wire"), not its staff, while "X wire services" are.
 */
export function publisherOfCollectiveByline(name: string): string | null {
  // "Redactie Omroep Veenland": the desk word before the outlet's name (or the Turkish desk's two, "Haber Merkezi").
  const desk = EDITORIAL_DESK.exec(name.trim()) ? /^(?:haber\s+(?:merkezi|masası)|(?!haber\s)\S+)\s+(\p{Lu}.*)$/iu.exec(name.trim().replace(/^la\s+/i, '')) : null;
  if (desk) return desk[1]!;
  const m = /^(.+?)\s+(?:staff(?: writers?| reporters?| reports?)?|newsroom|news desk|web desk|digital desk|desk|editors|editorial board|editorial team|wire services?|reporters|team)$/i.exec(name.trim());
  if (!m) return null;
  let outlet = m[1]!.trim();
  // "Courier Regional Desk", "Gazette Digital Team": the desk's or team's beat is not part of the publication's name.
  if (/\b(?:desk|team|newsroom)$/i.test(name.trim())) {
    const words = outlet.split(/\s+/);
    while (words.length > 1 && ROLE_QUALIFIERS.test(words[words.length - 1]!)) words.pop();
    outlet = words.join(' ');
  }
  if (!/^\p{Lu}/u.test(outlet) || ROLE_QUALIFIERS.test(outlet) || /^(?:the|our|by|web|news|online|digital|sports?|business|city|metro|world|national|foreign|international|politics|entertainment|lifestyle|features|tech|science|health|editorial)$/i.test(outlet)) {
    return null;
  }
  return outlet;
}

/**
 * "Harbour Gazette Team", "Metro Desk", "Newsroom": a credit to a desk or team of the outlet, which names the
 * outlet but no author ("Gazette Staff" stays the author it always was in bylines).
 */
export function isDeskCredit(name: string): boolean {
  if (EDITORIAL_DESK.test(name.trim())) return true;
  return /(?:^|\s)(?:desk|news desk|newsdesk|newsroom|team|editorial team|editorial board)$/i.test(name.trim());
}
