/**
 * The CLI path on real news: `dossier timeline build` over the 30 Airbus articles of the sample
 * library gives events whose dates agree with the annotators' time expressions, and its exports
 * open in independent parsers (csv-parse for CSV, jsdom for the HTML report).
 */
import { spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateTimelineJs } from '../timelines/export/validate-timelinejs';

const repo = path.resolve(import.meta.dirname, '../..');
const BIN = path.join(import.meta.dirname, 'bin.mjs');
const dossier = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 300_000, maxBuffer: 64 * 1024 * 1024 });
const AIRBUS_QUERY = 'airbus OR boeing OR aircraft OR airline OR airlines -apple';

interface GoldFile {
  title: string;
  timexes: { text: string; value: string }[];
}
interface StoredTimeline {
  events: { date: { text?: string; value?: string | null }; sources: { articleTitle: string }[] }[];
}

let library: string;

beforeAll(async () => {
  library = await fs.mkdtemp(path.join(os.tmpdir(), 'dossier-airbus-'));
  await fs.cp(path.join(repo, 'resources/sample-library'), library, { recursive: true });
  const build = dossier('timeline', 'build', library, 'Airbus', '--from', AIRBUS_QUERY, '--accept', '--quiet');
  expect(build.stderr).toBe('');
  expect(build.status).toBe(0);
}, 300_000);

afterAll(async () => {
  await fs.rm(library, { recursive: true, force: true });
});

describe('dossier timeline build on the Airbus articles', () => {
  it('dates its events as the gold time expressions do', async () => {
    const goldDir = path.join(repo, 'main/testdata/gold/meantime-airbus');
    const gold = new Map<string, GoldFile>();
    for (const file of await fs.readdir(goldDir)) {
      if (!file.endsWith('.gold.json')) continue;
      const g = JSON.parse(await fs.readFile(path.join(goldDir, file), 'utf8')) as GoldFile;
      gold.set(g.title, g);
    }
    const timeline = JSON.parse(await fs.readFile(path.join(library, '.dossier/timelines/airbus.json'), 'utf8')) as StoredTimeline;
    const sourced = new Set(timeline.events.flatMap((e) => e.sources.map((s) => s.articleTitle)));
    expect([...sourced].filter((title) => gold.has(title)).length).toBeGreaterThanOrEqual(25);
    expect([...sourced].every((title) => gold.has(title))).toBe(true); // nothing from the Apple articles

    // Every event whose cue the annotators marked (same words, same article) is compared with their value.
    let compared = 0;
    let agreed = 0;
    const disagreements: string[] = [];
    for (const event of timeline.events) {
      for (const source of event.sources) {
        const annotated = gold.get(source.articleTitle)?.timexes.filter((t) => t.text === event.date.text) ?? [];
        if (!annotated.length) continue;
        compared++;
        if (annotated.some((t) => t.value === event.date.value)) agreed++;
        else disagreements.push(`${event.date.text}: ${event.date.value} vs gold ${annotated.map((t) => t.value).join('|')}`);
      }
    }
    expect(compared).toBeGreaterThanOrEqual(30);
    expect(agreed / compared, disagreements.join('\n')).toBeGreaterThanOrEqual(0.9);
  });

  it('exports TimelineJS, CSV, Markdown and HTML that their parsers accept', async () => {
    const tl = dossier('timeline', 'export', library, 'Airbus', '--format', 'timelinejs', '--quiet');
    expect(tl.status).toBe(0);
    const tlJson = JSON.parse(tl.stdout);
    expect(validateTimelineJs(tlJson)).toEqual([]);
    expect(tlJson.events.length).toBeGreaterThan(30);

    const csvFile = path.join(library, 'airbus.csv');
    expect(dossier('timeline', 'export', library, 'Airbus', '--format', 'csv', '-o', csvFile, '--quiet').status).toBe(0);
    const rows = parseCsv(await fs.readFile(csvFile, 'utf8'), { columns: true, relax_quotes: false }) as Record<string, string>[];
    expect(rows.length).toBe(tlJson.events.length);
    expect(Object.keys(rows[0]!)).toEqual(expect.arrayContaining(['title']));

    const md = dossier('timeline', 'export', library, 'Airbus', '--format', 'md', '--quiet');
    expect(md.status).toBe(0);
    expect(md.stdout).toMatch(/^# Airbus/m);
    expect(md.stdout).toMatch(/\[\^1\]:/);

    const html = dossier('timeline', 'export', library, 'Airbus', '--format', 'html', '--quiet');
    expect(html.status).toBe(0);
    const { document } = new JSDOM(html.stdout).window;
    expect(document.querySelectorAll('script')).toHaveLength(0);
    expect(document.title).toContain('Airbus');
    expect(document.body.textContent).toContain('Aer Lingus');
  });
});
