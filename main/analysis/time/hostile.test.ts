import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TimexSchema } from '../../../shared/analysis';
import { extractTimexes } from './index';

function expectWellFormed(input: string, publishedAt: string | null): void {
  const timexes = extractTimexes(input, { publishedAt });
  const problems: string[] = [];
  let previousStart = -1;
  timexes.forEach((timex, index) => {
    const wellPlaced = timex.start >= 0 && timex.end > timex.start && timex.end <= input.length && timex.start >= previousStart;
    if (!wellPlaced || timex.text !== input.slice(timex.start, timex.end)) problems.push(JSON.stringify(timex));
    // Plain comparisons for all; the schema check (slower) for a sample.
    if (index < 500 && !TimexSchema.safeParse(timex).success) problems.push(`schema: ${JSON.stringify(timex)}`);
    previousStart = timex.start;
  });
  expect(problems.slice(0, 5)).toEqual([]);
}

const TEMPORAL_WORDS = [
  'on', 'Monday', 'Friday', 'the', 'weekend', 'last', 'next', 'this', 'week', 'year', 'years', 'ago', 'later', 'earlier',
  'two', 'a', 'half', 'and', 'March', 'May', 'June', '5', '31', '2009', '1990s', "'", 's', '-', ',', '.', ':', '/', '(',
  'GMT', '+8', ')', 'p.m.', 'UTC', '12:30', 'every', 'each', 'quarter', 'fourth', 'of', 'from', 'to', 'between', 'since',
  'now', 'recently', 'the past', 'future', 'today', 'tonight', 'morning', 'mid', 'early', 'Q1', 'FY', 'fiscal', '7/8/07',
  '2021-02-30', '٢٠٢٣', 'יום', '🙂', '\u200f', '\n', 'per', 'daily', 'century', '20th', 'that', 'day', 'following',
];

describe('hostile input', () => {
  it('handles empty and non-string input', () => {
    expect(extractTimexes('', { publishedAt: '2023-02-23' })).toEqual([]);
    expect(extractTimexes(undefined as unknown as string, { publishedAt: '2023-02-23' })).toEqual([]);
  });

  it('ignores an invalid publication date', () => {
    expectWellFormed('It happened yesterday.', 'not a date');
    expectWellFormed('It happened yesterday.', '2023-13-45');
  });

  it('survives a 2 MB single line', () => {
    const line = 'On Monday 12:30 the 1990s 2,400 units since 2009 – '.repeat(40_000).slice(0, 2_000_000);
    const timexes = extractTimexes(line, { publishedAt: '2023-02-23' });
    expect(timexes.length).toBeGreaterThan(1000);
    expect(timexes[0]?.text).toBe('Monday');
  });

  const hostile: [string, string][] = [
    ['only digits', '1234567890'.repeat(200_000)],
    ['only years', '2009 '.repeat(200_000)],
    ['emoji', '🙂👍🏽'.repeat(150_000)],
    ['right-to-left scripts', 'في يوم الاثنين ٢٠٢٣ שלום עולם '.repeat(30_000)],
    ['punctuation', '- - : : / / . . '.repeat(60_000)],
    ['thousands separators', '1,000'.repeat(200_000)],
    ['determiners', 'the '.repeat(250_000)],
    ['number words', 'two and a half '.repeat(70_000)],
    ['year ranges', 'from 2009 to '.repeat(80_000)],
  ];
  for (const [name, input] of hostile) {
    it(`survives ${name} (${Math.round(input.length / 1000)} K characters)`, () => {
      expectWellFormed(input, '2023-02-23');
    });
  }

  it('never throws and returns valid offsets for random strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), fc.option(fc.constantFrom('2023-02-23', '2000-02-29', '1970-01-01'), { nil: null }), (input, publishedAt) => {
        expectWellFormed(input, publishedAt);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws and returns valid offsets for random temporal word salad', () => {
    const salad = fc.array(fc.oneof(fc.constantFrom(...TEMPORAL_WORDS), fc.string({ maxLength: 4 })), { maxLength: 40 }).chain((words) =>
      fc.array(fc.constantFrom(' ', '', ', ', '\n'), { minLength: words.length, maxLength: words.length }).map((gaps) => words.map((word, index) => word + (gaps[index] ?? ' ')).join('')),
    );
    fc.assert(
      fc.property(salad, fc.option(fc.constantFrom('2023-02-23', '2023-02-26', '2011-01-01'), { nil: null }), (input, publishedAt) => {
        expectWellFormed(input, publishedAt);
      }),
      { numRuns: 1000 },
    );
  });
});
