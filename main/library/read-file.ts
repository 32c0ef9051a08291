/**
 * Reads an article file's bytes, at most `maxBytes` of them, while hashing the whole file.
 * Reads in chunks with async I/O so a large file never blocks the main thread; a caller that reads
 * a few small files while someone waits (a page of snippets) can ask for the synchronous fast path.
 */
import { createHash } from 'node:crypto';
import { close, closeSync, constants, fstat, fstatSync, open, openSync, read, readSync } from 'node:fs';
import { promisify } from 'node:util';

// Plain descriptors rather than FileHandle: measured here, about 40% less CPU per small file
// (a search page reads 20 of them on the main thread; a scan reads every file).
const openFd = promisify(open);
const fstatFd = promisify(fstat);
const readFd = promisify(read);
const closeFd = promisify(close);

export interface FileBytes {
  /** The bytes read: the whole file, or its first `maxBytes` (cut at a UTF-8 character boundary). */
  bytes: Uint8Array;
  /** The file's full size at read time. */
  size: number;
  mtimeMs: number;
  /**
   * sha256 of the bytes read, hex: the whole file, or for a truncated file its first `maxBytes`
   * (what Dossier knows of it; the rest of a huge file is never read).
   */
  hash: string;
  truncated: boolean;
}

const CHUNK = 1024 * 1024;
// O_NONBLOCK: opening a named pipe that slipped past the scan must not hang a thread.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

export interface ReadOptions {
  /**
   * Read a small file with synchronous calls. On a local disk that takes ~15 µs per file, where the
   * four thread-pool round trips of async I/O cost ~200 µs of CPU and more in wall time (measured
   * here: 20 articles in 0.3–0.8 ms instead of 2–6 ms). Files over SYNC_MAX_BYTES are still read async,
   * and when slow synchronous reads (2 ms or more each) add up to more than 50 ms within a second
   * (a network share, a disk waking up) the fast path turns off for a while, so a slow disk cannot
   * keep freezing the event loop.
   */
  fast?: boolean;
}

/** Files up to this size may take the synchronous path. */
export const SYNC_MAX_BYTES = 256 * 1024;
/**
 * How much the synchronous path may block: more than `budgetMs` of slow synchronous reads within
 * one window turns it off for `pauseMs` (a slow disk then blocks the event loop at most ~budgetMs
 * per pause). Only reads of at least `slowMs` count. A read from the page cache takes microseconds
 * (a few hundred on a loaded VM), and moving those to async I/O makes them slower without freeing
 * the loop; counting them tripped the budget in a burst of searches on a busy machine (measured
 * here: the fast path then stayed off for most of the search bench).
 */
export class SyncReadBudget {
  private windowStart = -Infinity;
  private spent = 0;
  private offUntil = -Infinity;

  constructor(
    private readonly budgetMs = 50,
    private readonly windowMs = 1000,
    private readonly pauseMs = 10_000,
    private readonly slowMs = 2,
    private readonly now: () => number = () => performance.now(),
  ) {}

  allows(): boolean {
    return this.now() >= this.offUntil;
  }

  /** Records a synchronous read that started at `startedAt` (by the same clock) and just ended. */
  record(startedAt: number): void {
    const now = this.now();
    const took = now - startedAt;
    if (took < this.slowMs) return;
    if (now - this.windowStart > this.windowMs) {
      this.windowStart = now;
      this.spent = 0;
    }
    this.spent += took;
    if (this.spent > this.budgetMs) {
      this.offUntil = now + this.pauseMs;
      this.spent = 0;
    }
  }
}
const syncBudget = new SyncReadBudget();

export async function readFileBounded(abs: string, maxBytes: number, options: ReadOptions = {}): Promise<FileBytes> {
  // On the fast path every call is synchronous, until the size says the file is too large for it.
  let sync = options.fast === true && syncBudget.allows();
  const started = performance.now();
  const fd = sync ? openSync(abs, OPEN_FLAGS) : await openFd(abs, OPEN_FLAGS);
  try {
    const stat = sync ? fstatSync(fd) : await fstatFd(fd);
    if (stat.isDirectory()) throw Object.assign(new Error(`EISDIR: ${abs} is a directory`), { code: 'EISDIR' });
    if (!stat.isFile()) throw Object.assign(new Error(`${abs} is not a regular file`), { code: 'ENOTREG' });
    if (sync && stat.size > SYNC_MAX_BYTES) {
      syncBudget.record(started);
      sync = false;
    }
    // Read up to maxBytes + 1: the extra byte tells whether there is more (the size may have changed since the stat).
    const limit = maxBytes + 1;
    const buffer = Buffer.allocUnsafeSlow(Math.min(limit, stat.size + 1));
    let length = 0;
    while (length < buffer.length) {
      const want = Math.min(CHUNK, buffer.length - length);
      const bytesRead = sync ? readSync(fd, buffer, length, want, length) : (await readFd(fd, buffer, length, want, length)).bytesRead;
      if (bytesRead === 0) break;
      length += bytesRead;
      // A short read that brings us to the size fstat gave is the end of the file: skip the
      // extra read that would return 0 (one syscall of five for a small file).
      if (bytesRead < want && length >= stat.size) break;
    }
    // (A file growing while we read gives a prefix here; its change event makes us read it again.)
    const truncated = length > maxBytes;
    let bytes: Uint8Array = buffer.subarray(0, Math.min(length, maxBytes));
    const hash = createHash('sha256').update(bytes).digest('hex');
    if (truncated) bytes = cutAtUtf8Boundary(bytes);
    return { bytes, size: Math.max(stat.size, length), mtimeMs: stat.mtimeMs, hash, truncated };
  } finally {
    if (sync) {
      closeSync(fd);
      syncBudget.record(started);
    } else {
      await closeFd(fd);
    }
  }
}

/** Drops a multi-byte UTF-8 sequence cut in half at the end of `bytes`, so truncation adds no decoding error. */
export function cutAtUtf8Boundary(bytes: Uint8Array): Uint8Array {
  const n = bytes.length;
  for (let back = 1; back <= Math.min(4, n); back++) {
    const b = bytes[n - back]!;
    if ((b & 0xc0) === 0x80) continue; // continuation byte: keep looking for the lead byte
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return need > back ? bytes.subarray(0, n - back) : bytes;
  }
  return bytes;
}
