import path from 'node:path';
import { test, expect, SCREENSHOTS } from '../fixtures';
import { callApi } from '../server';

test('tag two results at once, rename the tag, undo, and find the tags again after a restart', async ({ library, page, searchPage, tagsPage }) => {
  await library.open(page);
  await searchPage.search('Apple');
  const first = searchPage.rows().nth(0);
  const second = searchPage.rows().nth(1);
  const titles = [(await first.locator('.result-title').textContent())!, (await second.locator('.result-title').textContent())!];

  // One by its checkbox, one by Ctrl+click: both selected, nothing opened.
  await searchPage.select(titles[0]!);
  await second.click({ modifiers: ['ControlOrMeta'] });
  await expect(first).toHaveAttribute('aria-selected', 'true');
  await expect(second).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('group', { name: 'Selected results' })).toContainText('2 selected');

  await searchPage.tagSelected('project/apple-watch');
  await expect(searchPage.toast('Tagged 2 articles')).toBeVisible();
  await expect(first.locator('[data-tag="project/apple-watch"]')).toBeVisible();
  await expect(second.locator('[data-tag="project/apple-watch"]')).toBeVisible();

  // Rename in the tag manager, then undo with the toast's button.
  await tagsPage.show();
  await expect(tagsPage.row('project/apple-watch')).toContainText('2');
  await tagsPage.rename('project/apple-watch', 'research/apple');
  await expect(tagsPage.row('research/apple')).toBeVisible();
  await expect(tagsPage.row('project/apple-watch')).toHaveCount(0);
  await searchPage.toast(/Renamed/).getByRole('button', { name: 'Undo' }).click();
  await expect(tagsPage.row('project/apple-watch')).toBeVisible();
  await expect(tagsPage.row('research/apple')).toHaveCount(0);

  // Rename again and undo with Ctrl+Z.
  await tagsPage.rename('project/apple-watch', 'research/apple');
  await expect(tagsPage.row('research/apple')).toBeVisible();
  await page.locator('body').click({ position: { x: 5, y: 400 } });
  await page.keyboard.press('ControlOrMeta+z');
  await expect(tagsPage.row('project/apple-watch')).toBeVisible();

  // Keep a final rename, restart the server, and find the tag on both articles.
  await tagsPage.rename('project/apple-watch', 'research/apple');
  await expect(tagsPage.row('research/apple')).toBeVisible();
  const server = await library.restart();
  await page.goto(server.url);
  await searchPage.search('tag:research/apple');
  await expect(searchPage.resultCount).toContainText('2 results');
  for (const title of titles) await expect(searchPage.result(title)).toBeVisible();
  await tagsPage.show();
  await expect(tagsPage.row('research/apple')).toContainText('2');

  // Colour the tag; the chips in the results take it on.
  await tagsPage.manager.getByLabel('Colour of research › apple').fill('#d04a02');
  await expect(searchPage.toast(/Colour of research › apple set/)).toBeVisible();
  await searchPage.showLibrary();
  await expect(searchPage.rows().first().locator('[data-tag="research/apple"]')).toHaveCSS('border-top-color', 'rgb(208, 74, 2)');
});

test('the tag manager merges tags and shows the hierarchy', async ({ library, page, tagsPage, searchPage }) => {
  const { items } = await callApi<{ items: { id: string }[] }>(library.server, 'listArticles', { limit: 3 });
  await callApi(library.server, 'tagArticles', { ids: [items[0]!.id], add: ['topic/airbus'] });
  await callApi(library.server, 'tagArticles', { ids: [items[1]!.id, items[2]!.id], add: ['topic/aviation'] });
  await callApi(library.server, 'tagArticles', { ids: [items[0]!.id, items[2]!.id], add: ['region/europe/france', 'needs-checking'] });
  await callApi(library.server, 'setTagColor', { name: 'region/europe/france', color: '#2f7fd0' });
  await callApi(library.server, 'setTagColor', { name: 'needs-checking', color: '#d04a02' });
  await library.open(page);
  await tagsPage.show();
  await expect(tagsPage.row('region/europe/france')).toBeVisible();
  await page.screenshot({ path: path.join(SCREENSHOTS, 'tags.png') });
  // The parent "topic" exists only through its children: shown, not renamable.
  await expect(tagsPage.manager.getByRole('rowheader', { name: 'topic', exact: true })).toBeVisible();
  await expect(tagsPage.manager.getByRole('button', { name: 'Rename topic', exact: true })).toHaveCount(0);

  await tagsPage.manager.getByRole('checkbox', { name: 'Select topic › airbus for merge' }).check();
  await tagsPage.manager.getByRole('checkbox', { name: 'Select topic › aviation for merge' }).check();
  const into = page.getByRole('group', { name: 'Merge tags' }).getByRole('combobox', { name: 'Merge into' });
  await into.fill('topic/aviation');
  await into.press('Enter');
  await expect(searchPage.toast(/Merged/)).toBeVisible();
  await expect(tagsPage.row('topic/airbus')).toHaveCount(0);
  await expect(tagsPage.row('topic/aviation')).toContainText('3');
});
