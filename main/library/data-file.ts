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
 * not refreshed for STALE_MS (its holder was killed) is taken over. The holder also writes
 * `<file>.lock.owner` (its pid and host), so a lock of a process of this machine that is no longer
 * running is taken over at once. A script that edits a data file while Dossier runs can take the
 * same lock: `mkdir tags.json.lock` (retry while it exists), edit, `rmdir tags.json.lock`.
 *
 * Two more checks make a lost race harmless: just before the new file replaces the old one, the
 * update checks that its lock was not taken over (a holder stalled past STALE_MS) and that the file
 * is still the one it read (else it starts over on the newer file).
 *
 * Within one process, updates of the same file also queue here, without polling the lock.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
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

/**
 * Who holds a lock, written next to it (`<file>.lock.owner`) so that a lock left by a process that
 * was killed on this machine is taken over at once rather than after STALE_MS. It names the lock
 * folder it belongs to (inode and modification time), so it is never taken for a newer lock's.
 */
interface LockOwner {
  pid: number;
  host: string;
  ino: number;
  mtimeMs: number;
}

const ownerPathOf = (file: string) => `${lockPathOf(file)}.owner`;

/** Writes the owner record of the lock just taken; returns its text. */
async function recordOwner(file: string): Promise<string> {
  const lock = await fs.stat(lockPathOf(file));
  const owner: LockOwner = { pid: process.pid, host: os.hostname(), ino: lock.ino, mtimeMs: lock.mtimeMs };
  const text = JSON.stringify(owner);
  const temp = `${ownerPathOf(file)}.${process.pid}.tmp`;
  await fs.writeFile(temp, text);
  await fs.rename(temp, ownerPathOf(file));
  return text;
}

/** Removes the owner record if it is still ours (a lock taken over has its new owner's). */
async function forgetOwner(file: string, ours: string | undefined): Promise<void> {
  if (ours === undefined) return;
  const current = await fs.readFile(ownerPathOf(file), 'utf8').catch(() => undefined);
  if (current === ours) await fs.rm(ownerPathOf(file), { force: true });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // alive, but another user's
  }
}

/** Removes the lock of `file` when its owner was a process of this machine that is no longer running. */
async function takeOverDeadLock(file: string): Promise<boolean> {
  let owner: LockOwner;
  try {
    owner = JSON.parse(await fs.readFile(ownerPathOf(file), 'utf8')) as LockOwner;
  } catch {
    return false; // no record (yet): the lock goes stale the usual way
  }
  if (owner.host !== os.hostname() || owner.pid === process.pid || isAlive(owner.pid)) return false;
  const lock = await fs.stat(lockPathOf(file)).catch(() => undefined);
  if (!lock || lock.ino !== owner.ino || lock.mtimeMs !== owner.mtimeMs) return false; // not the lock the dead process made
  await fs.rmdir(lockPathOf(file)).catch(() => {});
  return true;
}

async function locked<T>(file: string, work: (held: HeldLock) => Promise<T>, options: DataFileOptions): Promise<T> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  const waitMs = options.waitMs ?? WAIT_MS;
  const deadline = Date.now() + waitMs;
  let lost: Error | undefined;
  let release: () => Promise<void>;
  // Short, jittered retries: a lock is held for milliseconds, and a long sleep would let others overtake forever.
  for (let delay = 2; ; delay = Math.min(delay * 2, 25)) {
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
      if (await takeOverDeadLock(file)) continue;
      if (Date.now() >= deadline) throw new DataFileBusyError(file, options.label ?? dataFileLabel(file), waitMs);
      await new Promise((resolve) => setTimeout(resolve, delay * (0.5 + Math.random())));
    }
  }
  let owner: string | undefined;
  try {
    owner = await recordOwner(file).catch(() => undefined); // without it, a kill is recovered after STALE_MS instead
    return await work({
      assertHeld() {
        if (lost) throw new Error(`Dossier lost the lock of ${options.label ?? dataFileLabel(file)} (${lost.message}); the change was not saved — try again.`);
      },
    });
  } finally {
    await forgetOwner(file, owner).catch(() => {});
    await release().catch(() => {}); // a lost lock cannot be released; it is someone else's now
  }
}
