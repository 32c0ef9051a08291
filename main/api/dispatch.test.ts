import { describe, expect, it } from 'vitest';
import { DossierError, opNames, type DossierApi } from '../../shared/contract';
import { dispatch } from './dispatch';

/** An api whose every op records the call; dispatch must reject bad payloads before reaching it. */
function recordingApi() {
  const calls: string[] = [];
  const api = Object.fromEntries(
    opNames.map((op) => [
      op,
      async (req: unknown) => {
        calls.push(op);
        if (op === 'getArticle') throw new DossierError('not-found', 'No article with id 0123456789abcdef.');
        if (op === 'libraryInfo') throw new Error('disk on fire');
        return { echoed: req };
      },
    ]),
  ) as unknown as DossierApi;
  const service = { ...api, on: () => () => {}, close: async () => {} };
  return { api: service, calls };
}

const malformed: [string, unknown][] = [
  ['getArticle', { id: '../../etc/passwd' }],
  ['getArticle', { id: 42 }],
  ['getArticle', {}],
  ['getArticle', null],
  ['getAnalysis', { id: '/home/user/article.txt' }],
  ['search', { query: 7 }],
  ['search', { query: 'x', limit: -1 }],
  ['search', { query: 'x', limit: 1e9 }],
  ['search', { query: 'x', sort: 'random' }],
  ['search', { query: 'x'.repeat(5000) }],
  ['listArticles', { offset: -5 }],
  ['listArticles', { limit: 'all' }],
  ['suggest', { prefix: ['a'] }],
  ['tagArticles', { ids: [], add: ['a'] }],
  ['tagArticles', { ids: ['0123456789abcdef'], add: ['/leading-slash'] }],
  ['tagArticles', { ids: ['0123456789abcdef'], add: [''] }],
  ['tagArticles', { ids: ['0123456789abcdef'], add: 'not-a-list' }],
  ['renameTag', { from: 'a' }],
  ['mergeTags', { from: [], into: 'b' }],
  ['setTagColor', { name: 'a', color: 'red; background:url(x)' }],
  ['importFiles', { files: [] }],
  ['importFiles', { files: [{ name: '', base64: '' }] }],
  ['openLibrary', { path: '' }],
];

const unknownOps: unknown[] = ['__proto__', 'constructor', 'toString', 'noSuchOp', 'close', 42, null];

describe('dispatch', () => {
  it.each(malformed)('answers %s with a typed invalid-request error and never calls the service', async (op, payload) => {
    const { api, calls } = recordingApi();
    const result = await dispatch(api, op, payload);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid-request');
      expect(result.error.message.length).toBeGreaterThan(5);
    }
    expect(calls).toEqual([]);
  });

  it.each(unknownOps)('answers the unknown operation %s with not-found and never calls the service', async (op) => {
    const { api, calls } = recordingApi();
    const result = await dispatch(api, op, {});
    expect(result).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(calls).toEqual([]);
  });

  it('refuses an operation the door does not serve', async () => {
    const { api, calls } = recordingApi();
    expect(await dispatch(api, 'openLibrary', { path: '/tmp' }, { refuse: ['openLibrary'] })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(calls).toEqual([]);
  });

  it('passes valid payloads through with defaults applied', async () => {
    const { api, calls } = recordingApi();
    const result = await dispatch(api, 'search', { query: 'sanctions' });
    expect(result).toEqual({ ok: true, value: { echoed: { query: 'sanctions', sort: 'relevance', offset: 0, limit: 50 } } });
    expect(calls).toEqual(['search']);
  });

  it('turns a DossierError into its code and an unexpected error into "internal" without a stack', async () => {
    const { api } = recordingApi();
    expect(await dispatch(api, 'getArticle', { id: '0123456789abcdef' })).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'No article with id 0123456789abcdef.' },
    });
    const logged: string[] = [];
    const internal = await dispatch(api, 'libraryInfo', {}, { log: (line) => logged.push(line) });
    expect(internal.ok).toBe(false);
    if (!internal.ok) {
      expect(internal.error.code).toBe('internal');
      expect(internal.error.message).not.toMatch(/at .*\.ts/);
    }
    expect(logged.join('\n')).toContain('disk on fire');
  });
});
