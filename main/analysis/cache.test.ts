import { describe, it, expect, afterEach } from 'vitest';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AnalysisCache } from './cache';
import { analyze, ANALYSIS_VERSION } from './index';
import { createAnalysisWorker, type AnalysisWorker } from './worker';

const HASH = 'ab'.repeat(32);
const sample = () => analyze({ text: 'Secretary of State Antony Blinken said on Thursday that “talks will go on,” in Munich.', publishedAt: '2023-02-23' });

async function tempDir(): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), 'dossier-analysis-'));
}

describe('AnalysisCache', () => {
  it('round-trips an analysis by content hash and version, in a sharded folder', async () => {
    const dir = await tempDir();
    const cache = new AnalysisCache(dir);
    expect(await cache.get(HASH)).toBeUndefined();
    const analysis = sample();
    await cache.put(HASH, analysis);
    expect(await cache.get(HASH)).toEqual(analysis);
    const file = path.join(dir, `v${ANALYSIS_VERSION}`, 'ab', `${HASH}.json`);
    expect(JSON.parse(await fs.readFile(file, 'utf8'))).toEqual(analysis);
    // No temp files left behind.
    expect(await fs.readdir(path.dirname(file))).toEqual([`${HASH}.json`]);
  });

  it('treats a corrupt, truncated or foreign entry as a miss and heals on the next put', async () => {
    const dir = await tempDir();
    const cache = new AnalysisCache(dir);
    const analysis = sample();
    await cache.put(HASH, analysis);
    const file = cache.pathFor(HASH)!;
    const good = await fs.readFile(file, 'utf8');
    await fs.writeFile(file, good.slice(0, good.length / 2));
    expect(await cache.get(HASH)).toBeUndefined();
    await fs.writeFile(file, JSON.stringify({ ...analysis, version: ANALYSIS_VERSION + 100 }));
    expect(await cache.get(HASH)).toBeUndefined();
    await fs.writeFile(file, '{"entities": "nope"}');
    expect(await cache.get(HASH)).toBeUndefined();
    await cache.put(HASH, analysis);
    expect(await cache.get(HASH)).toEqual(analysis);
  });

  it('refuses hashes that are not hex (no path tricks)', async () => {
    const cache = new AnalysisCache(await tempDir());
    expect(cache.pathFor('../../etc/passwd')).toBeUndefined();
    expect(await cache.get('../x')).toBeUndefined();
    await expect(cache.put('../x', sample())).rejects.toThrow(/content hash/);
  });
});

describe('analysis worker', () => {
  let worker: AnalysisWorker | undefined;
  afterEach(async () => {
    await worker?.close();
    worker = undefined;
  });

  it('analyses off the main thread, stores the result, and answers from the cache next time', async () => {
    const dir = await tempDir();
    worker = createAnalysisWorker({ cache: dir });
    const input = { text: 'Boeing spokesman William Barksdale said on Monday that “we are disappointed.”', publishedAt: '2008-03-03', contentHash: HASH };
    const [first, again] = await Promise.all([worker.analyze(input), worker.analyze(input)]);
    expect(first).toEqual(analyze(input));
    expect(again).toEqual(first);
    expect(first.quotes[0]).toMatchObject({ speaker: 'William Barksdale', named: true });
    const cache = new AnalysisCache(dir);
    expect(await cache.get(HASH)).toEqual(first);

    // A cached entry is returned as is: the worker is not asked again (proved by a marker only the cache has).
    const marked = { ...first, entities: [] };
    await cache.put(HASH, marked);
    expect(await worker.analyze(input)).toEqual(marked);
  }, 60_000);

  it('rejects calls after close', async () => {
    worker = createAnalysisWorker();
    await worker.close();
    await expect(worker.analyze({ text: 'x', publishedAt: null })).rejects.toThrow(/closed/);
  });
});
