/**
 * The contract (shared/contract.ts) over a team library in PostgreSQL.
 *
 * Every operation has exactly one handler in `handlers` below, typed as `{ [K in OpName]: … }`:
 * an op added to the contract without a database handler fails the type check, and
 * service.test.ts fails too (it compares the table with `opNames`). To add an op: write its
 * handler here (or in a module beside it, like tags.ts), with SQL in a new migration if it needs
 * tables; if it changes something, name it in main/api/activity.ts RECORDED_OPS so the feed shows
 * it, and run the shared contract tests (contract.test.ts) against both back ends.
 *
 * A handler gets the request already validated (defaults applied) and the member making it
 * (`ctx.user`, null for the command line), so every change is attributed.
 */
import { createHash } from 'node:crypto';
import type pg from 'pg';
import { z } from 'zod';
import { contract, DossierError, opNames, type EventName, type EventPayload, type OpName, type Res } from '../../shared/contract';
import type { Analysis, EntityKind } from '../../shared/analysis';
import type { Article, Problem } from '../../shared/model';
import { ANALYSIS_VERSION } from '../analysis/index';
import { createAnalysisWorker } from '../analysis/worker';
import { isRecordedOp, RECORDED_OPS } from '../api/activity';
import { ContractEmitter } from '../api/emitter';
import { IMPORT_FOLDER, safeFileName } from '../api/import-files';
import { MAX_ORIGINAL_BYTES, mediaTypeOf } from '../api/original-file';
import type { DoorService } from '../api/service-types';
import { isSupportedFile, SUPPORTED_EXTENSIONS } from '../formats/index';
import { formatBytes } from '../library/file-problems';
import { interpret } from '../library/interpret';
import { problem } from '../library/file-problems';
import { createTimelineService, timelineDepsFromApi, type TimelineService } from '../timelines';
import { toArticle, toRow, toSummary, writeArticles, SUMMARY_COLUMNS, type ArticleRow, type SummaryRecord } from './articles';
import { listActivity, recordChange, type TeamUser } from './changes';
import { copiesOfText, copyGroups } from './duplicates';
import { signatureOf } from '../library/duplicates';
import { openDb, transaction, type Db } from './db';
import { storeOriginals } from './originals';
import { checkSchema } from './migrate';
import { entityCountsSql, lexiconOf, searchTeam } from './search';
import { entityPage, pageOfEntities } from '../entities';
import { teamTagOps } from './tags';
import { teamMetadataOps } from './metadata';
import { teamNotesOps } from './notes';
import { teamSearchOps } from './searches';
import { teamTimelineStorage } from './timeline-storage';
import { sessionManager, type SessionManager } from './users';

type Parsed<K extends OpName> = z.infer<(typeof contract)[K]['request']>;

export interface OpContext {
  db: Db;
  user: TeamUser | null;
  library: TeamLibraryState;
  /** The full contract for this member (timeline ops use search, getArticle and getAnalysis). */
  api: DoorService;
  timelines(): TimelineService;
}

export type Handler<K extends OpName> = (ctx: OpContext, req: Parsed<K>) => Promise<Res<K>>;
export type TeamHandlers = { [K in OpName]: Handler<K> };

interface TeamLibraryState {
  analysis(article: Article): Promise<Analysis>;
  /** Tells every door on this database (this server and others, through NOTIFY) that something changed. */
  notify<E extends 'libraryChanged' | 'notesChanged' | 'savedSearchesChanged'>(event: E, payload: EventPayload<E>): Promise<void>;
}

const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
const CHANGE_CHANNEL = 'dossier_library';
/** Ops whose handlers record their change themselves, in their own transaction (they need it for undo). */
const SELF_RECORDING = new Set<OpName>([
  'tagArticles',
  'renameTag',
  'mergeTags',
  'setTagColor',
  'undoTagChange',
  'setArticleMetadata',
  'undoMetadataChange',
  'saveSearch',
  'updateSavedSearch',
  'deleteSavedSearch',
  'undoSearchChange',
  'addHighlight',
  'updateHighlight',
  'deleteHighlight',
  'setArticleNote',
  'undoNoteChange',
]);

const notesOps = ({ db, user }: OpContext) => teamNotesOps(db, user, (id) => requireArticle(db, id));

async function requireArticle(db: Db, id: string): Promise<Article> {
  const { rows } = await db.query<SummaryRecord & { body: string; html: string | null }>(`SELECT ${SUMMARY_COLUMNS}, a.body, a.html FROM articles a WHERE a.id = $1`, [id]);
  if (!rows[0]) throw new DossierError('not-found', `No article with id ${id}.`);
  return toArticle(rows[0]);
}

const timelineOp =
  <K extends keyof TimelineService & OpName>(name: K): Handler<K> =>
  (ctx, req) =>
    (ctx.timelines()[name] as unknown as (r: Parsed<K>) => Promise<Res<K>>)(req);

export const handlers: TeamHandlers = {
  async openLibrary() {
    throw new DossierError('forbidden', 'a team library is a database: it is opened with `dossier serve --db URL`, not as a folder');
  },

  async libraryInfo({ db }) {
    const { rows } = await db.query<{ name: string; articles: number; problems: number }>(
      `SELECT (SELECT name FROM team_library) AS name, (SELECT count(*) FROM articles)::bigint AS articles, (SELECT count(*) FROM problems)::bigint AS problems`,
    );
    const r = rows[0]!;
    return { name: r.name ?? 'Team library', root: null, articleCount: r.articles, problemCount: r.problems, indexing: false };
  },

  async listArticles({ db }, req) {
    const order = req.sort === 'date-asc' ? 'a.published_value, a.title' : req.sort === 'date-desc' ? 'a.published_value DESC, a.title' : 'a.title, a.id';
    const [total, page] = await Promise.all([
      db.query<{ n: number }>('SELECT count(*)::bigint AS n FROM articles'),
      db.query<SummaryRecord>(`SELECT ${SUMMARY_COLUMNS} FROM articles a ORDER BY ${order} LIMIT $1 OFFSET $2`, [req.limit, req.offset]),
    ]);
    return { total: total.rows[0]!.n, items: page.rows.map(toSummary) };
  },

  async getArticle({ db }, req) {
    return requireArticle(db, req.id);
  },

  async getAnalysis({ db, library }, req) {
    return library.analysis(await requireArticle(db, req.id));
  },

  async getOriginal({ db }, req) {
    const { rows } = await db.query<{ path: string; bytes: Buffer | null; size: number | null }>(
      `SELECT a.path, CASE WHEN octet_length(o.bytes) <= $2 THEN o.bytes END AS bytes, octet_length(o.bytes) AS size
         FROM articles a LEFT JOIN article_originals o ON o.content_hash = a.content_hash WHERE a.id = $1`,
      [req.id, MAX_ORIGINAL_BYTES],
    );
    const row = rows[0];
    if (!row) throw new DossierError('not-found', `No article with id ${req.id}.`);
    if (row.size === null) {
      throw new DossierError(
        'not-found',
        `The team library holds the text of "${row.path}", not its original file (it was pushed before team libraries kept originals); push the library it came from again to add the file.`,
      );
    }
    if (!row.bytes) throw new DossierError('invalid-request', `"${row.path}" is ${formatBytes(row.size)}, too large to hand over here (the limit is ${formatBytes(MAX_ORIGINAL_BYTES)}).`);
    const name = row.path.slice(row.path.lastIndexOf('/') + 1);
    return { name, mediaType: mediaTypeOf(name), size: row.bytes.length, base64: row.bytes.toString('base64') };
  },

  async openOriginal({ db }, req) {
    const { rowCount } = await db.query('SELECT 1 FROM articles WHERE id = $1', [req.id]);
    if (!rowCount) throw new DossierError('not-found', `No article with id ${req.id}.`);
    // The file is in the database, not on the member's computer: the door hands it over with getOriginal instead.
    return { opened: false, message: 'A team library keeps its files in the database, not on this computer: save a copy of the original (getOriginal) to open it.' };
  },

  async search({ db }, req) {
    const result = await searchTeam(db, req);
    if (result.hits.length === 0) return result;
    // Each hit names its other copies, as in a local library.
    const groups = await copyGroups(db, result.hits.map((h) => h.article.id));
    const groupOf = new Map(groups.flatMap((g) => g.members.map((m) => [m.id, g] as const)));
    const hits = result.hits.map((hit) => {
      const group = groupOf.get(hit.article.id);
      if (!group) return hit;
      const own = group.members.find((m) => m.id === hit.article.id);
      const isOriginal = group.primary === hit.article.id;
      return { ...hit, copies: group.members.filter((m) => m.id !== hit.article.id), copyOf: isOriginal ? null : group.primary, copyKind: isOriginal ? null : (own?.kind ?? null) };
    });
    return { ...result, hits };
  },

  async duplicates({ db }, req) {
    return { groups: await copyGroups(db, req.ids ?? null) };
  },

  async suggest({ db }, req) {
    const lower = req.prefix.toLowerCase();
    const fromTags = await db.query<{ tag: string }>(
      `SELECT DISTINCT tag FROM (SELECT tag FROM article_tags UNION SELECT tag FROM tag_colors) t WHERE lower(tag) LIKE $1 ORDER BY tag LIMIT $2`,
      [`${lower.replace(/[\\%_]/g, (c) => `\\${c}`)}%`, req.limit],
    );
    // Completions of the last word from the dictionary (index terms), most frequent first.
    const words = lower.match(/[\p{L}\p{N}\p{M}]+/gu) ?? [];
    const last = words[words.length - 1];
    let terms: string[] = [];
    if (lower.length >= 2 && last && !/\s$/.test(req.prefix)) {
      const head = lower.slice(0, lower.lastIndexOf(last));
      terms = (await lexiconOf(db).prefix(last, req.limit + 1)).map((t) => t.term).filter((t) => t !== last).map((t) => head + t);
    }
    return { suggestions: [...new Set([...terms, ...fromTags.rows.map((r) => `tag:${r.tag}`)])].slice(0, req.limit) };
  },

  async problems({ db }) {
    const { rows } = await db.query<{ problem: Problem }>('SELECT problem FROM problems ORDER BY path');
    return { problems: rows.map((r) => r.problem) };
  },

  async indexStatus({ db }) {
    // The database indexes each article in the transaction that stores it: always ready.
    const { rows } = await db.query<{ n: number }>('SELECT count(*)::bigint AS n FROM articles');
    return { phase: 'ready', done: rows[0]!.n, total: rows[0]!.n, current: null, message: null };
  },

  listTags: ({ db, user }) => teamTagOps(db, user).listTags(),
  tagArticles: ({ db, user }, req) => teamTagOps(db, user).tagArticles(req),
  renameTag: ({ db, user }, req) => teamTagOps(db, user).renameTag(req),
  mergeTags: ({ db, user }, req) => teamTagOps(db, user).mergeTags(req),
  setTagColor: ({ db, user }, req) => teamTagOps(db, user).setTagColor(req),
  undoTagChange: ({ db, user }, req) => teamTagOps(db, user).undoTagChange(req),

  async importFiles({ db, user }, req) {
    const imported: { name: string; path: string }[] = [];
    const problems: Problem[] = [];
    const rows: ArticleRow[] = [];
    const originals: { contentHash: string; bytes: Buffer }[] = [];
    const duplicates: NonNullable<Res<'importFiles'>['duplicates']> = [];
    /** Texts of this import by signature text hash: a file given twice is imported once. */
    const inBatch = new Map<string, { id: string; path: string; title: string }>();
    const taken = new Set((await db.query<{ path: string }>(`SELECT path FROM articles WHERE path LIKE $1`, [`${IMPORT_FOLDER}/%`])).rows.map((r) => r.path));
    for (const file of req.files) {
      const name = safeFileName(file.name);
      if (!name) {
        problems.push(problem(file.name, 'unsupported', `"${file.name}" is not a usable file name; it was not imported.`));
        continue;
      }
      if (!isSupportedFile(name)) {
        problems.push(problem(name, 'unsupported', `${name}: only ${SUPPORTED_EXTENSIONS.join(', ')} files can be imported.`));
        continue;
      }
      const bytes = Buffer.from(file.base64, 'base64');
      if (bytes.length > MAX_IMPORT_BYTES) {
        problems.push(problem(name, 'too-large', `${name} is ${(bytes.length / 1048576).toFixed(1)} MB; the import limit is 50 MB.`));
        continue;
      }
      const ext = name.slice(name.lastIndexOf('.'));
      const stem = name.slice(0, name.length - ext.length);
      let rel = `${IMPORT_FOLDER}/${name}`;
      for (let n = 2; taken.has(rel); n++) rel = `${IMPORT_FOLDER}/${stem} (${n})${ext}`;
      const read = await interpret(rel, { bytes, size: bytes.length, truncated: false, maxBytes: MAX_IMPORT_BYTES });
      if (read.kind !== 'article') {
        if (read.kind === 'skipped') problems.push(read.problem);
        continue;
      }
      const contentHash = createHash('sha256').update(bytes).digest('hex');
      let id = contentHash.slice(0, 16);
      const existing = await db.query<{ id: string; content_hash: string }>(`SELECT id, content_hash FROM articles WHERE id = $1 OR id LIKE $2`, [id, `${id}-%`]);
      const same = existing.rows.find((r) => r.content_hash === contentHash);
      // The same text already in the library (the same file, or another encoding or format of it): not
      // imported again, the import says where it is. A near copy is imported and named with its original.
      const signatureText = signatureOf(read.parsed.text).text;
      const copies = await copiesOfText(db, read.parsed.text);
      const exact = (same && copies.find((c) => c.id === same.id)) ?? copies.find((c) => c.kind === 'exact');
      const of = inBatch.get(signatureText) ?? exact;
      if (of) {
        duplicates.push({ name: file.name, path: null, kind: 'exact', of: { id: of.id, path: of.path, title: of.title } });
        continue;
      }
      const ids = new Set(existing.rows.map((r) => r.id));
      for (let n = 2; ids.has(id); n++) id = `${contentHash.slice(0, 16)}-${n}`;
      taken.add(rel);
      const article: Article = { ...read.parsed, id, path: rel, contentHash, size: bytes.length, mtimeMs: Date.now(), tags: read.parsed.fileTags };
      rows.push(toRow(article, []));
      originals.push({ contentHash, bytes });
      inBatch.set(signatureText, { id, path: rel, title: article.title });
      problems.push(...read.problems);
      imported.push({ name: file.name, path: rel });
      const near = copies.find((c) => c.kind === 'near');
      if (near) duplicates.push({ name: file.name, path: rel, kind: 'near', of: { id: near.id, path: near.path, title: near.title } });
    }
    if (rows.length) {
      await transaction(db, async (tx) => {
        await writeArticles(tx, rows, user?.id ?? null);
        await storeOriginals(tx, originals);
      });
    }
    if (problems.length) {
      await db.query(
        `INSERT INTO problems (path, problem) SELECT p->>'path', p FROM jsonb_array_elements($1::jsonb) AS p ON CONFLICT (path) DO UPDATE SET problem = excluded.problem`,
        [JSON.stringify(problems)],
      );
    }
    return { imported, problems, duplicates };
  },

  listTimelines: timelineOp('listTimelines'),
  getTimeline: timelineOp('getTimeline'),
  createTimeline: timelineOp('createTimeline'),
  renameTimeline: timelineOp('renameTimeline'),
  deleteTimeline: timelineOp('deleteTimeline'),
  candidatesForArticle: timelineOp('candidatesForArticle'),
  /** A saved search as the source of a review queue: its query as saved now (as locally). */
  async candidatesForQuery(ctx, req) {
    if (req.savedSearch === undefined) return ctx.timelines().candidatesForQuery(req);
    if (req.query) throw new DossierError('invalid-request', 'candidatesForQuery takes a query or a saved search, not both');
    const saved = await teamSearchOps(ctx.db, ctx.user).resolve(req.savedSearch);
    if (!saved) throw new DossierError('not-found', `there is no saved search "${req.savedSearch}"`);
    return ctx.timelines().candidatesForQuery({ ...req, savedSearch: undefined, query: saved.query });
  },
  addEvents: timelineOp('addEvents'),
  rejectCandidates: timelineOp('rejectCandidates'),
  updateEvent: timelineOp('updateEvent'),
  deleteEvents: timelineOp('deleteEvents'),
  mergeEvents: timelineOp('mergeEvents'),
  splitEvent: timelineOp('splitEvent'),
  proposeEvent: timelineOp('proposeEvent'),
  exportTimeline: timelineOp('exportTimeline'),
  importCsv: timelineOp('importCsv'),
  undoTimelineChange: timelineOp('undoTimelineChange'),
  setPendingReview: timelineOp('setPendingReview'),

  async activity({ db }, req) {
    return listActivity(db, req);
  },

  getArticleMetadata: ({ db, user }, req) => teamMetadataOps(db, user).getArticleMetadata(req),
  setArticleMetadata: ({ db, user }, req) => teamMetadataOps(db, user).setArticleMetadata(req),
  undoMetadataChange: ({ db, user }, req) => teamMetadataOps(db, user).undoMetadataChange(req),

  getNotes: (ctx, req) => notesOps(ctx).getNotes(req),
  listNotes: (ctx, req) => notesOps(ctx).listNotes(req),
  addHighlight: (ctx, req) => notesOps(ctx).addHighlight(req),
  updateHighlight: (ctx, req) => notesOps(ctx).updateHighlight(req),
  deleteHighlight: (ctx, req) => notesOps(ctx).deleteHighlight(req),
  setArticleNote: (ctx, req) => notesOps(ctx).setArticleNote(req),
  undoNoteChange: (ctx, req) => notesOps(ctx).undoNoteChange(req),

  listSavedSearches: ({ db, user }, req) => teamSearchOps(db, user).listSavedSearches(req),
  saveSearch: ({ db, user }, req) => teamSearchOps(db, user).saveSearch(req),
  updateSavedSearch: ({ db, user }, req) => teamSearchOps(db, user).updateSavedSearch(req),
  deleteSavedSearch: ({ db, user }, req) => teamSearchOps(db, user).deleteSavedSearch(req),
  searchHistory: ({ db, user }, req) => teamSearchOps(db, user).searchHistory(req),
  recordSearch: ({ db, user }, req) => teamSearchOps(db, user).recordSearch(req),
  clearSearchHistory: ({ db, user }, req) => teamSearchOps(db, user).clearSearchHistory(req),
  undoSearchChange: ({ db, user }, req) => teamSearchOps(db, user).undoSearchChange(req),

  async listEntities({ db }, req) {
    const { rows } = await db.query<{ kind: EntityKind; name: string; n: number }>(
      `SELECT kind, name, n::integer AS n FROM (${entityCountsSql('article_entities')}) g ORDER BY n DESC, name COLLATE "C"`,
    );
    // Entities come from the analyses pushed with the articles: nothing is being analysed here.
    return pageOfEntities(rows.map((r) => ({ kind: r.kind, name: r.name, count: r.n })), req, false);
  },
  getEntity: ({ api }, req) => entityPage(api, req),
};

export interface TeamLibrary {
  readonly db: Db;
  readonly sessions: SessionManager;
  /** The contract as one member (null: the command line, attributed to no one) sees and changes it. */
  serviceFor(user: TeamUser | null): DoorService;
  close(): Promise<void>;
}

export interface TeamLibraryOptions {
  log?: (line: string) => void;
  /** Listen for changes made by other servers on the same database (LISTEN/NOTIFY) and pass them on as events. Default true. */
  listen?: boolean;
  poolSize?: number;
}

/** Opens a migrated team library. The caller closes it. */
export async function openTeamLibrary(url: string, options: TeamLibraryOptions = {}): Promise<TeamLibrary> {
  const log = options.log ?? (() => {});
  const db = openDb(url, { max: options.poolSize ?? 20 });
  try {
    await checkSchema(db);
  } catch (error) {
    await db.end();
    throw error;
  }
  const emitter = new ContractEmitter();
  let worker: ReturnType<typeof createAnalysisWorker> | undefined;
  let listener: pg.PoolClient | undefined;

  const state: TeamLibraryState = {
    async analysis(article) {
      const { rows } = await db.query<{ analysis: Analysis }>('SELECT analysis FROM analyses WHERE content_hash = $1 AND version = $2', [article.contentHash, ANALYSIS_VERSION]);
      if (rows[0]) return rows[0].analysis;
      worker ??= createAnalysisWorker();
      const result = await worker.analyze({ text: article.text, publishedAt: article.publishedAt?.value.slice(0, 10) ?? null, title: article.title });
      await db.query('INSERT INTO analyses (content_hash, version, analysis) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [article.contentHash, ANALYSIS_VERSION, JSON.stringify(result)]);
      return result;
    },
    async notify(event, payload) {
      if (listener) await db.query('SELECT pg_notify($1, $2)', [CHANGE_CHANNEL, JSON.stringify({ event, payload })]);
      else emitter.emit(event, payload);
    },
  };

  if (options.listen ?? true) {
    listener = await db.connect();
    listener.on('notification', (message) => {
      if (message.channel !== CHANGE_CHANNEL || !message.payload) return;
      try {
        const { event, payload } = JSON.parse(message.payload) as { event?: unknown; payload?: unknown };
        if (event === 'libraryChanged' || event === 'notesChanged' || event === 'savedSearchesChanged') emitter.emit(event, payload as never);
      } catch {
        // not ours
      }
    });
    listener.on('error', (error) => log(`team library: change notifications stopped (${error.message})`));
    await listener.query(`LISTEN ${CHANGE_CHANNEL}`);
  }

  const services = new Map<number | null, DoorService>();

  function serviceFor(user: TeamUser | null): DoorService {
    const cached = services.get(user?.id ?? null);
    if (cached) return cached;
    let timelines: TimelineService | undefined;
    const service = {} as DoorService;
    const ctx: OpContext = {
      db,
      user,
      library: state,
      api: service,
      timelines: () => {
        if (!timelines) {
          timelines = createTimelineService({ ...timelineDepsFromApi(service, ''), storage: teamTimelineStorage(db, user) });
        }
        return timelines;
      },
    };
    for (const op of opNames) {
      const handler = handlers[op] as Handler<OpName>;
      (service as unknown as Record<string, unknown>)[op] = async (req: unknown) => {
        const parsed = contract[op].request.safeParse(req ?? {});
        if (!parsed.success) throw new DossierError('invalid-request', `${op}: ${z.prettifyError(parsed.error)}`);
        const res = await handler(ctx, parsed.data as never);
        if (isRecordedOp(op)) {
          if (!SELF_RECORDING.has(op)) {
            const changeId = (res as { changeId?: unknown }).changeId;
            await recordChange(db, user, op, parsed.data as never, res as never, typeof changeId === 'string' ? { id: changeId } : {});
          }
          const kind = RECORDED_OPS[op];
          if (kind === 'notes') {
            const articleId = (parsed.data as { articleId?: string }).articleId ?? (res as { articleId?: string | null }).articleId;
            if (articleId) await state.notify('notesChanged', { articleIds: [articleId] }).catch(() => {});
          } else if (kind === 'searches') {
            await state.notify('savedSearchesChanged', {}).catch(() => {});
          } else {
            const articleIds =
              kind === 'tags' && 'ids' in (parsed.data as object)
                ? (parsed.data as { ids: string[] }).ids.slice(0, 1000)
                : kind === 'metadata'
                  ? [(parsed.data as { id?: string }).id ?? (res as { id?: string | null }).id ?? ''].filter(Boolean)
                  : [];
            await state.notify('libraryChanged', { added: op === 'importFiles' ? (res as Res<'importFiles'>).imported.map((f) => f.path) : [], changed: articleIds, removed: [] }).catch(() => {});
          }
        }
        return res;
      };
    }
    service.on = <E extends EventName>(event: E, listen: (payload: EventPayload<E>) => void) => emitter.on(event, listen);
    service.close = async () => {};
    services.set(user?.id ?? null, service);
    return service;
  }

  let closed: Promise<void> | undefined;
  return {
    db,
    sessions: sessionManager(db),
    serviceFor,
    close() {
      closed ??= (async () => {
        listener?.release();
        await worker?.close();
        await db.end();
      })();
      return closed;
    },
  };
}
