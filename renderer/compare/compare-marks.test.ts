import { describe, it, expect } from 'vitest';
import { compareMarks, parseTarget } from './compare-marks';

describe('compareMarks', () => {
  it('marks a shared passage in every column that has it, each pointing at its counterpart', () => {
    const quote = '“We will not supply lethal weapons to either side of this conflict,” the minister said.';
    const texts = [`Opening words here. ${quote}`, `${quote} Closing words there.`, 'Something else entirely, about the weather in Paris today.'];
    const { columns, pairs } = compareMarks(texts);
    expect(pairs).toBe(1);
    expect(columns[0]).toHaveLength(1);
    expect(columns[1]).toHaveLength(1);
    expect(columns[2]).toHaveLength(0);
    const a = columns[0]![0]!;
    const b = columns[1]![0]!;
    expect(texts[0]!.slice(a.start, a.end)).toContain('lethal weapons');
    expect(parseTarget(a.data)).toEqual({ column: 1, start: b.start });
    expect(parseTarget(b.data)).toEqual({ column: 0, start: a.start });
  });
  it('rejects malformed targets', () => {
    expect(parseTarget('x')).toBeNull();
  });
});
