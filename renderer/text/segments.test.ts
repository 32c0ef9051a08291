import { describe, it, expect } from 'vitest';
import { blocksOf, segment } from './segments';

describe('segment', () => {
  it('cuts at every mark edge and lists the marks covering each piece', () => {
    const segs = segment(0, 10, [
      { start: 2, end: 6, kind: 'hit' },
      { start: 4, end: 8, kind: 'entity' },
    ]);
    expect(segs.map((s) => [s.start, s.end, s.marks.map((m) => m.kind).join('+')])).toEqual([
      [0, 2, ''],
      [2, 4, 'hit'],
      [4, 6, 'hit+entity'],
      [6, 8, 'entity'],
      [8, 10, ''],
    ]);
  });

  it('clips marks to the window and ignores marks outside or empty', () => {
    const segs = segment(10, 20, [
      { start: 5, end: 12, kind: 'a' },
      { start: 25, end: 30, kind: 'b' },
      { start: 15, end: 15, kind: 'c' },
    ]);
    expect(segs.map((s) => [s.start, s.end, s.marks.length])).toEqual([
      [10, 12, 1],
      [12, 20, 0],
    ]);
  });
});

describe('blocksOf', () => {
  it('uses the given paragraphs, or splits at blank lines', () => {
    expect(blocksOf('x', [{ start: 0, end: 1, kind: 'heading' }])).toEqual([{ start: 0, end: 1, kind: 'heading' }]);
    const text = 'First para\nline two\n\nSecond';
    expect(blocksOf(text, []).map((b) => text.slice(b.start, b.end))).toEqual(['First para\nline two', 'Second']);
  });
});
