import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MetadataPatchSchema, parseCorrectedDate } from '../../shared/metadata';
import { MetadataStore } from './metadata';
import { tempFolder } from './test-support';

let folder: ReturnType<typeof tempFolder> | undefined;
afterEach(() => folder?.cleanup());

const A = '0123456789abcdef';
const B = 'fedcba9876543210';
const clock = () => new Date('2024-05-01T10:00:00.000Z');
const read = (dir: string) => JSON.parse(readFileSync(path.join(dir, 'metadata.json'), 'utf8'));

describe('corrected dates', () => {
  it('takes a year, a month, a day or a time, and cuts to a coarser precision when asked', () => {
    expect(parseCorrectedDate('2023')).toEqual({ value: '2023', precision: 'year' });
    expect(parseCorrectedDate('2023-02')).toEqual({ value: '2023-02', precision: 'month' });
    expect(parseCorrectedDate(' 2023-02-23 ')).toEqual({ value: '2023-02-23', precision: 'day' });
    expect(parseCorrectedDate('2023-02-23T10:05')).toEqual({ value: '2023-02-23T10:05', precision: 'datetime' });
    expect(parseCorrectedDate('2023-02-23T10:05:09+01:00')).toEqual({ value: '2023-02-23T10:05:09+01:00', precision: 'datetime' });
    expect(parseCorrectedDate('2023-02-23', 'month')).toEqual({ value: '2023-02', precision: 'month' });
  });

  it('says why a date is not one', () => {
    expect(parseCorrectedDate('2023-02-30')).toEqual({ error: expect.stringMatching(/no day 30 \(that month has 28 days\)/) });
    expect(parseCorrectedDate('2023-13')).toEqual({ error: expect.stringMatching(/no month 13/) });
    expect(parseCorrectedDate('23/02/2023')).toEqual({ error: expect.stringMatching(/not a date/) });
    expect(parseCorrectedDate('2023-02', 'day')).toEqual({ error: expect.stringMatching(/not precise enough/) });
    expect(MetadataPatchSchema.safeParse({ url: 'javascript:alert(1)' }).success).toBe(false);
    expect(MetadataPatchSchema.parse({ publishedAt: { value: '2023-02-23' } })).toEqual({ publishedAt: { value: '2023-02-23', precision: 'day' } });
  });
});

describe('MetadataStore', () => {
  it('corrects, clears back to the extracted value, and undoes, writing metadata.json', async () => {
    folder = tempFolder();
    const store = await MetadataStore.open(folder.dir, { now: clock });
    const first = await store.set(A, { title: 'The right title', publisher: null, publishedAt: { value: '2023-02-23', precision: 'day' } });
    expect(first.changed).toBe(true);
    expect(store.get(A)).toEqual({ title: 'The right title', publisher: null, publishedAt: { value: '2023-02-23', precision: 'day' } });
    expect(read(folder.dir)).toEqual({
      format: 'dossier-metadata',
      version: 1,
      articles: { [A]: { title: 'The right title', publisher: null, publishedAt: { value: '2023-02-23', precision: 'day' }, updatedAt: '2024-05-01T10:00:00.000Z' } },
    });
    expect((await store.set(A, { title: 'The right title' })).changed).toBe(false);
    const second = await store.set(A, { authors: ['Ann Weber'] }, ['publisher']);
    expect(store.get(A)).toEqual({ title: 'The right title', authors: ['Ann Weber'], publishedAt: { value: '2023-02-23', precision: 'day' } });
    expect(await store.undo(second.changeId)).toEqual({ changeId: second.changeId, id: A });
    expect(store.get(A)).toEqual({ title: 'The right title', publisher: null, publishedAt: { value: '2023-02-23', precision: 'day' } });
    await store.undo();
    expect(store.get(A)).toBeUndefined();
    expect(read(folder.dir).articles).toEqual({});
    expect(await store.undo()).toBeNull();
  });

  it('merges into the file as it is: corrections made meanwhile by another process or by hand are kept, and unknown keys too', async () => {
    folder = tempFolder();
    const store = await MetadataStore.open(folder.dir, { now: clock });
    await store.set(A, { title: 'Mine' });
    // Another program adds its own correction, a date as plain text and keys Dossier does not know.
    const file = read(folder.dir);
    file.articles[B] = { publishedAt: '2021-06', comment: 'checked in the print edition' };
    file.articles[A].reviewedBy = 'editor';
    file.source = 'a script';
    writeFileSync(path.join(folder.dir, 'metadata.json'), JSON.stringify(file));
    await store.set(A, { url: 'https://example.com/story' });
    const after = read(folder.dir);
    expect(after.source).toBe('a script');
    expect(after.articles[A]).toMatchObject({ title: 'Mine', url: 'https://example.com/story', reviewedBy: 'editor' });
    expect(after.articles[B]).toEqual({ publishedAt: { value: '2021-06', precision: 'month' }, comment: 'checked in the print edition' });
    expect(store.get(B)).toEqual({ publishedAt: { value: '2021-06', precision: 'month' } });
    expect(store.problems()[0]).toMatch(/3 entries Dossier does not understand/);
  });

  it('notices a hand edit on reload and tells which articles changed', async () => {
    folder = tempFolder();
    const store = await MetadataStore.open(folder.dir);
    const seen: string[][] = [];
    store.onExternalChange((ids) => seen.push(ids));
    writeFileSync(path.join(folder.dir, 'metadata.json'), JSON.stringify({ format: 'dossier-metadata', version: 1, articles: { [B]: { title: 'By hand' } } }));
    expect(await store.reloadIfChanged()).toEqual([B]);
    expect(seen).toEqual([[B]]);
    expect(store.get(B)).toEqual({ title: 'By hand' });
  });

  it('never writes over a file it cannot read, and says why', async () => {
    folder = tempFolder();
    folder.write('metadata.json', '{ "format": "dossier-metadata", ');
    const store = await MetadataStore.open(folder.dir);
    expect(store.problems()[0]).toMatch(/metadata.json is not valid JSON/);
    await expect(store.set(A, { title: 'x' })).rejects.toThrow(/will not overwrite it/);
    expect(readFileSync(path.join(folder.dir, 'metadata.json'), 'utf8')).toBe('{ "format": "dossier-metadata", ');
  });
});
