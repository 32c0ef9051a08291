import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dateBounds, parseQuery, QUERY_SYNTAX_HELP, type QueryNode } from './query';

const ast = (q: string): QueryNode | null => {
  const r = parseQuery(q);
  expect(r.error).toBeNull();
  return r.ast;
};
const error = (q: string) => {
  const r = parseQuery(q);
  expect(r.ast).toBeNull();
  expect(r.error).not.toBeNull();
  return r.error!;
};
const term = (text: string, position: number, extra: Partial<Extract<QueryNode, { kind: 'term' }>> = {}) => ({
  kind: 'term',
  field: null,
  text,
  match: 'exact',
  distance: 0,
  position,
  ...extra,
});

describe('parseQuery: constructs', () => {
  it('reads an empty or blank query as nothing, without error', () => {
    expect(parseQuery('')).toEqual({ ast: null, error: null });
    expect(parseQuery('   ')).toEqual({ ast: null, error: null });
  });

  it('reads plain words as an implicit AND', () => {
    expect(ast('sanctions')).toEqual(term('sanctions', 0));
    expect(ast('trade  talks')).toEqual({ kind: 'and', children: [term('trade', 0), term('talks', 7)] });
  });

  it('reads exact phrases, with straight or curly quotes', () => {
    expect(ast('"trade talks" china')).toEqual({
      kind: 'and',
      children: [{ kind: 'phrase', field: null, text: 'trade talks', position: 0 }, term('china', 14)],
    });
    expect(ast('\u201ctrade talks\u201d')).toEqual({ kind: 'phrase', field: null, text: 'trade talks', position: 0 });
  });

  it('reads exclusions of words and phrases', () => {
    expect(ast('oil -coal -"coal mine"')).toEqual({
      kind: 'and',
      children: [
        term('oil', 0),
        { kind: 'not', position: 4, child: term('coal', 5) },
        { kind: 'not', position: 10, child: { kind: 'phrase', field: null, text: 'coal mine', position: 11 } },
      ],
    });
  });

  it('reads person:, org: and place: as entity filters: quoted is the whole name, * a prefix', () => {
    expect(ast('person:"Janet Yellen"')).toEqual({ kind: 'entity', entity: 'person', value: 'Janet Yellen', exact: true, prefix: false, position: 0 });
    expect(ast('org:nato')).toEqual({ kind: 'entity', entity: 'organization', value: 'nato', exact: false, prefix: false, position: 0 });
    expect(ast('sanctions Place:Bengaluru')).toEqual({
      kind: 'and',
      children: [term('sanctions', 0), { kind: 'entity', entity: 'place', value: 'Bengaluru', exact: false, prefix: false, position: 10 }],
    });
    expect(ast('-person:yel*')).toEqual({ kind: 'not', position: 0, child: { kind: 'entity', entity: 'person', value: 'yel', exact: false, prefix: true, position: 1 } });
    expect(error('person:y*')).toEqual({ message: 'a prefix needs at least 2 letters before "*"', position: 7 });
    expect(error('place:')).toMatchObject({ message: expect.stringMatching(/needs a value, as in place:Nairobi/) });
    expect(error('person:"--"')).toMatchObject({ message: expect.stringMatching(/needs a name/) });
    expect(QUERY_SYNTAX_HELP).toMatch(/person:"Janet Yellen"/);
  });

  it('keeps hyphenated words whole', () => {
    expect(ast('covid-19')).toEqual(term('covid-19', 0));
  });

  it('reads OR, which binds tighter than the implicit AND', () => {
    expect(ast('oil OR gas')).toEqual({ kind: 'or', children: [term('oil', 0), term('gas', 7)] });
    expect(ast('a b OR c')).toEqual({ kind: 'and', children: [term('a', 0), { kind: 'or', children: [term('b', 2), term('c', 7)] }] });
    // lowercase "or" is just a word
    expect(ast('oil or gas')).toEqual({ kind: 'and', children: [term('oil', 0), term('or', 4), term('gas', 7)] });
  });

  it('reads OR between groups, and explicit AND', () => {
    expect(ast('(oil gas) OR coal')).toEqual({
      kind: 'or',
      children: [{ kind: 'and', children: [term('oil', 1), term('gas', 5)] }, term('coal', 13)],
    });
    expect(ast('oil AND gas')).toEqual({ kind: 'and', children: [term('oil', 0), term('gas', 8)] });
  });

  it('reads prefix and fuzzy words', () => {
    expect(ast('sanc*')).toEqual(term('sanc', 0, { match: 'prefix' }));
    expect(ast('blinkin~')).toEqual(term('blinkin', 0, { match: 'fuzzy', distance: 1 }));
    expect(ast('goverment~2')).toEqual(term('goverment', 0, { match: 'fuzzy', distance: 2 }));
  });

  it('reads field filters, quoted values and modifiers in field values', () => {
    expect(ast('title:summit')).toEqual(term('summit', 6, { field: 'title' }));
    expect(ast('author:smith')).toEqual(term('smith', 7, { field: 'author' }));
    expect(ast('Source:"Wall Street Journal"')).toEqual({ kind: 'phrase', field: 'source', text: 'Wall Street Journal', position: 0 });
    expect(ast('title:sanc*')).toEqual(term('sanc', 6, { field: 'title', match: 'prefix' }));
  });

  it('reads tags, including hierarchical ones', () => {
    expect(ast('tag:region')).toEqual({ kind: 'tag', value: 'region', position: 0 });
    expect(ast('tag:region/china')).toEqual({ kind: 'tag', value: 'region/china', position: 0 });
    expect(ast('-tag:"region/south asia"')).toEqual({ kind: 'not', position: 0, child: { kind: 'tag', value: 'region/south asia', position: 1 } });
  });

  it('reads dates as inclusive bounds', () => {
    expect(ast('after:2023')).toEqual({ kind: 'date', bound: 'after', value: '2023', start: '2023-01-01', end: '2023-12-31', position: 0 });
    expect(ast('before:2023-02')).toEqual({ kind: 'date', bound: 'before', value: '2023-02', start: '2023-02-01', end: '2023-02-28', position: 0 });
    expect(ast('after:2024-02-29')).toMatchObject({ start: '2024-02-29', end: '2024-02-29' });
    expect(dateBounds('2024-02')).toEqual({ start: '2024-02-01', end: '2024-02-29' });
  });

  it('treats unknown field names as ordinary text', () => {
    expect(ast('http://x')).toEqual(term('http://x', 0));
  });

  it('has help text that mentions every construct', () => {
    for (const s of ['"', '-', 'OR', '*', '~', 'title:', 'author:', 'source:', 'tag:', 'after:', 'before:']) expect(QUERY_SYNTAX_HELP).toContain(s);
  });
});

describe('parseQuery: errors point at the problem', () => {
  it('unclosed quote', () => {
    expect(error('china "trade talks')).toEqual({ message: 'this quote is never closed', position: 6 });
    expect(error('source:"Wall Street').position).toBe(7);
  });
  it('bad date', () => {
    expect(error('sanctions after:2023-13').position).toBe(16);
    expect(error('before:yesterday').message).toMatch(/not a date/);
    expect(error('after:2023-02-30').position).toBe(6);
  });
  it('empty field', () => {
    expect(error('oil title:').position).toBe(4);
    expect(error('title: summit').message).toMatch(/needs a value/);
    expect(error('tag:""').position).toBe(0);
  });
  it('dangling OR', () => {
    expect(error('oil OR')).toEqual({ message: '"OR" needs something after it', position: 4 });
    expect(error('OR gas').position).toBe(0);
    expect(error('oil OR OR gas').position).toBe(4);
    expect(error('(oil OR) gas').position).toBe(5);
  });
  it('lone minus', () => {
    expect(error('oil -').position).toBe(4);
    expect(error('oil - gas').position).toBe(4);
    expect(error('--oil').position).toBe(0);
  });
  it('parentheses', () => {
    expect(error('(oil gas').position).toBe(0);
    expect(error('oil) gas').position).toBe(3);
    expect(error('()').message).toMatch(/empty/);
  });
  it('bad prefix or fuzzy', () => {
    expect(error('a*').message).toMatch(/at least 2/);
    expect(error('oil~3').position).toBe(4);
    expect(error('~').position).toBe(0);
  });
  it('empty quotes', () => {
    expect(error('""').position).toBe(0);
  });
});

describe('parseQuery never throws', () => {
  it('returns an ast or an error for any string', () => {
    const alphabet = fc.constantFrom(...'ab -"()*~:OR2 title:tag:after:before:source:'.split(''), 'OR', 'AND', 'after:', 'tag:', '"', '-', '(', ')');
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 60 }), fc.array(alphabet, { maxLength: 20 }).map((a) => a.join(''))), (q) => {
        const r = parseQuery(q);
        expect(r.ast === null || r.error === null).toBe(true);
        if (r.error) {
          expect(r.error.position).toBeGreaterThanOrEqual(0);
          expect(r.error.position).toBeLessThanOrEqual(q.length);
          expect(r.error.message.length).toBeGreaterThan(0);
          expect(r.error.message).not.toMatch(/could not read the query/);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('parseQuery: note:', () => {
  it('reads a word, a prefix, a fuzzy word or a phrase in the user’s notes', () => {
    expect(ast('note:follow-up')).toEqual({ kind: 'note', text: 'follow-up', match: 'exact', distance: 0, position: 0 });
    expect(ast('NOTE:chec*')).toEqual({ kind: 'note', text: 'chec', match: 'prefix', distance: 0, position: 0 });
    expect(ast('note:oslo~2')).toEqual({ kind: 'note', text: 'oslo', match: 'fuzzy', distance: 2, position: 0 });
    expect(ast('talks -note:"check this"')).toEqual({
      kind: 'and',
      children: [term('talks', 0), { kind: 'not', position: 6, child: { kind: 'note', text: 'check this', match: 'phrase', distance: 0, position: 7 } }],
    });
    expect(QUERY_SYNTAX_HELP).toContain('note:');
  });

  it('says what is missing', () => {
    expect(error('note:').message).toMatch(/"note:" needs a value, as in note:follow-up/);
    expect(error('note:a*').message).toMatch(/at least 2 letters/);
  });
});
