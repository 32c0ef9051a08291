/**
 * The sample article through the real format reader and analyser into a timeline: five events at
 * the gold reading's dates, with passages that quote the article exactly.
 */
import { promises as fs, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { analyze } from '../analysis/index';
import { createTimelineService } from './service';
import { fileDeps, SAMPLE_ID, SAMPLE_TEXT, tempDir } from './test-support';
import { validateTimelineJs } from './export/validate-timelinejs';

const gold = JSON.parse(readFileSync(path.join(import.meta.dirname, 'fixtures', 'sample.gold.json'), 'utf8')) as {
  events: { date: string | [string, string]; actors: string[] }[];
};

let root: string | undefined;
afterEach(async () => {
  if (root) await fs.rm(root, { recursive: true, force: true });
});

describe('the sample article becomes a timeline', () => {
  it('has the five gold events, dated as the gold reading dates them', async () => {
    root = await tempDir();
    const file = path.join(root, 'sample.txt');
    await fs.writeFile(file, SAMPLE_TEXT);
    const service = createTimelineService(
      fileDeps(path.join(root, '.dossier'), { [SAMPLE_ID]: file }, (a) => analyze({ text: a.text, publishedAt: a.publishedAt?.value ?? null, title: a.title, articleId: a.id })),
    );
    const t = await service.createTimeline({ name: 'Sample' });
    const queue = await service.candidatesForArticle({ articleId: SAMPLE_ID, timelineId: t.id });
    const { timeline } = await service.addEvents({ timelineId: t.id, events: queue.items.map((i) => i.draft), keys: queue.items.flatMap((i) => i.keys) });

    const got = timeline.events.map((e) => `${e.date.start}..${e.date.end}`).sort();
    const want = gold.events.map((g) => (Array.isArray(g.date) ? `${g.date[0]}..${g.date[1]}` : `${g.date}..${g.date}`)).sort();
    expect(got).toEqual(want);
    const article = await fileDeps(root, { [SAMPLE_ID]: file }).article(SAMPLE_ID);
    for (const e of timeline.events) {
      const s = e.sources[0]!;
      expect(article!.text.slice(s.passage.start, s.passage.end)).toBe(s.passage.quote);
    }
    const yellen = timeline.events.find((e) => e.actors.includes('Janet Yellen'));
    expect(yellen?.date.start).toBe('2023-02-23');
    const weekend = timeline.events.find((e) => e.date.start === '2023-02-18')!;
    expect(weekend.actors).toEqual(expect.arrayContaining(['Antony Blinken', 'James Cleverly', 'Wang Yi']));
    expect(weekend.place).toBe('Munich');
    const tl = await service.exportTimeline({ id: t.id, format: 'timelinejs' });
    expect(validateTimelineJs(JSON.parse(tl.content))).toEqual([]);
  });
});
