import { afterEach, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readFileBounded, SYNC_MAX_BYTES, SyncReadBudget } from './read-file';
import { tempFolder } from './test-support';

let folder: ReturnType<typeof tempFolder>;
afterEach(() => folder?.cleanup());

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('readFileBounded', () => {
  it('reads the same bytes, size and hash on the fast path as on the async one', async () => {
    folder = tempFolder();
    const small = path.join(folder.dir, 'small.txt');
    const large = path.join(folder.dir, 'large.txt');
    writeFileSync(small, 'Título\n\nUn párrafo con acentos.\n');
    writeFileSync(large, 'x'.repeat(SYNC_MAX_BYTES + 10)); // over the fast path's size: read async either way
    for (const file of [small, large]) {
      const slow = await readFileBounded(file, 1e9);
      const fast = await readFileBounded(file, 1e9, { fast: true });
      expect(Buffer.from(fast.bytes).equals(Buffer.from(slow.bytes))).toBe(true);
      expect({ size: fast.size, hash: fast.hash, truncated: fast.truncated }).toEqual({ size: slow.size, hash: slow.hash, truncated: false });
      expect(fast.hash).toBe(sha256(slow.bytes));
    }
  });

  it('cuts a file over the limit at a character boundary, fast path asked for or not', async () => {
    folder = tempFolder();
    const file = path.join(folder.dir, 'accents.txt');
    writeFileSync(file, 'aé'.repeat(100)); // 300 bytes; byte 11 is inside an é
    for (const fast of [false, true]) {
      const read = await readFileBounded(file, 11, { fast });
      expect(read.truncated).toBe(true);
      expect(read.size).toBe(300);
      expect(Buffer.from(read.bytes).toString('utf8')).toBe('aéaéaéa');
    }
  });

  it('rejects folders, pipes and missing files with their codes on the fast path too', async () => {
    folder = tempFolder();
    const dir = path.join(folder.dir, 'sub.txt');
    mkdirSync(dir);
    await expect(readFileBounded(dir, 1000, { fast: true })).rejects.toMatchObject({ code: 'EISDIR' });
    await expect(readFileBounded(path.join(folder.dir, 'gone.txt'), 1000, { fast: true })).rejects.toMatchObject({ code: 'ENOENT' });
    const fifo = path.join(folder.dir, 'pipe.txt');
    execFileSync('mkfifo', [fifo]);
    // Opened non-blocking, so this returns at once instead of waiting for a writer.
    await expect(readFileBounded(fifo, 1000, { fast: true })).rejects.toMatchObject({ code: 'ENOTREG' });
  });
});

describe('SyncReadBudget', () => {
  it('turns the fast path off when slow synchronous reads add up past the budget within a window, then back on', () => {
    let now = 0;
    const budget = new SyncReadBudget(50, 1000, 10_000, 2, () => now);
    const read = (ms: number) => {
      const started = now;
      now += ms;
      budget.record(started);
    };
    for (let i = 0; i < 400; i++) read(1.5); // 600 ms of page-cache reads on a busy machine: never counted
    expect(budget.allows()).toBe(true);
    for (let i = 0; i < 20; i++) read(2); // 40 ms of slow reads: within the budget
    expect(budget.allows()).toBe(true);
    now += 1000; // a new window starts from zero
    for (let i = 0; i < 22; i++) read(2);
    expect(budget.allows()).toBe(true);
    read(8); // 52 ms of slow reads within this window
    expect(budget.allows()).toBe(false);
    now += 9_000;
    expect(budget.allows()).toBe(false);
    now += 1_000;
    expect(budget.allows()).toBe(true);
    read(60); // one read longer than the whole budget trips it at once
    expect(budget.allows()).toBe(false);
  });
});
