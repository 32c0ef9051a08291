import { describe, expect, it } from 'vitest';
import { opNames } from '../../shared/contract';
import { buildBridge, IPC_EVENT_CHANNEL } from './bridge';

function fakeTransport() {
  const invoked: Array<[string, unknown]> = [];
  const listeners = new Set<(name: unknown, payload: unknown) => void>();
  return {
    invoked,
    listeners,
    transport: {
      invoke: async (channel: string, payload: unknown) => {
        invoked.push([channel, payload]);
        return { ok: true, value: channel };
      },
      subscribe(listener: (name: unknown, payload: unknown) => void) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    },
  };
}

describe('window.dossier bridge', () => {
  it('holds exactly the contract ops plus on, frozen', () => {
    const bridge = buildBridge(fakeTransport().transport);
    expect(Object.keys(bridge).sort()).toEqual([...opNames, 'on'].sort());
    expect(Object.isFrozen(bridge)).toBe(true);
    for (const key of Object.keys(bridge)) expect(typeof (bridge as Record<string, unknown>)[key]).toBe('function');
  });

  it('invokes dossier:<op> with the payload and returns the envelope', async () => {
    const t = fakeTransport();
    const bridge = buildBridge(t.transport);
    expect(await bridge.search({ query: 'x' })).toEqual({ ok: true, value: 'dossier:search' });
    await bridge.libraryInfo(undefined as never);
    expect(t.invoked).toEqual([
      ['dossier:search', { query: 'x' }],
      ['dossier:libraryInfo', {}],
    ]);
  });

  it('on() delivers only the named event, only the payload, and unsubscribes', () => {
    const t = fakeTransport();
    const bridge = buildBridge(t.transport);
    const got: unknown[] = [];
    const off = bridge.on('indexProgress', (p) => got.push(p));
    for (const l of t.listeners) {
      l('libraryChanged', { added: [] });
      l('indexProgress', { phase: 'ready' });
    }
    expect(got).toEqual([{ phase: 'ready' }]);
    off();
    expect(t.listeners.size).toBe(0);
    expect(IPC_EVENT_CHANNEL).toBe('dossier:event');
  });

  it('on() refuses unknown events and non-function listeners', () => {
    const bridge = buildBridge(fakeTransport().transport);
    expect(() => bridge.on('nope' as never, () => {})).toThrow(/unknown event/);
    expect(() => bridge.on('indexProgress', 'x' as never)).toThrow(/function/);
  });
});
