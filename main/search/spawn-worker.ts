/**
 * The one place that starts index worker threads, so that a packaged build can swap the entry.
 *
 * Which entry a worker runs, in order:
 * 1. `DOSSIER_INDEX_WORKER`: a bundled worker entry (the Electron build sets it to its own output).
 * 2. A bundle of index-worker.ts made with esbuild (which comes with tsx) and cached in the temp
 *    folder, rebuilt when a source file changes: a plain-JS worker starts in ~0.1 s where a
 *    worker that must first register tsx and compile TypeScript takes ~0.5-1 s.
 * 3. index-worker.mjs, which registers tsx and imports index-worker.ts.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

const entries = new Map<string, Promise<URL>>();

/** Resolves the worker entry (once per process and setting). */
export function workerEntry(): Promise<URL> {
  const key = `${process.env.DOSSIER_INDEX_WORKER ?? ''}|${process.env.DOSSIER_INDEX_WORKER_TSX ?? ''}`;
  let entry = entries.get(key);
  if (!entry) entries.set(key, (entry = resolveEntry()));
  return entry;
}

export async function spawnIndexWorker(): Promise<Worker> {
  // A roomier young generation: indexing makes many short-lived strings, and fewer scavenges
  // mean fewer of them promoted to the old generation (less major-GC work).
  return new Worker(await workerEntry(), { name: 'dossier-index', resourceLimits: { maxYoungGenerationSizeMb: 64 } });
}

const bootstrap = () => new URL('./index-worker.mjs', import.meta.url);

async function resolveEntry(): Promise<URL> {
  if (process.env.DOSSIER_INDEX_WORKER) return pathToFileURL(path.resolve(process.env.DOSSIER_INDEX_WORKER));
  if (process.env.DOSSIER_INDEX_WORKER_TSX) return bootstrap();
  const source = new URL('./index-worker.ts', import.meta.url);
  // Bundled builds have no .ts next to this module: they set DOSSIER_INDEX_WORKER.
  if (source.protocol !== 'file:') return bootstrap();
  try {
    return pathToFileURL(await cachedBundle(fileURLToPath(source)));
  } catch {
    return bootstrap();
  }
}

async function cachedBundle(sourceFile: string): Promise<string> {
  const dir = path.join(os.tmpdir(), `dossier-index-worker-${os.userInfo().uid}`);
  const key = createHash('sha1').update(sourceFile).digest('hex').slice(0, 12);
  const bundle = path.join(dir, `${key}.mjs`);
  const inputsFile = path.join(dir, `${key}.inputs.json`);
  const fingerprint = async (files: string[]) => {
    const parts = await Promise.all(files.map(async (f) => `${f}:${(await stat(f)).mtimeMs}:${(await stat(f)).size}`));
    return parts.join('|');
  };
  try {
    const recorded = JSON.parse(await readFile(inputsFile, 'utf8')) as { files: string[]; fingerprint: string };
    await stat(bundle);
    if ((await fingerprint(recorded.files)) === recorded.fingerprint) return bundle;
  } catch {
    // no usable bundle yet
  }
  const esbuild = (await import('esbuild')) as typeof import('esbuild');
  await mkdir(dir, { recursive: true });
  const temp = `${bundle}.${process.pid}.tmp`;
  const result = await esbuild.build({
    entryPoints: [sourceFile],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: temp,
    metafile: true,
    logLevel: 'silent',
  });
  const cwd = process.cwd();
  const files = Object.keys(result.metafile.inputs).map((f) => path.resolve(cwd, f));
  await rename(temp, bundle);
  await writeFile(inputsFile, JSON.stringify({ files, fingerprint: await fingerprint(files) }));
  return bundle;
}
