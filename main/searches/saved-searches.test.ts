import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempFolder } from '../library/test-support';
import { SavedSearchStore } from './saved-searches';

const folders: { cleanup(): void }[] = [];
afterEach(() => folders.splice(0).forEach((f) => f.cleanup()));

function store() {
  const folder = tempFolder('dossier-saved-');
  folders.push(folder);
  const file = path.join(folder.dir, '.dossier', 'saved-searches.json');
  return { file, store: new SavedSearchStore(file, () => new Date('2024-05-02T09:00:00.000Z')) };
}
const readJson = async (file: string) => JSON.parse(await fs.readFile(file, 'utf8')) as Record<string, unknown>;

describe('SavedSearchStore', () => {
  it('saves, renames, re-queries and deletes, in a plain documented file', async () => {
    const { file, store: s } = store();
    const { search } = await s.add({ name: 'Arms to Russia', query: 'china weapons', sort: 'relevance' });
    expect(search).toMatchObject({ name: 'Arms to Russia', query: 'china weapons', sort: 'relevance', createdAt: '2024-05-02T09:00:00.000Z' });
    const json = await readJson(file);
    expect(json).toEqual({
      format: 'dossier-saved-searches',
      version: 1,
      searches: { [search.id]: { name: 'Arms to Russia', query: 'china weapons', sort: 'relevance', createdAt: '2024-05-02T09:00:00.000Z', updatedAt: '2024-05-02T09:00:00.000Z' } },
    });
    await s.update(search.id, { name: 'Arms', query: 'china arms', sort: 'date-desc' });
    expect(await s.list()).toEqual([expect.objectContaining({ id: search.id, name: 'Arms', query: 'china arms', sort: 'date-desc' })]);
    expect((await s.find('arms'))?.id).toBe(search.id);
    await s.remove(search.id);
    expect(await s.list()).toEqual([]);
  });

  it('refuses a second search of the same name (case and accents aside) and unknown ids', async () => {
    const { store: s } = store();
    await s.add({ name: 'Café owners', query: 'cafe', sort: 'relevance' });
    await expect(s.add({ name: 'café OWNERS', query: 'x', sort: 'relevance' })).rejects.toThrow(/already called "Café owners"/);
    await expect(s.update('nope', { name: 'x' })).rejects.toMatchObject({ code: 'not-found' });
    await expect(s.remove('nope')).rejects.toMatchObject({ code: 'not-found' });
  });

  it('undoes a delete, a rename and a creation, and leaves alone what was changed since', async () => {
    const { file, store: s } = store();
    const made = await s.add({ name: 'One', query: 'one', sort: 'relevance' });
    const renamed = await s.update(made.search.id, { name: 'Uno' });
    const removed = await s.remove(made.search.id);
    expect(await s.undo(removed.changeId)).toBe(removed.changeId);
    expect((await s.list()).map((x) => x.name)).toEqual(['Uno']);
    expect(await s.undo(renamed.changeId)).toBe(renamed.changeId);
    expect((await s.list()).map((x) => x.name)).toEqual(['One']);
    expect(await s.undo(made.changeId)).toBe(made.changeId);
    expect(await s.list()).toEqual([]);
    expect(await s.undo()).toBeNull();

    // Edited by hand after our change: undo refuses rather than overwrite the edit.
    const again = await s.add({ name: 'Two', query: 'two', sort: 'relevance' });
    const json = await readJson(file);
    (json.searches as Record<string, Record<string, unknown>>)[again.search.id]!.query = 'two OR deux';
    await fs.writeFile(file, JSON.stringify(json));
    await expect(s.undo(again.changeId)).rejects.toThrow(/changed since/);
    expect((await s.list())[0]?.query).toBe('two OR deux');
  });

  it('keeps what it does not understand, lists it as a problem, and merges with edits made meanwhile', async () => {
    const { file, store: s } = store();
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(
      file,
      JSON.stringify({
        format: 'dossier-saved-searches',
        version: 1,
        owner: 'ana',
        searches: {
          hand1: { name: 'By hand', query: 'tag:done', colour: 'red' },
          broken: { query: 'no name' },
          'bad id!': { name: 'x', query: 'y' },
        },
      }),
    );
    expect((await s.list()).map((x) => [x.id, x.name, x.query, x.sort])).toEqual([['hand1', 'By hand', 'tag:done', 'relevance']]);
    expect(s.problems()).toEqual([expect.stringMatching(/holds 3 entries Dossier does not understand.*"owner".*"broken": has no name.*"bad id!"/)]);
    const { search } = await s.add({ name: 'New', query: 'new', sort: 'date-asc' });
    const json = await readJson(file);
    expect(json.owner).toBe('ana');
    const searches = json.searches as Record<string, Record<string, unknown>>;
    expect(searches.hand1).toMatchObject({ name: 'By hand', query: 'tag:done', colour: 'red' });
    expect(searches.broken).toEqual({ query: 'no name' });
    expect(searches['bad id!']).toEqual({ name: 'x', query: 'y' });
    expect(searches[search.id]).toMatchObject({ name: 'New' });
  });

  it('never writes over a file it cannot read, and says why', async () => {
    const { file, store: s } = store();
    await fs.mkdir(path.dirname(file), { recursive: true });
    for (const [content, why] of [
      ['{ not json', /is not valid JSON/],
      [JSON.stringify({ format: 'dossier-saved-searches', version: 9, searches: {} }), /written by a newer Dossier \(version 9/],
      [JSON.stringify({ format: 'something-else', version: 1 }), /not a Dossier saved-searches file/],
    ] as const) {
      await fs.writeFile(file, content);
      expect(await s.list()).toEqual([]);
      expect(s.problems()).toEqual([expect.stringMatching(why)]);
      await expect(s.add({ name: 'x', query: 'y', sort: 'relevance' })).rejects.toThrow(why);
      expect(await fs.readFile(file, 'utf8')).toBe(content);
    }
  });

  it('two stores on one file (two Dossier processes) both keep their searches', async () => {
    const { file, store: a } = store();
    const b = new SavedSearchStore(file);
    await Promise.all([a.add({ name: 'A', query: 'a', sort: 'relevance' }), b.add({ name: 'B', query: 'b', sort: 'relevance' })]);
    expect((await a.list()).map((x) => x.name)).toEqual(['A', 'B']);
  });
});
