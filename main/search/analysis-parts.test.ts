import { describe, expect, it } from 'vitest';
import { PackedPostings } from './packed-postings';
import { stem } from './stem';
import { makeSnippet, highlightRanges } from './snippet';
import { termOf, tokenize, tokenSpans } from './text-analysis';

describe('stem', () => {
  it('meets the forms of a word', () => {
    for (const family of [
      ['sanction', 'sanctions', 'sanctioned', 'sanctioning'],
      ['impose', 'imposes', 'imposed', 'imposing'],
      ['policy', 'policies'],
      ['run', 'running'],
      ['tax', 'taxes'],
      ['match', 'matches'],
    ]) {
      expect(new Set(family.map(stem)).size, family.join()).toBe(1);
    }
  });
  it('leaves alone what only looks inflected', () => {
    for (const w of ['news', 'business', 'status', 'crisis', 'chaos', 'us', 'gas', 'series', 'united']) expect(stem(w)).toBe(w);
  });
});

describe('tokens and terms', () => {
  it('splits on anything but letters, digits and marks, lowercased', () => {
    expect(tokenize("Xi's U.S. trip — COVID-19, Zürich")).toEqual(['xi', 's', 'u', 's', 'trip', 'covid', '19', 'zürich']);
  });
  it('keeps offsets of the original text', () => {
    const text = 'Élan,  vital';
    expect(tokenSpans(text).map((t) => [t.lower, text.slice(t.start, t.end)])).toEqual([
      ['élan', 'Élan'],
      ['vital', 'vital'],
    ]);
  });
  it('folds accents in index terms, so café and cafe are one term', () => {
    expect(['café', 'cafe', 'CAFÉ'.toLowerCase(), 'cafe\u0301'].map(termOf)).toEqual(['cafe', 'cafe', 'cafe', 'cafe']);
    expect(['straße', 'łódź', 'zürich'].map(termOf)).toEqual(['strasse', 'lodz', 'zurich'].map(termOf));
    // Other scripts keep their marks: й is a letter of its own.
    expect(termOf('йод')).toBe('йод');
  });
  it('drops stop words and single letters from the index', () => {
    expect(['the', 'of', 's', 'us', 'may'].map(termOf)).toEqual([null, null, null, 'us', 'may']);
  });
});

describe('PackedPostings', () => {
  // two terms: term A has field 1 with docs (5,2),(7,1); term B has fields 0 and 1
  const buffer = Uint32Array.from([1, 1, 2, 5, 2, 7, 1, 2, 0, 1, 9, 3, 1, 1, 5, 1]);
  it('answers as the Map MiniSearch expects, unpacking on first use', () => {
    const a = new PackedPostings(buffer, 0);
    expect(PackedPostings.lengthAt(buffer, 0)).toBe(7);
    expect(a.isPacked).toBe(true);
    expect(a.documentFrequency(null)).toBe(2);
    expect(a.fieldBlock(1)).toEqual([buffer, 3, 2]);
    expect(a.isPacked).toBe(true);
    expect([...a.get(1)!]).toEqual([
      [5, 2],
      [7, 1],
    ]);
    expect(a.isPacked).toBe(false);
    const b = new PackedPostings(buffer, 7);
    expect(b.documentFrequency([0])).toBe(1);
    expect([...b.keys()]).toEqual([0, 1]);
    b.set(2, new Map([[1, 1]]));
    expect(b.size).toBe(3);
  });
});

describe('snippets', () => {
  it('highlights stems and phrases and cuts around the best passage', () => {
    const text = `${'Nothing here. '.repeat(30)}Trade talks resumed as sanctions bit. ${'More nothing. '.repeat(30)}`;
    const ranges = highlightRanges(text, { terms: new Set(['sanction']), phrases: [['trade', 'talks']] });
    expect(ranges.map(([a, b]) => text.slice(a, b))).toEqual(['Trade talks', 'sanctions']);
    const s = makeSnippet(text, ranges, 120);
    expect(s.highlights.map(([a, b]) => s.text.slice(a, b))).toEqual(['Trade talks', 'sanctions']);
    expect(s.text.startsWith('…') && s.text.endsWith('…')).toBe(true);
  });
  it('highlights whole words only, any case, across punctuation and non-Latin letters', () => {
    const h = { terms: new Set(['sanction', 'zurich', 'policy']), phrases: [['trade', 'talks']] };
    const text = 'Unsanctioned SANCTIONS in Zürich; trade, talks. 𝐀sanction policies';
    expect(highlightRanges(text, h).map(([a, b]) => text.slice(a, b))).toEqual(['SANCTIONS', 'Zürich', 'trade, talks', 'policies']);
    // A phrase's first word alone is not a match unless it is also a term.
    expect(highlightRanges('trade deals', h)).toEqual([]);
    // Words with regular-expression characters around them are still plain words.
    expect(highlightRanges('(sanction)*', h).map(([a, b]) => [a, b])).toEqual([[1, 9]]);
  });
  it('marks the accented original for a folded term or phrase, precomposed or with combining marks', () => {
    const h = { terms: new Set([termOf('cafe')!, termOf('sao')!]), phrases: [['creme', 'brulee']] };
    const text = 'A café in São Paulo served crème brûlée; the CAFÉ and the cafe\u0301 too.';
    expect(highlightRanges(text, h).map(([a, b]) => text.slice(a, b))).toEqual(['café', 'São', 'crème brûlée', 'CAFÉ', 'cafe\u0301']);
    // Offsets are the original text's: the folded copy has the same length.
    const [first] = highlightRanges(text, h);
    expect(first).toEqual([2, 6]);
  });
  it('starts at the beginning when nothing matches in the text', () => {
    expect(makeSnippet('Short text.', []).text).toBe('Short text.');
  });
});
