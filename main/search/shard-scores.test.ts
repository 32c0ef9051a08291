import { describe, expect, it } from 'vitest';
import { entriesOf, intersect, subtract, union } from './doc-scores';
import type { IndexDoc } from './engine-types';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ShardIndex } from './shard';
import { readShardFile, writeShardFile } from './shard-file';
import { TermCache, termOf, tokenize } from './text-analysis';

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

  it('keeps the candidates that hold a phrase, after a false start too, and after removal and reload', async () => {
    const shard = new ShardIndex();
    const cache = new TermCache();
    const texts: Record<string, string> = {
      start: 'officials in Beijing said so. Officials in Beijing again.',
      end: 'It was said by the officials in Beijing',
      // The rare word (Beijing) comes after a false start: "officials in Shanghai ... in Beijing".
      scattered: 'officials in Shanghai met officials, and in Beijing nobody spoke',
      nearly: 'officials, in turn, Beijing',
      title: 'Beijing was quiet', // title "About title" + text: a phrase never spans the break
    };
    for (const [id, text] of Object.entries(texts)) shard.addAnalysed(doc(id, text), cache);
    shard.commit();
    const all = shard.allDocs();
    const holding = (phrase: string) => idsOf(shard, shard.withPhrase(all, shard.phraseIds(tokenize(phrase.toLowerCase()))!)).sort();
    expect(holding('officials in Beijing')).toEqual(['end', 'start']);
    expect(holding('in Beijing')).toEqual(['end', 'scattered', 'start']);
    expect(holding('about title beijing')).toEqual([]);
    expect(holding('beijing was quiet')).toEqual(['title']);
    // Scores are carried over for the documents kept.
    const scored = shard.scoreTerms([termOf('beijing')!], 'OR', null);
    const kept = shard.withPhrase(scored, shard.phraseIds(['in', 'beijing'])!);
    expect(kept.length).toBe(3);
    for (const [s, score] of entriesOf(kept)) expect(score).toBe(entriesOf(scored).find(([t]) => t === s)![1]);
    shard.removeDoc('start');
    shard.commit();
    expect(holding('officials in Beijing')).toEqual(['end']);
    // Reloaded from its file, the shard finds the same.
    const dir = mkdtempSync(path.join(os.tmpdir(), 'dossier-shard-'));
    try {
      const file = path.join(dir, 'shard-00.idx');
      await writeShardFile(file, shard, { formatVersion: 1, optionsHash: 'test', shard: 0 });
      const { shard: loaded } = await readShardFile(file);
      loaded.commit();
      const reloaded = idsOf(loaded, loaded.withPhrase(loaded.allDocs(), loaded.phraseIds(['officials', 'in', 'beijing'])!));
      expect(reloaded).toEqual(['end']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('finds phrases anywhere in long documents, exactly like a plain scan', () => {
    // Small vocabulary, long texts: many near misses and anchor words at every position.
    let seed = 7;
    const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    const words = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta'];
    const pick = () => words[Math.floor(random() * words.length)]!;
    const shard = new ShardIndex();
    const cache = new TermCache();
    const texts = new Map<string, string[]>();
    for (let d = 0; d < 60; d++) {
      const tokens = Array.from({ length: 20 + Math.floor(random() * 300) }, pick);
      texts.set(`d${d}`, tokens);
      shard.addAnalysed({ id: `d${d}`, title: 'Title', text: tokens.join(' '), authors: [], publisher: null, publishedAt: null, entities: [], contentHash: `d${d}` }, cache);
    }
    shard.commit();
    const plain = (tokens: string[], phrase: string[]) => tokens.some((_, i) => phrase.every((w, k) => tokens[i + k] === w));
    for (let q = 0; q < 200; q++) {
      const phrase = Array.from({ length: 1 + Math.floor(random() * 4) }, pick);
      const expected = [...texts].filter(([, tokens]) => plain(tokens, phrase)).map(([id]) => id).sort();
      const found = idsOf(shard, shard.withPhrase(shard.allDocs(), shard.phraseIds(phrase)!)).sort();
      expect(found, phrase.join(' ')).toEqual(expected);
    }
  });
});
