/**
 * Accent folding for search, so that "cafe" finds "café" and "Sao Paulo" finds "São Paulo" (and
 * the reverse). Pure: the search engine folds index terms, queries and entity names with it.
 *
 * Diacritics are removed from Latin letters, whether the text has them precomposed (é) or as a
 * letter followed by combining marks (e + U+0301). The Latin letters that are not a letter plus a
 * diacritic fold by the usual convention (ß → ss, æ → ae, ø → o, ł → l). Other scripts are left
 * as they are: in Cyrillic or Greek a mark often makes another letter (й is not и).
 */

/** Latin letters that do not decompose into a base letter and marks. */
const SPECIAL: Record<string, string> = {
  ß: 'ss',
  ẞ: 'SS',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
  ø: 'o',
  Ø: 'O',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ð: 'd',
  Ð: 'D',
  þ: 'th',
  Þ: 'TH',
  ı: 'i',
  ħ: 'h',
  Ħ: 'H',
  ŧ: 't',
  Ŧ: 'T',
};
const SPECIAL_RE = new RegExp(`[${Object.keys(SPECIAL).join('')}]`, 'g');
/** Nothing to fold: no character above U+007F. */
const ASCII = /^[\x00-\x7f]*$/;
/** Combining diacritics after a Latin base letter (the base is ASCII once decomposed). */
const MARKS_AFTER_LATIN = /([A-Za-z])[\u0300-\u036f]+/g;

/** `s` without the diacritics of its Latin letters (case is kept). */
export function foldAccents(s: string): string {
  if (ASCII.test(s)) return s;
  return s
    .normalize('NFD')
    .replace(MARKS_AFTER_LATIN, '$1')
    .replace(SPECIAL_RE, (c) => SPECIAL[c]!)
    .normalize('NFC');
}

/** Latin letters with diacritics that fold to a single base letter (used by `foldKeepingLength`). */
const SAME_LENGTH_RANGES: [number, number][] = [
  [0x00c0, 0x024f],
  [0x1e00, 0x1eff],
];
const MAY_FOLD = /[\u00c0-\u024f\u1e00-\u1eff]/;
let sameLength: Map<number, number> | undefined;

function sameLengthTable(): Map<number, number> {
  if (sameLength) return sameLength;
  sameLength = new Map();
  for (const [from, to] of SAME_LENGTH_RANGES) {
    for (let code = from; code <= to; code++) {
      const folded = foldAccents(String.fromCharCode(code));
      if (folded.length === 1 && folded.charCodeAt(0) < 0x80 && folded.charCodeAt(0) !== code) sameLength.set(code, folded.charCodeAt(0));
    }
  }
  return sameLength;
}

/**
 * `text` with each precomposed accented Latin letter replaced by its base letter, every other
 * character as it is: the result has the same length, so offsets found in it are offsets in
 * `text` (highlighting marks the accented original). Letters that fold to two (ß, æ) stay.
 */
export function foldKeepingLength(text: string): string {
  if (!MAY_FOLD.test(text)) return text;
  const table = sameLengthTable();
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const base = table.get(text.charCodeAt(i));
    if (base === undefined) continue;
    out += text.slice(from, i) + String.fromCharCode(base);
    from = i + 1;
  }
  return out + text.slice(from);
}
