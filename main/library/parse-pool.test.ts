import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ParsePool } from './parse-pool';
import { interpret } from './interpret';

const facts = (content: string | Uint8Array) => {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  return { bytes, size: bytes.length, truncated: false, maxBytes: 100_000_000 };
};
const report = () => new Uint8Array(readFileSync(fileURLToPath(new URL('../testdata/pdf/report.pdf', import.meta.url))));

// Workers load the readers (and pdf.js) from the sources through tsx: slow on a busy machine.
describe('ParsePool', { timeout: 120_000 }, () => {
  it('parses in a worker thread with the same result as the main thread', async () => {
    const pool = new ParsePool({ size: 1, inlineBelowBytes: 0 });
    try {
      const inputs = ['Title one\n\nBy Ann Lee\n\nFirst body.\n', '', '<html><title>T</title><body><p>Web body text here.</p></body></html>', report()];
      const names = ['a.txt', 'empty.txt', 'c.html', 'report.pdf'];
      const results = await Promise.all(inputs.map((t, i) => pool.parse(names[i]!, facts(t))));
      const strip = (r: unknown) => JSON.parse(JSON.stringify(r, (k, v) => (k === 'at' ? undefined : v)));
      const here = await Promise.all(inputs.map((t, i) => interpret(names[i]!, facts(t))));
      expect(results.map(strip)).toEqual(here.map(strip));
      expect(results.map((r) => r.kind)).toEqual(['article', 'skipped', 'article', 'article']);
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

  it('stops a reader that runs past the time limit, reports the file, and goes on with a fresh worker', async () => {
    // Loading pdf.js alone takes longer than this limit, so the PDF cannot be read in time.
    const pool = new ParsePool({ size: 1, inlineBelowBytes: 0, timeLimitMs: 400 });
    try {
      const slow = await pool.parse('slow.pdf', facts(report()));
      expect(slow).toMatchObject({ kind: 'skipped', problem: { path: 'slow.pdf', code: 'parse-error' } });
      expect(slow.kind === 'skipped' && slow.problem.message).toBe(
        'Dossier could not read "slow.pdf": reading it took longer than 0 s (the file may be damaged, or built to exhaust readers), so Dossier stopped.',
      );
      const next = await pool.parse('next.txt', facts('Next story\n\nIt is read by a new worker.\n'));
      expect(next).toMatchObject({ kind: 'article', parsed: { title: 'Next story' } });
    } finally {
      await pool.close();
    }
  });

  it('stops PDFs whose reading takes more memory than allowed, finding the culprit by reading them one at a time', async () => {
    const logs: string[] = [];
    const pool = new ParsePool({ size: 2, inlineBelowBytes: 0, memoryBudgetBytes: 1, log: (l) => logs.push(l) });
    try {
      const results = await Promise.all([pool.parse('one.pdf', facts(report())), pool.parse('two.pdf', facts(report()))]);
      for (const [i, r] of results.entries()) {
        expect(r.kind === 'skipped' && r.problem.message).toBe(
          `Dossier could not read "${['one', 'two'][i]}.pdf": reading it needed more than 1 bytes of memory (the file may be damaged, or built to exhaust readers), so Dossier stopped.`,
        );
      }
      // Text files are not watched: they are read as usual.
      expect((await pool.parse('a.txt', facts('Title\n\nBody.\n'))).kind).toBe('article');
    } finally {
      await pool.close();
    }
  });
});
