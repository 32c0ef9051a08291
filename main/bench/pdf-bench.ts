/**
 * PDF reading speed: generated multi-page, two-column PDFs read one after the other on one thread, in
 * pages per second, next to the floor measured in the same run: the same text saved as plain-text files,
 * read and parsed the same way (so the ratio says what the PDF layer costs, whatever the machine).
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArticle, readArticle } from '../formats/index';
import { ArticleGenerator, articleToFile } from './generate-articles';
import { articlesToPdf } from './generate-pdfs';

export interface PdfBenchOptions {
  /** PDFs to read (each about eight pages). */
  documents: number;
  log: (line: string) => void;
}

export async function runPdfBench(options: PdfBenchOptions): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'dossier-pdf-bench-'));
  try {
    const gen = new ArticleGenerator(7);
    const names: string[] = [];
    for (let d = 0; d < options.documents; d++) {
      const parts = [gen.next(), gen.next(), gen.next(), gen.next()];
      await writeFile(path.join(dir, `doc${d}.pdf`), await articlesToPdf(parts));
      await writeFile(path.join(dir, `doc${d}.txt`), articleToFile({ ...parts[0]!, text: parts.map((p) => p.text).join('\n\n') }));
      names.push(`doc${d}`);
    }
    options.log(`pdf bench: ${names.length} PDFs generated in ${dir}`);

    // pdf.js loads on first use (a fraction of a second): counted apart, as it is once per worker.
    let t = performance.now();
    await readArticle(new Uint8Array(await readFile(path.join(dir, `${names[0]}.pdf`))), `${names[0]}.pdf`);
    const loadMs = performance.now() - t;

    let pages = 0;
    let chars = 0;
    t = performance.now();
    for (const name of names) {
      const article = await readArticle(new Uint8Array(await readFile(path.join(dir, `${name}.pdf`))), `${name}.pdf`);
      pages += article.paragraphs.reduce((n, p) => Math.max(n, p.endPage ?? p.page ?? 0), 0);
      chars += article.text.length;
    }
    const pdfMs = performance.now() - t;

    let textChars = 0;
    t = performance.now();
    for (const name of names) textChars += parseArticle(new Uint8Array(await readFile(path.join(dir, `${name}.txt`))), `${name}.txt`).text.length;
    const floorMs = performance.now() - t;

    const perSecond = (n: number, ms: number) => Math.round((n * 1000) / ms).toLocaleString('en');
    return [
      `PDF bench: ${names.length} two-column PDFs, ${pages} pages, ${(chars / 1e6).toFixed(2)} M characters of text, 1 thread, load average ${os.loadavg()[0]!.toFixed(1)}`,
      '',
      `  PDF reading (pdf.js + layout)   ${(pdfMs / 1000).toFixed(2)} s = ${perSecond(pages, pdfMs)} pages/s (${(pdfMs / pages).toFixed(1)} ms a page)`,
      `  text floor (same text as .txt)  ${(floorMs / 1000).toFixed(2)} s = ${perSecond(pages, floorMs)} pages/s equivalent (${perSecond(textChars, floorMs)} characters/s)`,
      `  PDF / floor                     ${(pdfMs / floorMs).toFixed(1)}x`,
      `  pdf.js first load               ${(loadMs / 1000).toFixed(2)} s (once per parse worker)`,
      '',
      'Floor = reading the same text from plain-text files and parsing it (title, byline, paragraphs) on one thread.',
    ].join('\n');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
