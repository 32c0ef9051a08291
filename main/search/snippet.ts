/**
 * Highlight ranges in an article's text and the snippet around its best passage. Matching uses
 * the index's own analysis (tokens, stems), so what is highlighted is what was found.
 */
import type { Snippet } from '../../shared/contract';
import { TermCache } from './text-analysis';

const terms = new TermCache();

export type Range = [number, number];

export interface Highlighter {
  /** Index terms (stems) to highlight wherever a word reduces to them. */
  terms: ReadonlySet<string>;
  /** Phrases as lowercase token sequences; highlighted as one range each. */
  phrases: readonly string[][];
}

const WORD_CHAR = '[\\p{L}\\p{N}\\p{M}]';
const NOT_WORD = '[^\\p{L}\\p{N}\\p{M}]+';

/**
 * One regular expression finds every candidate: words starting like one of the stems (a stem is a
 * prefix of its words, except -y stems: policy/policies) and the phrases. Candidates are then
 * confirmed with the index's own analysis. Far cheaper than tokenising every hit's whole text.
 */
function matcherOf(h: Highlighter): RegExp | null {
  const stems = [...h.terms].map((t) => (t.endsWith('y') && t.length > 2 ? t.slice(0, -1) : t));
  const parts: string[] = [];
  // Phrases first: at a given position the longer alternative wins.
  for (const p of h.phrases) parts.push(`(${p.join(NOT_WORD)})(?!${WORD_CHAR})`);
  if (stems.length) parts.push(`(?:${stems.join('|')})${WORD_CHAR}*`);
  if (parts.length === 0) return null;
  return new RegExp(`(?<!${WORD_CHAR})(?:${parts.join('|')})`, 'giu');
}

/** One matcher per highlighter: a search highlights a page of hits with the same one. */
const matchers = new WeakMap<Highlighter, RegExp | null>();

/** [start, end) ranges of `text` that match, sorted and merged. */
export function highlightRanges(text: string, h: Highlighter): Range[] {
  let re = matchers.get(h);
  if (re === undefined) matchers.set(h, (re = matcherOf(h)));
  if (!re) return [];
  re.lastIndex = 0;
  const ranges: Range[] = [];
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const word = m[0];
    let isPhrase = false;
    for (let g = 1; g < m.length; g++) if (m[g] !== undefined) isPhrase = true;
    if (isPhrase) {
      ranges.push([m.index, m.index + word.length]);
      // Words inside the phrase may also be highlighted terms; the phrase range covers them.
      continue;
    }
    const t = terms.term(word.toLowerCase());
    if (t !== null && h.terms.has(t)) ranges.push([m.index, m.index + word.length]);
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
