/**
 * The order of search results. Each index host keeps only the best `offset + limit` of its
 * matches (a TopList); the engine merges the hosts' lists with the same order. Dates are YYYYMMDD
 * numbers, 0 = undated.
 *
 * Relevance: score, then newer first; by date: undated last, then score. Ties end on the id, so
 * the order is total and the same page comes back whichever host holds which article.
 */
import type { Sort } from '../../shared/contract';

export interface Ranked {
  id: string;
  score: number;
  date: number;
}

/** The order ignoring ids; negative when (sa, da) comes first. */
type KeyOrder = (sa: number, da: number, sb: number, db: number) => number;

function keyOrder(sort: Sort): KeyOrder {
  if (sort === 'relevance') return (sa, da, sb, db) => sb - sa || db - da;
  const dir = sort === 'date-desc' ? -1 : 1;
  return (sa, da, sb, db) => {
    if (da === db) return sb - sa;
    if (!da) return 1;
    if (!db) return -1;
    return (da - db) * dir;
  };
}

const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Compares ranked results; negative when `a` comes first. */
export function compareRanked(sort: Sort): (a: Ranked, b: Ranked) => number {
  const order = keyOrder(sort);
  return (a, b) => order(a.score, a.date, b.score, b.date) || byId(a.id, b.id);
}

/**
 * The best `k` results offered so far, in order. Most candidates of a large result set lose
 * against the current last one on score and date alone, without their id being looked up.
 */
export class TopList {
  private readonly items: Ranked[] = [];
  private readonly order: KeyOrder;
  private readonly compare: (a: Ranked, b: Ranked) => number;

  constructor(
    sort: Sort,
    private readonly k: number,
  ) {
    this.order = keyOrder(sort);
    this.compare = compareRanked(sort);
  }

  /** Offers the document `doc` whose id is `ids[doc]` (skipped when undefined). */
  offer(score: number, date: number, ids: readonly (string | undefined)[], doc: number): void {
    if (this.k <= 0) return;
    const items = this.items;
    if (items.length === this.k) {
      const last = items[this.k - 1]!;
      const c = this.order(score, date, last.score, last.date);
      if (c > 0) return;
      if (c === 0) {
        const id = ids[doc];
        if (id === undefined || id >= last.id) return;
      }
    }
    const id = ids[doc];
    if (id === undefined) return;
    const entry = { id, score, date };
    // Binary search for the insertion point.
    let lo = 0;
    let hi = items.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.compare(items[mid]!, entry) <= 0) lo = mid + 1;
      else hi = mid;
    }
    items.splice(lo, 0, entry);
    if (items.length > this.k) items.pop();
  }

  /** The best results, in order. */
  results(): Ranked[] {
    return this.items;
  }
}

/** Merges ordered lists (one per host) into the first `k` results of their union. */
export function mergeRanked(sort: Sort, lists: readonly Ranked[][], k: number): Ranked[] {
  const all = lists.flat();
  return all.sort(compareRanked(sort)).slice(0, Math.max(0, k));
}
