/**
 * Highlight ranges in an article's text and the snippet around its best passage. Matching uses
 * the index's own analysis (tokens, stems, accent folding), so what is highlighted is what was
 * found, and the accented original is what is marked.
 */
import type { Snippet } from '../../shared/contract';
import { foldAccents, foldKeepingLength } from '../../shared/fold';
import { escapeRegExp } from '../../shared/regexp';
import { TermCache } from './text-analysis';

const terms = new TermCache();

export type Range = [number, number];

export interface Highlighter {
  /** Index terms (stems) to highlight wherever a word reduces to them. */
  terms: ReadonlySet<string>;
  /** Phrases as lowercase token sequences, accents folded; highlighted as one range each. */
  phrases: readonly string[][];
}

// Compiled once: a regular expression with Unicode classes costs 1–2 ms to compile, and every
// new query would pay that again if its matcher held them (measured here, 10k articles).
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const WORD_AT = /[\p{L}\p{N}\p{M}]+/uy;
const SEPARATOR_AT = /[^\p{L}\p{N}\p{M}]+/uy;

/**
 * One plain regular expression (literal words, case-insensitive) finds every candidate: words
 * starting like one of the stems (a stem is a prefix of its words, except -y stems:
 * policy/policies) and the first words of the phrases. Candidates are then confirmed with the
 * index's own analysis. Far cheaper than tokenising every hit's whole text.
 */
function matcherOf(h: Highlighter): RegExp | null {
  const starts = new Set<string>();
  for (const t of h.terms) starts.add(t.endsWith('y') && t.length > 2 ? t.slice(0, -1) : t);
  for (const p of h.phrases) if (p[0]) starts.add(p[0]);
  if (starts.size === 0) return null;
  // Longer first, so that a word is found by its longest candidate start.
  const alternatives = [...starts].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return new RegExp(alternatives.join('|'), 'gi');
}

/** Whether the character just before `index` is a letter, digit or mark (astral characters included). */
function wordCharBefore(text: string, index: number): boolean {
  if (index <= 0) return false;
  const code = text.charCodeAt(index - 1);
  const ch = code >= 0xdc00 && code <= 0xdfff && index >= 2 ? text.slice(index - 2, index) : text[index - 1]!;
  return WORD_CHAR.test(ch);
}

/** The whole word starting at `index`, or null. */
function wordAt(text: string, index: number): string | null {
  WORD_AT.lastIndex = index;
  return WORD_AT.exec(text)?.[0] ?? null;
}

/** End of `phrase` (lowercase tokens) if the text has it at `index`, words apart by non-word characters; else -1. */
function phraseEnd(text: string, index: number, phrase: readonly string[]): number {
  let at = index;
  for (let j = 0; j < phrase.length; j++) {
    if (j > 0) {
      SEPARATOR_AT.lastIndex = at;
      const gap = SEPARATOR_AT.exec(text);
      if (!gap) return -1;
      at += gap[0].length;
    }
    const word = wordAt(text, at);
    if (word === null || foldAccents(word.toLowerCase()) !== phrase[j]) return -1;
    at += word.length;
  }
  return at;
}

/** One matcher per highlighter: a search highlights a page of hits with the same one. */
const matchers = new WeakMap<Highlighter, RegExp | null>();

/**
 * [start, end) ranges of `text` that match, sorted and merged; at most `limit` of them (the first).
 * Matching runs on the text with its accented letters folded in place (same length, so the ranges
 * are the original's): the stems and phrases are folded, and "café" is marked for `cafe`.
 */
export function highlightRanges(original: string, h: Highlighter, limit = Infinity): Range[] {
  let re = matchers.get(h);
  if (re === undefined) matchers.set(h, (re = matcherOf(h)));
  if (!re) return [];
  const text = foldKeepingLength(original);
  re.lastIndex = 0;
  const ranges: Range[] = [];
  for (let m = re.exec(text); m !== null && ranges.length < limit; m = re.exec(text)) {
    const start = m.index;
    if (wordCharBefore(text, start)) continue; // inside a word, not at its start
    // Phrases first: at a given position the longer match wins (it covers its words).
    let end = -1;
    for (const p of h.phrases) {
      end = phraseEnd(text, start, p);
      if (end >= 0) break;
    }
    if (end < 0) {
      const word = wordAt(text, start);
      if (word === null) continue;
      end = start + word.length;
      const t = terms.term(word.toLowerCase());
      if (t === null || !h.terms.has(t)) {
        re.lastIndex = end;
        continue;
      }
    }
    ranges.push([start, end]);
    re.lastIndex = end;
  }
  return ranges;
}

const ELLIPSIS = '…';

/**
 * About `width` characters around the passage with the most distinct matches (the start of the
 * text when nothing matched in it), cut at word boundaries, newlines flattened.
 */
export function makeSnippet(text: string, ranges: Range[], width = 240): Snippet {
  let bestStart = 0;
  if (ranges.length > 0) {
    let best = -1;
    for (let i = 0; i < ranges.length; i++) {
      const limit = ranges[i]![0] + width * 0.7;
      const words = new Set<string>();
      for (let j = i; j < ranges.length && ranges[j]![1] <= limit; j++) words.add(text.slice(ranges[j]![0], ranges[j]![1]).toLowerCase());
      if (words.size > best) {
        best = words.size;
        bestStart = ranges[i]![0];
      }
    }
  }
  let start = Math.max(0, bestStart - Math.floor(width * 0.25));
  if (start > 0) {
    const space = text.lastIndexOf(' ', start);
    start = space > 0 && bestStart - space < width * 0.4 ? space + 1 : start;
  }
  let end = Math.min(text.length, start + width);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > start + width / 2) end = space;
  }
  const prefix = start > 0 ? ELLIPSIS : '';
  const suffix = end < text.length ? ELLIPSIS : '';
  const body = text.slice(start, end).replace(/\s/g, ' ');
  const highlights: Range[] = [];
  for (const [a, b] of ranges) {
    if (b <= start || a >= end) continue;
    highlights.push([Math.max(a, start) - start + prefix.length, Math.min(b, end) - start + prefix.length]);
  }
  return { text: prefix + body + suffix, highlights };
}
