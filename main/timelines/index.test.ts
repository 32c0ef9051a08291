import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DossierError, type DossierApi } from '../../shared/contract';
import { toSummary } from '../../shared/model';
import { timelineOps } from './index';
import { fileDeps, SAMPLE_ID, SAMPLE_TEXT, tempDir } from './test-support';

let roots: string[] = [];
afterEach(async () => {
  for (const r of roots) await fs.rm(r, { recursive: true, force: true });
  roots = [];
});

/** The three API ops timelines use, answered from real files (as the API service would). */
function apiOver(root: string): Pick<DossierApi, 'getArticle' | 'getAnalysis' | 'search'> {
  const deps = fileDeps(path.join(root, '.dossier'), { [SAMPLE_ID]: path.join(root, 'sample.txt') });
  return {
    async getArticle({ id }) {
      const a = await deps.article(id);
      if (!a) throw new DossierError('not-found', `no article ${id}`);
      return a;
    },
    getAnalysis: ({ id }) => deps.analysis(id),
    async search({ query, offset = 0 }) {
      const ids = offset ? [] : await deps.searchIds(query);
      const hits = await Promise.all(ids.map(async (id) => ({ article: toSummary((await deps.article(id))!), score: 1, snippet: { text: '', highlights: [] }, ranges: [] })));
      return { total: ids.length, hits, facets: { source: [], year: [], tag: [] }, error: null, tookMs: 0 };
    },
  };
}

describe('timelineOps', () => {
  it('serves the timeline operations of whichever library is open', async () => {
    const a = await tempDir();
    const b = await tempDir();
    roots.push(a, b);
    for (const r of [a, b]) await fs.writeFile(path.join(r, 'sample.txt'), SAMPLE_TEXT);
    let root = a;
    const ops = timelineOps(apiOver(a), () => path.join(root, '.dossier'));
    await ops.createTimeline({ name: 'In A' });
    const queue = await ops.candidatesForQuery({ query: 'Wang Yi' });
    expect(queue.items).toHaveLength(5);
    expect((await ops.listTimelines({})).timelines.map((t) => t.name)).toEqual(['In A']);
    root = b;
    expect((await ops.listTimelines({})).timelines).toEqual([]);
    await expect(ops.candidatesForArticle({ articleId: 'ffffffffffffffff' })).rejects.toMatchObject({ code: 'not-found' });
  });
});
