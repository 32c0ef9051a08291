import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledWorkerEnv } from './workers';

describe('bundled worker locations', () => {
  it('points the services at the worker files beside the bundled main', async () => {
    const mainDir = await fs.mkdtemp(path.join(os.tmpdir(), 'dossier-workers-'));
    try {
      expect(bundledWorkerEnv(path.join(mainDir, 'missing'))).toEqual({});
      expect(bundledWorkerEnv(mainDir)).toEqual({ DOSSIER_WORKER_DIR: mainDir });
      await fs.writeFile(path.join(mainDir, 'index-worker.js'), '');
      expect(bundledWorkerEnv(mainDir)).toEqual({
        DOSSIER_WORKER_DIR: mainDir,
        DOSSIER_INDEX_WORKER: path.join(mainDir, 'index-worker.js'),
      });
    } finally {
      await fs.rm(mainDir, { recursive: true, force: true });
    }
  });
});
