import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Sort } from '../../shared/contract';
import { compareRanked, mergeRanked, type Ranked, TopList } from './result-order';

const SORTS: Sort[] = ['relevance', 'date-asc', 'date-desc'];

function topOf(rows: Ranked[], sort: Sort, k: number): Ranked[] {
  const top = new TopList(sort, k);
  const ids = rows.map((r) => r.id);
  rows.forEach((r, doc) => top.offer(r.score, r.date, ids, doc));
  return top.results();
}

describe('result order', () => {
  it('orders by score, then newer, then id; by date with undated last', () => {
    const rows: Ranked[] = [
      { id: 'b', score: 1, date: 20200101 },
      { id: 'a', score: 1, date: 20200101 },
      { id: 'c', score: 2, date: 0 },
      { id: 'd', score: 1, date: 20210101 },
    ];
    const ids = (sort: Sort) => [...rows].sort(compareRanked(sort)).map((r) => r.id);
    expect(ids('relevance')).toEqual(['c', 'd', 'a', 'b']);
    expect(ids('date-asc')).toEqual(['a', 'b', 'd', 'c']);
    expect(ids('date-desc')).toEqual(['d', 'a', 'b', 'c']);
    expect(topOf(rows, 'relevance', 2).map((r) => r.id)).toEqual(['c', 'd']);
  });

  it('skips documents without an id (removed, not yet vacuumed)', () => {
    const top = new TopList('relevance', 5);
    top.offer(3, 0, ['a', undefined], 1);
    top.offer(1, 0, ['a', undefined], 0);
    expect(top.results().map((r) => r.id)).toEqual(['a']);
  });

  it('per-host top lists, merged, give the head of the full sort, for any k, sort and split', () => {
    const row = fc.record({ id: fc.string({ maxLength: 3 }), score: fc.constantFrom(0, 0.5, 1, 2.25), date: fc.constantFrom(0, 20190301, 20200101) });
    fc.assert(
      fc.property(fc.uniqueArray(row, { selector: (r) => r.id, maxLength: 120 }), fc.nat(40), fc.constantFrom(...SORTS), fc.integer({ min: 1, max: 4 }), (rows, k, sort, hosts) => {
        const full = [...rows].sort(compareRanked(sort));
        expect(topOf(rows, sort, k)).toEqual(full.slice(0, k));
        const parts = Array.from({ length: hosts }, (_, h) => topOf(rows.filter((_, i) => i % hosts === h), sort, k));
        expect(mergeRanked(sort, parts, k)).toEqual(full.slice(0, k));
      }),
    );
  });
});
