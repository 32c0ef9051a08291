/**
 * Builds the renderer once per run into e2e/.tmp/ui and points `dossier serve` at it
 * (DOSSIER_UI_DIR), so tests always exercise the current sources, never a stale out/renderer.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export default async function globalSetup(): Promise<void> {
  const outDir = path.join(repo, 'e2e', '.tmp', 'ui');
  await build({ configFile: path.join(repo, 'renderer', 'vite.config.ts'), logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  process.env.DOSSIER_UI_DIR = outDir;
}
