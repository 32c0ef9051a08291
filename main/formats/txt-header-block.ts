/**
 * The article's header in a plain-text copy, found by shape wherever it sits: a short block of short lines near
 * the story's first paragraph of prose (above it, under a standfirst or a caption, or after the story), holding a
 * headline-shaped line, a credit-shaped line and a date-shaped line among the page's furniture (menus, share rows,
 * counters). Each line is scored by its features (length, case, closing punctuation, what the date and credit
 * readers make of it) and each headline-shaped line by the block around it, its credit and date and its distance to
 * the first paragraph; the best block gives the title, date, credit and publisher. parseTxt() uses it where the
 * readers of particular shapes found nothing or a title that is no headline.
 */
import type { PublishedDate } from '../../shared/model';
import { isTodayBar } from './dates';
import { isCreditLabel, readByline, withAuthorsAdded, type HeaderInfo } from './byline';
import { FIRST_PUBLISHED } from './first-published';
import { isCaption } from './furniture';
import { CASELESS_SCRIPT_LETTERS, classifyName, isDeskCredit, isSpecialToLine, publisherOfCollectiveByline } from './names';
import { isProse, MAX_HEADER_LINE } from './prose';
import { isArticleTool } from './txt-lines';

export interface HeaderBlock {
  /** The headline, as typed. */
  title: string | null;
  /** Its line, or the first header line of a block without a headline. */
  line: number;
  /** The headline's own line (a credit or date set above it makes `line` smaller). */
  headlineLine: number;
  /** The line after the block's last header line (headline, credit or date). */
  end: number;
  authors: string[];
  publisher: string | null;
  publishedAt: PublishedDate | null;
  score: number;
  /** The line of a standfirst in sentences between the headline and its credit or date, if any. */
  standfirst: number | null;
}

export interface HeaderBlockReaders {
  /** The header-line reader (dates with their labels, "By" credits). */
  read: (line: string) => HeaderInfo | null;
  /** Page furniture: share rows, counters, reading times, labels. */
  isFurniture: (line: string) => boolean;
  /** An outlet's nameplate ("The Harbour Times"). */
  isNameplate: (line: string) => boolean;
}

/** How far (in lines) from the top the header is looked for, and how many lines at the end. */
const MAX_TOP_LINES = 80;
const MAX_END_LINES = 20;
/** How far over a headline, past a menu, an e-paper's folio may set the day ("6 | THE GAZETTE | THURSDAY, ..."). */
const MAX_FOLIO_DISTANCE = 6;
/** Neighbouring lines of a headline that belong to its block (furniture lines not counted). */
const LINES_ABOVE = 3;
const LINES_BELOW = 5;
/** The most lines (blank and furniture lines included) a block spans on either side of its headline. */
const MAX_SPAN = 30;
/** The most words a headline has: tabloid sites' run to thirty ("Hospitals in four regions told to ... a month early"). */
const MAX_HEADLINE_WORDS = 30;
/** A rule drawn between sections: "———", "* * *", "____". */
const SECTION_RULE = /^(?:[-—–_=~*·•]\s?){3,}$/;
/** Short lines (a second deck line, a share label) that may lie between a standfirst and the credit under it. */
const MAX_LINES_AFTER_STANDFIRST = 2;
/** The longest standfirst read as part of a header block. */
const MAX_STANDFIRST = 320;

/** Words a headline does not end with ("News provided by", "Voice of the"): the line goes on in the next. */
const JOINING_WORD = /\s(?:a|an|the|of|by|with|from|and|or|but|amid|than|its|their|his|her|my|our)$/i;
/** Words a headline seldom ends with, unless a verb's ("Talks drag on", "Council steps in"). */
const PARTICLE_END = /\s(?:in|on|at|to|for|into|over|after|as|against|about)$/i;
/**
 * Words of grammar that title-case headlines capitalise and menus of sections and places lack; and the auxiliaries and
 * adverbs an Indonesian or Malay headline capitalises ("Akan", "Masih", "Mulai", "Belum": will, still, begins, not yet).
 */
const FUNCTION_WORD = /^(?:a|an|the|of|in|on|at|to|for|by|with|from|into|over|after|as|and|or|but|amid|against|about|is|are|was|were|be|has|have|will|after|before|new|not|no|up|out|off|says?|said|akan|sudah|telah|masih|mulai|tidak|tak|belum|bakal|sedang|harus|bisa|dapat|usai|jelang|hingga)$/i;
/** Separators of a menu or share row ("News · Sport", "Home | World"), or a wide gap between items. */
const ROW_SEPARATOR = /\s[·•|»›]\s|\S {2,}\S|\t/;

/** A line whose first letter is one of a script without capitals (perhaps after a figure: "6 معديات ..."). */
const CASELESS_START = new RegExp(String.raw`^[^\p{L}]{0,12}[${CASELESS_SCRIPT_LETTERS}]`, 'u');

/**
 * How much a line looks like a headline: 3 to 30 words in title or sentence case, no closing full stop, colon or
 * joining word, no second sentence, no menu separators. Below zero when it is none.
 */
export function headlineShape(text: string, capitals = false): number {
  if (text.length < 12 || text.length > MAX_HEADER_LINE) return -1;
  const words = text.split(/\s+/);
  if (words.length < 3 || words.length > MAX_HEADLINE_WORDS) return -1;
  if (/[.,;:]$/.test(text) || JOINING_WORD.test(text) || ROW_SEPARATOR.test(text) || SOURCE_LINE.test(text)) return -1;
  // (A script without capitals, Arabic, Persian, Hebrew, Devanagari, Bengali, Ethiopic, Georgian: any letter opens it,
  // and it is in sentence case throughout.)
  const caseless = CASELESS_START.test(text);
  if (!caseless && !/^[\p{Lu}\p{N}‘'“"]/u.test(text)) return -1;
  // An address ("From: The Gazette <news@gazette.example>", a link): a mail's or a page's field, not a headline.
  if (/\S@\S+\.\p{L}|https?:\/\/|\bwww\./u.test(text)) return -1;
  // Two sentences ("Good morning! Here is the news.") are no headline, unless both are a headline's length (as Central
  // European outlets join a headline and its second part: "Crowds at the cemeteries. Police count the cost").
  const sentences = text.split(/(?<=\p{Ll}{2}[.!?])\s+(?=\p{Lu})/u);
  if (sentences.length > 1 && !(sentences.length === 2 && sentences.every((part) => part.split(/\s+/).length >= 4))) return -1;
  const rest = words.slice(1).filter((w) => /\p{L}/u.test(w));
  const lower = rest.filter((w) => /^\p{Ll}/u.test(w)).length;
  // Every word capitalised and no word of grammar: a row of sections or places, a name ("Karachi Lahore Multan").
  if (!caseless && lower === 0 && !rest.some((w) => FUNCTION_WORD.test(w)) && !(capitals && !/\p{Ll}/u.test(text))) return -1;
  // In capitals: a label or a nameplate rather than a headline, unless the caller knows it heads the story.
  if (!caseless && !capitals && !/\p{Ll}/u.test(text)) return -1;
  // Mostly numbers: a counter row ("12 reposts 3 quotes 48 likes"), a table's row.
  if (words.filter((w) => /^[\d.,:%+-]+$/.test(w)).length * 3 >= words.length) return -1;
  let score = 2;
  if (words.length >= 5 && words.length <= 16) score += 1;
  // A field's or kicker's label before a colon ("Title: ...", "Feed: ...", "BREAKING: ..."), a list's number.
  if (/^(?:\S+\s?){1,2}:\s|^\d{1,2}[.)]\s/u.test(text.slice(0, 40))) score -= 1;
  if (PARTICLE_END.test(text)) score -= 0.5;
  return score;
}

/** The verbs of saying a Persian overline ends with: "خبر داد" (announced), "گفت" (said), "اعلام کرد", "تاکید کرد"... */
const PERSIAN_OVERLINE = /\s(?:خبر داد|گفت|اعلام کرد|عنوان کرد|تاکید کرد|تأکید کرد|مطرح کرد|اظهار کرد|بیان کرد)$/u;

/** A Persian overline (rotitr): who told the news, set over the headline ("مدیرکل میراث فرهنگی خبر داد"). */
export function isOverline(text: string): boolean {
  return PERSIAN_OVERLINE.test(text.trim());
}

interface LineFacts {
  authors: string[];
  publisher: string | null;
  publishedAt: PublishedDate | null;
  dated: boolean;
  credit: boolean;
  /** Its credit has a label ("By ...") or shares the line with a date. */
  labelled: boolean;
}

const NONE: LineFacts = { authors: [], publisher: null, publishedAt: null, dated: false, credit: false, labelled: false };

/** A wiki page's keepers: "Owned by NAME", "Created by NAME", "Last updated: Mar 16, 2029 by NAME", "Edited by NAME 2 hours ago". */
const PAGE_KEEPER = /^(?:owned by|created by|(?:last\s+)?(?:updated|edited|modified)\b.{0,40}\bby)\s+\p{Lu}/iu;

/** "short by NAME", "posted by NAME": a lower-case word before "by" opens a credit as "By" does. */
const LOWER_BY = /^\p{Ll}+\s+by\s+(?=\p{Lu})/u;
/** Parts of a combined credit and date line ("By NAME / 09:41 pm on 18 Apr 2024", "NAME | 12 March 2024"). */
const PART_SEPARATOR = /\s+[/|·•]\s+/;

/** What a short line says as a header line: a date, a credit (labelled, or a bare name), an outlet. */
function factsOf(text: string, readers: HeaderBlockReaders): LineFacts {
  // (A photo's caption names its photographer, no writer: "... Photo: The Gazette / Jane Roe".)
  if (text.length > MAX_HEADER_LINE || isCaption(text)) return NONE;
  // (Nor does a wiki's or a shared document's page header name one: "Owned by Jane Roe", "Last updated: Mar 16 by John Doe".)
  if (PAGE_KEEPER.test(text)) return NONE;
  const facts: LineFacts = { authors: [], publisher: null, publishedAt: null, dated: false, credit: false, labelled: false };
  const parts = [text, ...(PART_SEPARATOR.test(text) ? text.split(PART_SEPARATOR) : [])];
  for (const raw of parts) {
    // "18 Apr 2024,Thursday": a comma without its space.
    const part = raw.replace(LOWER_BY, 'By ').replace(/,(?=\p{L})/gu, ', ').trim();
    if (part === '') continue;
    const info = readers.read(part);
    if (info) {
      if (info.publishedAt && !facts.publishedAt) facts.publishedAt = info.publishedAt;
      if (info.publishedAt || info.modifiedAt) facts.dated = true;
      if (info.authors.length > 0 && facts.authors.length === 0) {
        facts.authors = info.authors;
        facts.labelled = true;
      }
      // (A "By" credit names its outlet after it, or before it: "Harbour Radio | By Jane Roe"; or a name in quotation
      // marks after the writer's does, "Jane Roe, „The Harbour Post“".)
      if (info.publisher && (/^by\s|\|\s+by\s/i.test(part) || /,\s*[„“"«][^„“”"«»]+[“”"»]$/u.test(part))) facts.publisher ??= info.publisher;
    }
    // (A page's tool or share button, "Copy Link", is no bare name.)
    if (facts.authors.length === 0 && part.length <= 80 && !/[.!?]$/.test(part) && !isArticleTool(part)) {
      const byline = readByline(part, { labelRequired: !/^\p{Lu}/u.test(part) });
      // A bare name of two to four words ("Jane Roe"), or a name with its outlet ("Jane Roe | The Gazette").
      const labelled = /^by\s/i.test(part);
      // (A name with its job after it, "Jane Roe Health correspondent", is in sentence case like a headline; so are
      // several full names joined, "Jane Roe, John Doe and Agency", a credit all the same.)
      const names = byline?.authors ?? [];
      const bare = headlineShape(part) < 0 || classifyName(part) === 'role' || (names.length >= 2 && names.every((a) => a.includes(' ')));
      if (byline && byline.authors.length > 0 && (labelled || (bare && byline.authors.every((a) => classifyName(a) === 'person')))) {
        facts.authors = byline.authors;
        facts.publisher ??= byline.publisher;
        facts.labelled = labelled;
      }
    }
  }
  // (A desk's credit, "Redacción La Voz", names no one but stands where a byline does.)
  facts.credit = facts.authors.length > 0 || isDeskCredit(text);
  if (facts.authors.length === 0 && isDeskCredit(text)) facts.publisher ??= publisherOfCollectiveByline(text);
  if (facts.credit && facts.dated) facts.labelled = true;
  return facts;
}

/** A line that says nothing: blank, furniture, a credit's label over its names, or a word or two that are no credit or date. */
function isFiller(text: string, facts: LineFacts, readers: HeaderBlockReaders): boolean {
  if (text === '' || isCreditLabel(text)) return true;
  if (facts.credit || facts.dated) return false;
  return text.length <= MAX_HEADER_LINE && (readers.isFurniture(text) || text.split(/\s+/).length <= 2);
}

/** A photographer's role on a line of its own under her name, in the languages of the pages: "Photographer", "Fotograf". */
export const PICTURE_ROLE_LINE = /^(?:(?:staff |chief )?photographer|photojournalist|photo(?:graphy)?|fotograf(?:in|o|a|ie)?|fotó(?:s)?|photographe|fotógraf[oa]|fotoreporter|kuvaaja|valokuvaaja|camera|videographer)$/i;

/**
 * Whether the name at line `k` is the next of writers' cards: role or outlet lines (and blank ones) alone since the
 * last card at `end`, and a writer's role (not a photographer's) or the outlet's name under the name.
 */
function isCardOfWriter(texts: readonly string[], end: number, k: number): boolean {
  // (Or the outlet's name under each writer's, "Jane Roe" / "Harbour Courier" / "John Doe" / "Harbour Courier".)
  const isCardLine = (t: string) => ['role', 'outlet'].includes(classifyName(t)) && !PICTURE_ROLE_LINE.test(t);
  const between = texts.slice(end, k).filter((t) => t !== '');
  if (between.length === 0 || !between.every(isCardLine)) return false;
  const under = texts.slice(k + 1).find((t) => t !== '');
  return under !== undefined && isCardLine(under);
}

/**
 * The best header block of `lines`, or null when no block has a headline-shaped line with a credit or a date by
 * it. `lines` are the copy's lines, trimmed of marks.
 */
export function findHeaderBlock(lines: readonly string[], readers: HeaderBlockReaders): HeaderBlock | null {
  const texts = withWrappedProseJoined(lines.map((l) => (l.length > MAX_HEADER_LINE * 4 ? l : l.trim())));
  const firstProse = texts.findIndex((t) => t !== '' && isProse(t));
  if (firstProse < 0) return null;
  // Prose lines above each line: the header sits above the first paragraph, or under a standfirst or caption.
  const proseAbove: number[] = [];
  let count = 0;
  for (let k = 0; k < texts.length; k++) {
    proseAbove.push(count);
    if (texts[k] !== '' && isProse(texts[k]!)) count++;
  }
  const candidates: number[] = [];
  for (let k = 0; k < Math.min(texts.length, MAX_TOP_LINES); k++) if (proseAbove[k]! <= 2) candidates.push(k);
  for (let k = Math.max(MAX_TOP_LINES, texts.length - MAX_END_LINES); k < texts.length; k++) candidates.push(k);

  const factCache = new Map<number, LineFacts>();
  const facts = (k: number) => {
    let f = factCache.get(k);
    if (!f) factCache.set(k, (f = texts[k] === '' || isProse(texts[k]!) ? NONE : factsOf(underCreditLabel(texts, k) ? `By ${texts[k]}` : texts[k]!, readers)));
    return f;
  };
  let best: HeaderBlock | null = null;
  for (const h of candidates) {
    const text = texts[h]!;
    const shape = headlineShape(text);
    // (Nor a desk's credit, "Redacción La Voz", which names the outlet in a headline's case.)
    // (Nor a Persian overline, which heads the headline under it: "X خبر داد".)
    if (shape < 0 || readers.isFurniture(text) || isCaption(text) || isDeskCredit(text) || isSpecialToLine(text) || isOverline(text)) continue;
    const own = facts(h);
    if (own.dated || own.credit) continue;
    let score = shape;
    let authors: string[] = [];
    let publisher: string | null = null;
    let publishedAt: PublishedDate | null = null;
    let dated = false;
    let end = h + 1;
    let first = h;
    // Below: credit and date lines, a standfirst, furniture; up to the first prose line.
    let seen = 0;
    let standfirst: number | null = null;
    let creditSeen = 0;
    for (let k = h + 1; k < texts.length && k <= h + MAX_SPAN && seen < LINES_BELOW; k++) {
      const t = texts[k]!;
      if (standfirst !== null && isCaption(t)) continue;
      if (t !== '' && isProse(t)) {
        // A standfirst in sentences right under the headline, with the credit or the date under it (perhaps past a
        // second deck line or a share label).
        const next = lineAfterStandfirst(texts, k, facts);
        const after = next < 0 || isProse(texts[next]!) || SECTION_RULE.test(texts[next]!) ? NONE : facts(next);
        if (seen > 0 || standfirst !== null || t.length > MAX_STANDFIRST || !(after.credit || after.dated)) break;
        standfirst = k;
        seen++;
        continue;
      }
      const f = facts(k);
      if (isFiller(t, f, readers)) continue;
      seen++;
      if (f.credit && authors.length === 0) {
        creditSeen = seen;
        authors = f.authors;
        publisher ??= f.publisher;
        score += (f.labelled ? 3.5 : 2.5) - seen * 0.2;
        end = k + 1;
      } else if (f.credit && /^(?:and|&)$/i.test(texts[filledAbove(texts, k)] ?? '') && filledAbove(texts, filledAbove(texts, k)) === end - 1) {
        // Names on lines of their own with "and" on the line between ("Jane Roe" / "and" / "John Doe").
        authors = withAuthorsAdded(authors, f.authors);
        end = k + 1;
      } else if (f.credit && !f.labelled && f.publisher === null && authors.length > 0 && k >= end && isCardOfWriter(texts, end, k)) {
        // Writers' cards one under another, each a name over its role ("Jane Roe" / "Senior Reporter" / "John Doe" /
        // "Data Editor"): every card's name is a writer (not a photographer's, "Max Roe" / "Photographer").
        // (The cards count as the one credit line they stand for, so that the date under them is still read.)
        authors = withAuthorsAdded(authors, f.authors);
        end = k + 1;
        seen = creditSeen;
      }
      if (f.dated && !dated) {
        dated = true;
        publishedAt = f.publishedAt;
        score += 2.5 - seen * 0.2;
        end = k + 1;
      } else if (f.dated) {
        // An update's line under the date line ("Updated ..."): the block goes on.
        publishedAt ??= f.publishedAt;
        if (k === end || texts.slice(end, k).every((t) => t === '')) end = k + 1;
      }
    }
    // An update's line right under the block's last line, past the lines counted ("Updated: ..."): the block goes on.
    for (let k = end; dated && k < texts.length; k++) {
      if (texts[k] === '') continue;
      const f = facts(k);
      if (!f.dated || f.credit) break;
      end = k + 1;
    }
    // Above: a date or credit set over the headline (a wire's "News provided by" block, a dateline bar).
    seen = 0;
    let run = 0;
    let menuBetween = false;
    for (let k = h - 1; k >= 0 && k >= h - MAX_SPAN && seen < LINES_ABOVE; k--) {
      const t = texts[k]!;
      // (A rule sets another section apart: a newsletter's contents over its lead story.)
      if ((t !== '' && isProse(t)) || SECTION_RULE.test(t)) break;
      const f = facts(k);
      if (isFiller(t, f, readers)) {
        menuBetween ||= t !== '' && !readers.isFurniture(t);
        continue;
      }
      seen++;
      // The lower of two headline-shaped lines is a standfirst under its headline; of a run of them (a headline over
      // its summary lines, as tabloid sites set them), the top one is the headline. (Not across a menu's or a
      // section's words: a line above them is the page's, "The Gazette - Back to home".)
      if (seen === run + 1 && !menuBetween && headlineShape(t) >= 0 && !isOverline(t) && !f.dated && !f.credit && !readers.isNameplate(t)) {
        run++;
        score -= 1.5;
      }
      if (f.credit && f.labelled && authors.length === 0) {
        authors = f.authors;
        publisher ??= f.publisher;
        score += 2.5 - seen * 0.3;
        first = k;
      }
      // (Not a top bar's today's date far over the menu: the day the page was seen.)
      if (f.dated && !dated && !(menuBetween && h - k > MAX_FOLIO_DISTANCE && isTodayBar(t))) {
        dated = true;
        publishedAt = f.publishedAt;
        score += 2.5 - seen * 0.3;
        first = k;
      }
    }
    if (authors.length === 0 && !dated) continue;
    // A headline the copy repeats (a share text, a post quoting it, a title bar) is the story's.
    if (repeated(texts, h)) score += 1.5;
    // Near the first paragraph of prose, above it rather than after it.
    score -= proseAbove[h]! * 0.75;
    let gap = 0;
    for (let k = end; k < firstProse; k++) if (!isFiller(texts[k]!, facts(k), readers)) gap++;
    if (proseAbove[h] === 0) score -= Math.max(0, gap - 3) * 0.3;
    if (h >= MAX_TOP_LINES || proseAbove[h]! > 2) score -= 2;
    // The outlet's nameplate right above the headline (a link card's, a page's).
    for (let k = h - 1; k >= 0 && k >= h - 3; k--) {
      const t = texts[k]!;
      if (t === '') continue;
      if (t.length <= 60 && readers.isNameplate(t)) publisher ??= t;
      break;
    }
    if (!best || score > best.score) best = { title: text, line: Math.min(first, h), headlineLine: h, end, authors, publisher, publishedAt, score, standfirst };
  }
  return best;
}

/**
 * The credit and date lines right above the first paragraph of prose, when no headline stands by them (its line
 * carries marks of a tool the block reader does not know): the nearest labelled credit and date among the last
 * few lines above it.
 */
export function headerAboveProse(lines: readonly string[], readers: HeaderBlockReaders): { authors: string[]; publishedAt: PublishedDate | null } {
  const found = { authors: [] as string[], publishedAt: null as PublishedDate | null };
  const texts = lines.slice(0, MAX_TOP_LINES + 1).map((l) => (l.length > MAX_HEADER_LINE ? l : l.trim()));
  const firstProse = texts.findIndex((t) => t !== '' && isProse(t));
  let seen = 0;
  for (let k = firstProse - 1; k >= 0 && k >= firstProse - MAX_SPAN && seen < LINES_ABOVE; k--) {
    const f = factsOf(texts[k]!, readers);
    if (isFiller(texts[k]!, f, readers)) continue;
    seen++;
    found.publishedAt ??= f.publishedAt;
    if (found.authors.length === 0 && f.labelled) found.authors = f.authors;
  }
  return found;
}

/**
 * The first line after a standfirst at line `k` that is no short line between it and a credit (a second deck line, a
 * share label, a photo's caption, as pages that set the picture under the standfirst copy it): the credit or date
 * line, prose, a rule ("———" sets another section apart) or the line past the short ones allowed; -1 at the end.
 */
function lineAfterStandfirst(texts: readonly string[], k: number, facts: (n: number) => LineFacts): number {
  let shortLines = 0;
  for (let n = k + 1; n < texts.length; n++) {
    const u = texts[n]!;
    if (u === '') continue;
    if (isCaption(u) && shortLines < MAX_LINES_AFTER_STANDFIRST) {
      shortLines++;
      continue;
    }
    if (isProse(u) || SECTION_RULE.test(u) || facts(n).credit || facts(n).dated || ++shortLines > MAX_LINES_AFTER_STANDFIRST) return n;
  }
  return -1;
}

/** The length a line cut at a fixed width reaches at least (a "Save as text" copy, a mail wrapped at 72). */
const MIN_WRAPPED_LINE = 40;

/**
 * The lines with each paragraph wrapped at a fixed width joined on its first line (its other lines left blank, so
 * that line numbers stay): a wrapped paragraph's lines are no prose one by one. Short lines (a credit, a date) stay.
 */
function withWrappedProseJoined(texts: readonly string[]): string[] {
  const out = [...texts];
  for (let k = 0; k < out.length; ) {
    let e = k;
    while (e < out.length && out[e] !== '') e++;
    const group = out.slice(k, e);
    if (group.length >= 2 && group.slice(0, -1).every((t) => t.length >= MIN_WRAPPED_LINE && !isProse(t))) {
      const joined = group.join(' ');
      if (isProse(joined)) out.splice(k, group.length, joined, ...group.slice(1).map(() => ''));
    }
    k = Math.max(e, k + 1);
  }
  return out;
}

/** The nearest line above line `k` that is not blank, or -1. */
function filledAbove(texts: readonly string[], k: number): number {
  let above = k - 1;
  while (above >= 0 && texts[above] === '') above--;
  return above;
}

/** Whether line `k` holds the names a credit's label on the line above introduces ("Author of the article:" over "Jane Roe"). */
function underCreditLabel(texts: readonly string[], k: number): boolean {
  const above = filledAbove(texts, k);
  return above >= 0 && isCreditLabel(texts[above]!) && !/^by\s/i.test(texts[k]!);
}

/** Whether line `h` recurs inside another short line of the copy's top or end. */
function repeated(texts: readonly string[], h: number): boolean {
  const key = texts[h]!.toLowerCase();
  for (let k = 0; k < texts.length; k++) {
    if (k === h || (k >= MAX_TOP_LINES && k < texts.length - MAX_END_LINES)) continue;
    const t = texts[k]!;
    if (t.length > key.length && t.length <= MAX_HEADER_LINE * 2 && t.toLowerCase().includes(key)) return true;
  }
  return false;
}

/**
 * "Published in The Gazette, May 15th, 2024", "read more at The Gazette": the outlet's name in group 1; or a source in
 * brackets after a pasted story in the sharer's language, "(source: The Gazette)", "(nguồn: ...)": in group 2.
 */
const SOURCE_LINE = new RegExp(String.raw`^(?:(?:${FIRST_PUBLISHED}|published) in|read (?:more|the full (?:story|article)) (?:at|on|in))\s+(\p{Lu}[^,;|]{1,60}?)(?:,\s*.{0,40}?\d{4})?[.]?$|^[(\[]\s*(?:source|fuente|fonte|quelle|nguồn|sumber|kaynak|źródło|zdroj|izvor)\s*:\s*(\p{Lu}[^,;|()[\]]{1,60}?)\s*[)\]]$`, 'iu');

/** The label of a line naming where a pasted copy comes from, in the languages of the notes. */
const SOURCE_LABEL = String.raw`(?:source|fuente|fonte|quelle|bron|źródło|zdroj|izvor|kilde|källa|lähde|forrás|sursa|kaynak|manba|nguồn|sumber|источник|джерело)`;
/**
 * A line of its own naming where a pasted copy comes from, above it: "Source: The Gazette — gazette.example/...",
 * "Quelle: Der Bote", Uzbek "Manba: ...", Russian "Источник: ...". The outlet's name, or null.
 */
const LABELLED_SOURCE = new RegExp(String.raw`^${SOURCE_LABEL}\s*:\s*(\p{Lu}[^—–|,;:()]{1,60}?)\s*(?:\([^()]{1,40}\))?(?:\s+[—–|-]\s+\S+|,\s.{0,80})?$`, 'iu');
/** The same line giving the pasted copy's address alone: "Fuente: https://www.gazette.example/2029/06/12/story". */
const LABELLED_SOURCE_LINK = new RegExp(String.raw`^${SOURCE_LABEL}\s*:\s*<?(?:https?://|www\.)\S+$`, 'iu');
export function isLabelledSourceLink(text: string): boolean {
  return text.length <= 300 && LABELLED_SOURCE_LINK.test(text.trim());
}
/** The outlet a line naming a pasted copy's source gives, without the note-taker's description after a comma; or null. */
export function outletOfLabelledSource(text: string): string | null {
  return text.length <= 160 ? (LABELLED_SOURCE.exec(text.trim())?.[1]?.trim() ?? null) : null;
}

/** Whether a line is a source in brackets closing a pasted story: "(source: The Gazette)". */
export function isBracketedSource(text: string): boolean {
  return text.length <= 120 && SOURCE_LINE.exec(text.trim())?.[2] !== undefined;
}

/**
 * A line naming the outlet a story appeared in or is read at: "Published in The Gazette, May 15th, 2024",
 * "read more at The Gazette", "First published in The Gazette", "(source: The Gazette)". Returns the outlet's name, or null.
 */
export function outletOfSourceLine(text: string, isNameplate: (line: string) => boolean): string | null {
  if (text.length > 120) return null;
  const m = SOURCE_LINE.exec(text.trim());
  if (!m) return null;
  const name = (m[1] ?? m[2]!).trim();
  return isNameplate(name) || m[2] !== undefined ? name : null;
}
