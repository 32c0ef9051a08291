/**
 * The one way Dossier changes a file that holds the user's work in its data folder (tags.json,
 * timelines/*.json, and every store built after them): read the current file, merge the change
 * into it, write it atomically — all under a lock that every Dossier process on the machine honours
 * (the desktop app, `dossier serve`, the CLI), so that two writers never overwrite each other.
 *
 *     const { result } = await updateDataFile(file, (current) => {
 *       const data = current ? parseNotes(current.text) : emptyNotes();   // the file as it is now
 *       if (!data.articles[id]) return { text: null, result: false };      // nothing to do: no write
 *       data.articles[id].note = note;                                     // the caller's change
 *       return { text: stableJson(data), result: true };                   // written atomically
 *     });
 *
 * Rules for `merge`:
 * - It gets the file as it is on disk now (undefined when there is none) and returns the new text,
 *   or `text: null` to leave the file alone. It may throw (e.g. a file it cannot read): nothing is
 *   written and the error reaches the caller.
 * - It may be called more than once (when a program that ignores the lock changed the file during
 *   the update, the update starts over on the newer file), so it must not have side effects.
 * - It must keep what it does not understand (unknown keys, values it cannot read) or throw to
 *   refuse the write: a data file is also edited by hand, by scripts and by newer Dossiers.
 *
 * The lock is the folder `<file>.lock` (created with mkdir, which is atomic; the protocol of the
 * proper-lockfile package). Its holder refreshes its modification time every few seconds; a lock
 * not refreshed for STALE_MS (its holder was killed) is taken over. A script that edits a data file
 * while Dossier runs can take the same lock: `mkdir tags.json.lock` (retry while it exists), edit,
 * `rmdir tags.json.lock`.
 *
 * Within one process, updates of the same file also queue here, without polling the lock.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import lockfile from 'proper-lockfile';
import { DossierError } from '../../shared/contract';
import { modifiedSince, ModifiedOnDiskError, readWithStamp, sha256, writeFileAtomic, type DiskStamp } from './atomic-write';

/** A lock whose folder has not been refreshed for this long belongs to a process that died. */
export const STALE_MS = 5_000;
/** How long an update waits for a lock held by another (live) process before giving up. */
export const WAIT_MS = 20_000;
/** Updates started over because a program that ignores the lock wrote the file meanwhile. */
const MAX_RESTARTS = 5;

export interface DataFileRead {
  text: string;
  stamp: DiskStamp;
}

export interface Merged<R> {
  /** The file's new content, or null to leave the file as it is. */
  text: string | null;
  result: R;
}

export interface DataFileOptions {
  /** How long to wait for a lock held by another process (default WAIT_MS). */
  waitMs?: number;
  /** The name of the file in messages (default: its path from the data folder on, e.g. ".dossier/tags.json"). */
  label?: string;
}

export interface Updated<R> {
  result: R;
  /** Whether the file was written. */
  written: boolean;
  /** What the file is now (its new stamp when written, the one read otherwise; null: there is no file). */
  stamp: DiskStamp | null;
  /** What the file was before the update (undefined: there was none). */
  before: DataFileRead | undefined;
}

/** Thrown when another process holds a data file's lock for longer than the wait. */
export class DataFileBusyError extends DossierError {
  constructor(
    readonly file: string,
    label: string,
    waitMs: number,
  ) {
    super(
      'internal',
      `Dossier could not save ${label}: another program has held its lock (${label}.lock) for more than ${Math.round(waitMs / 1000)} s — ` +
        `probably another Dossier (the desktop app or \`dossier serve\`) busy with the same library. Try again in a moment. ` +
        `If no other Dossier is running, delete the folder ${label}.lock.`,
    );
    this.name = 'DataFileBusyError';
  }
}

/** Where the lock of `file` lives. */
export function lockPathOf(file: string): string {
  return `${path.resolve(file)}.lock`;
}

/** How messages name a data file: ".dossier/tags.json" for a file in a library's data folder, else its path. */
export function dataFileLabel(file: string): string {
  const parts = path.resolve(file).split(path.sep);
  const at = parts.lastIndexOf('.dossier');
  return at >= 0 ? parts.slice(at).join('/') : path.resolve(file);
}

/**
 * Reads `file`, lets `merge` turn it into the new content, and writes that atomically, all under
 * the file's cross-process lock. See the module comment for the rules `merge` follows.
 */
export async function updateDataFile<R>(
  file: string,
  merge: (current: DataFileRead | undefined) => Merged<R> | Promise<Merged<R>>,
  options: DataFileOptions = {},
): Promise<Updated<R>> {
  return withDataFileLock(
    file,
    async (held) => {
      for (let restart = 0; ; restart++) {
        const current = await readWithStamp(file);
        const { text, result } = await merge(current);
        if (text === null || (current !== undefined && text === current.text)) {
          return { result, written: false, stamp: current?.stamp ?? null, before: current };
        }
        try {
          await writeFileAtomic(file, text, {
            // Last checks before the new file replaces the old one: the lock is still ours (a stalled
            // process can lose it), and nobody who ignores the lock wrote the file since we read it.
            beforeRename: async () => {
              held.assertHeld();
              if (await modifiedSince(file, current?.stamp ?? null)) throw new ModifiedOnDiskError(file);
            },
          });
        } catch (error) {
          if (error instanceof ModifiedOnDiskError && restart < MAX_RESTARTS) continue;
          throw error;
        }
        const stat = await fs.stat(file);
        return { result, written: true, stamp: { mtimeMs: stat.mtimeMs, size: stat.size, hash: sha256(text) }, before: current };
      }
    },
    options,
  );
}

export interface HeldLock {
  /** Throws when the lock was lost (its holder stalled for longer than STALE_MS and another took it over). */
  assertHeld(): void;
}

const inProcess = new Map<string, Promise<unknown>>();

/**
 * Runs `work` while holding the cross-process lock of `file` (for changes that are more than one
 * atomic write, e.g. moving a timeline to the trash). Prefer updateDataFile.
 */
export async function withDataFileLock<T>(file: string, work: (held: HeldLock) => Promise<T>, options: DataFileOptions = {}): Promise<T> {
  const key = path.resolve(file);
  const previous = inProcess.get(key) ?? Promise.resolve();
  const run = previous.then(
    () => locked(key, work, options),
    () => locked(key, work, options),
  );
  const settled = run.catch(() => {});
  inProcess.set(key, settled);
  void settled.then(() => {
    if (inProcess.get(key) === settled) inProcess.delete(key);
  });
  return run;
}

async function locked<T>(file: string, work: (held: HeldLock) => Promise<T>, options: DataFileOptions): Promise<T> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  const waitMs = options.waitMs ?? WAIT_MS;
  const deadline = Date.now() + waitMs;
  let lost: Error | undefined;
  let release: () => Promise<void>;
  for (let delay = 5; ; delay = Math.min(delay * 2, 100)) {
    try {
      release = await lockfile.lock(file, {
        realpath: false,
        stale: STALE_MS,
        retries: 0,
        onCompromised: (error) => {
          lost = error;
        },
      });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') throw error;
      if (Date.now() >= deadline) throw new DataFileBusyError(file, options.label ?? dataFileLabel(file), waitMs);
      await new Promise((resolve) => setTimeout(resolve, delay * (0.5 + Math.random())));
    }
  }
  try {
    return await work({
      assertHeld() {
        if (lost) throw new Error(`Dossier lost the lock of ${options.label ?? dataFileLabel(file)} (${lost.message}); the change was not saved — try again.`);
      },
    });
  } finally {
    await release().catch(() => {}); // a lost lock cannot be released; it is someone else's now
  }
}
