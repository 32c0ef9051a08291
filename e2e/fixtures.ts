/**
 * Test fixtures: a fresh copy of resources/sample-library (indexed once, by global-setup) in a temporary folder, served by the
 * real `dossier serve`, plus page objects. `library.restart()` stops and starts the server on
 * the same folder (to prove what was saved survives).
 */
import { test as base, expect, type Page } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ComparePage } from './pages/ComparePage';
import { NotesPage } from './pages/NotesPage';
import { TimelinePage } from './pages/TimelinePage';
import { ReaderPage } from './pages/ReaderPage';
import { SearchPage } from './pages/SearchPage';
import { TagsPage } from './pages/TagsPage';
import { REPO, startServe, waitForIndex, type ServeProcess } from './server';

export interface Library {
  dir: string;
  server: ServeProcess;
  /** Stop the server and start a new one on the same folder; returns the new one. */
  restart(): Promise<ServeProcess>;
  /** Open the UI in the page and wait for it to be ready. */
  open(page: Page): Promise<void>;
}

export interface LibrarySetup {
  /** Extra files to put into the library before the server starts: relative path -> content. */
  extraFiles: Record<string, string | Buffer>;
  /** Tests that load hostile content expect the browser to refuse things; the others must see no refusal. */
  allowCspViolations: boolean;
}

export const test = base.extend<
  LibrarySetup & {
    library: Library;
    searchPage: SearchPage;
    readerPage: ReaderPage;
    comparePage: ComparePage;
    tagsPage: TagsPage;
    notesPage: NotesPage;
    timelinesPage: TimelinePage;
  }
>({
  extraFiles: [{}, { option: true }],
  allowCspViolations: [false, { option: true }],
  // Every page: no uncaught error, and (unless allowed) no Content-Security-Policy refusal, which
  // would mean the UI relies on something the CSP forbids (inline script or style, a remote load).
  page: async ({ page, allowCspViolations }, use) => {
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
    page.on('console', (m) => {
      if (!allowCspViolations && m.type() === 'error' && /Content Security Policy/i.test(m.text())) problems.push(`CSP: ${m.text()}`);
    });
    await use(page);
    expect(problems, 'errors in the page').toEqual([]);
  },
  library: async ({ extraFiles }, use) => {
    const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-e2e-'));
    // The folder's name is the library's display name.
    const dir = path.join(parent, 'sample-library');
    // The sample library as indexed once by global-setup (its .dossier/ included).
    fs.cpSync(process.env.DOSSIER_E2E_LIBRARY ?? path.join(REPO, 'resources', 'sample-library'), dir, { recursive: true });
    for (const [rel, content] of Object.entries(extraFiles)) {
      fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      fs.writeFileSync(path.join(dir, rel), content);
    }
    let server = await startServe(dir);
    try {
      await waitForIndex(server);
      const library: Library = {
        dir,
        get server() {
          return server;
        },
        async restart() {
          await server.stop();
          server = await startServe(dir);
          await waitForIndex(server);
          return server;
        },
        async open(page) {
          await page.goto(server.url);
          await expect(page.getByRole('combobox', { name: 'Search' })).toBeVisible();
        },
      };
      await use(library);
    } finally {
      await server.stop();
      fs.rmSync(parent, { recursive: true, force: true });
    }
  },
  searchPage: async ({ page }, use) => use(new SearchPage(page)),
  readerPage: async ({ page }, use) => use(new ReaderPage(page)),
  comparePage: async ({ page }, use) => use(new ComparePage(page)),
  tagsPage: async ({ page }, use) => use(new TagsPage(page)),
  notesPage: async ({ page }, use) => use(new NotesPage(page)),
  timelinesPage: async ({ page }, use) => use(new TimelinePage(page)),
});

export { expect };

/** Dismiss every message toast, so a screenshot shows the screen itself. */
export async function dismissToasts(page: Page): Promise<void> {
  const buttons = page.getByRole('button', { name: 'Dismiss message' });
  while ((await buttons.count()) > 0) await buttons.first().click();
}

/** Where the README's screenshots go. */
export const SCREENSHOTS = path.join(REPO, 'resources', 'screenshots');
