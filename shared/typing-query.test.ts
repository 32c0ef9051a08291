import { describe, expect, it } from 'vitest';
import { parseQuery } from './query';
import { typingQuery } from './typing-query';

describe('typingQuery', () => {
  it('reads the last word being typed as a prefix', () => {
    expect(typingQuery('sanc')).toBe('sanc*');
    expect(typingQuery('sanctions chi')).toBe('sanctions chi*');
    expect(typingQuery('"trade talks" bei')).toBe('"trade talks" bei*');
    expect(typingQuery('(oil OR gas')).toBe('(oil OR gas'); // unbalanced: as typed, the parser says why
    expect(typingQuery('(oil OR ga')).toBe('(oil OR ga');
    expect(typingQuery('oil -coa')).toBe('oil -coa*');
    expect(typingQuery('café')).toBe('café*');
  });
  it('reads a field value as a prefix where the field takes words', () => {
    expect(typingQuery('person:yel')).toBe('person:yel*');
    expect(typingQuery('source:reut')).toBe('source:reut*');
    expect(typingQuery('tag:reg')).toBe('tag:reg');
    expect(typingQuery('after:2023')).toBe('after:2023');
    expect(typingQuery('person:y')).toBe('person:y');
  });
  it('searches as typed what cannot be a prefix', () => {
    for (const q of ['', 'sanctions ', 's', 'oil OR', 'oil AND', 'sanc*', 'blinkin~', 'blinkin~2', '"trade tal', '"trade talks"', 'U.S.', 'covid-', '(oil OR gas)']) {
      expect(typingQuery(q), q).toBe(q);
    }
  });
  it('never turns a valid query into an invalid one', () => {
    for (const q of ['a b c', 'x OR yy', 'title:"a b" cd', 'person:"Janet Yel', '-"coal mine" ga', 'tag:x/y zz']) {
      const typed = typingQuery(q);
      if (!parseQuery(q).error) expect(parseQuery(typed).error, typed).toBeNull();
    }
  });
});
