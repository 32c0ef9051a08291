import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { alignPassages, quotedSpans, splitSentences } from './align';

const slices = (text: string, ranges: [number, number][]) => ranges.map(([s, e]) => text.slice(s, e));

describe('splitSentences', () => {
  it('splits on sentence ends and line breaks but not on abbreviations or initials', () => {
    const text = 'U.S. Secretary of State Antony Blinken met Mr. Wang in Munich. It was "tense." J. Smith agreed!\n\nNew paragraph here';
    expect(slices(text, splitSentences(text))).toEqual([
      'U.S. Secretary of State Antony Blinken met Mr. Wang in Munich.',
      'It was "tense."',
      'J. Smith agreed!',
      'New paragraph here',
    ]);
  });

  it('does not split inside decimals or before lower-case words', () => {
    const text = 'Shares rose 3.5 percent on Monday. analysts said e.g. nothing.';
    expect(slices(text, splitSentences(text))).toEqual(['Shares rose 3.5 percent on Monday. analysts said e.g. nothing.']);
  });
});

describe('quotedSpans', () => {
  it('finds curly and straight quotations of five words or more', () => {
    const text = 'He said “we will not arm either side of the war” and called it "tense." She said "this is a very long quote indeed".';
    expect(slices(text, quotedSpans(text))).toEqual(['we will not arm either side of the war', 'this is a very long quote indeed']);
  });
});

describe('alignPassages', () => {
  const reuters =
    'Airbus shares fell on Tuesday. The company said it would cut 10,000 jobs across Europe over four years. ' +
    'Analysts expect further delays. “We have to take tough decisions to secure our future,” chief executive Louis Gallois told reporters.';
  const afp =
    'The weather in Toulouse was grey. Airbus said it will cut 10,000 jobs across Europe over the next four years, unions reported. ' +
    'Gallois said: “We have to take tough decisions to secure our future.” Unions called a strike.';

  it('pairs the same sentence despite small wording differences', () => {
    const pairs = alignPassages(reuters, afp);
    const texts = pairs.map((p) => [reuters.slice(...p.a), afp.slice(...p.b)]);
    expect(texts.some(([x, y]) => x!.includes('cut 10,000 jobs') && y!.includes('cut 10,000 jobs'))).toBe(true);
  });

  it('pairs a quotation framed differently by two outlets', () => {
    const pairs = alignPassages(reuters, afp);
    const quote = pairs.find((p) => reuters.slice(...p.a).includes('tough decisions'));
    expect(quote).toBeDefined();
    expect(afp.slice(...quote!.b)).toContain('tough decisions to secure our future');
    // The narrowed range leaves out the different attributions.
    expect(reuters.slice(...quote!.a)).not.toContain('told reporters');
    expect(afp.slice(...quote!.b)).not.toContain('Gallois said');
  });

  it('leaves what only one article says unaligned', () => {
    const pairs = alignPassages(reuters, afp);
    for (const p of pairs) {
      expect(reuters.slice(...p.a)).not.toContain('Analysts expect');
      expect(afp.slice(...p.b)).not.toContain('weather in Toulouse');
      expect(afp.slice(...p.b)).not.toContain('called a strike');
    }
    expect(pairs).toHaveLength(2);
  });

  it('finds nothing between unrelated texts, even with shared function words', () => {
    const x = 'It was one of the best days of the year for the team in the city.';
    const y = 'One of the reasons for the decline in the market is the weather of the year.';
    expect(alignPassages(x, y)).toEqual([]);
  });

  it('matches one-to-one: a sentence repeated in one text pairs only once', () => {
    const s = 'The central bank raised interest rates by half a point on Thursday.';
    const pairs = alignPassages(`${s} ${s}`, `Markets fell. ${s}`);
    expect(pairs).toHaveLength(1);
  });

  it('returns ordered, in-bounds, non-overlapping ranges for any pair of texts', () => {
    const word = fc.constantFrom('the', 'bank', 'raised', 'rates', 'on', 'Thursday', 'said', '“', '”', '.', 'Mr.', 'China', 'Russia', '\n');
    const textArb = fc.array(word, { maxLength: 120 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(textArb, textArb, (x, y) => {
        const pairs = alignPassages(x, y);
        for (const [i, p] of pairs.entries()) {
          expect(p.a[0]).toBeGreaterThanOrEqual(0);
          expect(p.a[1]).toBeLessThanOrEqual(x.length);
          expect(p.b[1]).toBeLessThanOrEqual(y.length);
          expect(p.a[0]).toBeLessThan(p.a[1]);
          expect(p.b[0]).toBeLessThan(p.b[1]);
          for (const q of pairs.slice(i + 1)) {
            expect(q.a[0]).toBeGreaterThanOrEqual(p.a[1]);
            expect(q.b[0] >= p.b[1] || q.b[1] <= p.b[0]).toBe(true);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('aligns an article with itself sentence by sentence', () => {
    const text = 'The central bank raised interest rates by half a point. Officials warned that inflation remains far too high for comfort.';
    const pairs = alignPassages(text, text);
    expect(pairs.map((p) => p.a)).toEqual(pairs.map((p) => p.b));
    expect(pairs).toHaveLength(2);
  });
});
