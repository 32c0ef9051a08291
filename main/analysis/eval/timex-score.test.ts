import { describe, expect, it } from 'vitest';
import { addCounts, corpusDateLine, emptyCounts, scoreTimexes, timexScores, type ScoredTimex } from './timex-score';

const t = (start: number, end: number, value: string, type = 'DATE'): ScoredTimex => ({ start, end, value, type });

describe('scoreTimexes', () => {
  it('counts exact, overlapping, wrong-valued, missed and spurious spans', () => {
    const gold = [t(0, 8, '2023-02-23'), t(20, 36, 'P4Y', 'DURATION'), t(50, 56, '2023-02'), t(70, 75, '2009')];
    const system = [
      t(0, 8, '2023-02-23'), // exact, right value
      t(24, 36, 'P4Y', 'DURATION'), // overlap only, right value
      t(50, 56, '2022-02'), // exact, wrong value
      t(90, 95, 'PRESENT_REF'), // spurious
    ];
    const counts = scoreTimexes(gold, system, 1000);
    expect(counts).toEqual({ gold: 4, system: 4, relaxed: 3, strict: 2, value: 2, type: 3 });
    const scores = timexScores(counts);
    expect(scores.relaxed.precision).toBeCloseTo(0.75);
    expect(scores.relaxed.recall).toBeCloseTo(0.75);
    expect(scores.strict.f1).toBeCloseTo(0.5);
    expect(scores.value.f1).toBeCloseTo(0.5);
    expect(scores.value.accuracy).toBeCloseTo(2 / 3);
  });

  it('matches one to one, preferring exact spans for nested gold', () => {
    const gold = [t(10, 27, 'P2Y', 'DURATION'), t(15, 19, '2009'), t(23, 27, '2011')];
    const onlyYears = scoreTimexes(gold, [t(15, 19, '2009'), t(23, 27, '2011')], 1000);
    expect(onlyYears).toMatchObject({ relaxed: 2, strict: 2, value: 2 });
    const all = scoreTimexes(gold, [t(10, 27, 'P2Y', 'DURATION'), t(15, 19, '2009'), t(23, 27, '2011')], 1000);
    expect(all).toMatchObject({ relaxed: 3, strict: 3, value: 3, type: 3 });
    const one = scoreTimexes([t(0, 10, 'X')], [t(0, 4, 'X'), t(5, 10, 'X')], 1000);
    expect(one).toMatchObject({ system: 2, relaxed: 1 });
  });

  it('ignores spans after annotatedUntil and in ignored regions', () => {
    const gold = [t(0, 5, 'A'), t(200, 205, 'B')];
    const system = [t(0, 5, 'A'), t(20, 30, 'C'), t(200, 205, 'B')];
    expect(scoreTimexes(gold, system, 100, { ignore: [{ start: 15, end: 35 }] })).toEqual({ gold: 1, system: 1, relaxed: 1, strict: 1, value: 1, type: 1 });
  });

  it('sums across files and scores zero safely', () => {
    const sum = addCounts(scoreTimexes([t(0, 5, 'A')], [], 100), scoreTimexes([], [t(0, 5, 'A')], 100));
    expect(sum).toEqual({ gold: 1, system: 1, relaxed: 0, strict: 0, value: 0, type: 0 });
    expect(timexScores(emptyCounts()).relaxed).toEqual({ precision: 0, recall: 0, f1: 0 });
  });
});

describe('corpusDateLine', () => {
  it('finds the date line after the title', () => {
    const raw = 'Boeing unveils long-range 777\n\nFebruary 17, 2005\n\nBoeing has unveiled a new plane.';
    const span = corpusDateLine(raw);
    expect(span && raw.slice(span.start, span.end)).toBe('February 17, 2005');
  });

  it('returns null when the second line is body text', () => {
    expect(corpusDateLine('Title\n\nThe A380 was revealed in January 2005 and flew.')).toBeNull();
  });
});
