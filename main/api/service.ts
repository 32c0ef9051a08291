/**
 * The contract's one implementation: the library, its tags, the search engine and the analysis,
 * composed into a DossierService. Doors (IPC, HTTP, CLI) validate requests and call this.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import {
  DossierError,
  type ArticleCopy,
  type CopyGroup,
  type IndexProgress,
  type LibraryInfo,
  type Req,
  type Res,
  type Sort,
  type TimelineOpName,
} from '../../shared/contract';
import type { Analysis } from '../../shared/analysis';
import type { Article, ArticleSummary, Problem } from '../../shared/model';
import { openLibrary } from '../library/library';
import type { Library, LibraryChange } from '../library/types';
import type { TagStore } from '../library/tags';
import { dataPaths, resolveDataLocation } from '../library/data-dir';
import { DuplicateIndex, type CopyGroups } from '../library/duplicates';
import { createSearchEngine } from '../search/engine';
import type { IndexDoc, QueryContext, SearchEngine } from '../search/engine-types';
import { AnalysisCache } from '../analysis/cache';
import { createAnalysisWorker } from '../analysis/worker';
import { ANALYSIS_VERSION } from '../analysis/index';
import { READER_VERSION } from '../formats/index';
import { timelineOps } from '../timelines';
import { ContractEmitter } from './emitter';
import { ActivityLog } from './activity';
import { findImportCopies, importIntoLibrary } from './import-files';
import { originalPath, readOriginal } from './original-file';
import type { DossierService, DossierServiceOptions } from './service-types';

const FEED_BATCH = 200;

interface OpenState {
  library: Library;
  tags: TagStore;
  engine: SearchEngine;
  analysisCache: AnalysisCache;
  /** Articles whose analysis failed (a stage, or the whole of it), by article id: listed with the library's problems. */
  analysisProblems: Map<string, Problem>;
  /** Signatures of article texts, to find copies (the same article twice, or republished). */
  duplicates: DuplicateIndex;
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
  /**
   * The status is the service's own work (indexing, analysing, ready) with the library's batches
   * (scanning, reading) shown while they run. `own` is where the status returns when a batch ends.
   */
  let own: IndexProgress = progress;
  /** Library changes taken from the watcher (or an import) and not yet in the index. */
  let pendingUpdates = 0;
  let opening = false;
  const setOwnProgress = (p: IndexProgress) => {
    own = p;
    setProgress(p);
  };
  /** The status once the library's batch is over and the index has caught up with it. */
  function resumeOwnProgress(s: OpenState | undefined): void {
    if (own.phase !== 'ready' || !s) return setProgress(own);
    const count = s.library.summaries().length;
    setProgress({ ...own, done: count, total: count, current: null });
  }
  /** Progress from the library: its batches are shown as they go; when one ends, the status goes back to the service's. */
  function libraryProgress(p: IndexProgress): void {
    if (p.phase !== 'ready') return setProgress(p);
    if (opening) return; // open() reports what follows the first scan itself
    if (pendingUpdates > 0) setProgress({ phase: 'indexing', done: 0, total: pendingUpdates, current: null, message: null });
    else resumeOwnProgress(state);
  }
  /** Runs an index update for library changes, keeping the status at "indexing" until the last one is done. */
  function updateIndex(s: OpenState, work: () => Promise<void>): Promise<void> {
    pendingUpdates++;
    return enqueue(work).finally(() => {
      if (--pendingUpdates === 0 && state === s && progress.phase !== 'ready') resumeOwnProgress(s);
    });
  }

  function current(): OpenState {
    if (!state) throw new DossierError('no-library', 'No library is open.');
    return state;
  }

  /**
   * The engine's fingerprint of an indexed doc: the file's content hash, plus the analysis version
   * once its entities are indexed too — so a reopened library knows what still needs enriching.
   */
  const enrichedMark = `+a${ANALYSIS_VERSION}`;
  // The readers' version is part of the text's fingerprint: a new reader makes new titles and publishers from the same bytes.
  const readerMark = `+r${READER_VERSION}`;
  const textIndexed = (fingerprint: string | undefined, hash: string | undefined) => !!fingerprint && !!hash && fingerprint.startsWith(hash + readerMark);

  function toDoc(article: Article, analysisResult?: Analysis): IndexDoc {
    return {
      id: article.id,
      title: article.title,
      text: article.text,
      authors: article.authors,
      publisher: article.publisher,
      publishedAt: article.publishedAt?.value.slice(0, 10) ?? null,
      entities: analysisResult ? [...new Set(analysisResult.entities.map((e) => e.canonical))] : [],
      contentHash: article.contentHash + readerMark + (analysisResult ? enrichedMark : ''),
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
      setOwnProgress({ phase: 'indexing', done: i, total: stale.length, current: null, message: null });
      await s.engine.update({ upsert: docs, remove: [] });
    }
    await s.engine.flush();
    const changed = fed.size + stale.length;
    setOwnProgress({
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
        if (showProgress && i % 10 === 0) setOwnProgress({ phase: 'analysing', done: i, total: todo.length, current: article.path, message: null });
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
        setOwnProgress({ phase: 'ready', done: todo.length, total: todo.length, current: null, message });
      }
    }
  }

  /** After a failed update the library is still usable: no progress bar may stay up forever. */
  function readyAfterFailure(s: OpenState): void {
    if (state !== s || progress.phase === 'ready') return;
    const count = s.library.summaries().length;
    setOwnProgress({ phase: 'ready', done: count, total: count, current: null, message: 'an index update failed; see the log' });
  }

  async function applyChange(s: OpenState, change: LibraryChange): Promise<void> {
    const docs: IndexDoc[] = [];
    for (const id of [...change.added, ...change.changed]) {
      const article = await s.library.article(id);
      if (!article) continue;
      s.duplicates.add(article.contentHash, article.text);
      docs.push(toDoc(article, await getAnalysis(s, article).catch(() => undefined)));
    }
    await s.engine.update({ upsert: docs, remove: change.removed });
    await s.engine.flush();
    for (const id of change.removed) s.analysisProblems.delete(id);
    emitter.emit('libraryChanged', change);
    emitter.emit('problemsChanged', { count: allProblems(s).length });
  }

  function allProblems(s: OpenState): Problem[] {
    return s.analysisProblems.size ? [...s.library.problems(), ...s.analysisProblems.values()] : s.library.problems();
  }

  /** Records (or clears) the article's analysis problem: "analysis of X failed at stage Y: reason". */
  function noteAnalysis(s: OpenState, article: Article, failure: { stages: { stage: string; message: string }[] } | { error: string } | null): void {
    if (!failure) {
      if (s.analysisProblems.delete(article.id)) emitter.emit('problemsChanged', { count: allProblems(s).length });
      return;
    }
    const message =
      'error' in failure
        ? `The analysis of "${article.path}" failed: ${failure.error}.`
        : failure.stages.map((f) => `The analysis of "${article.path}" failed at stage ${f.stage}: ${f.message}.`).join(' ');
    s.analysisProblems.set(article.id, { path: article.path, code: 'analysis-failed', message, partial: true, at: new Date().toISOString() });
    emitter.emit('problemsChanged', { count: allProblems(s).length });
  }

  async function open(root: string): Promise<void> {
    await closeState();
    const resolved = path.resolve(root);
    const stat = await fs.stat(resolved).catch(() => undefined);
    if (!stat) throw new DossierError('not-found', `No such folder: ${resolved}`);
    if (!stat.isDirectory()) throw new DossierError('invalid-request', `Not a folder: ${resolved}`);
    setOwnProgress({ phase: 'scanning', done: 0, total: 0, current: null, message: null });
    // Where the data goes (in the library, or in the user data folder when the library cannot be written) decides where the index is.
    const dataLocation = await resolveDataLocation(await fs.realpath(resolved), { userDataDir: options.userDataDir, log });
    const engine = await createSearchEngine({ dir: dataPaths(dataLocation.dir).index, log });
    const indexed = await engine.indexed();
    const duplicates = await DuplicateIndex.open(dataLocation.dir, { log });
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
    opening = true;
    try {
      library = await openLibrary(resolved, {
        watch: options.watch ?? true,
        dataLocation,
        onProgress: libraryProgress,
        log,
        onArticleRead: (article) => {
          duplicates.add(article.contentHash, article.text);
          if (!scanning || textIndexed(indexed.get(article.id), article.contentHash)) return;
          fed.add(article.id);
          pending.push(toDoc(article));
          if (pending.length >= FEED_BATCH) feed();
        },
      });
    } catch (error) {
      await engine.close();
      throw error;
    } finally {
      opening = false;
    }
    scanning = false;
    feed();
    setOwnProgress({ phase: 'indexing', done: fed.size, total: library.summaries().length, current: null, message: null });
    const opened: OpenState = { library, tags: library.tags, engine, analysisCache: new AnalysisCache(dataPaths(library.dataDir).analysis), analysisProblems: new Map(), duplicates };
    state = opened;
    const stopWatching = library.onChange((change) => {
      void updateIndex(opened, () => applyChange(opened, change)).catch(() => readyAfterFailure(opened));
    });
    // A hand edit of tags.json needs no re-indexing (tags are looked up at query time), only a refresh.
    const stopTagWatch = library.tags.onExternalChange((ids) => tagChanged(ids));
    disposeWatch = () => {
      stopWatching();
      stopTagWatch();
    };
    indexing = enqueue(() => syncIndex(opened, indexed, fed)).catch((e) => {
      setOwnProgress({ phase: 'ready', done: 0, total: 0, current: null, message: `indexing failed: ${describe(e)}` });
    });
    // Articles read before duplicate signatures existed (an older library) get theirs now, before the analysis pass.
    const signed = indexing.then(() => signMissing(opened)).catch((e) => log(`duplicate signatures: ${describe(e)}`));
    analysed = options.analyseInBackground ?? true
      ? signed.then(() => enrichWithAnalysis(opened)).catch((e) => {
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
    s.duplicates.retainOnly(s.library.summaries().map((x) => s.library.contentHash(x.id) ?? ''));
    await s.duplicates.save();
  }

  /** Reads the articles that have no duplicate signature yet (unchanged since an older version indexed them). */
  async function signMissing(s: OpenState): Promise<void> {
    for (const summary of s.library.summaries()) {
      if (state !== s) return;
      const hash = s.library.contentHash(summary.id);
      if (!hash || s.duplicates.has(hash)) continue;
      const article = await s.library.article(summary.id);
      if (article) s.duplicates.add(article.contentHash, article.text);
    }
  }

  /** The library's groups of copies (recomputed when articles or signatures changed). */
  function copyGroups(s: OpenState): CopyGroups {
    const facts = s.library.summaries().map((x) => ({ id: x.id, contentHash: s.library.contentHash(x.id) ?? '', path: x.path, publishedAt: x.publishedAt?.value ?? null }));
    return s.duplicates.groups(facts, s.library.revision);
  }

  function describeGroup(s: OpenState, group: { primary: string; members: { id: string; kind: 'exact' | 'near'; similarity: number }[] }): CopyGroup {
    const members: ArticleCopy[] = [];
    for (const m of group.members) {
      const summary = s.library.summary(m.id);
      if (!summary) continue;
      members.push({ id: m.id, path: summary.path, title: summary.title, publisher: summary.publisher, publishedAt: summary.publishedAt, kind: m.kind, similarity: m.similarity, primary: m.id === group.primary });
    }
    return { primary: group.primary, members };
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
      problemCount: allProblems(s).length,
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
    if (cached) {
      noteAnalysis(s, article, cached.failures?.length ? { stages: cached.failures } : null);
      return cached;
    }
    let result: Analysis;
    try {
      result = await analysis.analyze({
        text: article.text,
        publishedAt: article.publishedAt?.value.slice(0, 10) ?? null,
        title: article.title,
      });
    } catch (e) {
      if (state === s) noteAnalysis(s, article, { error: describe(e) });
      throw e;
    }
    noteAnalysis(s, article, result.failures?.length ? { stages: result.failures } : null);
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
    async getOriginal(req) {
      return readOriginal(current().library, req.id);
    },
    async openOriginal(req) {
      const abs = originalPath(current().library, req.id);
      if (!options.openFile) return { opened: false, message: 'This door cannot open files in other programs.' };
      const failure = await options.openFile(abs);
      return failure ? { opened: false, message: failure } : { opened: true, message: null };
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
      const groups = copyGroups(s);
      const hits = result.hits.map((hit) => {
        const group = groups.groupOf(hit.article.id);
        if (!group) return hit;
        const described = describeGroup(s, group);
        const own = group.members.find((m) => m.id === hit.article.id);
        const isOriginal = group.primary === hit.article.id;
        return { ...hit, copies: described.members.filter((m) => m.id !== hit.article.id), copyOf: isOriginal ? null : group.primary, copyKind: isOriginal ? null : (own?.kind ?? null) };
      });
      return { total: result.total, hits, facets: result.facets, error: result.error, tookMs: result.tookMs };
    },
    async duplicates(req) {
      const s = current();
      await indexing;
      const groups = copyGroups(s);
      const wanted = req.ids ? new Set(req.ids) : null;
      const chosen = wanted ? [...new Set([...wanted].map((id) => groups.groupOf(id)).filter((g) => !!g))] : groups.groups;
      return { groups: chosen.map((g) => describeGroup(s, g!)) };
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
      return { problems: allProblems(current()) };
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
      await indexing;
      // A file whose text is already in the library is not copied in again: the import says where it is.
      const exact = await findImportCopies(req.files, s.library.summaries().map((x) => ({ id: x.id, contentHash: s.library.contentHash(x.id) ?? '' })), (hash) => s.duplicates.signature(hash));
      const fresh = req.files.filter((_, i) => !exact.has(i));
      const result = fresh.length ? await importIntoLibrary(s.library, fresh) : { imported: [], problems: [] };
      if (fresh.length) {
        await updateIndex(s, async () => {
          const change = await s.library.rescan();
          await applyChange(s, change);
        }).catch((e) => {
          readyAfterFailure(s);
          throw e;
        });
      }
      const duplicates: NonNullable<Res<'importFiles'>['duplicates']> = [];
      for (const [i, target] of exact) {
        // "#n": a copy of the n-th file of this import, now in the library under its imported path.
        const first = target.startsWith('#') ? req.files[Number(target.slice(1))] : undefined;
        const importedPath = first ? result.imported.find((f) => f.name === first.name)?.path : undefined;
        const summary = first ? s.library.summaries().find((x) => x.path === importedPath) : s.library.summary(target);
        if (summary) duplicates.push({ name: req.files[i]!.name, path: null, kind: 'exact', of: { id: summary.id, path: summary.path, title: summary.title } });
      }
      const groups = copyGroups(s);
      for (const file of result.imported) {
        const summary = s.library.summaries().find((x) => x.path === file.path);
        const group = summary && groups.groupOf(summary.id);
        if (!summary || !group) continue;
        const original = group.primary === summary.id ? group.members.find((m) => m.id !== summary.id)?.id : group.primary;
        const of = original ? s.library.summary(original) : undefined;
        const member = group.members.find((m) => m.id === summary.id);
        if (of) duplicates.push({ name: file.name, path: file.path, kind: member?.kind === 'exact' || group.primary === summary.id ? 'exact' : 'near', of: { id: of.id, path: of.path, title: of.title } });
      }
      const problems: Problem[] = [
        ...result.problems,
        ...s.library.problems().filter((p) => result.imported.some((f) => f.path === p.path)),
      ];
      return { imported: result.imported, problems, duplicates };
    },

    async activity(req) {
      return activity.list(req);
    },

    async close() {
      await closeState();
      await analysis.close();
    },
  } satisfies Omit<DossierService, TimelineOpName>;
  const service: DossierService = activity.wrap({ ...core, ...timelineOps(core, () => current().library.dataDir) });

  await open(options.root);
  return service;
}
