/**
 * Crash-safe writes for Dossier's own data files, and the check that tells whether a file changed
 * on disk since it was read (data-file.ts builds the read-merge-write of the user's work on both).
 *
 * The write follows VS Code's recipe: write a temp file in the same folder, fsync it, rename it over
 * the target (atomic on one file system), then fsync the folder so the rename itself is durable.
 * A reader therefore sees either the old file or the new one, never half of one.
 */
import { createHash, randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';

/** What we knew about a file when we read it: enough to tell later whether it changed. */
export interface DiskStamp {
  mtimeMs: number;
  size: number;
  /** sha256 of the bytes, hex. */
  hash: string;
}

/** Thrown when a data file changed on disk since it was read, just before it would be replaced. */
export class ModifiedOnDiskError extends Error {
  readonly code = 'modified-on-disk';
  constructor(readonly file: string) {
    super(`${file} was changed on disk by another program since Dossier read it.`);
    this.name = 'ModifiedOnDiskError';
  }
}

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * Atomically replaces `file` with `data` (temp file, fsync, rename, fsync of the folder).
 * `beforeRename` runs when the new content is safely on disk, just before it replaces the old file:
 * a last check that may throw to abandon the write (the old file is then left as it was).
 */
export async function writeFileAtomic(file: string, data: string | Uint8Array, options: { beforeRename?: () => Promise<void> } = {}): Promise<void> {
  const dir = path.dirname(file);
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(temp, 'wx', 0o644);
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await options.beforeRename?.();
    await fs.rename(temp, file);
  } catch (error) {
    await handle?.close().catch(() => {});
    await fs.rm(temp, { force: true }).catch(() => {});
    throw error;
  }
  await fsyncDirectory(dir);
}

/** Makes a rename in `dir` durable. Some platforms (Windows) cannot open folders; that is not an error there. */
async function fsyncDirectory(dir: string): Promise<void> {
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(dir, 'r');
    await handle.sync();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EISDIR' && code !== 'EPERM' && code !== 'EINVAL' && code !== 'EBADF') throw error;
  } finally {
    await handle?.close().catch(() => {});
  }
}

/** Reads a file with its stamp; undefined when it does not exist. */
export async function readWithStamp(file: string): Promise<{ text: string; stamp: DiskStamp } | undefined> {
  let bytes: Buffer;
  let stat: import('node:fs').Stats;
  try {
    // stat before reading: if the file changes in between, the stamp is older than the bytes and the next check re-reads.
    stat = await fs.stat(file);
    bytes = await fs.readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw error;
  }
  return { text: bytes.toString('utf8'), stamp: { mtimeMs: stat.mtimeMs, size: stat.size, hash: sha256(bytes) } };
}

/**
 * Whether `file` differs from what `expected` describes (null = we saw no file).
 * A changed mtime alone is not a change: the bytes are compared by hash.
 */
export async function modifiedSince(file: string, expected: DiskStamp | null): Promise<boolean> {
  let stat: import('node:fs').Stats;
  try {
    stat = await fs.stat(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return expected !== null;
    throw error;
  }
  if (expected === null) return true;
  if (stat.size !== expected.size) return true;
  if (stat.mtimeMs === expected.mtimeMs) return false;
  const bytes = await fs.readFile(file).catch(() => undefined);
  return bytes === undefined || sha256(bytes) !== expected.hash;
}

/**
 * JSON with object keys sorted at every level (`format`, `version` and `id` first, as a reader
 * expects them) and two-space indentation, ending in a newline, so that the same data always gives
 * the same text and git diffs stay small.
 */
export function stableJson(value: unknown): string {
  return JSON.stringify(sortKeys(value), null, 2) + '\n';
}

const LEADING_KEYS = ['format', 'version', 'id'];

function compareKeys(a: string, b: string): number {
  const ia = LEADING_KEYS.indexOf(a);
  const ib = LEADING_KEYS.indexOf(b);
  if (ia >= 0 || ib >= 0) return (ia < 0 ? Infinity : ia) - (ib < 0 ? Infinity : ib);
  return a < b ? -1 : a > b ? 1 : 0;
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort(compareKeys)) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = sortKeys(v);
    }
    return out;
  }
  return value;
}
