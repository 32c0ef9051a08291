import path from 'node:path';
import { test, expect, SCREENSHOTS, dismissToasts } from '../fixtures';

const SAMPLE_TITLE = 'Report: China seriously weighing sending lethal weaponry to Russia';

test('search for "Wang Yi" and open the sample article with its hits marked', async ({ library, page, searchPage, readerPage }) => {
  await library.open(page);
  // A broad query first, for the README's picture of search with facets.
  await searchPage.search('China OR Airbus');
  await expect(searchPage.rows().nth(5)).toBeVisible();
  await expect(searchPage.filters.getByRole('region', { name: 'Year' }).getByRole('button').first()).toBeVisible();
  await dismissToasts(page);
  await page.screenshot({ path: path.join(SCREENSHOTS, 'search.png') });

  await searchPage.search('Wang Yi');
  const row = searchPage.result(SAMPLE_TITLE);
  await expect(row).toBeVisible();
  await expect(row.locator('.snippet mark').first()).toBeVisible();
  await expect(searchPage.resultCount).toContainText(/\d+ results?/);

  await searchPage.open(SAMPLE_TITLE);
  await expect(readerPage.title).toHaveText(SAMPLE_TITLE);
  await expect(readerPage.reader.locator('.byline')).toContainText('2023');
  await expect(readerPage.reader).toContainText('worldtribune');
  await expect(readerPage.hitMarks.first()).toBeVisible();
  await expect(readerPage.hitMarks.filter({ hasText: /Wang/ }).first()).toBeVisible();
  // The body is the clean text: no caption or footer lines.
  await expect(readerPage.body).toContainText('Wang Yi');
  await dismissToasts(page);
  await page.screenshot({ path: path.join(SCREENSHOTS, 'reader.png') });
});

test('the keyboard drives search: / focuses, j/k move, Enter opens, t tags, Escape goes back', async ({ library, page, searchPage, readerPage }) => {
  await library.open(page);
  await page.keyboard.press('/');
  await expect(searchPage.searchBox).toBeFocused();
  await page.keyboard.type('Airbus');
  await page.keyboard.press('Enter');
  await expect(searchPage.results).toHaveAttribute('data-answered', /:Airbus$/);
  await expect(searchPage.rows().nth(1)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(searchPage.results).toBeFocused();
  // Focusing the list makes its first row current.
  await expect(searchPage.rows().nth(0)).toHaveClass(/active/);

  await page.keyboard.press('j');
  await page.keyboard.press('j');
  await page.keyboard.press('k');
  await expect(searchPage.rows().nth(0)).not.toHaveClass(/active/);
  const second = searchPage.rows().nth(1);
  await expect(second).toHaveClass(/active/);
  const title = (await second.locator('.result-title').textContent())!;
  await page.keyboard.press('Enter');
  await expect(readerPage.title).toHaveText(title);

  await page.keyboard.press('t');
  await expect(readerPage.addTag).toBeFocused();
  await page.keyboard.type('keyboard/tagged');
  await page.keyboard.press('Enter');
  await expect(readerPage.tag('keyboard/tagged')).toBeVisible();

  await page.keyboard.press('Escape'); // leave the tag field
  await expect(searchPage.results).toBeFocused();
  await page.keyboard.press('Escape'); // close the reader
  await expect(readerPage.reader).toBeHidden();

  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeHidden();
});

test('a query with a syntax error is explained where it points', async ({ library, page, searchPage }) => {
  await library.open(page);
  await searchPage.searchBox.fill('china (russia');
  await expect(searchPage.searchBox).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('.query-error')).toBeVisible();
  await expect(page.locator('.query-error .error-at')).toBeVisible();
  await page.getByRole('button', { name: 'Search syntax' }).click();
  await expect(page.getByRole('region', { name: 'Search syntax help' })).toContainText('tag:region');
});

test('suggestions complete the word being typed and are picked with the keyboard', async ({ library, page, searchPage }) => {
  await library.open(page);
  await searchPage.searchBox.pressSequentially('Airb', { delay: 30 });
  await expect(searchPage.suggestions.getByRole('option').first()).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(searchPage.suggestions.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(searchPage.searchBox).not.toHaveValue('Airb');
  await expect(searchPage.rows().first()).toBeVisible();
});
