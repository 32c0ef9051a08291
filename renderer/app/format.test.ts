import { describe, it, expect } from 'vitest';
import { formatAuthors, formatPublished, plural, sourceOf, yearOf } from './format';

describe('formatPublished', () => {
  it('shows a date only as precisely as it is known', () => {
    expect(formatPublished({ value: '2023-02-23', precision: 'day' })).toBe('23 Feb 2023');
    expect(formatPublished({ value: '2023-02', precision: 'month' })).toBe('Feb 2023');
    expect(formatPublished({ value: '2023-02-23', precision: 'month' })).toBe('Feb 2023');
    expect(formatPublished({ value: '2023', precision: 'year' })).toBe('2023');
    expect(formatPublished({ value: '2023-02-23T14:05:00Z', precision: 'datetime' })).toBe('23 Feb 2023, 14:05');
    expect(formatPublished(null)).toBe('');
    expect(formatPublished({ value: 'sometime', precision: 'unknown' })).toBe('sometime');
  });
  it('extracts the year', () => {
    expect(yearOf({ value: '2009-05-01', precision: 'day' })).toBe('2009');
    expect(yearOf(null)).toBeNull();
  });
});

describe('small formatters', () => {
  it('joins authors, picks a source, pluralises', () => {
    expect(formatAuthors(['A'])).toBe('A');
    expect(formatAuthors(['A', 'B', 'C'])).toBe('A, B and C');
    expect(sourceOf({ publisher: 'AP' })).toBe('AP');
    // A folder is a collection, not a publisher: never guessed from the path.
    const inFolder = { publisher: null, path: 'reuters/x.txt' };
    expect(sourceOf(inFolder)).toBe('Unknown publisher');
    expect(sourceOf({ publisher: '' })).toBe('Unknown publisher');
    expect(plural(1, 'result')).toBe('1 result');
    expect(plural(12000, 'result')).toBe('12,000 results');
  });
});
