import { describe, it, expect } from 'vitest';
import { parseQuery } from '../../shared/query';
import { applySuggestion, currentWord, facetFilter, hasFilter, quoteValue, toggleFilter } from './query-edit';

describe('facet filters', () => {
  it('builds filters the query parser accepts', () => {
    expect(facetFilter('source', 'Wall Street Journal')).toBe('source:"Wall Street Journal"');
    expect(facetFilter('tag', 'region/china')).toBe('tag:region/china');
    expect(facetFilter('year', '2023')).toBe('after:2023 before:2023');
    for (const f of [facetFilter('source', 'Wall Street Journal'), facetFilter('tag', 'region/china'), facetFilter('year', '2023'), facetFilter('tag', 'to do')]) {
      expect(parseQuery(`china ${f}`).error).toBeNull();
    }
  });

  it('builds person, organisation and place filters on the whole name, quoted', () => {
    expect(facetFilter('person', 'Janet Yellen')).toBe('person:"Janet Yellen"');
    expect(facetFilter('organization', 'NATO')).toBe('org:"NATO"');
    expect(facetFilter('place', 'Côte d"Ivoire')).toBe('place:"Côte d Ivoire"');
    const q = toggleFilter('sanctions', facetFilter('person', 'Janet Yellen'));
    expect(parseQuery(q).ast).toMatchObject({ kind: 'and', children: [{ kind: 'term' }, { kind: 'entity', entity: 'person', value: 'Janet Yellen', exact: true }] });
    expect(toggleFilter(q, facetFilter('person', 'Janet Yellen'))).toBe('sanctions');
  });

  it('toggles a filter on and off as whole words', () => {
    const q = toggleFilter('wang yi', 'source:AP');
    expect(q).toBe('wang yi source:AP');
    expect(hasFilter(q, 'source:AP')).toBe(true);
    expect(hasFilter('wang source:APX', 'source:AP')).toBe(false);
    expect(toggleFilter(q, 'source:AP')).toBe('wang yi');
    expect(toggleFilter('', 'tag:x')).toBe('tag:x');
    expect(toggleFilter('a after:2023 before:2023 b', 'after:2023 before:2023')).toBe('a b');
  });

  it('quotes values only when needed', () => {
    expect(quoteValue('AP')).toBe('AP');
    expect(quoteValue('say "hi" now')).toBe('"say hi now"');
  });
});

describe('suggestions', () => {
  it('finds the word being typed', () => {
    expect(currentWord('china wan')).toBe('wan');
    expect(currentWord('china ')).toBe('');
    expect(currentWord('china source:"Wall Str')).toBe('source:"Wall Str');
    expect(currentWord('china -blin')).toBe('blin');
  });

  it('replaces it with the suggestion', () => {
    expect(applySuggestion('china wan', 'wang')).toBe('china wang ');
    expect(applySuggestion('china source:Wal', 'Wall Street Journal')).toBe('china source:"Wall Street Journal" ');
    expect(applySuggestion('tag:reg', 'tag:region/china')).toBe('tag:region/china ');
    expect(applySuggestion('-blin', 'blinken')).toBe('-blinken ');
  });
});
