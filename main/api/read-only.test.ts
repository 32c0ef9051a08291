/**
 * A library Dossier cannot write (a mounted archive, a colleague's read-only share) works in full,
 * with its data kept in the user data folder.
 *
 * How the read-only folder is made: `chmod -R a-w`. Root ignores permission bits, so when the tests
 * run as root the scenario runs as the unprivileged user `nobody` (uid 65534) instead, for whom the
 * folder is truly read-only; the scenario itself first checks that it cannot write the folder, so
 * the test fails rather than passes if the setup does not hold.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openLibrary } from '../library/library';
import { forgetTagStore } from '../library/tags';

const sample = path.resolve(import.meta.dirname, '../../resources/sample-library');
const scenario = path.join(import.meta.dirname, 'testdata', 'read-only-library.ts');
const NOBODY = 65534;
const asRoot = process.getuid?.() === 0;
/** As root the scenario runs as `nobody`, who must be able to read the sources (not so in a clone under /root). */
const nobodyCannotRun =
  asRoot && spawnSync(process.execPath, ['-e', `const fs = require('fs'); fs.accessSync(${JSON.stringify(scenario)}, fs.constants.R_OK)`], { uid: NOBODY, gid: NOBODY }).status !== 0;
let base: string | undefined;

afterEach(async () => {
  if (!base) return;
  await fs.chmod(path.join(base, 'library'), 0o755).catch(() => {});
  await fs.rm(base, { recursive: true, force: true });
  base = undefined;
});

function runScenario(library: string, userData: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', scenario, library], {
      cwd: path.resolve(import.meta.dirname, '../..'),
      env: { ...process.env, XDG_DATA_HOME: userData, HOME: userData },
      ...(asRoot ? { uid: NOBODY, gid: NOBODY } : {}),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

async function chmodTree(dir: string, fileMode: number, dirMode: number): Promise<void> {
  for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) await chmodTree(p, fileMode, dirMode);
    else await fs.chmod(p, fileMode);
  }
  await fs.chmod(dir, dirMode);
}

describe('a library that cannot be written', () => {
  // (library.test.ts covers the same fallback in-process, with a file named .dossier in the way.)
  it.skipIf(nobodyCannotRun)('keeps tags, timelines, index and analysis in the user data folder, says so once, and leaves the library untouched', async () => {
    base = await fs.mkdtemp(path.join(os.tmpdir(), 'dossier-read-only-'));
    await fs.chmod(base, 0o755);
    const library = path.join(base, 'library');
    const userData = path.join(base, 'user-data');
    await fs.cp(path.join(sample, 'worldtribune'), library, { recursive: true, filter: (src) => path.basename(src) !== '.dossier' });
    await fs.cp(path.join(sample, 'meantime-apple', '101354.txt'), path.join(library, 'apple.txt'));
    await fs.mkdir(userData);
    if (asRoot) await fs.chown(userData, NOBODY, NOBODY);
    // A colleague tagged the article before sharing the folder: their .dossier comes along.
    const theirs = await openLibrary(library, { watch: false, parseWorkers: 0, log: () => {} });
    const articleId = theirs.summaries().find((a) => a.path.endsWith('.txt') && a.title.includes('China'))!.id;
    await theirs.tags.apply({ ids: [articleId], add: ['colleague/note'] });
    await theirs.close();
    forgetTagStore(theirs.dataDir);
    const theirTags = await fs.readFile(path.join(library, '.dossier', 'tags.json'), 'utf8');
    const before = (await fs.readdir(library)).sort();
    await chmodTree(library, 0o444, 0o555); // chmod -R a-w

    const run = await runScenario(library, userData);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.libraryWritable).toBe('EACCES'); // the setup holds: this process cannot write the library

    const dataDir = path.join(userData, 'dossier', 'libraries', createHash('sha256').update(await fs.realpath(library)).digest('hex').slice(0, 16));
    const notices = report.log.filter((line: string) => line.includes('cannot be written'));
    expect(notices).toEqual([expect.stringContaining(dataDir), expect.stringContaining(dataDir)]); // once per opening
    expect(report.problems).toEqual([
      expect.objectContaining({ code: 'read-only', path: '.dossier', message: expect.stringMatching(/cannot be written \(permission denied\).*tags, timelines, search index.*started from a copy of the tags and timelines in the library's own \.dossier/) }),
    ]);
    expect(report.entities).toBeGreaterThan(0);
    expect(report.article).toBe(articleId);
    expect(report.after).toEqual({ articles: report.articles, tags: ['archive/checked', 'colleague/note'], timelines: [['From the archive', expect.any(Number)]], tagged: 1 });
    expect(report.after.timelines[0][1]).toBeGreaterThan(0);

    expect((await fs.readdir(library)).sort()).toEqual(before);
    expect(await fs.readFile(path.join(library, '.dossier', 'tags.json'), 'utf8')).toBe(theirTags);
    const kept = await fs.readdir(dataDir);
    expect(kept).toEqual(expect.arrayContaining(['README.md', 'manifest.json', 'tags.json', 'timelines', 'index', 'analysis']));
    expect(await fs.readdir(path.join(dataDir, 'timelines'))).toContain('from-the-archive.json');
    expect((await fs.stat(dataDir)).mode & 0o077).toBe(0); // private to its user
  }, 120_000);
});
