import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempFolder } from '../library/test-support';
import { historyFileOf, HISTORY_LIMIT, SearchHistory } from './search-history';
import { userStateDir } from './state-dir';

const folders: { cleanup(): void }[] = [];
afterEach(() => folders.splice(0).forEach((f) => f.cleanup()));

function history() {
  const folder = tempFolder('dossier-history-');
  folders.push(folder);
  let t = Date.parse('2024-05-02T09:00:00.000Z');
  const file = historyFileOf(folder.dir, '/home/ana/research');
  return { file, history: new SearchHistory(file, '/home/ana/research', () => new Date((t += 1000))) };
}

describe('SearchHistory', () => {
  it('keeps recent queries newest first, once each (case and accents aside)', async () => {
    const { file, history: h } = history();
    await h.record('sanctions');
    await h.record('person:"Janet Yellen"');
    await h.record('Sanctions');
    await h.record('   ');
    expect((await h.list()).map((e) => e.query)).toEqual(['Sanctions', 'person:"Janet Yellen"']);
    expect((await h.list('PERS')).map((e) => e.query)).toEqual(['person:"Janet Yellen"']);
    expect(await h.list('', 1)).toHaveLength(1);
    const json = JSON.parse(await fs.readFile(file, 'utf8'));
    expect(json).toMatchObject({ format: 'dossier-search-history', version: 1, library: '/home/ana/research' });
    expect(json.entries[0]).toEqual({ query: 'Sanctions', at: '2024-05-02T09:00:03.000Z' });
  });

  it('keeps at most HISTORY_LIMIT queries', async () => {
    const { history: h } = history();
    for (let i = 0; i < HISTORY_LIMIT + 5; i++) await h.record(`q${i}`);
    const all = await h.list('', 500);
    expect(all).toHaveLength(HISTORY_LIMIT);
    expect(all[0]!.query).toBe(`q${HISTORY_LIMIT + 4}`);
  });

  it('removes one query or all, and puts them back in their place', async () => {
    const { history: h } = history();
    for (const q of ['a', 'b', 'c']) await h.record(q);
    const one = await h.clear('B');
    expect(one.map((e) => e.query)).toEqual(['b']);
    expect((await h.list()).map((e) => e.query)).toEqual(['c', 'a']);
    await h.restore(one);
    expect((await h.list()).map((e) => e.query)).toEqual(['c', 'b', 'a']);
    const all = await h.clear();
    expect(await h.list()).toEqual([]);
    await h.record('a'); // searched again since: the restored older entry does not duplicate it
    await h.restore(all);
    expect((await h.list()).map((e) => e.query)).toEqual(['a', 'c', 'b']);
  });

  it('sets an unreadable history aside instead of failing searches', async () => {
    const { file, history: h } = history();
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(file, 'garbage');
    expect(await h.list()).toEqual([]);
    await h.record('x');
    expect((await h.list()).map((e) => e.query)).toEqual(['x']);
    expect(await fs.readFile(`${file}.unreadable`, 'utf8')).toBe('garbage');
  });

  it('names one file per library folder', () => {
    expect(historyFileOf('/s', '/a')).not.toBe(historyFileOf('/s', '/b'));
    expect(historyFileOf('/s', '/a/')).toBe(historyFileOf('/s', '/a'));
    expect(path.dirname(historyFileOf('/s', '/a'))).toBe(path.join('/s', 'history'));
  });
});

describe('userStateDir', () => {
  it('follows DOSSIER_STATE_DIR, then each platform’s convention', () => {
    expect(userStateDir({ DOSSIER_STATE_DIR: '/tmp/x' }, 'linux', '/home/ana')).toBe('/tmp/x');
    expect(userStateDir({ XDG_STATE_HOME: '/xdg' }, 'linux', '/home/ana')).toBe('/xdg/dossier');
    expect(userStateDir({ XDG_STATE_HOME: 'relative' }, 'linux', '/home/ana')).toBe('/home/ana/.local/state/dossier');
    expect(userStateDir({}, 'darwin', '/Users/ana')).toBe('/Users/ana/Library/Application Support/Dossier');
    expect(userStateDir({ LOCALAPPDATA: 'C:\\Users\\ana\\AppData\\Local' }, 'win32', 'C:\\Users\\ana')).toMatch(/Local.Dossier$/);
  });
});
