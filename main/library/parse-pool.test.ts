import { describe, expect, it } from 'vitest';
import { ParsePool } from './parse-pool';
import { interpret } from './interpret';

const facts = (text: string) => {
  const bytes = new TextEncoder().encode(text);
  return { bytes, size: bytes.length, truncated: false, maxBytes: 1_000_000 };
};

describe('ParsePool', () => {
  it('parses in a worker thread with the same result as the main thread', async () => {
    const pool = new ParsePool({ size: 1, inlineBelowBytes: 0 });
    try {
      const inputs = ['Title one\n\nBy Ann Lee\n\nFirst body.\n', '', '<html><title>T</title><body><p>Web body text here.</p></body></html>'];
      const names = ['a.txt', 'empty.txt', 'c.html'];
      const results = await Promise.all(inputs.map((t, i) => pool.parse(names[i]!, facts(t))));
      const strip = (r: unknown) => JSON.parse(JSON.stringify(r, (k, v) => (k === 'at' ? undefined : v)));
      expect(results.map(strip)).toEqual(inputs.map((t, i) => strip(interpret(names[i]!, facts(t)))));
      expect(results.map((r) => r.kind)).toEqual(['article', 'skipped', 'article']);
    } finally {
      await pool.close();
    }
  });

  it('falls back to the main thread, saying so once, when no worker can start', async () => {
    const logs: string[] = [];
    const pool = new ParsePool({ size: 2, workerUrl: new URL('file:///nonexistent/parse-worker.js'), log: (l) => logs.push(l) });
    const page = (title: string) => facts(`<html><title>${title}</title><body><p>Body text of the page.</p></body></html>`);
    const results = await Promise.all([pool.parse('a.html', page('A')), pool.parse('b.html', page('B'))]);
    expect(results.map((r) => r.kind)).toEqual(['article', 'article']);
    expect(logs).toEqual([expect.stringMatching(/parse workers unavailable .*parsing on the main thread/)]);
    await pool.close();
  });
});
