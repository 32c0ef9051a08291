/**
 * The reader stays responsive on any article the library accepts: a 5 MB article that is one
 * line, and a 12 MB article with tens of thousands of hits, open at once, their hits can be walked,
 * and the search box takes typing straight after.
 */
import { test, expect } from '../fixtures';

const WORDS = ['markets', 'ministers', 'budget', 'parliament', 'talks', 'inflation', 'growth', 'reform', 'energy', 'trade'];

/** Roughly `bytes` of news-like words; every `every`-th word is `marker`. */
function filler(bytes: number, marker: string, every: number, separator: (i: number) => string): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const word = i % every === every - 1 ? marker : WORDS[(i * 7) % WORDS.length]!;
    parts.push(word, separator(i));
    size += word.length + 1;
  }
  return parts.join('');
}

const ONE_LINE = `A whole report on one line\n\n${filler(5 * 1024 * 1024, 'zephyrine', 5000, () => ' ')}\n`;
const MANY_HITS = `A report with hits everywhere\n\n${filler(12 * 1024 * 1024, 'quorumtide', 40, (i) => (i % 120 === 119 ? '.\n\n' : ' '))}\n`;

test.use({ extraFiles: { 'large/one-line.txt': ONE_LINE, 'large/many-hits.txt': MANY_HITS } });
test.setTimeout(180_000);

/**
 * Starts recording the page's long tasks (main-thread work that blocks input). Returns a function
 * that gives the longest one so far, in milliseconds: the page stays responsive while it is short.
 */
async function watchLongTasks(page: import('@playwright/test').Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const durations: number[] = [];
    (window as unknown as { __longTasks: number[] }).__longTasks = durations;
    new PerformanceObserver((list) => durations.push(...list.getEntries().map((e) => e.duration))).observe({ type: 'longtask' });
  });
  return () => page.evaluate(() => Math.max(0, ...(window as unknown as { __longTasks: number[] }).__longTasks));
}

/** Types into the search box and waits until it shows the text. */
async function typeInto(searchBox: import('@playwright/test').Locator, text: string): Promise<void> {
  await searchBox.focus();
  await searchBox.pressSequentially(text);
  await expect(searchBox).toHaveValue(new RegExp(`${text}$`), { timeout: 5000 });
}

test('a 5 MB one-line article opens at once and the page stays responsive', async ({ library, page, searchPage, readerPage }) => {
  await library.open(page);
  await searchPage.search('zephyrine');
  const longestTask = await watchLongTasks(page);
  await searchPage.open('A whole report on one line');
  await expect(readerPage.title).toHaveText('A whole report on one line');
  await expect(readerPage.hitMarks.first()).toBeVisible();
  // Only what is on screen is drawn: a few pieces, not 5 MB of text.
  expect(await readerPage.body.evaluate((el) => el.textContent!.length)).toBeLessThan(200_000);
  await typeInto(searchPage.searchBox, ' budget');
  // Opening, drawing and typing never blocked input for a second.
  expect(await longestTask()).toBeLessThan(1000);
});

test('a 12 MB article with tens of thousands of hits opens, marks the first 5,000 and walks to the last', async ({ library, page, searchPage, readerPage }) => {
  await library.open(page);
  await searchPage.search('quorumtide');
  const longestTask = await watchLongTasks(page);
  await searchPage.open('A report with hits everywhere');
  await expect(readerPage.title).toHaveText('A report with hits everywhere');
  const count = readerPage.reader.locator('.hit-nav [aria-live]');
  await expect(count).toHaveText('5,000+ hits');
  await expect(readerPage.hitMarks.first()).toBeVisible();
  // Back from the first hit wraps to the 5,000th, far down the article: it is drawn and shown.
  await readerPage.reader.getByRole('button', { name: 'Previous hit' }).click();
  const current = readerPage.body.locator('mark.mark-current-hit');
  await expect(current).toBeVisible();
  const offset = Number(await current.getAttribute('data-start'));
  expect(offset).toBeGreaterThan(1_000_000);
  await typeInto(searchPage.searchBox, ' energy');
  expect(await longestTask()).toBeLessThan(1000);
});
