import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerAppRequest } from './app-protocol';

let dir: string;
let staticDir: string;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'dossier-app-protocol-'));
  staticDir = path.join(dir, 'renderer');
  await fs.mkdir(path.join(staticDir, 'assets'), { recursive: true });
  await fs.writeFile(path.join(staticDir, 'index.html'), '<!doctype html><title>Dossier</title>');
  await fs.writeFile(path.join(staticDir, 'assets', 'index-abc.js'), 'export {}');
  await fs.writeFile(path.join(dir, 'secret.txt'), 'TOP SECRET');
  await fs.symlink(path.join(dir, 'secret.txt'), path.join(staticDir, 'assets', 'escape.txt'));
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

describe('app:// protocol', () => {
  it('serves the renderer with a strict CSP and content types', async () => {
    const index = await answerAppRequest(staticDir, 'app://dossier/index.html');
    expect(index.status).toBe(200);
    expect(index.headers['Content-Type']).toBe('text/html; charset=utf-8');
    const csp = index.headers['Content-Security-Policy']!;
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    expect(csp).toContain("object-src 'none'");
    expect(index.headers['X-Content-Type-Options']).toBe('nosniff');
    const js = await answerAppRequest(staticDir, 'app://dossier/assets/index-abc.js');
    expect(js.headers['Content-Type']).toBe('text/javascript; charset=utf-8');
    expect((await answerAppRequest(staticDir, 'app://dossier/')).body.toString()).toContain('<title>Dossier</title>');
  });

  const refused = [
    'app://dossier/../secret.txt',
    'app://dossier/%2e%2e/secret.txt',
    'app://dossier/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    'app://dossier/..%5csecret.txt',
    'app://dossier/assets/escape.txt',
    'app://dossier/%00',
    'app://other/index.html',
    'file:///etc/passwd',
    'app://dossier/assets/missing.js',
  ];
  for (const url of refused) {
    it(`refuses ${url} with CSP still set`, async () => {
      const answer = await answerAppRequest(staticDir, url);
      expect(answer.status).toBeGreaterThanOrEqual(400);
      expect(answer.body.toString()).not.toContain('TOP SECRET');
      expect(answer.headers['Content-Security-Policy']).toBeDefined();
    });
  }

  it('refuses methods other than GET/HEAD', async () => {
    expect((await answerAppRequest(staticDir, 'app://dossier/index.html', 'POST')).status).toBe(405);
  });
});
