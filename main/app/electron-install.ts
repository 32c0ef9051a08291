/**
 * Getting the Electron binary on first start, the way the `electron` package itself does: its own
 * installer (`node_modules/electron/install.js`, also its `install-electron` bin) downloads the
 * release for this platform, checks it against the package's checksums and unpacks it into
 * `node_modules/electron/dist`. npm no longer runs that at install time, so `dossier start` runs it
 * when the binary is missing. Pure Node (no electron import): used by the CLI.
 *
 * Never in CI, never with ELECTRON_SKIP_BINARY_DOWNLOAD, never when ELECTRON_OVERRIDE_DIST_PATH
 * names a binary of the user's own choosing: then the caller falls back to web mode at once.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { findElectronBinary } from './electron-binary';

export type InstallResult = { path: string } | { failed: string };

/** Why a download must not be tried here, or null when it may. */
export function downloadRefusal(repoRoot: string, env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.ELECTRON_OVERRIDE_DIST_PATH) return 'ELECTRON_OVERRIDE_DIST_PATH is set';
  if (env.CI && env.CI !== 'false' && env.CI !== '0') return 'downloads are off in CI';
  if (env.ELECTRON_SKIP_BINARY_DOWNLOAD && env.ELECTRON_SKIP_BINARY_DOWNLOAD !== '0') return 'ELECTRON_SKIP_BINARY_DOWNLOAD is set';
  if (!existsSync(installerOf(repoRoot))) return 'the electron package is not installed';
  return null;
}

function installerOf(repoRoot: string): string {
  return path.join(repoRoot, 'node_modules', 'electron', 'install.js');
}

export function electronVersion(repoRoot: string): string | null {
  try {
    return (JSON.parse(readFileSync(path.join(repoRoot, 'node_modules', 'electron', 'package.json'), 'utf8')) as { version?: string }).version ?? null;
  } catch {
    return null;
  }
}

/** The line of the installer's output that says what went wrong (its stack traces say it first). */
function failureReason(output: string, code: number | null, signal: NodeJS.Signals | null): string {
  const line = output
    .split('\n')
    .map((l) => l.trim())
    .find((l) => l && !l.startsWith('at '));
  let why = line ? line.replace(/^(Type|Request|HTTP)?Error:\s*/, '') : signal ? `stopped by ${signal}` : `exit code ${code}`;
  // Node's fetch says only this when there is no network or the server cannot be reached.
  if (why === 'fetch failed') why = 'the download server could not be reached';
  return why.length > 200 ? `${why.slice(0, 200)}…` : why;
}

/**
 * Runs the electron package's installer. `say` gets a line when the download starts and one every
 * `heartbeatMs` while it runs (the installer's own bar appears only after 30 s, and only on a TTY).
 */
export function installElectronBinary(
  repoRoot: string,
  options: { env?: NodeJS.ProcessEnv; say?: (line: string) => void; heartbeatMs?: number; timeoutMs?: number } = {},
): Promise<InstallResult> {
  const env = options.env ?? process.env;
  const say = options.say ?? (() => {});
  const version = electronVersion(repoRoot);
  say(`Downloading Electron${version ? ` ${version}` : ''} for the desktop app (once; about 100 MB)…`);
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [installerOf(repoRoot)], { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const collect = (chunk: Buffer) => {
      output = (output + chunk.toString('utf8')).slice(-20_000);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    const heartbeat = setInterval(() => say(`…still downloading Electron (${Math.round((Date.now() - started) / 1000)} s)`), options.heartbeatMs ?? 10_000);
    const timeout = setTimeout(() => child.kill('SIGTERM'), options.timeoutMs ?? 30 * 60_000);
    const finish = (result: InstallResult) => {
      clearInterval(heartbeat);
      clearTimeout(timeout);
      resolve(result);
    };
    child.on('error', (error) => finish({ failed: error.message }));
    child.on('exit', (code, signal) => {
      if (code !== 0) return finish({ failed: failureReason(output, code, signal) });
      const found = findElectronBinary(repoRoot, env);
      finish('path' in found ? found : { failed: `the installer finished but ${found.missing}` });
    });
  });
}
