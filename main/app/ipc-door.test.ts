import { describe, expect, it } from 'vitest';
import { contract, opNames } from '../../shared/contract';
import { createMemoryService } from '../server/test-support/memory-service';
import { createIpcDoor } from './ipc-door';

const trusted = { url: 'app://dossier/index.html', isMainFrame: true };

function setup() {
  const service = createMemoryService({ root: '/libraries/current' });
  const opened: string[] = [];
  const door = createIpcDoor({
    currentService: () => service,
    openKnownLibrary: async (root) => {
      opened.push(root);
    },
    knownLibraries: () => ['/libraries/current', '/libraries/other'],
  });
  return { service, door, opened };
}

describe('IPC door', () => {
  it('answers a valid call with {ok:true, value}, schema defaults applied', async () => {
    const { door, service } = setup();
    const result = await door(trusted, 'search', { query: 'talks' });
    expect(result.ok).toBe(true);
    expect(result.ok && (result.value as { total: number }).total).toBe(1);
    expect(service.calls.at(-1)).toEqual({ op: 'search', request: { query: 'talks', sort: 'relevance', offset: 0, limit: 50 } });
  });

  it('keeps the absolute root for the local door', async () => {
    const { door } = setup();
    const result = await door(trusted, 'libraryInfo', {});
    expect(result.ok && (result.value as { root: string }).root).toBe('/libraries/current');
  });

  const untrusted = [
    { url: 'app://dossier/index.html', isMainFrame: false },
    { url: 'https://evil.example/', isMainFrame: true },
    { url: 'file:///index.html', isMainFrame: true },
    null,
    undefined,
  ];
  for (const sender of untrusted) {
    it(`refuses calls from ${JSON.stringify(sender)} without touching the service`, async () => {
      const { door, service } = setup();
      for (const op of opNames) {
        const result = await door(sender, op, {});
        expect(result).toEqual({ ok: false, error: { code: 'forbidden', message: expect.any(String) } });
      }
      expect(service.calls).toHaveLength(0);
    });
  }

  it('answers invalid payloads for every op with a typed error, never a throw', async () => {
    const { door, service } = setup();
    const junk = { id: '../../etc/passwd', query: 5, ids: 'x', files: 'x', path: 5, from: 5, name: 5, changeId: 5, prefix: 5, sort: 'no' };
    const accepted = new Set<string>();
    for (const op of opNames) {
      for (const payload of [null, 'x', 42, [], junk]) {
        // Ops whose request is an empty object ignore unknown keys: the junk object is valid for them.
        if (contract[op].request.safeParse(payload).success) {
          accepted.add(op);
          continue;
        }
        const result = await door(trusted, op, payload);
        expect(result.ok, `${op} ${JSON.stringify(payload)}`).toBe(false);
        if (!result.ok) expect(['invalid-request', 'forbidden']).toContain(result.error.code);
      }
    }
    expect(accepted.size).toBeLessThan(opNames.length / 2);
    expect(service.calls).toHaveLength(0);
  });

  it('refuses unknown ops', async () => {
    const { door } = setup();
    expect(await door(trusted, 'close' as never, {})).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await door(trusted, '__proto__' as never, {})).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('openLibrary takes only folders main already knows; no new paths cross IPC', async () => {
    const { door, opened } = setup();
    expect(await door(trusted, 'openLibrary', { path: '/etc' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await door(trusted, 'openLibrary', { path: '/libraries/other/../../etc' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(opened).toEqual([]);
    const result = await door(trusted, 'openLibrary', { path: '/libraries/other' });
    expect(result.ok).toBe(true);
    expect(opened).toEqual(['/libraries/other']);
  });

  it('maps service errors: DossierError keeps its code, others become internal without details', async () => {
    const { door } = setup();
    expect(await door(trusted, 'getArticle', { id: 'aaaaaaaaaaaaaaaa' })).toEqual({ ok: false, error: { code: 'not-found', message: 'no article aaaaaaaaaaaaaaaa' } });
    const crash = await door(trusted, 'search', { query: 'explode' });
    expect(crash).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(crash)).not.toContain('/secret/path');
  });

  it('says no-library when none is open', async () => {
    const door = createIpcDoor({ currentService: () => undefined, openKnownLibrary: async () => {}, knownLibraries: () => [] });
    expect(await door(trusted, 'libraryInfo', {})).toMatchObject({ ok: false, error: { code: 'no-library' } });
  });
});
