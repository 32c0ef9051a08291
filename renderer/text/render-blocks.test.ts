import { describe, expect, it } from 'vitest';
import { blockAt, marksByBlock, renderBlocks } from './render-blocks';

describe('renderBlocks', () => {
  it('keeps short paragraphs whole and cuts a long one at spaces into pieces that join up exactly', () => {
    const long = Array.from({ length: 3000 }, (_, i) => `word${i}`).join(' ');
    const text = `Short one.\n\n${long}\n\nShort two.`;
    const blocks = renderBlocks(text, undefined, 1000);
    expect(blocks[0]).toMatchObject({ start: 0, end: 10, continued: false, continues: false });
    const pieces = blocks.slice(1, -1);
    expect(pieces.length).toBeGreaterThan(20);
    expect(pieces.map((b) => text.slice(b.start, b.end)).join('')).toBe(long);
    for (const b of pieces) {
      expect(b.end - b.start).toBeLessThanOrEqual(1000);
      expect(text[b.end - 1] === ' ' || b.end === 12 + long.length).toBe(true);
    }
    expect(pieces[0]!.continued).toBe(false);
    expect(pieces.at(-1)!.continues).toBe(false);
    expect(pieces.slice(1).every((b) => b.continued)).toBe(true);
  });

  it('cuts text without spaces at the limit, but never inside a surrogate pair', () => {
    const text = '😀'.repeat(1500); // 3000 UTF-16 units, no spaces
    const blocks = renderBlocks(text, [{ start: 0, end: text.length, kind: 'body' }], 1001);
    expect(blocks.map((b) => text.slice(b.start, b.end)).join('')).toBe(text);
    for (const b of blocks) expect(text.charCodeAt(b.start)).toBe(0xd83d);
  });
});

describe('marksByBlock and blockAt', () => {
  const blocks = [
    { start: 0, end: 10, kind: 'body' as const },
    { start: 12, end: 20, kind: 'body' as const },
    { start: 20, end: 30, kind: 'body' as const },
  ];
  it('gives each block the marks overlapping it, a mark over two blocks to both', () => {
    const marks = [
      { start: 2, end: 4, kind: 'hit' },
      { start: 18, end: 22, kind: 'hit' },
      { start: 10, end: 12, kind: 'gap' },
      { start: 29, end: 29, kind: 'empty' },
    ];
    expect(marksByBlock(blocks, marks).map((list) => list.map((m) => m.start))).toEqual([[2], [18], [18]]);
  });
  it('finds the block of an offset', () => {
    expect([0, 9, 10, 12, 19, 20, 29, 99].map((o) => blockAt(blocks, o))).toEqual([0, 0, 1, 1, 1, 2, 2, 2]);
    expect(blockAt([], 3)).toBe(-1);
  });
  it('places 100,000 marks over 50,000 blocks quickly (no blocks × marks work)', () => {
    const many = Array.from({ length: 50_000 }, (_, i) => ({ start: i * 10, end: i * 10 + 8, kind: 'body' as const }));
    const marks = Array.from({ length: 100_000 }, (_, i) => ({ start: i * 5, end: i * 5 + 2, kind: 'hit' }));
    const lists = marksByBlock(many, marks);
    expect(lists.reduce((n, l) => n + l.length, 0)).toBe(100_000);
  });
});
