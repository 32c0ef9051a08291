/**
 * The desktop app end to end, driven by Playwright's Electron support: the window opens on the
 * sample library and the security settings are in effect inside the real renderer. Runs when an
 * Electron binary exists (node_modules/electron/dist or ELECTRON_OVERRIDE_DIST_PATH); otherwise
 * every test is skipped with a one-line reason.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { findElectronBinary } from '../../main/app/electron-binary';
import { opNames } from '../../shared/contract';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const binary = findElectronBinary(repo);

test.describe.configure({ mode: 'serial' });

let app: ElectronApplication;
let page: Page;
let userData: string;

test.beforeAll(async () => {
  test.skip('missing' in binary, `Electron binary not available: ${'missing' in binary ? binary.missing : ''}`);
  if (!('path' in binary)) return;
  if (!['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html'].every((f) => existsSync(path.join(repo, f)))) {
    execFileSync(path.join(repo, 'node_modules', '.bin', 'electron-vite'), ['build'], { cwd: repo, stdio: 'inherit' });
  }
  userData = mkdtempSync(path.join(os.tmpdir(), 'dossier-electron-'));
  app = await electron.launch({
    executablePath: binary.path,
    args: [repo, '--no-sandbox', '--disable-gpu'],
    env: { ...process.env, DOSSIER_USER_DATA_DIR: userData, ELECTRON_ENABLE_LOGGING: '1' } as Record<string, string>,
  });
  page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
});

test.afterAll(async () => {
  await app?.close();
  if (userData) rmSync(userData, { recursive: true, force: true });
});

test('the window opens on app://dossier with the sample library', async () => {
  expect(page.url()).toMatch(/^app:\/\/dossier\//);
  await expect.poll(() => page.title()).toContain('Dossier');
  await expect.poll(() => existsSync(path.join(userData, 'Sample Library'))).toBe(true);
  const info = await page.evaluate(() => (window as any).dossier.libraryInfo({}));
  expect(info.ok).toBe(true);
  expect(info.value.name).toBe('Sample Library');
});

test('the renderer has no Node: no require, no process, one bridge object with only the contract', async () => {
  expect(await page.evaluate(() => typeof (window as any).require)).toBe('undefined');
  expect(await page.evaluate(() => typeof (window as any).process)).toBe('undefined');
  expect(await page.evaluate(() => typeof (window as any).module)).toBe('undefined');
  expect(await page.evaluate(() => Object.keys((window as any).dossier).sort())).toEqual([...opNames, 'on'].sort());
});

test('webPreferences are in effect', async () => {
  // getLastWebPreferences is not in Electron's typings any more but still exists at run time.
  const prefs = await app.evaluate(({ BrowserWindow }) => {
    const contents = BrowserWindow.getAllWindows()[0]!.webContents as unknown as { getLastWebPreferences(): Record<string, unknown> };
    const p = contents.getLastWebPreferences();
    return { contextIsolation: p.contextIsolation, sandbox: p.sandbox, nodeIntegration: p.nodeIntegration, webviewTag: p.webviewTag };
  });
  expect(prefs).toEqual({ contextIsolation: true, sandbox: true, nodeIntegration: false, webviewTag: false });
});

test('every app:// response carries the CSP, and inline scripts do not run', async () => {
  const csp = await page.evaluate(() => fetch(location.href).then((r) => r.headers.get('content-security-policy')));
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain('unsafe-inline');
  const ran = await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__inlineRan = true';
    document.body.appendChild(s);
    return (window as any).__inlineRan === true;
  });
  expect(ran).toBe(false);
  await expect(page.evaluate(() => eval('1 + 1'))).rejects.toThrow();
});

test('navigation and new windows are refused', async () => {
  const before = page.url();
  await page.evaluate(() => {
    location.href = 'https://example.com/';
  });
  await page.waitForTimeout(500);
  expect(page.url()).toBe(before);
  expect(await page.evaluate(() => window.open('https://example.com/') === null)).toBe(true);
  expect(app.windows()).toHaveLength(1);
});

test('file:// and remote requests are blocked', async () => {
  await expect(page.evaluate(() => fetch('file:///etc/passwd').then((r) => r.text()))).rejects.toThrow();
  await expect(page.evaluate(() => fetch('https://example.com/').then((r) => r.status))).rejects.toThrow();
  await expect(page.evaluate(() => fetch('app://dossier/../../../../etc/passwd').then((r) => r.status))).resolves.toBe(404);
});

test('IPC from a sub-frame is refused', async () => {
  const result = await page.evaluate(async () => {
    const frame = document.createElement('iframe');
    frame.src = 'about:blank';
    document.body.appendChild(frame);
    await new Promise((r) => setTimeout(r, 200));
    return typeof (frame.contentWindow as any)?.dossier;
  });
  // The preload runs in the main frame only: sub-frames have no bridge at all.
  expect(result).toBe('undefined');
});
