/**
 * Only main/app imports electron, and within it only the two entry points (index.ts, preload.ts):
 * every other module is plain Node and tested here without electron.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const repo = path.resolve(__dirname, '..', '..');
const runtimeElectronImport = /^\s*import\s+(?!type\b)[^;]*from\s+['"]electron(\/[^'"]*)?['"]|require\(\s*['"]electron['"]\s*\)|import\(\s*['"]electron['"]\s*\)/m;

async function sources(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await fs.readdir(dir, { withFileTypes: true }).catch(() => [])) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await sources(full)));
    else if (/\.(ts|tsx|mts|mjs|js)$/.test(entry.name)) out.push(full);
  }
  return out;
}

describe('electron boundary', () => {
  it('no module outside main/app/index.ts and main/app/preload.ts imports electron at run time', async () => {
    const files = [...(await sources(path.join(repo, 'main'))), ...(await sources(path.join(repo, 'shared'))), ...(await sources(path.join(repo, 'renderer')))];
    const offenders: string[] = [];
    for (const file of files) {
      const rel = path.relative(repo, file).split(path.sep).join('/');
      if (rel === 'main/app/index.ts' || rel === 'main/app/preload.ts' || rel.endsWith('.test.ts')) continue;
      if (runtimeElectronImport.test(await fs.readFile(file, 'utf8'))) offenders.push(rel);
    }
    expect(offenders).toEqual([]);
  });
});
