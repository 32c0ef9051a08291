import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnCli } from '../server/test-support/spawn-cli';
import { findElectronBinary, userDataDir } from './start';

const repo = path.resolve(__dirname, '..', '..');
let dir: string;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'dossier-start-'));
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

describe('finding the Electron binary (without requiring the electron package)', () => {
  it('reports why it is missing, and finds dist/ or the override', async () => {
    const fakeRepo = path.join(dir, 'repo');
    await fs.mkdir(fakeRepo, { recursive: true });
    expect(findElectronBinary(fakeRepo, {}, 'linux')).toEqual({ missing: 'the electron package is not installed' });
    const pkg = path.join(fakeRepo, 'node_modules', 'electron');
    await fs.mkdir(pkg, { recursive: true });
    expect(findElectronBinary(fakeRepo, {}, 'linux')).toMatchObject({ missing: expect.stringContaining('dist is missing') });
    await fs.mkdir(path.join(pkg, 'dist'));
    await fs.writeFile(path.join(pkg, 'dist', 'electron'), '');
    expect(findElectronBinary(fakeRepo, {}, 'linux')).toEqual({ path: path.join(pkg, 'dist', 'electron') });
    await fs.writeFile(path.join(pkg, 'path.txt'), 'electron.exe');
    expect(findElectronBinary(fakeRepo, {}, 'win32')).toMatchObject({ missing: expect.any(String) });
    const override = path.join(dir, 'override');
    await fs.mkdir(override);
    expect(findElectronBinary(fakeRepo, { ELECTRON_OVERRIDE_DIST_PATH: override }, 'win32')).toMatchObject({ missing: expect.stringContaining('ELECTRON_OVERRIDE_DIST_PATH') });
    await fs.writeFile(path.join(override, 'electron.exe'), '');
    expect(findElectronBinary(fakeRepo, { ELECTRON_OVERRIDE_DIST_PATH: override }, 'win32')).toEqual({ path: path.join(override, 'electron.exe') });
  });
});

describe('web mode user data folder', () => {
  it('follows each platform and never points into the repo', () => {
    expect(userDataDir({ XDG_DATA_HOME: '/x' }, 'linux', '/home/me')).toBe(path.join('/x', 'dossier'));
    expect(userDataDir({}, 'linux', '/home/me')).toBe(path.join('/home/me', '.local', 'share', 'dossier'));
    expect(userDataDir({}, 'darwin', '/Users/me')).toBe(path.join('/Users/me', 'Library', 'Application Support', 'Dossier'));
    expect(userDataDir({ APPDATA: 'C:\\Users\\me\\AppData\\Roaming' }, 'win32', 'C:\\Users\\me')).toContain('Dossier');
    expect(userDataDir({ DOSSIER_DATA_HOME: '/tmp/d' }, 'linux', '/home/me')).toBe('/tmp/d');
  });
});

describe('npm start without Electron', () => {
  it('says so in one line, then serves a writable copy of the sample library', async () => {
    const ui = path.join(dir, 'ui');
    await fs.mkdir(ui, { recursive: true });
    await fs.writeFile(path.join(ui, 'index.html'), '<!doctype html><title>Dossier UI</title>');
    const dataHome = path.join(dir, 'data');
    const bundledDossier = path.join(repo, 'resources', 'sample-library', '.dossier');
    const bundledBefore = await fs.stat(bundledDossier).then((s) => s.mtimeMs, () => null);
    const cli = spawnCli(['start', '--port', '0'], { ELECTRON_OVERRIDE_DIST_PATH: path.join(dir, 'no-electron'), DOSSIER_DATA_HOME: dataHome, DOSSIER_UI_DIR: ui });
    try {
      const url = await cli.url;
      const lines = cli.stdout().split('\n');
      expect(lines[0]).toMatch(/^Electron binary not available: .+\. Serving the same UI in web mode instead\.$/);
      const copy = path.join(dataHome, 'Sample Library');
      expect((await fs.readdir(copy)).length).toBeGreaterThan(0);
      const res = await fetch(url.split('#')[0]!);
      expect(await res.text()).toContain('Dossier UI');
      const token = url.split('#token=')[1]!;
      const info = await fetch(`${url.split('#')[0]}api/libraryInfo`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: '{}' });
      expect(((await info.json()) as { name: string }).name).toBe('Sample Library');
      cli.child.kill('SIGTERM');
      expect((await cli.exit).code).toBe(0);
      // Dossier's data went into the copy, never into resources/.
      expect(await fs.stat(bundledDossier).then((s) => s.mtimeMs, () => null)).toBe(bundledBefore);
    } finally {
      cli.child.kill('SIGKILL');
    }
  });
});
