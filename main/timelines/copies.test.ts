/**
 * Copies of an article in the timeline service: the same article twice is one source, whichever copy the
 * candidates come from, and citations name the other copy.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CopyGroup } from '../../shared/contract';
import { createTimelineService, type TimelineService } from './service';
import { fileDeps, SAMPLE_ID, SAMPLE_TEXT, tempDir } from './test-support';

const COPY_ID = '00000000000000c1';
let root: string;
let service: TimelineService;

beforeEach(async () => {
  root = await tempDir();
  await fs.mkdir(path.join(root, 'saved'));
  await fs.writeFile(path.join(root, 'sample.txt'), SAMPLE_TEXT);
  await fs.writeFile(path.join(root, 'saved', 'sample (2).txt'), SAMPLE_TEXT);
  const deps = fileDeps(path.join(root, '.dossier'), { [SAMPLE_ID]: path.join(root, 'sample.txt'), [COPY_ID]: path.join(root, 'saved', 'sample (2).txt') });
  const member = (id: string, p: string, primary: boolean) => ({ id, path: p, title: 'Report', publisher: 'WorldTribune', publishedAt: { value: '2023-02-23', precision: 'day' as const }, kind: 'exact' as const, similarity: 1, primary });
  const group: CopyGroup = { primary: SAMPLE_ID, members: [member(SAMPLE_ID, 'sample.txt', true), member(COPY_ID, 'saved/sample (2).txt', false)] };
  service = createTimelineService({ ...deps, copies: async (ids) => (ids.some((id) => id === SAMPLE_ID || id === COPY_ID) ? [group] : []) });
});
afterEach(async () => {
  await fs.rm(root, { recursive: true, force: true });
});

describe('copies of an article in timelines', () => {
  it('counts the two copies once in the review queue, and names the other copy', async () => {
    const queue = await service.candidatesForQuery({ ids: [COPY_ID, SAMPLE_ID] });
    expect(queue.articleCount).toBe(1);
    expect(queue.copies).toEqual([{ articleId: COPY_ID, copyOf: SAMPLE_ID, kind: 'exact' }]);
    expect(queue.items).toHaveLength(5);
    for (const item of queue.items) {
      expect(item.draft.sources.map((s) => s.articleId)).toEqual([SAMPLE_ID]);
      expect(item.draft.sources[0]!.copies.map((c) => c.path)).toEqual(['saved/sample (2).txt']);
    }
  });

  it('folds events found in a copy into the events of the original, as a copy, not a second source', async () => {
    const t = await service.createTimeline({ name: 'Copies' });
    const original = await service.candidatesForArticle({ articleId: SAMPLE_ID, timelineId: t.id });
    await service.addEvents({ timelineId: t.id, events: original.items.map((i) => i.draft), keys: original.items.flatMap((i) => i.keys) });
    const copy = await service.candidatesForArticle({ articleId: COPY_ID, timelineId: t.id });
    expect(copy.items.every((i) => i.duplicateOf !== null)).toBe(true);
    const res = await service.addEvents({ timelineId: t.id, events: copy.items.map((i) => i.draft), keys: copy.items.flatMap((i) => i.keys) });
    expect(res.added).toEqual([]);
    expect(res.timeline.events).toHaveLength(5);
    for (const e of res.timeline.events) {
      expect(e.sources.map((s) => s.articleId)).toEqual([SAMPLE_ID]);
      expect(e.sources[0]!.copies.map((c) => c.articleId)).toEqual([COPY_ID]);
    }
  });
});
