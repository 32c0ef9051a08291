import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { blocksOf } from './html-blocks';

const bodyOf = (html: string) => parseHTML(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`).document.body as unknown as Element;

describe('blocksOf: table rows (web53 kinds, invented examples)', () => {
  it('walks a layout row whose cell holds a heading and paragraphs, as table-built systems set a story, a block a paragraph', () => {
    const { blocks } = blocksOf(bodyOf('<table><tr><td><p>00:35</p><h2>Council backs the harbour road</h2></td></tr><tr><td><p>The council voted on Tuesday.</p><p>Work starts in March.</p></td></tr></table>'));
    expect(blocks.map((b) => b.text)).toEqual(['00:35', 'Council backs the harbour road', 'The council voted on Tuesday.', 'Work starts in March.']);
  });

  it('keeps a data table\'s row one block, its cells joined, even where a cell holds one paragraph', () => {
    const { blocks } = blocksOf(bodyOf('<table><tr><td><p>Harbour</p></td><td>12</td></tr><tr><td>Airport</td><td>9</td></tr></table>'));
    expect(blocks.map((b) => b.text)).toEqual(['Harbour | 12', 'Airport | 9']);
  });
});
