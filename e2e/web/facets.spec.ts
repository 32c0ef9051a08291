import { test, expect } from '../fixtures';

test('clicking a source facet filters the results to that source, and clicking again removes it', async ({ library, page, searchPage }) => {
  await library.open(page);
  await searchPage.search('Airbus OR Apple OR China');
  const before = await searchPage.total();
  const sources = searchPage.filters.getByRole('region', { name: 'Source' }).getByRole('button');
  await expect(sources.first()).toBeVisible();
  const label = (await sources.first().getAttribute('aria-label'))!;
  const [, value, count] = /^Source (.+): ([\d,]+)$/.exec(label)!;
  await sources.first().click();
  await expect(searchPage.searchBox).toHaveValue(/source:/);
  await expect(searchPage.resultCount).toContainText(`${count} result`);
  expect(Number(count!.replace(/,/g, ''))).toBeLessThanOrEqual(before);
  await expect(searchPage.rows().first().locator('.result-meta')).toContainText(value!);
  await expect(searchPage.facet('Source', value!)).toHaveAttribute('aria-pressed', 'true');

  await searchPage.facet('Source', value!).click();
  await expect(searchPage.searchBox).not.toHaveValue(/source:/);
  await expect(searchPage.resultCount).toContainText(`${before.toLocaleString('en')} result`);
});

test('a year facet adds an inclusive date range', async ({ library, page, searchPage }) => {
  await library.open(page);
  await searchPage.search('Airbus');
  const years = searchPage.filters.getByRole('region', { name: 'Year' }).getByRole('button');
  await expect(years.first()).toBeVisible();
  const label = (await years.first().getAttribute('aria-label'))!;
  const [, year, count] = /^Year (\d{4}): ([\d,]+)$/.exec(label)!;
  await years.first().click();
  await expect(searchPage.searchBox).toHaveValue(`Airbus after:${year} before:${year}`);
  await expect(searchPage.resultCount).toContainText(`${count} result`);
  await expect(searchPage.rows().first().locator('.result-meta')).toContainText(year!);
});
