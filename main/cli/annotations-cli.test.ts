/** `dossier meta` and `dossier notes`: the same operations as the app, from the command line. */
import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repo = path.resolve(import.meta.dirname, '../..');
const bin = path.join(repo, 'main/cli/bin.mjs');

function dossier(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], { cwd: repo }, (error, stdout, stderr) => {
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

let library: string;
beforeAll(async () => {
  library = await fs.mkdtemp(path.join(os.tmpdir(), 'dossier-cli-annotations-'));
  await fs.writeFile(path.join(library, 'harbour.txt'), 'New harbour opens\n\nBy Bo Larsen, March 4, 2008\n\nThe harbour opened to ships on Monday after years of delay.\n');
});
afterAll(() => fs.rm(library, { recursive: true, force: true }));

describe('dossier meta', { timeout: 400_000 }, () => {
  it('corrects an article named by its path, shows extracted and corrected values, and search follows', async () => {
    const set = await dossier('meta', 'set', library, 'harbour.txt', '--title', 'Port of Eastbay opens', '--date', '2011-01-15', '--precision', 'month', '--none', 'publisher', '--json');
    expect(set.stderr).toBe('');
    expect(set.code).toBe(0);
    const metadata = JSON.parse(set.stdout);
    expect(metadata).toMatchObject({
      extracted: { title: 'New harbour opens', publishedAt: { value: '2008-03-04', precision: 'day' } },
      corrected: { title: 'Port of Eastbay opens', publishedAt: { value: '2011-01', precision: 'month' }, publisher: null },
    });
    const show = await dossier('meta', 'show', library, metadata.id);
    expect(show.stdout).toContain('title      Port of Eastbay opens    [corrected; extracted: New harbour opens]');
    expect(show.stdout).toContain('date       2011-01 (month)    [corrected; extracted: 2008-03-04 (day)]');
    const search = await dossier('search', library, 'title:eastbay after:2011', '--json');
    expect(JSON.parse(search.stdout).hits[0].article).toMatchObject({ title: 'Port of Eastbay opens', publishedAt: { value: '2011-01' } });
    const cleared = await dossier('meta', 'set', library, 'harbour.txt', '--clear', 'date,title', '--json');
    expect(JSON.parse(cleared.stdout).effective).toMatchObject({ title: 'New harbour opens', publishedAt: { value: '2008-03-04' }, publisher: null });
  });

  it('says what is wrong with a bad date, field or article', async () => {
    const bad = await dossier('meta', 'set', library, 'harbour.txt', '--date', '2011-02-30');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/no day 30/);
    expect((await dossier('meta', 'set', library, 'harbour.txt', '--clear', 'body')).stderr).toMatch(/unknown field "body"/);
    expect((await dossier('meta', 'show', library, 'nowhere.txt')).stderr).toMatch(/no article "nowhere.txt"/);
  });
});

describe('dossier notes list', { timeout: 400_000 }, () => {
  it('lists notes and highlights, also those written by hand in the notes folder', async () => {
    const show = JSON.parse((await dossier('meta', 'show', library, 'harbour.txt', '--json')).stdout);
    await fs.mkdir(path.join(library, '.dossier', 'notes'), { recursive: true });
    await fs.writeFile(
      path.join(library, '.dossier', 'notes', 'harbour notes.md'),
      `---\ndossier: notes\nversion: 1\narticle: ${show.id}\n---\nAsk the port authority.\n\n## Highlight hand0001\n\n> after years of delay\n\nHow many years?\n`,
    );
    const run = await dossier('notes', 'list', library);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`New harbour opens — harbour.txt (id ${show.id}; notes/harbour notes.md)`);
    expect(run.stdout).toContain('  Ask the port authority.');
    expect(run.stdout).toContain('  [yellow] “after years of delay”');
    expect(run.stdout).toContain('      How many years?');
    const json = JSON.parse((await dossier('notes', 'list', library, '--json')).stdout);
    expect(json.items[0].highlights[0]).toMatchObject({ id: 'hand0001', note: 'How many years?' });
  });
});
