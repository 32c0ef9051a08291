/**
 * Results of a query, fetched lazily page by page (offset/limit) as the virtual list scrolls,
 * so 100k results cost only what is on screen. A new query, sort or refresh key starts over;
 * answers to stale requests are dropped, and while a first page is on its way, newer queries wait
 * for it and only the newest is sent (typing fast never queues a search per keystroke).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Facets, QueryError, SearchHit, SearchResponse, Sort } from '../../shared/contract';
import { parseQuery } from '../../shared/query';
import { useApi } from '../app/api-context';
import { errorMessage } from '../client';

export const PAGE_SIZE = 100;

export interface SearchResults {
  loading: boolean;
  total: number;
  facets: Facets | null;
  /** The query's syntax error (from the local parser at once, or from the engine). */
  error: QueryError | null;
  /** The request failed (server gone, library closed...). */
  failure: string | null;
  tookMs: number | null;
  /** The query (and sort) the shown results answer, "" before the first answer. */
  answered: string;
  /** Bumped each time a new first page arrives (rows must be refetched). */
  generation: number;
  hitAt(index: number): SearchHit | undefined;
  /** Make sure rows [start, end) are (being) fetched. */
  load(start: number, end: number): void;
  /** The ids of loaded rows in [start, end] (for range selection). */
  idsBetween(start: number, end: number): string[];
}

export function useSearch(query: string, sort: Sort, refreshKey: string): SearchResults {
  const api = useApi();
  const pages = useRef(new Map<number, SearchHit[]>());
  const pending = useRef(new Set<string>());
  const generation = useRef(0);
  const [, setTick] = useState(0);
  const [state, setState] = useState<Omit<SearchResults, 'hitAt' | 'load' | 'idsBetween'>>({
    loading: true,
    total: 0,
    facets: null,
    error: null,
    failure: null,
    tookMs: null,
    answered: '',
    generation: 0,
  });

  /** An empty query lists the whole library (newest first unless asked otherwise). */
  const browse = useCallback(
    async (page: number): Promise<SearchResponse> => {
      const t0 = performance.now();
      const r = await api.listArticles({ sort: sort === 'relevance' ? 'date-desc' : sort, offset: page * PAGE_SIZE, limit: PAGE_SIZE });
      const hits: SearchHit[] = r.items.map((article) => ({ article, score: 0, snippet: { text: '', highlights: [] }, ranges: [] }));
      return { total: r.total, hits, facets: { source: [], year: [], tag: [] }, error: null, tookMs: performance.now() - t0 };
    },
    [api, sort],
  );

  /** Which request generation the rows in `pages` answer; older rows stay visible until page 0 of a new one arrives. */
  const pagesGeneration = useRef(0);
  /** The first-page request on its way, if any (newer first pages wait for it). */
  const firstPageInFlight = useRef<Promise<unknown> | null>(null);

  const fetchPage = useCallback(
    async (page: number, gen: number) => {
      const key = `${gen}:${page}`;
      if ((pagesGeneration.current === gen && pages.current.has(page)) || pending.current.has(key)) return;
      // Later pages wait for the first one of their generation (which resets the rows).
      if (page > 0 && pagesGeneration.current !== gen) return;
      pending.current.add(key);
      try {
        if (page === 0) {
          // One first page at a time; by the time the previous one is answered, this may be stale.
          while (firstPageInFlight.current) await firstPageInFlight.current.catch(() => {});
          if (gen !== generation.current) return;
        }
        const request = query.trim() ? api.search({ query, sort, offset: page * PAGE_SIZE, limit: PAGE_SIZE }) : browse(page);
        if (page === 0) {
          firstPageInFlight.current = request;
          void request.catch(() => {}).finally(() => {
            if (firstPageInFlight.current === request) firstPageInFlight.current = null;
          });
        }
        const response = await request;
        if (gen !== generation.current) return;
        if (page === 0) {
          pages.current = new Map([[0, response.hits]]);
          pagesGeneration.current = gen;
          setState((s) => ({
            loading: false,
            total: response.total,
            facets: query.trim() ? response.facets : null,
            error: response.error,
            failure: null,
            tookMs: response.tookMs,
            answered: `${sort}:${query}`,
            generation: s.generation + 1,
          }));
        } else {
          pages.current.set(page, response.hits);
          setTick((t) => t + 1);
        }
      } catch (e) {
        if (gen !== generation.current) return;
        setState((s) => ({ ...s, loading: false, failure: errorMessage(e), answered: `${sort}:${query}` }));
      } finally {
        pending.current.delete(key);
      }
    },
    [api, query, sort, browse],
  );

  useEffect(() => {
    const gen = ++generation.current;
    const local = parseQuery(query).error;
    if (local) {
      pages.current = new Map();
      pagesGeneration.current = gen;
      setState((s) => ({ loading: false, total: 0, facets: null, error: local, failure: null, tookMs: null, answered: `${sort}:${query}`, generation: s.generation + 1 }));
      return;
    }
    setState((s) => ({ ...s, loading: true }));
    void fetchPage(0, gen);
  }, [fetchPage, query, refreshKey]);

  const load = useCallback(
    (start: number, end: number) => {
      const gen = generation.current;
      for (let p = Math.floor(start / PAGE_SIZE); p <= Math.floor(Math.max(start, end - 1) / PAGE_SIZE); p++) void fetchPage(p, gen);
    },
    [fetchPage],
  );

  const hitAt = useCallback((index: number) => pages.current.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE], []);
  const idsBetween = useCallback(
    (start: number, end: number) => {
      const ids: string[] = [];
      for (let i = Math.min(start, end); i <= Math.max(start, end); i++) {
        const hit = hitAt(i);
        if (hit) ids.push(hit.article.id);
      }
      return ids;
    },
    [hitAt],
  );

  return { ...state, hitAt, load, idsBetween };
}
