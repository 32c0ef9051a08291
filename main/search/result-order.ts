/**
 * The order of search results, shared by the index hosts (which sort their own results) and
 * the engine (which merges the hosts' sorted lists). Dates are YYYYMMDD numbers, 0 = undated.
 */
import type { Sort } from '../../shared/contract';

export interface Ranked {
  id: string;
  score: number;
  date: number;
}

/** Negative when `a` comes first. Relevance: score, then newer first; by date: undated last. */
export function compareResults(sort: Sort): (a: Ranked, b: Ranked) => number {
  const byId = (a: Ranked, b: Ranked) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  if (sort === 'relevance') return (a, b) => b.score - a.score || b.date - a.date || byId(a, b);
  const dir = sort === 'date-desc' ? -1 : 1;
  return (a, b) => {
    if (a.date === b.date) return b.score - a.score || byId(a, b);
    if (!a.date) return 1;
    if (!b.date) return -1;
    return (a.date - b.date) * dir;
  };
}

/** Merges lists that are each sorted by `compare` into one sorted list. */
export function mergeSorted<T extends Ranked>(lists: T[][], compare: (a: Ranked, b: Ranked) => number): T[] {
  if (lists.length === 1) return lists[0]!;
  const out: T[] = [];
  const at = lists.map(() => 0);
  for (;;) {
    let best = -1;
    for (let l = 0; l < lists.length; l++) {
      const item = lists[l]![at[l]!];
      if (item === undefined) continue;
      if (best < 0 || compare(item, lists[best]![at[best]!]!) < 0) best = l;
    }
    if (best < 0) return out;
    out.push(lists[best]![at[best]!++]!);
  }
}
