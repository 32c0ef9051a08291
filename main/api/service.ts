/**
 * The contract's one implementation: the library, its tags, the search engine and the analysis,
 * composed into a DossierService. Doors (IPC, HTTP, CLI) validate requests and call this.
 */
import { createHash } from 'node:crypto';
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
  metadataContract,
  notesContract,
} from '../../shared/contract';
import type { EntityKind } from '../../shared/analysis';
import type { Analysis } from '../../shared/analysis';
import { applyCorrections, type Corrections } from '../../shared/metadata';
import type { Article, ArticleSummary, Problem } from '../../shared/model';
import type { ArticleNotes } from '../../shared/notes';
import { openLibrary } from '../library/library';
import type { Library, LibraryChange } from '../library/types';
import type { TagStore } from '../library/tags';
import { dataPaths, resolveDataLocation } from '../library/data-dir';
import { DuplicateIndex, type CopyGroups } from '../library/duplicates';
import { DATA_DIR_NAME } from '../library/data-dir';
import { watchDataFiles } from '../library/data-watch';
import { problem } from '../library/file-problems';
import { METADATA_FILE, MetadataStore } from '../library/metadata';
import { NOTES_DIR, NotesStore } from '../notes/store';
import { NoteMatcher } from '../search/note-matcher';
import { createSearchEngine } from '../search/engine';
import type { IndexDoc, QueryContext, SearchEngine } from '../search/engine-types';
import { AnalysisCache } from '../analysis/cache';
import { createAnalysisWorker } from '../analysis/worker';
import { ANALYSIS_VERSION } from '../analysis/index';
import { READER_VERSION } from '../formats/index';
import { timelineOps } from '../timelines';
import { articleInfo, metadataOps, notesOps, type AnnotationContext } from './annotations';
import { createSearchOps, userStateDir, type SearchOps } from '../searches';
import { entityPage, pageOfEntities } from '../entities';
import { ContractEmitter } from './emitter';
import { ActivityLog } from './activity';
import { findImportCopies, importIntoLibrary } from './import-files';
import { originalPath, readOriginal } from './original-file';
import type { DossierService, DossierServiceOptions } from './service-types';

const FEED_BATCH = 200;

type AnnotationOpName = keyof typeof metadataContract | keyof typeof notesContract;

/** An analysis' entities as the index takes them: canonical names with their kind, once each. */
function distinctEntities(analysis: Analysis): { kind: EntityKind; name: string }[] {
  const seen = new Map<string, { kind: EntityKind; name: string }>();
  for (const e of analysis.entities) seen.set(`${e.kind}\u0000${e.canonical}`, { kind: e.kind, name: e.canonical });
  return [...seen.values()];
}

interface OpenState {
  library: Library;
  tags: TagStore;
  engine: SearchEngine;
  analysisCache: AnalysisCache;
  /** Articles whose analysis failed (a stage, or the whole of it), by article id: listed with the library's problems. */
  analysisProblems: Map<string, Problem>;
  /** Signatures of article texts, to find copies (the same article twice, or republished). */
  duplicates: DuplicateIndex;
  /** The user's metadata corrections (`metadata.json`): they win over extraction everywhere. */
  metadata: MetadataStore;
  /** Notes and highlights (`notes/*.md`), and their mirror for search. */
  notes: NotesStore;
  noteMatcher: NoteMatcher;
  /** Saved searches and the search history of this library. */
  searches: SearchOps;
  /** True while the background analysis pass is putting entities into the index. */
  analysing: boolean;
}

/** What search looks in for an article's notes: the note on the whole article and each highlight's note. */
const noteTexts = (n: ArticleNotes | undefined): string[] => (n ? [n.note, ...n.highlights.map((h) => h.note)] : []);

/** A short fingerprint of the corrections that change what is indexed (not the URL). */
function correctionMark(c: Corrections): string {
  const indexed = [c.title, c.authors, c.publisher, c.publishedAt].map((v) => (v === undefined ? '-' : JSON.stringify(v)));
  return createHash('sha256').update(indexed.join('\n')).digest('hex').slice(0, 12);
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
  /** What every fingerprint of this content starts with: its hash and the reader that read it. */
  const textKey = (hash: string) => hash + readerMark;
  /** Whether the index holds the text of this content (whatever metadata it was indexed with). */
  const textIndexed = (fingerprint: string | undefined, hash: string | undefined) => !!fingerprint && !!hash && fingerprint.startsWith(textKey(hash));
  /** Whether the index holds exactly this content with these corrections (`key`: see indexKey). */
  const upToDate = (fingerprint: string | undefined, key: string | undefined) => !!fingerprint && !!key && (fingerprint === key || fingerprint === key + enrichedMark);

  /**
   * What an indexed doc's fingerprint starts with: the file's content hash and reader (textKey), plus a
   * mark of the article's corrections when it has any — so the index is redone when they change, also while
   * Dossier was closed (another process, a hand edit of metadata.json).
   */
  function indexKey(s: OpenState, id: string): string | undefined {
    const hash = s.library.contentHash(id);
    if (!hash) return undefined;
    const corrections = s.metadata.get(id);
    return corrections ? `${textKey(hash)}~m${correctionMark(corrections)}` : textKey(hash);
  }

  /** `article` must have its corrections applied already (see articleOf); `key` is its indexKey. */
  function toDoc(article: Article, key: string, analysisResult?: Analysis): IndexDoc {
    return {
      id: article.id,
      title: article.title,
      text: article.text,
      authors: article.authors,
      publisher: article.publisher,
      publishedAt: article.publishedAt?.value.slice(0, 10) ?? null,
      entities: analysisResult ? distinctEntities(analysisResult) : [],
      contentHash: analysisResult ? key + enrichedMark : key,
    };
  }

  /** The article as everything sees it: the file read, the user's corrections applied (tags not added). */
  async function articleOf(s: OpenState, id: string): Promise<Article | undefined> {
    const article = await s.library.article(id);
    return article && applyCorrections(article, s.metadata.get(id));
  }

  async function docFor(s: OpenState, id: string): Promise<IndexDoc | undefined> {
    const article = await articleOf(s, id);
    return article && toDoc(article, indexKey(s, id) ?? textKey(article.contentHash));
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
      // What the scan fed went in without corrections (they are read after it): redo the corrected ones.
      const fresh = fed.has(summary.id) ? !s.metadata.get(summary.id) : upToDate(indexed.get(summary.id), indexKey(s, summary.id));
      if (!fresh) stale.push(summary.id);
    }
    const remove = [...indexed.keys()].filter((id) => !live.has(id));
    if (remove.length) await s.engine.update({ upsert: [], remove });
    for (let i = 0; i < stale.length; i += FEED_BATCH) {
      const batch = stale.slice(i, i + FEED_BATCH);
      const docs = (await Promise.all(batch.map((id) => docFor(s, id)))).filter((d): d is IndexDoc => !!d);
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
    s.analysing = true;
    try {
      await enrichIndex(s);
    } finally {
      s.analysing = false;
    }
  }

  async function enrichIndex(s: OpenState): Promise<void> {
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
      // An article edited (or removed, or corrected) while it was being analysed has already been
      // re-indexed from its new text by the watcher: do not put the old one back.
      if (docs.length) await enqueue(() => s.engine.update({ upsert: docs.filter((d) => d.contentHash === indexKey(s, d.id) + enrichedMark), remove: [] }));
    };
    try {
      for (let i = 0; i < todo.length; i++) {
        if (state !== s) return; // the library was closed or switched
        const article = await articleOf(s, todo[i]!.id);
        if (!article) continue;
        if (showProgress && i % 10 === 0) setOwnProgress({ phase: 'analysing', done: i, total: todo.length, current: article.path, message: null });
        try {
          batch.push(toDoc(article, indexKey(s, article.id) ?? textKey(article.contentHash), await getAnalysis(s, article)));
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
    const annotated: Article[] = [];
    for (const id of [...change.added, ...change.changed]) {
      const article = await articleOf(s, id);
      if (!article) continue;
      s.duplicates.add(article.contentHash, article.text);
      docs.push(toDoc(article, indexKey(s, id) ?? textKey(article.contentHash), await getAnalysis(s, article).catch(() => undefined)));
      if (s.notes.get(id)) annotated.push(article);
    }
    await s.engine.update({ upsert: docs, remove: change.removed });
    await s.engine.flush();
    for (const id of change.removed) s.analysisProblems.delete(id);
    emitter.emit('libraryChanged', change);
    emitProblems(s);
    // Highlights of articles whose text changed: found again by their quotes, and saved where they moved.
    for (const article of annotated) void s.notes.reanchor(articleInfo(article)).catch((e) => log(`notes of ${article.path}: ${describe(e)}`));
  }

  /**
   * The library's problems, those of the data files only Dossier's API knows (metadata, notes, saved
   * searches), and failed analyses.
   */
  async function allProblems(s: OpenState): Promise<Problem[]> {
    const saved = await s.searches.problems().catch(() => []);
    return [
      ...s.library.problems(),
      ...s.metadata.problems().map((message) => problem(`${DATA_DIR_NAME}/${METADATA_FILE}`, 'parse-error', message)),
      ...s.notes.problems().map((message) => problem(`${DATA_DIR_NAME}/${NOTES_DIR}`, 'parse-error', message)),
      ...saved.map((message) => problem(`${DATA_DIR_NAME}/saved-searches.json`, 'parse-error', message)),
      ...s.analysisProblems.values(),
    ];
  }

  /** Tells the UI how many problems there are now. */
  function emitProblems(s: OpenState): void {
    void allProblems(s).then((problems) => emitter.emit('problemsChanged', { count: problems.length }));
  }

  /** Records (or clears) the article's analysis problem: "analysis of X failed at stage Y: reason". */
  function noteAnalysis(s: OpenState, article: Article, failure: { stages: { stage: string; message: string }[] } | { error: string } | null): void {
    if (!failure) {
      if (s.analysisProblems.delete(article.id)) emitProblems(s);
      return;
    }
    const message =
      'error' in failure
        ? `The analysis of "${article.path}" failed: ${failure.error}.`
        : failure.stages.map((f) => `The analysis of "${article.path}" failed at stage ${f.stage}: ${f.message}.`).join(' ');
    s.analysisProblems.set(article.id, { path: article.path, code: 'analysis-failed', message, partial: true, at: new Date().toISOString() });
    emitProblems(s);
  }

  /** Re-indexes articles whose corrections changed, then tells the UI; resolves once searchable. */
  function reindex(s: OpenState, ids: string[]): Promise<void> {
    return updateIndex(s, async () => {
      const docs: IndexDoc[] = [];
      for (const id of ids) {
        const article = await articleOf(s, id);
        if (article) docs.push(toDoc(article, indexKey(s, id) ?? textKey(article.contentHash), await getAnalysis(s, article).catch(() => undefined)));
      }
      await s.engine.update({ upsert: docs, remove: [] });
      await s.engine.flush();
    }).then(() => emitter.emit('libraryChanged', { added: [], changed: ids, removed: [] }));
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
          pending.push(toDoc(article, textKey(article.contentHash)));
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
    let metadata: MetadataStore;
    let notes: NotesStore;
    try {
      metadata = await MetadataStore.open(library.dataDir);
      notes = await NotesStore.open(library.dataDir);
    } catch (error) {
      await library.close();
      await engine.close();
      throw error;
    }
    const noteMatcher = new NoteMatcher();
    for (const n of notes.all()) noteMatcher.set(n.articleId, noteTexts(n));
    const opened: OpenState = { library, tags: library.tags, engine, analysisCache: new AnalysisCache(dataPaths(library.dataDir).analysis), analysisProblems: new Map(),
      duplicates,
      metadata,
      notes,
      noteMatcher,
      analysing: false,
      searches: createSearchOps({
        dataDir: library.dataDir,
        root: library.root,
        stateDir: options.stateDir ?? userStateDir(),
        count: async (query) => {
          await indexing;
          return engine.count(query, queryContext(opened));
        },
        revision: () => `${engine.revision()}/${library.revision}/${library.tags.revision}`,
        changed: () => emitter.emit('savedSearchesChanged', {}),
      }),
    };
    state = opened;
    const stopWatching = library.onChange((change) => {
      void updateIndex(opened, () => applyChange(opened, change)).catch(() => readyAfterFailure(opened));
    });
    // A hand edit of tags.json needs no re-indexing (tags are looked up at query time), only a refresh.
    const stopTagWatch = library.tags.onExternalChange((ids) => tagChanged(ids));
    // Corrections changed by another process or by hand: re-index those articles.
    const stopMetadataWatch = metadata.onExternalChange((ids) => void reindex(opened, ids).catch((e) => log(`re-indexing corrected articles failed: ${describe(e)}`)));
    // Notes changed (here, in another process, by hand): search sees them at once, the UI is told.
    const stopNotesWatch = notes.onChange((ids) => {
      for (const id of ids) opened.noteMatcher.set(id, noteTexts(notes.get(id)));
      emitter.emit('notesChanged', { articleIds: ids });
    });
    let stopDataWatch: (() => Promise<void>) | undefined;
    if (options.watch ?? true) {
      stopDataWatch = await watchDataFiles(
        library.dataDir,
        NOTES_DIR,
        {
          metadata: () => void metadata.reloadIfChanged().catch((e) => log(`could not reload ${METADATA_FILE}: ${describe(e)}`)),
          note: (file) => void notes.reloadFile(file).catch((e) => log(`could not reload ${file}: ${describe(e)}`)),
        },
        log,
      );
    }
    disposeWatch = () => {
      stopWatching();
      stopTagWatch();
      stopMetadataWatch();
      stopNotesWatch();
      void stopDataWatch?.();
    };
    indexing = enqueue(() => syncIndex(opened, indexed, fed)).catch((e) => {
      setOwnProgress({ phase: 'ready', done: 0, total: 0, current: null, message: `indexing failed: ${describe(e)}` });
    });
    // Articles read before duplicate signatures existed (an older library) get theirs now, before the analysis pass.
    signing = indexing.then(() => signMissing(opened)).catch((e) => log(`duplicate signatures: ${describe(e)}`));
    analysisStarted = false;
    analysed = options.analyseInBackground ?? true ? startAnalysis(opened) : Promise.resolve();
  }

  let signing: Promise<void> = Promise.resolve();
  let analysisStarted = false;
  /** The analysis pass over the library (entities into the index), started once per opened library. */
  function startAnalysis(s: OpenState): Promise<void> {
    analysisStarted = true;
    return signing.then(() => enrichWithAnalysis(s)).catch((e) => {
      if (state === s) log(`background analysis stopped: ${describe(e)}`);
    });
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

  /** A summary as lists and search results show it: the user's tags and corrections applied. */
  function shown(s: OpenState, summary: ArticleSummary): ArticleSummary {
    return applyCorrections(withTags(summary, s.tags), s.metadata.get(summary.id));
  }

  async function info(): Promise<LibraryInfo> {
    const s = current();
    return {
      name: path.basename(s.library.root),
      root: options.revealRoot ? s.library.root : null,
      articleCount: s.library.summaries().length,
      problemCount: (await allProblems(s)).length,
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
        return summary && shown(s, summary);
      },
      textOf: async (id) => (await s.library.article(id))?.text,
      notes: {
        match: (query) => s.noteMatcher.match(query),
        textOf: (id) => noteTexts(s.notes.get(id)).filter(Boolean).join('\n\n') || undefined,
      },
      // Articles with tags from their files or from Dossier's tag store (most have none).
      taggedIds: () => {
        const ids = new Set<string>();
        for (const summary of s.library.summaries()) if (summary.tags.length > 0) ids.add(summary.id);
        return ids;
      },
      tagsRevision: () => `${s.library.revision}/${s.tags.revision}`,
    };
  }

  /**
   * The analysis of an article whose corrections are applied. Relative dates ("on Thursday") are
   * placed from its publication date, so a corrected date gives an analysis of its own, cached
   * under the content hash and that date.
   */
  async function getAnalysis(s: OpenState, article: Article): Promise<Analysis> {
    const corrections = s.metadata.get(article.id);
    const key =
      corrections && 'publishedAt' in corrections
        ? createHash('sha256').update(`${article.contentHash}\n${article.publishedAt?.value ?? 'undated'}`).digest('hex')
        : article.contentHash;
    const cached = await s.analysisCache.get(key);
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
    await s.analysisCache.put(key, result).catch((e) => log(`analysis cache write failed: ${String(e)}`));
    return result;
  }

  async function requireArticle(s: OpenState, id: string): Promise<Article> {
    const article = await articleOf(s, id);
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
    analyse() {
      if (!analysisStarted) analysed = startAnalysis(current());
      return analysed;
    },

    async openLibrary(req: Req<'openLibrary'>) {
      await open(req.path);
      return info();
    },
    async libraryInfo() {
      return info();
    },
    async listArticles(req) {
      const s = current();
      const items = sortSummaries(s.library.summaries().map((x) => shown(s, x)), req.sort ?? 'date-desc');
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
      return { problems: await allProblems(current()) };
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

    async listSavedSearches(req) {
      return current().searches.listSavedSearches(req);
    },
    async saveSearch(req) {
      return current().searches.saveSearch(req);
    },
    async updateSavedSearch(req) {
      return current().searches.updateSavedSearch(req);
    },
    async deleteSavedSearch(req) {
      return current().searches.deleteSavedSearch(req);
    },
    async searchHistory(req) {
      return current().searches.searchHistory(req);
    },
    async recordSearch(req) {
      return current().searches.recordSearch(req);
    },
    async clearSearchHistory(req) {
      return current().searches.clearSearchHistory(req);
    },
    async undoSearchChange(req) {
      return current().searches.undoSearchChange(req);
    },

    async listEntities(req) {
      const s = current();
      await indexing;
      return pageOfEntities(await s.engine.entities(), req, s.analysing);
    },
    async getEntity(req) {
      return entityPage(service, req);
    },

    async close() {
      await closeState();
      await analysis.close();
    },
  } satisfies Omit<DossierService, TimelineOpName | AnnotationOpName>;
  const annotations: AnnotationContext = {
    current,
    article: (id) => requireArticle(current(), id),
    reindex: (ids) => reindex(current(), ids),
  };
  const timelines = timelineOps(core, () => current().library.dataDir);
  const service: DossierService = activity.wrap({
    ...core,
    ...timelines,
    ...metadataOps(annotations),
    ...notesOps(annotations),
    /** A saved search as the source of a review queue: its query as saved now. */
    async candidatesForQuery(req) {
      if (req.savedSearch === undefined) return timelines.candidatesForQuery(req);
      if (req.query) throw new DossierError('invalid-request', 'candidatesForQuery takes a query or a saved search, not both');
      const saved = await current().searches.resolve(req.savedSearch);
      if (!saved) throw new DossierError('not-found', `there is no saved search "${req.savedSearch}"`);
      return timelines.candidatesForQuery({ ...req, savedSearch: undefined, query: saved.query });
    },
  });

  await open(options.root);
  return service;
}
