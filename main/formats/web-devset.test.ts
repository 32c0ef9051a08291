/**
 * The web-page reader against the invented development set (testdata/web, see its README): the targets
 * for web pages hold on both halves and on the later fresh set. `npm run eval -- --web <folder> --verbose` lists every miss.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scoreFolder, tokenF1 } from './eval/web-score';

const folder = (name: string) => fileURLToPath(new URL(`./testdata/web/${name}/`, import.meta.url));

describe.each(['dev', 'heldout', 'fresh'])('web pages, %s half', (half) => {
  const { pages, summary } = scoreFolder(folder(half));

  it('has its pages, each with an expectation', () => {
    expect(pages.length).toBeGreaterThanOrEqual(12);
    expect(pages.filter((p) => p.error)).toEqual([]);
  });

  it('meets the targets: title exact >= 0.90, date >= 0.90, author >= 0.85, main text F1 >= 0.96', () => {
    expect(summary.title).toBeGreaterThanOrEqual(0.9);
    expect(summary.date).toBeGreaterThanOrEqual(0.9);
    expect(summary.authors).toBeGreaterThanOrEqual(0.85);
    expect(summary.publisher).toBeGreaterThanOrEqual(0.8);
    expect(summary.textF1).toBeGreaterThanOrEqual(0.96);
  });
});

describe('tokenF1', () => {
  it('counts words as a bag, with repeats', () => {
    expect(tokenF1('the cat sat', 'the cat sat')).toEqual({ precision: 1, recall: 1, f1: 1 });
    const s = tokenF1('the the cat', 'the cat sat on');
    expect(s.precision).toBeCloseTo(2 / 3);
    expect(s.recall).toBeCloseTo(2 / 4);
    expect(tokenF1('', 'words')).toEqual({ precision: 0, recall: 0, f1: 0 });
  });
});
