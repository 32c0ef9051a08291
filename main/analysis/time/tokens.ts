/**
 * A linear tokeniser for the temporal grammar: words (letters), digit runs and single
 * other characters, with offsets and whether whitespace / a line break precedes them.
 * A hand-written scan (ASCII fast path, Unicode letter test otherwise): no backtracking.
 */

export interface Token {
  /** Raw text of the token. */
  text: string;
  /** Lower-cased text (same as text for numbers and symbols). */
  lower: string;
  start: number;
  end: number;
  kind: 'word' | 'number' | 'other';
  /** Whitespace separates it from the previous token. */
  spaced: boolean;
  /** A line break separates it from the previous token. */
  newline: boolean;
}

const LETTER = /\p{L}/u;
const SPACE = /\s/u;

const enum CharClass {
  Space,
  Letter,
  Digit,
  Other,
}

function classify(code: number, text: string, index: number): CharClass {
  if (code < 128) {
    if (code >= 48 && code <= 57) return CharClass.Digit;
    if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return CharClass.Letter;
    if (code === 32 || (code >= 9 && code <= 13)) return CharClass.Space;
    return CharClass.Other;
  }
  // Cache the Unicode classification of BMP code units (surrogates classify as Other).
  const cached = UNICODE_CLASSES[code];
  if (cached !== 0 && cached !== undefined) return cached - 1;
  const char = text[index] as string;
  const found = LETTER.test(char) ? CharClass.Letter : SPACE.test(char) ? CharClass.Space : CharClass.Other;
  UNICODE_CLASSES[code] = found + 1;
  return found;
}

const UNICODE_CLASSES = new Uint8Array(65536);

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const length = text.length;
  let index = 0;
  let previousEnd = 0;
  let newline = false;
  while (index < length) {
    const code = text.charCodeAt(index);
    const kind = classify(code, text, index);
    if (kind === CharClass.Space) {
      if (code === 10) newline = true;
      index++;
      continue;
    }
    const start = index;
    if (kind === CharClass.Other) {
      // One symbol; keep a surrogate pair together.
      index += code >= 0xd800 && code <= 0xdbff && index + 1 < length ? 2 : 1;
    } else {
      index++;
      while (index < length && classify(text.charCodeAt(index), text, index) === kind) index++;
    }
    const raw = text.slice(start, index);
    const tokenKind = kind === CharClass.Letter ? 'word' : kind === CharClass.Digit ? 'number' : 'other';
    tokens.push({
      text: raw,
      lower: tokenKind === 'word' ? raw.toLowerCase() : raw,
      start,
      end: index,
      kind: tokenKind,
      spaced: start > previousEnd,
      newline,
    });
    previousEnd = index;
    newline = false;
  }
  return tokens;
}
