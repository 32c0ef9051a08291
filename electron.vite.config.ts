/**
 * Builds the desktop app into out/: out/main (Electron main, ESM, plus the worker entries),
 * out/preload/index.cjs (sandboxed preload: one self-contained CommonJS file) and out/renderer
 * (the React UI, built with the renderer's own renderer/vite.config.ts settings).
 *
 * Worker threads: under tsx, services start workers through `.mjs` bootstraps that register tsx
 * and import a TypeScript worker module (e.g. main/search/index-worker.mjs -> ./index-worker.ts).
 * Every such worker module becomes an extra main entry, emitted beside out/main/index.js as
 * NAME.js, NAME being the worker file's name (or FOLDER-worker when the file is just worker.ts):
 *   main/search/index-worker.ts   -> out/main/index-worker.js
 *   main/library/parse-worker.ts  -> out/main/parse-worker.js
 *   main/analysis/worker.ts       -> out/main/analysis-worker.js
 * At run time main/app sets process.env.DOSSIER_WORKER_DIR to out/main (and DOSSIER_INDEX_WORKER
 * to the index worker's file, which main/search/spawn-worker.ts reads). A spawn module uses the
 * bundled file when the variable is set and its `.mjs` bootstrap otherwise:
 *
 *   const dir = process.env.DOSSIER_WORKER_DIR;
 *   const entry = dir ? pathToFileURL(path.join(dir, 'parse-worker.js')) : new URL('./parse-worker.mjs', import.meta.url);
 *   new Worker(entry, { workerData });
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { defineConfig, type RendererViteConfig, type UserConfig as ElectronViteUserConfig } from 'electron-vite';
import { loadConfigFromFile, mergeConfig, type UserConfig } from 'vite';

const repo = __dirname;

/** The TypeScript modules that tsx bootstraps (`*.mjs` registering tsx) start as worker threads. */
function workerEntries(dir = path.join(repo, 'main')): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && full !== path.join(repo, 'main', 'cli')) Object.assign(entries, workerEntries(full));
    } else if (entry.name.endsWith('.mjs')) {
      const source = readFileSync(full, 'utf8');
      if (!source.includes('tsx/esm/api')) continue;
      for (const match of source.matchAll(/['"]\.\/([\w.-]+)\.ts['"]/g)) {
        const target = path.join(dir, `${match[1]}.ts`);
        if (existsSync(target)) entries[workerName(target)] = target;
      }
    }
  }
  return entries;
}

/** out/main/NAME.js for a worker source (see the comment at the top). */
export function workerName(file: string): string {
  const base = path.basename(file, '.ts');
  return base === 'worker' ? `${path.basename(path.dirname(file))}-worker` : base;
}

/** The renderer engineer's vite settings (plugins, aliases), re-rooted for the desktop build. */
async function rendererConfig(mode: string): Promise<RendererViteConfig> {
  const file = path.join(repo, 'renderer', 'vite.config.ts');
  const loaded = existsSync(file) ? ((await loadConfigFromFile({ command: 'build', mode }, file))?.config ?? {}) : {};
  const { build: _build, root: _root, ...rest } = loaded;
  return mergeConfig<UserConfig, UserConfig>(rest, {
    root: path.join(repo, 'renderer'),
    build: {
      ...(loaded.build ?? {}),
      outDir: path.join(repo, 'out', 'renderer'),
      emptyOutDir: true,
      rolldownOptions: { input: path.join(repo, 'renderer', 'index.html') },
    },
  }) as RendererViteConfig;
}

export default defineConfig(async ({ mode }): Promise<ElectronViteUserConfig> => ({
  main: {
    build: {
      outDir: path.join(repo, 'out', 'main'),
      rolldownOptions: {
        input: { ...workerEntries(), index: path.join(repo, 'main', 'app', 'index.ts') },
        output: { entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' },
      },
    },
  },
  preload: {
    build: {
      outDir: path.join(repo, 'out', 'preload'),
      // A sandboxed preload cannot require anything but 'electron': bundle zod and the contract in.
      externalizeDeps: false,
      lib: { entry: { index: path.join(repo, 'main', 'app', 'preload.ts') }, formats: ['cjs'] },
    },
  },
  renderer: await rendererConfig(mode),
}));
