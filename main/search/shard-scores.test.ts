import { describe, expect, it } from 'vitest';
import { entriesOf, intersect, subtract, union } from './doc-scores';
import type { IndexDoc } from './engine-types';
import { ShardIndex } from './shard';
import { TermCache } from './text-analysis';

const doc = (id: string, text: string): IndexDoc => ({ id, title: `About ${id}`, text, authors: [], publisher: null, publishedAt: null, entities: [], contentHash: id });

function idsOf(shard: ShardIndex, scores: ReturnType<ShardIndex['scoreTerms']>): string[] {
  return entriesOf(scores).map(([s]) => shard.idOf(s)!);
}

describe('shard scoring', () => {
  it('forgets removed documents and scores added ones (field lengths are cached between searches)', () => {
    const shard = new ShardIndex();
    const cache = new TermCache();
    shard.addAnalysed(doc('a', 'sanctions on oil'), cache);
    shard.addAnalysed(doc('b', 'sanctions and sanctions again'), cache);
    shard.commit();
    const first = shard.scoreTerms(['sanction'], 'OR', null);
    expect(idsOf(shard, first).sort()).toEqual(['a', 'b']);

    shard.removeDoc('b');
    shard.addAnalysed(doc('c', 'new sanctions announced'), cache);
    shard.commit();
    const after = shard.scoreTerms(['sanction'], 'OR', null);
    expect(idsOf(shard, after).sort()).toEqual(['a', 'c']);
    for (const [, score] of entriesOf(after)) expect(Number.isFinite(score) && score > 0).toBe(true);
  });

  it('scores like MiniSearch: same documents, same order, AND requires every term', () => {
    const shard = new ShardIndex();
    const cache = new TermCache();
    const docs = [doc('a', 'oil sanctions on oil exports'), doc('b', 'sanctions on steel'), doc('c', 'oil prices'), doc('d', 'weather')];
    for (const d of docs) shard.addAnalysed(d, cache);
    shard.commit();
    // Ties are broken by id on both sides: MiniSearch leaves their order unspecified.
    const ranked = (pairs: [string, number][]) =>
      pairs.map(([id, score]): [string, number] => [id, Number(score.toFixed(6))]).sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]));
    const ours = (terms: string[], mode: 'OR' | 'AND') =>
      ranked(entriesOf(shard.scoreTerms(terms, mode, null)).map(([s, score]): [string, number] => [shard.idOf(s) ?? "?", score]));
    const theirs = (terms: string[], mode: 'OR' | 'AND') =>
      ranked(shard.search({ queries: terms, combineWith: mode }, { prefix: false, fuzzy: false }).map((r) => [String(r.id), r.score]));
    expect(ours(['oil', 'sanction'], 'OR')).toEqual(theirs(['oil', 'sanction'], 'OR'));
    expect(ours(['oil', 'sanction'], 'AND')).toEqual(theirs(['oil', 'sanction'], 'AND'));
    expect(ours(['oil', 'nothing'], 'AND')).toEqual([]);
  });

  it('merges sorted lists: intersection, union and difference add scores where both match', () => {
    const list = (pairs: [number, number][]) => ({ docs: Int32Array.from(pairs, (p) => p[0]), scores: Float64Array.from(pairs, (p) => p[1]), length: pairs.length });
    const a = list([[1, 1], [3, 1], [5, 1]]);
    const b = list([[3, 2], [4, 2], [5, 2]]);
    expect(entriesOf(intersect(a, b))).toEqual([[3, 3], [5, 3]]);
    expect(entriesOf(union(a, b))).toEqual([[1, 1], [3, 3], [4, 2], [5, 3]]);
    expect(entriesOf(subtract(a, b))).toEqual([[1, 1]]);
  });
});
