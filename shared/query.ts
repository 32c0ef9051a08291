/**
 * Dossier's search query language, parsed into a small tree. Pure: the UI uses it for syntax
 * help and live error marks, the engine evaluates the tree. Mistakes come back as
 * `{ message, position }`; the parser never throws.
 *
 * Grammar (OR binds tighter than the implicit AND, as in web search engines):
 *   query   := and
 *   and     := or+                      every part must match
 *   or      := unary ( "OR" unary )*
 *   unary   := "-" primary | primary   "-" excludes
 *   primary := "(" and ")" | field ":" value | "\"phrase\"" | word
 *   word    := letters, optionally ending in "*" (prefix) or "~" / "~N" (fuzzy, N = 1 or 2)
 *   field   := title | author | source | tag | note | after | before | person | org | place
 */

export type TextField = 'title' | 'author' | 'source';

export type QueryNode =
  | { kind: 'and'; children: QueryNode[] }
  | { kind: 'or'; children: QueryNode[] }
  | { kind: 'not'; child: QueryNode; position: number }
  /** One word. `field` null means title, text, authors, publisher and entities. */
  | { kind: 'term'; field: TextField | null; text: string; match: 'exact' | 'prefix' | 'fuzzy'; distance: number; position: number }
  /** Consecutive words, verified against the text itself. */
  | { kind: 'phrase'; field: TextField | null; text: string; position: number }
  /** A word or phrase in the user's notes on an article (`note:`); plain words and phrases also look there. */
  | { kind: 'note'; text: string; match: 'exact' | 'prefix' | 'fuzzy' | 'phrase'; distance: number; position: number }
  /** A tag or any tag below it: `region` matches `region` and `region/china`. */
  | { kind: 'tag'; value: string; position: number }
  /** Inclusive date bound; `start`/`end` are the first and last day (YYYY-MM-DD) the value names. */
  | { kind: 'date'; bound: 'after' | 'before'; value: string; start: string; end: string; position: number }
  | EntityQueryNode;

/**
 * A person, organisation or place the analysis found, by its canonical name (accents and case
 * ignored): `exact` (a quoted value) is the whole name, else the name has these words; `prefix`:
 * the last word is a prefix (`person:yel*`).
 */
export type EntityQueryNode = { kind: 'entity'; entity: EntityField; value: string; exact: boolean; prefix: boolean; position: number };
export type EntityField = 'person' | 'organization' | 'place';
/** Query field names of the entity kinds. */
export const ENTITY_FIELDS: Record<string, EntityField> = { person: 'person', org: 'organization', place: 'place' };

export interface QueryError {
  message: string;
  position: number;
}

export interface ParsedQuery {
  /** null for an empty query or when there is an error. */
  ast: QueryNode | null;
  error: QueryError | null;
}

/** Words shorter than this cannot be used as a prefix (they would match most of the dictionary). */
export const MIN_PREFIX_LENGTH = 2;
export const MAX_FUZZY_DISTANCE = 2;

export const QUERY_SYNTAX_HELP = `Search syntax
  climate change         articles containing both words (word forms count: sanction finds sanctions)
  "climate change"       the exact phrase
  -coal  -"coal mine"    exclude a word or a phrase
  oil OR gas             either word; OR binds tighter than the implicit AND: (a b OR c) = a AND (b OR c)
  (oil OR gas) -coal     parentheses group
  sanc*                  words starting with "sanc" (at least ${MIN_PREFIX_LENGTH} letters)
  blinkin~  blinkin~2    fuzzy: up to 1 (default) or 2 typos
  title:summit           in the title; also author:, source: (the publisher)
  source:"Wall Street Journal"   quoted field value
  tag:region             articles tagged region or region/... (region/china)
  note:follow-up  note:"check this"   in your notes and highlights (plain words look there too)
  person:"Janet Yellen"  articles the analysis found her in (the whole name; accents and case ignored);
                         person:yellen any person with that word in the name; also org: and place:
                         (canonical names: place:Myanmar also finds articles that say "Burma")
  after:2023-02  before:2023-12-31   dates (YYYY, YYYY-MM or YYYY-MM-DD), both inclusive:
                         after:2023-02 includes all of February; an article dated only "2023"
                         counts as long as its year overlaps the bound.`;

const FIELDS = new Set(['title', 'author', 'source', 'tag', 'note', 'after', 'before', ...Object.keys(ENTITY_FIELDS)]);

class QuerySyntaxError {
  constructor(
    readonly message: string,
    readonly position: number,
  ) {}
}

type Token =
  | { type: 'word'; text: string; position: number }
  | { type: 'phrase'; text: string; position: number }
  | { type: 'field'; field: string; value: string; quoted: boolean; position: number; valuePosition: number }
  | { type: 'minus'; position: number }
  | { type: 'or'; position: number }
  | { type: 'and'; position: number }
  | { type: 'open'; position: number }
  | { type: 'close'; position: number };

const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\u00a0' || c === '\u3000';
const endsWord = (c: string | undefined) => c === undefined || isSpace(c) || c === '"' || c === '(' || c === ')' || c === '\u201c' || c === '\u201d';
const isQuote = (c: string | undefined) => c === '"' || c === '\u201c' || c === '\u201d';

function readQuoted(q: string, open: number): { text: string; end: number } {
  let i = open + 1;
  while (i < q.length && !isQuote(q[i])) i++;
  if (i >= q.length) throw new QuerySyntaxError('this quote is never closed', open);
  return { text: q.slice(open + 1, i), end: i + 1 };
}

function lex(q: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < q.length) {
    const c = q[i];
    if (isSpace(c)) {
      i++;
    } else if (c === '(') {
      tokens.push({ type: 'open', position: i++ });
    } else if (c === ')') {
      tokens.push({ type: 'close', position: i++ });
    } else if (isQuote(c)) {
      const { text, end } = readQuoted(q, i);
      tokens.push({ type: 'phrase', text, position: i });
      i = end;
    } else if (c === '-' && (i === 0 || endsWord(q[i - 1]) || q[i - 1] === '-')) {
      if (i + 1 >= q.length || isSpace(q[i + 1]) || q[i + 1] === ')') {
        throw new QuerySyntaxError('"-" must be followed by what to exclude, as in -coal', i);
      }
      tokens.push({ type: 'minus', position: i++ });
    } else {
      const start = i;
      while (i < q.length && !endsWord(q[i])) {
        if (q[i] === ':' && FIELDS.has(q.slice(start, i).toLowerCase())) break;
        i++;
      }
      const word = q.slice(start, i);
      if (q[i] === ':') {
        const field = word.toLowerCase();
        i++;
        if (isQuote(q[i])) {
          const { text, end } = readQuoted(q, i);
          tokens.push({ type: 'field', field, value: text, quoted: true, position: start, valuePosition: i });
          i = end;
        } else {
          const valueStart = i;
          while (i < q.length && !endsWord(q[i])) i++;
          tokens.push({ type: 'field', field, value: q.slice(valueStart, i), quoted: false, position: start, valuePosition: valueStart });
        }
      } else if (word === 'OR') {
        tokens.push({ type: 'or', position: start });
      } else if (word === 'AND') {
        tokens.push({ type: 'and', position: start });
      } else {
        tokens.push({ type: 'word', text: word, position: start });
      }
    }
  }
  return tokens;
}

const DATE_RE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** First and last day named by YYYY, YYYY-MM or YYYY-MM-DD; null if it is not a real date. */
export function dateBounds(value: string): { start: string; end: string } | null {
  const m = DATE_RE.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2] === undefined) return { start: `${m[1]}-01-01`, end: `${m[1]}-12-31` };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  const last = daysInMonth(year, month);
  if (m[3] === undefined) return { start: `${m[1]}-${m[2]}-01`, end: `${m[1]}-${m[2]}-${String(last).padStart(2, '0')}` };
  const day = Number(m[3]);
  if (day < 1 || day > last) return null;
  return { start: value, end: value };
}

function wordNode(text: string, position: number, field: TextField | null): QueryNode {
  const fuzzy = /~(\d*)$/.exec(text);
  if (fuzzy) {
    const word = text.slice(0, fuzzy.index);
    const distance = fuzzy[1] ? Number(fuzzy[1]) : 1;
    if (!word) throw new QuerySyntaxError('"~" must follow a word, as in blinkin~', position);
    if (distance < 1 || distance > MAX_FUZZY_DISTANCE) {
      throw new QuerySyntaxError(`fuzzy distance must be 1 or ${MAX_FUZZY_DISTANCE}`, position + fuzzy.index + 1);
    }
    return { kind: 'term', field, text: word, match: 'fuzzy', distance, position };
  }
  if (text.endsWith('*')) {
    const word = text.replace(/\*+$/, '');
    if ([...word].length < MIN_PREFIX_LENGTH) {
      throw new QuerySyntaxError(`a prefix needs at least ${MIN_PREFIX_LENGTH} letters before "*"`, position);
    }
    return { kind: 'term', field, text: word, match: 'prefix', distance: 0, position };
  }
  return { kind: 'term', field, text, match: 'exact', distance: 0, position };
}

function fieldNode(t: Extract<Token, { type: 'field' }>): QueryNode {
  const value = t.value.trim();
  if (!value) {
    throw new QuerySyntaxError(`"${t.field}:" needs a value, as in ${t.field}:${example(t.field)}`, t.position);
  }
  if (t.field === 'after' || t.field === 'before') {
    const bounds = dateBounds(value);
    if (!bounds) throw new QuerySyntaxError(`"${value}" is not a date; use YYYY, YYYY-MM or YYYY-MM-DD`, t.valuePosition);
    return { kind: 'date', bound: t.field, value, ...bounds, position: t.position };
  }
  if (t.field === 'tag') {
    return { kind: 'tag', value: value.replace(/^\/+|\/+$/g, ''), position: t.position };
  }
  if (t.field === 'note') {
    if (t.quoted) return { kind: 'note', text: value, match: 'phrase', distance: 0, position: t.position };
    const word = wordNode(value, t.valuePosition, null) as Extract<QueryNode, { kind: 'term' }>;
    return { kind: 'note', text: word.text, match: word.match, distance: word.distance, position: t.position };
  }
  const entity = ENTITY_FIELDS[t.field];
  if (entity) return entityNode(entity, t, value);
  const field = t.field as TextField;
  if (t.quoted) return { kind: 'phrase', field, text: value, position: t.position };
  return wordNode(value, t.valuePosition, field);
}

function entityNode(entity: EntityField, t: Extract<Token, { type: 'field' }>, value: string): EntityQueryNode {
  const prefix = !t.quoted && value.endsWith('*');
  const words = prefix ? value.replace(/\*+$/, '') : value;
  if (prefix && [...words].length < MIN_PREFIX_LENGTH) {
    throw new QuerySyntaxError(`a prefix needs at least ${MIN_PREFIX_LENGTH} letters before "*"`, t.valuePosition);
  }
  if (!/[\p{L}\p{N}]/u.test(words)) throw new QuerySyntaxError(`"${t.field}:" needs a name, as in ${t.field}:${example(t.field)}`, t.valuePosition);
  return { kind: 'entity', entity, value: words, exact: t.quoted, prefix, position: t.position };
}

function example(field: string): string {
  switch (field) {
    case 'after':
    case 'before':
      return '2023-02';
    case 'tag':
      return 'region/china';
    case 'note':
      return 'follow-up';
    case 'source':
      return '"Wall Street Journal"';
    case 'author':
      return 'smith';
    case 'person':
      return '"Janet Yellen"';
    case 'org':
      return '"World Bank"';
    case 'place':
      return 'Nairobi';
    default:
      return 'summit';
  }
}

class Parser {
  private i = 0;
  constructor(
    private readonly tokens: Token[],
    private readonly length: number,
  ) {}

  parse(): QueryNode | null {
    if (this.tokens.length === 0) return null;
    const node = this.parseAnd(false);
    const extra = this.tokens[this.i];
    if (extra) throw new QuerySyntaxError('this ")" has no matching "("', extra.position);
    return node;
  }

  private peek(): Token | undefined {
    return this.tokens[this.i];
  }

  private parseAnd(inGroup: boolean): QueryNode {
    const children: QueryNode[] = [];
    for (;;) {
      const t = this.peek();
      if (!t || t.type === 'close') break;
      if (t.type === 'and') {
        const next = this.tokens[this.i + 1];
        if (children.length === 0 || !next || next.type === 'close' || next.type === 'or' || next.type === 'and') {
          throw new QuerySyntaxError('"AND" needs something on both sides', t.position);
        }
        this.i++;
        continue;
      }
      children.push(this.parseOr());
    }
    if (children.length === 0) {
      const t = this.peek();
      throw new QuerySyntaxError(inGroup ? 'empty parentheses' : 'empty query', t ? t.position : this.length);
    }
    return children.length === 1 ? children[0]! : { kind: 'and', children };
  }

  private parseOr(): QueryNode {
    const first = this.peek();
    if (first?.type === 'or') throw new QuerySyntaxError('"OR" needs something before it', first.position);
    const children = [this.parseUnary()];
    while (this.peek()?.type === 'or') {
      const or = this.peek()!;
      this.i++;
      const next = this.peek();
      if (!next || next.type === 'close' || next.type === 'or' || next.type === 'and') {
        throw new QuerySyntaxError('"OR" needs something after it', or.position);
      }
      children.push(this.parseUnary());
    }
    return children.length === 1 ? children[0]! : { kind: 'or', children };
  }

  private parseUnary(): QueryNode {
    const t = this.peek()!;
    if (t.type === 'minus') {
      this.i++;
      const next = this.peek();
      if (!next || next.type === 'close' || next.type === 'or' || next.type === 'and' || next.type === 'minus') {
        throw new QuerySyntaxError('"-" must be followed by what to exclude, as in -coal', t.position);
      }
      return { kind: 'not', child: this.parsePrimary(), position: t.position };
    }
    return this.parsePrimary();
  }

  private parsePrimary(): QueryNode {
    const t = this.tokens[this.i++]!;
    switch (t.type) {
      case 'open': {
        const inner = this.parseAnd(true);
        const close = this.peek();
        if (close?.type !== 'close') throw new QuerySyntaxError('this "(" is never closed', t.position);
        this.i++;
        return inner;
      }
      case 'phrase':
        if (!t.text.trim()) throw new QuerySyntaxError('empty quotes', t.position);
        return { kind: 'phrase', field: null, text: t.text, position: t.position };
      case 'field':
        return fieldNode(t);
      case 'word':
        return wordNode(t.text, t.position, null);
      case 'close':
        throw new QuerySyntaxError('this ")" has no matching "("', t.position);
      default:
        throw new QuerySyntaxError(`unexpected "${t.type === 'minus' ? '-' : t.type.toUpperCase()}"`, t.position);
    }
  }
}

export function parseQuery(q: string): ParsedQuery {
  try {
    const ast = new Parser(lex(q), q.length).parse();
    return { ast, error: null };
  } catch (error) {
    if (error instanceof QuerySyntaxError) return { ast: null, error: { message: error.message, position: error.position } };
    // A parser bug must not break the search box: report it at the start of the query.
    return { ast: null, error: { message: `could not read the query (${String(error)})`, position: 0 } };
  }
}
