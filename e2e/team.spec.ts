/**
 * A team library end to end: the sample library pushed into a throwaway PostgreSQL database,
 * served by the real `dossier serve --db`, and two members signed in at once in two browsers.
 * Both tag, and both edit the same timeline at the same time (each opened the edit before the
 * other saved); each then sees both changes, and the activity feed names who did what.
 * Skipped, saying why, when PostgreSQL is not installed.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { test, expect } from '@playwright/test';
import { pushLibrary } from '../main/team/push';
import { openTeamLibrary } from '../main/team/service';
import { createTestDatabase, pgAvailable, PG_SKIP_REASON, stopOwnCluster, TEST_HASH_COST, type TestDatabase } from '../main/team/testing/databases';
import { addUser } from '../main/team/users';
import { SearchPage } from './pages/SearchPage';
import { REPO } from './server';

test.skip(!pgAvailable, PG_SKIP_REASON);

interface TeamServer {
  url: string;
  stop(): Promise<void>;
}

function serveTeam(dbUrl: string): Promise<TeamServer> {
  const child = spawn(process.execPath, [path.join(REPO, 'main', 'cli', 'bin.mjs'), 'serve', '--db', dbUrl, '--port', '0'], { cwd: REPO, env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`dossier serve --db printed no address.\n${out}\n${err}`)), 60_000);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /(http:\/\/127\.0\.0\.1:\d+\/)\s/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({
          url: m[1]!,
          stop: () =>
            new Promise<void>((done) => {
              if (child.exitCode !== null) return done();
              child.once('exit', () => done());
              child.kill('SIGTERM');
            }),
        });
      }
    });
    child.once('exit', (code) => reject(new Error(`dossier serve --db exited (${code}).\n${out}\n${err}`)));
  });
}

async function signIn(browser: Browser, url: string, name: string, password: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  await expect(page.getByRole('heading', { name: 'Dossier' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Name' }).fill(name);
  await page.getByLabel('Password').fill('not the password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toContainText('Wrong name or password');
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('combobox', { name: 'Search' })).toBeVisible();
  expect(errors).toEqual([]);
  return page;
}

async function showTimeline(page: Page) {
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Timelines' }).click();
  await expect(page.getByRole('combobox', { name: 'Timeline' })).toContainText('Shared timeline');
}

const eventList = (page: Page) => page.getByRole('list', { name: 'Events by date' });

test('two members sign in, tag and edit one timeline at the same time, and both see both changes', async ({ browser }) => {
  test.setTimeout(240_000);
  let database: TestDatabase | undefined;
  let server: TeamServer | undefined;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-team-e2e-'));
  try {
    fs.cpSync(path.join(REPO, 'resources', 'sample-library'), dir, { recursive: true });
    database = await createTestDatabase();
    const alice = await addUser(database.db, 'alice', 'alice password 1', 'Alice', TEST_HASH_COST);
    await addUser(database.db, 'bob', 'bob password 12', 'Bob', TEST_HASH_COST);
    await pushLibrary(dir, database.db, { user: alice });
    // A shared timeline with two events to work on.
    const library = await openTeamLibrary(database.url, { listen: false });
    const api = library.serviceFor(alice);
    const timeline = await api.createTimeline({ name: 'Shared timeline' });
    const { hits } = await api.search({ query: '"lethal weaponry"' });
    const first = await api.proposeEvent({ articleId: hits[0]!.article.id, start: 0, end: 60 });
    const second = await api.proposeEvent({ articleId: hits[0]!.article.id, start: 200, end: 260 });
    await api.addEvents({ timelineId: timeline.id, events: [{ ...first, title: 'First event' }, { ...second, title: 'Second event' }], mergeDuplicates: false });
    await library.close();

    server = await serveTeam(database.url);
    const [a, b] = await Promise.all([signIn(browser, server.url, 'alice', 'alice password 1'), signIn(browser, server.url, 'bob', 'bob password 12')]);
    await expect(a.locator('.account')).toContainText('Alice');
    await expect(b.locator('.account')).toContainText('Bob');

    // Both tag an article of their own.
    const searchA = new SearchPage(a);
    const searchB = new SearchPage(b);
    await searchA.search('airbus');
    await searchB.search('apple');
    const titleA = (await searchA.rows().nth(0).locator('.result-title').textContent())!;
    const titleB = (await searchB.rows().nth(0).locator('.result-title').textContent())!;
    await searchA.select(titleA);
    await searchB.select(titleB);
    await Promise.all([searchA.tagSelected('team/alice'), searchB.tagSelected('team/bob')]);
    await expect(searchA.toast('Tagged 1 article')).toBeVisible();
    await expect(searchB.toast('Tagged 1 article')).toBeVisible();

    // Both open an edit of the same timeline before either saves, then save at once.
    await Promise.all([showTimeline(a), showTimeline(b)]);
    const openEdit = async (page: Page, title: string) => {
      await eventList(page).getByRole('listitem').filter({ hasText: title }).first().click();
      await page.getByRole('button', { name: 'Edit event' }).click();
      return page.getByRole('dialog', { name: 'Edit event' });
    };
    const editA = await openEdit(a, 'First event');
    const editB = await openEdit(b, 'Second event');
    await editA.getByRole('textbox', { name: 'Title' }).fill('First event, checked by Alice');
    await editB.getByRole('textbox', { name: 'Title' }).fill('Second event, checked by Bob');
    await Promise.all([editA.getByRole('button', { name: 'Save' }).click(), editB.getByRole('button', { name: 'Save' }).click()]);
    await expect(editA).toBeHidden();
    await expect(editB).toBeHidden();

    // Each sees both edits and both tags.
    for (const page of [a, b]) {
      await page.reload();
      await expect(page.getByRole('combobox', { name: 'Search' })).toBeVisible();
      await showTimeline(page);
      await expect(eventList(page).getByRole('listitem').filter({ hasText: 'First event, checked by Alice' })).toHaveCount(1);
      await expect(eventList(page).getByRole('listitem').filter({ hasText: 'Second event, checked by Bob' })).toHaveCount(1);
      const search = new SearchPage(page);
      await search.showLibrary();
      await search.search('tag:team');
      await expect(search.resultCount).toContainText('2 results');
      await expect(search.result(titleA)).toBeVisible();
      await expect(search.result(titleB)).toBeVisible();
    }

    // The activity feed says who did what.
    await a.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Activity' }).click();
    const feed = a.getByRole('list', { name: 'Changes, newest first' });
    await expect(feed.getByRole('listitem').filter({ hasText: 'Alice' }).filter({ hasText: 'First event, checked by Alice' })).toHaveCount(1);
    await expect(feed.getByRole('listitem').filter({ hasText: 'Bob' }).filter({ hasText: 'Second event, checked by Bob' })).toHaveCount(1);
    await expect(feed.getByRole('listitem').filter({ hasText: 'Bob' }).filter({ hasText: '+team/bob' })).toHaveCount(1);

    // Signing out ends the session: the sign-in screen is back.
    await a.getByRole('button', { name: 'Sign out' }).click();
    await expect(a.getByRole('button', { name: 'Sign in' })).toBeVisible();
  } finally {
    await server?.stop();
    await database?.drop();
    await stopOwnCluster();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
