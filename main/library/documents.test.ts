/** The library with PDFs, e-mail and saved pages: scanned, listed, problems for what cannot be read. */
import { readFileSync, truncateSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { encryptedPdf } from '../testdata/pdf/make-pdfs';
import { openLibrary } from './library';
import { forgetTagStore } from './tags';
import { tempFolder } from './test-support';
import type { Library } from './types';

const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`../testdata/pdf/${name}`, import.meta.url)));

let folder: ReturnType<typeof tempFolder>;
let lib: Library | undefined;

afterEach(async () => {
  await lib?.close();
  lib = undefined;
  forgetTagStore(path.join(folder.dir, '.dossier'));
  folder.cleanup();
});

describe('a library with PDFs and e-mail', () => {
  it('lists the readable ones as articles, with pages per paragraph, and the others as clear problems', async () => {
    folder = tempFolder();
    folder.write('reports/harbour.pdf', fixture('report.pdf'));
    folder.write('reports/scan.pdf', fixture('scan.pdf'));
    folder.write('reports/locked.pdf', encryptedPdf());
    // A sparse 100 MB file: over the PDF limit, it is refused without being parsed.
    truncateSync(folder.write('reports/huge.pdf', '%PDF-1.7\n'), 100 * 1024 * 1024);
    folder.write('mail/lease.eml', 'From: Ines Carvalho <ines@example.org>\r\nSubject: Lease vote postponed\r\nDate: Thu, 23 Feb 2023 09:00:00 +0000\r\n\r\nThe board postponed the vote.\r\n');
    folder.write(
      'saved/page.mht',
      'From: <Saved by Blink>\r\nContent-Type: multipart/related; boundary="b"\r\n\r\n--b\r\nContent-Type: text/html\r\n\r\n<html><head><title>Saved page</title></head><body><p>Text of a page saved as one file, long enough to be the article itself.</p></body></html>\r\n--b--\r\n',
    );
    // Worker threads, as the app runs: PDFs are read in the parse pool.
    lib = await openLibrary(folder.dir, { watch: false, parseWorkers: 1, log: () => {} });

    const summaries = lib.summaries();
    expect(summaries.map((s) => [s.path, s.format, s.title])).toEqual([
      ['mail/lease.eml', 'eml', 'Lease vote postponed'],
      ['reports/harbour.pdf', 'pdf', 'Harbour Water Quality Review 2024'],
      ['saved/page.mht', 'mht', 'Saved page'],
    ]);
    const report = await lib.article(summaries[1]!.id);
    expect(report?.authors).toEqual(['Mara Lindqvist', 'Tomás Okafor']);
    expect(report?.paragraphs.at(-1)).toMatchObject({ page: 3 });

    const problems = lib.problems().map((p) => [p.path, p.code, p.partial]);
    expect(problems).toEqual([
      ['reports/huge.pdf', 'too-large', false],
      ['reports/locked.pdf', 'encrypted', false],
      ['reports/scan.pdf', 'no-text', false],
    ]);
    expect(lib.problems()[0]!.message).toBe('"reports/huge.pdf" is 100.0 MB; Dossier reads PDF files up to 64.0 MB, so it was not read.');
    expect(lib.problems()[2]!.message).toMatch(/no text layer: it is a scan/);
    // Worker threads start pdf.js from the sources through tsx: slow on a busy machine.
  }, 120_000);
});
