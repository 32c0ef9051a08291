import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, spawnCli } from '../server/test-support/spawn-cli';
import { progressLines, serveLibrary } from './serve';

const repo = path.resolve(__dirname, '..', '..');
let dir: string;
let library: string;
let ui: string;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'dossier-serve-'));
  library = path.join(dir, 'library');
  await fs.cp(path.join(repo, 'resources', 'sample-library'), library, { recursive: true, filter: (src) => path.basename(src) !== '.dossier' });
  ui = path.join(dir, 'ui');
  await fs.mkdir(ui);
  await fs.writeFile(path.join(ui, 'index.html'), '<!doctype html><title>Dossier UI</title>');
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd: repo }, (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }));
  });
}

describe('dossier serve: errors', () => {
  it('a missing folder: message on stderr, non-zero exit', async () => {
    const result = await run(['serve', path.join(dir, 'nope')]);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('no such folder');
    expect(result.stdout).toBe('');
  });
  it('usage errors exit 2', async () => {
    expect((await run(['serve'])).code).toBe(2);
    const badPort = await run(['serve', library, '--port', 'abc']);
    expect(badPort.code).toBe(2);
    expect(badPort.stderr).toContain('--port');
  });
});

describe('progress lines', () => {
  it('prints phase changes and ready, not every step', () => {
    const lines: string[] = [];
    const report = progressLines((l) => lines.push(l), 60_000);
    report({ phase: 'scanning', done: 0, total: 0, current: null, message: null });
    report({ phase: 'scanning', done: 0, total: 0, current: null, message: null });
    for (let i = 1; i < 50; i++) report({ phase: 'reading', done: i, total: 100, current: `a${i}.txt`, message: null });
    report({ phase: 'reading', done: 100, total: 100, current: null, message: null });
    report({ phase: 'ready', done: 100, total: 100, current: null, message: null });
    report({ phase: 'ready', done: 100, total: 100, current: null, message: null });
    expect(lines).toEqual(['scanning', 'reading 1/100', 'reading 100/100', 'Index ready.']);
  });
});

describe('dossier serve with the real service', () => {
  it('serves the library through the web door, root hidden, search working', async () => {
    const lines: string[] = [];
    const serving = await serveLibrary({ root: library, port: 0, staticDir: ui, say: (l) => lines.push(l) });
    try {
      const api = async (op: string, body: unknown) => {
        const res = await fetch(`http://127.0.0.1:${serving.server.port}/api/${op}`, {
          method: 'POST',
          headers: { authorization: `Bearer ${serving.server.token}`, 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
        return { status: res.status, body: (await res.json()) as any };
      };
      const page = await fetch(`http://127.0.0.1:${serving.server.port}/`);
      expect(await page.text()).toContain('Dossier UI');
      await (serving.service as unknown as { ready?: () => Promise<void> }).ready?.();
      const info = await api('libraryInfo', {});
      expect(info.status).toBe(200);
      expect(info.body.root).toBeNull();
      expect(info.body.articleCount).toBeGreaterThan(0);
      const search = await api('search', { query: 'China' });
      expect(search.status).toBe(200);
      expect(search.body.total).toBeGreaterThan(0);
      expect((await api('search', { query: 42 })).status).toBe(400);
      expect((await api('openLibrary', { path: '/' })).status).toBe(403);
    } finally {
      await serving.stop();
    }
    expect(lines.some((l) => l.startsWith('Index ready'))).toBe(true);
  });

  it('prints the address, answers, and stops cleanly on SIGINT', async () => {
    const cli = spawnCli(['serve', library, '--port', '0'], { DOSSIER_UI_DIR: ui });
    try {
      const url = await cli.url;
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=/);
      const res = await fetch(url.split('#')[0]!);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
      cli.child.kill('SIGINT');
      const { code } = await cli.exit;
      expect(code).toBe(0);
      expect(cli.stderr()).toContain('Stopped.');
    } finally {
      cli.child.kill('SIGKILL');
    }
  });
});
