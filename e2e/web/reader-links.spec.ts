/** Links inside a saved web page never replace the article: the reader asks, then opens them in a new tab. */
import { test, expect } from '../fixtures';

const PAGE = `<!doctype html><html><head><title>Port authority doubles crane capacity</title>
<link rel="canonical" href="https://harbour.example.org/news/2023/cranes"></head>
<body><article><h1>Port authority doubles crane capacity</h1>
<p>The port authority said on Tuesday that its new cranes would double capacity by spring, according to a statement.</p>
<p>Read <a href="https://statements.example.org/cranes-2023">the full statement</a>, the <a href="/news/2023/earlier">earlier report</a>
or the <a href="http://localhost:9/admin">local admin page</a>.</p>
<p>Officials added that dredging of the channel would begin in the summer and take about a year to finish.</p>
</article></body></html>`;

test.use({ extraFiles: { 'web/cranes.html': PAGE } });

test('a link in a saved page asks first, opens in a new tab, and the article stays', async ({ library, page, searchPage, readerPage }) => {
  await library.open(page);
  await searchPage.search('dredging');
  await searchPage.open('Port authority doubles crane capacity');
  const frame = readerPage.frameContent();
  await expect(frame.getByText('double capacity by spring')).toBeVisible();
  const dialog = page.getByRole('dialog', { name: 'Open this link outside Dossier?' });

  // Cancel: nothing opens, the article is still there.
  await frame.getByRole('link', { name: 'the full statement' }).click();
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('https://statements.example.org/cranes-2023');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(frame.getByText('double capacity by spring')).toBeVisible();

  // Open: a new tab at the link's address; a relative link is resolved against the page's own address.
  // (This machine is offline: the browser answers for that site itself.)
  await page.context().route('https://harbour.example.org/**', (route) => route.fulfill({ contentType: 'text/html', body: '<title>Earlier report</title>' }));
  await frame.getByRole('link', { name: 'earlier report' }).click();
  await expect(dialog).toContainText('https://harbour.example.org/news/2023/earlier');
  const popup = page.context().waitForEvent('page');
  await dialog.getByRole('button', { name: 'Open in new tab' }).click();
  const tab = await popup;
  await expect(tab).toHaveTitle('Earlier report');
  expect(tab.url()).toBe('https://harbour.example.org/news/2023/earlier');
  await expect(dialog).toBeHidden();
  await expect(frame.getByText('double capacity by spring')).toBeVisible();

  // A link to this machine is never offered.
  await frame.getByRole('link', { name: 'local admin page' }).click();
  const refused = page.getByRole('dialog', { name: 'This link cannot be opened' });
  await expect(refused).toBeVisible();
  await refused.getByRole('button', { name: 'Close' }).click();
  await expect(frame.getByText('double capacity by spring')).toBeVisible();
  expect(page.context().pages()).toHaveLength(2);
});
