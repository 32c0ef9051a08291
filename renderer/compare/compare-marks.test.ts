import { describe, it, expect } from 'vitest';
import { alignedRows, compareMarks, nextPart, parsePassageId } from './compare-marks';

// Invented reports: three outlets quote one sentence with small differences, a fourth does not.
const QUOTE = '“We will not supply lethal weapons to either side of this conflict,” the minister said.';
const texts = [
  `Opening words here about the harbour. ${QUOTE} More words after it.`,
  `${QUOTE.replace('either side', 'any side')} Closing words there.`,
  'Something else entirely, about the weather in Paris today.',
  `A long introduction to a different story entirely. Then the quote: ${QUOTE}`,
];

describe('compareMarks', () => {
  it('joins the pairs into one passage shared by every article that has it', () => {
    const { columns, passages, pairs } = compareMarks(texts);
    expect(pairs).toBe(3);
    expect(passages).toHaveLength(1);
    expect(passages[0]!.parts.map((p) => p.column)).toEqual([0, 1, 3]);
    expect(columns[2]).toHaveLength(0);
    for (const c of [0, 1, 3]) {
      const [mark] = columns[c]!;
      expect(texts[c]!.slice(mark!.start, mark!.end)).toContain('lethal weapons');
      expect(parsePassageId(mark!.data)).toBe(0);
    }
    // A click goes to the next article that has it, and from the last back to the first.
    expect(nextPart(passages[0]!, 0)!.column).toBe(1);
    expect(nextPart(passages[0]!, 3)!.column).toBe(0);
  });

  it('lays the passage out level across the columns, with each article’s own text before and after it', () => {
    const { passages } = compareMarks(texts);
    const rows = alignedRows(passages, texts.map((t) => t.length));
    expect(rows.map((r) => r.kind)).toEqual(['gap', 'shared', 'gap']);
    const shared = rows[1]!;
    for (const c of [0, 1, 3]) expect(texts[c]!.slice(shared.cells[c]!.start, shared.cells[c]!.end)).toContain('lethal weapons');
    expect(shared.cells[2]!.end - shared.cells[2]!.start).toBe(0);
    // Every character of every article is in exactly one row.
    texts.forEach((t, c) => expect(rows.reduce((n, r) => n + (r.cells[c]!.end - r.cells[c]!.start), 0)).toBe(t.length));
  });

  it('rejects malformed passage ids', () => {
    expect(parsePassageId('x')).toBeNull();
    expect(parsePassageId(undefined)).toBeNull();
  });
});
