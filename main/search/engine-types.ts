/**
 * The search engine's boundary. The library feeds it documents; the API asks it questions.
 * The engine owns `.dossier/index/` and may run its work in worker threads.
 */
import type { EntitySummary, Facets, IndexProgress, QueryError, SearchHit, Sort } from '../../shared/contract';
import type { ArticleSummary } from '../../shared/model';
import type { NoteMatches, NoteQuery } from './note-matcher';
import type { IndexEntity } from './entity-table';

export type { IndexEntity } from './entity-table';

/** What the engine indexes for one article. */
export interface IndexDoc {
  id: string;
  title: string;
  text: string;
  authors: string[];
  publisher: string | null;
  /** ISO date (YYYY-MM-DD or coarser) or null. */
  publishedAt: string | null;
  /**
   * People, organisations and places (canonical names and kinds), when the analysis has run:
   * searchable words, `person:`/`org:`/`place:` filters, facets and the library's entity list.
   */
  entities: IndexEntity[];
  /** Fingerprint of the indexed content (the file's content hash); lets the engine skip unchanged docs. */
  contentHash: string;
}

/** Things the engine does not own but needs at query time. */
export interface QueryContext {
  /** Current tags of an article (tags change often; they are filtered and faceted, not re-indexed). */
  tagsOf(id: string): readonly string[];
  /**
   * Optional: every article that has at least one tag (a superset is fine). Lets the engine call
   * `tagsOf` for those only (most articles have no tags) when it hands the tags to the index.
   */
  taggedIds?(): Iterable<string>;
  /**
   * Optional: a value that changes whenever any article's tags may have changed (or articles
   * came and went). The engine re-reads tags only when it changes; without it, on every search.
   */
  tagsRevision?(): string | number;
  /** Summary to return in a hit; undefined if the article is gone. */
  summaryOf(id: string): ArticleSummary | undefined;
  /** The article's clean text, for snippets and exact-phrase checks (may read the file). */
  textOf(id: string): Promise<string | undefined>;
  /**
   * Optional: the articles whose notes match a word or phrase (`note:` and plain words; notes are
   * not in the index, see note-matcher.ts), and the text of an article's notes for a hit's note snippet.
   */
  notes?: { match(query: NoteQuery): NoteMatches; textOf(id: string): string | undefined };
}

export interface EngineSearchRequest {
  query: string;
  sort: Sort;
  offset: number;
  limit: number;
}

export interface EngineSearchResult {
  total: number;
  hits: SearchHit[];
  facets: Facets;
  error: QueryError | null;
  tookMs: number;
}

export interface SearchEngine {
  /** Which docs (id -> contentHash) the persisted index holds, so the caller re-feeds only what changed. */
  indexed(): Promise<Map<string, string>>;
  /** Add or replace docs and remove ids. Resolves when the change is searchable. */
  update(change: { upsert: IndexDoc[]; remove: string[] }, onProgress?: (p: IndexProgress) => void): Promise<void>;
  search(req: EngineSearchRequest, ctx: QueryContext): Promise<EngineSearchResult>;
  /** How many articles a query finds (no page, no facets, no snippets: what saved searches show). */
  count(query: string, ctx: QueryContext): Promise<{ total: number; error: QueryError | null }>;
  /** Every entity of the indexed articles with the number of articles mentioning it, most mentioned first. */
  entities(): Promise<EntitySummary[]>;
  /** Changes whenever the indexed documents change (a cache key for counts). */
  revision(): number;
  /** Term completions for the search box. */
  suggest(prefix: string, limit: number): Promise<string[]>;
  /** Write any unsaved changes to disk. */
  flush(): Promise<void>;
  close(): Promise<void>;
}
