/**
 * Titles of works in quotation marks: programmes, films, books, songs, columns (ABC's “This Week”, the film
 * “Next Friday”). News style puts such titles in quotes in plain text, so they look like quotations and may hold
 * calendar words; they are neither a quote nor a date.
 *
 * A quoted span is a title when it is short (at most eight words), written in title case (every word capitalised
 * but small function words), and stands inside a sentence rather than opening it (a quotation opening a sentence,
 * “Next Monday,” he said, is speech). A single word needs a word for a work next to it (“Today” show, the
 * film “Tomorrow”), since a one-word quote is as often speech.
 */
import type { TextSpan } from './sentences';

/** Nouns naming a work, written before or after its quoted title. */
const WORK_NOUNS = new Set(
  'show shows programme programmes program programs series film films movie movies book books novel novels album albums song songs column columns segment episode episodes podcast documentary newsletter play musical opera report'.split(' '),
);

/** Words left in lower case inside a title. */
const SMALL_WORDS = new Set('a an the and or nor but of in on at to for with by from as vs via per'.split(' '));

const MAX_TITLE_WORDS = 8;
const MAX_TITLE_LENGTH = 80;

/** Quoted titles in `text`, as the spans of their quoted words (without the marks or a trailing comma/period). */
export function quotedTitles(text: string): TextSpan[] {
  const titles: TextSpan[] = [];
  // A pair of marks on one line, with a bounded run of other characters between: linear, no backtracking.
  const pair = /[“"]([^“”"\n]{1,80})[”"]/g;
  let m: RegExpExecArray | null;
  while ((m = pair.exec(text))) {
    const open = m.index;
    const inner = m[1]!;
    const innerStart = open + 1;
    // The closing mark may be the opening of the next pair when a straight quote was left open: step back onto it.
    if (text[open] === '"' && /\S/.test(text[open - 1] ?? ' ') && !/[(\[\s—–-]/.test(text[open - 1] ?? ' ')) {
      pair.lastIndex = open + 1;
      continue;
    }
    const trimmed = inner.replace(/[\s,.;:!?]+$/u, '');
    if (!trimmed || trimmed.length > MAX_TITLE_LENGTH || /^\s/.test(trimmed)) continue;
    const words = trimmed.split(/\s+/);
    if (words.length > MAX_TITLE_WORDS || !isTitleCase(words)) continue;
    if (!insideSentence(text, open)) continue;
    if (words.length === 1 && !workNounNear(text, open, open + m[0].length)) continue;
    titles.push({ start: innerStart, end: innerStart + trimmed.length });
  }
  return titles;
}

function isTitleCase(words: readonly string[]): boolean {
  const capital = (w: string) => /^[\p{Lu}\p{N}]/u.test(w.replace(/^[(\['‘]+/u, ''));
  if (!capital(words[0]!) || !capital(words[words.length - 1]!)) return false;
  return words.every((w) => capital(w) || SMALL_WORDS.has(w.toLowerCase()));
}

/** The mark stands after other words of its sentence ("on ABC's “This Week”"), not at its start. */
function insideSentence(text: string, open: number): boolean {
  let i = open - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  if (i < 0 || text[i] === '\n') return false;
  return !/[.!?:;“"”]/.test(text[i]!);
}

function workNounNear(text: string, open: number, close: number): boolean {
  const after = /^\s+([\p{L}]+)/u.exec(text.slice(close, close + 20))?.[1]?.toLowerCase();
  const before = /([\p{L}]+)[’'s]*\s+$/u.exec(text.slice(Math.max(0, open - 20), open))?.[1]?.toLowerCase();
  return (after !== undefined && WORK_NOUNS.has(after)) || (before !== undefined && WORK_NOUNS.has(before));
}

/** Whether [start, end) lies inside one of the titles (sorted by start). */
export function insideTitle(titles: readonly TextSpan[], start: number, end: number): boolean {
  let lo = 0;
  let hi = titles.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = titles[mid]!;
    if (end <= t.start) hi = mid - 1;
    else if (start >= t.end) lo = mid + 1;
    else return start >= t.start && end <= t.end;
  }
  return false;
}
