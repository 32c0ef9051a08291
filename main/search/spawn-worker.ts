/**
 * The one place that starts index worker threads, so that a packaged build can swap the entry.
 *
 * Which entry a worker runs, in order:
 * 1. `DOSSIER_INDEX_WORKER`: a bundled worker entry (the Electron build sets it to its own output).
 * 2. A bundle of index-worker.ts made with esbuild (which comes with tsx) and cached in the temp
 *    folder, rebuilt when a source file changes: a plain-JS worker starts in ~0.1 s where a
 *    worker that must first register tsx and compile TypeScript takes ~0.5-1 s.
 *    The temp folder is shared by every user of the machine, so the cache runs only code this
 *    user built: its folder must be this user's and private (0700; one that others could write is
 *    emptied first), and the bundle must match the sha256 recorded when it was built (else it is
 *    built again). A folder of another user (or a link) is never used.
 * 3. index-worker.mjs, which registers tsx and imports index-worker.ts (also whenever 2 fails).
 */
import { createHash } from 'node:crypto';
import { chmod, lstat, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
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

/**
 * This user's private cache folder in the temp folder. Throws when the folder cannot be trusted
 * (not a folder, or another user's): the caller then runs the worker without the cache.
 */
async function privateCacheDir(): Promise<string> {
  const uid = process.getuid?.();
  const dir = path.join(os.tmpdir(), `dossier-index-worker-${os.userInfo().uid}`);
  await mkdir(dir, { mode: 0o700 }).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EEXIST') throw error;
  });
  const folder = await lstat(dir);
  if (!folder.isDirectory()) throw new Error(`${dir} is not a folder`);
  if (uid === undefined) return dir; // Windows: the temp folder is the user's own
  if (folder.uid !== uid) throw new Error(`${dir} belongs to another user`);
  if ((folder.mode & 0o077) !== 0) {
    // Others could write into it: make it private, and trust nothing that is in it.
    await chmod(dir, 0o700);
    for (const name of await readdir(dir)) await rm(path.join(dir, name), { recursive: true, force: true });
  }
  return dir;
}

/** sha256 of a file only this user can have written, else undefined. */
async function ownFileHash(file: string): Promise<string | undefined> {
  const info = await lstat(file).catch(() => undefined);
  const uid = process.getuid?.();
  if (!info?.isFile() || (uid !== undefined && info.uid !== uid) || (info.mode & 0o022) !== 0) return undefined;
  return createHash('sha256').update(await readFile(file)).digest('hex');
}

interface BundleRecord {
  /** The bundle's inputs, and their size and modification time when it was built. */
  files: string[];
  fingerprint: string;
  /** sha256 of the bundle as built. */
  sha256: string;
}

async function cachedBundle(sourceFile: string): Promise<string> {
  const dir = await privateCacheDir();
  const key = createHash('sha1').update(sourceFile).digest('hex').slice(0, 12);
  const bundle = path.join(dir, `${key}.mjs`);
  const recordFile = path.join(dir, `${key}.record.json`);
  const fingerprint = async (files: string[]) => {
    const parts = await Promise.all(files.map(async (f) => `${f}:${(await stat(f)).mtimeMs}:${(await stat(f)).size}`));
    return parts.join('|');
  };
  try {
    const recorded = JSON.parse(await readFile(recordFile, 'utf8')) as BundleRecord;
    if ((await fingerprint(recorded.files)) === recorded.fingerprint && (await ownFileHash(bundle)) === recorded.sha256) return bundle;
  } catch {
    // no usable bundle yet
  }
  const esbuild = (await import('esbuild')) as typeof import('esbuild');
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
  const record: BundleRecord = { files, fingerprint: await fingerprint(files), sha256: createHash('sha256').update(await readFile(temp)).digest('hex') };
  await rename(temp, bundle);
  const recordTemp = `${recordFile}.${process.pid}.tmp`;
  await writeFile(recordTemp, JSON.stringify(record), { mode: 0o600 });
  await rename(recordTemp, recordFile);
  return bundle;
}
