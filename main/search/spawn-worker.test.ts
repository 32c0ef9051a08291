/**
 * The development worker cache (an esbuild bundle of index-worker.ts in the temp folder) runs only
 * code this user built: its folder is private and this user's, and the bundle matches the hash
 * recorded when it was built. Each case runs workerEntry() in a child process with its own TMPDIR.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const uid = os.userInfo().uid;
const source = path.join(import.meta.dirname, 'index-worker.ts');
const key = createHash('sha1').update(source).digest('hex').slice(0, 12);
const NOBODY = 65534;
let tmp: string | undefined;

afterEach(async () => {
  if (tmp) await fs.rm(tmp, { recursive: true, force: true });
  tmp = undefined;
});

/** The worker entry chosen by a fresh process whose temp folder is `tmpdir`. */
function entryWith(tmpdir: string): Promise<string> {
  const env: NodeJS.ProcessEnv = { ...process.env, TMPDIR: tmpdir };
  delete env.DOSSIER_INDEX_WORKER;
  delete env.DOSSIER_INDEX_WORKER_TSX;
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'testdata', 'worker-entry.ts')], { env }, (error, stdout, stderr) =>
      error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(fileURLToPath(stdout.trim())),
    );
  });
}

/** Plants a "bundle" in `dir` that the cache would take for a fresh build of index-worker.ts. */
async function plant(dir: string): Promise<string> {
  const bundle = path.join(dir, `${key}.mjs`);
  await fs.writeFile(bundle, '// planted by someone else\nthrow new Error("planted code ran");\n');
  const stat = await fs.stat(source);
  // The record format of the cache before it checked anything: inputs and their stat fingerprint.
  await fs.writeFile(path.join(dir, `${key}.inputs.json`), JSON.stringify({ files: [source], fingerprint: `${source}:${stat.mtimeMs}:${stat.size}` }));
  return bundle;
}

const cacheDir = (tmpdir: string) => path.join(tmpdir, `dossier-index-worker-${uid}`);

describe('the development worker cache', () => {
  it('builds into a private folder of this user, with the bundle verified by its hash', async () => {
    tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'dossier-worker-cache-'));
    const entry = await entryWith(tmp);
    expect(path.dirname(entry)).toBe(cacheDir(tmp));
    const dir = await fs.stat(cacheDir(tmp));
    expect(dir.uid).toBe(uid);
    expect(dir.mode & 0o777).toBe(0o700);
    expect(await fs.readFile(entry, 'utf8')).toContain('main/search/index-worker.ts');
    expect(await entryWith(tmp)).toBe(entry); // reused while the sources are unchanged
  });

  it('does not run a bundle changed after it was built: it builds it again', async () => {
    tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'dossier-worker-cache-'));
    const entry = await entryWith(tmp);
    const built = await fs.readFile(entry, 'utf8');
    await fs.writeFile(entry, 'throw new Error("tampered");\n');
    const again = await entryWith(tmp);
    expect(await fs.readFile(again, 'utf8')).toBe(built);
  });

  it('does not run what it finds in a cache folder others could write', async () => {
    tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'dossier-worker-cache-'));
    await fs.mkdir(cacheDir(tmp));
    await fs.chmod(cacheDir(tmp), 0o777);
    await plant(cacheDir(tmp));
    const entry = await entryWith(tmp);
    // The folder was made private and emptied; the bundle is a fresh build.
    expect((await fs.stat(cacheDir(tmp))).mode & 0o777).toBe(0o700);
    const code = await fs.readFile(entry, 'utf8');
    expect(code).not.toContain('planted');
    expect(code).toContain('main/search/index-worker.ts');
  });

  it.skipIf(uid !== 0)('does not run what it finds in a cache folder of another user (runs as root here)', async () => {
    tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'dossier-worker-cache-'));
    await fs.mkdir(cacheDir(tmp), { mode: 0o700 });
    const planted = await plant(cacheDir(tmp));
    await fs.chown(planted, NOBODY, NOBODY);
    await fs.chown(cacheDir(tmp), NOBODY, NOBODY);
    const entry = await entryWith(tmp);
    expect(entry).not.toBe(planted);
    expect(path.dirname(entry)).not.toBe(cacheDir(tmp));
    expect(await fs.readFile(entry, 'utf8')).not.toContain('planted');
  });
});
