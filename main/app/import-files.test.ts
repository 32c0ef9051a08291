import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMemoryService } from '../server/test-support/memory-service';
import { importChosenFiles } from './import-files';

describe('File > Import Files…', () => {
  it('sends the chosen files by name and content, and reports what it skipped', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'dossier-import-'));
    try {
      await fs.writeFile(path.join(dir, 'story.txt'), 'A story');
      await fs.mkdir(path.join(dir, 'folder'));
      const service = createMemoryService();
      const { result, skipped } = await importChosenFiles(service, [path.join(dir, 'story.txt'), path.join(dir, 'folder'), path.join(dir, 'gone.txt')]);
      expect(result).toEqual({ ok: true, value: { imported: [{ name: 'story.txt', path: 'imported/story.txt' }], problems: [] } });
      expect(service.calls[0]).toEqual({ op: 'importFiles', request: { files: [{ name: 'story.txt', base64: Buffer.from('A story').toString('base64') }] } });
      expect(skipped).toHaveLength(2);
      expect(skipped[0]).toMatch(/folder: not a file/);
      expect(skipped[1]).toMatch(/gone\.txt/);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});
