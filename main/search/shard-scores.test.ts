import { describe, expect, it } from 'vitest';
import type { IndexDoc } from './engine-types';
import { ShardIndex } from './shard';
import { TermCache } from './text-analysis';

const doc = (id: string, text: string): IndexDoc => ({ id, title: `About ${id}`, text, authors: [], publisher: null, publishedAt: null, entities: [], contentHash: id });

describe('shard scoring after changes', () => {
  it('forgets removed documents and scores added ones (field lengths are cached between searches)', () => {
    const shard = new ShardIndex();
    const cache = new TermCache();
    shard.addAnalysed(doc('a', 'sanctions on oil'), cache);
    shard.addAnalysed(doc('b', 'sanctions and sanctions again'), cache);
    shard.commit();
    const first = shard.scoreTerms(['sanction'], 'OR', null);
    expect([...first.keys()].map((s) => shard.idOf(s)).sort()).toEqual(['a', 'b']);

    shard.removeDoc('b');
    shard.addAnalysed(doc('c', 'new sanctions announced'), cache);
    shard.commit();
    const after = shard.scoreTerms(['sanction'], 'OR', null);
    const ids = [...after.keys()].map((s) => shard.idOf(s)).sort();
    expect(ids).toEqual(['a', 'c']);
    for (const score of after.values()) expect(Number.isFinite(score) && score > 0).toBe(true);
  });
});
