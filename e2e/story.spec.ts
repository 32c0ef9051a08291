/**
 * One story told by several outlets (main/testdata/story: invented articles that quote one sentence with
 * small differences, in different date shapes, with a republished wire copy, an exact copy and an undated
 * note), as a researcher works it in the browser: copies found at import and shown once, a timeline with
 * one event per happening and every outlet as a source once, distinct happenings kept apart, ranges kept,
 * review that leaves other choices alone, readable titles and citations in every export, the chosen
 * timeline kept, imports that ask where to go, and five articles side by side with the shared quotation
 * lined up and counted.
 */
import fs from 'node:fs';
import path from 'node:path';
import { test, expect } from './fixtures';
import { TimelinePage } from './pages/TimelinePage';
import { REPO } from './server';
import { parseCsv } from '../main/timelines/export/csv';
import { validateTimelineJs } from '../main/timelines/export/validate-timelinejs';
import { EventSourceSchema } from '../shared/timeline';

const STORY = path.join(REPO, 'main', 'testdata', 'story');

/** The fixture's files, under story/ in the library. */
function storyFiles(): Record<string, Buffer> {
  const files: Record<string, Buffer> = {};
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else files[path.posix.join('story', path.relative(STORY, full).split(path.sep).join('/'))] = fs.readFileSync(full);
    }
  };
  walk(STORY);
  return files;
}

test.use({ extraFiles: storyFiles() });

const PRESS_OUTLETS = ['Baltic Wire', 'Continental Ledger', 'Harbour Gazette', 'The Northern Courier'];

test('an article already in the library is not imported again, and copies show as one article', async ({ library, page, searchPage, readerPage }) => {
  await library.open(page);
  // Import the Gazette's article again (a second copy of it is in story/archive already).
  await page.getByLabel('Import files').setInputFiles([
    { name: 'lindqvist-warns-shippers.txt', mimeType: 'text/plain', buffer: fs.readFileSync(path.join(STORY, 'gazette', 'lindqvist-warns-shippers.txt')) },
  ]);
  await expect(page.getByRole('status').locator('.toast', { hasText: /already in the library as story\/(?:archive|gazette)\/lindqvist-warns-shippers\.txt.*not imported again/ })).toBeVisible();
  expect(fs.existsSync(path.join(library.dir, 'imported', 'lindqvist-warns-shippers.txt'))).toBe(false);

  // Search: the republished wire story is marked as a copy of the original, the original lists its copy.
  await searchPage.search('"drone parts to Russia"');
  await expect(searchPage.rows()).toHaveCount(2);
  const copy = searchPage.results.locator('.result-row.copy');
  await expect(copy).toHaveCount(1);
  await expect(copy).toContainText('The same story, republished with small edits, as “EU warns shipping firms it will close market to drone-part smugglers”');
  await expect(searchPage.result(/EU warns shipping firms/)).toContainText('Also in the library as a copy: Riverside Daily (story/riverside/eu-to-close-market-to-smugglers.txt)');

  // The reader says so too, and opens the other copy.
  await searchPage.open(/EU warns shipping firms/);
  const note = readerPage.reader.getByRole('note', { name: 'Copies of this article' });
  await expect(note).toContainText('Also in the library as:');
  await note.getByRole('button', { name: /Riverside Daily/ }).click();
  await expect(readerPage.title).toHaveText('EU to close market to drone-part smugglers, trade chief says');
  await expect(readerPage.reader.getByRole('note', { name: 'Copies of this article' })).toContainText('A copy — counted once, under the original');
});

test('one event per happening with every outlet once, in the view and in every export', async ({ library, page }) => {
  test.slow(); // the longest walk through the view: review, details, split, four exports, reload, import
  const timelines = new TimelinePage(page);
  await library.open(page);
  await timelines.show();
  await timelines.create('Drone parts');
  await timelines.findCandidates('Lindqvist');
  await expect(timelines.queue.getByRole('status')).toContainText('from 4 articles; 2 copies of those articles counted once');

  // Nothing is ticked until the user says so.
  const boxes = timelines.candidateBoxes();
  await expect(boxes.first()).toBeVisible();
  for (const box of await boxes.all()) await expect(box).not.toBeChecked();

  // The press conference is one candidate, reported by the four outlets, saying why.
  const press = timelines.queue.getByRole('listitem').filter({ hasText: 'Reported by 4 outlets' });
  await expect(press).toHaveCount(1);
  for (const outlet of PRESS_OUTLETS) await expect(press).toContainText(outlet);
  await expect(press).toContainText('(+2 copies counted once)');
  await press.getByText('Why these are one event').click();
  await expect(press.locator('.tl-reasons')).toContainText(/shares the quotation/);

  // Rejecting one candidate leaves the others' ticks alone.
  const interview = timelines.queue.getByRole('listitem').filter({ hasText: 'Radio Europa' });
  const berg = timelines.queue.getByRole('listitem').filter({ hasText: 'Tomas Berg' });
  const gdansk = timelines.queue.getByRole('listitem').filter({ hasText: 'Gdansk' });
  await interview.getByRole('checkbox').check();
  await berg.getByRole('checkbox').check();
  await gdansk.getByRole('button', { name: /^Reject / }).click();
  await expect(timelines.queue.getByRole('status')).toContainText('Rejected 1');
  await expect(interview.getByRole('checkbox')).toBeChecked();
  await expect(berg.getByRole('checkbox')).toBeChecked();

  await timelines.queue.getByRole('button', { name: 'Select all new' }).click();
  await timelines.queue.getByRole('button', { name: /^Accept selected/ }).click();
  await expect(timelines.queue.getByRole('status')).toContainText(/^Accepted/);
  await timelines.queue.getByRole('button', { name: 'Close review queue' }).click();

  // One press-conference event citing the four outlets; the other happenings apart, the weekend a range.
  // (Its title is the first report's headline; several outlets published the same day.)
  const pressEvent = timelines.list.getByRole('listitem').filter({ hasText: '4 outlets' });
  await expect(pressEvent).toHaveCount(1);
  await expect(pressEvent).toHaveAccessibleName(/^Lindqvist/);
  await expect(timelines.list.locator('.tl-list-heading', { hasText: '11–12 Mar 2023' })).toBeVisible();
  await expect(timelines.event('Lindqvist delivers formal warning to port operators in Lisbon')).toContainText('2 outlets');
  await expect(timelines.event(/^Lindqvist tells Radio Europa/)).toContainText('2 outlets');
  await expect(timelines.event(/^Tomas Berg says/)).toBeVisible();
  await expect(timelines.list.getByRole('listitem', { name: /Gdansk/ })).toHaveCount(0);

  // Its sources: outlet, headline, date and file; why each joined; the copies named once.
  await pressEvent.click();
  const details = timelines.eventDetails();
  const sources = details.getByRole('list', { name: 'Sources' }).getByRole('listitem');
  await expect(sources).toHaveCount(4);
  await expect(details).toContainText('Reported by 4 outlets');
  await expect(details).toContainText(/Why merged: (?:shares the quotation|same actor)/);
  await expect(details).toContainText('Also published as (counted once): Riverside Daily, “EU to close market to drone-part smugglers, trade chief says”, 14 Mar 2023 (story/riverside/eu-to-close-market-to-smugglers.txt)');
  await expect(details).toContainText('story/ledger/commission-threatens-market-ban.md');
  await expect(details).not.toContainText(/\b[0-9a-f]{16}\b/);

  // The chart never hides the label of the most-reported (and the selected) event.
  await expect(timelines.chart.getByRole('button', { name: /^Lindqvist.* — 14 Mar 2023 — 4 outlets$/ })).toBeVisible();

  // Split one source off and undo it.
  await details.getByRole('button', { name: 'Split off The Northern Courier' }).click();
  await expect(timelines.list.getByRole('listitem').filter({ hasText: '3 outlets' })).toHaveCount(1);
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(pressEvent).toHaveCount(1);

  // Every export: readable titles, outlets and files, each source article once, no internal ids.
  const csv = (await timelines.export('CSV')).text;
  const [header, ...rows] = parseCsv(csv);
  const col = (name: string) => header!.indexOf(name);
  const sourcesOf = (row: string[]) => EventSourceSchema.array().parse(JSON.parse(row[col('sources_json')]! || '[]'));
  const pressRows = rows.filter((r) => sourcesOf(r).length === 4);
  expect(pressRows).toHaveLength(1);
  const pressSources = sourcesOf(pressRows[0]!);
  expect(pressSources.map((s) => s.publisher).sort()).toEqual(PRESS_OUTLETS);
  for (const row of rows) {
    const ids = sourcesOf(row).map((s) => s.articleId);
    expect(new Set(ids).size).toBe(ids.length);
  }
  const weekendRow = rows.find((r) => r[col('title')]!.includes('Lisbon'))!;
  expect([weekendRow[col('start')], weekendRow[col('end')]]).toEqual(['2023-03-11', '2023-03-12']);

  const timelineJs = JSON.parse((await timelines.export('TimelineJS')).text);
  expect(validateTimelineJs(timelineJs)).toEqual([]);
  const markdown = (await timelines.export('Markdown')).text;
  const html = (await timelines.export('HTML')).text;
  for (const text of [csv, JSON.stringify(timelineJs), markdown, html]) {
    expect(text).toContain('Lindqvist delivers formal warning to port operators in Lisbon');
    expect(text).toContain('Continental Ledger');
    expect(text).toContain('story/wire/eu-warns-shipping-firms.txt');
  }
  for (const text of [markdown, html]) expect(text).not.toMatch(/\b[0-9a-f]{16}\b/);
  // The HTML report links each citation to its passage.
  const report = await page.context().newPage();
  await report.setContent(html);
  const citation = report.locator('sup a').first();
  const target = (await citation.getAttribute('href'))!;
  expect(target).toMatch(/^#passage-\d+$/);
  await expect(report.locator(target)).toContainText(/\w/);
  await report.close();

  // The view stays on the timeline chosen: through another view and a reload.
  await timelines.create('Other story');
  await timelines.picker.selectOption({ label: 'Drone parts (7)' });
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Library' }).click();
  await timelines.show();
  await expect(timelines.picker).toHaveValue('drone-parts');
  await page.reload();
  await timelines.show();
  await expect(timelines.picker).toHaveValue('drone-parts');

  // An import asks where to go: here into a new timeline.
  await page.getByLabel('Import CSV file').setInputFiles({ name: 'drone-parts.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  const dialog = page.getByRole('dialog', { name: 'Import CSV' });
  await dialog.getByRole('radio', { name: /Into a new timeline named/ }).check();
  await dialog.getByRole('textbox', { name: 'New timeline for the import' }).fill('Drone parts, imported');
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(timelines.picker).toHaveValue('drone-parts-imported');
  await expect(timelines.list.getByRole('listitem')).toHaveCount(7);
  await timelines.picker.selectOption('drone-parts');
  await expect(timelines.list.getByRole('listitem')).toHaveCount(7);
});

test('an event proposed from an undated article asks for its date', async ({ library, page }) => {
  const timelines = new TimelinePage(page);
  await library.open(page);
  await timelines.show();
  await timelines.create('Inspections');
  await page.getByRole('button', { name: 'Add by hand…' }).click();
  const panel = page.getByRole('region', { name: 'Add an event by hand' });
  await panel.getByRole('textbox', { name: 'Find an article' }).fill('mislabelled crates');
  await panel.getByRole('button', { name: 'Search', exact: true }).click();
  await panel.getByRole('button', { name: 'Briefing notes on port inspections', exact: true }).click();
  await panel.getByRole('document', { name: 'Article text' }).evaluate((el, phrase) => {
    const node = el.firstChild!;
    const at = node.textContent!.indexOf(phrase);
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + phrase.length);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  }, 'Inspectors at the northern terminal found mislabelled crates');
  await panel.getByRole('button', { name: 'Propose event from selection' }).click();
  const dialog = page.getByRole('dialog', { name: 'New event from passage' });
  await expect(dialog.getByRole('note')).toContainText('enter the date of the event');
  await expect(dialog.getByRole('textbox', { name: 'Start' })).toHaveValue('');
  await dialog.getByRole('button', { name: 'Add event' }).click();
  await expect(dialog.getByRole('alert')).toContainText('give the date of the event');
  await dialog.getByRole('textbox', { name: 'Start' }).fill('2023-03-13');
  await dialog.getByRole('button', { name: 'Add event' }).click();
  await expect(timelines.list.locator('.tl-list-heading', { hasText: '13 Mar 2023' })).toBeVisible();
});

test('five outlets side by side, the shared quotation lined up and counted', async ({ library, page, searchPage, comparePage }) => {
  await library.open(page);
  await searchPage.search('Lindqvist');
  for (const title of [/EU trade chief warns shippers/, /Commission threatens market ban/, /Brussels tightens the screws/, /EU warns shipping firms/, /EU to close market/]) {
    await searchPage.result(title).first().click();
    await page.keyboard.press('c');
  }
  await comparePage.show();
  await expect(comparePage.columns).toHaveCount(5);
  // Headers name the outlet and date, not the folder.
  await expect(comparePage.column(0).locator('header .byline')).toHaveText(/^Harbour Gazette · 14 Mar 2023$/);
  await expect(comparePage.column(2).locator('header .byline')).toHaveText(/^The Northern Courier · 15 Mar 2023/);
  // The quotation is one shared passage in every column, counted: the republished copy shares it with the
  // four others, the Gazette with the other outlets.
  const quoteIn = (column: number) => comparePage.shared(column).filter({ hasText: 'reach the front line' }).last();
  for (const column of [0, 1, 2, 3, 4]) await expect(quoteIn(column)).toBeVisible();
  await expect(comparePage.column(0).locator('.shared-count').first()).toBeVisible();
  const count = comparePage.column(0).locator('sup.shared-count[aria-label^="shared with"]');
  await expect(count.filter({ hasText: /^[34]$/ }).first()).toBeVisible();
  // Lined up: the passage starts at the same height in every column (the rows are levelled on the frame after a
  // column's content settles, so the check waits for it).
  const spread = async () => {
    const tops = await Promise.all([0, 1, 2, 3, 4].map(async (c) => (await quoteIn(c).locator('xpath=ancestor::div[@data-row]').boundingBox())!.y));
    return Math.max(...tops) - Math.min(...tops);
  };
  await expect.poll(spread).toBeLessThan(2);
  // A click shows every article that has the passage.
  await quoteIn(0).click();
  const bar = page.getByRole('group', { name: 'Articles with this passage' });
  await expect(bar.getByRole('button')).toHaveCount(6); // five articles and "close"
});
