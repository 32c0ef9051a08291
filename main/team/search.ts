/**
 * The `search` operation over a team library: parse (shared/query.ts), translate (query-sql.ts),
 * then two statements on two connections at once: the total and the facets over every match,
 * and the page in the requested order. Snippets and hit ranges are cut by the local engine's
 * own code (main/search/snippet.ts) from the page's texts, so they look the same.
 */
import type { EntityKind } from '../../shared/analysis';
import { MAX_HIT_RANGES, type Facets, type SearchHit, type SearchRequest, type SearchResponse } from '../../shared/contract';
import { parseQuery } from '../../shared/query';
import { nameKey, nameMatches } from '../search/entity-table';
import { highlightRanges, makeSnippet } from '../search/snippet';
import { foldedTokens } from '../search/text-analysis';
import { toSummary, type SummaryRecord } from './articles';
import type { Db } from './db';
import { noteIndexOf } from './notes';
import { Params, translateQuery, type Lexicon } from './query-sql';

/** ts_rank weights {D, C, B, A}: body and entities 1, publisher 2, authors 2, title 3 (the local boosts, scaled). */
const RANK_WEIGHTS = '{0.333,0.667,0.667,1.0}';
const FACET_LIMIT = 200;
/** People, organisations and places shown per kind in the facets (the local engine's ENTITY_FACET_SHOWN). */
const ENTITY_FACET_SHOWN = 20;

const EMPTY_FACETS: Facets = { source: [], year: [], tag: [], person: [], organization: [], place: [] };

/** Entities of a kind, grouped by compared name: the most frequent spelling and the number of articles (most first). */
export function entityCountsSql(from: string): string {
  return `SELECT kind, key, mode() WITHIN GROUP (ORDER BY name COLLATE "C") AS name, count(*) AS n FROM ${from} GROUP BY kind, key`;
}

export function lexiconOf(db: Db): Lexicon {
  let count: Promise<number> | undefined;
  return {
    async prefix(prefix, limit) {
      const like = `${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      const { rows } = await db.query<{ term: string; df: number }>('SELECT term, df FROM lexicon WHERE term LIKE $1 AND df > 0 ORDER BY df DESC, term LIMIT $2', [like, limit]);
      return rows;
    },
    async fuzzy(term, distance, limit) {
      const n = [...term].length;
      // A word within k edits keeps at least n + 1 - 3k of its n + 1 trigrams: enough to use the
      // trigram index with a safe similarity floor; short words are checked by length alone.
      const common = n + 1 - 3 * distance;
      const floor = common > 0 ? (0.8 * common) / (2 * (n + 1) + distance - common) : 0;
      const client = await db.connect();
      try {
        await client.query('BEGIN');
        if (floor > 0) await client.query(`SET LOCAL pg_trgm.similarity_threshold = ${floor.toFixed(3)}`);
        const { rows } = await client.query<{ term: string; df: number }>(
          `SELECT term, df FROM (
             SELECT term, df, levenshtein_less_equal(term, $1, $2) AS d FROM lexicon
              WHERE df > 0 AND length(term) BETWEEN $3 AND $4 ${floor > 0 ? 'AND term % $1' : ''}
           ) AS near WHERE d <= $2 ORDER BY d, df DESC, term LIMIT $5`,
          [term, distance, n - distance, n + distance, limit],
        );
        await client.query('COMMIT');
        return rows;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    async has(term) {
      const { rows } = await db.query('SELECT 1 FROM lexicon WHERE term = $1 AND df > 0', [term]);
      return rows.length > 0;
    },
    articleCount() {
      count ??= db.query<{ n: number }>('SELECT count(*)::bigint AS n FROM articles').then((r) => r.rows[0]!.n);
      return count;
    },
    async entityKeys(kind, value, exact, prefix) {
      const words = foldedTokens(value);
      if (words.length === 0) return [];
      if (exact) return [nameKey(value)];
      // Candidates through the trigram index on the longest word, then the local engine's own test.
      const longest = words.reduce((a, b) => (b.length > a.length ? b : a));
      const like = `%${longest.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      const { rows } = await db.query<{ key: string }>('SELECT DISTINCT key FROM article_entities WHERE kind = $1 AND key LIKE $2', [kind, like]);
      return rows.map((r) => r.key).filter((key) => nameMatches(key.split(' '), words, false, prefix));
    },
    async notes(query) {
      return (await noteIndexOf(db)).matcher.match(query).ids;
    },
  };
}

/** How many matches are ranked by relevance beyond the requested page (see searchTeam). */
export const RANK_WINDOW = 300;
/** Extra matches read for a date order, so that articles of the same day are ordered by relevance. */
const DATE_TIE_WINDOW = 100;

/** The local engine's result order (main/search/result-order.ts): undated last, ties by relevance, then id. */
const FINAL_ORDER: Record<NonNullable<SearchRequest['sort']>, (date: string, rank: string, id: string) => string> = {
  relevance: (date, rank, id) => `${rank} DESC, ${date} DESC NULLS LAST, ${id}`,
  'date-desc': (date, rank, id) => `${date} DESC NULLS LAST, ${rank} DESC, ${id}`,
  'date-asc': (date, rank, id) => `${date} ASC NULLS LAST, ${rank} DESC, ${id}`,
};

export async function searchTeam(db: Db, req: Required<SearchRequest>): Promise<SearchResponse> {
  const t0 = performance.now();
  const done = (response: Omit<SearchResponse, 'tookMs'>): SearchResponse => ({ ...response, tookMs: performance.now() - t0 });
  const parsed = parseQuery(req.query);
  if (parsed.error) return done({ total: 0, hits: [], facets: EMPTY_FACETS, error: parsed.error });
  if (!parsed.ast) return done({ total: 0, hits: [], facets: EMPTY_FACETS, error: null });

  const params = new Params();
  const query = await translateQuery(parsed.ast, lexiconOf(db), params);
  if (query.where === null) return done({ total: 0, hits: [], facets: EMPTY_FACETS, error: null });

  const q = query.rankQuery ? params.add(query.rankQuery, '::tsquery') : null;
  const rank = q ? `ts_rank('${RANK_WEIGHTS}', a.tsv, ${q})` : '0::real';
  // Ranking reads each article's whole term vector: only a window of candidates is ranked. For
  // relevance, the candidates are the matches whose title, authors or source match first, newest
  // first; a query with fewer matches than the window is ranked exactly.
  const preOrder = req.sort === 'relevance' ? 'in_head DESC, published_start DESC NULLS LAST, id' : req.sort === 'date-desc' ? 'published_start DESC NULLS LAST, id' : 'published_start ASC NULLS LAST, id';
  const window = req.offset + req.limit + (req.sort === 'relevance' ? RANK_WINDOW : DATE_TIE_WINDOW);
  const final = FINAL_ORDER[req.sort];
  // One statement: the matches once (through the GIN indexes, reading no text), then the count,
  // the facets, and the ranked page from them.
  const sql = `WITH m AS MATERIALIZED (
      SELECT a.id, a.publisher, a.published_start, ${q ? `(a.head @@ ${q})` : 'false'} AS in_head FROM articles a WHERE ${query.where}
    ), c AS (
      SELECT id FROM m ORDER BY ${preOrder} LIMIT ${params.add(window)}
    ), p AS (
      SELECT a.id, a.published_start, ${rank} AS rank FROM c JOIN articles a ON a.id = c.id
       ORDER BY ${final('a.published_start', 'rank', 'a.id')} LIMIT ${params.add(req.limit)} OFFSET ${params.add(req.offset)}
    )
    SELECT (SELECT count(*) FROM m)::bigint AS total,
      (SELECT json_agg(json_build_array(v, n)) FROM (SELECT publisher AS v, count(*) AS n FROM m WHERE publisher IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ${FACET_LIMIT}) s) AS sources,
      (SELECT json_agg(json_build_array(v, n) ORDER BY v DESC) FROM (SELECT published_start / 10000 AS v, count(*) AS n FROM m WHERE published_start IS NOT NULL GROUP BY 1 ORDER BY 1 DESC LIMIT ${FACET_LIMIT}) s) AS years,
      (SELECT json_agg(json_build_array(v, n)) FROM (SELECT t.tag AS v, count(DISTINCT t.article_id) AS n FROM article_tags t JOIN m ON m.id = t.article_id GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ${FACET_LIMIT}) s) AS tags,
      (SELECT json_agg(json_build_array(kind, name, n) ORDER BY kind, n DESC, name COLLATE "C") FROM (
         SELECT kind, name, n, row_number() OVER (PARTITION BY kind ORDER BY n DESC, name COLLATE "C") AS r
           FROM (${entityCountsSql('article_entities e JOIN m ON m.id = e.article_id')}) g
       ) s WHERE r <= ${ENTITY_FACET_SHOWN}) AS entities,
      (SELECT json_agg(json_build_object('id', a.id, 'meta', a.meta, 'corrections', a.corrections, 'title', a.title, 'authors', a.authors, 'publisher', a.publisher,
          'tags', (SELECT coalesce(array_agg(DISTINCT t.tag ORDER BY t.tag), '{}') FROM article_tags t WHERE t.article_id = a.id),
          'rank', p.rank, 'body', a.body) ORDER BY ${final('p.published_start', 'p.rank', 'p.id')})
         FROM p JOIN articles a ON a.id = p.id) AS page`;
  const client = await db.connect();
  let result;
  try {
    // The planner does not know that reading a term vector means fetching and decompressing it:
    // left alone it may scan the whole table for a common word. Matches come from the indexes;
    // and a search is too short for JIT compilation to pay off.
    await client.query('BEGIN READ ONLY');
    await client.query('SET LOCAL enable_seqscan = off');
    await client.query('SET LOCAL jit = off');
    result = await client.query<{
      total: number;
      sources: [string, number][] | null;
      years: [number, number][] | null;
      tags: [string, number][] | null;
      entities: [EntityKind, string, number][] | null;
      page: (SummaryRecord & { rank: number; body: string })[] | null;
    }>(sql, params.values);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
  const c = result.rows[0]!;
  const facets: Facets = {
    source: (c.sources ?? []).map(([value, count]) => ({ value, count })),
    year: (c.years ?? []).map(([value, count]) => ({ value: String(value), count })),
    tag: (c.tags ?? []).map(([value, count]) => ({ value, count })),
    person: [],
    organization: [],
    place: [],
  };
  for (const [kind, value, count] of c.entities ?? []) facets[kind]!.push({ value, count });
  const notes = c.page?.length ? await noteIndexOf(db) : null;
  const hits = (c.page ?? []).map((r): SearchHit => {
    const ranges = highlightRanges(r.body, query.highlight, MAX_HIT_RANGES + 1);
    const hit: SearchHit = { article: toSummary(r), score: r.rank, snippet: makeSnippet(r.body, ranges), ranges };
    // Where the query matched the notes on the article, as locally.
    const noteText = notes?.texts.get(r.id);
    const noteRanges = noteText ? highlightRanges(noteText, query.noteHighlight, 50) : [];
    if (noteRanges.length) hit.noteSnippet = makeSnippet(noteText!, noteRanges, 160);
    return hit;
  });
  return done({ total: c.total, hits, facets, error: null });
}
