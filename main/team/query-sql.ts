/**
 * The one translation of Dossier's query language (shared/query.ts) into SQL over the
 * `articles` table (alias `a`). Every node keeps the meaning the local engine gives it
 * (main/search/query-eval.ts; README "Search syntax"):
 *
 * - word: its index term (Dossier's own stemmer and stop words, text-vector.ts) anywhere:
 *   `a.tsv @@ 'term'`. A stop word or a single letter is ignored, like locally (a query of only
 *   such words finds nothing; inside AND / OR it simply drops out).
 * - `title:` / `author:` / `source:` word: the term with that field's weight (A / B / C) in the
 *   small `head` vector.
 * - prefix `sanc*` and fuzzy `blinkin~`: expanded against the `lexicon` table (every index term
 *   and its document frequency) with the local engine's limits: 12 / 24 / 48 most frequent terms
 *   for prefixes of 2 / 3 / 4+ letters, 16 closest-then-most-frequent within the Levenshtein
 *   distance for fuzzy words, and a posting budget of twice the library's size. Earlier tokens of
 *   a multi-token word ("covid-1*") must be present.
 * - "phrase": the exact lowercase tokens in order, stop words included, in the title (exact
 *   tokens in `head`) or the body (`words`, or a case-insensitive regular expression over the
 *   text for bodies too long for positions), after the stems narrowed the candidates through the
 *   GIN index. `title:"…"` etc. look in that field only.
 * - `tag:x`: articles whose own or file tags are x or below x (`x/…`), case-insensitively.
 * - `after:` / `before:`: the article's date span (first/last day, YYYYMMDD) must end on or after
 *   the first day / start on or before the last day of the bound; undated articles never pass.
 * - AND / OR / NOT: SQL's, with the local engine's treatment of ignored parts.
 *
 * Differences, by design and documented in main/team/README.md: relevance is PostgreSQL's
 * ts_rank with the local field boosts, not MiniSearch's BM25 (the same articles match, their
 * order may differ), and field-restricted prefixes expand over the whole dictionary.
 */
import type { EntityField, QueryNode } from '../../shared/query';
import { highlightsOf } from '../search/engine';
import type { NoteQuery } from '../search/note-matcher';
import { stem } from '../search/stem';
import { foldedTokens, termOf } from '../search/text-analysis';
import { dayNumber } from '../search/doc-table';
import { exactLexeme, quoteLexeme } from './text-vector';

type TextField = 'title' | 'author' | 'source';
const WEIGHT: Record<TextField, string> = { title: 'A', author: 'B', source: 'C' };

/** Looks words up in the dictionary (the lexicon table), for prefixes and fuzzy words. */
export interface Lexicon {
  /** Terms starting with `prefix`, most frequent first, with their document frequencies. */
  prefix(prefix: string, limit: number): Promise<{ term: string; df: number }[]>;
  /** Terms within `distance` edits of `term`, closest then most frequent first. */
  fuzzy(term: string, distance: number, limit: number): Promise<{ term: string; df: number }[]>;
  has(term: string): Promise<boolean>;
  /** Number of articles (for the expansion budget). */
  articleCount(): Promise<number>;
  /** The compared names (entity-table.ts nameKey) of the entities of a kind that a `person:` / `org:` / `place:` value matches. */
  entityKeys(kind: EntityField, value: string, exact: boolean, prefix: boolean): Promise<string[]>;
  /** The articles whose notes match a word or phrase (the local engine's NoteMatcher over the team's notes). */
  notes(query: NoteQuery): Promise<string[]>;
}

/** Collects SQL parameters and hands out their placeholders. */
export class Params {
  readonly values: unknown[] = [];
  constructor(start: unknown[] = []) {
    this.values.push(...start);
  }
  add(value: unknown, cast = ''): string {
    this.values.push(value);
    return `$${this.values.length}${cast}`;
  }
}

export interface TranslatedQuery {
  /** A boolean SQL expression over `a`, or null when the query holds only ignored words (no results). */
  where: string | null;
  /** tsquery text of the positive words, for ranking (null: nothing to rank by). */
  rankQuery: string | null;
  highlight: { terms: Set<string>; phrases: string[][] };
  /** What to highlight in the notes of a hit. */
  noteHighlight: { terms: Set<string>; phrases: string[][] };
}

/** How many dictionary terms a prefix word may expand to (the local engine's limits). */
export function prefixLimit(length: number): number {
  return length <= 2 ? 12 : length === 3 ? 24 : 48;
}
export const FUZZY_LIMIT = 16;

const PHRASE_REGEX_SEPARATOR = '[^[:alnum:]]+';

function regexOfTokens(tokens: string[]): string {
  const escape = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return `(^|[^[:alnum:]])${tokens.map(escape).join(PHRASE_REGEX_SEPARATOR)}([^[:alnum:]]|$)`;
}

function lexemes(terms: string[], weight: string): string {
  return terms.map((t) => `${quoteLexeme(t)}${weight ? `:${weight}` : ''}`).join(' & ');
}

function phraseQuery(tokens: string[], weight: string): string {
  return tokens.map((t) => `${quoteLexeme(exactLexeme(t))}${weight ? `:${weight}` : ''}`).join(' <-> ');
}

export async function translateQuery(ast: QueryNode, lexicon: Lexicon, params: Params): Promise<TranslatedQuery> {
  const rankParts: string[] = [];
  const expanded = new Set<string>();
  let budget: number | undefined;
  const postingBudget = async () => (budget ??= 2 * (await lexicon.articleCount()));

  /** The best `limit` expansions within the posting budget (the local engine's withinBudget). */
  const withinBudget = async (found: { term: string; df: number }[], limit: number) => {
    const max = await postingBudget();
    const out: string[] = [];
    let spent = 0;
    for (const { term, df } of found) {
      if (out.length >= limit || (out.length > 0 && spent + df > max)) break;
      out.push(term);
      spent += df;
    }
    return out;
  };

  /** `vector @@ query` for a term set combined with & or |, in a field or anywhere. */
  const match = (terms: string[], combine: '&' | '|', field: TextField | null, positive: boolean): string => {
    const weight = field ? WEIGHT[field] : '';
    const tsquery = terms.map((t) => `${quoteLexeme(t)}${weight ? `:${weight}` : ''}`).join(` ${combine} `);
    if (positive) rankParts.push(terms.length > 1 ? `(${terms.map((t) => `${quoteLexeme(t)}${weight ? `:${weight}` : ''}`).join(' | ')})` : tsquery);
    return `a.${field ? 'head' : 'tsv'} @@ ${params.add(tsquery, '::tsquery')}`;
  };

  const phrase = (text: string, field: TextField | null, positive: boolean): string | null => {
    // Exact tokens are stored with accents folded (text-vector.ts), as the local phrase check compares them.
    const tokens = foldedTokens(text);
    if (tokens.length === 0) return null;
    const content = [...new Set(tokens.map(termOf).filter((t): t is string => t !== null))];
    if (positive && content.length) rankParts.push(`(${lexemes(content, field ? WEIGHT[field] : '')})`);
    if (field) return `a.head @@ ${params.add(phraseQuery(tokens, WEIGHT[field]), '::tsquery')}`;
    const inTitle = `a.head @@ ${params.add(phraseQuery(tokens, 'A'), '::tsquery')}`;
    const exact = `CASE WHEN a.words IS NULL THEN unaccent(a.body) ~* ${params.add(regexOfTokens(tokens))} ELSE a.words @@ ${params.add(phraseQuery(tokens, ''), '::tsquery')} END`;
    const inBody = content.length ? `(a.tsv @@ ${params.add(lexemes(content, ''), '::tsquery')} AND ${exact})` : `(${exact})`;
    return `(${inTitle} OR ${inBody})`;
  };

  const term = async (node: Extract<QueryNode, { kind: 'term' }>, positive: boolean): Promise<string | null> => {
    const tokens = foldedTokens(node.text);
    if (tokens.length === 0) return null;
    if (node.match === 'exact') {
      if (tokens.length > 1) return phrase(node.text, node.field, positive);
      const t = termOf(tokens[0]!);
      return t === null ? null : match([t], '&', node.field, positive);
    }
    const head = tokens.slice(0, -1).map(termOf).filter((t): t is string => t !== null);
    const last = tokens[tokens.length - 1]!;
    let expansions: string[];
    if (node.match === 'prefix') {
      const limit = prefixLimit(last.length);
      expansions = await withinBudget(await lexicon.prefix(last, limit), limit);
      const own = stem(last);
      if (!expansions.includes(own) && (await lexicon.has(own))) expansions.push(own);
    } else {
      const base = termOf(last) ?? last;
      expansions = await withinBudget(await lexicon.fuzzy(base, node.distance, FUZZY_LIMIT), FUZZY_LIMIT);
    }
    for (const e of expansions) expanded.add(e); // like the local engine: every expansion is highlighted
    if (expansions.length === 0) return 'false';
    const any = match(expansions, '|', node.field, positive);
    return head.length === 0 ? any : `(${any} AND ${match(head, '&', node.field, positive)})`;
  };

  const tag = (value: string): string => {
    const wanted = value.toLowerCase();
    const like = `${wanted.replace(/[\\%_]/g, (c) => `\\${c}`)}/%`;
    return `a.id IN (SELECT t.article_id FROM article_tags t WHERE lower(t.tag) = ${params.add(wanted)} OR lower(t.tag) LIKE ${params.add(like)})`;
  };

  const date = (node: Extract<QueryNode, { kind: 'date' }>): string =>
    node.bound === 'after' ? `a.published_end >= ${params.add(dayNumber(node.start))}` : `a.published_start <= ${params.add(dayNumber(node.end))}`;

  /** Articles the analysis found a matching person, organisation or place in (a filter, as locally). */
  const entity = async (node: Extract<QueryNode, { kind: 'entity' }>): Promise<string> => {
    const keys = await lexicon.entityKeys(node.entity, node.value, node.exact, node.prefix);
    if (keys.length === 0) return 'false';
    return `a.id IN (SELECT e.article_id FROM article_entities e WHERE e.kind = ${params.add(node.entity)} AND e.key = ANY(${params.add(keys, '::text[]')}))`;
  };

  let aliases = 0;
  const isFilter = (n: QueryNode) => n.kind === 'not' || n.kind === 'date' || n.kind === 'tag' || n.kind === 'entity';

  /** Articles whose notes match: `note:` alone, or the notes side of a plain word or phrase (as locally). */
  const inNotes = async (query: NoteQuery): Promise<string | null> => {
    const ids = await lexicon.notes(query);
    return ids.length ? `a.id = ANY(${params.add(ids, '::text[]')})` : null;
  };
  const orNotes = async (sql: string | null, query: NoteQuery): Promise<string | null> => {
    const notes = await inNotes(query);
    return notes === null ? sql : sql === null ? notes : `(${sql} OR ${notes})`;
  };

  /** SQL for a node; null when it is ignored (only stop words), as the local engine's null. */
  const evaluate = async (node: QueryNode, positive: boolean): Promise<string | null> => {
    switch (node.kind) {
      case 'term': {
        const sql = await term(node, positive);
        return node.field === null ? orNotes(sql, { text: node.text, match: node.match, distance: node.distance }) : sql;
      }
      case 'phrase': {
        const sql = phrase(node.text, node.field, positive);
        return node.field === null ? orNotes(sql, { text: node.text, match: 'phrase', distance: 0 }) : sql;
      }
      case 'note':
        return (await inNotes({ text: node.text, match: node.match, distance: node.distance })) ?? 'false';
      case 'or': {
        const parts: string[] = [];
        for (const child of node.children) {
          const sql = await evaluate(child, positive);
          if (sql !== null) parts.push(sql);
        }
        return parts.length ? `(${parts.join(' OR ')})` : null;
      }
      case 'and':
        return and(node.children, positive);
      case 'not':
        return and([node], positive);
      case 'date':
        return date(node);
      case 'tag':
        return tag(node.value);
      case 'entity':
        return entity(node);
    }
  };

  const and = async (children: QueryNode[], positive: boolean): Promise<string | null> => {
    const parts: string[] = [];
    for (const child of children) {
      if (isFilter(child)) continue;
      const sql = await evaluate(child, positive);
      if (sql !== null) parts.push(sql);
    }
    const filters = children.filter(isFilter);
    if (parts.length === 0 && filters.length === 0) return null;
    for (const f of filters) {
      if (f.kind === 'not') {
        const excluded = await evaluate(f.child, !positive);
        // An anti-join on the matching ids: the excluded part is found through the indexes, and no
        // article's vectors are read to exclude it.
        if (excluded !== null) {
          const alias = `x${++aliases}`;
          parts.push(`a.id NOT IN (SELECT ${alias}.id FROM articles ${alias} WHERE ${excluded.replace(/\ba\./g, `${alias}.`)})`);
        }
      } else {
        parts.push((await evaluate(f, positive))!);
      }
    }
    return parts.length ? `(${parts.join(' AND ')})` : 'true';
  };

  const where = await evaluate(ast, true);
  return {
    where,
    rankQuery: rankParts.length ? rankParts.join(' | ') : null,
    highlight: highlightsOf(ast, expanded),
    noteHighlight: highlightsOf(ast, expanded, true),
  };
}
