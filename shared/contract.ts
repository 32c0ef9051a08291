/**
 * The one API contract of Dossier. Every door (Electron IPC, the web server, the CLI) serves
 * exactly these operations, validated at runtime with these schemas; the TypeScript types
 * are derived from them. Requests carry article ids, never file paths (except `openLibrary`,
 * which the desktop shell answers with its own folder dialog and the web door refuses).
 */
import { z } from 'zod';
import { ArticleSchema, ArticleSummarySchema, ProblemSchema, PublishedDateSchema } from './model';
import { AnalysisSchema, EntityKindSchema } from './analysis';
import { EntityPageSchema, EntitySummarySchema } from './entities';
export type { EntitySummary } from './entities';
import { HistoryEntrySchema, SavedQuerySchema, SavedSearchIdSchema, SavedSearchNameSchema, SavedSearchSchema } from './saved-searches';
import {
  EventDraftSchema,
  EventPatchSchema,
  ExportFormatSchema,
  ExportResultSchema,
  ReviewQueueSchema,
  TimelineEventSchema,
  TimelineSchema,
  TimelineSummarySchema,
} from './timeline';
import { ArticleMetadataSchema, MetadataFieldSchema, MetadataPatchSchema } from './metadata';
import { ArticleNotesSchema, HighlightColorSchema, HighlightIdSchema, HighlightSchema, NotesChangeSchema, NotesListItemSchema, NoteTextSchema } from './notes';

/* ---------- shared pieces ---------- */

export const ArticleIdSchema = z.string().regex(/^[0-9a-f]{16}(-[0-9]+)?$/, 'an article id is 16 hex characters');

export const LibraryInfoSchema = z.object({
  /** Display name (the folder's name). The absolute root is never sent to a web client. */
  name: z.string(),
  /** Absolute path, present only for local doors (IPC, CLI). */
  root: z.string().nullable(),
  articleCount: z.number().int(),
  problemCount: z.number().int(),
  /** True while the initial scan/index is still running. */
  indexing: z.boolean(),
});
export type LibraryInfo = z.infer<typeof LibraryInfoSchema>;

export const IndexProgressSchema = z.object({
  phase: z.enum(['scanning', 'reading', 'indexing', 'analysing', 'saving', 'ready']),
  done: z.number().int(),
  total: z.number().int(),
  /** Library-relative path of the file being processed, if any. */
  current: z.string().nullable(),
  message: z.string().nullable(),
});
export type IndexProgress = z.infer<typeof IndexProgressSchema>;

export const SortSchema = z.enum(['relevance', 'date-desc', 'date-asc']);
export type Sort = z.infer<typeof SortSchema>;

export const SnippetSchema = z.object({
  text: z.string(),
  /** [start, end) ranges inside `text` to highlight. */
  highlights: z.array(z.tuple([z.number().int(), z.number().int()])),
});
export type Snippet = z.infer<typeof SnippetSchema>;

/** Hits highlighted in one article at most: `ranges` holds one more when the article has more. */
export const MAX_HIT_RANGES = 5000;

/** One article of a group of copies (the same file twice, or the same story republished with small edits). */
export const ArticleCopySchema = z.object({
  id: z.string(),
  path: z.string(),
  title: z.string(),
  publisher: z.string().nullable(),
  publishedAt: PublishedDateSchema.nullable(),
  /** 'exact': the same text; 'near': the same story with small edits. Relative to the group's original. */
  kind: z.enum(['exact', 'near']),
  /** Estimated share of wording in common with the original, 0..1. */
  similarity: z.number(),
  /** The copy shown and counted for the group (the earliest published). */
  primary: z.boolean(),
});
export type ArticleCopy = z.infer<typeof ArticleCopySchema>;

export const CopyGroupSchema = z.object({ primary: z.string(), members: z.array(ArticleCopySchema) });
export type CopyGroup = z.infer<typeof CopyGroupSchema>;

export const SearchHitSchema = z.object({
  article: ArticleSummarySchema,
  score: z.number(),
  snippet: SnippetSchema,
  /** Hit ranges in Article.text (for highlighting in the reader): the first MAX_HIT_RANGES, plus one when there are more. */
  ranges: z.array(z.tuple([z.number().int(), z.number().int()])),
  /** The other copies of this article in the library (empty or absent when it has none). */
  copies: z.array(ArticleCopySchema).optional(),
  /** The original this article is a copy of, when it is not the group's original itself. */
  copyOf: z.string().nullable().optional(),
  /** How this article copies its original: the same text, or the same story with small edits. */
  copyKind: z.enum(['exact', 'near']).nullable().optional(),
  /** Where the query matched the user's notes on the article, when it did. */
  noteSnippet: SnippetSchema.optional(),
});
export type SearchHit = z.infer<typeof SearchHitSchema>;

export const FacetCountSchema = z.object({ value: z.string(), count: z.number().int() });
export const FacetsSchema = z.object({
  source: z.array(FacetCountSchema),
  year: z.array(FacetCountSchema),
  tag: z.array(FacetCountSchema),
  /** People, organisations and places among the results (canonical names; absent where not counted). */
  person: z.array(FacetCountSchema).optional(),
  organization: z.array(FacetCountSchema).optional(),
  place: z.array(FacetCountSchema).optional(),
});
export type Facets = z.infer<typeof FacetsSchema>;

/** A query the user mistyped: where and why. Never thrown, always returned. */
export const QueryErrorSchema = z.object({
  message: z.string(),
  /** Offset in the query string where the problem is. */
  position: z.number().int(),
});
export type QueryError = z.infer<typeof QueryErrorSchema>;

export const SearchRequestSchema = z.object({
  query: z.string().max(2000),
  sort: SortSchema.default('relevance'),
  offset: z.number().int().nonnegative().default(0),
  limit: z.number().int().positive().max(1000).default(50),
});
export const SearchResponseSchema = z.object({
  total: z.number().int(),
  hits: z.array(SearchHitSchema),
  facets: FacetsSchema,
  error: QueryErrorSchema.nullable(),
  tookMs: z.number(),
});
export type SearchRequest = z.input<typeof SearchRequestSchema>;
export type SearchResponse = z.infer<typeof SearchResponseSchema>;

/* ---------- tags ---------- */

export const TagNameSchema = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .regex(/^[^\s/][^/]*(\/[^\s/][^/]*)*$/, 'a tag is words separated by "/", like region/china');

export const TagInfoSchema = z.object({
  name: z.string(),
  color: z.string().nullable(),
  count: z.number().int(),
});
export type TagInfo = z.infer<typeof TagInfoSchema>;

/* ---------- original files ---------- */

/** An article's file as it is on disk, for "open original" where the door cannot open it itself (the web door). */
export const OriginalFileSchema = z.object({
  /** The file's name, without its folder. */
  name: z.string(),
  /**
   * A media type safe to hand to a browser: the file's own for PDF, e-mail, plain text and Markdown;
   * "application/octet-stream" for web pages, so that a saved page is downloaded, never shown (and run).
   */
  mediaType: z.string(),
  size: z.number().int().nonnegative(),
  base64: z.string(),
});
export type OriginalFile = z.infer<typeof OriginalFileSchema>;

/* ---------- the operations ---------- */

const op = <Req extends z.ZodType, Res extends z.ZodType>(request: Req, response: Res) => ({ request, response });

/* timelines (model in ./timeline) */
const TimelineIdSchema = z.string().min(1).max(200);
const ChangeSchema = z.object({ changeId: z.string() });


/** Timeline operations: named timelines in `.dossier/timelines/`, review queues, exports. */
export const timelineContract = {
  listTimelines: op(z.object({}), z.object({ timelines: z.array(TimelineSummarySchema) })),
  /** The timeline, with sources re-anchored when their articles changed since. */
  getTimeline: op(z.object({ id: TimelineIdSchema }), TimelineSchema),
  createTimeline: op(z.object({ name: z.string().trim().min(1).max(200), description: z.string().max(10_000).default('') }), TimelineSchema),
  renameTimeline: op(
    z.object({ id: TimelineIdSchema, name: z.string().trim().min(1).max(200), description: z.string().max(10_000).optional() }),
    ChangeSchema.extend({ timeline: TimelineSchema }),
  ),
  /** Deletes the file after keeping a copy in `timelines/.trash/`; undoable. */
  deleteTimeline: op(z.object({ id: TimelineIdSchema }), ChangeSchema),
  /** Review queue for one article (timelineId marks items already accepted/rejected in that timeline). */
  candidatesForArticle: op(z.object({ articleId: ArticleIdSchema, timelineId: TimelineIdSchema.optional() }), ReviewQueueSchema),
  /** Review queue for a search query (tag:… works, it is a search), a saved search or an explicit selection of ids; duplicates merged. */
  candidatesForQuery: op(
    z.object({
      query: z.string().max(2000).optional(),
      /** A saved search's id: its query (as saved now) is the search. */
      savedSearch: SavedSearchIdSchema.optional(),
      ids: z.array(ArticleIdSchema).max(10_000).optional(),
      timelineId: TimelineIdSchema.optional(),
      limit: z.number().int().positive().max(10_000).default(500),
    }),
    ReviewQueueSchema,
  ),
  /** Adds events; with `mergeDuplicates` an event reporting the same thing as an existing one adds its sources there. */
  addEvents: op(
    z.object({
      timelineId: TimelineIdSchema,
      events: z.array(EventDraftSchema).min(1).max(20_000),
      mergeDuplicates: z.boolean().default(true),
      /** Review keys being accepted (so they show as accepted later). */
      keys: z.array(z.string()).default([]),
    }),
    ChangeSchema.extend({ added: z.array(z.string()), mergedInto: z.array(z.string()), timeline: TimelineSchema }),
  ),
  /** Marks review items rejected (not proposed again); undoable. */
  rejectCandidates: op(z.object({ timelineId: TimelineIdSchema, keys: z.array(z.string()).min(1) }), ChangeSchema),
  /**
   * Edits an event. `base`, when given, holds the values the user started from for the fields in
   * `patch`: a field someone else changed meanwhile (to another value than the patch's) is refused
   * with a `conflict` error instead of being overwritten; fields only one side changed merge.
   */
  updateEvent: op(
    z.object({ timelineId: TimelineIdSchema, eventId: z.string(), patch: EventPatchSchema, base: EventPatchSchema.optional() }),
    ChangeSchema.extend({ event: TimelineEventSchema }),
  ),
  deleteEvents: op(z.object({ timelineId: TimelineIdSchema, eventIds: z.array(z.string()).min(1) }), ChangeSchema.extend({ deleted: z.number().int() })),
  /** Merges events into one (the first id keeps its title unless `title` is given); sources are combined. */
  mergeEvents: op(
    z.object({ timelineId: TimelineIdSchema, eventIds: z.array(z.string()).min(2), title: z.string().optional() }),
    ChangeSchema.extend({ event: TimelineEventSchema }),
  ),
  /** Splits an event's sources into separate events (the given source indexes move out; default: one event per source). */
  splitEvent: op(
    z.object({ timelineId: TimelineIdSchema, eventId: z.string(), sourceIndexes: z.array(z.number().int().nonnegative()).optional() }),
    ChangeSchema.extend({ events: z.array(TimelineEventSchema) }),
  ),
  /** An event draft for a passage the user selected: date from the passage's time expressions, else the article's date. */
  proposeEvent: op(
    z.object({ articleId: ArticleIdSchema, start: z.number().int().nonnegative(), end: z.number().int().nonnegative() }),
    /** `dateSource` says where the date came from; 'none' (an article without a date): the date is a placeholder and the user must give one. */
    EventDraftSchema.extend({ dateSource: z.enum(['passage', 'sentence', 'article', 'none']).optional() }),
  ),
  exportTimeline: op(z.object({ id: TimelineIdSchema, format: ExportFormatSchema }), ExportResultSchema),
  /** Imports CSV (the format exportTimeline writes) into an existing timeline or a new one named `name`. */
  importCsv: op(
    z.object({ timelineId: TimelineIdSchema.optional(), name: z.string().trim().min(1).max(200).optional(), content: z.string().max(50_000_000) }),
    ChangeSchema.extend({ timeline: TimelineSchema, imported: z.number().int(), problems: z.array(z.string()) }),
  ),
  /** Undoes the latest timeline change (or the one given). */
  undoTimelineChange: op(z.object({ changeId: z.string().optional() }), z.object({ undone: z.string().nullable() })),
  /** Records a search whose candidates wait in the timeline's review queue (e.g. `dossier timeline build` without --accept), or forgets it. */
  setPendingReview: op(
    z.object({ timelineId: TimelineIdSchema, query: z.string().trim().min(1).max(2000), candidates: z.number().int().nonnegative().default(0), done: z.boolean().default(false) }),
    ChangeSchema,
  ),
} as const;

/* ---------- activity ---------- */

export const ActivityItemSchema = z.object({
  id: z.string(),
  /** ISO timestamp. */
  at: z.string(),
  /** Who made the change: a team member's display name; null in a local library (you). */
  user: z.string().nullable(),
  kind: z.enum(['tags', 'timeline', 'import', 'push', 'metadata', 'notes', 'searches']),
  /** The operation (tagArticles, updateEvent, …). */
  op: z.string(),
  summary: z.string(),
  timelineId: z.string().nullable(),
  articleIds: z.array(z.string()),
  undone: z.boolean(),
});
export type ActivityItem = z.infer<typeof ActivityItemSchema>;

/** Metadata corrections (`.dossier/metadata.json`): they win over what was extracted, everywhere. */
export const metadataContract = {
  /** What was extracted from the file, what the user corrected, and what everything uses. */
  getArticleMetadata: op(z.object({ id: ArticleIdSchema }), ArticleMetadataSchema),
  /** Corrects the fields in `set` and clears the corrections named in `clear` (back to the extracted value); undoable. */
  setArticleMetadata: op(
    z.object({ id: ArticleIdSchema, set: MetadataPatchSchema.default({}), clear: z.array(MetadataFieldSchema).default([]) }),
    z.object({ changeId: z.string(), metadata: ArticleMetadataSchema }),
  ),
  /** Undoes the latest metadata change (or the one given); `id` is the article it concerned. */
  undoMetadataChange: op(z.object({ changeId: z.string().optional() }), z.object({ undone: z.string().nullable(), id: z.string().nullable() })),
} as const;

/** Notes and highlights (`.dossier/notes/<article id>.md`). */
export const notesContract = {
  /** One article's notes, highlights re-anchored when the article changed since they were made. */
  getNotes: op(z.object({ articleId: ArticleIdSchema }), ArticleNotesSchema),
  /** Every article with notes or highlights, most recently changed first; plus files Dossier could not read. */
  listNotes: op(
    z.object({ offset: z.number().int().nonnegative().default(0), limit: z.number().int().positive().max(1000).default(200) }),
    z.object({ total: z.number().int(), items: z.array(NotesListItemSchema), problems: z.array(z.string()) }),
  ),
  /** Highlights the passage [start, end) of the article's text, with an optional note. */
  addHighlight: op(
    z.object({
      articleId: ArticleIdSchema,
      start: z.number().int().nonnegative(),
      end: z.number().int().nonnegative(),
      color: HighlightColorSchema.default('yellow'),
      note: NoteTextSchema.default(''),
    }),
    NotesChangeSchema.extend({ highlight: HighlightSchema }),
  ),
  /** Changes a highlight's colour and/or note. */
  updateHighlight: op(
    z.object({ articleId: ArticleIdSchema, highlightId: HighlightIdSchema, color: HighlightColorSchema.optional(), note: NoteTextSchema.optional() }),
    NotesChangeSchema,
  ),
  /** Removes a highlight and its note; undoable. */
  deleteHighlight: op(z.object({ articleId: ArticleIdSchema, highlightId: HighlightIdSchema }), NotesChangeSchema),
  /** Sets the note on the article as a whole ('' removes it). */
  setArticleNote: op(z.object({ articleId: ArticleIdSchema, note: NoteTextSchema }), NotesChangeSchema),
  /** Undoes the latest notes change (or the one given); `articleId` is the article it concerned. */
  undoNoteChange: op(z.object({ changeId: z.string().optional() }), z.object({ undone: z.string().nullable(), articleId: z.string().nullable() })),
} as const;

/** Saved searches (`.dossier/saved-searches.json`) and the search history (per user and machine). */
export const savedSearchContract = {
  /** Saved searches by name, each with the number of articles its query finds now (`counts: false` skips them). */
  listSavedSearches: op(z.object({ counts: z.boolean().default(true) }), z.object({ searches: z.array(SavedSearchSchema) })),
  saveSearch: op(z.object({ name: SavedSearchNameSchema, query: SavedQuerySchema, sort: SortSchema.default('relevance') }), ChangeSchema.extend({ search: SavedSearchSchema })),
  /** Renames a saved search and/or changes its query or sort. */
  updateSavedSearch: op(
    z.object({ id: SavedSearchIdSchema, name: SavedSearchNameSchema.optional(), query: SavedQuerySchema.optional(), sort: SortSchema.optional() }),
    ChangeSchema.extend({ search: SavedSearchSchema }),
  ),
  deleteSavedSearch: op(z.object({ id: SavedSearchIdSchema }), ChangeSchema),
  /** Recent queries, newest first; `prefix` keeps those starting with it (case and accents ignored). */
  searchHistory: op(z.object({ prefix: z.string().max(2000).default(''), limit: z.number().int().positive().max(200).default(20) }), z.object({ entries: z.array(HistoryEntrySchema) })),
  /** Puts a query at the top of the history (the UI calls it when a search is committed). */
  recordSearch: op(z.object({ query: z.string().trim().min(1).max(2000) }), z.object({ recorded: z.boolean() })),
  /** Removes one query from the history, or all of it; undoable. */
  clearSearchHistory: op(z.object({ query: z.string().max(2000).optional() }), ChangeSchema.extend({ removed: z.number().int() })),
  /** Undoes the latest saved-search or history change (or the one given). */
  undoSearchChange: op(z.object({ changeId: z.string().optional() }), z.object({ undone: z.string().nullable() })),
} as const;

/** The library's people, organisations and places (from the analysis, counted in the index). */
export const entityContract = {
  /** Entities with the number of articles mentioning each, most mentioned first; `filter`: words of the name. */
  listEntities: op(
    z.object({
      kind: EntityKindSchema.optional(),
      filter: z.string().max(200).default(''),
      offset: z.number().int().nonnegative().default(0),
      limit: z.number().int().positive().max(1000).default(100),
    }),
    z.object({ total: z.number().int(), entities: z.array(EntitySummarySchema), analysing: z.boolean() }),
  ),
  /** One entity: its articles, the quotes by and about it, and the timeline events that involve it. */
  getEntity: op(
    z.object({ kind: EntityKindSchema, name: z.string().trim().min(1).max(300), limit: z.number().int().positive().max(500).default(100) }),
    EntityPageSchema,
  ),
} as const;

export const contract = {
  /** Open (or switch to) a library folder. Local doors only. */
  openLibrary: op(z.object({ path: z.string().min(1) }), LibraryInfoSchema),
  libraryInfo: op(z.object({}), LibraryInfoSchema),
  listArticles: op(
    z.object({
      sort: SortSchema.default('date-desc'),
      offset: z.number().int().nonnegative().default(0),
      limit: z.number().int().positive().max(1000).default(100),
    }),
    z.object({ total: z.number().int(), items: z.array(ArticleSummarySchema) }),
  ),
  getArticle: op(z.object({ id: ArticleIdSchema }), ArticleSchema),
  /** The article's original file (at most 64 MB), for saving a copy or opening it in another program. */
  getOriginal: op(z.object({ id: ArticleIdSchema }), OriginalFileSchema),
  /**
   * Opens the article's original file in the system's default program (the desktop door). A door that
   * cannot (the web door refuses it) or a shell that fails answers opened: false with the reason.
   */
  openOriginal: op(z.object({ id: ArticleIdSchema }), z.object({ opened: z.boolean(), message: z.string().nullable() })),
  /** Analysis of one article (computed on demand, cached by content hash). */
  getAnalysis: op(z.object({ id: ArticleIdSchema }), AnalysisSchema),
  search: op(SearchRequestSchema, SearchResponseSchema),
  /** Completions for the search box: titles, sources, tags, field names. */
  suggest: op(z.object({ prefix: z.string().max(200), limit: z.number().int().positive().max(50).default(8) }), z.object({ suggestions: z.array(z.string()) })),
  problems: op(z.object({}), z.object({ problems: z.array(ProblemSchema) })),
  indexStatus: op(z.object({}), IndexProgressSchema),

  listTags: op(z.object({}), z.object({ tags: z.array(TagInfoSchema) })),
  /** Add and/or remove tags on a set of articles. Returns a change id usable with undoTagChange. */
  tagArticles: op(
    z.object({ ids: z.array(ArticleIdSchema).min(1).max(100000), add: z.array(TagNameSchema).default([]), remove: z.array(TagNameSchema).default([]) }),
    z.object({ changeId: z.string(), changed: z.number().int() }),
  ),
  renameTag: op(z.object({ from: TagNameSchema, to: TagNameSchema }), z.object({ changeId: z.string(), changed: z.number().int() })),
  /** Merge `from` tags into `into` (rename many into one). */
  mergeTags: op(z.object({ from: z.array(TagNameSchema).min(1), into: TagNameSchema }), z.object({ changeId: z.string(), changed: z.number().int() })),
  setTagColor: op(z.object({ name: TagNameSchema, color: z.string().regex(/^#[0-9a-fA-F]{6}$/).nullable() }), z.object({ changeId: z.string(), changed: z.number().int() })),
  /** Undo the latest tag change (or the one given). */
  undoTagChange: op(z.object({ changeId: z.string().optional() }), z.object({ undone: z.string().nullable() })),

  /** Import files (given as name + content) into the library's `imported/` folder. Web door and drag-and-drop. */
  importFiles: op(
    z.object({
      files: z
        .array(z.object({ name: z.string().min(1).max(255), base64: z.string().max(70_000_000) }))
        .min(1)
        .max(1000),
    }),
    z.object({
      imported: z.array(z.object({ name: z.string(), path: z.string() })),
      problems: z.array(ProblemSchema),
      /**
       * Files already in the library: an exact copy is not imported again (`path` null) and names the article it
       * copies; a near copy (the same story with small edits) is imported and named with its original.
       */
      duplicates: z
        .array(z.object({ name: z.string(), path: z.string().nullable(), kind: z.enum(['exact', 'near']), of: z.object({ id: z.string(), path: z.string(), title: z.string() }) }))
        .optional(),
    }),
  ),
  /** Groups of copies (the same article twice, or republished with small edits): those holding any of `ids`, or all. */
  duplicates: op(z.object({ ids: z.array(ArticleIdSchema).max(100_000).optional() }), z.object({ groups: z.array(CopyGroupSchema) })),

  ...timelineContract,
  ...metadataContract,
  ...notesContract,
  ...savedSearchContract,
  ...entityContract,

  /** Who changed what, newest first: tags, timelines, imports (a team library keeps it for good; a local one since it was opened). */
  activity: op(
    z.object({ limit: z.number().int().positive().max(500).default(50), before: z.string().optional() }),
    z.object({ items: z.array(ActivityItemSchema) }),
  ),
} as const;

export type Contract = typeof contract;
export type OpName = keyof Contract;
export type Req<K extends OpName> = z.input<Contract[K]['request']>;
export type Res<K extends OpName> = z.infer<Contract[K]['response']>;

/** The API every door serves and every client calls. */
export type DossierApi = { [K in OpName]: (req: Req<K>) => Promise<Res<K>> };

/** Events pushed from main to the UI. */
export const eventSchemas = {
  indexProgress: IndexProgressSchema,
  /** The library changed (files added/changed/removed, tags changed): lists should refresh. */
  libraryChanged: z.object({ added: z.array(z.string()), changed: z.array(z.string()), removed: z.array(z.string()) }),
  problemsChanged: z.object({ count: z.number().int() }),
  /** Notes or highlights of these articles changed (in Dossier, another Dossier, or by hand in the files). */
  notesChanged: z.object({ articleIds: z.array(z.string()) }),
  /** Saved searches were added, changed or removed (counts are fetched with listSavedSearches). */
  savedSearchesChanged: z.object({}),
} as const;
export type EventName = keyof typeof eventSchemas;
export type EventPayload<E extends EventName> = z.infer<(typeof eventSchemas)[E]>;

/** Errors every door returns in the same shape. */
export const ApiErrorSchema = z.object({
  /** `conflict`: someone else changed the same thing meanwhile; nothing was overwritten. */
  code: z.enum(['invalid-request', 'not-found', 'no-library', 'forbidden', 'conflict', 'internal']),
  message: z.string(),
});
export type ApiError = z.infer<typeof ApiErrorSchema>;

export class DossierError extends Error {
  constructor(
    public readonly code: ApiError['code'],
    message: string,
  ) {
    super(message);
    this.name = 'DossierError';
  }
}

export const opNames = Object.keys(contract) as OpName[];

export type TimelineOpName = keyof typeof timelineContract;
export const timelineOpNames = Object.keys(timelineContract) as TimelineOpName[];
export type SavedSearchOpName = keyof typeof savedSearchContract;
export type EntityOpName = keyof typeof entityContract;
