/**
 * The order of search results. The index hosts answer with unsorted matches; the engine puts
 * them side by side (ids, scores, dates at the same position), picks the requested page with a
 * top-k selection, and sorts everything only when a caller asks for all ids. Dates are YYYYMMDD
 * numbers, 0 = undated.
 */
import type { Sort } from '../../shared/contract';

/** All matches of one search, position by position. */
export interface Matches {
  ids: string[];
  scores: Float64Array;
  dates: Int32Array;
}

/**
 * Compares matches by position; negative when `a` comes first. Relevance: score, then newer
 * first; by date: undated last, then score. Ties end on the id, so the order is total.
 */
export function compareMatches(sort: Sort, m: Matches): (a: number, b: number) => number {
  const { ids, scores, dates } = m;
  const byId = (a: number, b: number) => (ids[a]! < ids[b]! ? -1 : ids[a]! > ids[b]! ? 1 : 0);
  if (sort === 'relevance') return (a, b) => scores[b]! - scores[a]! || dates[b]! - dates[a]! || byId(a, b);
  const dir = sort === 'date-desc' ? -1 : 1;
  return (a, b) => {
    const da = dates[a]!;
    const db = dates[b]!;
    if (da === db) return scores[b]! - scores[a]! || byId(a, b);
    if (!da) return 1;
    if (!db) return -1;
    return (da - db) * dir;
  };
}

/** Positions 0..count-1 in result order. */
export function sortedPositions(count: number, compare: (a: number, b: number) => number): Int32Array {
  const order = new Int32Array(count);
  for (let i = 0; i < count; i++) order[i] = i;
  return order.sort(compare);
}

/**
 * The first `k` positions in result order, without sorting all of them: a sorted buffer of the
 * best k so far, which most matches leave after one comparison with its last element.
 */
export function topPositions(count: number, k: number, compare: (a: number, b: number) => number): number[] {
  if (k <= 0) return [];
  if (k * 4 >= count) return Array.from(sortedPositions(count, compare).subarray(0, k));
  const best: number[] = [];
  for (let i = 0; i < count; i++) {
    if (best.length === k && compare(i, best[k - 1]!) >= 0) continue;
    // Insert in order (k is a page: small).
    let at = best.length === k ? k - 1 : best.length;
    while (at > 0 && compare(i, best[at - 1]!) < 0) {
      best[at] = best[at - 1]!;
      at--;
    }
    best[at] = i;
  }
  return best;
}
