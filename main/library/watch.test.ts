import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, renameSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { openLibrary } from './library';
import { forgetTagStore } from './tags';
import type { Library, LibraryChange } from './types';
import { articleText, tempFolder, waitFor } from './test-support';

let folder: ReturnType<typeof tempFolder>;
let lib: Library | undefined;

afterEach(async () => {
  await lib?.close();
  lib = undefined;
  if (folder) forgetTagStore(path.join(folder.dir, '.dossier'));
  folder?.cleanup();
});

/** Opens a watched library and collects the changes it reports. */
async function watched(dir: string) {
  const changes: LibraryChange[] = [];
  lib = await openLibrary(dir, { watch: true, parseWorkers: 0, log: () => {} });
  lib.onChange((c) => changes.push(c));
  const all = () => ({
    added: changes.flatMap((c) => c.added),
    changed: changes.flatMap((c) => c.changed),
    removed: changes.flatMap((c) => c.removed),
  });
  return { lib, changes, all };
}

const pathOf = (l: Library, rel: string) => l.summaries().find((s) => s.path === rel);

describe('watching the library', () => {
  it('picks up an added, a changed and a removed file without a rescan', async () => {
    folder = tempFolder();
    folder.write('keep.txt', articleText('Kept'));
    folder.write('gone.txt', articleText('Gone soon'));
    const { lib, all } = await watched(folder.dir);
    const keepId = pathOf(lib, 'keep.txt')!.id;
    const goneId = pathOf(lib, 'gone.txt')!.id;

    folder.write('deep/new/added.md', '# Added later\n\nA new story arrives in the folder.\n');
    await waitFor('the added file', () => {
      const added = pathOf(lib, 'deep/new/added.md');
      return added && all().added.includes(added.id);
    });

    folder.write('keep.txt', articleText('Kept but edited'));
    await waitFor('the edit', () => pathOf(lib, 'keep.txt')?.title === 'Kept but edited' && all().changed.includes(keepId));
    expect(pathOf(lib, 'keep.txt')!.id).toBe(keepId);

    rmSync(path.join(folder.dir, 'gone.txt'));
    await waitFor('the removal', () => all().removed.includes(goneId));
    expect(lib.summary(goneId)).toBeUndefined();
  });

  it('reports a rename or a move to another folder as a change of the same id', async () => {
    folder = tempFolder();
    folder.write('inbox/story.txt', articleText('Travelling story'));
    const { lib, all } = await watched(folder.dir);
    const id = lib.summaries()[0]!.id;
    renameSync(path.join(folder.dir, 'inbox/story.txt'), path.join(folder.dir, 'inbox/renamed.txt'));
    await waitFor('the rename', () => lib.summary(id)?.path === 'inbox/renamed.txt');
    mkdirSync(path.join(folder.dir, 'archive'));
    renameSync(path.join(folder.dir, 'inbox/renamed.txt'), path.join(folder.dir, 'archive/renamed.txt'));
    await waitFor('the move', () => lib.summary(id)?.path === 'archive/renamed.txt');
    expect(all().added).toEqual([]);
    expect(all().removed).toEqual([]);
    expect(all().changed.every((c) => c === id)).toBe(true);
    expect(lib.summaries()).toHaveLength(1);
  });

  it('keeps tags on the right content when two files swap names while it watches', async () => {
    folder = tempFolder();
    folder.write('a.txt', articleText('Alpha story'));
    folder.write('b.txt', articleText('Beta story', 'Another body, of another length than the first one.'));
    const { lib } = await watched(folder.dir);
    const alpha = pathOf(lib, 'a.txt')!.id;
    const beta = pathOf(lib, 'b.txt')!.id;
    await lib.tags.apply({ ids: [alpha], add: ['alpha'] });
    await lib.tags.apply({ ids: [beta], add: ['beta'] });
    renameSync(path.join(folder.dir, 'a.txt'), path.join(folder.dir, 'swap.tmp'));
    renameSync(path.join(folder.dir, 'b.txt'), path.join(folder.dir, 'a.txt'));
    renameSync(path.join(folder.dir, 'swap.tmp'), path.join(folder.dir, 'b.txt'));
    await waitFor('the swap', () => lib.summary(alpha)?.path === 'b.txt' && lib.summary(beta)?.path === 'a.txt');
    expect(pathOf(lib, 'a.txt')).toMatchObject({ id: beta, title: 'Beta story', tags: ['beta'] });
    expect(pathOf(lib, 'b.txt')).toMatchObject({ id: alpha, title: 'Alpha story', tags: ['alpha'] });
  });

  it('ends every batch of work with a ready event, also one that changed nothing', async () => {
    folder = tempFolder();
    const file = folder.write('a.txt', articleText('Touched only'));
    const phases: string[] = [];
    lib = await openLibrary(folder.dir, { watch: true, parseWorkers: 0, log: () => {}, onProgress: (p) => phases.push(p.phase) });
    expect(phases.at(-1)).toBe('ready');
    phases.length = 0;
    const later = new Date(Date.now() + 60_000);
    utimesSync(file, later, later);
    await waitFor('the batch to end', () => phases.includes('reading') && phases.at(-1) === 'ready');
    expect(phases.filter((p) => p === 'ready')).toHaveLength(1);
  });

  it('follows a renamed folder, keeping the ids of the files in it', async () => {
    folder = tempFolder();
    folder.write('2023/a.txt', articleText('Story A'));
    folder.write('2023/b.txt', articleText('Story B'));
    const { lib } = await watched(folder.dir);
    const ids = lib.summaries().map((s) => s.id);
    renameSync(path.join(folder.dir, '2023'), path.join(folder.dir, 'year-2023'));
    await waitFor('the folder rename', () => lib.summaries().every((s) => s.path.startsWith('year-2023/')) && lib.summaries().length === 2);
    expect(lib.summaries().map((s) => s.id)).toEqual(ids);
  });

  it('updates problems as files are broken and fixed', async () => {
    folder = tempFolder();
    folder.write('a.txt', articleText('Fine'));
    const { lib, changes } = await watched(folder.dir);
    folder.write('new-and-empty.txt', '');
    await waitFor('a problems-only change', () => changes.some((c) => !c.added.length && !c.changed.length && !c.removed.length));
    expect(lib.problems().map((p) => p.path)).toEqual(['new-and-empty.txt']);
    rmSync(path.join(folder.dir, 'new-and-empty.txt'));
    await waitFor('the problem to go', () => lib.problems().length === 0);
    writeFileSync(path.join(folder.dir, 'a.txt'), '');
    await waitFor('the empty-file problem', () => lib.problems().some((p) => p.path === 'a.txt' && p.code === 'empty'));
    expect(lib.summaries()).toEqual([]);
    writeFileSync(path.join(folder.dir, 'a.txt'), articleText('Fine again'));
    await waitFor('the fix', () => lib.summaries().length === 1 && lib.problems().length === 0);
  });

  it('ignores hidden files and .dossier, but reloads a hand-edited tags.json', async () => {
    folder = tempFolder();
    folder.write('a.txt', articleText('Tagged by hand'));
    const { lib, changes } = await watched(folder.dir);
    const id = lib.summaries()[0]!.id;
    const external: string[][] = [];
    lib.tags.onExternalChange((ids) => external.push(ids));
    folder.write('.hidden.txt', articleText('Hidden'));
    const tagsFile = path.join(folder.dir, '.dossier/tags.json');
    writeFileSync(tagsFile, JSON.stringify({ format: 'dossier-tags', version: 1, articles: { [id]: ['by-hand'] }, colors: {} }));
    await waitFor('the tags reload', () => lib.summary(id)?.tags.includes('by-hand'));
    expect(external).toEqual([[id]]);
    expect(changes).toEqual([]);
    expect(JSON.parse(readFileSync(tagsFile, 'utf8')).articles[id]).toEqual(['by-hand']);
  });
});
