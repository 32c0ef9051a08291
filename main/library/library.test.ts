import { afterEach, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, realpathSync, renameSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { IndexProgress } from '../../shared/contract';
import { openLibrary } from './library';
import { MANIFEST_VERSION } from './manifest';
import type { Library, LibraryOptions } from './types';
import { forgetTagStore } from './tags';
import { articleText, tempFolder } from './test-support';

const ID = /^[0-9a-f]{16}(-[0-9]+)?$/;

let folder: ReturnType<typeof tempFolder>;
let open: Library[] = [];

afterEach(async () => {
  for (const lib of open) await lib.close();
  open = [];
  if (folder) forgetTagStore(path.join(folder.dir, '.dossier'));
  folder?.cleanup();
});

/** Opens the library without watching, recording the files it reads and the lines it logs. */
async function openTracked(dir: string, options: LibraryOptions = {}) {
  const reads: string[] = [];
  const logs: string[] = [];
  const lib = await openLibrary(dir, {
    watch: false,
    // Parsing on the main thread keeps these tests fast; the worker pool has its own test below.
    parseWorkers: 0,
    log: (line) => logs.push(line),
    ...options,
    onProgress: (p: IndexProgress) => {
      if (p.phase === 'reading' && p.current) reads.push(p.current);
      options.onProgress?.(p);
    },
  });
  open.push(lib);
  return { lib, reads, logs };
}

async function restart(lib: Library, options: LibraryOptions = {}) {
  await lib.close();
  open = open.filter((l) => l !== lib);
  forgetTagStore(lib.dataDir);
  return openTracked(lib.root, options);
}

/** UTF-8 text with one invalid byte in it. */
const badUtf8 = (title: string) =>
  Buffer.concat([Buffer.from(`${title}\n\nCafé, naïve, résumé and déjà vu: `), Buffer.from([0xff]), Buffer.from(' the rest is fine.\n')]);

const byPath = (lib: Library, rel: string) => lib.summaries().find((s) => s.path === rel);
const problemOf = (lib: Library, rel: string) => lib.problems().filter((p) => p.path === rel);

describe('scanning', () => {
  it('finds supported files at any depth and skips hidden files, node_modules, .dossier and ignored docs', async () => {
    folder = tempFolder();
    folder.write('one.txt', articleText('First story'));
    folder.write('deep/er/two.md', '---\ntitle: Second story\ntags: [economy]\n---\n\nBody of the second story here.\n');
    folder.write('web/three.html', '<html><head><title>Third story</title></head><body><article><p>Body of the third story, long enough to be read as an article by the reader.</p></article></body></html>');
    folder.write('notes.pdf.bak', 'not an article');
    folder.write('.hidden.txt', articleText('Hidden'));
    folder.write('.git/x.txt', articleText('Git'));
    folder.write('node_modules/pkg/readme.txt', articleText('Module'));
    folder.write('README.md', '<!-- dossier:ignore -->\n# About this sample library\n');
    folder.write('sub/README.md', '# A real readme that is an article\n\nWith text.\n');
    const { lib } = await openTracked(folder.dir);
    expect(lib.summaries().map((s) => s.path)).toEqual(['deep/er/two.md', 'one.txt', 'sub/README.md', 'web/three.html']);
    for (const s of lib.summaries()) expect(s.id).toMatch(ID);
    expect(byPath(lib, 'deep/er/two.md')?.tags).toEqual(['economy']);
    expect(lib.problems()).toEqual([]);
    expect(readFileSync(path.join(folder.dir, '.dossier/README.md'), 'utf8')).toMatch(/derived data/i);
    const manifest = JSON.parse(readFileSync(path.join(folder.dir, '.dossier/manifest.json'), 'utf8'));
    expect(manifest.format).toBe('dossier-manifest');
    expect(Object.keys(manifest.articles)).toEqual(['deep/er/two.md', 'one.txt', 'sub/README.md', 'web/three.html']);
    expect(manifest.skipped['README.md'].problem).toBeNull();
  });

  it('serves the full article with file tags and user tags, and a path inside the root', async () => {
    folder = tempFolder();
    folder.write('a/story.md', '---\ntitle: Tagged story\ntags: [economy]\n---\n\nThe body of the story is here.\n');
    const { lib } = await openTracked(folder.dir);
    const id = lib.summaries()[0]!.id;
    await lib.tags.apply({ ids: [id], add: ['mine/todo'] });
    const article = await lib.article(id);
    expect(article?.title).toBe('Tagged story');
    expect(article?.text).toContain('The body of the story is here.');
    expect(article?.tags).toEqual(['economy', 'mine/todo']);
    expect(lib.summary(id)?.tags).toEqual(['economy', 'mine/todo']);
    expect(article?.contentHash).toBe(lib.contentHash(id));
    expect(lib.absolutePath(id)).toBe(path.join(await import('node:fs').then((f) => f.realpathSync(folder.dir)), 'a', 'story.md'));
    expect(await lib.article('0000000000000000')).toBeUndefined();
    expect(lib.absolutePath('0000000000000000')).toBeUndefined();
  });
});

describe('bad input never stops the library', () => {
  it('reports each bad file with a specific message naming it, and reads the rest', async () => {
    folder = tempFolder();
    folder.write('good.txt', articleText('Good story'));
    folder.write('empty.txt', '');
    folder.write('blank.md', '   \n\n  \n');
    folder.write('binary.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    folder.write('nul.txt', Buffer.concat([Buffer.from('text then '), Buffer.alloc(64), Buffer.from('zeros')]));
    folder.write('latin.txt', badUtf8('Bad bytes story'));
    symlinkSync('nowhere.txt', path.join(folder.dir, 'dangling.txt'));
    symlinkSync('self.txt', path.join(folder.dir, 'self.txt'));
    mkdirSync(path.join(folder.dir, 'nest'));
    symlinkSync('..', path.join(folder.dir, 'nest', 'up'));
    const outside = tempFolder('dossier-outside-');
    outside.write('secret.txt', articleText('Outside'));
    symlinkSync(path.join(outside.dir, 'secret.txt'), path.join(folder.dir, 'linked-out.txt'));
    symlinkSync(outside.dir, path.join(folder.dir, 'linked-folder'));
    try {
      const { lib } = await openTracked(folder.dir);
      expect(lib.summaries().map((s) => s.path)).toEqual(['good.txt', 'latin.txt']);
      const codes = Object.fromEntries(lib.problems().map((p) => [p.path, p.code]));
      expect(codes).toEqual({
        'blank.md': 'empty',
        'binary.txt': 'binary',
        'dangling.txt': 'unreadable',
        'empty.txt': 'empty',
        'latin.txt': 'invalid-encoding',
        'linked-folder': 'outside-library',
        'linked-out.txt': 'outside-library',
        'nest/up': 'symlink-loop',
        'nul.txt': 'binary',
        'self.txt': 'symlink-loop',
      });
      for (const p of lib.problems()) {
        expect(p.message).toContain(`"${p.path}"`);
        expect(p.partial).toBe(p.path === 'latin.txt');
      }
      expect(problemOf(lib, 'binary.txt')[0]?.message).toMatch(/PNG image/);
      expect(problemOf(lib, 'dangling.txt')[0]?.message).toMatch(/link to "nowhere.txt", which does not exist/);
      expect(problemOf(lib, 'latin.txt')[0]?.message).toMatch(/invalid UTF-8/);
      expect(problemOf(lib, 'linked-out.txt')[0]?.message).toMatch(/outside the library folder/);
    } finally {
      outside.cleanup();
    }
  });

  it('reads a 50 MB file only up to maxFileBytes and keeps it as a partial article', async () => {
    folder = tempFolder();
    const paragraph = 'Officials said the talks would continue next week in the capital. '.repeat(20) + '\n\n';
    const big = 'A very long report\n\n' + paragraph.repeat(Math.ceil((50 * 1024 * 1024) / paragraph.length));
    folder.write('huge.txt', big);
    folder.write('small.txt', articleText('Small'));
    const { lib } = await openTracked(folder.dir, { maxFileBytes: 2 * 1024 * 1024 });
    const summary = byPath(lib, 'huge.txt')!;
    expect(summary.title).toBe('A very long report');
    const [p] = problemOf(lib, 'huge.txt');
    expect(p).toMatchObject({ code: 'truncated', partial: true });
    expect(p!.message).toMatch(/"huge.txt" is 50\.\d MB; Dossier read only its first 2\.0 MB/);
    const article = (await lib.article(summary.id))!;
    expect(article.text.length).toBeLessThanOrEqual(2 * 1024 * 1024);
    expect(article.text.length).toBeGreaterThan(1024 * 1024);
    expect(article.size).toBe(Buffer.byteLength(big));
    // the rest of the file is never read: the hash covers what was read
    const { createHash } = await import('node:crypto');
    expect(article.contentHash).toBe(createHash('sha256').update(Buffer.from(big).subarray(0, 2 * 1024 * 1024)).digest('hex'));
    expect(byPath(lib, 'small.txt')).toBeDefined();
  });

  it('reports a file that vanishes, or turns into a folder, between the scan and the read', async () => {
    folder = tempFolder();
    folder.write('a-goes.txt', articleText('Going away'));
    folder.write('b-folder.txt', articleText('Becomes a folder'));
    folder.write('c-stays.txt', articleText('Stays'));
    const { lib } = await openTracked(folder.dir, {
      onProgress: (p) => {
        // runs just before the library opens the file
        if (p.phase !== 'reading') return;
        if (p.current === 'a-goes.txt') rmSync(path.join(folder.dir, 'a-goes.txt'));
        if (p.current === 'b-folder.txt') {
          rmSync(path.join(folder.dir, 'b-folder.txt'));
          mkdirSync(path.join(folder.dir, 'b-folder.txt'));
        }
      },
    });
    expect(lib.summaries().map((s) => s.path)).toEqual(['c-stays.txt']);
    expect(problemOf(lib, 'a-goes.txt')[0]).toMatchObject({ code: 'vanished', partial: false });
    expect(problemOf(lib, 'a-goes.txt')[0]!.message).toMatch(/"a-goes.txt" disappeared/);
    expect(problemOf(lib, 'b-folder.txt')[0]).toMatchObject({ code: 'unreadable' });
    expect(problemOf(lib, 'b-folder.txt')[0]!.message).toMatch(/"b-folder.txt" is a folder, not a file/);
  });

  it('keeps the problems list current: a fixed file loses its problem', async () => {
    folder = tempFolder();
    folder.write('empty.txt', '');
    const { lib } = await openTracked(folder.dir);
    expect(lib.problems().map((p) => p.code)).toEqual(['empty']);
    folder.write('empty.txt', articleText('Now written'));
    const change = await lib.rescan();
    expect(change.added).toHaveLength(1);
    expect(lib.problems()).toEqual([]);
    rmSync(path.join(folder.dir, 'empty.txt'));
    folder.write('gone-bad.txt', '');
    await lib.rescan();
    expect(lib.problems().map((p) => p.path)).toEqual(['gone-bad.txt']);
  });

  it('follows links inside the library once and does not list a linked file twice', async () => {
    folder = tempFolder();
    folder.write('real/story.txt', articleText('Real story'));
    folder.write('.archive/old.txt', articleText('Archived story'));
    symlinkSync('real', path.join(folder.dir, 'alias'));
    symlinkSync('real/story.txt', path.join(folder.dir, 'story-link.txt'));
    symlinkSync('.archive', path.join(folder.dir, 'archive'));
    const { lib } = await openTracked(folder.dir);
    expect(lib.summaries().map((s) => s.path)).toEqual(['archive/old.txt', 'real/story.txt']);
    expect(lib.problems()).toEqual([]);
  });
});

describe('handing articles to an indexer', () => {
  it('passes each article it parses to onArticleRead, and only those', async () => {
    folder = tempFolder();
    folder.write('a.txt', articleText('First'));
    folder.write('b.txt', articleText('Second'));
    const seen: string[] = [];
    const first = await openTracked(folder.dir, { onArticleRead: (a) => seen.push(`${a.path}:${a.id}:${a.text.length > 0}`) });
    expect(seen).toEqual(first.lib.summaries().map((s) => `${s.path}:${s.id}:true`));
    folder.write('b.txt', articleText('Second, edited'));
    seen.length = 0;
    await restart(first.lib, { onArticleRead: (a) => seen.push(a.path) });
    expect(seen).toEqual(['b.txt']);
  });
});

describe('parsing in worker threads', () => {
  it('gives the same articles and problems as parsing on the main thread', async () => {
    folder = tempFolder();
    folder.write('a.txt', articleText('Plain story'));
    folder.write('b.html', '<html><head><title>Web story</title></head><body><article><p>The web story has a paragraph of text that is long enough.</p><script>alert(1)</script></article></body></html>');
    folder.write('c.md', '---\ntitle: Front matter story\ntags: [x]\n---\n\nBody.\n');
    folder.write('bad.txt', Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31]));
    const here = await openTracked(folder.dir);
    const expected = { summaries: here.lib.summaries(), problems: here.lib.problems().map(({ at: _at, ...p }) => p) };
    const text = (await here.lib.article(expected.summaries[1]!.id))!.text;
    await here.lib.close();
    rmSync(path.join(folder.dir, '.dossier'), { recursive: true });
    forgetTagStore(here.lib.dataDir);
    const pooled = await openTracked(folder.dir, { parseWorkers: 1 });
    expect(pooled.logs).toEqual([]);
    expect(pooled.lib.summaries()).toEqual(expected.summaries);
    expect(pooled.lib.problems().map(({ at: _at, ...p }) => p)).toEqual(expected.problems);
    expect((await pooled.lib.article(expected.summaries[1]!.id))!.text).toBe(text);
  });
});

describe('stable ids', () => {
  it('derives ids from content and numbers duplicates', async () => {
    folder = tempFolder();
    folder.write('a.txt', articleText('Same'));
    folder.write('b.txt', articleText('Same'));
    folder.write('c.txt', articleText('Same'));
    const { lib } = await openTracked(folder.dir);
    const [a, b, c] = lib.summaries();
    expect(b!.id).toBe(`${a!.id}-2`);
    expect(c!.id).toBe(`${a!.id}-3`);
    const { createHash } = await import('node:crypto');
    expect(a!.id).toBe(createHash('sha256').update(articleText('Same')).digest('hex').slice(0, 16));
  });

  it('keeps the id of a file changed in place', async () => {
    folder = tempFolder();
    folder.write('a.txt', articleText('Before'));
    const { lib } = await openTracked(folder.dir);
    const id = lib.summaries()[0]!.id;
    folder.write('a.txt', articleText('After the edit', 'Completely different words now.'));
    const change = await lib.rescan();
    expect(change).toEqual({ added: [], changed: [id], removed: [] });
    expect(lib.summary(id)?.title).toBe('After the edit');
    expect((await lib.article(id))?.text).toContain('Completely different words now.');
    const { lib: again } = await restart(lib);
    expect(again.summaries()[0]!.id).toBe(id);
  });

  it('keeps the id (and the tags) of a file renamed or moved to another folder', async () => {
    folder = tempFolder();
    folder.write('inbox/a.txt', articleText('Moving story'));
    folder.write('other.txt', articleText('Other'));
    const { lib } = await openTracked(folder.dir);
    const id = byPath(lib, 'inbox/a.txt')!.id;
    await lib.tags.apply({ ids: [id], add: ['follow-up'] });
    mkdirSync(path.join(folder.dir, 'archive/2024'), { recursive: true });
    renameSync(path.join(folder.dir, 'inbox/a.txt'), path.join(folder.dir, 'archive/2024/renamed.txt'));
    const change = await lib.rescan();
    expect(change).toEqual({ added: [], changed: [id], removed: [] });
    expect(lib.summary(id)).toMatchObject({ path: 'archive/2024/renamed.txt', tags: ['follow-up'] });
    expect((await lib.article(id))?.path).toBe('archive/2024/renamed.txt');
  });

  it('keeps the id of a file moved while Dossier was closed', async () => {
    folder = tempFolder();
    folder.write('a.txt', articleText('Moved while closed'));
    folder.write('b.txt', articleText('Edited while closed'));
    const { lib } = await openTracked(folder.dir);
    const idA = byPath(lib, 'a.txt')!.id;
    const idB = byPath(lib, 'b.txt')!.id;
    await lib.tags.apply({ ids: [idA], add: ['region/china'] });
    await lib.close();
    mkdirSync(path.join(folder.dir, 'sub'));
    renameSync(path.join(folder.dir, 'a.txt'), path.join(folder.dir, 'sub/a-moved.txt'));
    folder.write('b.txt', articleText('Edited while closed', 'New words.'));
    forgetTagStore(lib.dataDir);
    const { lib: again } = await openTracked(folder.dir);
    expect(byPath(again, 'sub/a-moved.txt')).toMatchObject({ id: idA, tags: ['region/china'] });
    expect(byPath(again, 'b.txt')?.id).toBe(idB);
  });

  it('gives a removed file’s id back when the same content returns later', async () => {
    folder = tempFolder();
    folder.write('a.txt', articleText('Comes back'));
    const { lib } = await openTracked(folder.dir);
    const id = lib.summaries()[0]!.id;
    const text = readFileSync(path.join(folder.dir, 'a.txt'));
    rmSync(path.join(folder.dir, 'a.txt'));
    expect(await lib.rescan()).toEqual({ added: [], changed: [], removed: [id] });
    folder.write('restored/a.txt', text);
    expect(await lib.rescan()).toEqual({ added: [id], changed: [], removed: [] });
  });
});

describe('ids follow content', () => {
  /** Swaps the contents of two files (as `mv a t; mv b a; mv t b` does). */
  const swap = (dir: string, a: string, b: string) => {
    renameSync(path.join(dir, a), path.join(dir, 'swap.tmp'));
    renameSync(path.join(dir, b), path.join(dir, a));
    renameSync(path.join(dir, 'swap.tmp'), path.join(dir, b));
  };

  it('keeps tags on the right article when two files swap names', async () => {
    folder = tempFolder();
    folder.write('a.txt', articleText('Alpha story'));
    folder.write('b.txt', articleText('Beta story', 'A longer body, so the two files differ in size as well as in content.'));
    const { lib } = await openTracked(folder.dir);
    const alpha = byPath(lib, 'a.txt')!.id;
    const beta = byPath(lib, 'b.txt')!.id;
    await lib.tags.apply({ ids: [alpha], add: ['alpha'] });
    await lib.tags.apply({ ids: [beta], add: ['beta'] });
    swap(folder.dir, 'a.txt', 'b.txt');
    const change = await lib.rescan();
    expect({ ...change, changed: change.changed.sort() }).toEqual({ added: [], changed: [alpha, beta].sort(), removed: [] });
    expect(byPath(lib, 'a.txt')).toMatchObject({ id: beta, title: 'Beta story', tags: ['beta'] });
    expect(byPath(lib, 'b.txt')).toMatchObject({ id: alpha, title: 'Alpha story', tags: ['alpha'] });
    expect((await lib.article(alpha))?.title).toBe('Alpha story');
  });

  it('keeps them there when the swap happened while Dossier was closed, and for a rotation of three', async () => {
    folder = tempFolder();
    // Same sizes: only the modification times (kept by a rename) tell the files apart before reading.
    ['a', 'b', 'c'].forEach((name, i) => {
      const file = folder.write(`${name}.txt`, articleText(`Story ${name}`));
      utimesSync(file, new Date(2020, 0, i + 1), new Date(2020, 0, i + 1));
    });
    const { lib } = await openTracked(folder.dir);
    const ids = Object.fromEntries(['a', 'b', 'c'].map((n) => [n, byPath(lib, `${n}.txt`)!.id]));
    await lib.close();
    // a -> b -> c -> a
    renameSync(path.join(folder.dir, 'c.txt'), path.join(folder.dir, 'tmp.txt'));
    renameSync(path.join(folder.dir, 'b.txt'), path.join(folder.dir, 'c.txt'));
    renameSync(path.join(folder.dir, 'a.txt'), path.join(folder.dir, 'b.txt'));
    renameSync(path.join(folder.dir, 'tmp.txt'), path.join(folder.dir, 'a.txt'));
    forgetTagStore(lib.dataDir);
    const { lib: again } = await openTracked(folder.dir);
    expect(byPath(again, 'b.txt')).toMatchObject({ id: ids.a, title: 'Story a' });
    expect(byPath(again, 'c.txt')).toMatchObject({ id: ids.b, title: 'Story b' });
    expect(byPath(again, 'a.txt')).toMatchObject({ id: ids.c, title: 'Story c' });
  });

  it('gives the id to the moved content when a new file takes the old name, and a new id to a copy', async () => {
    folder = tempFolder();
    folder.write('a.txt', articleText('Original'));
    const { lib } = await openTracked(folder.dir);
    const id = byPath(lib, 'a.txt')!.id;
    await lib.tags.apply({ ids: [id], add: ['keep'] });
    renameSync(path.join(folder.dir, 'a.txt'), path.join(folder.dir, 'moved.txt'));
    folder.write('a.txt', articleText('Brand new text at the old name'));
    folder.write('copy.txt', readFileSync(path.join(folder.dir, 'moved.txt')));
    await lib.rescan();
    expect(byPath(lib, 'moved.txt')).toMatchObject({ id, tags: ['keep'] });
    expect(byPath(lib, 'a.txt')!.id).not.toBe(id);
    expect(byPath(lib, 'a.txt')!.tags).toEqual([]);
    expect(byPath(lib, 'copy.txt')!.id).toBe(`${id}-2`);
    expect(byPath(lib, 'copy.txt')!.tags).toEqual([]);
  });

  it('keeps the id of a file edited in place, even when its new text is that of another file', async () => {
    folder = tempFolder();
    folder.write('a.txt', articleText('Story A'));
    folder.write('b.txt', articleText('Story B'));
    const { lib } = await openTracked(folder.dir);
    const a = byPath(lib, 'a.txt')!.id;
    const b = byPath(lib, 'b.txt')!.id;
    folder.write('a.txt', readFileSync(path.join(folder.dir, 'b.txt')));
    expect(await lib.rescan()).toEqual({ added: [], changed: [a], removed: [] });
    expect(byPath(lib, 'a.txt')!.id).toBe(a);
    expect(byPath(lib, 'b.txt')!.id).toBe(b);
  });
});

describe('the manifest', () => {
  it('lets a reopen read only the files whose size or modification time changed', async () => {
    folder = tempFolder();
    for (let i = 0; i < 12; i++) folder.write(`f${i}.txt`, articleText(`Story ${i}`));
    const first = await openTracked(folder.dir);
    expect(first.reads).toHaveLength(12);
    const ids = first.lib.summaries().map((s) => s.id);

    const second = await restart(first.lib);
    expect(second.reads).toEqual([]);
    expect(second.lib.summaries().map((s) => s.id)).toEqual(ids);

    folder.write('f3.txt', articleText('Story 3 rewritten'));
    const later = new Date(Date.now() + 10_000);
    utimesSync(path.join(folder.dir, 'f7.txt'), later, later); // touched, same bytes
    folder.write('new.txt', articleText('Brand new'));
    const third = await restart(second.lib);
    expect(third.reads.sort()).toEqual(['f3.txt', 'f7.txt', 'new.txt']);
    expect(byPath(third.lib, 'f3.txt')?.title).toBe('Story 3 rewritten');
    expect(third.lib.summaries()).toHaveLength(13);

    const fourth = await restart(third.lib);
    expect(fourth.reads).toEqual([]);
  });

  it('remembers partial-read problems of unchanged files across a restart', async () => {
    folder = tempFolder();
    folder.write('latin.txt', badUtf8('Story'));
    folder.write('empty.txt', '');
    const first = await openTracked(folder.dir);
    const problems = first.lib.problems().map((p) => [p.path, p.code]);
    expect(problems).toEqual([
      ['empty.txt', 'empty'],
      ['latin.txt', 'invalid-encoding'],
    ]);
    const second = await restart(first.lib);
    expect(second.reads).toEqual([]);
    expect(second.lib.problems().map((p) => [p.path, p.code])).toEqual(problems);
  });

  it('discards a corrupt manifest with one log line and rebuilds it', async () => {
    folder = tempFolder();
    folder.write('a.txt', articleText('Story'));
    const first = await openTracked(folder.dir);
    const id = first.lib.summaries()[0]!.id;
    await first.lib.close();
    writeFileSync(path.join(folder.dir, '.dossier/manifest.json'), '{"format": "dossier-manifest", "version": 1, "articles": {');
    forgetTagStore(first.lib.dataDir);
    const second = await openTracked(folder.dir);
    expect(second.logs).toHaveLength(1);
    expect(second.logs[0]).toMatch(/manifest\.json is not valid JSON .*reading the whole library again/);
    expect(second.reads).toEqual(['a.txt']);
    expect(second.lib.summaries()[0]!.id).toBe(id);
    expect(JSON.parse(readFileSync(path.join(folder.dir, '.dossier/manifest.json'), 'utf8')).articles['a.txt'].id).toBe(id);
  });

  it('discards a manifest of another version with one log line', async () => {
    folder = tempFolder();
    folder.write('a.txt', articleText('Story'));
    mkdirSync(path.join(folder.dir, '.dossier'));
    writeFileSync(path.join(folder.dir, '.dossier/manifest.json'), JSON.stringify({ format: 'dossier-manifest', version: 99, articles: {}, skipped: {} }));
    const { lib, logs } = await openTracked(folder.dir);
    expect(logs).toEqual([expect.stringMatching(new RegExp(`manifest\\.json has version 99, this Dossier reads version ${MANIFEST_VERSION}\\b`))]);
    expect(lib.summaries()).toHaveLength(1);
  });

  it('reads every file again after the readers changed (older manifest), keeping ids, also of files edited since their import', async () => {
    folder = tempFolder();
    folder.write('a.txt', articleText('First title'));
    folder.write('b.txt', articleText('Other story'));
    const first = await openTracked(folder.dir);
    const ids = Object.fromEntries(first.lib.summaries().map((s) => [s.path, s.id]));
    await first.lib.close();
    // Edited in place while Dossier was closed: the id no longer matches the content's hash.
    folder.write('a.txt', articleText('Second title'));
    const manifestFile = path.join(folder.dir, '.dossier/manifest.json');
    const old = JSON.parse(readFileSync(manifestFile, 'utf8'));
    old.version = MANIFEST_VERSION - 1;
    old.articles['b.txt'].title = 'What the old readers made of it';
    writeFileSync(manifestFile, JSON.stringify(old));
    forgetTagStore(first.lib.dataDir);
    const second = await openTracked(folder.dir);
    expect(second.logs).toEqual([expect.stringMatching(/every file is read again, keeping its id/)]);
    expect(second.reads.sort()).toEqual(['a.txt', 'b.txt']);
    expect(Object.fromEntries(second.lib.summaries().map((s) => [s.path, s.id]))).toEqual(ids);
    expect(second.lib.summaries().map((s) => s.title).sort()).toEqual(['Other story', 'Second title']);
    const saved = JSON.parse(readFileSync(manifestFile, 'utf8'));
    expect(saved.version).toBe(MANIFEST_VERSION);
    expect(saved.articles['a.txt'].reread).toBeUndefined();
  });

  it('keeps its data in the user data folder when it cannot make .dossier in the library, and says so once', async () => {
    folder = tempFolder();
    folder.write('a.txt', articleText('Story'));
    writeFileSync(path.join(folder.dir, '.dossier'), 'a file where the data folder should be');
    const userData = tempFolder('dossier-user-data-');
    try {
      const { lib, logs } = await openTracked(folder.dir, { userDataDir: userData.dir });
      const dataDir = path.join(userData.dir, 'libraries', createHash('sha256').update(realpathSync(folder.dir)).digest('hex').slice(0, 16));
      expect(lib.dataDir).toBe(dataDir);
      expect(logs).toEqual([expect.stringMatching(/cannot be written \(a file named \.dossier is in the way\).*keeps its data for it .* in .*libraries/)]);
      expect(lib.problems()).toEqual([expect.objectContaining({ path: '.dossier', code: 'read-only', message: expect.stringContaining(dataDir) })]);
      const id = lib.summaries()[0]!.id;
      await lib.tags.apply({ ids: [id], add: ['kept-aside'] });
      expect(JSON.parse(readFileSync(path.join(dataDir, 'tags.json'), 'utf8')).articles[id]).toEqual(['kept-aside']);
      expect(existsSync(path.join(dataDir, 'manifest.json'))).toBe(true);
      expect(readFileSync(path.join(dataDir, 'README.md'), 'utf8')).toContain(realpathSync(folder.dir));
      // The same folder again after a restart: the tags are there.
      const { lib: again } = await restart(lib, { userDataDir: userData.dir });
      expect(again.summary(id)?.tags).toEqual(['kept-aside']);
    } finally {
      userData.cleanup();
    }
  });

  it('refuses a folder that does not exist with a clear error', async () => {
    await expect(openLibrary(path.join(os.tmpdir(), 'no-such-dossier-folder-xyz'), { watch: false })).rejects.toThrow(/no such folder/);
    expect(existsSync(path.join(os.tmpdir(), 'no-such-dossier-folder-xyz'))).toBe(false);
  });
});

describe('file-system errors', () => {
  it('map to specific sentences naming the file', async () => {
    const { readErrorProblem } = await import('./file-problems');
    const of = (code: string) => readErrorProblem('dir/x.txt', Object.assign(new Error(code), { code }));
    expect(of('EACCES')).toMatchObject({ code: 'unreadable', message: expect.stringMatching(/not allowed to read "dir\/x.txt" \(permission denied\)/) });
    expect(of('EISDIR')).toMatchObject({ code: 'unreadable', message: expect.stringMatching(/"dir\/x.txt" is a folder, not a file/) });
    expect(of('ELOOP')).toMatchObject({ code: 'symlink-loop', message: expect.stringMatching(/"dir\/x.txt" is a symbolic link that leads back to itself/) });
    expect(of('ENOENT')).toMatchObject({ code: 'vanished', message: expect.stringMatching(/"dir\/x.txt" disappeared/) });
    expect(of('EWHATEVER').message).toMatch(/could not read "dir\/x.txt" \(EWHATEVER\)/);
  });
});
