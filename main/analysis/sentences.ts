/**
 * Sentence and paragraph spans of an article body. Rule-based: a sentence ends at . ! ? (plus any
 * closing quotes/brackets) followed by white space and something that can start a sentence, unless
 * the word before the stop is a known abbreviation (Mr., Feb., Inc., U.S. before a name ...).
 * A paragraph break (blank line or single newline) always ends a sentence.
 */

export interface TextSpan {
  start: number;
  end: number;
}

/** Abbreviations after which a period does not end the sentence (lower case, without the period). */
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof sr jr st mt gen lt col maj capt cmdr adm sgt sen rep gov pres rev hon fr atty cllr supt insp brig ' +
    'inc corp ltd co bros plc llc vs etc al approx dept univ assn est fig no nos vol ed eds ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun ' +
    'ave blvd rd ft calif fla ill mass mich penn tex wash ariz colo conn ala ark kan ky md minn mont neb nev okla wis wyo ' +
    'e.g i.e a.m p.m u.s u.k u.n e.u d.c n.v s.a u.s.a'
  ).split(' '),
);

/** Words that, capitalised after "U.S." or "Inc.", show that a new sentence began. */
const SENTENCE_OPENERS = new Set(
  'The A An It He She They We I This That These Those But And In On At As If When While After Before However Its His Her Their There Then Now Still Yet So'.split(' '),
);

const CLOSERS = '"\'”’)]»';

export function paragraphSpans(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  const re = /[^\n]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    let start = m.index;
    let end = start + m[0].length;
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start) spans.push({ start, end });
  }
  return spans;
}

/** Sentences of `text`, trimmed, in order. Work is linear in the text length. */
export function splitSentences(text: string): TextSpan[] {
  const sentences: TextSpan[] = [];
  for (const para of paragraphSpans(text)) splitParagraph(text, para, sentences);
  return sentences;
}

function splitParagraph(text: string, para: TextSpan, out: TextSpan[]): void {
  let sentenceStart = para.start;
  const stop = /[.!?…]+/g;
  stop.lastIndex = para.start;
  let m: RegExpExecArray | null;
  while ((m = stop.exec(text)) && m.index < para.end) {
    let end = m.index + m[0].length;
    while (end < para.end && CLOSERS.includes(text[end]!)) end++;
    if (end >= para.end) break;
    if (!/\s/.test(text[end]!)) continue; // "U.S.-led", "3.5", "Detik.com"
    let next = end;
    while (next < para.end && /\s/.test(text[next]!)) next++;
    if (next >= para.end) break;
    const nextChar = text[next]!;
    if (!/[\p{Lu}\p{N}"'“‘(\[]/u.test(nextChar)) continue; // lower-case continuation
    if (m[0] === '.' && !isSentenceEndingPeriod(text, m.index, next, sentenceStart)) continue;
    pushTrimmed(text, sentenceStart, end, out);
    sentenceStart = next;
    stop.lastIndex = next;
  }
  pushTrimmed(text, sentenceStart, para.end, out);
}

function isSentenceEndingPeriod(text: string, dot: number, next: number, sentenceStart: number): boolean {
  // The word before the period, e.g. "Mr", "U.S", "J" (an initial).
  let wordStart = dot;
  while (wordStart > sentenceStart && /[\p{L}\p{N}.]/u.test(text[wordStart - 1]!)) wordStart--;
  const word = text.slice(wordStart, dot);
  if (!word) return true;
  const lower = word.toLowerCase();
  const nextWord = /^[\p{L}]+/u.exec(text.slice(next, next + 20))?.[0] ?? '';
  if (/^\p{Lu}$/u.test(word)) return false; // an initial: "Michael M. Sears"
  if (ABBREVIATIONS.has(lower) || /^(\p{L}\.)+\p{L}$/u.test(word)) {
    // "U.S. officials" stays together; "in the U.S. The company ..." splits.
    return SENTENCE_OPENERS.has(nextWord);
  }
  return true;
}

function pushTrimmed(text: string, start: number, end: number, out: TextSpan[]): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) out.push({ start, end });
}

/** Index of the span containing `offset` (binary search over sorted, disjoint spans); -1 if none. */
export function spanIndexAt(spans: readonly TextSpan[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
