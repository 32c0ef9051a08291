/**
 * Builds the renderer once per run into a fresh temporary folder and points `dossier serve` at it
 * (DOSSIER_UI_DIR), so tests always exercise the current sources, never a stale out/renderer.
 */
import { mkdtempSync, rmSync } from 'node:fs';
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
  return () => rmSync(outDir, { recursive: true, force: true });
}
