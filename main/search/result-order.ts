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
 * The best `k` results offered so far. Candidates collect in a buffer that is sorted and cut to
 * `k` whenever it doubles, so any k (a deep page too) costs O(n log k); after the first cut most
 * candidates of a large result set lose against the k-th best on score and date alone, without
 * their id being looked up.
 */
export class TopList {
  private readonly items: Ranked[] = [];
  /** The k-th best at the last cut: a candidate that does not beat it cannot be in the result. */
  private bar: Ranked | null = null;
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
    const bar = this.bar;
    if (bar) {
      const c = this.order(score, date, bar.score, bar.date);
      if (c > 0) return;
      if (c === 0) {
        const id = ids[doc];
        if (id === undefined || id >= bar.id) return;
      }
    }
    const id = ids[doc];
    if (id === undefined) return;
    this.items.push({ id, score, date });
    if (this.items.length >= 2 * this.k + 32) this.cut();
  }

  private cut(): void {
    const items = this.items;
    items.sort(this.compare);
    if (items.length > this.k) items.length = this.k;
    if (items.length === this.k) this.bar = items[this.k - 1]!;
  }

  /** The best results, in order. */
  results(): Ranked[] {
    this.cut();
    return this.items;
  }
}

/** Merges ordered lists (one per host) into the first `k` results of their union. */
export function mergeRanked(sort: Sort, lists: readonly Ranked[][], k: number): Ranked[] {
  const all = lists.flat();
  return all.sort(compareRanked(sort)).slice(0, Math.max(0, k));
}
