import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { modifiedSince, readWithStamp, stableJson, writeFileAtomic } from './atomic-write';
import { tempFolder } from './test-support';

let folder: ReturnType<typeof tempFolder>;
afterEach(() => folder?.cleanup());

describe('writeFileAtomic', () => {
  it('writes the file and leaves no temporary file behind', async () => {
    folder = tempFolder();
    const file = path.join(folder.dir, 'data.json');
    await writeFileAtomic(file, '{"a":1}\n');
    await writeFileAtomic(file, '{"a":2}\n');
    expect(readFileSync(file, 'utf8')).toBe('{"a":2}\n');
    expect(readdirSync(folder.dir)).toEqual(['data.json']);
  });

  it('never lets a reader see a half-written file', async () => {
    folder = tempFolder();
    const file = path.join(folder.dir, 'big.txt');
    const size = 4 * 1024 * 1024;
    const versions = ['a', 'b', 'c', 'd'].map((ch) => ch.repeat(size));
    await writeFileAtomic(file, versions[0]!);
    let writing = true;
    const seen = new Set<string>();
    const reader = (async () => {
      while (writing) {
        const text = await fs.readFile(file, 'utf8');
        expect(text.length).toBe(size);
        expect(versions).toContain(text);
        seen.add(text[0]!);
      }
    })();
    for (let i = 1; i < 12; i++) await writeFileAtomic(file, versions[i % versions.length]!);
    writing = false;
    await reader;
    expect(seen.size).toBeGreaterThan(0);
    expect(readdirSync(folder.dir)).toEqual(['big.txt']);
  });

  it('removes its temporary file and keeps the target when the rename fails', async () => {
    folder = tempFolder();
    const target = path.join(folder.dir, 'taken');
    mkdirSync(target);
    writeFileSync(path.join(target, 'inside.txt'), 'keep me');
    await expect(writeFileAtomic(target, 'new content')).rejects.toThrow();
    expect(readdirSync(folder.dir)).toEqual(['taken']);
    expect(readFileSync(path.join(target, 'inside.txt'), 'utf8')).toBe('keep me');
  });
});

describe('modified-since check', () => {
  it('counts a file rewritten since it was read as modified', async () => {
    folder = tempFolder();
    const file = folder.write('tags.json', 'original');
    const read = (await readWithStamp(file))!;
    expect(await modifiedSince(file, read.stamp)).toBe(false);
    writeFileSync(file, 'edited by hand');
    expect(await modifiedSince(file, read.stamp)).toBe(true);
  });

  it('does not count a touched but unchanged file as modified', async () => {
    folder = tempFolder();
    const file = folder.write('tags.json', 'same');
    const read = (await readWithStamp(file))!;
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    expect(await modifiedSince(file, read.stamp)).toBe(false);
  });

  it('counts a file created or deleted since as modified', async () => {
    folder = tempFolder();
    const file = path.join(folder.dir, 'tags.json');
    expect(await modifiedSince(file, null)).toBe(false);
    writeFileSync(file, 'appeared');
    expect(await modifiedSince(file, null)).toBe(true);
    const read = (await readWithStamp(file))!;
    await fs.rm(file);
    expect(await modifiedSince(file, read.stamp)).toBe(true);
  });
});

describe('stableJson', () => {
  it('sorts keys at every level, format/version/id first, and ends with a newline', () => {
    const a = stableJson({ zeta: 1, version: 2, format: 'x', alpha: { b: [{ y: 1, id: 'i', x: 2 }], a: null } });
    expect(a).toBe(stableJson({ alpha: { a: null, b: [{ x: 2, id: 'i', y: 1 }] }, format: 'x', zeta: 1, version: 2 }));
    expect(Object.keys(JSON.parse(a))).toEqual(['format', 'version', 'alpha', 'zeta']);
    expect(Object.keys(JSON.parse(a).alpha.b[0])).toEqual(['id', 'x', 'y']);
    expect(a.endsWith('}\n')).toBe(true);
    expect(a).toContain('\n  "alpha": {\n');
  });
});
