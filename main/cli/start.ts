/**
 * `npm start` / `dossier start [DIR]`: the desktop app (building out/ first when needed). When the
 * Electron binary is missing, the electron package's own installer fetches it first (it downloads
 * lazily, on first use); when that cannot be done, one line says why and the same UI is served in
 * web mode on a writable copy of the bundled sample library (or DIR).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findElectronBinary } from '../app/electron-binary';
import { downloadRefusal, installElectronBinary } from '../app/electron-install';
import { ensureSampleLibraryCopy, SAMPLE_LIBRARY_NAME } from '../app/sample-library';
import { parseArgs, UsageError } from './args';
import { checkFolder, CliError } from './open-library';
import { parsePort, REPO_ROOT, serveUntilStopped } from './serve';

export { electronExecutableName, findElectronBinary } from '../app/electron-binary';

/** Where web mode keeps the user's copy of the sample library (never inside resources/). */
export function userDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home = os.homedir()): string {
  if (env.DOSSIER_DATA_HOME) return path.resolve(env.DOSSIER_DATA_HOME);
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'Dossier');
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Dossier');
  return path.join(env.XDG_DATA_HOME || path.join(home, '.local', 'share'), 'dossier');
}

const BUILD_OUTPUTS = ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html'];

async function ensureDesktopBuilt(say: (line: string) => void): Promise<void> {
  if (BUILD_OUTPUTS.every((f) => existsSync(path.join(REPO_ROOT, f)))) return;
  say('Building the desktop app (electron-vite build, once)…');
  const { build } = await import('electron-vite');
  await build({ root: REPO_ROOT, configFile: path.join(REPO_ROOT, 'electron.vite.config.ts'), logLevel: 'warn' });
}

function launchElectron(binary: string, library: string | undefined): Promise<number> {
  const args = [REPO_ROOT, ...(library ? [`--library=${library}`] : [])];
  // ELECTRON_RUN_AS_NODE from a parent shell would turn the app into a plain node process.
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(binary, args, { stdio: 'inherit', env });
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  return new Promise((resolve) => {
    child.on('error', (error) => {
      process.stderr.write(`dossier start: could not launch Electron: ${error.message}\n`);
      resolve(1);
    });
    child.on('exit', (code, signal) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      resolve(code ?? (signal ? 0 : 1));
    });
  });
}

export async function run(args: string[]): Promise<number> {
  const say = (line: string) => process.stderr.write(`${line}\n`);
  try {
    const { positionals, values } = parseArgs(args, { values: ['port'] });
    if (positionals.length > 1) throw new CliError('usage: dossier start [DIR] [--port N]', 2);
    const port = parsePort(values.get('port'));
    const library = positionals[0] !== undefined ? checkFolder(positionals[0], { mustBeLibrary: false }) : undefined;

    let electron: { path: string } | { missing: string } = findElectronBinary(REPO_ROOT);
    if ('missing' in electron && downloadRefusal(REPO_ROOT) === null) {
      const installed = await installElectronBinary(REPO_ROOT, { say });
      electron = 'path' in installed ? installed : { missing: `the download failed (${installed.failed})` };
    }
    if ('path' in electron) {
      await ensureDesktopBuilt(say);
      return await launchElectron(electron.path, library);
    }

    process.stdout.write(`Electron binary not available: ${electron.missing}. Serving the same UI in web mode instead.\n`);
    let root = library;
    if (!root) {
      root = path.join(userDataDir(), SAMPLE_LIBRARY_NAME);
      if (await ensureSampleLibraryCopy(path.join(REPO_ROOT, 'resources', 'sample-library'), root)) say(`Copied the sample library to ${root}`);
    }
    return await serveUntilStopped(root, port, say);
  } catch (error) {
    if (error instanceof CliError || error instanceof UsageError) {
      process.stderr.write(`dossier start: ${error.message}\n`);
      return error instanceof CliError ? error.exitCode : 2;
    }
    throw error;
  }
}
