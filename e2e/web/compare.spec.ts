import path from 'node:path';
import { test, expect, SCREENSHOTS, dismissToasts } from '../fixtures';

// Two outlets report the same quotation with slightly different wording and framing.
const REPORT_A = `Ministers meet in Geneva as trade talks stall

by Jane Roe, March 3, 2024

Foreign ministers met in Geneva on Sunday for a third round of trade talks.

"We will not accept any agreement that leaves our farmers without protection against cheap imports," the trade minister told reporters after the meeting.

The talks are expected to continue next week in Brussels.
`;
const REPORT_B = `Geneva trade talks end without a deal

by John Doe, March 4, 2024

Negotiators left Geneva on Monday without an agreement.

The trade minister said: "We will not accept an agreement that leaves our farmers without protection against cheap imports."

Observers said the gap between the two delegations remained wide.
`;

test('two articles side by side with their shared quotation highlighted in both and linked', async ({ library, page, searchPage, comparePage }) => {
  await library.open(page);
  await page.getByLabel('Import files').setInputFiles([
    { name: 'geneva-roe.txt', mimeType: 'text/plain', buffer: Buffer.from(REPORT_A) },
    { name: 'geneva-doe.txt', mimeType: 'text/plain', buffer: Buffer.from(REPORT_B) },
  ]);
  await expect(searchPage.toast('Imported 2 files')).toBeVisible();

  // The watcher indexes the new files; search until both are found.
  await expect(async () => {
    await searchPage.search('Geneva farmers');
    await expect(searchPage.rows()).toHaveCount(2, { timeout: 1000 });
  }).toPass({ timeout: 60_000 });

  // Keyboard: focus the results, add each to compare with "c".
  await searchPage.results.focus();
  await page.keyboard.press('Home');
  await page.keyboard.press('c');
  await page.keyboard.press('j');
  await page.keyboard.press('c');
  await comparePage.show();
  await expect(comparePage.columns).toHaveCount(2);

  for (const column of [0, 1]) {
    await expect(comparePage.shared(column).first()).toContainText('farmers without protection against cheap imports');
  }
  // What only one article says is not marked.
  await expect(comparePage.view.locator('a.mark-shared', { hasText: 'Brussels' })).toHaveCount(0);
  await expect(comparePage.view.locator('a.mark-shared', { hasText: 'Observers' })).toHaveCount(0);

  // A click jumps to the counterpart in the other column.
  await comparePage.shared(0).first().click();
  await expect(comparePage.shared(1).first()).toBeFocused();
  await comparePage.shared(1).first().click();
  await expect(comparePage.shared(0).first()).toBeFocused();
  await page.mouse.move(0, 0);
  await dismissToasts(page);
  await page.screenshot({ path: path.join(SCREENSHOTS, 'compare.png') });
});

test('results dragged onto "Compare" open side by side', async ({ library, page, searchPage, comparePage }) => {
  await library.open(page);
  await searchPage.search('Airbus');
  const target = page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: /^Compare/ });
  await searchPage.rows().nth(0).dragTo(target);
  await searchPage.rows().nth(1).dragTo(target);
  await expect(target).toContainText('2');
  await comparePage.show();
  await expect(comparePage.columns).toHaveCount(2);
  await comparePage.column(0).getByRole('button', { name: /^Remove / }).click();
  await expect(comparePage.columns).toHaveCount(1);
  await expect(comparePage.view).toContainText('Add one more article');
});
