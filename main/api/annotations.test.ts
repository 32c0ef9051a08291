/**
 * Metadata corrections and notes through the service, on real libraries in temporary folders:
 * corrections reach search, fields, facets, date filters, sorting, analysis, timelines and exports,
 * and survive restarts; notes are searchable (`note:` and plain words) as soon as they change.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { waitFor } from '../library/test-support';
import { NotesFile } from '../notes/format';
import { createDossierService } from './service';
import type { DossierService } from './service-types';

let service: DossierService | undefined;
const dirs: string[] = [];

const STORIES = {
  'wire/geneva.txt': 'Talks resume in Geneva\n\nBy Ann Weber\n\nDiplomats from both sides met on Thursday in Geneva and agreed to resume the talks.\n\nThe next round is planned for March, a spokesman said.\n',
  'wire/harbour.txt': 'New harbour opens\n\nBy Bo Larsen, March 4, 2008\n\nThe harbour opened to ships on Monday after years of delay.\n',
  'wire/bridge.txt': 'Bridge repairs finish\n\nBy Cy Morgan, June 9, 2010\n\nWorkers finished the bridge repairs ahead of schedule.\n',
};

async function library(files: Record<string, string> = STORIES): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'dossier-annotations-'));
  dirs.push(dir);
  for (const [name, content] of Object.entries(files)) {
    await fs.mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await fs.writeFile(path.join(dir, name), content);
  }
  return dir;
}

async function open(root: string, watch = false): Promise<DossierService> {
  service = await createDossierService({ root, watch, analyseInBackground: false });
  await service.ready();
  return service;
}

async function idOf(s: DossierService, query: string): Promise<string> {
  const found = await s.search({ query });
  expect(found.total).toBe(1);
  return found.hits[0]!.article.id;
}

afterEach(async () => {
  await service?.close();
  service = undefined;
  await Promise.all(dirs.splice(0).map((d) => fs.rm(d, { recursive: true, force: true })));
});

describe('metadata corrections', { timeout: 120_000 }, () => {
  it('win over extraction in search fields, facets, date filters and sorting, and survive a restart', async () => {
    const root = await library();
    let s = await open(root);
    const harbour = await idOf(s, 'harbour');
    expect((await s.search({ query: 'harbour' })).facets.year).toEqual([{ value: '2008', count: 1 }]);

    const { metadata } = await s.setArticleMetadata({
      id: harbour,
      set: { title: 'Port of Eastbay opens at last', authors: ['Dee Editor'], publisher: 'Eastbay Gazette', publishedAt: { value: '2011-01-15' }, url: 'https://eastbay.example/port' },
    });
    expect(metadata.extracted).toMatchObject({ title: 'New harbour opens', authors: ['Bo Larsen'], publishedAt: { value: '2008-03-04', precision: 'day' } });
    expect(metadata.corrected).toMatchObject({ title: 'Port of Eastbay opens at last', publisher: 'Eastbay Gazette', publishedAt: { value: '2011-01-15', precision: 'day' } });

    const check = async (x: DossierService) => {
      expect(await idOf(x, 'title:eastbay')).toBe(harbour);
      expect(await idOf(x, 'author:dee')).toBe(harbour);
      expect(await idOf(x, 'source:"Eastbay Gazette"')).toBe(harbour);
      expect((await x.search({ query: 'author:bo' })).total).toBe(0);
      expect(await idOf(x, 'after:2011-01 before:2011-01-31')).toBe(harbour);
      expect((await x.search({ query: 'before:2009' })).total).toBe(0);
      const all = await x.search({ query: '-nothingsuch', sort: 'date-desc' });
      expect(all.hits.map((h) => h.article.title)).toEqual(['Port of Eastbay opens at last', 'Bridge repairs finish', 'Talks resume in Geneva']);
      expect(all.facets.year).toEqual([
        { value: '2011', count: 1 },
        { value: '2010', count: 1 },
      ]);
      expect(all.facets.source).toContainEqual({ value: 'Eastbay Gazette', count: 1 });
      expect((await x.listArticles({ sort: 'date-desc' })).items[0]).toMatchObject({ id: harbour, title: 'Port of Eastbay opens at last', publisher: 'Eastbay Gazette' });
      expect(await x.getArticle({ id: harbour })).toMatchObject({ title: 'Port of Eastbay opens at last', url: 'https://eastbay.example/port', authors: ['Dee Editor'] });
    };
    await check(s);
    await s.close();
    // The article file is untouched; the correction is in .dossier/metadata.json.
    expect(await fs.readFile(path.join(root, 'wire/harbour.txt'), 'utf8')).toBe(STORIES['wire/harbour.txt']);
    expect(JSON.parse(await fs.readFile(path.join(root, '.dossier', 'metadata.json'), 'utf8')).articles[harbour].publisher).toBe('Eastbay Gazette');

    s = await open(root);
    await check(s);

    // Clearing a correction returns to the extracted value; undo brings the correction back.
    const cleared = await s.setArticleMetadata({ id: harbour, clear: ['publisher', 'publishedAt'] });
    expect(cleared.metadata.effective).toMatchObject({ publisher: null, publishedAt: { value: '2008-03-04' }, title: 'Port of Eastbay opens at last' });
    expect(await idOf(s, 'before:2008-12')).toBe(harbour);
    expect(await s.undoMetadataChange({})).toEqual({ undone: cleared.changeId, id: harbour });
    expect(await idOf(s, 'source:eastbay')).toBe(harbour);
    await expect(s.setArticleMetadata({ id: harbour, set: { publishedAt: { value: '2011-02-30' } } })).rejects.toMatchObject({ code: 'invalid-request', message: expect.stringMatching(/no day 30/) });
  });

  it('follow the article when its file is renamed, and a hand edit of metadata.json while Dossier runs', async () => {
    const root = await library();
    const s = await open(root, true);
    const bridge = await idOf(s, 'bridge');
    await s.setArticleMetadata({ id: bridge, set: { publisher: 'Rivertown Post' } });
    await fs.rename(path.join(root, 'wire/bridge.txt'), path.join(root, 'wire/bridge-renamed.txt'));
    await waitFor('the change to show', async () => (await s.search({ query: 'source:rivertown' })).hits[0]?.article.path === 'wire/bridge-renamed.txt');
    const file = path.join(root, '.dossier', 'metadata.json');
    const data = JSON.parse(await fs.readFile(file, 'utf8'));
    data.articles[bridge].publisher = 'Rivertown Herald';
    await fs.writeFile(file, JSON.stringify(data));
    await waitFor('the change to show', async () => (await s.search({ query: 'source:herald' })).total === 1);
  });

  it('date an undated article: relative dates are placed from the corrected date, and timelines ask instead of guessing', async () => {
    const root = await library();
    const s = await open(root);
    const geneva = await idOf(s, 'geneva');
    const text = (await s.getArticle({ id: geneva })).text;
    const at = text.indexOf('Diplomats');
    const passage = { articleId: geneva, start: at, end: text.indexOf('.', at) };
    // Undated: "on Thursday" cannot be placed, and a hand-picked passage is not given a made-up date.
    expect((await s.getAnalysis({ id: geneva })).events).toEqual([]);
    expect(await s.proposeEvent({ articleId: geneva, start: text.indexOf('The next'), end: text.length - 1 })).toMatchObject({ dateSource: 'none', sources: [expect.objectContaining({ date: null })] });
    const timeline = await s.createTimeline({ name: 'Talks' });
    expect((await s.candidatesForQuery({ query: 'geneva', timelineId: timeline.id })).undated).toEqual([{ articleId: geneva, title: 'Talks resume in Geneva' }]);

    await s.setArticleMetadata({ id: geneva, set: { publishedAt: { value: '2023-02-24' } } }); // a Friday
    const thursday = (await s.getAnalysis({ id: geneva })).timexes.find((t) => t.text.includes('Thursday'));
    expect(thursday?.range).toEqual({ start: '2023-02-23', end: '2023-02-23' });
    const queue = await s.candidatesForArticle({ articleId: geneva, timelineId: timeline.id });
    expect(queue.items.map((i) => i.draft.date.start)).toContain('2023-02-23');
    expect((await s.proposeEvent(passage)).date).toMatchObject({ start: '2023-02-23' });
  });

  it('reach timeline sources and exports', async () => {
    const root = await library();
    const s = await open(root);
    const harbour = await idOf(s, 'harbour');
    const timeline = await s.createTimeline({ name: 'Ports' });
    const queue = await s.candidatesForArticle({ articleId: harbour, timelineId: timeline.id });
    expect(queue.items.length).toBeGreaterThan(0);
    await s.addEvents({ timelineId: timeline.id, events: queue.items.map((i) => i.draft), keys: queue.items.flatMap((i) => i.keys) });
    await s.setArticleMetadata({ id: harbour, set: { publisher: 'Eastbay Gazette', title: 'Port of Eastbay opens at last' } });
    const after = await s.getTimeline({ id: timeline.id });
    expect(after.events[0]!.sources[0]).toMatchObject({ publisher: 'Eastbay Gazette', articleTitle: 'Port of Eastbay opens at last' });
    const csv = (await s.exportTimeline({ id: timeline.id, format: 'csv' })).content;
    expect(csv).toContain('Eastbay Gazette');
    expect(csv).not.toContain('New harbour opens');
  });
});

describe('notes and highlights', { timeout: 120_000 }, () => {
  it('are searchable with note: and plain words as soon as they change, with a note snippet', async () => {
    const root = await library();
    const s = await open(root);
    const bridge = await idOf(s, 'bridge');
    const text = (await s.getArticle({ id: bridge })).text;
    const at = text.indexOf('ahead of schedule');
    const { highlight, changeId } = await s.addHighlight({ articleId: bridge, start: at, end: at + 'ahead of schedule'.length, color: 'blue', note: 'Contractor bonus? Ask the zoning office.' });
    expect(highlight.passage.quote).toBe('ahead of schedule');
    expect(await idOf(s, 'note:zoning')).toBe(bridge);
    expect(await idOf(s, 'note:"zoning office"')).toBe(bridge);
    expect(await idOf(s, 'note:contract*')).toBe(bridge);
    expect(await idOf(s, 'note:ofice~1')).toBe(bridge);
    const plain = await s.search({ query: 'zoning' });
    expect(plain.hits.map((h) => h.article.id)).toEqual([bridge]);
    expect(plain.hits[0]!.noteSnippet).toMatchObject({ text: expect.stringContaining('zoning office'), highlights: [[expect.any(Number), expect.any(Number)]] });
    expect((await s.search({ query: 'note:schedule' })).total).toBe(0); // the article's words are not the note's
    expect((await s.search({ query: 'bridge -zoning' })).total).toBe(0);
    expect((await s.search({ query: 'title:zoning' })).total).toBe(0);

    await s.setArticleNote({ articleId: bridge, note: 'Compare with the council minutes.' });
    expect(await idOf(s, 'council')).toBe(bridge);
    const deleted = await s.deleteHighlight({ articleId: bridge, highlightId: highlight.id });
    expect(deleted.notes.highlights).toEqual([]);
    expect((await s.search({ query: 'zoning' })).total).toBe(0);
    await s.undoNoteChange({ changeId: deleted.changeId });
    expect(await idOf(s, 'zoning')).toBe(bridge);
    expect((await s.listNotes({})).items).toMatchObject([{ articleId: bridge, note: 'Compare with the council minutes.', highlights: [{ note: expect.stringContaining('zoning') }], article: { title: 'Bridge repairs finish' } }]);
    expect(changeId).toBeTruthy();

    // Restart: notes are read from their files again.
    await s.close();
    const again = await open(root);
    expect(await idOf(again, 'note:zoning')).toBe(bridge);
  });

  it('follow hand edits of the notes file (Obsidian) while Dossier runs, and re-anchor when the article changes', async () => {
    const root = await library();
    const s = await open(root, true);
    const bridge = await idOf(s, 'bridge');
    const text = (await s.getArticle({ id: bridge })).text;
    const at = text.indexOf('finished the bridge repairs');
    await s.addHighlight({ articleId: bridge, start: at, end: at + 'finished the bridge repairs'.length, note: 'first' });
    const seen: string[][] = [];
    s.on('notesChanged', (e) => seen.push(e.articleIds));
    const file = path.join(root, '.dossier', 'notes', `${bridge}.md`);
    await fs.writeFile(file, (await fs.readFile(file, 'utf8')).replace('first', 'first, then the aardvark clause'));
    await waitFor('the change to show', async () => (await s.search({ query: 'aardvark' })).total === 1);
    expect(seen.flat()).toContain(bridge);

    // The article gains a paragraph at the top: the highlight is found again.
    await fs.writeFile(path.join(root, 'wire/bridge.txt'), STORIES['wire/bridge.txt'].replace('Workers finished', 'Traffic returned at dawn.\n\nWorkers finished'));
    const moved = await waitFor('the highlight to be found again', async () => {
      const notes = await s.getNotes({ articleId: bridge });
      return notes.highlights[0]?.status === 'moved' ? notes : undefined;
    });
    const newText = (await s.getArticle({ id: bridge })).text;
    const h = moved.highlights[0]!;
    expect(newText.slice(h.passage.start, h.passage.end)).toBe('finished the bridge repairs');
    expect(NotesFile.parse(await fs.readFile(file, 'utf8'), 'x').highlights()[0]!.passage.start).toBe(h.passage.start);
  });
});
