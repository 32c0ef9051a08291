import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repo = path.resolve(import.meta.dirname, '../..');
const bin = path.join(repo, 'main/cli/bin.mjs');
const sampleArticle = path.join(repo, 'resources/sample-library/worldtribune');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function dossier(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], { cwd: repo, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

let library: string;

beforeAll(async () => {
  library = await fs.mkdtemp(path.join(os.tmpdir(), 'dossier-cli-'));
  await fs.cp(path.join(repo, 'resources/sample-library'), library, { recursive: true });
});
afterAll(async () => {
  await fs.rm(library, { recursive: true, force: true });
});

describe('dossier extract', () => {
  it('prints one JSON object per file with metadata, text, paragraphs and analysis', async () => {
    const files = (await fs.readdir(sampleArticle)).filter((f) => f.endsWith('.txt')).map((f) => path.join(sampleArticle, f));
    const airbus = path.join(repo, 'resources/sample-library/meantime-airbus');
    const second = path.join(airbus, (await fs.readdir(airbus)).find((f) => f.endsWith('.txt'))!);
    const run = await dossier('extract', '--json', files[0]!, second);
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    const [seed] = lines;
    expect(seed).toMatchObject({
      format: 'txt',
      title: 'Report: China seriously weighing sending lethal weaponry to Russia',
      authors: ['WorldTribune Staff'],
      publisher: 'WorldTribune',
      publishedAt: '2023-02-23',
    });
    for (const p of seed.paragraphs) expect(seed.text.slice(p.start, p.end).trim().length).toBeGreaterThan(0);
    for (const key of ['timexes', 'entities', 'quotes', 'events']) expect(Array.isArray(seed[key])).toBe(true);
    for (const t of seed.timexes) expect(seed.text.slice(t.start, t.end)).toBe(t.text);
  });

  it('reads a two-column PDF: title, authors, date, and each paragraph with its page', async () => {
    const report = path.join(repo, 'main/testdata/pdf/report.pdf');
    const run = await dossier('extract', '--json', report);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result).toMatchObject({
      format: 'pdf',
      title: 'Harbour Water Quality Review 2024',
      authors: ['Mara Lindqvist', 'Tomás Okafor'],
      publishedAt: '2024-03-14',
    });
    expect(result.paragraphs.length).toBe(20);
    expect(result.paragraphs[0]).toEqual({ start: 0, end: 'Summary'.length, kind: 'heading', page: 1 });
    expect(new Set(result.paragraphs.map((p: { page: number }) => p.page))).toEqual(new Set([1, 2, 3]));
    const spanning = result.paragraphs.find((p: { endPage?: number }) => p.endPage === 2);
    expect(result.text.slice(spanning.start, spanning.end)).toMatch(/^Nutrient levels tell a more mixed story\./);
  }, 120_000);

  it('says why a scanned PDF cannot be read', async () => {
    const run = await dossier('extract', '--json', path.join(repo, 'main/testdata/pdf/scan.pdf'));
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).error).toEqual({
      code: 'no-text',
      message: 'The PDF has 2 pages but no text layer: it is a scan or a picture of text. Run it through OCR (for example OCRmyPDF) and Dossier will read the result.',
    });
  }, 120_000);

  it('reports a missing file on stderr with a non-zero exit, and still prints the others', async () => {
    const run = await dossier('extract', '--json', '/no/such/file.txt');
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('no such file');
  });
});

describe('dossier index and search', () => {
  it('indexes the library and prints a summary', async () => {
    const run = await dossier('index', library);
    expect(run.stderr).not.toContain('Error');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/61 articles, \d+ problems?, [\d.]+ s/);
  });

  it('searches with ranked results and snippets', async () => {
    const run = await dossier('search', library, 'Wang', 'Yi', '--limit', '3');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Report: China seriously weighing sending lethal weaponry to Russia');
    const json = await dossier('search', library, 'airbus', '--json', '--limit', '5');
    const response = JSON.parse(json.stdout);
    expect(response.hits).toHaveLength(5);
    expect(response.total).toBeGreaterThanOrEqual(20);
  });

  it('explains errors on stderr with a non-zero exit code', async () => {
    const missing = await dossier('search', path.join(library, 'nope'), 'x');
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toContain('no such folder');
    const notLibrary = await dossier('search', os.tmpdir(), 'x');
    expect(notLibrary.code).not.toBe(0);
    expect(notLibrary.stderr).toContain('not a Dossier library');
    const badQuery = await dossier('search', library, '"unclosed');
    expect(badQuery.code).not.toBe(0);
    expect(badQuery.stderr).toMatch(/\^/);
    const unknown = await dossier('frobnicate');
    expect(unknown.code).not.toBe(0);
  });
});
