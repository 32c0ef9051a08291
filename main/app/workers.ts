/**
 * Tells the services where the bundled worker entries are (see electron.vite.config.ts): under
 * tsx they start `.mjs` bootstraps next to their sources, which do not exist in the bundle.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';

/** Worker entries are emitted beside out/main/index.js (NAME.js, see electron.vite.config.ts). */
export function bundledWorkerEnv(mainDir: string): Record<string, string> {
  if (!existsSync(mainDir)) return {};
  const env: Record<string, string> = { DOSSIER_WORKER_DIR: mainDir };
  // main/search/spawn-worker.ts reads this one by name.
  if (existsSync(path.join(mainDir, 'index-worker.js'))) env.DOSSIER_INDEX_WORKER = path.join(mainDir, 'index-worker.js');
  return env;
}
