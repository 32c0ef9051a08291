/**
 * Entities as a way in, accent folding and search as you type, on the sample library plus one
 * article that says "Burma" (the analysis names the place Myanmar) and "café".
 */
import { test, expect } from '../fixtures';
import { EntitiesPage } from '../pages/EntitiesPage';
import { waitForAnalysis } from '../server';

const BURMA_TITLE = 'Talks on Burma resume at a café in Bangkok';
test.use({
  extraFiles: {
    'extra/burma-talks.txt': `${BURMA_TITLE}\n\nBy Ana Lima, March 9, 2023\n\nDiplomats from Burma met their neighbours at a café in Bangkok on Thursday. "Janet Yellen is right about the sanctions," said Antony Blinken, the Secretary of State. The talks resumed on Friday.\n`,
  },
});

test('the entity panel lists places by canonical name: Myanmar leads to the article that says "Burma"', async ({ library, page, searchPage }) => {
  await waitForAnalysis(library.server);
  const entities = new EntitiesPage(page);
  await library.open(page);
  await entities.show();
  await entities.kind('Places').click();
  await entities.filter.fill('myan');
  await expect(entities.entity('Myanmar', 'place')).toHaveAccessibleName('Myanmar, place: 1 article');
  // Keyboard: from the filter, ↓ into the list, Enter opens the first.
  await entities.filter.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(entities.entityPage.getByRole('heading', { name: 'Myanmar', level: 2 })).toBeVisible();
  await expect(entities.section('Articles').getByRole('button', { name: BURMA_TITLE })).toBeVisible();

  await entities.entityPage.getByRole('button', { name: 'Search these articles' }).click();
  await expect(searchPage.searchBox).toHaveValue('place:"Myanmar"');
  await searchPage.answered('place:"Myanmar"');
  await expect(searchPage.rows()).toHaveCount(1);
  await expect(searchPage.result(new RegExp(BURMA_TITLE))).toBeVisible();
});

test("facets by person narrow any result set; a person's page shows quotes by and about them", async ({ library, page, searchPage }) => {
  await waitForAnalysis(library.server);
  const entities = new EntitiesPage(page);
  await library.open(page);
  await searchPage.search('sanctions');
  const yellen = searchPage.facet('Person', 'Janet Yellen');
  await expect(yellen).toHaveAccessibleName('Person Janet Yellen: 2');
  await yellen.click();
  await expect(searchPage.searchBox).toHaveValue('sanctions person:"Janet Yellen"');
  await searchPage.answered('sanctions person:"Janet Yellen"');
  await expect(searchPage.resultCount).toContainText('2 results');
  await expect(searchPage.facet('Person', 'Janet Yellen')).toHaveAttribute('aria-pressed', 'true');

  await entities.show();
  await entities.filter.fill('janet yel');
  await entities.entity('Janet Yellen', 'person').click();
  await expect(entities.section('Quotes by Janet Yellen').getByRole('listitem')).toHaveCount(1);
  await expect(entities.section('Quotes by Janet Yellen')).toContainText('providing material support to Russia');
  await expect(entities.section('Quotes about Janet Yellen')).toContainText('Janet Yellen is right about the sanctions');
  await expect(entities.section('Quotes about Janet Yellen')).toContainText('Antony Blinken');
  // A quote opens its article in the reader, marked where it is.
  await entities.section('Quotes about Janet Yellen').getByRole('button', { name: BURMA_TITLE }).click();
  await expect(page.getByRole('article', { name: 'Reader' }).locator('mark').first()).toContainText('Janet Yellen is right');
});

test('accent folding: cafe finds café and café finds cafe, the accented original marked', async ({ library, page, searchPage }) => {
  await library.open(page);
  await searchPage.search('cafe');
  await expect(searchPage.result(new RegExp(BURMA_TITLE))).toBeVisible();
  const cafeTotal = await searchPage.total();
  expect(cafeTotal).toBeGreaterThanOrEqual(2); // also the Apple story's "cafes"
  await expect(searchPage.result(new RegExp(BURMA_TITLE)).locator('mark').first()).toHaveText('café');
  await searchPage.search('café');
  expect(await searchPage.total()).toBe(cafeTotal);
  await expect(searchPage.rows().filter({ hasText: 'cafes' }).locator('mark').first()).toHaveText('cafes');
  await searchPage.search('"a cafe in bangkok"');
  await expect(searchPage.rows()).toHaveCount(1);
});

test('search as you type: results follow the last word as a prefix, Enter searches it as typed', async ({ library, page, searchPage }) => {
  await library.open(page);
  await searchPage.type('Airb');
  await searchPage.answered('Airb*');
  const typed = await searchPage.total();
  expect(typed).toBeGreaterThan(10);
  await expect(searchPage.resultCount).toContainText('as you type: Airb*');
  await expect(searchPage.rows().first().locator('mark').first()).toHaveText(/^Airbus/);
  // More letters narrow it; a space ends the word, which is then searched as typed.
  await searchPage.searchBox.pressSequentially('us A3', { delay: 40 });
  await searchPage.answered('Airbus A3*');
  expect(await searchPage.total()).toBeLessThan(typed);
  await searchPage.searchBox.press('Enter');
  await searchPage.answered('Airbus A3');
  await expect(searchPage.resultCount).not.toContainText('as you type');
});
