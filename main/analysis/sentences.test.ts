import { describe, it, expect } from 'vitest';
import { splitSentences } from './sentences';

const split = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('keeps abbreviations, initials and U.S. inside sentences', () => {
    expect(split('Mr. Smith met U.S. officials on Feb. 3 in Washington. Boeing executive Michael M. Sears agreed. Acme Inc. said no.')).toEqual([
      'Mr. Smith met U.S. officials on Feb. 3 in Washington.',
      'Boeing executive Michael M. Sears agreed.',
      'Acme Inc. said no.',
    ]);
  });

  it('ends a sentence after U.S. when a new one clearly begins, and after closing quotes', () => {
    expect(split('Sales rose in the U.S. The company said “it is over.” Then it left.')).toEqual([
      'Sales rose in the U.S.',
      'The company said “it is over.”',
      'Then it left.',
    ]);
  });

  it('never runs across paragraphs and copes with no punctuation', () => {
    expect(split('First paragraph without a stop\n\nSecond one. Third')).toEqual(['First paragraph without a stop', 'Second one.', 'Third']);
    expect(split('')).toEqual([]);
    expect(split('3.5 percent of Detik.com users')).toEqual(['3.5 percent of Detik.com users']);
  });
});
