import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { withDataFileLock } from '../library/data-file';
import { TimelineFileError, TimelineStore } from './store';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => fs.rm(d, { recursive: true, force: true })));
});

async function storeWithFile(): Promise<{ store: TimelineStore; file: string; full: string }> {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'dossier-store-'));
  dirs.push(dataDir);
  const store = new TimelineStore(dataDir);
  const at = '2024-05-01T10:00:00.000Z';
  await store.create('Harbour', (id) => ({ id, name: 'Harbour', description: '', events: [], rejected: [], pending: [], formatVersion: 2, createdAt: at, updatedAt: at, version: 1 }));
  const file = path.join(dataDir, 'timelines', 'harbour.json');
  return { store, file, full: await fs.readFile(file, 'utf8') };
}

describe('TimelineStore.load', () => {
  it('waits for someone editing the file in place under its lock instead of reading it half-written', async () => {
    const { store, file, full } = await storeWithFile();
    let loading: Promise<unknown> | undefined;
    await withDataFileLock(file, async () => {
      await fs.writeFile(file, full.slice(0, 40)); // a script half-way through writing, as an editor might
      loading = store.load('harbour');
      await new Promise((resolve) => setTimeout(resolve, 50)); // the reader is now waiting for the lock
      await fs.writeFile(file, full.replace('"Harbour"', '"Harbour works"'));
    });
    await expect(loading).resolves.toMatchObject({ timeline: { name: 'Harbour works' } });
  });

  it('still says a file that stays broken is broken', async () => {
    const { store, file } = await storeWithFile();
    await fs.writeFile(file, '{"id": "harbour", ');
    await expect(store.load('harbour')).rejects.toBeInstanceOf(TimelineFileError);
  });
});
