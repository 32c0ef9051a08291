import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TimelineSchema } from '../../shared/timeline';
import { createTimelineService, type TimelineService } from './service';
import { fileDeps, SAMPLE_ID, SAMPLE_TEXT, tempDir } from './test-support';

let root: string;
let articleFile: string;
let service: TimelineService;
const OTHER_ID = '00000000000000a2';
let otherFile: string;

const OTHER_TEXT = `Blinken and Cleverly warned Wang Yi in Munich

by Example Wire, February 20, 2023

U.S. Secretary of State Antony Blinken and British Foreign Secretary James Cleverly warned China's Wang Yi over the weekend in Munich that arming Russia would have consequences.

The ministers met on the sidelines of the security conference.
`;

beforeEach(async () => {
  root = await tempDir();
  articleFile = path.join(root, 'sample.txt');
  otherFile = path.join(root, 'other.txt');
  await fs.writeFile(articleFile, SAMPLE_TEXT);
  await fs.writeFile(otherFile, OTHER_TEXT);
  const deps = fileDeps(path.join(root, '.dossier'), { [SAMPLE_ID]: articleFile, [OTHER_ID]: otherFile }, (a) => {
    if (a.id === SAMPLE_ID) return import('./test-support').then((m) => m.sampleAnalysis(a));
    const cue = 'over the weekend';
    const at = a.text.indexOf(cue);
    const end = a.text.indexOf('consequences.') + 'consequences.'.length;
    return {
      version: 1,
      timexes: [],
      entities: [],
      quotes: [],
      events: [
        {
          id: `${a.id}:0`,
          date: { text: cue, start: at, end: at + cue.length, value: '2023-W07-WE', range: { start: '2023-02-18', end: '2023-02-19' }, precision: 'range' },
          start: 0,
          end,
          sentence: a.text.slice(0, end),
          summary: 'Blinken and Cleverly warn Wang Yi in Munich against arming Russia',
          actors: ['Antony Blinken', 'James Cleverly', 'Wang Yi'],
          place: 'Munich',
          quote: null,
        },
      ],
    };
  });
  service = createTimelineService(deps);
});

afterEach(async () => {
  await fs.rm(root, { recursive: true, force: true });
});

async function buildFromSample() {
  const t = await service.createTimeline({ name: 'China & Russia, 2023' });
  const queue = await service.candidatesForArticle({ articleId: SAMPLE_ID, timelineId: t.id });
  const added = await service.addEvents({ timelineId: t.id, events: queue.items.map((i) => i.draft), keys: queue.items.flatMap((i) => i.keys) });
  return { t, queue, added };
}

describe('timeline service over real files', () => {
  it('builds a timeline of the sample article’s five dated events', async () => {
    const { t, queue, added } = await buildFromSample();
    expect(t.id).toBe('china-russia-2023');
    expect(queue.items).toHaveLength(5);
    expect(added.added).toHaveLength(5);
    const dates = added.timeline.events.map((e) => `${e.date.start}..${e.date.end}`).sort();
    expect(dates).toEqual(['2022-02-23..2023-02-23', '2023-02-18..2023-02-19', '2023-02-22..2023-02-22', '2023-02-23..2023-02-23', '2023-02-23..2023-02-23']);
    for (const e of added.timeline.events) {
      const s = e.sources[0]!;
      expect(SAMPLE_TEXT.includes(s.passage.quote)).toBe(true);
      expect(s.publisher).toBe('WorldTribune');
      expect(s.publishedAt).toBe('2023-02-23');
    }
    const weekend = added.timeline.events.find((e) => e.date.text === 'over the weekend')!;
    expect(weekend.date.precision).toBe('range');
    expect(added.timeline.events.find((e) => e.date.text === 'over the past year')!.date.approximate).toBe(true);

    // The file is human-readable JSON with a README beside it, and reads back identically.
    const file = path.join(root, '.dossier', 'timelines', `${t.id}.json`);
    const text = await fs.readFile(file, 'utf8');
    expect(text).toContain('\n  "events": [');
    expect(TimelineSchema.parse(JSON.parse(text))).toEqual(added.timeline);
    expect(await fs.readFile(path.join(root, '.dossier', 'timelines', 'README.md'), 'utf8')).toContain('source-changed');

    // Accepted candidates show as accepted in the queue afterwards.
    const again = await service.candidatesForArticle({ articleId: SAMPLE_ID, timelineId: t.id });
    expect(again.items.every((i) => i.status === 'accepted')).toBe(true);
  });

  it('re-anchors passages after the article file is edited, and keeps events whose passage vanished', async () => {
    const { t, added } = await buildFromSample();
    const yellen = added.timeline.events.find((e) => e.actors.includes('Janet Yellen'))!;
    const wenbin = added.timeline.events.find((e) => e.actors.includes('Wang Wenbin'))!;
    // An editor inserts a paragraph at the top, fixes typography in Yellen's sentence and deletes Wang Wenbin's.
    let edited = SAMPLE_TEXT.replace('Communist China is considering', 'Editor’s note: updated with new reporting.\n\nCommunist China is considering');
    edited = edited.replace('officials, companies, and banks', 'officials, companies and banks');
    const wenbinQuote = wenbin.sources[0]!.passage.quote;
    edited = edited.replace(wenbinQuote, 'The ministry declined to comment.');
    await fs.writeFile(articleFile, edited);

    const after = await service.getTimeline({ id: t.id });
    expect(after.events).toHaveLength(5);
    const article = (await import('./test-support')).articleFromFile(articleFile, SAMPLE_ID);
    const bodyText = (await article).text;
    for (const e of after.events) {
      const s = e.sources[0]!;
      if (e.id === wenbin.id) {
        expect(s.status).toBe('source-changed');
        expect(s.passage.quote).toBe(wenbinQuote);
      } else {
        expect(s.status).toBe('moved');
        expect(bodyText.slice(s.passage.start, s.passage.end)).toBe(s.passage.quote);
      }
    }
    expect(after.events.find((e) => e.id === yellen.id)!.sources[0]!.passage.quote).toContain('officials, companies and banks');
    // The re-anchored offsets were saved.
    const saved = JSON.parse(await fs.readFile(path.join(root, '.dossier', 'timelines', `${t.id}.json`), 'utf8'));
    expect(saved.version).toBe(after.version);

    // Reverting the file makes the vanished passage ok again.
    await fs.writeFile(articleFile, SAMPLE_TEXT);
    const reverted = await service.getTimeline({ id: t.id });
    expect(reverted.events.find((e) => e.id === wenbin.id)!.sources[0]!.status).toBe('ok');
  });

  it('merges the same event reported by two articles and credits the first report', async () => {
    const t = await service.createTimeline({ name: 'Munich' });
    const queue = await service.candidatesForQuery({ query: 'Wang Yi', timelineId: t.id });
    expect(queue.articleCount).toBe(2);
    const munich = queue.items.filter((i) => i.keys.length === 2);
    expect(munich).toHaveLength(1);
    expect(munich[0]!.firstReportedBy).toMatchObject({ articleId: OTHER_ID, publishedAt: '2023-02-20' });
    expect(munich[0]!.draft.sources.map((s) => s.articleId)).toEqual([OTHER_ID, SAMPLE_ID]);

    const added = await service.addEvents({ timelineId: t.id, events: queue.items.map((i) => i.draft) });
    expect(added.timeline.events).toHaveLength(5);
    const merged = added.timeline.events.find((e) => e.sources.length === 2)!;

    // split, then merge back
    const split = await service.splitEvent({ timelineId: t.id, eventId: merged.id });
    expect(split.events).toHaveLength(2);
    expect((await service.getTimeline({ id: t.id })).events).toHaveLength(6);
    const remerged = await service.mergeEvents({ timelineId: t.id, eventIds: split.events.map((e) => e.id) });
    expect(remerged.event.sources).toHaveLength(2);
    expect((await service.getTimeline({ id: t.id })).events).toHaveLength(5);
  });

  it('folds an accepted candidate into an existing duplicate', async () => {
    const { t } = await buildFromSample();
    const queue = await service.candidatesForArticle({ articleId: OTHER_ID, timelineId: t.id });
    expect(queue.items).toHaveLength(1);
    const item = queue.items[0]!;
    expect(item.duplicateOf).not.toBeNull();
    const res = await service.addEvents({ timelineId: t.id, events: [item.draft], keys: item.keys });
    expect(res.mergedInto).toEqual([item.duplicateOf]);
    expect(res.timeline.events).toHaveLength(5);
  });

  it('edits, rejects, deletes and undoes', async () => {
    const { t, added } = await buildFromSample();
    const event = added.timeline.events[0]!;
    const edit = await service.updateEvent({
      timelineId: t.id,
      eventId: event.id,
      patch: { title: 'Edited title', actors: ['Someone'], date: { start: '2023-01-01', end: '2023-01-31', precision: 'month', approximate: false, value: null, text: null } },
    });
    expect(edit.event.title).toBe('Edited title');
    expect(edit.event.date.precision).toBe('month');
    await service.undoTimelineChange({});
    expect((await service.getTimeline({ id: t.id })).events.find((e) => e.id === event.id)!.title).toBe(event.title);

    const del = await service.deleteEvents({ timelineId: t.id, eventIds: [event.id] });
    expect(del.deleted).toBe(1);
    await service.undoTimelineChange({ changeId: del.changeId });
    expect((await service.getTimeline({ id: t.id })).events).toHaveLength(5);

    const rej = await service.rejectCandidates({ timelineId: t.id, keys: ['x:1:2023'] });
    expect((await service.getTimeline({ id: t.id })).rejected).toEqual(['x:1:2023']);
    await service.undoTimelineChange({ changeId: rej.changeId });
    expect((await service.getTimeline({ id: t.id })).rejected).toEqual([]);

    const gone = await service.deleteTimeline({ id: t.id });
    expect((await service.listTimelines({})).timelines).toHaveLength(0);
    const trash = await fs.readdir(path.join(root, '.dossier', 'timelines', '.trash'));
    expect(trash).toHaveLength(1);
    await service.undoTimelineChange({ changeId: gone.changeId });
    const back = await service.listTimelines({});
    expect(back.timelines.map((x) => [x.id, x.eventCount])).toEqual([[t.id, 5]]);
  });

  it('applies each edit to the file as it is: hand edits made meanwhile and keys it does not know are kept', async () => {
    const { t } = await buildFromSample();
    const file = path.join(root, '.dossier', 'timelines', `${t.id}.json`);
    const json = JSON.parse(await fs.readFile(file, 'utf8'));
    json.name = 'Renamed by hand';
    json.reviewer = 'Ana';
    json.events[0].note = 'check with the desk';
    json.events[1].title = 'Retitled by hand';
    await fs.writeFile(file, JSON.stringify(json, null, 2));
    const renamed = await service.renameTimeline({ id: t.id, name: 'Renamed in Dossier', description: 'kept' });
    expect(renamed.timeline.events).toHaveLength(5);
    expect(renamed.timeline.events.find((e) => e.id === json.events[1].id)!.title).toBe('Retitled by hand');
    await service.updateEvent({ timelineId: t.id, eventId: json.events[0].id, patch: { title: 'Edited in Dossier' } });
    const onDisk = JSON.parse(await fs.readFile(file, 'utf8'));
    expect(onDisk).toMatchObject({ name: 'Renamed in Dossier', description: 'kept', reviewer: 'Ana' });
    expect(onDisk.events.find((e: { id: string }) => e.id === json.events[0].id)).toMatchObject({ title: 'Edited in Dossier', note: 'check with the desk' });
    expect(onDisk.events.find((e: { id: string }) => e.id === json.events[1].id).title).toBe('Retitled by hand');
  });

  it('merges the edits of two Dossier processes event by event, and undo takes back only its own change', async () => {
    const { t, added } = await buildFromSample();
    // A second service on the same folder stands for another process: its own queue and undo history.
    const other = createTimelineService({ ...fileDeps(path.join(root, '.dossier'), { [SAMPLE_ID]: articleFile }) });
    const [x, y] = added.timeline.events;
    const edits = [];
    for (let i = 0; i < 10; i++) {
      edits.push(service.updateEvent({ timelineId: t.id, eventId: x!.id, patch: { title: `here ${i}` } }));
      edits.push(other.updateEvent({ timelineId: t.id, eventId: y!.id, patch: { title: `there ${i}` } }));
      edits.push(other.rejectCandidates({ timelineId: t.id, keys: [`k${i}`] }));
    }
    await Promise.all(edits);
    const merged = await service.getTimeline({ id: t.id });
    expect(merged.events.find((e) => e.id === x!.id)!.title).toBe('here 9');
    expect(merged.events.find((e) => e.id === y!.id)!.title).toBe('there 9');
    expect([...merged.rejected].sort()).toEqual(Array.from({ length: 10 }, (_, i) => `k${i}`).sort());
    expect(merged.version).toBe(added.timeline.version + 30);

    const mine = await service.updateEvent({ timelineId: t.id, eventId: x!.id, patch: { title: 'mine, to undo' } });
    await other.updateEvent({ timelineId: t.id, eventId: y!.id, patch: { title: 'theirs, to keep' } });
    await service.undoTimelineChange({ changeId: mine.changeId });
    const after = await service.getTimeline({ id: t.id });
    expect(after.events.find((e) => e.id === x!.id)!.title).toBe('here 9');
    expect(after.events.find((e) => e.id === y!.id)!.title).toBe('theirs, to keep');
    // Undo leaves alone an event someone changed again since.
    const again = await service.updateEvent({ timelineId: t.id, eventId: x!.id, patch: { title: 'mine again' } });
    await other.updateEvent({ timelineId: t.id, eventId: x!.id, patch: { title: 'theirs on top' } });
    await service.undoTimelineChange({ changeId: again.changeId });
    expect((await service.getTimeline({ id: t.id })).events.find((e) => e.id === x!.id)!.title).toBe('theirs on top');
  });

  it('reports a broken timeline file clearly and leaves it alone', async () => {
    const dir = path.join(root, '.dossier', 'timelines');
    await fs.mkdir(dir, { recursive: true });
    await fs.writeFile(path.join(dir, 'broken.json'), '{ not json');
    await expect(service.getTimeline({ id: 'broken' })).rejects.toThrow(/not valid JSON/);
    expect((await service.listTimelines({})).timelines).toEqual([]);
    expect(await fs.readFile(path.join(dir, 'broken.json'), 'utf8')).toBe('{ not json');
    await expect(service.getTimeline({ id: '../secret' })).rejects.toThrow(/not a timeline id/);
  });

  it('proposes an event for a selected passage, dated by the timex inside it', async () => {
    const article = await (await import('./test-support')).articleFromFile(articleFile, SAMPLE_ID);
    const phrase = 'Blinken said in an interview with CBS News that China is seriously exploring supplying arms to Russia.';
    const start = article.text.indexOf(phrase);
    const undated = await service.proposeEvent({ articleId: SAMPLE_ID, start, end: start + phrase.length });
    expect(undated.date).toMatchObject({ start: '2023-02-23', end: '2023-02-23', approximate: true });
    expect(undated.sources[0]!.passage.quote).toBe(phrase);
    expect(undated.actors).toContain('CBS News');
    const cue = 'Janet Yellen on Thursday said';
    const at = article.text.indexOf(cue);
    const dated = await service.proposeEvent({ articleId: SAMPLE_ID, start: at, end: at + cue.length });
    expect(dated.date).toMatchObject({ start: '2023-02-23', precision: 'day', approximate: false, text: 'on Thursday' });
    expect(dated.actors).toEqual(['Janet Yellen']);
    await expect(service.proposeEvent({ articleId: SAMPLE_ID, start: 10, end: 10 })).rejects.toThrow(/select some text/);
  });

  it('exports and re-imports CSV', async () => {
    const { t } = await buildFromSample();
    const csv = await service.exportTimeline({ id: t.id, format: 'csv' });
    expect(csv.filename).toBe(`${t.id}.csv`);
    const imported = await service.importCsv({ name: 'Copy', content: csv.content });
    expect(imported.problems).toEqual([]);
    const original = await service.getTimeline({ id: t.id });
    const strip = (events: typeof original.events) => events.map(({ updatedAt: _u, ...e }) => e);
    expect(strip(imported.timeline.events)).toEqual(strip(original.events));
  });
});

describe('edits that arrive together', () => {
  it('keeps every one of them (each edit builds on the one before)', async () => {
    const { id } = await service.createTimeline({ name: 'Busy' });
    const queue = await service.candidatesForArticle({ articleId: SAMPLE_ID, timelineId: id });
    const keys = queue.items.map((item) => item.key);
    expect(keys.length).toBeGreaterThanOrEqual(5);
    await Promise.all(keys.map((key) => service.rejectCandidates({ timelineId: id, keys: [key] })));
    const after = await service.candidatesForArticle({ articleId: SAMPLE_ID, timelineId: id });
    expect(after.items.filter((item) => item.status === 'rejected').map((item) => item.key).sort()).toEqual([...keys].sort());
  });

  it('gives two timelines created at once with the same name their own files', async () => {
    const [a, b] = await Promise.all([service.createTimeline({ name: 'Same' }), service.createTimeline({ name: 'Same' })]);
    expect(a.id).not.toBe(b.id);
    const { timelines } = await service.listTimelines({});
    expect(timelines.filter((t) => t.name === 'Same')).toHaveLength(2);
  });
});

describe('timelines saved before format 2', () => {
  it('reads a format-1 file as it is, fills in the file each source cites, and saves it as format 2', async () => {
    const { t } = await buildFromSample();
    const file = path.join(root, '.dossier', 'timelines', `${t.id}.json`);
    // What an older Dossier wrote: no format, no file paths, dates or readings on sources.
    const old = JSON.parse(await fs.readFile(file, 'utf8'));
    delete old.formatVersion;
    delete old.pending;
    for (const e of old.events) {
      delete e.dateFrom;
      for (const s of e.sources) for (const key of ['path', 'date', 'reading', 'merge', 'copies']) delete s[key];
    }
    await fs.writeFile(file, JSON.stringify(old, null, 2));
    const read = await service.getTimeline({ id: t.id });
    expect(read.events).toHaveLength(5);
    for (const e of read.events) {
      expect(e.dateFrom).toBe('sources');
      expect(e.sources[0]!.path).toBe('sample.txt');
      expect(e.sources[0]!.date).toBeNull();
    }
    const saved = JSON.parse(await fs.readFile(file, 'utf8'));
    expect(saved.formatVersion).toBe(2);
    expect(saved.events[0].sources[0].path).toBe('sample.txt');
  });
});
