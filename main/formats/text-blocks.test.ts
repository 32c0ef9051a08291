import { describe, expect, it } from 'vitest';
import { assembleArticle, countWords, normaliseBlockText, titleFromFileName } from './text-blocks';

describe('text blocks', () => {
  it('collapses every kind of white-space run to one space and trims lines', () => {
    expect(normaliseBlockText('  a  b\t c \u00a0d \t\u2003 e\u3000\u3000f ')).toBe('a b c d e f');
    expect(normaliseBlockText('line one \n\n\n  line two\t')).toBe('line one\nline two');
  });

  it('counts words, not punctuation', () => {
    expect(countWords('The U.S. — and “China” — agreed, 3 to 2.')).toBe(8);
    expect(countWords('')).toBe(0);
    expect(countWords('Zürich naïve 北京')).toBe(3);
  });

  it('makes titles from file names', () => {
    expect(titleFromFileName('dir/china_weighs-arms.txt')).toBe('china weighs arms');
    expect(titleFromFileName('2023 - report.md')).toBe('2023 - report');
  });

  it('joins paragraphs with a blank line and records their offsets', () => {
    const a = assembleArticle({
      format: 'txt', title: ' A  title ', authors: ['Jane Doe', 'Jane Doe'], publisher: null, publishedAt: null,
      blocks: [{ text: 'One.', kind: 'heading' }, { text: '  ', kind: 'body' }, { text: 'Two\n\nthree.', kind: 'quote' }],
      captions: [], boilerplate: [], fileTags: [], url: null, html: null, encoding: 'utf-8', warnings: [],
    });
    expect(a.text).toBe('One.\n\nTwo\nthree.');
    expect(a.paragraphs).toEqual([{ start: 0, end: 4, kind: 'heading' }, { start: 6, end: 16, kind: 'quote' }]);
    expect(a.title).toBe('A title');
    expect(a.authors).toEqual(['Jane Doe']);
    expect(a.wordCount).toBe(3);
  });
});
