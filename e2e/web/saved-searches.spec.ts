/**
 * Saved searches and recent searches: save a query with a name, see its count follow the tags,
 * rename, delete and undo (toast and Ctrl+Z), bring back recent queries with one key, and use a
 * saved search as the source of a timeline.
 */
import fs from 'node:fs';
import path from 'node:path';
import { test, expect } from '../fixtures';
import { TimelinePage } from '../pages/TimelinePage';

test('save searches, keep their counts current, rename, delete and undo; recent searches one key away', async ({ library, page, searchPage }) => {
  await library.open(page);

  // A saved tag search starts empty and counts what gets tagged.
  await searchPage.search('tag:followup');
  await searchPage.saveSearch('Follow-up');
  await expect(searchPage.savedSearch('Follow-up')).toHaveAccessibleName('Follow-up: 0 articles');

  await searchPage.search('Airbus');
  const total = await searchPage.total();
  await page.keyboard.press('Escape'); // leave the search box: "s" is a shortcut, not a letter
  await page.keyboard.press('s');
  const name = page.getByRole('textbox', { name: 'Name of the saved search' });
  await expect(name).toBeFocused();
  await expect(name).toHaveValue('Airbus');
  await name.fill('Airbus stories');
  await name.press('Enter');
  await expect(searchPage.savedSearch('Airbus stories')).toHaveAccessibleName(`Airbus stories: ${total} articles`);

  const title = (await searchPage.rows().first().locator('.result-title').textContent())!;
  await searchPage.select(title);
  await searchPage.tagSelected('followup');
  await expect(searchPage.savedSearch('Follow-up')).toHaveAccessibleName('Follow-up: 1 article');

  // Stored by id in the library's data folder, as documented.
  const file = JSON.parse(fs.readFileSync(path.join(library.dir, '.dossier', 'saved-searches.json'), 'utf8'));
  expect(Object.values(file.searches).map((s) => (s as { name: string }).name).sort()).toEqual(['Airbus stories', 'Follow-up']);

  // Running one puts its query in the box.
  await searchPage.search('Apple');
  await searchPage.savedSearch('Follow-up').click();
  await expect(searchPage.searchBox).toHaveValue('tag:followup');
  await expect(searchPage.resultCount).toContainText('1 result');
  await expect(searchPage.savedSearch('Follow-up')).toHaveAttribute('aria-pressed', 'true');

  // Rename, delete, undo with the toast, delete again and undo with Ctrl+Z.
  await searchPage.savedSearches.getByRole('button', { name: 'Rename saved search Follow-up' }).click();
  const rename = searchPage.savedSearches.getByRole('textbox', { name: 'New name' });
  await rename.fill('To follow up');
  await rename.press('Enter');
  await expect(searchPage.savedSearch('To follow up')).toBeVisible();
  await searchPage.savedSearches.getByRole('button', { name: 'Delete saved search To follow up' }).click();
  await expect(searchPage.savedSearch('To follow up')).toHaveCount(0);
  await searchPage.toast(/Deleted saved search/).getByRole('button', { name: 'Undo' }).click();
  await expect(searchPage.savedSearch('To follow up')).toBeVisible();
  await searchPage.savedSearches.getByRole('button', { name: 'Delete saved search To follow up' }).click();
  await expect(searchPage.savedSearch('To follow up')).toHaveCount(0);
  await page.locator('body').click({ position: { x: 700, y: 5 } });
  await page.keyboard.press('ControlOrMeta+z');
  await expect(searchPage.savedSearch('To follow up')).toHaveAccessibleName('To follow up: 1 article');

  // Recent searches: "h" lists them, newest first; Enter runs one.
  await page.keyboard.press('h');
  await expect(searchPage.searchBox).toBeFocused();
  const recent = searchPage.suggestions.getByRole('option');
  await expect(recent.first()).toHaveText(/^Apple recent$/);
  await expect(recent.nth(1)).toHaveText(/^Airbus recent$/);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await searchPage.answered('Airbus');
  await expect(searchPage.searchBox).toHaveValue('Airbus');
  // ↓ in an empty box lists them too; typing narrows to those starting alike (and the saved ones).
  await searchPage.searchBox.fill('');
  await searchPage.searchBox.press('ArrowDown');
  await expect(recent.first()).toBeVisible();
  await searchPage.searchBox.press('Escape');
  await searchPage.searchBox.pressSequentially('Air');
  await expect(searchPage.suggestions.getByRole('option', { name: /^Airbus recent$/ })).toBeVisible();
  await expect(searchPage.suggestions.getByRole('option', { name: /^Airbus stories saved: Airbus$/ })).toBeVisible();
});

test('a saved search feeds a timeline', async ({ library, page, searchPage }) => {
  const timelines = new TimelinePage(page);
  await library.open(page);
  await searchPage.search('"Wang Yi"');
  await searchPage.saveSearch('Wang Yi');
  await expect(searchPage.savedSearch('Wang Yi')).toHaveAccessibleName(/^Wang Yi: [1-9]\d* articles?$/);

  await timelines.show();
  await timelines.create('Munich meeting');
  await timelines.findFromSavedSearch('Wang Yi');
  await timelines.acceptAllNew();
  await timelines.queue.getByRole('button', { name: 'Close review queue' }).click();
  await expect(timelines.list.getByRole('listitem').first()).toBeVisible();
  expect(await timelines.list.getByRole('listitem').count()).toBeGreaterThanOrEqual(5);
  await expect(page.getByRole('combobox', { name: 'Timeline', exact: true })).toContainText(/Munich meeting \([1-9]\d*\)/);
});
