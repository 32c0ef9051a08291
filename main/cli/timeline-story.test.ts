/**
 * `dossier timeline build` and `export` on one story told by several outlets (main/testdata/story: invented
 * articles quoting one sentence with small differences, different date shapes, a republished wire copy and
 * an exact copy): one event per happening, every outlet a source once, copies never counted, ranges kept.
 */
import { spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EventSourceSchema } from '../../shared/timeline';
import { parseCsv } from '../timelines/export/csv';

const BIN = path.join(import.meta.dirname, 'bin.mjs');
const STORY = path.join(import.meta.dirname, '..', 'testdata', 'story');
const dossier = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 180_000 });

let dir: string;
/** The CSV export of the built timeline (shared by the tests below: each command opens the whole library). */
let exported = '';
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'dossier-cli-story-'));
  await fs.cp(STORY, dir, { recursive: true });
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

type Row = Record<string, string> & { title: string; sources: string; start: string; end: string; precision: string; sources_json: string };
function rows(csv: string): Row[] {
  const [header, ...body] = parseCsv(csv);
  return body.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i] ?? ''])) as Row);
}

describe('dossier timeline on one story in several outlets', () => {
  it('queues the candidates for review, and adds nothing, unless --accept is given', () => {
    const queued = dossier('timeline', 'build', dir, 'Drone parts', '--from', 'Lindqvist', '--quiet');
    expect(queued.stderr).toBe('');
    expect(queued.status).toBe(0);
    expect(queued.stdout).toContain('4 articles found for "Lindqvist" (and 2 copies of them, counted once)');
    expect(queued.stdout).toMatch(/\d+ candidates wait in the review queue of "Drone parts"/);
    expect(queued.stdout).toContain('run again with --accept');
    expect(dossier('timeline', 'list', dir).stdout).toMatch(/^drone-parts\tDrone parts\t0 events\tempty\n$/);
  }, 400_000);

  it('with --accept, builds one event per happening with every outlet once, and exports it', async () => {
    const build = dossier('timeline', 'build', dir, 'Drone parts', '--from', 'Lindqvist', '--accept', '--quiet');
    expect(build.status).toBe(0);
    expect(build.stdout).toMatch(/added \d+ events/);
    const csv = dossier('timeline', 'export', dir, 'Drone parts', '--format', 'csv', '--quiet');
    expect(csv.status).toBe(0);
    exported = csv.stdout;
    const events = rows(csv.stdout);
    const sourcesOf = (row: Row) => EventSourceSchema.array().parse(JSON.parse(row.sources_json!));

    // Every event cites each source article once, and never a copy as a source of its own.
    const copyIds = new Set<string>();
    for (const row of events) {
      const sources = sourcesOf(row);
      expect(new Set(sources.map((s) => s.articleId)).size).toBe(sources.length);
      for (const s of sources) for (const c of s.copies) copyIds.add(c.articleId);
    }
    for (const row of events) for (const s of sourcesOf(row)) expect(copyIds.has(s.articleId)).toBe(false);

    // The press conference: one event, the four outlets, the republished and the copied article named as copies.
    const press = events.filter((r) => r.start === '2023-03-14' && r.sources.includes('a single shipment'));
    expect(press).toHaveLength(1);
    const pressSources = sourcesOf(press[0]!);
    expect(pressSources.map((s) => s.publisher).sort()).toEqual(['Baltic Wire', 'Continental Ledger', 'Harbour Gazette', 'The Northern Courier']);
    // The exact copy and its original are one article (either may be cited, the other listed as its copy).
    const cited = pressSources.map((s) => s.path);
    const copies = pressSources.flatMap((s) => s.copies.map((c) => c.path));
    expect(copies).toHaveLength(2);
    expect(copies).toContain('riverside/eu-to-close-market-to-smugglers.txt');
    expect([...cited, ...copies]).toEqual(expect.arrayContaining(['archive/lindqvist-warns-shippers.txt', 'gazette/lindqvist-warns-shippers.txt', 'wire/eu-warns-shipping-firms.txt']));
    for (const s of pressSources.slice(1)) expect(s.merge?.reasons.join(' ')).toMatch(/shares the quotation|same actor/);
    expect(press[0]!.title).toMatch(/^Lindqvist/);

    // Distinct happenings stay apart: the weekend warning in Lisbon (a range), the Sunday interview, the shipping association.
    const weekend = events.filter((r) => r.title.includes('Lisbon'));
    expect(weekend).toHaveLength(1);
    expect([weekend[0]!.start, weekend[0]!.end, weekend[0]!.precision]).toEqual(['2023-03-11', '2023-03-12', 'range']);
    expect(sourcesOf(weekend[0]!).map((s) => s.publisher).sort()).toEqual(['Continental Ledger', 'Harbour Gazette']);
    const interview = events.filter((r) => r.start === '2023-03-12' && r.end === '2023-03-12');
    expect(interview).toHaveLength(1);
    expect(sourcesOf(interview[0]!).map((s) => s.publisher).sort()).toEqual(['Baltic Wire', 'The Northern Courier']);
    const berg = events.filter((r) => r.title.startsWith('Tomas Berg'));
    expect(berg).toHaveLength(1);
    expect(berg[0]!.start).toBe('2023-03-14');

    // Readable titles and citations: headlines, outlets, dates and files, no internal ids.
    for (const r of events) {
      expect(r.title).toMatch(/^\p{Lu}/u);
      expect(r.title.length).toBeLessThanOrEqual(120);
      expect(r.sources).not.toMatch(/\b[0-9a-f]{16}\b/);
    }
    expect(press[0]!.sources).toMatch(/Harbour Gazette, “EU trade chief warns shippers over components for Russian army”, 14 Mar 2023 \(file: (?:gazette|archive)\/lindqvist-warns-shippers.txt\)/);
    expect(press[0]!.sources).toMatch(/also published as: Riverside Daily, “EU to close market to drone-part smugglers, trade chief says”, 14 Mar 2023 \(file: riverside\/eu-to-close-market-to-smugglers.txt\)/);

    for (const format of ['html'] as const) {
      const out = dossier('timeline', 'export', dir, 'Drone parts', '--format', format, '--quiet');
      expect(out.status).toBe(0);
      expect(out.stdout).toContain('Lindqvist delivers formal warning to port operators in Lisbon');
      expect(out.stdout).toContain('wire/eu-warns-shipping-firms.txt');
    }
  }, 400_000);

  it('keeps "March 20-21" a two-day event', () => {
    const events = rows(exported);
    const talks = events.find((r) => r.title.includes('Geneva'))!;
    expect([talks.start, talks.end]).toEqual(['2023-03-20', '2023-03-21']);
  });
});
