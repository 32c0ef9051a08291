/**
 * A light English stemmer (plural, -ed, -ing, final -e), applied at index and at query time so
 * that "sanction", "sanctions", "sanctioned" and "sanctioning" meet. Deliberately conservative:
 * it never touches words of 3 letters or fewer, nor -ss/-us/-is/-os endings (business, status,
 * crisis, chaos). The stems are keys, not words: the original text is kept for phrases and snippets.
 */
const KEEP = new Set(['news', 'series', 'species', 'always', 'perhaps', 'politics', 'economics', 'physics', 'united', 'during', 'hundred', 'hundreds', 'kindred', 'beijing']);

const VOWEL = /[aeiouy]/;

function undouble(w: string): string {
  const n = w.length;
  if (n >= 3 && w[n - 1] === w[n - 2] && !'lsz'.includes(w[n - 1]!) && !VOWEL.test(w[n - 1]!)) return w.slice(0, -1);
  return w;
}

export function stem(word: string): string {
  let w = word;
  if (w.length <= 3 || KEEP.has(w) || w.charCodeAt(0) < 97) return w;
  // plurals and third person
  if (w.endsWith('ies') && w.length > 4) w = w.slice(0, -3) + 'y';
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (/(?:ch|sh|x|zz)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(?:ss|us|is|os|'s)$/.test(w) && w.length > 3) w = w.slice(0, -1);
  // past tense and gerund, only when a vowel remains
  if (w.length > 4 && w.endsWith('ied')) w = w.slice(0, -3) + 'y';
  else if (w.length > 4 && w.endsWith('ed') && !w.endsWith('eed') && VOWEL.test(w.slice(0, -2))) w = undouble(w.slice(0, -2));
  else if (w.length > 5 && w.endsWith('ing') && VOWEL.test(w.slice(0, -3))) w = undouble(w.slice(0, -3));
  // final -e (impose / imposed / imposing all become "impos")
  if (w.length > 4 && w.endsWith('e') && !w.endsWith('ee')) w = w.slice(0, -1);
  return w;
}
