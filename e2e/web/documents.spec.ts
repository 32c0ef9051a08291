/** PDFs and e-mail in the library: searchable, read with hits and page numbers, the original at hand. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect } from '../fixtures';
import { REPO } from '../server';

const report = readFileSync(path.join(REPO, 'main/testdata/pdf/report.pdf'));

test.use({
  extraFiles: {
    'reports/harbour-review.pdf': report,
    'reports/scanned-letter.pdf': readFileSync(path.join(REPO, 'main/testdata/pdf/scan.pdf')),
    'mail/lease.eml':
      'From: Ines Carvalho <ines@example.org>\r\nSubject: Marina lease vote postponed\r\nDate: Thu, 23 Feb 2023 09:00:00 +0000\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nThe board postponed the vote on the marina lease until the dredging is finished.\r\n',
  },
});

// The library's first scan starts a parse worker and pdf.js from the sources (tsx): slow on a busy machine.
test.slow();

test('a PDF is searchable, opens in the reader with its hits and pages, and its original can be saved', async ({ library, page, searchPage, readerPage }) => {
  await library.open(page);
  await searchPage.search('dredging');
  const row = searchPage.result('Harbour Water Quality Review 2024');
  await expect(row).toBeVisible();
  await expect(row.locator('.snippet mark').first()).toHaveText(/dredging/i);
  await expect(searchPage.result('Marina lease vote postponed')).toBeVisible();

  await searchPage.open('Harbour Water Quality Review 2024');
  await expect(readerPage.title).toHaveText('Harbour Water Quality Review 2024');
  await expect(readerPage.reader.locator('.byline')).toContainText('Mara Lindqvist and Tomás Okafor');
  await expect(readerPage.reader.locator('.byline')).toContainText('14 Mar 2024');
  await expect(readerPage.hitMarks.first()).toHaveText(/dredging/i);
  await expect(readerPage.hitMarks).toHaveCount(2);
  // Where each page begins (here within paragraphs that run on), for citing a passage as "p. 2".
  await expect(readerPage.pageMarkers).toHaveText(['p. 1', 'pp. 1–2', 'pp. 2–3']);
  await expect(readerPage.body).toContainText('stirred up old sediments during the summer months');
  await expect(readerPage.body).not.toContainText('Harbour Water Quality Review 2024');

  // In a browser the original is saved as a download, never shown in the page.
  const download = page.waitForEvent('download');
  await readerPage.openOriginal.click();
  const saved = await download;
  expect(saved.suggestedFilename()).toBe('harbour-review.pdf');
  expect(readFileSync((await saved.path())!).equals(report)).toBe(true);
  await expect(searchPage.toast('saved to your downloads')).toBeVisible();
});

test('a scanned PDF is listed as a problem that says why', async ({ library, page }) => {
  await library.open(page);
  await page.getByRole('button', { name: /^Problems \(\d+\)$/ }).click();
  const dialog = page.getByRole('dialog', { name: /could not be read/ });
  await expect(dialog).toContainText('reports/scanned-letter.pdf');
  await expect(dialog).toContainText('no text layer: it is a scan');
});
