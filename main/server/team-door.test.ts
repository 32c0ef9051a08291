/**
 * The web door in team mode: sign-in instead of the per-run token, each request run as its
 * member, sign-out, the token mode unchanged, and a LAN address only over TLS (Host checked
 * against the certificate's names). A stand-in team (no database) plays the library.
 */
import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer, type TeamDoor, type TeamMember } from './server';
import { createMemoryService } from './test-support/memory-service';
import { rawRequest } from './test-support/http-client';

let dir: string;
let staticDir: string;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'dossier-team-door-'));
  staticDir = path.join(dir, 'renderer');
  await fs.mkdir(staticDir, { recursive: true });
  await fs.writeFile(path.join(staticDir, 'index.html'), '<!doctype html><title>Dossier</title>');
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** Two members with fixed passwords; each member's requests are recorded by name. */
function standInTeam(): TeamDoor & { seen: string[] } {
  const members: Record<string, TeamMember & { password: string }> = {
    alice: { id: 1, name: 'alice', displayName: 'Alice', password: 'alice secret 1' },
    bob: { id: 2, name: 'bob', displayName: 'Bob', password: 'bob secret 12' },
  };
  const sessions = new Map<string, TeamMember>();
  const seen: string[] = [];
  return {
    seen,
    sessions: {
      async login(name, password) {
        const m = members[name];
        if (!m || m.password !== password) return null;
        const token = `token-${name}-${sessions.size}`;
        sessions.set(token, m);
        return { token, user: m };
      },
      async resolve(token) {
        return sessions.get(token) ?? null;
      },
      async logout(token) {
        sessions.delete(token);
      },
    },
    serviceFor(user) {
      const service = createMemoryService();
      const info = service.libraryInfo.bind(service);
      service.libraryInfo = async (req) => {
        seen.push(user.name);
        return info(req);
      };
      return service;
    },
  };
}

describe('the team door', () => {
  let server: RunningServer;
  const team = standInTeam();
  beforeAll(async () => {
    server = await startServer({ service: createMemoryService(), team, staticDir, libraryName: 'Team' });
  });
  afterAll(() => server.close());

  const post = (p: string, body: unknown, token?: string) =>
    rawRequest(server.port, { method: 'POST', path: p, headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify(body) });

  it('prints an address without a token, and says it wants a sign-in', async () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
    const session = await rawRequest(server.port, { path: '/auth/session' });
    expect(session.json()).toEqual({ mode: 'team', library: 'Team', user: null });
  });

  it('refuses the API without a session, and a wrong password', async () => {
    expect((await post('/api/libraryInfo', {})).status).toBe(401);
    expect((await post('/api/libraryInfo', {}, server.token)).status).toBe(401);
    const wrong = await post('/auth/login', { name: 'alice', password: 'nope' });
    expect(wrong.status).toBe(401);
    expect(wrong.json().message).toBe('wrong name or password');
    expect((await post('/auth/login', 'not an object')).status).toBe(400);
  });

  it('runs each request as its member, until they sign out', async () => {
    const alice = (await post('/auth/login', { name: 'alice', password: 'alice secret 1' })).json();
    const bob = (await post('/auth/login', { name: 'bob', password: 'bob secret 12' })).json();
    expect(alice.user).toEqual({ name: 'alice', displayName: 'Alice' });
    expect((await post('/api/libraryInfo', {}, alice.token)).status).toBe(200);
    expect((await post('/api/libraryInfo', {}, bob.token)).status).toBe(200);
    expect(team.seen).toEqual(['alice', 'bob']);
    const who = await rawRequest(server.port, { path: '/auth/session', headers: { authorization: `Bearer ${bob.token}` } });
    expect(who.json().user).toEqual({ name: 'bob', displayName: 'Bob' });
    await post('/auth/logout', {}, alice.token);
    expect((await post('/api/libraryInfo', {}, alice.token)).status).toBe(401);
    expect((await post('/api/libraryInfo', {}, bob.token)).status).toBe(200);
  });

  it('keeps its Host and Origin checks', async () => {
    const bob = (await post('/auth/login', { name: 'bob', password: 'bob secret 12' })).json();
    const rebound = await rawRequest(server.port, { method: 'POST', path: '/auth/login', headers: { host: `evil.example:${server.port}`, 'content-type': 'application/json' }, body: '{}' });
    expect(rebound.status).toBe(421);
    const crossSite = await rawRequest(server.port, { method: 'POST', path: '/api/libraryInfo', headers: { authorization: `Bearer ${bob.token}`, origin: 'http://evil.example', 'content-type': 'application/json' }, body: '{}' });
    expect(crossSite.status).toBe(403);
  });
});

describe('the token door', () => {
  it('has no sign-in', async () => {
    const server = await startServer({ service: createMemoryService(), staticDir, libraryName: 'Local' });
    try {
      expect((await rawRequest(server.port, { path: '/auth/session' })).json()).toEqual({ mode: 'token', user: null });
      expect((await rawRequest(server.port, { method: 'POST', path: '/auth/login', headers: { 'content-type': 'application/json' }, body: '{"name":"a","password":"b"}' })).status).toBe(404);
    } finally {
      await server.close();
    }
  });
});

describe('a LAN address', () => {
  it('is refused without TLS', async () => {
    await expect(startServer({ service: createMemoryService(), team: standInTeam(), staticDir, libraryName: 'Team', host: '0.0.0.0' })).rejects.toThrow(/needs a TLS certificate/);
  });

  it('is served over HTTPS, answering to the names in its certificate only', async () => {
    const key = path.join(dir, 'key.pem');
    const cert = path.join(dir, 'cert.pem');
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=dossier.test', '-addext', 'subjectAltName=DNS:dossier.test,IP:127.0.0.2'], { stdio: 'ignore' });
    const server = await startServer({ service: createMemoryService(), team: standInTeam(), staticDir, libraryName: 'Team', host: '127.0.0.2', tls: { cert: await fs.readFile(cert), key: await fs.readFile(key) } });
    const get = (host: string) =>
      new Promise<number>((resolve, reject) => {
        https
          .get({ host: '127.0.0.2', port: server.port, path: '/auth/session', headers: { host }, rejectUnauthorized: false }, (res) => {
            res.resume();
            resolve(res.statusCode ?? 0);
          })
          .on('error', reject);
      });
    try {
      expect(server.url).toBe(`https://127.0.0.2:${server.port}/`);
      expect(await get(`dossier.test:${server.port}`)).toBe(200);
      expect(await get(`127.0.0.2:${server.port}`)).toBe(200);
      expect(await get(`other.test:${server.port}`)).toBe(421);
    } finally {
      await server.close();
    }
  });
});
