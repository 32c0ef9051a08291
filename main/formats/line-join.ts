/**
 * Lines of a wrapped paragraph joined into one text, as a PDF's lines and a hard-wrapped text file's are. A word
 * hyphenated at a line end is put back together unless the document writes it with its hyphen elsewhere; a soft
 * hyphen always goes; dashes and scripts written without spaces join without one.
 */
import { longestKnownWord } from './names';

/** Joins a line to the text before it. Looks only at the text's last word and the character after it. */
export function joinLines(before: string, next: string, vocabulary: ReadonlySet<string>): string {
  if (before.endsWith('\u00ad')) return before.slice(0, -1) + next;
  const hyphen = /(\p{L}+(?:-\p{L}+)*)[-\u2010]$/u.exec(before);
  if (hyphen) {
    const head = hyphen[1]!;
    const tail = /^\p{L}+/u.exec(next)?.[0];
    if (tail && /^\p{Ll}/u.test(tail)) {
      const lastPart = head.split('-').pop()!;
      const hyphenated = `${lastPart}-${tail}`.toLowerCase();
      const joined = `${lastPart}${tail}`.toLowerCase();
      const keep = vocabulary.has(hyphenated) && !vocabulary.has(joined);
      return keep ? before.slice(0, -1) + '-' + next : before.slice(0, -1) + next;
    }
    // "Franco-" + "German", "pre-" + "2020": a real hyphen.
    return before + next;
  }
  if (/[\u2013\u2014/]$/.test(before)) return before + next;
  // Scripts written without spaces (Chinese, Japanese) join lines directly.
  if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]$/u.test(before) && /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(next)) {
    return before + next;
  }
  return `${before} ${next}`;
}

/**
 * A paragraph joined line by line. A join looks at and changes only the text's last word and the character after
 * it, so the text is kept as the pieces done with and that open end: a paragraph of many lines costs its length,
 * not its length once per line (which a string grown and searched from its end at every line does).
 */
export class JoinedLines {
  private readonly done: string[] = [];
  private open = '';

  constructor(
    first: string,
    private readonly vocabulary: ReadonlySet<string>,
  ) {
    this.setEnd(first);
  }

  /** The text's end: its last word, whole, and the character after it (or the whole text while it is short). */
  get end(): string {
    return this.open;
  }

  /** Puts in the end's place what it became with the next line after it (by `joinLines` or another join). */
  setEnd(joined: string): void {
    // A soft hyphen taken off with nothing after it can leave no end: the last piece done with is the end again.
    if (joined === '' && this.done.length > 0) joined = this.done.pop()!;
    const at = lastWordStart(joined, this.vocabulary);
    if (at > 0) this.done.push(joined.slice(0, at));
    this.open = joined.slice(at);
  }

  /** Joins the next line as `joinLines` does. */
  add(next: string): void {
    this.setEnd(joinLines(this.open, next, this.vocabulary));
  }

  get text(): string {
    return this.done.join('') + this.open;
  }
}

/** A word this long is kept whole without asking how long the longest word a lookup could find is. */
const SHORT_WORD = 64;
const longestWords = new WeakMap<ReadonlySet<string>, number>();

/** The length of the longest word a lookup could find: in the vocabulary or the lexicon (lowercase is never shorter). */
function longestWordOf(vocabulary: ReadonlySet<string>): number {
  let longest = longestWords.get(vocabulary);
  if (longest === undefined) {
    longest = longestKnownWord();
    for (const word of vocabulary) longest = Math.max(longest, word.length);
    longestWords.set(vocabulary, longest);
  }
  return longest;
}

/**
 * Where a text's last word starts, the character after it (the text's last) counted in: back to the first
 * character that is no letter, so the word is whole whatever came before. Of a word longer than any the vocabulary
 * or the lexicon holds, only as much is kept as shows it is longer: every lookup of it fails alike.
 */
function lastWordStart(text: string, vocabulary: ReadonlySet<string>): number {
  let at = text.length - codePointBefore(text, text.length).length;
  let letters = 0;
  let longest: number | null = null;
  while (at > 0) {
    const char = codePointBefore(text, at);
    if (!isLetter(char)) break;
    at -= char.length;
    letters += char.length;
    if (letters > SHORT_WORD && letters > (longest ??= longestWordOf(vocabulary))) break;
  }
  return Math.max(at, 0);
}

function isLetter(char: string): boolean {
  const code = char.charCodeAt(0);
  if (code < 0x80) return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  return /^\p{L}$/u.test(char);
}

/** The character that ends at `at` (both halves of a surrogate pair), or '' at the start. */
function codePointBefore(text: string, at: number): string {
  if (at <= 0) return '';
  const low = text.charCodeAt(at - 1);
  const high = at >= 2 ? text.charCodeAt(at - 2) : 0;
  return low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? text.slice(at - 2, at) : text.slice(at - 1, at);
}
