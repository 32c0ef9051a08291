/**
 * Builds the renderer once per run into a fresh temporary folder and points `dossier serve` at it
 * (DOSSIER_UI_DIR), so tests always exercise the current sources, never a stale out/renderer.
 * Also indexes one copy of the sample library with the real `dossier index` (DOSSIER_E2E_LIBRARY):
 * each test copies that folder, `.dossier/` included, as a user's library looks after its first
 * run, instead of analysing the same sixty articles again (cold indexing has its own unit tests).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export default async function globalSetup(): Promise<() => void> {
  // A folder of its own: two runs at once must not rebuild each other's UI.
  const outDir = mkdtempSync(path.join(os.tmpdir(), 'dossier-e2e-ui-'));
  await build({ configFile: path.join(repo, 'renderer', 'vite.config.ts'), logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  process.env.DOSSIER_UI_DIR = outDir;

  const libraryParent = mkdtempSync(path.join(os.tmpdir(), 'dossier-e2e-library-'));
  const library = path.join(libraryParent, 'sample-library');
  cpSync(path.join(repo, 'resources', 'sample-library'), library, { recursive: true });
  const indexed = spawnSync(process.execPath, [path.join(repo, 'main', 'cli', 'bin.mjs'), 'index', library], { cwd: repo, encoding: 'utf8' });
  if (indexed.status !== 0) throw new Error(`dossier index of the sample library failed:\n${indexed.stdout}\n${indexed.stderr}`);
  process.env.DOSSIER_E2E_LIBRARY = library;

  return () => {
    rmSync(outDir, { recursive: true, force: true });
    rmSync(libraryParent, { recursive: true, force: true });
  };
}
