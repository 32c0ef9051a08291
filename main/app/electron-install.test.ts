/**
 * The first-start download of Electron runs the electron package's real installer. It never goes
 * to the network here: the installer is pointed (ELECTRON_MIRROR) at a mirror on 127.0.0.1 that
 * serves a stand-in release, or at a closed port to see it fail.
 */
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnCli } from '../server/test-support/spawn-cli';
import { findElectronBinary } from './electron-binary';
import { downloadRefusal, electronVersion, installElectronBinary } from './electron-install';
import { storedZip } from './test-support/stored-zip';

const repo = path.resolve(__dirname, '..', '..');
let dir: string;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'dossier-electron-install-'));
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

/** A repo root whose node_modules has a private copy of the electron package (the installer writes into it). */
async function fakeRepo(name: string): Promise<string> {
  const root = path.join(dir, name);
  const modules = path.join(root, 'node_modules');
  await fs.mkdir(modules, { recursive: true });
  const source = path.join(repo, 'node_modules', 'electron');
  const dist = path.join(source, 'dist');
  await fs.cp(source, path.join(modules, 'electron'), { recursive: true, filter: (src) => src !== dist && !src.startsWith(dist + path.sep) });
  await fs.rm(path.join(modules, 'electron', 'path.txt'), { force: true });
  for (const entry of await fs.readdir(path.join(repo, 'node_modules'))) {
    if (entry !== 'electron') await fs.symlink(path.join(repo, 'node_modules', entry), path.join(modules, entry));
  }
  return root;
}

/** The only environment the installer sees: no CI flag, a mirror, a private cache. */
function installerEnv(mirror: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: dir, ELECTRON_MIRROR: mirror, electron_config_cache: path.join(dir, 'cache'), ELECTRON_GET_NO_PROGRESS: '1' };
  return env;
}

describe('when Dossier may download Electron', () => {
  it('never in CI, with the skip variable, with an override, or without the package', async () => {
    const root = await fakeRepo('refusals');
    expect(downloadRefusal(root, {})).toBeNull();
    expect(downloadRefusal(root, { CI: 'true' })).toMatch(/CI/);
    expect(downloadRefusal(root, { CI: 'false' })).toBeNull();
    expect(downloadRefusal(root, { ELECTRON_SKIP_BINARY_DOWNLOAD: '1' })).toMatch(/ELECTRON_SKIP_BINARY_DOWNLOAD/);
    expect(downloadRefusal(root, { ELECTRON_OVERRIDE_DIST_PATH: '/opt/electron' })).toMatch(/OVERRIDE/);
    expect(downloadRefusal(path.join(dir, 'nowhere'), {})).toMatch(/not installed/);
  });
});

describe("the electron package's own installer", () => {
  let server: http.Server;
  let mirror: string;
  const requests: string[] = [];

  beforeAll(async () => {
    const version = electronVersion(repo)!;
    const platform = process.platform === 'win32' ? 'win32' : process.platform;
    const zip = storedZip([
      { name: 'electron', data: Buffer.from('#!/bin/sh\necho "stand-in electron $*"\n'), mode: 0o755 },
      { name: 'version', data: Buffer.from(`v${version}`) },
    ]);
    const fileName = `electron-v${version}-${platform}-${process.arch}.zip`;
    const sums = `${createHash('sha256').update(zip).digest('hex')} *${fileName}\n`;
    server = http.createServer((req, res) => {
      requests.push(req.url ?? '');
      if (req.url === `/v${version}/${fileName}`) res.end(zip);
      else if (req.url === `/v${version}/SHASUMS256.txt`) res.end(sums);
      else res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    mirror = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('downloads, checks and unpacks the binary, then Dossier finds it', async () => {
    const root = await fakeRepo('installs');
    expect(findElectronBinary(root, {})).toHaveProperty('missing');
    const lines: string[] = [];
    // The stand-in release is not Electron's, so its checksum comes from the mirror, not the package.
    const result = await installElectronBinary(root, { env: { ...installerEnv(mirror), electron_use_remote_checksums: '1' }, say: (l) => lines.push(l) });
    expect(result).toEqual({ path: path.join(root, 'node_modules', 'electron', 'dist', 'electron') });
    expect(lines[0]).toMatch(/^Downloading Electron \d+\.\d+\.\d+ for the desktop app/);
    expect(requests.some((r) => r.endsWith('.zip'))).toBe(true);
    expect(findElectronBinary(root, {})).toEqual(result);
    if (process.platform !== 'win32') expect(execFileSync((result as { path: string }).path, ['--version']).toString()).toContain('stand-in electron');
  });

  it("refuses a release whose checksum is not the package's own", async () => {
    const root = await fakeRepo('checksums');
    const result = await installElectronBinary(root, { env: installerEnv(mirror) });
    expect(result).toMatchObject({ failed: expect.stringMatching(/checksum|match/i) });
    expect(findElectronBinary(root, {})).toHaveProperty('missing');
  });

  it('fails fast, with a reason, when the server cannot be reached', async () => {
    const root = await fakeRepo('offline');
    const started = Date.now();
    const result = await installElectronBinary(root, { env: installerEnv('http://127.0.0.1:1/') });
    expect(result).toEqual({ failed: 'the download server could not be reached' });
    expect(Date.now() - started).toBeLessThan(15_000);
  });
});

describe('npm start without an Electron binary', () => {
  const installed = 'path' in findElectronBinary(repo, {});
  it.skipIf(installed)('tries the download first, then says in one line that it serves web mode', async () => {
    const ui = path.join(dir, 'ui');
    await fs.mkdir(ui, { recursive: true });
    await fs.writeFile(path.join(ui, 'index.html'), '<!doctype html><title>Dossier UI</title>');
    // CI is cleared so that start really tries; the mirror is a closed local port, so nothing is downloaded.
    const cli = spawnCli(['start', '--port', '0'], {
      CI: '',
      ELECTRON_SKIP_BINARY_DOWNLOAD: '',
      ELECTRON_OVERRIDE_DIST_PATH: '',
      ELECTRON_MIRROR: 'http://127.0.0.1:1/',
      DOSSIER_DATA_HOME: path.join(dir, 'data'),
      DOSSIER_UI_DIR: ui,
    });
    try {
      await cli.url;
      expect(cli.stderr()).toMatch(/^Downloading Electron \d+\.\d+\.\d+ for the desktop app/);
      expect(cli.stdout().split('\n')[0]).toBe(
        'Electron binary not available: the download failed (the download server could not be reached). Serving the same UI in web mode instead.',
      );
    } finally {
      cli.child.kill('SIGKILL');
    }
  });
});
