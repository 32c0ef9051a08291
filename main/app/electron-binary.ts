/**
 * Finding the Electron binary the way the `electron` package would, WITHOUT requiring that
 * package: its index.js tries to download a missing binary, which must never happen here.
 * Pure Node (used by `dossier start` and the Electron e2e tests).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The executable's path inside an Electron dist folder, per platform. */
export function electronExecutableName(platform: NodeJS.Platform = process.platform): string {
  if (platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron';
  if (platform === 'win32') return 'electron.exe';
  return 'electron';
}

export function findElectronBinary(
  repoRoot: string,
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): { path: string } | { missing: string } {
  const packageDir = path.join(repoRoot, 'node_modules', 'electron');
  const pathFile = path.join(packageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : electronExecutableName(platform);
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    const candidate = path.join(env.ELECTRON_OVERRIDE_DIST_PATH, relative);
    return existsSync(candidate) ? { path: candidate } : { missing: `ELECTRON_OVERRIDE_DIST_PATH has no ${relative}` };
  }
  const candidate = path.join(packageDir, 'dist', relative);
  if (existsSync(candidate)) return { path: candidate };
  return { missing: existsSync(packageDir) ? 'node_modules/electron/dist is missing' : 'the electron package is not installed' };
}
