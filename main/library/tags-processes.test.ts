import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempFolder } from './test-support';

let folder: ReturnType<typeof tempFolder> | undefined;
afterEach(() => folder?.cleanup());

const WRITER = path.join(import.meta.dirname, 'testdata', 'tag-writer.ts');

/** Runs the tag writer in its own Node process; resolves with the changes it saw acknowledged. */
function writer(dataDir: string, prefix: string, count: number, ids: string[]): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WRITER, dataDir, prefix, String(count), ...ids], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.on('exit', (code) => (code === 0 ? resolve(out.split('\n').filter(Boolean)) : reject(new Error(`tag writer exited ${code}: ${err}`))));
  });
}

describe('tags.json with several Dossier processes', () => {
  it('keeps every acknowledged change of two processes tagging at once', async () => {
    folder = tempFolder();
    const ids = ['aaaaaaaaaaaaaaaa', 'bbbbbbbbbbbbbbbb', 'cccccccccccccccc'];
    const [one, two] = await Promise.all([writer(folder.dir, 'one', 60, ids), writer(folder.dir, 'two', 60, ids)]);
    const file = JSON.parse(readFileSync(path.join(folder.dir, 'tags.json'), 'utf8')) as { articles: Record<string, string[]> };
    const missing = [...one, ...two].filter((line) => {
      const [id, tag] = line.split(' ');
      return !file.articles[id!]?.includes(tag!);
    });
    expect(one.length + two.length).toBe(120);
    expect(missing).toEqual([]);
  }, 60_000);
});
