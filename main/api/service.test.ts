import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Analysis } from '../../shared/analysis';
import { ANALYSIS_VERSION } from '../analysis/index';
import { createDossierService } from './service';
import type { DossierService } from './service-types';

const sample = path.resolve(import.meta.dirname, '../../resources/sample-library');
const SAMPLE_TITLE = 'Report: China seriously weighing sending lethal weaponry to Russia';

let service: DossierService | undefined;
const dirs: string[] = [];

async function tempLibrary(files: Record<string, string>): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'dossier-api-'));
  dirs.push(dir);
  for (const [name, content] of Object.entries(files)) {
    await fs.mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await fs.writeFile(path.join(dir, name), content);
  }
  return dir;
}

async function copyOfSample(): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'dossier-api-sample-'));
  dirs.push(dir);
  await fs.cp(sample, dir, { recursive: true });
  return dir;
}

async function until<T>(probe: () => Promise<T | undefined | false>, ms = 15000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 50));
  }
}

afterEach(async () => {
  await service?.close();
  service = undefined;
  await Promise.all(dirs.splice(0).map((d) => fs.rm(d, { recursive: true, force: true })));
});

describe('DossierService on the sample library', () => {
  it('lists, finds and opens the sample article', async () => {
    service = await createDossierService({ root: await copyOfSample(), watch: false });
    await service.ready();
    const info = await service.libraryInfo({});
    expect(info.articleCount).toBe(61);
    expect(info.root).toBeNull();
    const found = await service.search({ query: '"Wang Yi"' });
    expect(found.error).toBeNull();
    const hit = found.hits.find((h) => h.article.title === SAMPLE_TITLE);
    expect(hit).toBeDefined();
    const article = await service.getArticle({ id: hit!.article.id });
    expect(article.publishedAt?.value).toBe('2023-02-23');
    expect(article.text).toContain('Wang Yi');
    const analysis = await service.getAnalysis({ id: article.id });
    expect(analysis.events.length).toBeGreaterThanOrEqual(5);
    expect(found.facets.source.length).toBeGreaterThan(0);
  });

  it('returns a query syntax error instead of throwing', async () => {
    service = await createDossierService({ root: await copyOfSample(), watch: false });
    const response = await service.search({ query: '"unclosed phrase' });
    expect(response.error).not.toBeNull();
    expect(response.error!.position).toBeGreaterThanOrEqual(0);
    expect(response.hits).toEqual([]);
  });
});

describe('DossierService tags', () => {
  it('tags, filters by tag, renames and undoes; tags survive a restart', async () => {
    const root = await tempLibrary({
      'a.txt': 'First story about airbus\n\nMarch 3, 2008\n\nAirbus delivered planes.',
      'b.txt': 'Second story about airbus\n\nMarch 4, 2008\n\nAirbus built more planes.',
      'c.txt': 'Third story about apple\n\nMarch 5, 2008\n\nApple sold phones.',
    });
    service = await createDossierService({ root, watch: false });
    await service.ready();
    const airbus = await service.search({ query: 'airbus' });
    const ids = airbus.hits.map((h) => h.article.id);
    expect(ids).toHaveLength(2);
    await service.tagArticles({ ids, add: ['topic/aviation'] });
    expect((await service.search({ query: 'tag:topic' })).total).toBe(2);
    const renamed = await service.renameTag({ from: 'topic/aviation', to: 'topic/planes' });
    expect((await service.search({ query: 'tag:topic/planes' })).total).toBe(2);
    await service.undoTagChange({ changeId: renamed.changeId });
    expect((await service.search({ query: 'tag:topic/aviation' })).total).toBe(2);
    const facets = (await service.search({ query: 'airbus' })).facets.tag;
    expect(facets).toContainEqual({ value: 'topic/aviation', count: 2 });
    await service.close();

    service = await createDossierService({ root, watch: false });
    await service.ready();
    expect((await service.search({ query: 'tag:topic/aviation' })).total).toBe(2);
    const tags = await service.listTags({});
    expect(tags.tags.find((t) => t.name === 'topic/aviation')?.count).toBe(2);
  });

  it('refuses to tag an unknown article', async () => {
    service = await createDossierService({ root: await tempLibrary({ 'a.txt': 'Title\n\nBody text.' }), watch: false });
    await expect(service.tagArticles({ ids: ['0123456789abcdef'], add: ['x'] })).rejects.toMatchObject({ code: 'not-found' });
  });
});

describe('DossierService import and watching', () => {
  it('imports files into imported/, never overwriting, and indexes them', async () => {
    const root = await tempLibrary({ 'a.txt': 'Existing\n\nBody.' });
    service = await createDossierService({ root, watch: false });
    await service.ready();
    const story = (n: number) => Buffer.from(`Zeppelin news ${n}\n\nMarch 3, 2008\n\nA zeppelin landed in field number ${n}.`).toString('base64');
    const first = await service.importFiles({ files: [{ name: '../../evil/zeppelin.txt', base64: story(1) }] });
    const second = await service.importFiles({ files: [{ name: 'zeppelin.txt', base64: story(2) }, { name: 'tool.exe', base64: 'AAAA' }] });
    expect(first.imported[0]!.path).toBe('imported/zeppelin.txt');
    expect(second.imported[0]!.path).toBe('imported/zeppelin (2).txt');
    expect(second.problems.map((p) => p.code)).toContain('unsupported');
    expect((await service.search({ query: 'zeppelin' })).total).toBe(2);
    // A name too long for the file system in bytes is shortened (keeping its extension), not fatal.
    const third = await service.importFiles({
      files: [
        { name: 'ok.txt', base64: story(3) },
        { name: `${'新'.repeat(150)}.txt`, base64: story(4) },
        { name: 'after.txt', base64: story(5) },
      ],
    });
    expect(third.imported.map((f) => f.path.endsWith('.txt'))).toEqual([true, true, true]);
    expect(third.problems).toEqual([]);
    await expect(fs.access(path.join(root, '..', 'evil'))).rejects.toThrow();
  });

  it('refuses to import through an imported/ folder that is a link out of the library, and writes nothing there', async () => {
    const root = await tempLibrary({ 'a.txt': 'Existing\n\nBody.' });
    const outside = await tempLibrary({});
    await fs.symlink(outside, path.join(root, 'imported'));
    service = await createDossierService({ root, watch: false });
    await service.ready();
    const content = Buffer.from('Zeppelin news\n\nA zeppelin landed.').toString('base64');
    const result = await service.importFiles({ files: [{ name: 'zeppelin.txt', base64: content }] });
    expect(result.imported).toEqual([]);
    expect(result.problems).toEqual([
      expect.objectContaining({ path: 'zeppelin.txt', code: 'outside-library', message: expect.stringMatching(/"imported" .* link to .* outside the library.*nothing was imported/i) }),
    ]);
    expect(await fs.readdir(outside)).toEqual([]);
    expect((await service.libraryInfo({})).articleCount).toBe(1);
  });

  it('says so when an imported file is already in the library, and does not copy it in again', async () => {
    const text = 'Harbour reopens\n\nby Example Staff, May 7, 2024\n\nThe harbour reopened on Tuesday after a week of repairs to the northern pier, the port authority said.\n';
    const root = await tempLibrary({ 'news/harbour.txt': text });
    service = await createDossierService({ root, watch: false });
    await service.ready();
    const [existing] = (await service.listArticles({})).items;
    // The same bytes, the same text with other line endings, and the same file twice in one import.
    const res = await service.importFiles({
      files: [
        { name: 'harbour.txt', base64: Buffer.from(text).toString('base64') },
        { name: 'harbour-crlf.txt', base64: Buffer.from(text.replace(/\n/g, '\r\n')).toString('base64') },
        { name: 'other.txt', base64: Buffer.from('Other news\n\nSomething else entirely happened at the airport.\n').toString('base64') },
        { name: 'other (copy).txt', base64: Buffer.from('Other news\n\nSomething else entirely happened at the airport.\n').toString('base64') },
      ],
    });
    expect(res.imported.map((f) => f.path)).toEqual(['imported/other.txt']);
    expect(res.duplicates).toEqual([
      { name: 'harbour.txt', path: null, kind: 'exact', of: { id: existing!.id, path: 'news/harbour.txt', title: 'Harbour reopens' } },
      { name: 'harbour-crlf.txt', path: null, kind: 'exact', of: { id: existing!.id, path: 'news/harbour.txt', title: 'Harbour reopens' } },
      { name: 'other (copy).txt', path: null, kind: 'exact', of: expect.objectContaining({ path: 'imported/other.txt' }) },
    ]);
    expect((await service.listArticles({})).total).toBe(2);
  });

  it('follows files added, changed and removed outside Dossier', async () => {
    const root = await tempLibrary({ 'a.txt': 'Alpha title\n\nThe quick walrus.' });
    service = await createDossierService({ root, watch: true });
    await service.ready();
    await fs.writeFile(path.join(root, 'b.txt'), 'Beta title\n\nA sudden narwhal appeared.');
    await until(async () => (await service!.search({ query: 'narwhal' })).total === 1);
    await fs.rm(path.join(root, 'a.txt'));
    await until(async () => (await service!.search({ query: 'walrus' })).total === 0);
    expect((await service.libraryInfo({})).articleCount).toBe(1);
  });
});

describe('DossierService status', () => {
  /** Waits until the status has left 'ready' and come back to it (or fails on the timeout). */
  async function settles(s: DossierService, change: () => Promise<void>): Promise<void> {
    const phases: string[] = [];
    const stop = s.on('indexProgress', (p) => phases.push(p.phase));
    try {
      await change();
      await until(async () => phases.length > 0 && (await s.indexStatus({})).phase === 'ready', 10_000).catch(() => {
        throw new Error(`the status stayed at "${phases.at(-1) ?? '(no event)'}" (phases seen: ${phases.join(', ')})`);
      });
    } finally {
      stop();
    }
  }

  it('comes back to ready after a touched, unchanged article', async () => {
    const root = await tempLibrary({ 'a.txt': 'Alpha title\n\nThe quick walrus.' });
    service = await createDossierService({ root, watch: true, analyseInBackground: false });
    await service.ready();
    await settles(service, async () => {
      const later = new Date(Date.now() + 60_000);
      await fs.utimes(path.join(root, 'a.txt'), later, later);
    });
    expect(await service.indexStatus({})).toMatchObject({ phase: 'ready', done: 1, total: 1 });
  });

  it('comes back to ready after a link to a file outside the library appears or is replaced', async () => {
    const root = await tempLibrary({ 'a.txt': 'Alpha title\n\nThe quick walrus.' });
    const outside = await tempLibrary({ 'o.txt': 'Outside\n\nNot part of the library.' });
    service = await createDossierService({ root, watch: true, analyseInBackground: false });
    await service.ready();
    await settles(service, () => fs.symlink(path.join(outside, 'o.txt'), path.join(root, 'link.txt')));
    expect((await service.problems({})).problems.map((p) => p.code)).toEqual(['outside-library']);
    // Replaced within one watch batch (the pause lets the watcher see the removal, not just a change):
    // the batch ends with the same problem as before, so nothing changes for the index.
    await settles(service, async () => {
      await fs.rm(path.join(root, 'link.txt'));
      await new Promise((resolve) => setTimeout(resolve, 150));
      await fs.symlink(path.join(outside, 'o.txt'), path.join(root, 'link.txt'));
    });
    expect((await service.libraryInfo({})).articleCount).toBe(1);
  });
});

describe('DossierService errors', () => {
  it('refuses a folder that does not exist', async () => {
    await expect(createDossierService({ root: path.join(os.tmpdir(), 'no-such-dossier-folder-x') })).rejects.toMatchObject({ code: 'not-found' });
  });
});

describe('original files', { timeout: 120_000 }, () => {
  it('hands the original over with a safe media type, and opens it through the shell the desktop gives', async () => {
    const pdf = await fs.readFile(path.resolve(import.meta.dirname, '../testdata/pdf/report.pdf'));
    const dir = await tempLibrary({ 'page.html': '<html><head><title>A saved page</title></head><body><p>Some text of the page, long enough to read.</p><script>alert(1)</script></body></html>' });
    await fs.writeFile(path.join(dir, 'report.pdf'), pdf);
    const opened: string[] = [];
    service = await createDossierService({ root: dir, watch: false, analyseInBackground: false, openFile: async (abs) => (opened.push(abs), '') });
    await service.ready();
    const { items } = await service.listArticles({ sort: 'date-asc' });
    const report = items.find((a) => a.format === 'pdf')!;
    const page = items.find((a) => a.format === 'html')!;

    const original = await service.getOriginal({ id: report.id });
    expect(original).toMatchObject({ name: 'report.pdf', mediaType: 'application/pdf', size: pdf.length });
    expect(Buffer.from(original.base64, 'base64').equals(pdf)).toBe(true);
    // A web page is handed over as opaque bytes, so that no browser shows (and runs) it.
    expect((await service.getOriginal({ id: page.id })).mediaType).toBe('application/octet-stream');

    expect(await service.openOriginal({ id: report.id })).toEqual({ opened: true, message: null });
    expect(opened).toEqual([path.join(await fs.realpath(dir), 'report.pdf')]);
    await expect(service.getOriginal({ id: 'ffffffffffffffff' })).rejects.toMatchObject({ code: 'not-found' });
  });

  it('says it cannot open files where no shell is given', async () => {
    const dir = await tempLibrary({ 'a.txt': 'Title\n\nBody text.\n' });
    service = await createDossierService({ root: dir, watch: false, analyseInBackground: false });
    await service.ready();
    const [article] = (await service.listArticles({})).items;
    expect(await service.openOriginal({ id: article!.id })).toEqual({ opened: false, message: 'This door cannot open files in other programs.' });
  });
});

describe('DossierService analysis problems', () => {
  it('lists an article whose analysis failed at a stage as a problem, and clears it when the analysis succeeds', async () => {
    const text = 'Summit story\n\nMarch 3, 2008\n\nLeaders met in Geneva on Monday.';
    const root = await tempLibrary({ 'news/summit.txt': text });
    // The analysis this article would get if a stage failed, as the analysis cache keeps it (by content hash).
    const hash = createHash('sha256').update(Buffer.from(text)).digest('hex');
    const failed: Analysis = { version: ANALYSIS_VERSION, timexes: [], entities: [], quotes: [], events: [], failures: [{ stage: 'entities', message: 'gazetteer missing' }] };
    const entry = path.join(root, '.dossier', 'analysis', `v${ANALYSIS_VERSION}`, hash.slice(0, 2), `${hash}.json`);
    await fs.mkdir(path.dirname(entry), { recursive: true });
    await fs.writeFile(entry, JSON.stringify(failed));

    service = await createDossierService({ root, watch: false });
    await service.ready();
    await service.analysed();
    const { problems } = await service.problems({});
    expect(problems).toEqual([
      expect.objectContaining({ path: 'news/summit.txt', code: 'analysis-failed', partial: true, message: 'The analysis of "news/summit.txt" failed at stage entities: gazetteer missing.' }),
    ]);
    expect((await service.libraryInfo({})).problemCount).toBe(1);
    await service.close();

    // Without the failed entry the article is analysed afresh, and no problem is left.
    await fs.rm(entry);
    service = await createDossierService({ root, watch: false });
    await service.ready();
    await service.analysed();
    const id = (await service.listArticles({})).items[0]!.id;
    expect((await service.getAnalysis({ id })).failures).toBeUndefined();
    expect((await service.problems({})).problems).toEqual([]);
  });
});
