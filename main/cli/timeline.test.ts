/** `dossier timeline` as a user runs it: a real library folder, the real command, real files. */
import { spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseCsv } from '../timelines/export/csv';
import { validateTimelineJs } from '../timelines/export/validate-timelinejs';
import { SAMPLE_TEXT } from '../timelines/test-support';

const BIN = path.join(import.meta.dirname, 'bin.mjs');
const dossier = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 120_000 });

let dir: string | undefined;
afterEach(async () => {
  if (dir) await fs.rm(dir, { recursive: true, force: true });
});

describe('dossier timeline', () => {
  it('builds a timeline from a query, lists it and exports it', async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'dossier-cli-timeline-'));
    await fs.mkdir(path.join(dir, 'news'));
    await fs.writeFile(path.join(dir, 'news', 'china.txt'), SAMPLE_TEXT);

    const build = dossier('timeline', 'build', dir, 'China', 'arms', '--from', 'Wang Yi', '--accept', '--quiet');
    expect(build.stderr).toBe('');
    expect(build.status).toBe(0);
    expect(build.stdout).toContain('Created timeline "China arms" (china-arms)');
    expect(build.stdout).toContain('added 5 events');
    expect(build.stdout).toMatch(/18–19 Feb 2023 +Appeals culminate in formal warning delivered in Munich to Wang Yi — WorldTribune/);

    // Building again adds nothing: the candidates are already accepted.
    const again = dossier('timeline', 'build', dir, 'China arms', '--from', 'Wang Yi', '--accept', '--quiet');
    expect(again.stdout).toContain('nothing to add');

    const list = dossier('timeline', 'list', dir);
    expect(list.stdout).toBe('china-arms\tChina arms\t5 events\t2022-02-23 – 2023-02-23\n');

    const csvFile = path.join(dir, 'out.csv');
    const csv = dossier('timeline', 'export', dir, 'China arms', '--format', 'csv', '-o', csvFile, '--quiet');
    expect(csv.status).toBe(0);
    expect(parseCsv(await fs.readFile(csvFile, 'utf8'))).toHaveLength(6);

    const tl = dossier('timeline', 'export', dir, 'china-arms', '--format', 'timelinejs', '--quiet');
    expect(validateTimelineJs(JSON.parse(tl.stdout))).toEqual([]);

    const bad = dossier('timeline', 'export', dir, 'China arms', '--format', 'pdf');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--format must be one of timelinejs, csv, md, html');
  }, 240_000);
});
