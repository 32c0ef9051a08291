import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { analyze, ANALYSIS_VERSION, MAX_ANALYSED_CHARS } from './index';
import { AnalysisSchema, type Analysis } from '../../shared/analysis';

function expectConsistent(text: string, a: Analysis): void {
  expect(AnalysisSchema.safeParse(a).success).toBe(true);
  for (const item of [...a.timexes, ...a.entities]) {
    expect(item.start).toBeGreaterThanOrEqual(0);
    expect(item.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(item.start, item.end)).toBe(item.text);
  }
  for (const q of a.quotes) {
    expect(q.start).toBeGreaterThanOrEqual(0);
    expect(q.end).toBeLessThanOrEqual(text.length);
  }
  for (const e of a.events) {
    expect(e.start).toBeGreaterThanOrEqual(0);
    expect(e.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(e.date.start, e.date.end)).toBe(e.date.text);
    if (e.quote !== null) expect(a.quotes[e.quote]).toBeDefined();
  }
}

describe('analyze on hostile input', () => {
  const cases: [string, string][] = [
    ['empty', ''],
    ['only spaces and line breaks', ' \n\n \t \n'],
    ['no sentence punctuation', 'word '.repeat(5000)],
    ['only numbers', '1234 5678 2023 12 31 99.5 0.001 '.repeat(500)],
    ['emoji', '🙂🚀 Hello 👋🏽 World 🇺🇸 said 😀 on Monday '.repeat(200)],
    ['right-to-left', 'قال الرئيس يوم الاثنين إن المحادثات كانت مفيدة. אמר ראש הממשלה ביום שני. '.repeat(100)],
    ['unmatched quotes', '“ ” “ "'.repeat(1000) + ' He said “never closed'],
    ['all capitals', 'THE PRESIDENT OF THE UNITED STATES SAID ON MONDAY THAT NATO WILL MEET. '.repeat(300)],
    ['lone surrogates', '\ud800 Smith said \udc00 on Tuesday \ud83d'],
    ['control characters', 'A\u0000B\u0007C said "x" on May 5.\u001b[31m'],
  ];
  for (const [name, text] of cases) {
    it(`does not throw: ${name}`, () => {
      const a = analyze({ text, publishedAt: '2023-02-23' });
      expect(a.version).toBe(ANALYSIS_VERSION);
      expectConsistent(text, a);
    });
  }

  it('bounds the work on a 2 MB single line', () => {
    const line = 'President Joe Biden said on Monday that “the Acme Corp. deal” was done in Paris, France, '.repeat(23_000);
    expect(line.length).toBeGreaterThan(2_000_000);
    const started = Date.now();
    const a = analyze({ text: line, publishedAt: '2023-02-23' });
    expect(Date.now() - started).toBeLessThan(25_000);
    for (const item of [...a.entities, ...a.timexes]) expect(item.end).toBeLessThanOrEqual(MAX_ANALYSED_CHARS);
    expectConsistent(line, a);
  });

  it('accepts garbage where a string should be', () => {
    expect(analyze({ text: undefined as unknown as string, publishedAt: null }).entities).toEqual([]);
    expect(analyze({ text: 'Boeing said on Monday.', publishedAt: 'not a date' }).version).toBe(ANALYSIS_VERSION);
  });

  it('never throws and keeps offsets inside the text (property)', () => {
    const pieces = fc.constantFrom(
      'Antony Blinken', 'said', '“', '”', '"', 'on Thursday', 'U.S.', '.', ',', '\n\n', 'the Journal', 'Mr.', 'Feb. 3', '’s', ' ', 'Inc.', 'of', 'and',
      'NATO', 'Wang', '2023', 'last week', 'in Munich', '🙂', 'מחר', '\u0000', '-', 'Higher School of Economics', 'over the past year',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string({ maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 6 })), { maxLength: 60 }), fc.option(fc.constantFrom('2023-02-23', '2008-03-01T10:00:00Z', 'garbage')), (parts, publishedAt) => {
        const text = parts.join(' ');
        const a = analyze({ text, publishedAt });
        expectConsistent(text, a);
      }),
      { numRuns: 300 },
    );
  });
});
