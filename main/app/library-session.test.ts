import { describe, expect, it } from 'vitest';
import { createMemoryService, type MemoryService } from '../server/test-support/memory-service';
import { LibrarySession } from './library-session';

describe('library session', () => {
  it('opens, forwards events, switches (closing the old service) and remembers', async () => {
    const services: MemoryService[] = [];
    const forwarded: Array<[string, unknown]> = [];
    const opened: string[] = [];
    const session = new LibrarySession({
      createService: async (root) => {
        if (root === '/bad') throw new Error('no such folder');
        const s = createMemoryService({ root });
        services.push(s);
        return s;
      },
      forward: (event, payload) => forwarded.push([event, payload]),
      opened: (root) => {
        opened.push(root);
      },
    });
    await session.open('/a');
    expect(session.currentRoot()).toBe('/a');
    services[0]!.emit('problemsChanged', { count: 2 });
    expect(forwarded).toContainEqual(['problemsChanged', { count: 2 }]);

    await expect(session.open('/bad')).rejects.toThrow('no such folder');
    expect(session.currentRoot()).toBe('/a'); // a failed open keeps the library

    await session.open('/b');
    expect(services[0]!.closed).toBe(true);
    expect(services[0]!.listenerCount()).toBe(0);
    forwarded.length = 0;
    services[0]!.emit('problemsChanged', { count: 9 });
    expect(forwarded).toEqual([]);
    expect(opened).toEqual(['/a', '/b']);

    await session.close();
    expect(services[1]!.closed).toBe(true);
    expect(session.current()).toBeUndefined();
  });
});
