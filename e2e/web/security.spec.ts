import { test, expect } from '../fixtures';

// The hostile article makes the browser refuse loads (that is the point); those refusals are expected here.
test.use({ allowCspViolations: true });

const HOSTILE_HTML = `<!doctype html>
<html><head><title>Hostile page about harbour cranes</title>
<script>window.top.__pwned = 'head-script'</script></head>
<body><article>
<h1>Hostile page about harbour cranes</h1>
<p>The harbour authority said on Tuesday that the new cranes would double the port's capacity by next spring, according to officials.</p>
<script>parent.__pwned = 'script'; alert('script')</script>
<img src="x" onerror="parent.__pwned = 'img'; alert('img')">
<p>More text about the cranes and the port, with enough words to be kept as the main content of the page by the reader.</p>
<p><a id="jslink" href="javascript:parent.__pwned='link';alert('link')">a javascript link</a></p>
<svg onload="parent.__pwned='svg'"><circle r="4"></circle></svg>
<iframe src="javascript:parent.__pwned='iframe'"></iframe>
<form action="javascript:parent.__pwned='form'"><button>go</button></form>
</article></body></html>`;

const HOSTILE_TEXT = `Hostile text about harbour cranes

<script>window.__pwned = 'txt'</script><img src=x onerror="window.__pwned='txt-img'"> The cranes arrived on Monday.
`;

test('an imported article with an XSS payload renders without running anything', async ({ library, page, searchPage, readerPage }) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await library.open(page);
  await page.getByLabel('Import files').setInputFiles([
    { name: 'hostile.html', mimeType: 'text/html', buffer: Buffer.from(HOSTILE_HTML) },
    { name: 'hostile.txt', mimeType: 'text/plain', buffer: Buffer.from(HOSTILE_TEXT) },
  ]);
  await expect(searchPage.toast('Imported 2 files')).toBeVisible();
  await expect(async () => {
    await searchPage.search('harbour cranes');
    await expect(searchPage.rows()).toHaveCount(2, { timeout: 1000 });
  }).toPass({ timeout: 60_000 });

  // The HTML article: sandboxed frame without scripts (same origin only, so the reader sees link clicks), with its own CSP.
  await searchPage.open(/^Hostile page/);
  await expect(readerPage.frame).toBeVisible();
  await expect(readerPage.frame).toHaveAttribute('sandbox', 'allow-same-origin');
  const srcdoc = (await readerPage.frame.getAttribute('srcdoc'))!;
  expect(srcdoc).toContain(`default-src 'none'`);
  await expect(readerPage.frameContent().getByText('double the port', { exact: false })).toBeVisible();
  const link = readerPage.frameContent().getByText('a javascript link');
  if ((await link.count()) > 0) await link.click();
  await page.waitForTimeout(500);

  // The plain-text article: markup shows as text, never as elements.
  await searchPage.open(/^Hostile text/);
  await expect(readerPage.body).toContainText('<script>');
  await expect(readerPage.body.locator('img, script')).toHaveCount(0);

  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  for (const frame of page.frames()) {
    expect(await frame.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned).catch(() => undefined)).toBeUndefined();
  }
  expect(dialogs).toEqual([]);
});

test('the API refuses requests without the token (401) and the page drops the token from its URL', async ({ library, page, request }) => {
  const { origin, token } = library.server;
  const noToken = await request.post(`${origin}/api/libraryInfo`, { data: {} });
  expect(noToken.status()).toBe(401);
  const wrong = await request.post(`${origin}/api/search`, { data: { query: 'China' }, headers: { Authorization: 'Bearer not-the-token' } });
  expect(wrong.status()).toBe(401);
  const events = await request.get(`${origin}/api/events`);
  expect(events.status()).toBe(401);
  const ok = await request.post(`${origin}/api/libraryInfo`, { data: {}, headers: { Authorization: `Bearer ${token}` } });
  expect(ok.status()).toBe(200);

  await library.open(page);
  expect(page.url()).not.toContain(token);
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Search' })).toBeVisible();
  await expect(page.locator('.article-count')).toContainText('articles');
});
