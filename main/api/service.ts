/**
 * The contract's one implementation: the library, its tags, the search engine and the analysis,
 * composed into a DossierService. Doors (IPC, HTTP, CLI) validate requests and call this.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import {
  DossierError,
  type IndexProgress,
  type LibraryInfo,
  type Req,
  type Sort,
  type TimelineOpName,
} from '../../shared/contract';
import type { Analysis } from '../../shared/analysis';
import type { Article, ArticleSummary, Problem } from '../../shared/model';
import { openLibrary } from '../library/library';
import type { Library, LibraryChange } from '../library/types';
import type { TagStore } from '../library/tags';
import { DATA_DIR_NAME } from '../library/data-dir';
import { createSearchEngine } from '../search/engine';
import type { IndexDoc, QueryContext, SearchEngine } from '../search/engine-types';
import { AnalysisCache } from '../analysis/cache';
import { createAnalysisWorker } from '../analysis/worker';
import { ANALYSIS_VERSION } from '../analysis/index';
import { timelineOps } from '../timelines';
import { ContractEmitter } from './emitter';
import { importIntoLibrary } from './import-files';
import { ActivityLog } from './activity';
import type { DossierService, DossierServiceOptions } from './service-types';

const FEED_BATCH = 200;

interface OpenState {
  library: Library;
  tags: TagStore;
  engine: SearchEngine;
  analysisCache: AnalysisCache;
}

export async function createDossierService(options: DossierServiceOptions): Promise<DossierService> {
  const log = options.log ?? (() => {});
  const emitter = new ContractEmitter();
  const activity = new ActivityLog();
  const analysis = createAnalysisWorker();
  let state: OpenState | undefined;
  let progress: IndexProgress = { phase: 'scanning', done: 0, total: 0, current: null, message: null };
  let indexing: Promise<void> = Promise.resolve();
  let analysed: Promise<void> = Promise.resolve();
  let disposeWatch: (() => void) | undefined;
  /** Serialises index updates so watch events never race the initial feed. */
  let indexQueue: Promise<void> = Promise.resolve();
  const describe = (e: unknown) => (e instanceof Error ? e.message : String(e));

  /**
   * Runs `work` after every index update queued before it. A failure is logged and returned to
   * this caller only: the queue itself always goes on, so one bad update never blocks the next.
   */
  function enqueue<T>(work: () => Promise<T>): Promise<T> {
    const run = indexQueue.then(work);
    indexQueue = run.then(
      () => undefined,
      (e) => log(`index update failed: ${describe(e)}`),
    );
    return run;
  }

  const setProgress = (p: IndexProgress) => {
    progress = p;
    options.onProgress?.(p);
    emitter.emit('indexProgress', p);
  };

  function current(): OpenState {
    if (!state) throw new DossierError('no-library', 'No library is open.');
    return state;
  }

  /**
   * The engine's fingerprint of an indexed doc: the file's content hash, plus the analysis version
   * once its entities are indexed too — so a reopened library knows what still needs enriching.
   */
  const enrichedMark = `+a${ANALYSIS_VERSION}`;
  const textIndexed = (fingerprint: string | undefined, hash: string | undefined) => !!fingerprint && !!hash && fingerprint.startsWith(hash);

  function toDoc(article: Article, analysisResult?: Analysis): IndexDoc {
    return {
      id: article.id,
      title: article.title,
      text: article.text,
      authors: article.authors,
      publisher: article.publisher,
      publishedAt: article.publishedAt?.value.slice(0, 10) ?? null,
      entities: analysisResult ? [...new Set(analysisResult.entities.map((e) => e.canonical))] : [],
      contentHash: analysisResult ? article.contentHash + enrichedMark : article.contentHash,
    };
  }

  async function docFor(library: Library, id: string): Promise<IndexDoc | undefined> {
    const article = await library.article(id);
    return article && toDoc(article);
  }

  /**
   * Bring the engine in line with the library after the scan: feed what is new or changed and was
   * not already streamed during the scan (`fed`), drop what is gone.
   */
  async function syncIndex(s: OpenState, indexed: Map<string, string>, fed: Set<string>): Promise<void> {
    const summaries = s.library.summaries();
    const live = new Set<string>();
    const stale: string[] = [];
    for (const summary of summaries) {
      live.add(summary.id);
      if (!fed.has(summary.id) && !textIndexed(indexed.get(summary.id), s.library.contentHash(summary.id))) stale.push(summary.id);
    }
    const remove = [...indexed.keys()].filter((id) => !live.has(id));
    if (remove.length) await s.engine.update({ upsert: [], remove });
    for (let i = 0; i < stale.length; i += FEED_BATCH) {
      const batch = stale.slice(i, i + FEED_BATCH);
      const docs = (await Promise.all(batch.map((id) => docFor(s.library, id)))).filter((d): d is IndexDoc => !!d);
      setProgress({ phase: 'indexing', done: i, total: stale.length, current: null, message: null });
      await s.engine.update({ upsert: docs, remove: [] });
    }
    await s.engine.flush();
    const changed = fed.size + stale.length;
    setProgress({
      phase: 'ready',
      done: summaries.length,
      total: summaries.length,
      current: null,
      message: changed ? `indexed ${changed} article(s)` : null,
    });
  }

  /**
   * Background pass: analyse every article whose entities are not yet in the index (cached by
   * content hash, so unchanged articles are never analysed twice) and re-feed it with its entities.
   */
  async function enrichWithAnalysis(s: OpenState): Promise<void> {
    const indexed = await s.engine.indexed();
    const todo = s.library.summaries().filter((x) => {
      const fingerprint = indexed.get(x.id);
      return !fingerprint || !fingerprint.endsWith(enrichedMark);
    });
    const showProgress = todo.length > 20;
    let batch: IndexDoc[] = [];
    let failed = 0;
    const flushBatch = async () => {
      const docs = batch;
      batch = [];
      // An article edited (or removed) while it was being analysed has already been re-indexed
      // from its new text by the watcher: do not put the old text back.
      if (docs.length) await enqueue(() => s.engine.update({ upsert: docs.filter((d) => textIndexed(d.contentHash, s.library.contentHash(d.id))), remove: [] }));
    };
    try {
      for (let i = 0; i < todo.length; i++) {
        if (state !== s) return; // the library was closed or switched
        const article = await s.library.article(todo[i]!.id);
        if (!article) continue;
        if (showProgress && i % 10 === 0) setProgress({ phase: 'analysing', done: i, total: todo.length, current: article.path, message: null });
        try {
          batch.push(toDoc(article, await getAnalysis(s, article)));
        } catch (e) {
          // One pathological article must not stop the others: it stays indexed without entities.
          failed++;
          if (state === s) log(`analysis of ${article.path} failed: ${describe(e)}`);
        }
        if (batch.length >= 50) await flushBatch();
      }
      await flushBatch();
      if (state === s) await s.engine.flush();
    } finally {
      if (showProgress && state === s) {
        const message = `analysed ${todo.length - failed} article(s)${failed ? `; ${failed} could not be analysed` : ''}`;
        setProgress({ phase: 'ready', done: todo.length, total: todo.length, current: null, message });
      }
    }
  }

  /** After a failed update the library is still usable: no progress bar may stay up forever. */
  function readyAfterFailure(s: OpenState): void {
    if (state !== s || progress.phase === 'ready') return;
    const count = s.library.summaries().length;
    setProgress({ phase: 'ready', done: count, total: count, current: null, message: 'an index update failed; see the log' });
  }

  async function applyChange(s: OpenState, change: LibraryChange): Promise<void> {
    const docs: IndexDoc[] = [];
    for (const id of [...change.added, ...change.changed]) {
      const article = await s.library.article(id);
      if (article) docs.push(toDoc(article, await getAnalysis(s, article).catch(() => undefined)));
    }
    await s.engine.update({ upsert: docs, remove: change.removed });
    await s.engine.flush();
    if (progress.phase === 'scanning' || progress.phase === 'reading') {
      // A rescan (import) reported its reading; the change is now searchable.
      const count = s.library.summaries().length;
      setProgress({ phase: 'ready', done: count, total: count, current: null, message: null });
    }
    emitter.emit('libraryChanged', change);
    emitter.emit('problemsChanged', { count: s.library.problems().length });
  }

  async function open(root: string): Promise<void> {
    await closeState();
    const resolved = path.resolve(root);
    const stat = await fs.stat(resolved).catch(() => undefined);
    if (!stat) throw new DossierError('not-found', `No such folder: ${resolved}`);
    if (!stat.isDirectory()) throw new DossierError('invalid-request', `Not a folder: ${resolved}`);
    setProgress({ phase: 'scanning', done: 0, total: 0, current: null, message: null });
    const engine = await createSearchEngine({ dir: path.join(resolved, DATA_DIR_NAME, 'index'), log });
    const indexed = await engine.indexed();
    // Stream what the scan parses straight into the engine, so no file is read twice.
    const fed = new Set<string>();
    let pending: IndexDoc[] = [];
    let scanning = true;
    const feed = () => {
      const batch = pending;
      pending = [];
      if (batch.length) void enqueue(() => engine.update({ upsert: batch, remove: [] })).catch(() => {});
    };
    let library: Library;
    try {
      library = await openLibrary(resolved, {
        watch: options.watch ?? true,
        onProgress: setProgress,
        log,
        onArticleRead: (article) => {
          if (!scanning || textIndexed(indexed.get(article.id), article.contentHash)) return;
          fed.add(article.id);
          pending.push(toDoc(article));
          if (pending.length >= FEED_BATCH) feed();
        },
      });
    } catch (error) {
      await engine.close();
      throw error;
    }
    scanning = false;
    feed();
    setProgress({ phase: 'indexing', done: fed.size, total: library.summaries().length, current: null, message: null });
    const opened: OpenState = { library, tags: library.tags, engine, analysisCache: new AnalysisCache(path.join(library.dataDir, 'analysis')) };
    state = opened;
    const stopWatching = library.onChange((change) => {
      void enqueue(() => applyChange(opened, change)).catch(() => readyAfterFailure(opened));
    });
    // A hand edit of tags.json needs no re-indexing (tags are looked up at query time), only a refresh.
    const stopTagWatch = library.tags.onExternalChange((ids) => tagChanged(ids));
    disposeWatch = () => {
      stopWatching();
      stopTagWatch();
    };
    indexing = enqueue(() => syncIndex(opened, indexed, fed)).catch((e) => {
      setProgress({ phase: 'ready', done: 0, total: 0, current: null, message: `indexing failed: ${describe(e)}` });
    });
    analysed = options.analyseInBackground ?? true
      ? indexing.then(() => enrichWithAnalysis(opened)).catch((e) => {
          if (state === opened) log(`background analysis stopped: ${describe(e)}`);
        })
      : Promise.resolve();
  }

  async function closeState(): Promise<void> {
    if (!state) return;
    const s = state;
    state = undefined;
    disposeWatch?.();
    await indexQueue;
    await s.engine.close();
    await s.library.close();
  }

  function withTags(summary: ArticleSummary, tags: TagStore): ArticleSummary {
    const own = tags.tagsOf(summary.id);
    if (!own.length) return summary;
    return { ...summary, tags: [...new Set([...summary.tags, ...own])] };
  }

  function info(): LibraryInfo {
    const s = current();
    return {
      name: path.basename(s.library.root),
      root: options.revealRoot ? s.library.root : null,
      articleCount: s.library.summaries().length,
      problemCount: s.library.problems().length,
      indexing: progress.phase !== 'ready',
    };
  }

  function queryContext(s: OpenState): QueryContext {
    return {
      tagsOf: (id) => {
        const summary = s.library.summary(id);
        const own = s.tags.tagsOf(id);
        return summary?.tags.length ? [...new Set([...summary.tags, ...own])] : own;
      },
      summaryOf: (id) => {
        const summary = s.library.summary(id);
        return summary && withTags(summary, s.tags);
      },
      textOf: async (id) => (await s.library.article(id))?.text,
      // Articles with tags from their files or from Dossier's tag store (most have none).
      taggedIds: () => {
        const ids = new Set<string>();
        for (const summary of s.library.summaries()) if (summary.tags.length > 0) ids.add(summary.id);
        return ids;
      },
      tagsRevision: () => `${s.library.revision}/${s.tags.revision}`,
    };
  }

  async function getAnalysis(s: OpenState, article: Article): Promise<Analysis> {
    const cached = await s.analysisCache.get(article.contentHash);
    if (cached) return cached;
    const result = await analysis.analyze({
      text: article.text,
      publishedAt: article.publishedAt?.value.slice(0, 10) ?? null,
      title: article.title,
    });
    await s.analysisCache.put(article.contentHash, result).catch((e) => log(`analysis cache write failed: ${String(e)}`));
    return result;
  }

  async function requireArticle(s: OpenState, id: string): Promise<Article> {
    const article = await s.library.article(id);
    if (!article) throw new DossierError('not-found', `No article with id ${id}.`);
    const own = s.tags.tagsOf(id);
    return own.length ? { ...article, tags: [...new Set([...article.tags, ...own])] } : article;
  }

  function sortSummaries(items: ArticleSummary[], sort: Sort) {
    const date = (a: ArticleSummary) => a.publishedAt?.value ?? '';
    if (sort === 'date-asc') return items.sort((a, b) => date(a).localeCompare(date(b)) || a.title.localeCompare(b.title));
    if (sort === 'date-desc') return items.sort((a, b) => date(b).localeCompare(date(a)) || a.title.localeCompare(b.title));
    return items.sort((a, b) => a.title.localeCompare(b.title));
  }

  const tagChanged = (ids: string[]) => emitter.emit('libraryChanged', { added: [], changed: ids, removed: [] });

  const core = {
    on: (event, listener) => emitter.on(event, listener),
    ready: () => indexing,
    analysed: () => analysed,

    async openLibrary(req: Req<'openLibrary'>) {
      await open(req.path);
      return info();
    },
    async libraryInfo() {
      return info();
    },
    async listArticles(req) {
      const s = current();
      const items = sortSummaries(s.library.summaries().map((x) => withTags(x, s.tags)), req.sort ?? 'date-desc');
      const offset = req.offset ?? 0;
      return { total: items.length, items: items.slice(offset, offset + (req.limit ?? 100)) };
    },
    async getArticle(req) {
      return requireArticle(current(), req.id);
    },
    async getAnalysis(req) {
      const s = current();
      return getAnalysis(s, await requireArticle(s, req.id));
    },
    async search(req) {
      const s = current();
      await indexing;
      const result = await s.engine.search(
        { query: req.query, sort: req.sort ?? 'relevance', offset: req.offset ?? 0, limit: req.limit ?? 50 },
        queryContext(s),
      );
      return { total: result.total, hits: result.hits, facets: result.facets, error: result.error, tookMs: result.tookMs };
    },
    async suggest(req) {
      const s = current();
      const limit = req.limit ?? 8;
      const prefix = req.prefix.toLowerCase();
      const fromTags = s.tags
        .list()
        .map((t) => t.name)
        .filter((name) => name.toLowerCase().startsWith(prefix))
        .map((name) => `tag:${name}`);
      const terms = prefix.length >= 2 ? await s.engine.suggest(prefix, limit) : [];
      return { suggestions: [...new Set([...terms, ...fromTags])].slice(0, limit) };
    },
    async problems() {
      return { problems: current().library.problems() };
    },
    async indexStatus() {
      return progress;
    },

    async listTags() {
      return { tags: current().tags.list() };
    },
    async tagArticles(req) {
      const s = current();
      for (const id of req.ids) if (!s.library.summary(id)) throw new DossierError('not-found', `No article with id ${id}.`);
      const result = await s.tags.apply({ ids: req.ids, add: req.add ?? [], remove: req.remove ?? [] });
      tagChanged(req.ids);
      return result;
    },
    async renameTag(req) {
      const s = current();
      const result = await s.tags.rename(req.from, req.to);
      tagChanged([]);
      return result;
    },
    async mergeTags(req) {
      const s = current();
      const result = await s.tags.merge(req.from, req.into);
      tagChanged([]);
      return result;
    },
    async setTagColor(req) {
      const s = current();
      return s.tags.setColor(req.name, req.color);
    },
    async undoTagChange(req) {
      const s = current();
      const undone = await s.tags.undo(req.changeId);
      tagChanged([]);
      return { undone };
    },

    async importFiles(req) {
      const s = current();
      const result = await importIntoLibrary(s.library, req.files);
      const change = await s.library.rescan();
      await enqueue(() => applyChange(s, change)).catch((e) => {
        readyAfterFailure(s);
        throw e;
      });
      const problems: Problem[] = [
        ...result.problems,
        ...s.library.problems().filter((p) => result.imported.some((f) => f.path === p.path)),
      ];
      return { imported: result.imported, problems };
    },

    async activity(req) {
      return activity.list(req);
    },

    async close() {
      await closeState();
      await analysis.close();
    },
  } satisfies Omit<DossierService, TimelineOpName>;
  const service: DossierService = activity.wrap({ ...core, ...timelineOps(core, () => current().library.root) });

  await open(options.root);
  return service;
}
