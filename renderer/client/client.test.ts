/**
 * Both clients against the real doors' code: the HTTP client against the web door (startServer)
 * and the IPC client against the preload bridge wired to the doors' dispatch, each over the
 * door engineer's in-memory service.
 */
import { describe, it, expect, afterEach } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DossierError } from '../../shared/contract';
import { buildBridge } from '../../main/app/bridge';
import { dispatch, startServer, type RunningServer } from '../../main/server';
import { createMemoryService } from '../../main/server/test-support/memory-service';
import { createHttpClient } from './http';
import { createIpcClient } from './ipc';
import { takeToken, TOKEN_STORAGE_KEY } from './token';
import type { PreloadBridge } from './types';

let running: RunningServer | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

async function serve() {
  const staticDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-ui-'));
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>t</title>');
  const service = createMemoryService();
  running = await startServer({ service, staticDir, libraryName: 'test', port: 0 });
  return { service, server: running };
}

describe('HTTP client', () => {
  it('calls ops with the bearer token and returns their values', async () => {
    const { server } = await serve();
    const client = createHttpClient({ baseUrl: `http://127.0.0.1:${server.port}`, token: server.token });
    const info = await client.libraryInfo({});
    expect(info.articleCount).toBe(1);
    expect(info.root).toBeNull();
    const found = await client.search({ query: 'talks' });
    expect(found.hits[0]?.article.title).toBe('Talks resume');
    const tagged = await client.tagArticles({ ids: ['0123456789abcdef'], add: ['region/china'] });
    expect(tagged.changed).toBe(1);
  });

  it('turns door errors into DossierErrors with their code and message', async () => {
    const { server } = await serve();
    const client = createHttpClient({ baseUrl: `http://127.0.0.1:${server.port}`, token: server.token });
    await expect(client.getArticle({ id: 'ffffffffffffffff' })).rejects.toMatchObject({ code: 'not-found' });
    const error = await client.getArticle({ id: 'not an id' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DossierError);
    expect((error as DossierError).code).toBe('invalid-request');
  });

  it('reports a missing or wrong token as forbidden with a way out', async () => {
    const { server } = await serve();
    const client = createHttpClient({ baseUrl: `http://127.0.0.1:${server.port}`, token: 'wrong' });
    await expect(client.libraryInfo({})).rejects.toMatchObject({ code: 'forbidden', message: expect.stringMatching(/dossier serve/) });
  });

  it('says clearly when the server is gone', async () => {
    const { server } = await serve();
    const client = createHttpClient({ baseUrl: `http://127.0.0.1:${server.port}`, token: server.token });
    await running!.close();
    running = undefined;
    await expect(client.libraryInfo({})).rejects.toThrow(/cannot be reached/);
  });
});

describe('IPC client', () => {
  it('unwraps {ok, value} envelopes and rethrows {ok:false} as DossierError; delivers events', async () => {
    const service = createMemoryService();
    const listeners = new Set<(name: unknown, payload: unknown) => void>();
    service.on('problemsChanged', (p) => listeners.forEach((l) => l('problemsChanged', p)));
    const bridge = buildBridge({
      invoke: (channel, payload) => dispatch(service, channel.replace(/^dossier:/, '') as never, payload, {}),
      subscribe(listener) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    });
    const client = createIpcClient(bridge as unknown as PreloadBridge);
    expect((await client.libraryInfo({})).name).toBe('Memory');
    await expect(client.getArticle({ id: 'ffffffffffffffff' })).rejects.toMatchObject({ code: 'not-found' });

    const seen: number[] = [];
    const off = client.on('problemsChanged', (p) => seen.push(p.count));
    service.emit('problemsChanged', { count: 3 });
    service.emit('problemsChanged', { count: 'bad' } as never);
    off();
    service.emit('problemsChanged', { count: 4 });
    expect(seen).toEqual([3]);
  });
});

describe('takeToken', () => {
  const env = (hash: string, stored: string | null = null) => {
    const storage = new Map<string, string>(stored ? [[TOKEN_STORAGE_KEY, stored]] : []);
    const replaced: string[] = [];
    return {
      replaced,
      storage,
      env: {
        location: { hash, pathname: '/', search: '' },
        history: { replaceState: (_d: unknown, _u: string, url?: string) => void replaced.push(url ?? '') },
        sessionStorage: { getItem: (k: string) => storage.get(k) ?? null, setItem: (k: string, v: string) => void storage.set(k, v) },
      },
    };
  };

  it('reads the token from the fragment once, stores it and strips it from the URL', () => {
    const e = env('#token=abc123');
    expect(takeToken(e.env)).toBe('abc123');
    expect(e.storage.get(TOKEN_STORAGE_KEY)).toBe('abc123');
    expect(e.replaced).toEqual(['/']);
  });

  it('keeps other fragment parts and falls back to the stored token after a reload', () => {
    const e = env('#view=compare&token=t1');
    expect(takeToken(e.env)).toBe('t1');
    expect(e.replaced).toEqual(['/#view=compare']);
    const reload = env('', 'stored');
    expect(takeToken(reload.env)).toBe('stored');
    expect(reload.replaced).toEqual([]);
    expect(takeToken(env('').env)).toBeNull();
  });
});
