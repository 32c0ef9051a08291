import { afterEach, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { forgetTagStore, TagStore } from './tags';
import { tempFolder } from './test-support';

let folder: ReturnType<typeof tempFolder>;
afterEach(() => {
  if (folder) forgetTagStore(folder.dir);
  folder?.cleanup();
});

const A = 'aaaaaaaaaaaaaaaa';
const B = 'bbbbbbbbbbbbbbbb';
const C = 'cccccccccccccccc-2';

/** A fresh store, as after a restart (the in-process share is dropped first). */
async function reopen(dir: string): Promise<TagStore> {
  forgetTagStore(dir);
  return TagStore.open(dir);
}

describe('TagStore', () => {
  it('adds and removes tags, counts them, and persists them in tags.json', async () => {
    folder = tempFolder();
    const store = await TagStore.open(folder.dir);
    const r1 = await store.apply({ ids: [A, B], add: ['region/china', 'trade'] });
    expect(r1.changed).toBe(2);
    await store.apply({ ids: [B], remove: ['trade'] });
    expect(store.tagsOf(A)).toEqual(['region/china', 'trade']);
    expect(store.tagsOf(B)).toEqual(['region/china']);
    expect(store.list()).toEqual([
      { name: 'region/china', color: null, count: 2 },
      { name: 'trade', color: null, count: 1 },
    ]);
    const file = JSON.parse(readFileSync(path.join(folder.dir, 'tags.json'), 'utf8'));
    expect(file).toEqual({ format: 'dossier-tags', version: 1, articles: { [A]: ['region/china', 'trade'], [B]: ['region/china'] }, colors: {} });
    expect(readdirSync(folder.dir)).toEqual(['tags.json']);

    const again = await reopen(folder.dir);
    expect(again).not.toBe(store);
    expect(again.tagsOf(A)).toEqual(['region/china', 'trade']);
  });

  it('validates tag names, ids and colours with clear messages', async () => {
    folder = tempFolder();
    const store = await TagStore.open(folder.dir);
    await expect(store.apply({ ids: [A], add: ['bad//name'] })).rejects.toThrow(/not a valid tag name/);
    await expect(store.apply({ ids: [A], add: [' '] })).rejects.toThrow(/not a valid tag name/);
    await expect(store.apply({ ids: ['../etc'], add: ['x'] })).rejects.toThrow(/not an article id/);
    await expect(store.setColor('x', 'red')).rejects.toThrow(/#rrggbb/);
    await store.apply({ ids: [C], add: ['  padded  '] });
    expect(store.tagsOf(C)).toEqual(['padded']);
  });

  it('renames a tag with its sub-tags and moves its colour', async () => {
    folder = tempFolder();
    const store = await TagStore.open(folder.dir);
    await store.apply({ ids: [A], add: ['region', 'region/china', 'regional'] });
    await store.apply({ ids: [B], add: ['region/china/beijing'] });
    await store.setColor('region/china', '#AA0000');
    const r = await store.rename('region', 'place');
    expect(r.changed).toBe(2);
    expect(store.tagsOf(A)).toEqual(['place', 'place/china', 'regional']);
    expect(store.tagsOf(B)).toEqual(['place/china/beijing']);
    expect(store.colorOf('place/china')).toBe('#aa0000');
    expect(store.colorOf('region/china')).toBeNull();
  });

  it('merges several tags into one', async () => {
    folder = tempFolder();
    const store = await TagStore.open(folder.dir);
    await store.apply({ ids: [A], add: ['china', 'prc'] });
    await store.apply({ ids: [B], add: ['prc/beijing', 'other'] });
    const r = await store.merge(['china', 'prc'], 'region/china');
    expect(r.changed).toBe(2);
    expect(store.tagsOf(A)).toEqual(['region/china']);
    expect(store.tagsOf(B)).toEqual(['other', 'region/china/beijing']);
  });

  it('undoes the latest change, or a given one, without touching later unrelated changes', async () => {
    folder = tempFolder();
    const store = await TagStore.open(folder.dir);
    const first = await store.apply({ ids: [A], add: ['one'] });
    const second = await store.apply({ ids: [A, B], add: ['two'] });
    await store.setColor('two', '#00ff00');
    expect(await store.undo()).not.toBeNull(); // the colour
    expect(store.colorOf('two')).toBeNull();
    expect(await store.undo(first.changeId)).toBe(first.changeId);
    expect(store.tagsOf(A)).toEqual(['two']);
    expect(store.tagsOf(B)).toEqual(['two']);
    expect(await store.undo()).toBe(second.changeId);
    expect(store.tagsOf(A)).toEqual([]);
    expect(await store.undo()).toBeNull();
    expect(await store.undo('no-such-change')).toBeNull();
    // and the file on disk agrees
    expect(JSON.parse(readFileSync(path.join(folder.dir, 'tags.json'), 'utf8')).articles).toEqual({});
  });

  it('undoes a rename back to the old names', async () => {
    folder = tempFolder();
    const store = await TagStore.open(folder.dir);
    await store.apply({ ids: [A], add: ['region/china'] });
    await store.setColor('region', '#123456');
    await store.rename('region', 'place');
    expect(store.colorOf('place')).toBe('#123456');
    await store.undo();
    expect(store.tagsOf(A)).toEqual(['region/china']);
    expect(store.colorOf('region')).toBe('#123456');
    expect(store.colorOf('place')).toBeNull();
  });

  it('reloads tags.json edited outside Dossier instead of overwriting the edit', async () => {
    folder = tempFolder();
    const store = await TagStore.open(folder.dir);
    await store.apply({ ids: [A], add: ['mine'] });
    const file = path.join(folder.dir, 'tags.json');
    const edited = JSON.parse(readFileSync(file, 'utf8'));
    edited.articles[B] = ['hand-made'];
    writeFileSync(file, JSON.stringify(edited));
    const seen: string[][] = [];
    store.onExternalChange((ids) => seen.push(ids));
    await store.apply({ ids: [A], add: ['later'] });
    const onDisk = JSON.parse(readFileSync(file, 'utf8'));
    expect(onDisk.articles[B]).toEqual(['hand-made']);
    expect(onDisk.articles[A]).toEqual(['later', 'mine']);
    expect(store.tagsOf(B)).toEqual(['hand-made']);
    expect(seen).toEqual([[B]]);
  });

  it('refuses changes while tags.json is broken, without overwriting it, and recovers once fixed', async () => {
    folder = tempFolder();
    const file = path.join(folder.dir, 'tags.json');
    writeFileSync(file, '{ "format": "dossier-tags", oops');
    const store = await TagStore.open(folder.dir);
    expect(store.problems()[0]).toMatch(/tags\.json is not valid JSON/);
    await expect(store.apply({ ids: [A], add: ['x'] })).rejects.toThrow(/will not overwrite it/);
    expect(readFileSync(file, 'utf8')).toBe('{ "format": "dossier-tags", oops');
    writeFileSync(file, JSON.stringify({ format: 'dossier-tags', version: 1, articles: { [B]: ['fixed'] }, colors: {} }));
    await store.apply({ ids: [A], add: ['x'] });
    expect(store.problems()).toEqual([]);
    expect(store.tagsOf(B)).toEqual(['fixed']);
    expect(store.tagsOf(A)).toEqual(['x']);
  });

  it('keeps what it does not understand in tags.json on every write, and lists it as a problem', async () => {
    folder = tempFolder();
    const file = path.join(folder.dir, 'tags.json');
    const handMade = {
      format: 'dossier-tags',
      version: 1,
      articles: { [A]: ['fine', 'bad//name', 42], [B]: [' '], 'not-an-id': ['x'] },
      colors: { fine: '#00FF00', 'bad//colour': '#ffffff', oddly: 'red' },
      notes: { by: 'a colleague', when: 'yesterday' },
    };
    writeFileSync(file, JSON.stringify(handMade));
    const store = await TagStore.open(folder.dir);
    expect(store.tagsOf(A)).toEqual(['fine']);
    expect(store.tagsOf(B)).toEqual([]);
    expect(store.colorOf('fine')).toBe('#00ff00');
    expect(store.colorOf('oddly')).toBeNull();
    expect(store.problems()).toHaveLength(1);
    expect(store.problems()[0]).toMatch(/tags\.json holds 7 entries Dossier does not understand; they are kept as they are and ignored: .*"notes".*"bad\/\/name" on article a{16}.*42 on article.*"not-an-id".*; and 2 more\.$/);

    await store.apply({ ids: [A, B], add: ['new'] });
    await store.rename('fine', 'good');
    await store.setColor('good', '#123456');
    const onDisk = JSON.parse(readFileSync(file, 'utf8'));
    expect(onDisk).toEqual({
      format: 'dossier-tags',
      version: 1,
      articles: { [A]: ['good', 'new', 'bad//name', 42], [B]: ['new', ' '], 'not-an-id': ['x'] },
      colors: { good: '#123456', 'bad//colour': '#ffffff', oddly: 'red' },
      notes: { by: 'a colleague', when: 'yesterday' },
    });
    // Choosing a colour for a tag replaces the one Dossier could not read.
    await store.setColor('oddly', '#abcdef');
    expect(JSON.parse(readFileSync(file, 'utf8')).colors.oddly).toBe('#abcdef');
  });

  it('refuses to write over a file of another format or a newer version, and says why', async () => {
    folder = tempFolder();
    const file = path.join(folder.dir, 'tags.json');
    const newer = JSON.stringify({ format: 'dossier-tags', version: 2, articles: { [A]: { tags: ['x'] } } });
    writeFileSync(file, newer);
    const store = await TagStore.open(folder.dir);
    expect(store.problems()[0]).toMatch(/written by a newer Dossier \(version 2; this one reads version 1\).*will not overwrite it/);
    await expect(store.apply({ ids: [A], add: ['y'] })).rejects.toThrow(/newer Dossier/);
    const list = JSON.stringify({ format: 'dossier-tags', version: 1, articles: { [A]: 'x' }, colors: {} });
    writeFileSync(file, list);
    await expect(store.apply({ ids: [A], add: ['y'] })).rejects.toThrow(/articles\.a{16}: not a list of tags/);
    expect(readFileSync(file, 'utf8')).toBe(list);
  });

  it('shares one store per folder, and counts only existing articles once attached to a library view', async () => {
    folder = tempFolder();
    const store = await TagStore.open(folder.dir);
    expect(await TagStore.open(folder.dir)).toBe(store);
    await store.apply({ ids: [A, B], add: ['t'] });
    store.attach({ ids: () => [A], fileTagsOf: (id) => (id === A ? ['t', 'from-file'] : []) });
    expect(store.list()).toEqual([
      { name: 'from-file', color: null, count: 1 },
      { name: 't', color: null, count: 1 },
    ]);
  });

  it('serialises concurrent changes so none is lost', async () => {
    folder = tempFolder();
    const store = await TagStore.open(folder.dir);
    await Promise.all(Array.from({ length: 20 }, (_, i) => store.apply({ ids: [A], add: [`t${i}`] })));
    expect(store.tagsOf(A)).toHaveLength(20);
    expect((await reopen(folder.dir)).tagsOf(A)).toHaveLength(20);
  });
});
