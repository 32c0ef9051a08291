import { test, expect } from '../fixtures';

test.use({
  extraFiles: {
    'broken/binary.txt': Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00, 0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x00]),
    'broken/empty.md': '',
  },
});

test('files the library could not read are listed in the Problems panel', async ({ library, page }) => {
  await library.open(page);
  const button = page.getByRole('button', { name: /^Problems \(\d+\)$/ });
  await expect(button).not.toHaveAccessibleName('Problems (0)');
  await button.click();
  const dialog = page.getByRole('dialog', { name: /could not be read/ });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('broken/binary.txt');
  await expect(dialog).toContainText('broken/empty.md');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
});

test('an import that cannot be done says why, per file, and imports the rest', async ({ library, page, searchPage }) => {
  await library.open(page);
  await page.getByLabel('Import files').setInputFiles([
    { name: 'report.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: Buffer.from('PK not really') },
    { name: 'good-note.md', mimeType: 'text/markdown', buffer: Buffer.from('# Lighthouse keepers strike\n\nThe lighthouse keepers went on strike on Friday over pay.\n') },
  ]);
  const alert = page.getByRole('alert').locator('.toast', { hasText: 'could not be imported' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('report.docx');
  await expect(searchPage.toast('Imported 1 file')).toBeVisible();
  await expect(async () => {
    await searchPage.search('lighthouse keepers');
    await expect(searchPage.result('Lighthouse keepers strike')).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 60_000 });
});

test('files dropped on the window are imported', async ({ library, page, searchPage }) => {
  await library.open(page);
  await page.evaluate(() => {
    const dt = new DataTransfer();
    dt.items.add(new File(['Harbour pilots vote to strike\n\nThe harbour pilots voted on Friday to strike next week over night shifts.\n'], 'pilots.txt', { type: 'text/plain' }));
    window.dispatchEvent(new DragEvent('dragenter', { dataTransfer: dt, bubbles: true, cancelable: true }));
    window.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  });
  await expect(searchPage.toast('Imported 1 file')).toBeVisible();
  await expect(async () => {
    await searchPage.search('harbour pilots');
    await expect(searchPage.result('Harbour pilots vote to strike')).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 60_000 });
});
