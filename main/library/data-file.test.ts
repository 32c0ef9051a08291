import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import lockfile from 'proper-lockfile';
import { afterEach, describe, expect, it } from 'vitest';
import { DataFileBusyError, lockPathOf, STALE_MS, updateDataFile } from './data-file';
import { tempFolder } from './test-support';

let folder: ReturnType<typeof tempFolder> | undefined;
afterEach(() => folder?.cleanup());

const count = (text: string | undefined) => (text ? Number(text) : 0);

describe('updateDataFile', () => {
  it('gives the merge the current file, writes what it returns, and leaves nothing else behind', async () => {
    folder = tempFolder();
    const file = path.join(folder.dir, 'data', 'counter.txt');
    const first = await updateDataFile(file, (current) => ({ text: String(count(current?.text) + 1), result: current?.text ?? null }));
    expect(first).toMatchObject({ result: null, written: true, before: undefined });
    const second = await updateDataFile(file, (current) => ({ text: String(count(current?.text) + 1), result: current?.text }));
    expect(second.result).toBe('1');
    expect(second.stamp).toMatchObject({ size: 1 });
    expect(readFileSync(file, 'utf8')).toBe('2');
    expect(readdirSync(path.dirname(file))).toEqual(['counter.txt']);
  });

  it('writes nothing when the merge returns null or the same text', async () => {
    folder = tempFolder();
    const file = folder.write('same.txt', 'as it was');
    const before = readFileSync(file);
    const mtime = (await import('node:fs')).statSync(file).mtimeMs;
    expect((await updateDataFile(file, () => ({ text: null, result: 1 }))).written).toBe(false);
    expect((await updateDataFile(file, (c) => ({ text: c!.text, result: 2 }))).written).toBe(false);
    expect(readFileSync(file)).toEqual(before);
    expect((await import('node:fs')).statSync(file).mtimeMs).toBe(mtime);
  });

  it('writes nothing when the merge throws, and releases the lock', async () => {
    folder = tempFolder();
    const file = folder.write('refused.txt', 'keep me');
    await expect(updateDataFile(file, () => Promise.reject(new Error('cannot read this')))).rejects.toThrow('cannot read this');
    expect(readFileSync(file, 'utf8')).toBe('keep me');
    expect(existsSync(lockPathOf(file))).toBe(false);
    await updateDataFile(file, () => ({ text: 'next', result: null }));
    expect(readFileSync(file, 'utf8')).toBe('next');
  });

  it('keeps every one of many updates started at once in one process', async () => {
    folder = tempFolder();
    const file = path.join(folder.dir, 'counter.txt');
    await Promise.all(Array.from({ length: 40 }, () => updateDataFile(file, (c) => ({ text: String(count(c?.text) + 1), result: null }))));
    expect(readFileSync(file, 'utf8')).toBe('40');
  });

  it('starts over on the newer file when a program that ignores the lock writes it during the update', async () => {
    folder = tempFolder();
    const file = folder.write('list.txt', 'a');
    let calls = 0;
    await updateDataFile(file, (current) => {
      calls++;
      // The first time, someone else saves the file right after we read it (a sync tool, an editor).
      if (calls === 1) writeFileSync(file, `${current!.text},hand`);
      return { text: `${current!.text},ours`, result: null };
    });
    expect(calls).toBe(2);
    expect(readFileSync(file, 'utf8')).toBe('a,hand,ours');
  });

  it('waits for a lock another holder keeps fresh, then says clearly who holds it and what to do', async () => {
    folder = tempFolder();
    const file = folder.write('tags.json', '{}');
    const release = await lockfile.lock(file, { realpath: false, stale: STALE_MS });
    try {
      const started = Date.now();
      const error = await updateDataFile(file, () => ({ text: 'x', result: null }), { waitMs: 400, label: '.dossier/tags.json' }).catch((e: unknown) => e);
      expect(Date.now() - started).toBeGreaterThanOrEqual(380);
      expect(error).toBeInstanceOf(DataFileBusyError);
      expect((error as Error).message).toMatch(/another program has held its lock \(\.dossier\/tags\.json\.lock\) for more than 0 s.*another Dossier.*delete the folder \.dossier\/tags\.json\.lock/);
      expect(readFileSync(file, 'utf8')).toBe('{}');
    } finally {
      await release();
    }
  });

  it('does not take over a fresh lock whose recorded owner is alive, or whose owner record is of an older lock', async () => {
    folder = tempFolder();
    const file = folder.write('tags.json', '{}');
    const release = await lockfile.lock(file, { realpath: false, stale: STALE_MS });
    try {
      const lock = statSync(lockPathOf(file));
      const owner = (pid: number, ino = lock.ino) => writeFileSync(`${lockPathOf(file)}.owner`, JSON.stringify({ pid, host: os.hostname(), ino, mtimeMs: lock.mtimeMs }));
      owner(process.ppid); // the test runner: alive
      await expect(updateDataFile(file, () => ({ text: 'x', result: null }), { waitMs: 200 })).rejects.toBeInstanceOf(DataFileBusyError);
      owner(2 ** 22 + 12345, lock.ino + 1); // no such process, but the record is of another lock folder
      await expect(updateDataFile(file, () => ({ text: 'x', result: null }), { waitMs: 200 })).rejects.toBeInstanceOf(DataFileBusyError);
      expect(readFileSync(file, 'utf8')).toBe('{}');
    } finally {
      await release();
    }
  });

  it('takes over a lock left by a process that died (its folder is no longer refreshed)', async () => {
    folder = tempFolder();
    const file = folder.write('tags.json', 'old');
    mkdirSync(lockPathOf(file));
    const past = new Date(Date.now() - STALE_MS - 1000);
    utimesSync(lockPathOf(file), past, past);
    const started = Date.now();
    await updateDataFile(file, () => ({ text: 'new', result: null }), { waitMs: 1000 });
    expect(Date.now() - started).toBeLessThan(1000);
    expect(readFileSync(file, 'utf8')).toBe('new');
    expect(existsSync(lockPathOf(file))).toBe(false);
  });

  it('recovers the lock of a process killed with SIGKILL while holding it', async () => {
    folder = tempFolder();
    const file = folder.write('tags.json', 'before');
    const holder = spawn(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'testdata', 'lock-holder.ts'), file], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve, reject) => {
      holder.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('locked') && resolve());
      holder.on('exit', (code) => reject(new Error(`the lock holder exited (${code}) before locking`)));
    });
    const exited = new Promise((resolve) => holder.on('exit', resolve));
    holder.kill('SIGKILL');
    await exited;
    expect(existsSync(lockPathOf(file))).toBe(true); // SIGKILL leaves the lock behind
    const started = Date.now();
    await updateDataFile(file, (c) => ({ text: `${c!.text} after`, result: null }));
    expect(Date.now() - started).toBeLessThan(STALE_MS); // its owner is known to be dead: no need to wait for the lock to go stale
    expect(readFileSync(file, 'utf8')).toBe('before after');
  }, 30_000);
});
