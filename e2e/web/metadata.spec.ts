/**
 * Correcting an article's metadata end to end: edit it in the reader, see it in search results,
 * facets and a timeline export, undo it, and find it again after a restart; an undated article is
 * asked for its date, which then places "on Thursday" on the timeline.
 */
import fs from 'node:fs';
import path from 'node:path';
import { test, expect } from '../fixtures';
import { callApi } from '../server';
import { parseCsv } from '../../main/timelines/export/csv';

const SAMPLE_TITLE = 'Report: China seriously weighing sending lethal weaponry to Russia';
const CORRECTED = 'China weighs arming Russia, officials say';

test('correct an article’s details in the reader; search, facets and a timeline export follow; undo; it survives a restart', async ({ library, page, searchPage, readerPage, timelinesPage }) => {
  await library.open(page);
  await searchPage.search('"Wang Yi"');
  await searchPage.open(SAMPLE_TITLE);
  await expect(readerPage.title).toHaveText(SAMPLE_TITLE);
  await expect(searchPage.facet('Source', 'WorldTribune')).toBeVisible();

  await readerPage.correct({ title: CORRECTED, publisher: 'Test Gazette', authors: 'Ann Analyst; Ben Brief' });
  await expect(readerPage.title).toHaveText(CORRECTED);
  await expect(readerPage.byline).toContainText('Ann Analyst and Ben Brief · Test Gazette');
  await expect(readerPage.corrections).toContainText(`title (extracted: ${SAMPLE_TITLE})`);
  await expect(readerPage.corrections).toContainText('publisher (extracted: WorldTribune)');
  await expect(searchPage.toast(`Details of “${CORRECTED}” saved.`)).toBeVisible();
  // The article file itself is untouched.
  expect(fs.readFileSync(path.join(library.dir, 'worldtribune', fs.readdirSync(path.join(library.dir, 'worldtribune')).find((f) => f.endsWith('.txt'))!), 'utf8')).toContain(SAMPLE_TITLE);

  // Search results, field queries and facets use the correction.
  await expect(searchPage.result(CORRECTED)).toContainText('Test Gazette');
  await expect(searchPage.facet('Source', 'Test Gazette')).toBeVisible();
  await expect(searchPage.facet('Source', 'WorldTribune')).toHaveCount(0);
  await searchPage.search('source:"Test Gazette" author:analyst');
  await expect(searchPage.resultCount).toContainText('1 result');
  await expect(searchPage.result(CORRECTED)).toBeVisible();

  // A timeline built from the article, exported: its source has the corrected publisher and title.
  const timeline = await callApi<{ id: string }>(library.server, 'createTimeline', { name: 'Corrected sources' });
  const id = (await callApi<{ hits: { article: { id: string } }[] }>(library.server, 'search', { query: 'source:"Test Gazette"' })).hits[0]!.article.id;
  const queue = await callApi<{ items: { draft: unknown; keys: string[] }[] }>(library.server, 'candidatesForArticle', { articleId: id, timelineId: timeline.id });
  await callApi(library.server, 'addEvents', { timelineId: timeline.id, events: queue.items.map((i) => i.draft), keys: queue.items.flatMap((i) => i.keys) });
  await timelinesPage.show();
  await timelinesPage.picker.selectOption(timeline.id);
  const rows = parseCsv((await timelinesPage.export('CSV')).text);
  const sources = rows.slice(1).map((r) => r[rows[0]!.indexOf('sources')]!);
  expect(sources.length).toBeGreaterThan(0);
  for (const source of sources) {
    expect(source).toContain(`Test Gazette, “${CORRECTED}”`);
    expect(source).not.toContain('WorldTribune');
  }
  await searchPage.showLibrary();

  // Undo with Ctrl+Z: the extracted details are back, in the reader and in search.
  await page.locator('body').click({ position: { x: 5, y: 400 } });
  await page.keyboard.press('ControlOrMeta+z');
  await expect(searchPage.toast('Metadata correction undone.')).toBeVisible();
  await searchPage.search('"Wang Yi"');
  await expect(searchPage.result(SAMPLE_TITLE)).toContainText('WorldTribune');
  await searchPage.open(SAMPLE_TITLE);
  await expect(readerPage.title).toHaveText(SAMPLE_TITLE);
  await expect(readerPage.corrections).toHaveCount(0);

  // Correct again, undo from the toast, correct once more and restart: the correction is still there.
  await readerPage.correct({ publisher: 'Test Gazette' });
  await searchPage.toast('saved').last().getByRole('button', { name: 'Undo' }).click(); // the latest: an earlier toast may still show
  await expect(readerPage.byline).toContainText('WorldTribune');
  await readerPage.correct({ publisher: 'Test Gazette', url: 'https://gazette.example/china-russia' });
  await expect(readerPage.reader).toContainText('https://gazette.example/china-russia');
  const server = await library.restart();
  await page.goto(server.url);
  await searchPage.search('source:"Test Gazette"');
  await expect(searchPage.resultCount).toContainText('1 result');
  await searchPage.open(SAMPLE_TITLE);
  await expect(readerPage.corrections).toContainText('publisher (extracted: WorldTribune)');
  expect(JSON.parse(fs.readFileSync(path.join(library.dir, '.dossier', 'metadata.json'), 'utf8')).articles[id].publisher).toBe('Test Gazette');
});

test('details changed elsewhere while the form is open: what was typed stays, untouched fields follow', async ({ library, page, searchPage, readerPage }) => {
  await library.open(page);
  await searchPage.search('"Wang Yi"');
  await searchPage.open(SAMPLE_TITLE);
  await readerPage.openDetails();
  const publisher = readerPage.detailsForm.getByRole('textbox', { name: /^Publisher/ });
  await publisher.fill('Typed Press');
  // Another window (here: the API) corrects the authors of the same article meanwhile.
  const id = (await callApi<{ hits: { article: { id: string } }[] }>(library.server, 'search', { query: '"Wang Yi"' })).hits[0]!.article.id;
  await callApi(library.server, 'setArticleMetadata', { id, set: { authors: ['Cara Column'] }, clear: [] });
  await expect(readerPage.byline).toContainText('Cara Column');
  await expect(readerPage.detailsForm.getByRole('textbox', { name: /^Authors/ })).toHaveValue('Cara Column');
  await expect(publisher).toHaveValue('Typed Press');
  await publisher.press('Enter');
  await expect(readerPage.detailsForm).toHaveCount(0);
  await expect(readerPage.byline).toContainText('Cara Column · Typed Press');
});

test.describe('an article without a date', () => {
  test.use({
    extraFiles: {
      'wire/geneva.txt': 'Talks resume in Geneva\n\nBy Ann Weber\n\nDiplomats from both sides met on Thursday in Geneva and agreed to resume the talks.\n\nThe next round is planned for March, a spokesman said.\n',
    },
  });

  test('is asked for its date, and "on Thursday" is then placed', async ({ library, page, searchPage, readerPage }) => {
    await library.open(page);
    await searchPage.search('geneva');
    await searchPage.open('Talks resume in Geneva');
    await expect(readerPage.reader.getByRole('note')).toContainText('No publication date');
    await readerPage.reader.getByRole('button', { name: 'Add the date' }).click();
    await expect(readerPage.detailsForm.getByLabel('Date', { exact: true })).toBeFocused();
    await readerPage.detailsForm.getByLabel('Date', { exact: true }).fill('2023-02-24');
    await readerPage.detailsForm.getByLabel('Date', { exact: true }).press('Enter');
    await expect(readerPage.byline).toContainText('24 Feb 2023');
    await expect(readerPage.reader.getByRole('note')).toHaveCount(0);
    await expect(searchPage.facet('Year', '2023')).toBeVisible();
    const id = (await callApi<{ hits: { article: { id: string } }[] }>(library.server, 'search', { query: 'geneva' })).hits[0]!.article.id;
    const queue = await callApi<{ items: { draft: { date: { start: string; text: string | null } } }[]; undated: unknown[] }>(library.server, 'candidatesForArticle', { articleId: id });
    expect(queue.undated).toEqual([]);
    expect(queue.items.map((i) => [i.draft.date.start, i.draft.date.text])).toContainEqual(['2023-02-23', 'Thursday']);
  });
});
