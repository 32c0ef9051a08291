/**
 * The one tokenizer of the search engine: maximal runs of letters and digits, lowercased.
 * The same code splits documents at index time, queries, phrases and the text scanned for highlights,
 * so they always agree. Index terms are stems of the lowercase tokens, accents folded (café and
 * cafe are one term), minus stop words.
 */
import { foldAccents } from '../../shared/fold';
import { stem } from './stem';
import { STOP_WORDS } from './stop-words';

const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/** Lowercase tokens of `text`, in order. (A regular expression beats a hand-written loop here.) */
export function tokenize(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

/** Tokens with their [start, end) offsets in `text` (for highlights). */
export function tokenSpans(text: string): { lower: string; start: number; end: number }[] {
  const out: { lower: string; start: number; end: number }[] = [];
  const re = new RegExp(WORD.source, 'gu');
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push({ lower: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
  }
  return out;
}

const MAX_TERM_LENGTH = 40;

/** The index term for a lowercase token, or null when it is not indexed (stop word, single letter, absurdly long). */
export function termOf(token: string): string | null {
  const folded = foldAccents(token);
  if (folded.length < 2 || folded.length > MAX_TERM_LENGTH || STOP_WORDS.has(folded)) return null;
  return stem(folded);
}

/** Lowercase tokens of `text` with accents folded: what phrases, names and completions compare. */
export function foldedTokens(text: string): string[] {
  return tokenize(text).map(foldAccents);
}

/** termOf with a memo: vocabularies are Zipfian, so most lookups hit. */
export class TermCache {
  private readonly cache = new Map<string, string | null>();
  term(token: string): string | null {
    let t = this.cache.get(token);
    if (t === undefined) {
      t = termOf(token);
      if (this.cache.size > 500_000) this.cache.clear();
      this.cache.set(token, t);
    }
    return t;
  }
}

/** Index terms of a short field (title, author, publisher), in order. */
export function termsOf(text: string, cache?: TermCache): string[] {
  const out: string[] = [];
  for (const token of tokenize(text)) {
    const t = cache ? cache.term(token) : termOf(token);
    if (t) out.push(t);
  }
  return out;
}
