import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensureSampleLibraryCopy } from './sample-library';

describe('sample library copy', () => {
  it('copies once into a writable folder, skipping .dossier, and never touches the bundle', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'dossier-sample-'));
    try {
      const bundled = path.join(dir, 'resources', 'sample-library');
      await fs.mkdir(path.join(bundled, 'world'), { recursive: true });
      await fs.mkdir(path.join(bundled, '.dossier'), { recursive: true });
      await fs.writeFile(path.join(bundled, 'world', 'a.txt'), 'An article');
      await fs.writeFile(path.join(bundled, '.dossier', 'manifest.json'), '{}');
      await fs.chmod(path.join(bundled, 'world', 'a.txt'), 0o444);
      const target = path.join(dir, 'user', 'Sample Library');

      expect(await ensureSampleLibraryCopy(bundled, target)).toBe(true);
      expect(await fs.readFile(path.join(target, 'world', 'a.txt'), 'utf8')).toBe('An article');
      await fs.writeFile(path.join(target, 'world', 'a.txt'), 'edited by the user');
      await expect(fs.stat(path.join(target, '.dossier'))).rejects.toThrow();

      // Second run: the user's copy is kept as it is.
      expect(await ensureSampleLibraryCopy(bundled, target)).toBe(false);
      expect(await fs.readFile(path.join(target, 'world', 'a.txt'), 'utf8')).toBe('edited by the user');
      expect(await fs.readFile(path.join(bundled, 'world', 'a.txt'), 'utf8')).toBe('An article');
      expect((await fs.readdir(path.join(dir, 'user'))).sort()).toEqual(['Sample Library']);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });

  it('says clearly when the bundled library is missing', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'dossier-sample-'));
    try {
      await expect(ensureSampleLibraryCopy(path.join(dir, 'nope'), path.join(dir, 'copy'))).rejects.toThrow(/bundled sample library is missing/);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});
