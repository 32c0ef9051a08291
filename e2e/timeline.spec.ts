/**
 * Timelines end to end (web mode): build a timeline from the sample article's five dated events,
 * edit one, add one by hand from a selected passage, open a source from the chart, export
 * TimelineJS JSON and CSV, restart the server and find everything again.
 * Needs the timeline ops in the contract and TimelineView in the navigation ("Timelines").
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, SCREENSHOTS } from './fixtures';
import { parseCsv } from '../main/timelines/export/csv';
import { validateTimelineJs } from '../main/timelines/export/validate-timelinejs';

const SAMPLE_TITLE = 'Report: China seriously weighing sending lethal weaponry to Russia';
const BY_HAND = 'Blinken said in an interview with CBS News that China is seriously exploring supplying arms to Russia.';

async function showTimelines(page: Page) {
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Timelines' }).click();
  await expect(page.getByRole('toolbar', { name: 'Timeline' })).toBeVisible();
}

const eventList = (page: Page) => page.getByRole('list', { name: 'Events by date' });

async function openSampleInManualPanel(page: Page, query: string) {
  await page.getByRole('button', { name: 'Add by hand…' }).click();
  const panel = page.getByRole('region', { name: 'Add an event by hand' });
  await panel.getByRole('textbox', { name: 'Find an article' }).fill(query);
  await panel.getByRole('button', { name: 'Search', exact: true }).click();
  await panel.getByRole('button', { name: SAMPLE_TITLE, exact: true }).click();
  return panel;
}

test('build, edit, add by hand, open a source, export and find it all after a restart', async ({ library, page }) => {
  await library.open(page);
  await showTimelines(page);

  // A new timeline, filled from the sample article's review queue.
  await page.getByRole('button', { name: 'New timeline' }).click();
  await page.getByRole('textbox', { name: 'New timeline name' }).fill('China arms');
  await page.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(page.getByRole('combobox', { name: 'Timeline', exact: true })).toContainText('China arms');

  await openSampleInManualPanel(page, 'Wang Yi');
  await page.getByRole('button', { name: 'Review this article’s events' }).click();
  const queue = page.getByRole('region', { name: 'Review queue' });
  await expect(queue.getByRole('status')).toContainText(/candidate events? from 1 article/);
  await page.getByRole('button', { name: 'Select all new' }).click();
  await queue.getByRole('button', { name: /^Accept selected/ }).click();
  await expect(queue.getByRole('status')).toContainText(/^Accepted/);
  await queue.getByRole('button', { name: 'Close review queue' }).click();

  // The five dated events of the gold reading.
  const headings = page.locator('.tl-list-heading');
  for (const label of ['18–19 Feb 2023', '22 Feb 2023', '23 Feb 2023', '23 Feb 2022 – 23 Feb 2023']) await expect(headings.filter({ hasText: label }).first()).toBeVisible();
  await expect(eventList(page).getByRole('listitem')).toHaveCount(5);

  // Edit one.
  await eventList(page).getByRole('listitem').filter({ hasText: 'Wang Wenbin' }).first().click();
  await page.getByRole('button', { name: 'Edit event' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit event' });
  await edit.getByRole('textbox', { name: 'Title' }).fill('Wang Wenbin dodges the question');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(eventList(page).getByRole('listitem', { name: 'Wang Wenbin dodges the question' })).toBeVisible();

  // Add one by hand from a selected passage.
  const manual = await openSampleInManualPanel(page, 'Blinken');
  const text = manual.getByRole('document', { name: 'Article text' });
  await text.evaluate((el, phrase) => {
    const node = el.firstChild!;
    const at = node.textContent!.indexOf(phrase);
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + phrase.length);
    const selection = getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
  }, BY_HAND);
  await manual.getByRole('button', { name: 'Propose event from selection' }).click();
  const propose = page.getByRole('dialog', { name: 'New event from passage' });
  await expect(propose.getByRole('textbox', { name: 'Start' })).toHaveValue('2023-02-23');
  await propose.getByRole('textbox', { name: 'Title' }).fill('Blinken tells CBS China is exploring arms supplies');
  await propose.getByRole('button', { name: 'Add event' }).click();
  await expect(eventList(page).getByRole('listitem')).toHaveCount(6);
  await manual.getByRole('button', { name: 'Close add by hand' }).click();

  // Open a source from the chart: the passage is shown highlighted (in the reader, or the view's source panel).
  const chart = page.getByRole('application', { name: /Timeline chart/ });
  await chart.getByRole('button', { name: /Munich|Wang Yi/ }).first().click();
  await expect(page.locator('mark').filter({ hasText: 'over the weekend in Munich' }).first()).toBeVisible();
  if (!(await page.getByRole('toolbar', { name: 'Timeline' }).isVisible())) await showTimelines(page);

  // Zoom and pan with the keyboard.
  await chart.focus();
  const visibleMs = async () => Number(await chart.getAttribute('data-visible-ms'));
  const startMs = async () => Number(await chart.getAttribute('data-start-ms'));
  const spanBefore = await visibleMs();
  await page.keyboard.press('+');
  await expect.poll(visibleMs).toBeLessThan(spanBefore / 1.9); // one step of 2x in
  await page.keyboard.press('+');
  await expect.poll(visibleMs).toBeLessThan(spanBefore / 3.9); // two steps, animation done
  const startBefore = await startMs();
  await page.keyboard.press('ArrowLeft');
  await expect.poll(startMs).toBeLessThan(startBefore);
  await page.keyboard.press('0');

  // Exports.
  const exported: Record<string, string> = {};
  for (const label of ['TimelineJS', 'CSV']) {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: `Export ${label}` }).click()]);
    const file = await download.path();
    exported[label] = fs.readFileSync(file!, 'utf8');
    expect(download.suggestedFilename()).toMatch(label === 'CSV' ? /\.csv$/ : /\.json$/);
  }
  const timelineJs = JSON.parse(exported.TimelineJS!);
  expect(validateTimelineJs(timelineJs)).toEqual([]);
  expect(timelineJs.events).toHaveLength(6);
  const rows = parseCsv(exported.CSV!);
  expect(rows).toHaveLength(7);
  expect(exported.CSV).toContain('Wang Wenbin dodges the question');

  await page.screenshot({ path: path.join(SCREENSHOTS, 'timeline.png') });

  // Everything is on disk: restart the server and look again.
  expect(fs.readdirSync(path.join(library.dir, '.dossier', 'timelines'))).toContain('china-arms.json');
  await library.restart();
  await library.open(page);
  await showTimelines(page);
  await expect(page.getByRole('combobox', { name: 'Timeline', exact: true })).toContainText('China arms (6)');
  await expect(eventList(page).getByRole('listitem')).toHaveCount(6);
  await expect(eventList(page).getByRole('listitem', { name: 'Wang Wenbin dodges the question' })).toBeVisible();
  await expect(eventList(page).getByRole('listitem', { name: 'Blinken tells CBS China is exploring arms supplies' })).toBeVisible();
});
