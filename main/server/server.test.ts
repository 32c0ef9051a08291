import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { opNames, type OpName } from '../../shared/contract';
import { startServer, type RunningServer } from './server';
import { createMemoryService, type MemoryService } from './test-support/memory-service';
import { rawRequest } from './test-support/http-client';

let dir: string;
let staticDir: string;
let server: RunningServer;
let service: MemoryService;
const logs: string[] = [];

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'dossier-server-'));
  staticDir = path.join(dir, 'renderer');
  await fs.mkdir(path.join(staticDir, 'assets'), { recursive: true });
  await fs.writeFile(path.join(staticDir, 'index.html'), '<!doctype html><title>Dossier</title><script type="module" src="/assets/app.js"></script>');
  await fs.writeFile(path.join(staticDir, 'assets', 'app.js'), 'console.log("app")');
  await fs.writeFile(path.join(staticDir, 'assets', 'app.css'), 'body{}');
  await fs.writeFile(path.join(staticDir, '.env'), 'SECRET=1');
  await fs.writeFile(path.join(dir, 'secret.txt'), 'TOP SECRET');
  await fs.symlink(path.join(dir, 'secret.txt'), path.join(staticDir, 'assets', 'link.txt'));
  service = createMemoryService();
  server = await startServer({ service, staticDir, libraryName: 'Memory', log: (l) => logs.push(l) });
});

afterAll(async () => {
  await server?.close();
  await fs.rm(dir, { recursive: true, force: true });
});

const api = (op: string, body: unknown, headers: Record<string, string | undefined> = {}) =>
  rawRequest(server.port, {
    method: 'POST',
    path: `/api/${op}`,
    headers: { authorization: `Bearer ${server.token}`, 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

describe('web door: address and token', () => {
  it('listens on loopback and prints the token only in the fragment', () => {
    expect(server.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${server.port}/#token=[A-Za-z0-9_-]{43}$`));
    expect(Buffer.from(server.token, 'base64url')).toHaveLength(32);
    expect(logs.join('\n')).not.toContain(server.token);
  });

  it('each server gets a fresh token', async () => {
    const other = await startServer({ service: createMemoryService(), staticDir, libraryName: 'x' });
    try {
      expect(other.token).not.toBe(server.token);
      expect((await rawRequest(other.port, { method: 'POST', path: '/api/libraryInfo', headers: { authorization: `Bearer ${server.token}` } })).status).toBe(401);
    } finally {
      await other.close();
    }
  });
});

describe('web door: refusals happen before the service is touched', () => {
  const cases: Array<{ name: string; path?: string; method?: string; headers: Record<string, string | undefined>; status: number }> = [
    { name: 'no token', headers: { authorization: undefined }, status: 401 },
    { name: 'wrong token', headers: { authorization: 'Bearer wrong' }, status: 401 },
    { name: 'token of wrong length', headers: { authorization: 'Bearer ' + 'a'.repeat(500) }, status: 401 },
    { name: 'token as a query parameter on an op route', path: '/api/search?token=TOKEN', headers: { authorization: undefined }, status: 401 },
    { name: 'basic auth', headers: { authorization: 'Basic dXNlcjpwYXNz' }, status: 401 },
    { name: 'foreign Host (DNS rebinding)', headers: { host: 'evil.example:PORT' }, status: 421 },
    { name: 'Host with another port', headers: { host: '127.0.0.1:1' }, status: 421 },
    { name: 'foreign Origin', headers: { origin: 'http://evil.example' }, status: 403 },
    { name: 'null Origin', headers: { origin: 'null' }, status: 403 },
    { name: 'Origin with another port', headers: { origin: 'http://127.0.0.1:1' }, status: 403 },
    { name: 'cross-site fetch metadata', headers: { 'sec-fetch-site': 'cross-site' }, status: 403 },
  ];
  for (const c of cases) {
    it(`${c.name} -> ${c.status}`, async () => {
      const before = service.calls.length;
      const headers: Record<string, string | undefined> = { authorization: `Bearer ${server.token}`, 'content-type': 'application/json' };
      for (const [k, v] of Object.entries(c.headers)) headers[k] = v?.replace('PORT', String(server.port));
      const res = await rawRequest(server.port, {
        method: c.method ?? 'POST',
        path: (c.path ?? '/api/search').replace('TOKEN', server.token),
        headers,
        body: JSON.stringify({ query: 'talks' }),
      });
      expect(res.status).toBe(c.status);
      expect(res.json().code).toBe('forbidden');
      expect(res.headers['access-control-allow-origin']).toBeUndefined();
      expect(service.calls.length).toBe(before);
    });
  }

  it('a request without Host is refused (by node:http itself, 400)', async () => {
    const before = service.calls.length;
    const res = await rawRequest(server.port, { method: 'POST', path: '/api/search', headers: { host: undefined, authorization: `Bearer ${server.token}` }, body: '{"query":"x"}' });
    expect(res.status).toBe(400);
    expect(service.calls.length).toBe(before);
  });

  it('accepts localhost:PORT as Host and its own origin', async () => {
    const res = await api('libraryInfo', {}, { host: `localhost:${server.port}`, origin: `http://localhost:${server.port}`, 'sec-fetch-site': 'same-origin' });
    expect(res.status).toBe(200);
  });
});

describe('web door: operations', () => {
  it('answers an op with its JSON result and no CORS header', async () => {
    const res = await api('search', { query: 'talks' });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
    expect(res.headers['cache-control']).toBe('no-store');
    const body = res.json();
    expect(body.total).toBe(1);
    expect(body.hits[0].article.title).toBe('Talks resume');
  });

  it('applies the schema defaults before calling the service', async () => {
    await api('search', { query: 'x' });
    expect(service.calls.at(-1)).toEqual({ op: 'search', request: { query: 'x', sort: 'relevance', offset: 0, limit: 50 } });
  });

  it('treats an empty body as {}', async () => {
    const res = await api('indexStatus', '');
    expect(res.status).toBe(200);
    expect(res.json().phase).toBe('ready');
  });

  it('never sends the absolute library root to the browser', async () => {
    const res = await api('libraryInfo', {});
    expect(res.json()).toMatchObject({ name: 'Memory', root: null });
    expect(res.body).not.toContain('/tmp/memory-library');
  });

  it('refuses openLibrary with 403 without calling the service', async () => {
    const res = await api('openLibrary', { path: '/etc' });
    expect(res.status).toBe(403);
    expect(res.json().code).toBe('forbidden');
    expect(service.calls.some((c) => c.op === 'openLibrary')).toBe(false);
  });

  it('refuses openOriginal (a page must not open files in other programs) and hands the original over instead', async () => {
    const res = await api('openOriginal', { id: '0123456789abcdef' });
    expect(res.status).toBe(403);
    expect(service.calls.some((c) => c.op === 'openOriginal')).toBe(false);
    const original = await api('getOriginal', { id: '0123456789abcdef' });
    expect(original.status).toBe(200);
    expect(original.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(original.headers['x-content-type-options']).toBe('nosniff');
    expect(Buffer.from(original.json().base64, 'base64').toString()).toBe('Talks resumed on Monday.');
  });

  it('answers unknown ops with 404', async () => {
    for (const op of ['nope', 'constructor', '__proto__', 'toString', 'on', 'close', '%E0%A4%A']) {
      const res = await api(op, {});
      expect(res.status, op).toBe(404);
      expect(res.json().code).toBe('not-found');
    }
    expect(service.closed).toBe(false);
  });

  it('requires POST for ops', async () => {
    const res = await rawRequest(server.port, { method: 'GET', path: '/api/libraryInfo', headers: { authorization: `Bearer ${server.token}` } });
    expect(res.status).toBe(405);
  });

  it('refuses non-JSON content types', async () => {
    const res = await api('libraryInfo', 'a=1', { 'content-type': 'application/x-www-form-urlencoded' });
    expect(res.status).toBe(415);
  });

  it('maps DossierError codes to statuses', async () => {
    const res = await api('getArticle', { id: 'aaaaaaaaaaaaaaaa' });
    expect(res.status).toBe(404);
    expect(res.json()).toEqual({ code: 'not-found', message: 'no article aaaaaaaaaaaaaaaa' });
  });

  it('hides internal errors: 500 with no stack or path', async () => {
    const res = await api('search', { query: 'explode' });
    expect(res.status).toBe(500);
    expect(res.json().code).toBe('internal');
    expect(res.body).not.toContain('/secret/path');
    expect(res.body).not.toContain('at ');
    expect(logs.join('\n')).toContain('/secret/path');
  });

  it('rejects malformed JSON with a typed 400', async () => {
    for (const body of ['{', '{"query":', 'nul', '\u0000', '{"a":1}}']) {
      const res = await api('search', body);
      expect(res.status, body).toBe(400);
      expect(res.json().code).toBe('invalid-request');
      expect(res.json().message).toMatch(/malformed JSON/);
    }
  });

  it('limits body size (413) and keeps serving', async () => {
    const res = await api('search', JSON.stringify({ query: 'x'.repeat(5 * 1024 * 1024) }));
    expect(res.status).toBe(413);
    expect((await api('libraryInfo', {})).status).toBe(200);
  });

  it('allows large bodies for importFiles only', async () => {
    const base64 = Buffer.alloc(6 * 1024 * 1024, 1).toString('base64');
    const res = await api('importFiles', { files: [{ name: 'big.txt', base64 }] });
    expect(res.status).toBe(200);
    expect(res.json().imported).toEqual([{ name: 'big.txt', path: 'imported/big.txt' }]);
  });
});

/** Payloads every op must refuse: not an object at all. */
const notObjects: unknown[] = [null, [], 'text', 42, true];
/** Per-op payloads that break the schema (objects with wrong fields). */
const invalidPayloads: Record<OpName, unknown[]> = {
  openLibrary: [{}],
  libraryInfo: [],
  listArticles: [{ sort: 'random' }, { offset: -1 }, { limit: 0 }, { limit: 1001 }, { limit: 1.5 }],
  getArticle: [{}, { id: '../../etc/passwd' }, { id: 'ABCDEF0123456789' }, { id: 42 }],
  getAnalysis: [{}, { id: '/etc/passwd' }],
  getOriginal: [{}, { id: '../../etc/passwd' }, { id: '/etc/passwd' }],
  openOriginal: [{}, { id: '../../etc/passwd' }],
  search: [{}, { query: 42 }, { query: 'x'.repeat(2001) }, { query: 'x', sort: 'up' }, { query: 'x', limit: 5000 }],
  suggest: [{}, { prefix: 'x', limit: 51 }],
  problems: [],
  indexStatus: [],
  listTags: [],
  tagArticles: [{}, { ids: [] }, { ids: ['0123456789abcdef'], add: ['a//b'] }, { ids: ['0123456789abcdef'], add: [' '] }, { ids: ['nope'] }],
  renameTag: [{}, { from: 'a', to: '/b' }],
  mergeTags: [{ from: [], into: 'a' }, { from: ['a'] }],
  setTagColor: [{ name: 'a', color: 'red' }, { name: 'a' }],
  undoTagChange: [{ changeId: 5 }],
  importFiles: [{}, { files: [] }, { files: [{ name: '', base64: '' }] }, { files: [{ name: 'x'.repeat(256), base64: '' }] }],
  listTimelines: [],
  getTimeline: [{}, { id: '' }, { id: 7 }],
  createTimeline: [{}, { name: '   ' }, { name: 'x'.repeat(201) }],
  renameTimeline: [{ id: 't' }, { id: 't', name: '' }],
  deleteTimeline: [{}, { id: '' }],
  candidatesForArticle: [{}, { articleId: '../etc/passwd' }],
  candidatesForQuery: [{ query: 5 }, { ids: ['nope'] }, { limit: 0 }],
  addEvents: [{ timelineId: 't' }, { timelineId: 't', events: [] }, { timelineId: 't', events: [{ title: 'x' }] }],
  rejectCandidates: [{ timelineId: 't', keys: [] }],
  updateEvent: [{ timelineId: 't' }, { timelineId: 't', eventId: 'e', patch: { title: '' } }],
  deleteEvents: [{ timelineId: 't', eventIds: [] }],
  mergeEvents: [{ timelineId: 't', eventIds: ['one'] }],
  splitEvent: [{ timelineId: 't' }, { timelineId: 't', eventId: 'e', sourceIndexes: [-1] }],
  proposeEvent: [{ articleId: '0123456789abcdef', start: -1, end: 3 }, { articleId: 'x', start: 0, end: 1 }],
  exportTimeline: [{ id: 't', format: 'pdf' }, { format: 'csv' }],
  importCsv: [{}, { content: 42 }],
  undoTimelineChange: [{ changeId: 5 }],
  activity: [{ limit: 0 }, { limit: 501 }, { before: 5 }],
  setPendingReview: [{ timelineId: 't' }, { timelineId: 't', query: '  ' }, { timelineId: 't', query: 'x', candidates: -1 }],
  duplicates: [{ ids: ['nope'] }, { ids: 'x' }],
  getArticleMetadata: [{}, { id: '../x' }],
  setArticleMetadata: [{ id: '0123456789abcdef', set: { title: '' } }, { id: '0123456789abcdef', set: { publishedAt: { value: '2023-02-30' } } }, { id: '0123456789abcdef', set: { url: 'javascript:alert(1)' } }, { id: '0123456789abcdef', clear: ['body'] }],
  undoMetadataChange: [{ changeId: 5 }],
  getNotes: [{}, { articleId: 'x' }],
  listNotes: [{ limit: 0 }, { offset: -1 }],
  addHighlight: [{ articleId: '0123456789abcdef', start: -1, end: 2 }, { articleId: '0123456789abcdef', start: 0, end: 2, color: 'red' }],
  updateHighlight: [{ articleId: '0123456789abcdef', highlightId: 'BAD ID' }],
  deleteHighlight: [{ articleId: '0123456789abcdef' }],
  setArticleNote: [{ articleId: '0123456789abcdef' }, { articleId: '0123456789abcdef', note: 'x'.repeat(100_001) }],
  undoNoteChange: [{ changeId: 5 }],
  listSavedSearches: [{ counts: 'yes' }],
  saveSearch: [{}, { name: 'x' }, { name: ' ', query: 'x' }, { name: 'x', query: '' }, { name: 'x', query: 'y', sort: 'up' }],
  updateSavedSearch: [{}, { id: '../x' }, { id: 'a1', name: '' }],
  deleteSavedSearch: [{}, { id: 'a b' }],
  searchHistory: [{ limit: 0 }, { prefix: 5 }],
  recordSearch: [{}, { query: '  ' }],
  clearSearchHistory: [{ query: 5 }],
  undoSearchChange: [{ changeId: 5 }],
  listEntities: [{ kind: 'animal' }, { limit: 0 }, { offset: -1 }],
  getEntity: [{}, { kind: 'person' }, { kind: 'person', name: ' ' }, { kind: 'thing', name: 'x' }],
};

describe('web door: schema violations for every op', () => {
  for (const op of opNames) {
    if (op === 'openLibrary' || op === 'openOriginal') continue; // refused before validation (403 above)
    it(`${op}: typed 400, service not called`, async () => {
      const before = service.calls.length;
      for (const payload of [...notObjects, ...invalidPayloads[op]]) {
        const res = await api(op, JSON.stringify(payload));
        expect(res.status, `${op} ${JSON.stringify(payload).slice(0, 60)}`).toBe(400);
        const body = res.json();
        expect(body.code).toBe('invalid-request');
        expect(typeof body.message).toBe('string');
        expect(body.message.length).toBeGreaterThan(0);
      }
      expect(service.calls.length).toBe(before);
    });
  }

  it('still serves after all of that', async () => {
    expect((await api('libraryInfo', {})).status).toBe(200);
  });
});

describe('web door: static files', () => {
  it('serves index.html at / with the security headers', async () => {
    const res = await rawRequest(server.port, { path: '/' });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.body).toContain('<title>Dossier</title>');
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('serves assets with their content type', async () => {
    expect((await rawRequest(server.port, { path: '/assets/app.js' })).headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect((await rawRequest(server.port, { path: '/assets/app.css' })).headers['content-type']).toBe('text/css; charset=utf-8');
  });

  it('falls back to index.html for extension-less client routes, 404 for missing files', async () => {
    expect((await rawRequest(server.port, { path: '/reader/123' })).body).toContain('<title>Dossier</title>');
    expect((await rawRequest(server.port, { path: '/assets/missing.js' })).status).toBe(404);
  });

  const traversals = [
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2E%2E%2Fsecret.txt',
    '/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    '/..%5csecret.txt',
    '/assets/link.txt',
    '/.env',
    '/%00/index.html',
    '/%',
    '/C:/Windows/win.ini',
  ];
  for (const target of traversals) {
    it(`refuses traversal ${target}`, async () => {
      const res = await rawRequest(server.port, { path: target });
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.body).not.toContain('TOP SECRET');
      expect(res.body).not.toContain('SECRET=1');
    });
  }

  it('refuses other methods on static paths and absolute-form targets', async () => {
    expect((await rawRequest(server.port, { method: 'POST', path: '/' })).status).toBe(405);
    expect((await rawRequest(server.port, { path: 'http://evil.example/' })).status).toBe(400);
  });

  it('checks Host on static files too', async () => {
    expect((await rawRequest(server.port, { path: '/', headers: { host: 'evil.example' } })).status).toBe(421);
  });
});

describe('web door: events', () => {
  it('streams events as SSE with the token in the query, and unsubscribes on disconnect', async () => {
    const before = service.listenerCount();
    const received = await new Promise<string>((resolve, reject) => {
      const req = http.get(
        { host: '127.0.0.1', port: server.port, path: `/api/events?token=${server.token}`, headers: { accept: 'text/event-stream' } },
        (res) => {
          expect(res.statusCode).toBe(200);
          expect(res.headers['content-type']).toBe('text/event-stream; charset=utf-8');
          let text = '';
          res.on('data', (chunk: Buffer) => {
            text += chunk.toString('utf8');
            if (text.includes('dossier events') && !text.includes('event:')) {
              service.emit('indexProgress', { phase: 'indexing', done: 3, total: 10, current: 'a.txt', message: null });
            }
            if (text.includes('"done":3')) {
              req.destroy();
              resolve(text);
            }
          });
        },
      );
      req.on('error', (e) => (e.message.includes('aborted') ? undefined : reject(e)));
    });
    expect(received).toContain('event: indexProgress\ndata: {"phase":"indexing","done":3');
    // The server notices the closed stream when the socket closes: poll rather than guess a delay.
    for (const deadline = Date.now() + 10_000; service.listenerCount() !== before && Date.now() < deadline; ) await new Promise((r) => setTimeout(r, 20));
    expect(service.listenerCount()).toBe(before);
  });

  it('refuses the event stream without a token', async () => {
    expect((await rawRequest(server.port, { path: '/api/events' })).status).toBe(401);
    expect((await rawRequest(server.port, { path: '/api/events?token=nope' })).status).toBe(401);
  });
});

describe('web door: shutdown', () => {
  it('close() ends open event streams and stops listening', async () => {
    const own = await startServer({ service: createMemoryService(), staticDir, libraryName: 'x' });
    let connected!: () => void;
    const open = new Promise<void>((resolve) => (connected = resolve));
    const ended = new Promise<void>((resolve) => {
      const req = http.get({ host: '127.0.0.1', port: own.port, path: `/api/events?token=${own.token}` }, (res) => {
        connected();
        res.resume();
        res.on('end', resolve);
        res.on('close', resolve);
      });
      req.on('error', () => resolve());
    });
    await open; // the stream is open before the server closes
    await own.close();
    await ended;
    await expect(rawRequest(own.port, { path: '/' })).rejects.toThrow();
  });
});
