/**
 * Saved searches and history through the real service (library, index, tags, timelines):
 * counts follow the library and the tags, a saved search feeds a timeline's review queue, and
 * a broken saved-searches.json is listed among the library's problems.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createDossierService } from '../api/service';
import type { DossierService } from '../api/service-types';
import { articleText, waitFor } from '../library/test-support';

let service: DossierService | undefined;
const dirs: string[] = [];
afterEach(async () => {
  await service?.close();
  service = undefined;
  await Promise.all(dirs.splice(0).map((d) => fs.rm(d, { recursive: true, force: true })));
});

async function open(files: Record<string, string>) {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'dossier-saved-lib-'));
  const stateDir = await fs.mkdtemp(path.join(os.tmpdir(), 'dossier-state-'));
  dirs.push(root, stateDir);
  for (const [name, content] of Object.entries(files)) await fs.writeFile(path.join(root, name), content);
  service = await createDossierService({ root, stateDir, watch: false, analyseInBackground: false });
  await service.ready();
  return { root, stateDir, service };
}

const FILES = {
  'a.txt': articleText('Airbus delivers planes', 'Airbus delivered twelve planes on Monday, March 3, 2008.'),
  'b.txt': articleText('Airbus orders grow', 'Orders for Airbus planes grew on Tuesday, March 4, 2008.'),
  'c.txt': articleText('Apple sells phones', 'Apple sold more phones on Wednesday, March 5, 2008.'),
};

describe('saved searches through the service', () => {
  it('lists saved searches with counts that follow tags and library changes', async () => {
    const { root, service: s } = await open(FILES);
    const changed: unknown[] = [];
    s.on('savedSearchesChanged', (p) => changed.push(p));
    const airbus = await s.saveSearch({ name: 'Airbus', query: 'airbus' });
    expect(airbus.search).toMatchObject({ name: 'Airbus', query: 'airbus', count: 2, error: null });
    const tagged = await s.saveSearch({ name: 'Important', query: 'tag:important', sort: 'date-desc' });
    expect(tagged.search.count).toBe(0);
    expect(changed).toHaveLength(2);

    const ids = (await s.search({ query: 'airbus' })).hits.map((h) => h.article.id);
    await s.tagArticles({ ids: [ids[0]!], add: ['important'] });
    const list = await s.listSavedSearches({});
    expect(list.searches.map((x) => [x.name, x.count])).toEqual([
      ['Airbus', 2],
      ['Important', 1],
    ]);
    expect((await s.listSavedSearches({ counts: false })).searches[0]!.count).toBeNull();
    // A new article in the library: the count follows.
    const more = articleText('Airbus again', 'Airbus flew a new plane on Thursday, March 6, 2008.');
    await s.importFiles({ files: [{ name: 'd.txt', base64: Buffer.from(more).toString('base64') }] });
    expect((await s.listSavedSearches({})).searches.map((x) => [x.name, x.count])).toEqual([
      ['Airbus', 3],
      ['Important', 1],
    ]);

    // In the file, by id, as documented.
    const json = JSON.parse(await fs.readFile(path.join(root, '.dossier', 'saved-searches.json'), 'utf8'));
    expect(json.searches[airbus.search.id]).toMatchObject({ name: 'Airbus', query: 'airbus', sort: 'relevance' });
  });

  it('renames, re-queries, deletes and undoes', async () => {
    const { service: s } = await open(FILES);
    const { search } = await s.saveSearch({ name: 'Planes', query: 'airbus' });
    const renamed = await s.updateSavedSearch({ id: search.id, name: 'Apple', query: 'apple' });
    expect(renamed.search).toMatchObject({ name: 'Apple', query: 'apple', count: 1 });
    const deleted = await s.deleteSavedSearch({ id: search.id });
    expect((await s.listSavedSearches({})).searches).toEqual([]);
    expect(await s.undoSearchChange({})).toEqual({ undone: deleted.changeId });
    expect((await s.listSavedSearches({})).searches.map((x) => x.name)).toEqual(['Apple']);
    expect(await s.undoSearchChange({ changeId: renamed.changeId })).toEqual({ undone: renamed.changeId });
    expect((await s.listSavedSearches({})).searches.map((x) => [x.name, x.count])).toEqual([['Planes', 2]]);
    await expect(s.undoSearchChange({ changeId: renamed.changeId })).rejects.toMatchObject({ code: 'not-found' });
  });

  it('shows a saved query that no longer parses with its error, not a count', async () => {
    const { root, service: s } = await open(FILES);
    const { search } = await s.saveSearch({ name: 'Fine', query: 'airbus' });
    const file = path.join(root, '.dossier', 'saved-searches.json');
    const json = JSON.parse(await fs.readFile(file, 'utf8'));
    json.searches[search.id].query = 'airbus OR';
    await fs.writeFile(file, JSON.stringify(json));
    const [listed] = (await s.listSavedSearches({})).searches;
    expect(listed).toMatchObject({ count: null, error: '"OR" needs something after it (at character 8)' });
  });

  it('feeds a timeline review queue from a saved search', async () => {
    const { service: s } = await open(FILES);
    const { search } = await s.saveSearch({ name: 'Airbus', query: 'airbus' });
    const timeline = await s.createTimeline({ name: 'Airbus deliveries' });
    const queue = await s.candidatesForQuery({ savedSearch: search.id, timelineId: timeline.id });
    expect(queue.articleCount).toBe(2);
    expect(queue.items.length).toBeGreaterThan(0);
    await expect(s.candidatesForQuery({ savedSearch: 'nope' })).rejects.toMatchObject({ code: 'not-found' });
    await expect(s.candidatesForQuery({ savedSearch: search.id, query: 'apple' })).rejects.toMatchObject({ code: 'invalid-request' });
  });

  it('keeps the history outside the library, per user, and undoes clearing it', async () => {
    const { root, stateDir, service: s } = await open(FILES);
    await s.recordSearch({ query: 'airbus' });
    await s.recordSearch({ query: 'apple phones' });
    expect((await s.searchHistory({})).entries.map((e) => e.query)).toEqual(['apple phones', 'airbus']);
    expect((await s.searchHistory({ prefix: 'AIR' })).entries.map((e) => e.query)).toEqual(['airbus']);
    await expect(fs.readdir(path.join(stateDir, 'history'))).resolves.toHaveLength(1);
    expect(await fs.readdir(path.join(root, '.dossier'))).not.toContain('history');
    const cleared = await s.clearSearchHistory({});
    expect(cleared.removed).toBe(2);
    expect((await s.searchHistory({})).entries).toEqual([]);
    await s.undoSearchChange({ changeId: cleared.changeId });
    expect((await s.searchHistory({})).entries.map((e) => e.query)).toEqual(['apple phones', 'airbus']);
  });

  it('lists a broken saved-searches.json among the problems and refuses to write over it', async () => {
    const { root } = await open(FILES);
    await service!.close();
    await fs.writeFile(path.join(root, '.dossier', 'saved-searches.json'), '{ broken');
    service = await createDossierService({ root, stateDir: dirs[1]!, watch: false, analyseInBackground: false });
    const s = service;
    await s.ready();
    const { problems } = await s.problems({});
    expect(problems).toContainEqual(expect.objectContaining({ path: '.dossier/saved-searches.json', code: 'parse-error', message: expect.stringMatching(/not valid JSON/) }));
    expect((await s.libraryInfo({})).problemCount).toBe(problems.length);
    await expect(s.saveSearch({ name: 'x', query: 'y' })).rejects.toThrow(/will not overwrite it/);
    await waitFor('file untouched', async () => (await fs.readFile(path.join(root, '.dossier', 'saved-searches.json'), 'utf8')) === '{ broken');
  });
});
