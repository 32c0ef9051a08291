/**
 * ONE contract and query suite, run against both back ends: the local folder service
 * (main/api/service.ts) and the PostgreSQL team library (main/team/service.ts), each on the same
 * copy of the sample library (the team one loaded with `team push`). Every response is checked
 * against the contract's response schema; every query must give the same totals on both; and a
 * parity check compares, query by query, the exact sets of articles and the facets.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, DossierError, type DossierApi, type OpName } from '../../shared/contract';
import { createDossierService } from '../api/service';
import type { DoorService } from '../api/service-types';
import { pushLibrary } from './push';
import { openTeamLibrary, type TeamLibrary } from './service';
import { createTestDatabase, pgAvailable, PG_SKIP_REASON, stopOwnCluster, TEST_HASH_COST, type TestDatabase } from './testing/databases';
import { addUser } from './users';

const SAMPLE = path.resolve(import.meta.dirname, '../../resources/sample-library');

interface Backend {
  api: DoorService;
  close(): Promise<void>;
}

async function copyOfSample(): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'dossier-contract-'));
  await fs.cp(SAMPLE, dir, { recursive: true });
  return dir;
}

async function openLocal(): Promise<Backend> {
  const dir = await copyOfSample();
  // The search history is kept per user: a folder of the test's own, not the real one.
  const stateDir = await fs.mkdtemp(path.join(os.tmpdir(), 'dossier-state-'));
  const service = await createDossierService({ root: dir, stateDir, watch: false, analyseInBackground: false });
  await service.ready();
  return {
    api: service,
    async close() {
      await service.close();
      await fs.rm(dir, { recursive: true, force: true });
      await fs.rm(stateDir, { recursive: true, force: true });
    },
  };
}

let database: TestDatabase | undefined;
async function openTeam(): Promise<Backend> {
  const dir = await copyOfSample();
  database = await createTestDatabase();
  const user = await addUser(database.db, 'alice', 'correct horse battery', 'Alice', TEST_HASH_COST);
  await pushLibrary(dir, database.db, { user });
  const library: TeamLibrary = await openTeamLibrary(database.url, { listen: false });
  return {
    api: library.serviceFor(user),
    async close() {
      await library.close();
      await database?.drop();
      await fs.rm(dir, { recursive: true, force: true });
    },
  };
}

/** Calls an op and checks the response against the contract's schema. */
async function call<K extends OpName>(api: DossierApi, op: K, req: Parameters<DossierApi[K]>[0]): Promise<Awaited<ReturnType<DossierApi[K]>>> {
  const res = await (api[op] as (r: unknown) => Promise<unknown>)(req);
  const checked = contract[op].response.safeParse(res);
  if (!checked.success) throw new Error(`${op}: response does not match the contract: ${checked.error.message.slice(0, 500)}`);
  return res as Awaited<ReturnType<DossierApi[K]>>;
}

/** Queries and the number of sample articles each finds (the same on both back ends). */
const QUERY_TOTALS: [string, number][] = [
  ['airbus', 24],
  ['airbus OR boeing', 30],
  ['airbus boeing', 12],
  ['airbus -boeing', 12],
  ['"lethal weaponry"', 1],
  ['"air force"', 5],
  ['title:airbus', 12],
  ['author:"WorldTribune Staff"', 1],
  ['source:worldtribune', 1],
  ['ipho*', 14],
  ['airbuss~', 24],
  ['aple~', 7],
  ['after:2008 airbus', 7],
  ['before:2005-06 airbus', 5],
  ['after:2005-06 before:2005-06', 3],
  ['(apple OR airbus) after:2010', 10],
  ['the', 0],
  ['-airbus', 37],
  ['sanctions china', 1],
];

const backends: { name: string; open: () => Promise<Backend>; skip: boolean }[] = [
  { name: 'the local folder service', open: openLocal, skip: false },
  { name: 'the PostgreSQL team library', open: openTeam, skip: !pgAvailable },
];

afterAll(async () => {
  await stopOwnCluster();
});

for (const backend of backends) {
  describe.skipIf(backend.skip)(`the contract on ${backend.name}`, () => {
    let b: Backend;
    beforeAll(async () => {
      b = await backend.open();
    }, 120_000);
    afterAll(async () => {
      await b?.close();
    });

    it('describes the library and lists its articles in every order', async () => {
      const info = await call(b.api, 'libraryInfo', {});
      expect(info.articleCount).toBe(61);
      expect(info.root).toBeNull();
      const byDate = await call(b.api, 'listArticles', { sort: 'date-desc', limit: 5 });
      expect(byDate.total).toBe(61);
      const dates = byDate.items.map((a) => a.publishedAt?.value ?? '');
      expect(dates).toEqual([...dates].sort().reverse());
      const oldest = await call(b.api, 'listArticles', { sort: 'date-asc', limit: 3, offset: 1 });
      expect(oldest.items).toHaveLength(3);
      const status = await call(b.api, 'indexStatus', {});
      expect(status.phase).toBe('ready');
      expect((await call(b.api, 'problems', {})).problems).toEqual([]);
    });

    it('opens an article and refuses unknown ids', async () => {
      const found = await call(b.api, 'search', { query: '"lethal weaponry"' });
      const article = await call(b.api, 'getArticle', { id: found.hits[0]!.article.id });
      expect(article.title).toBe('Report: China seriously weighing sending lethal weaponry to Russia');
      expect(article.text).toContain('Communist China');
      await expect(b.api.getArticle({ id: '0123456789abcdef' })).rejects.toMatchObject({ code: 'not-found' });
    });

    it.each(QUERY_TOTALS)('finds %j in %i articles', async (query, total) => {
      const res = await call(b.api, 'search', { query, limit: 100 });
      expect(res.error).toBeNull();
      expect(res.total).toBe(total);
      expect(res.hits).toHaveLength(Math.min(total, 100));
    });

    it('highlights what it found and cuts snippets around it', async () => {
      const res = await call(b.api, 'search', { query: '"air force"' });
      const hit = res.hits[0]!;
      const [start, end] = hit.snippet.highlights[0]!;
      expect(hit.snippet.text.slice(start, end).toLowerCase()).toBe('air force');
      const article = await call(b.api, 'getArticle', { id: hit.article.id });
      expect(hit.ranges.map(([s, e]) => article.text.slice(s, e).toLowerCase())).toContain('air force');
      const stemmed = await call(b.api, 'search', { query: 'contracts' });
      const words = stemmed.hits.flatMap((h) => h.snippet.highlights.map(([s, e]) => h.snippet.text.slice(s, e).toLowerCase()));
      expect(words).toContain('contract');
    });

    it('sorts by date both ways, undated articles last', async () => {
      const desc = await call(b.api, 'search', { query: 'airbus', sort: 'date-desc', limit: 100 });
      const days = desc.hits.map((h) => h.article.publishedAt?.value.slice(0, 10) ?? '');
      expect(days.filter(Boolean)).toEqual([...days.filter(Boolean)].sort().reverse());
      expect(days.indexOf('')).toBe(days.includes('') ? days.length - days.filter((d) => !d).length : -1);
      const asc = await call(b.api, 'search', { query: 'airbus', sort: 'date-asc', limit: 100 });
      const ascDays = asc.hits.map((h) => h.article.publishedAt?.value.slice(0, 10) ?? '');
      expect(ascDays.filter(Boolean)).toEqual([...days.filter(Boolean)].reverse());
      expect(ascDays.slice(ascDays.length - ascDays.filter((d) => !d).length).every((d) => d === '')).toBe(true);
    });

    it('counts facets by source, year and tag over all the matches', async () => {
      const res = await call(b.api, 'search', { query: 'airbus OR apple', limit: 1 });
      const years = res.facets.year.map((y) => y.value);
      expect(years).toEqual([...years].sort().reverse());
      expect(res.facets.year.reduce((n, y) => n + y.count, 0)).toBeLessThanOrEqual(res.total);
      expect(res.facets.year.reduce((n, y) => n + y.count, 0)).toBeGreaterThan(0);
    });

    it('reports a mistyped query where it is wrong, without failing', async () => {
      const res = await call(b.api, 'search', { query: 'airbus OR' });
      expect(res.error?.position).toBe(7);
      expect(res.total).toBe(0);
    });

    it('tags, renames, merges, colours and undoes, and the tags are searchable', async () => {
      const { hits } = await call(b.api, 'search', { query: 'airbus', sort: 'date-asc', limit: 3 });
      const ids = hits.map((h) => h.article.id);
      const tagged = await call(b.api, 'tagArticles', { ids, add: ['region/europe', 'aviation'] });
      expect(tagged.changed).toBe(3);
      expect((await call(b.api, 'search', { query: 'tag:region' })).total).toBe(3);
      expect((await call(b.api, 'search', { query: 'tag:REGION/Europe airbus' })).total).toBe(3);
      const facet = (await call(b.api, 'search', { query: 'airbus' })).facets.tag;
      expect(facet).toEqual(expect.arrayContaining([{ value: 'aviation', count: 3 }, { value: 'region/europe', count: 3 }]));
      await call(b.api, 'renameTag', { from: 'region', to: 'place' });
      expect((await call(b.api, 'listTags', {})).tags.map((t) => t.name)).toEqual(['aviation', 'place/europe']);
      await call(b.api, 'setTagColor', { name: 'aviation', color: '#D04A02' });
      await call(b.api, 'mergeTags', { from: ['aviation'], into: 'place' });
      const merged = (await call(b.api, 'listTags', {})).tags;
      expect(merged).toEqual([
        { name: 'place', color: '#d04a02', count: 3 },
        { name: 'place/europe', color: null, count: 3 },
      ]);
      expect((await call(b.api, 'undoTagChange', {})).undone).not.toBeNull();
      expect((await call(b.api, 'listTags', {})).tags.map((t) => t.name)).toEqual(['aviation', 'place/europe']);
      const removed = await call(b.api, 'tagArticles', { ids: [ids[0]!], remove: ['aviation'] });
      expect(removed.changed).toBe(1);
      expect((await call(b.api, 'getArticle', { id: ids[0]! })).tags).toEqual(['place/europe']);
      await expect(b.api.tagArticles({ ids: ['0123456789abcdef'], add: ['x'] })).rejects.toMatchObject({ code: 'not-found' });
      const suggestions = await call(b.api, 'suggest', { prefix: 'pla', limit: 50 });
      expect(suggestions.suggestions).toContain('tag:place/europe');
    });

    it('builds a timeline: create, add, edit with a three-way check, merge, split, export, undo', async () => {
      const created = await call(b.api, 'createTimeline', { name: 'Tanker deal' });
      const { hits } = await call(b.api, 'search', { query: '"air force" tanker', limit: 2 });
      const article = await call(b.api, 'getArticle', { id: hits[0]!.article.id });
      const draft = await call(b.api, 'proposeEvent', { articleId: article.id, start: 0, end: 40 });
      // A second report from another article (a merged event keeps one source per article).
      expect(hits).toHaveLength(2);
      const other = await call(b.api, 'proposeEvent', { articleId: hits[1]!.article.id, start: 100, end: 160 });
      const added = await call(b.api, 'addEvents', { timelineId: created.id, events: [draft, { ...other, title: 'Second report' }], mergeDuplicates: false });
      expect(added.added).toHaveLength(2);
      const [first, second] = added.added;
      const edited = await call(b.api, 'updateEvent', { timelineId: created.id, eventId: first!, patch: { title: 'Contract awarded' }, base: { title: draft.title } });
      expect(edited.event.title).toBe('Contract awarded');
      // Someone (here: the same API) changed the title meanwhile: an edit from the old base is refused…
      await expect(b.api.updateEvent({ timelineId: created.id, eventId: first!, patch: { title: 'Stale edit' }, base: { title: draft.title } })).rejects.toMatchObject({ code: 'conflict' });
      // …while a field nobody else touched merges.
      await call(b.api, 'updateEvent', { timelineId: created.id, eventId: first!, patch: { description: 'From the base' }, base: { description: draft.description } });
      const merged = await call(b.api, 'mergeEvents', { timelineId: created.id, eventIds: [first!, second!] });
      expect(merged.event.sources).toHaveLength(2);
      const split = await call(b.api, 'splitEvent', { timelineId: created.id, eventId: merged.event.id });
      expect(split.events).toHaveLength(2);
      const csv = await call(b.api, 'exportTimeline', { id: created.id, format: 'csv' });
      expect(csv.content).toContain('Contract awarded');
      const list = await call(b.api, 'listTimelines', {});
      expect(list.timelines.find((t) => t.id === created.id)?.eventCount).toBe(2);
      const undone = await call(b.api, 'undoTimelineChange', {});
      expect(undone.undone).toBe(split.changeId);
      expect((await call(b.api, 'getTimeline', { id: created.id })).events).toHaveLength(1);
      const imported = await call(b.api, 'importCsv', { name: 'From CSV', content: csv.content });
      expect(imported.imported).toBe(2);
      const queue = await call(b.api, 'candidatesForArticle', { articleId: article.id, timelineId: created.id });
      expect(queue.articleCount).toBe(1);
      await call(b.api, 'deleteTimeline', { id: imported.timeline.id });
      await expect(b.api.getTimeline({ id: imported.timeline.id })).rejects.toMatchObject({ code: 'not-found' });
    });

    it('imports files and lists every change in the activity feed', async () => {
      const text = 'Tanker test article\n\nBy Test Desk, March 3, 2011\n\nThe zeppelinology of tankers was discussed.\n';
      const res = await call(b.api, 'importFiles', { files: [{ name: 'zeppelin.txt', base64: Buffer.from(text).toString('base64') }, { name: 'bad.exe', base64: 'AA==' }] });
      expect(res.imported.map((f) => f.path)).toEqual(['imported/zeppelin.txt']);
      expect(res.problems.map((p) => p.code)).toEqual(['unsupported']);
      // A local library indexes the new file on its own schedule; the database at once.
      await expect.poll(async () => (await b.api.search({ query: 'zeppelinology' })).total, { timeout: 15_000 }).toBe(1);
      const feed = await call(b.api, 'activity', { limit: 100 });
      const ops = feed.items.map((i) => i.op);
      expect(ops).toEqual(expect.arrayContaining(['tagArticles', 'renameTag', 'mergeTags', 'undoTagChange', 'createTimeline', 'updateEvent', 'importFiles']));
      expect(feed.items[0]!.op).toBe('importFiles');
      expect(feed.items.find((i) => i.op === 'updateEvent')?.timelineId).toBeTruthy();
    });

    it('hands over original files, and finds copies on import, in search and in the duplicates list', async () => {
      // The longest article of the library: long enough to be compared by wording, not only exactly.
      const listed = await call(b.api, 'listArticles', { limit: 100 });
      const longest = [...listed.items].sort((x, y) => y.wordCount - x.wordCount)[0]!;
      const article = await call(b.api, 'getArticle', { id: longest.id });
      const original = await call(b.api, 'getOriginal', { id: article.id });
      expect(original.name).toBe(article.path.split('/').pop());
      expect(Buffer.from(original.base64, 'base64').length).toBe(original.size);
      expect(original.size).toBe(article.size);
      await expect(b.api.getOriginal({ id: 'ffffffffffffffff' })).rejects.toMatchObject({ code: 'not-found' });
      const opened = await call(b.api, 'openOriginal', { id: article.id });
      expect(opened.opened).toBe(false);
      expect(opened.message).toBeTruthy();

      // The same file again is not imported; the story republished with its last paragraph cut is, named as a copy.
      const paragraphs = article.text.split(/\n\s*\n/);
      const trimmed = `Republished: ${article.title}\n\n${paragraphs.slice(0, -1).join('\n\n')}\n`;
      const res = await call(b.api, 'importFiles', {
        files: [
          { name: `again-${original.name}`, base64: original.base64 },
          { name: 'republished.txt', base64: Buffer.from(trimmed).toString('base64') },
        ],
      });
      expect(res.imported.map((f) => f.path)).toEqual(['imported/republished.txt']);
      expect(res.duplicates).toEqual([
        { name: `again-${original.name}`, path: null, kind: 'exact', of: { id: article.id, path: article.path, title: article.title } },
        { name: 'republished.txt', path: 'imported/republished.txt', kind: 'near', of: { id: article.id, path: article.path, title: article.title } },
      ]);

      await expect
        .poll(async () => (await call(b.api, 'duplicates', { ids: [article.id] })).groups.map((g) => g.members.map((m) => m.path)), { timeout: 15_000 })
        .toEqual([[article.path, 'imported/republished.txt']]);
      const [group] = (await call(b.api, 'duplicates', {})).groups.filter((g) => g.primary === article.id);
      expect(group?.members.map((m) => [m.kind, m.primary])).toEqual([
        ['exact', true],
        ['near', false],
      ]);
      const { hits } = await call(b.api, 'search', { query: `"${article.title.split(/\s+/).slice(0, 3).join(' ')}"`, limit: 100 });
      const hit = hits.find((h) => h.article.id === article.id);
      expect(hit?.copies?.map((c) => c.path)).toEqual(['imported/republished.txt']);
      expect(hit?.copyOf ?? null).toBeNull();
    });

    it('keeps searches waiting for review in the timeline', async () => {
      const created = await call(b.api, 'createTimeline', { name: 'Review queue' });
      await call(b.api, 'setPendingReview', { timelineId: created.id, query: 'airbus', candidates: 4 });
      expect((await call(b.api, 'getTimeline', { id: created.id })).pending).toEqual([expect.objectContaining({ query: 'airbus', candidates: 4 })]);
      await call(b.api, 'setPendingReview', { timelineId: created.id, query: 'airbus', done: true });
      const after = await call(b.api, 'getTimeline', { id: created.id });
      expect(after.pending).toEqual([]);
      expect(after.formatVersion).toBe(2);
      await expect(b.api.setPendingReview({ timelineId: 'no-such-timeline', query: 'x' })).rejects.toMatchObject({ code: 'not-found' });
    });

    it('corrects metadata: search, date filters, facets and the article see the correction, and undo puts it back', async () => {
      const { hits } = await call(b.api, 'search', { query: '"lethal weaponry"' });
      const id = hits[0]!.article.id;
      const extractedTitle = hits[0]!.article.title;
      const set = await call(b.api, 'setArticleMetadata', { id, set: { title: 'Zanzibarian arms report', publisher: 'Corrected Press', publishedAt: { value: '1999-05-04' } } });
      expect(set.metadata.extracted.title).toBe(extractedTitle);
      expect(set.metadata.effective).toMatchObject({ title: 'Zanzibarian arms report', publisher: 'Corrected Press', publishedAt: { value: '1999-05-04', precision: 'day' } });
      expect((await call(b.api, 'getArticleMetadata', { id })).corrected).toMatchObject({ title: 'Zanzibarian arms report' });
      await expect.poll(async () => (await b.api.search({ query: 'title:zanzibarian' })).total, { timeout: 15_000 }).toBe(1);
      expect((await call(b.api, 'search', { query: 'source:"Corrected Press"' })).total).toBe(1);
      const dated = await call(b.api, 'search', { query: 'after:1999-05 before:1999-05' });
      expect(dated.hits.map((h) => [h.article.id, h.article.publishedAt?.value])).toEqual([[id, '1999-05-04']]);
      const facets = (await call(b.api, 'search', { query: 'zanzibarian' })).facets;
      expect(facets.source).toEqual([{ value: 'Corrected Press', count: 1 }]);
      expect(facets.year).toEqual([{ value: '1999', count: 1 }]);
      const article = await call(b.api, 'getArticle', { id });
      expect([article.title, article.publisher, article.publishedAt?.value]).toEqual(['Zanzibarian arms report', 'Corrected Press', '1999-05-04']);
      const listed = (await call(b.api, 'listArticles', { sort: 'date-asc', limit: 100 })).items.filter((a) => a.publishedAt);
      expect([listed[0]?.id, listed[0]?.publishedAt?.value]).toEqual([id, '1999-05-04']);
      // A correction equal to the current one changes nothing.
      const again = await call(b.api, 'setArticleMetadata', { id, set: { publisher: 'Corrected Press' } });
      expect(again.metadata.corrected.publisher).toBe('Corrected Press');
      await call(b.api, 'setArticleMetadata', { id, clear: ['publisher'] });
      expect((await call(b.api, 'getArticle', { id })).publisher).toBe(hits[0]!.article.publisher);
      expect((await call(b.api, 'undoMetadataChange', {})).id).toBe(id);
      expect((await call(b.api, 'getArticle', { id })).publisher).toBe('Corrected Press');
      expect((await call(b.api, 'undoMetadataChange', {})).undone).toBe(set.changeId);
      await expect.poll(async () => (await b.api.search({ query: 'title:zanzibarian' })).total, { timeout: 15_000 }).toBe(0);
      expect((await call(b.api, 'getArticle', { id })).title).toBe(extractedTitle);
      expect((await call(b.api, 'getArticleMetadata', { id })).corrected).toEqual({});
      const feed = await call(b.api, 'activity', { limit: 20 });
      expect(feed.items.map((i) => i.op)).toEqual(expect.arrayContaining(['setArticleMetadata', 'undoMetadataChange']));
      await expect(b.api.setArticleMetadata({ id, set: { publishedAt: { value: '2023-02-30' } } })).rejects.toMatchObject({ code: 'invalid-request' });
    });

    it('keeps notes and highlights, finds them with note: and plain words, and undoes', async () => {
      const { hits } = await call(b.api, 'search', { query: '"air force"', limit: 1 });
      const article = await call(b.api, 'getArticle', { id: hits[0]!.article.id });
      const start = article.text.indexOf('Air Force') >= 0 ? article.text.indexOf('Air Force') : 0;
      const added = await call(b.api, 'addHighlight', { articleId: article.id, start, end: start + 9, note: 'Quixotic follow-up needed' });
      expect(added.highlight.passage.quote).toBe(article.text.slice(start, start + 9));
      expect(added.highlight.color).toBe('yellow');
      await call(b.api, 'setArticleNote', { articleId: article.id, note: 'Check the xylophonic sources' });
      await expect.poll(async () => (await b.api.search({ query: 'note:quixotic' })).hits.map((h) => h.article.id), { timeout: 15_000 }).toEqual([article.id]);
      const plain = await call(b.api, 'search', { query: 'xylophonic' });
      expect(plain.hits.map((h) => h.article.id)).toEqual([article.id]);
      expect(plain.hits[0]!.noteSnippet?.text).toContain('xylophonic');
      expect((await call(b.api, 'search', { query: 'note:"xylophonic sources"' })).total).toBe(1);
      expect((await call(b.api, 'search', { query: 'note:xyloph*' })).total).toBe(1);
      expect((await call(b.api, 'search', { query: 'note:xylophonik~' })).total).toBe(1);
      expect((await call(b.api, 'search', { query: 'note:"sources xylophonic"' })).total).toBe(0);
      expect((await call(b.api, 'search', { query: 'airbus -note:quixotic' })).hits.map((h) => h.article.id)).not.toContain(article.id);
      const notes = await call(b.api, 'getNotes', { articleId: article.id });
      expect(notes.note).toBe('Check the xylophonic sources');
      expect(notes.highlights.map((h) => h.note)).toEqual(['Quixotic follow-up needed']);
      const list = await call(b.api, 'listNotes', {});
      expect(list.total).toBe(1);
      expect(list.items[0]!.article?.title).toBe(article.title);
      await call(b.api, 'updateHighlight', { articleId: article.id, highlightId: added.highlight.id, color: 'green' });
      await call(b.api, 'deleteHighlight', { articleId: article.id, highlightId: added.highlight.id });
      expect((await call(b.api, 'getNotes', { articleId: article.id })).highlights).toEqual([]);
      expect((await call(b.api, 'undoNoteChange', {})).articleId).toBe(article.id);
      expect((await call(b.api, 'getNotes', { articleId: article.id })).highlights.map((h) => h.color)).toEqual(['green']);
      await call(b.api, 'undoNoteChange', {});
      expect((await call(b.api, 'getNotes', { articleId: article.id })).highlights.map((h) => h.color)).toEqual(['yellow']);
      await call(b.api, 'undoNoteChange', {});
      await expect.poll(async () => (await b.api.search({ query: 'xylophonic' })).total, { timeout: 15_000 }).toBe(0);
      await expect(b.api.addHighlight({ articleId: article.id, start: 5, end: 5 })).rejects.toMatchObject({ code: 'invalid-request' });
      await expect(b.api.updateHighlight({ articleId: article.id, highlightId: 'abcd1234', color: 'blue' })).rejects.toMatchObject({ code: 'not-found' });
      const feed = await call(b.api, 'activity', { limit: 30 });
      expect(feed.items.map((i) => i.op)).toEqual(expect.arrayContaining(['addHighlight', 'setArticleNote', 'deleteHighlight', 'undoNoteChange']));
    });

    it('saves searches with their counts, keeps the search history, and undoes both', async () => {
      const tanker = await call(b.api, 'search', { query: 'tanker' });
      const saved = await call(b.api, 'saveSearch', { name: 'Tankers', query: 'tanker', sort: 'date-desc' });
      expect(saved.search).toMatchObject({ name: 'Tankers', query: 'tanker', sort: 'date-desc', count: tanker.total, error: null });
      await expect(b.api.saveSearch({ name: 'TANKERS', query: 'boeing' })).rejects.toMatchObject({ code: 'invalid-request' });
      const broken = await call(b.api, 'saveSearch', { name: 'Broken', query: 'airbus OR' });
      expect(broken.search.count).toBeNull();
      expect(broken.search.error).toContain('character 8');
      await call(b.api, 'updateSavedSearch', { id: saved.search.id, name: 'Tanker deals' });
      expect((await call(b.api, 'listSavedSearches', {})).searches.map((x) => x.name)).toEqual(['Broken', 'Tanker deals']);
      const timeline = await call(b.api, 'createTimeline', { name: 'From a saved search' });
      const queue = await call(b.api, 'candidatesForQuery', { savedSearch: saved.search.id, timelineId: timeline.id });
      const byQuery = await call(b.api, 'candidatesForQuery', { query: 'tanker', timelineId: timeline.id });
      expect(queue.articleCount).toBe(byQuery.articleCount);
      expect(queue.articleCount).toBeGreaterThan(0);
      await expect(b.api.candidatesForQuery({ savedSearch: 'nosuchsearch' })).rejects.toMatchObject({ code: 'not-found' });
      await call(b.api, 'deleteSavedSearch', { id: saved.search.id });
      expect((await call(b.api, 'listSavedSearches', { counts: false })).searches.map((x) => x.name)).toEqual(['Broken']);
      await call(b.api, 'undoSearchChange', {});
      expect((await call(b.api, 'listSavedSearches', {})).searches.map((x) => [x.name, x.count])).toEqual([
        ['Broken', null],
        ['Tanker deals', tanker.total],
      ]);
      await call(b.api, 'undoSearchChange', {});
      expect((await call(b.api, 'listSavedSearches', {})).searches.map((x) => x.name)).toEqual(['Broken', 'Tankers']);

      await call(b.api, 'recordSearch', { query: 'Café tanker' });
      await call(b.api, 'recordSearch', { query: 'airbus' });
      await call(b.api, 'recordSearch', { query: 'cafe  TANKER' });
      expect((await call(b.api, 'searchHistory', {})).entries.map((e) => e.query)).toEqual(['cafe  TANKER', 'airbus']);
      expect((await call(b.api, 'searchHistory', { prefix: 'CAFÉ' })).entries.map((e) => e.query)).toEqual(['cafe  TANKER']);
      expect((await call(b.api, 'clearSearchHistory', {})).removed).toBe(2);
      expect((await call(b.api, 'searchHistory', {})).entries).toEqual([]);
      await call(b.api, 'undoSearchChange', {});
      expect((await call(b.api, 'searchHistory', {})).entries.map((e) => e.query)).toEqual(['cafe  TANKER', 'airbus']);
    });

    it('fails with the contract error shape', async () => {
      const err = await b.api.getArticle({ id: 'ffffffffffffffff' }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(DossierError);
    });
  });
}

describe.skipIf(!pgAvailable)('both back ends agree, query by query', () => {
  let local: Backend;
  let team: Backend;
  beforeAll(async () => {
    [local, team] = await Promise.all([openLocal(), openTeam()]);
  }, 120_000);
  afterAll(async () => {
    await local?.close();
    await team?.close();
  });

  const PARITY = [
    ...QUERY_TOTALS.map(([q]) => q),
    'apple iphone',
    '"steve jobs"',
    'jobs',
    'iphone OR ipod OR ipad',
    'title:"apple"',
    'author:staff',
    'iphon*',
    'northr*',
    'contrac~2',
    'boeing -airbus -"air force"',
    '(tanker OR tankers) northrop',
    'after:2007 before:2008',
    'before:2004',
    'sanction* russia*',
  ];

  it.each(PARITY)('%j: the same articles and facets', async (query) => {
    const [a, b] = await Promise.all([local.api.search({ query, limit: 1000 }), team.api.search({ query, limit: 1000 })]);
    expect(b.error).toEqual(a.error);
    expect(b.total).toBe(a.total);
    expect(b.hits.map((h) => h.article.id).sort()).toEqual(a.hits.map((h) => h.article.id).sort());
    expect(b.facets.source).toEqual(a.facets.source);
    expect(b.facets.year).toEqual(a.facets.year);
    expect(b.facets.tag).toEqual(a.facets.tag);
  });

  it('the same order when sorting by date', async () => {
    const [a, b] = await Promise.all([local.api.search({ query: 'airbus OR apple', sort: 'date-desc', limit: 100 }), team.api.search({ query: 'airbus OR apple', sort: 'date-desc', limit: 100 })]);
    const day = (h: (typeof a.hits)[number]) => h.article.publishedAt?.value.slice(0, 10) ?? '';
    expect(b.hits.map(day)).toEqual(a.hits.map(day));
  });
});

/** A small library whose people, organisations and places the analysis finds (and accented words). */
const story = (title: string, date: string, body: string) => `${title}\n\nBy Jane Reporter, ${date}\n\n${body}\n`;
const ENTITY_FILES = {
  'yellen.txt': story(
    'Yellen rules out a default',
    'March 6, 2023',
    'Treasury Secretary Janet Yellen said on Monday that the United States would meet its obligations. "We will not default on our debt," Yellen told reporters in Washington. Officials from Burma attended the meeting at the World Bank.',
  ),
  'blinken.txt': story(
    'Blinken answers Yellen',
    'March 7, 2023',
    'Diplomats met in Bangkok on Tuesday to discuss Burma. "Janet Yellen is wrong about the sanctions," said Antony Blinken, the Secretary of State. The talks resumed in São Paulo on Wednesday, over a café lunch.',
  ),
  'other.txt': story('Harvest news', 'March 8, 2023', 'Farmers in Kenya reported a good harvest on Wednesday, the Kenya Farmers Association said. Smörgåsbord prices rose.'),
};

describe.skipIf(!pgAvailable)('both back ends agree on people, organisations and places, and fold accents', () => {
  let local: Backend;
  let team: Backend;
  const dirs: string[] = [];
  beforeAll(async () => {
    const root = await fs.mkdtemp(path.join(os.tmpdir(), 'dossier-entities-'));
    const stateDir = await fs.mkdtemp(path.join(os.tmpdir(), 'dossier-state-'));
    dirs.push(root, stateDir);
    for (const [name, content] of Object.entries(ENTITY_FILES)) await fs.writeFile(path.join(root, name), content);
    const service = await createDossierService({ root, stateDir, watch: false });
    await service.ready();
    await service.analysed();
    local = { api: service, close: () => service.close() };
    // The push takes the analyses the local library cached: the team library gets the same entities.
    const db = await createTestDatabase();
    const user = await addUser(db.db, 'alice', 'correct horse battery', 'Alice', TEST_HASH_COST);
    await pushLibrary(root, db.db, { user });
    const library = await openTeamLibrary(db.url, { listen: false });
    team = {
      api: library.serviceFor(user),
      async close() {
        await library.close();
        await db.drop();
      },
    };
  }, 120_000);
  afterAll(async () => {
    await local?.close();
    await team?.close();
    await Promise.all(dirs.map((d) => fs.rm(d, { recursive: true, force: true })));
  });

  const QUERIES: [string, number][] = [
    ['person:"Janet Yellen"', 2],
    ['person:yellen', 2],
    ['person:yel*', 2],
    ['person:"janet yellén"', 2],
    ['person:blinken -place:bangkok', 0],
    ['place:myanmar', 2],
    ['place:kenya harvest', 1],
    ['person:nobody', 0],
    ['sao paulo', 1],
    ['"sao paulo"', 1],
    ['"São Paulo"', 1],
    ['cafe', 1],
    ['café', 1],
    ['smorgasbord', 1],
    ['title:yellen', 2],
  ];

  it.each(QUERIES)('%j: the same articles (%i) and entity facets', async (query, total) => {
    const [a, b] = await Promise.all([local.api.search({ query, limit: 100 }), team.api.search({ query, limit: 100 })]);
    expect(a.error).toBeNull();
    expect(b.error).toBeNull();
    expect(a.total).toBe(total);
    expect(b.total).toBe(total);
    expect(b.hits.map((h) => h.article.id).sort()).toEqual(a.hits.map((h) => h.article.id).sort());
    expect(b.facets.person).toEqual(a.facets.person);
    if (total > 0 && query.startsWith('person:')) expect(b.facets.person!.length).toBeGreaterThan(0);
    expect(b.facets.organization).toEqual(a.facets.organization);
    expect(b.facets.place).toEqual(a.facets.place);
  });

  it('lists the same entities, filtered as one types', async () => {
    for (const req of [{}, { kind: 'person' as const }, { filter: 'yel' }, { filter: 'sao pau' }, { kind: 'place' as const, limit: 2, offset: 1 }]) {
      const [a, b] = await Promise.all([call(local.api, 'listEntities', req), call(team.api, 'listEntities', req)]);
      expect(b.total).toBe(a.total);
      expect(b.entities).toEqual(a.entities);
    }
    expect((await call(team.api, 'listEntities', {})).entities).toContainEqual({ kind: 'person', name: 'Janet Yellen', count: 2 });
  });

  it("shows the same entity page: the person's articles and quotes", async () => {
    const [a, b] = await Promise.all([call(local.api, 'getEntity', { kind: 'person', name: 'Janet Yellen' }), call(team.api, 'getEntity', { kind: 'person', name: 'Janet Yellen' })]);
    expect(b.articles.map((x) => x.id).sort()).toEqual(a.articles.map((x) => x.id).sort());
    expect(b.quotesBy).toEqual(a.quotesBy);
    expect(b.quotesAbout).toEqual(a.quotesAbout);
    expect(a.articles).toHaveLength(2);
  });
});

if (!pgAvailable) {
  describe('the PostgreSQL back end', () => {
    it.skip(`is not tested here: ${PG_SKIP_REASON}`, () => {});
  });
}
