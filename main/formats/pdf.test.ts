import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { readArticle } from './index';
import { expectParagraphsTileText, problemOf, TempFolder } from './temp-files.test-helper';
import {
  REPORT,
  assemblePdf,
  decompressionBomb,
  deeplyNestedPdf,
  encryptedPdf,
  pageCountBomb,
  reportPdf,
  simplePdf,
} from '../testdata/pdf/make-pdfs';

const fixture = (name: string) => fileURLToPath(new URL(`../testdata/pdf/${name}`, import.meta.url));
const temp = new TempFolder();
afterAll(() => temp.remove());

/** Writes the bytes to a real file, reads them back and reads the article, as the library does. */
async function readPdfFile(name: string, bytes: Uint8Array, options?: Parameters<typeof readArticle>[2]) {
  const path = temp.write(name, bytes);
  return readArticle(new Uint8Array(readFileSync(path)), name, options);
}

describe('PDF: the two-column report', async () => {
  const article = await readArticle(new Uint8Array(readFileSync(fixture('report.pdf'))), 'report.pdf');
  const slices = expectParagraphsTileText(article);
  const paragraph = (start: string) => {
    const i = slices.findIndex((s) => s.startsWith(start));
    expect(i, `a paragraph starting "${start}"`).toBeGreaterThanOrEqual(0);
    return { text: slices[i]!, ...article.paragraphs[i]! };
  };

  it('takes title, authors and date from the metadata', () => {
    expect(article.format).toBe('pdf');
    expect(article.title).toBe(REPORT.title);
    expect(article.authors).toEqual(REPORT.authors);
    expect(article.publishedAt).toEqual({ value: REPORT.date, precision: 'day' });
    expect(article.warnings).toEqual([]);
  });

  it('keeps the title block, running heads and page numbers out of the text', () => {
    expect(article.text).not.toContain(REPORT.title);
    expect(article.text).not.toContain('Mara Lindqvist and');
    expect(article.text).not.toContain('14 March 2024');
    expect(slices.every((s) => !/^\d+$/.test(s))).toBe(true);
    expect(slices[0]).toBe('Summary');
  });

  it('reads the columns in order and rebuilds paragraphs across columns and pages, with their pages', () => {
    expect(slices.map((s) => s.split(' ')[0])).toEqual([
      'Summary', 'Monitoring', 'The', 'Background', 'The', 'Before', 'Findings', 'Bacteria', 'Nutrient', 'Dissolved', 'Turbidity',
      'Sensors', 'The', 'Comparing', 'The', 'Public', 'Recommendations', 'The', 'Where', 'Finally,',
    ]);
    // This one starts in the second column of page 1 and ends on page 2.
    const nutrients = paragraph('Nutrient levels');
    expect(nutrients.text).toMatch(/^Nutrient levels tell a more mixed story\. .* The laboratory expects these values to settle once the works are finished\.$/);
    expect([nutrients.page, nutrients.endPage]).toEqual([1, 2]);
    expect(paragraph('Public interest')).toMatchObject({ page: 2, endPage: 3 });
    expect(paragraph('Recommendations')).toMatchObject({ kind: 'heading', page: 3 });
    expect(paragraph('Summary')).toMatchObject({ kind: 'heading', page: 1 });
    expect(paragraph('Finally')).toMatchObject({ page: 3 });
    expect(paragraph('Finally').endPage).toBeUndefined();
    for (const p of article.paragraphs) expect(p.page).toBeGreaterThanOrEqual(1);
  });

  it('joins words hyphenated at line ends', () => {
    expect(article.text).toContain('after heavy showers.');
    expect(article.text).toContain('bacteria, nutrients, dissolved oxygen');
    expect(article.text).toContain('stirred up old sediments during');
    expect(article.text).not.toMatch(/\w- \w/);
  });

  it('is the same report when regenerated', async () => {
    const fresh = await readPdfFile('fresh.pdf', await reportPdf());
    expect(fresh.text).toBe(article.text);
  });
});

describe('PDF metadata from the first page', () => {
  it('takes the largest line as the title and the lines under it as authors and date when the file has no metadata', async () => {
    const article = await readPdfFile('no-metadata.pdf', await reportPdf({ metadata: false }));
    expect(article.title).toBe(REPORT.title);
    expect(article.authors).toEqual(REPORT.authors);
    expect(article.publishedAt).toEqual({ value: '2024-03-14', precision: 'day' });
    expect(article.text.startsWith('Summary\n\nMonitoring stations')).toBe(true);
  });

  it('ignores junk metadata (a file name as title, an account as author)', async () => {
    const bytes = simplePdf('A short statement from the committee, read out on Monday.', '/Info 6 0 R ', [
      '<< /Title (Microsoft Word - statement_v3.docx) /Author (jdoe) /CreationDate (D:20230223101500+01\'00\') >>',
    ]);
    const article = await readPdfFile('statement.pdf', bytes);
    expect(article.title).toBe('statement');
    expect(article.authors).toEqual([]);
    expect(article.publishedAt).toEqual({ value: '2023-02-23', precision: 'day' });
    expect(article.text).toBe('A short statement from the committee, read out on Monday.');
    expect(article.paragraphs).toEqual([{ start: 0, end: article.text.length, kind: 'body', page: 1 }]);
  });
});

describe('PDFs that cannot be read give clear problems', { timeout: 120_000 }, () => {
  it('a scan without a text layer', async () => {
    const problem = await problemOf(readArticle(new Uint8Array(readFileSync(fixture('scan.pdf'))), 'scan.pdf'));
    expect(problem.code).toBe('no-text');
    expect(problem.message).toMatch(/2 pages but no text layer: it is a scan .* OCR/);
  });

  it('a PDF locked with a password', async () => {
    const problem = await problemOf(readPdfFile('locked.pdf', encryptedPdf()));
    expect(problem.code).toBe('encrypted');
    expect(problem.message).toMatch(/protected by a password/);
  });

  it('a truncated PDF, a damaged one, and a file that only has a .pdf name', async () => {
    const report = readFileSync(fixture('report.pdf'));
    const truncated = await problemOf(readPdfFile('cut.pdf', new Uint8Array(report.subarray(0, report.length >> 1))));
    expect(truncated.code).toBe('parse-error');
    expect(truncated.message).toMatch(/not a readable PDF: the file is damaged or incomplete/);
    const garbage = await problemOf(readPdfFile('garbage.pdf', new Uint8Array(Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(4000, 0x41)]))));
    expect(garbage.code).toBe('parse-error');
    const html = await problemOf(readPdfFile('page.pdf', new TextEncoder().encode('<html><body>Not a PDF</body></html>')));
    expect(html.message).toMatch(/named \.pdf but is not a PDF/);
    expect((await problemOf(readPdfFile('empty.pdf', new Uint8Array()))).code).toBe('empty');
  });

  it('a page-count bomb is read up to the page limit, with a warning', async () => {
    const started = performance.now();
    const article = await readPdfFile('pages.pdf', pageCountBomb(24), { pdf: { maxPages: 40 } });
    expect(article.warnings).toEqual(['The PDF says it has 16,777,216 pages; Dossier read the first 40.']);
    expect(article.text).toContain('The same page again');
    expect(performance.now() - started).toBeLessThan(20_000);
  });

  it('a decompression bomb is cut off while it streams, in bounded time and memory', async () => {
    const bytes = decompressionBomb(200);
    expect(bytes.length).toBeLessThan(2_000_000);
    const started = performance.now();
    const rss = process.memoryUsage.rss();
    const problem = await problemOf(readPdfFile('bomb.pdf', bytes));
    expect(problem.code).toBe('parse-error');
    expect(problem.message).toMatch(/built to exhaust readers: page 1 draws over 50,000 pieces of text/);
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(process.memoryUsage.rss() - rss).toBeLessThan(500 * 1024 * 1024);
  });

  it('objects nested beyond reason', async () => {
    const problem = await problemOf(readPdfFile('nested.pdf', deeplyNestedPdf(200_000)));
    expect(problem.code).toBe('parse-error');
    expect(problem.message).toMatch(/could be read: the file is damaged/);
  });

  it('a reading time budget keeps what was read, and says so', async () => {
    const article = await readPdfFile('slow.pdf', pageCountBomb(11), { pdf: { timeBudgetMs: 1 } });
    expect(article.warnings).toEqual(['Reading stopped after page 1 of 2,048: the PDF took longer than 0 s to read.']);
    expect(article.paragraphs).toEqual([{ start: 0, end: article.text.length, kind: 'body', page: 1 }]);
  });
});

describe('PDF text layout', () => {
  it('reads a page drawn sideways (text turned a quarter) and keeps stamps in the margin out', async () => {
    const content = [
      // Upright body text, and a stamp running up the left margin.
      'BT /F1 12 Tf 72 700 Td (An upright line of body text for the reader.) Tj ET',
      'BT /F1 8 Tf 0 1 -1 0 30 300 Tm (arXiv:2401.00001 stamp in the margin) Tj ET',
    ].join('\n');
    const stream = `<< /Length ${content.length} >>\nstream\n${content}\nendstream`;
    const bytes = assemblePdf([
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
      stream,
      '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    ]);
    const article = await readPdfFile('stamp.pdf', bytes);
    expect(article.text).toBe('An upright line of body text for the reader.');

    const rotated = assemblePdf([
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /Rotate 90 /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
      '<< /Length 75 >>\nstream\nBT /F1 12 Tf 72 700 Td (A landscape page shown turned by the viewer.) Tj ET\nendstream',
      '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    ]);
    expect((await readPdfFile('rotated.pdf', rotated)).text).toBe('A landscape page shown turned by the viewer.');
  });
});
