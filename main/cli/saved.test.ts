/** `dossier saved …`, `dossier entities …` and entity queries through the real command. */
import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repo = path.resolve(import.meta.dirname, '../..');
const bin = path.join(repo, 'main/cli/bin.mjs');
let library: string;
let state: string;

function dossier(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], { cwd: repo, env: { ...process.env, DOSSIER_STATE_DIR: state } }, (error, stdout, stderr) => {
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

const story = (title: string, date: string, body: string) => `${title}\n\nBy Jane Reporter, ${date}\n\n${body}\n`;

beforeAll(async () => {
  library = await fs.mkdtemp(path.join(os.tmpdir(), 'dossier-cli-saved-'));
  state = await fs.mkdtemp(path.join(os.tmpdir(), 'dossier-cli-state-'));
  await fs.writeFile(path.join(library, 'a.txt'), story('Yellen rules out a default', 'March 6, 2023', 'Treasury Secretary Janet Yellen said on Monday that the United States would pay. Officials from Burma attended the talks at the café.'));
  await fs.writeFile(path.join(library, 'b.txt'), story('Airbus delivers planes', 'March 7, 2023', 'Airbus delivered twelve planes on Tuesday to a cafe chain in Toulouse.'));
  expect((await dossier('index', library, '--no-analysis', '--quiet')).code).toBe(0);
}, 120_000);
afterAll(async () => {
  await fs.rm(library, { recursive: true, force: true });
  await fs.rm(state, { recursive: true, force: true });
});

describe('dossier saved', () => {
  it('adds, lists with counts, runs, renames and deletes saved searches', async () => {
    const added = await dossier('saved', 'add', library, 'Cafés', 'cafe');
    expect(added.stderr).toBe('');
    expect(added.stdout).toMatch(/\tCafés\t2 articles\tcafe\n$/);
    // A search by place: the command analyses the articles first.
    expect((await dossier('saved', 'add', library, 'Myanmar', 'place:Myanmar', '--quiet')).stdout).toMatch(/\tMyanmar\t1 article\tplace:Myanmar/);

    const list = await dossier('saved', 'list', library, '--json');
    expect(JSON.parse(list.stdout).map((s: { name: string; count: number }) => [s.name, s.count])).toEqual([
      ['Cafés', 2],
      ['Myanmar', 1],
    ]);
    const run = await dossier('saved', 'run', library, 'myanmar', '--json');
    expect(JSON.parse(run.stdout).hits.map((h: { article: { title: string } }) => h.article.title)).toEqual(['Yellen rules out a default']);

    expect((await dossier('saved', 'rename', library, 'Cafés', 'Coffee')).stdout).toContain('renamed "Cafés" to "Coffee"');
    const deleted = await dossier('saved', 'delete', library, 'Coffee');
    expect(deleted.stdout).toContain('to add it back: dossier saved add DIR "Coffee" "cafe"');
    expect(JSON.parse(await fs.readFile(path.join(library, '.dossier', 'saved-searches.json'), 'utf8')).format).toBe('dossier-saved-searches');
  }, 180_000);

  it('builds a timeline from a saved search and answers entity queries', async () => {
    const build = await dossier('timeline', 'build', library, 'Yellen', '--saved', 'Myanmar', '--quiet');
    expect(build.code).toBe(0);
    expect(build.stdout).toMatch(/1 article found for "place:Myanmar"/);
    const search = await dossier('search', library, 'person:"Janet Yellen"', '--json');
    expect(JSON.parse(search.stdout).total).toBe(1);
    const list = await dossier('entities', 'list', library, '--kind', 'place', '--json');
    expect(JSON.parse(list.stdout).entities).toContainEqual({ kind: 'place', name: 'Myanmar', count: 1 });
    const show = await dossier('entities', 'show', library, 'person', 'Janet', 'Yellen');
    expect(show.stdout).toMatch(/^Janet Yellen \(person\): 1 article — search: person:"Janet Yellen"/);
    expect((await dossier('entities', 'show', library, 'animal', 'x')).stderr).toMatch(/kind must be one of person, organization, place/);
  }, 180_000);
});
