import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Sort } from '../../shared/contract';
import { compareMatches, type Matches, sortedPositions, topPositions } from './result-order';

function matchesOf(rows: { id: string; score: number; date: number }[]): Matches {
  return { ids: rows.map((r) => r.id), scores: Float64Array.from(rows, (r) => r.score), dates: Int32Array.from(rows, (r) => r.date) };
}

describe('result order', () => {
  it('orders by score, then newer, then id; by date with undated last', () => {
    const m = matchesOf([
      { id: 'b', score: 1, date: 20200101 },
      { id: 'a', score: 1, date: 20200101 },
      { id: 'c', score: 2, date: 0 },
      { id: 'd', score: 1, date: 20210101 },
    ]);
    const ids = (sort: Sort) => Array.from(sortedPositions(4, compareMatches(sort, m)), (p) => m.ids[p]);
    expect(ids('relevance')).toEqual(['c', 'd', 'a', 'b']);
    expect(ids('date-asc')).toEqual(['a', 'b', 'd', 'c']);
    expect(ids('date-desc')).toEqual(['d', 'a', 'b', 'c']);
  });

  it('top-k selection gives the head of the full sort, for any k and sort', () => {
    const row = fc.record({ id: fc.string({ maxLength: 3 }), score: fc.constantFrom(0, 0.5, 1, 2.25), date: fc.constantFrom(0, 20190301, 20200101) });
    fc.assert(
      fc.property(fc.uniqueArray(row, { selector: (r) => r.id, maxLength: 120 }), fc.nat(40), fc.constantFrom<Sort>('relevance', 'date-asc', 'date-desc'), (rows, k, sort) => {
        const m = matchesOf(rows);
        const compare = compareMatches(sort, m);
        const full = Array.from(sortedPositions(rows.length, compare));
        expect(topPositions(rows.length, k, compare)).toEqual(full.slice(0, k));
      }),
    );
  });
});
