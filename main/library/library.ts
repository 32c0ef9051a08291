/**
 * The library: a folder of the user's article files, what Dossier knows about each (kept in
 * `.dossier/manifest.json`), their stable ids, the problems met reading them, and a watcher that
 * keeps all of it current.
 *
 * Ids: a new file gets the first 16 hex characters of the sha256 of its content (`-2`, `-3`... when
 * taken). Content identity wins over paths: content that leaves its path (a rename, a move, two files
 * swapping names) takes its id along to wherever it appears; a file changed in place to content no
 * other article had keeps its id; a copy gets a new id. Ids live in the manifest, so they survive
 * restarts (and moves made while Dossier was closed).
 */
import chokidar, { type FSWatcher } from 'chokidar';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { IndexProgress } from '../../shared/contract';
import type { Article, ArticleSummary, ParsedArticle, Problem } from '../../shared/model';
import { formatOf, isBinaryFormat, isSupportedFile } from '../formats';
import { dataPaths, DATA_DIR_NAME, resolveDataLocation, type DataLocation } from './data-dir';
import { problem, readErrorProblem } from './file-problems';
import type { Interpretation } from './interpret';
import { ParsePool } from './parse-pool';
import { loadManifest, saveManifest, type ArticleEntry, type Manifest, type SkippedEntry } from './manifest';
import { readFileBounded, type FileBytes } from './read-file';
import { isExcludedRel, scanLibrary, toRel, type FileCandidate } from './scan';
import { dataFileLabel } from './data-file';
import { TagStore } from './tags';
import type { Library, LibraryChange, LibraryOptions } from './types';

export type { Library, LibraryChange, LibraryOptions } from './types';

const DEFAULT_MAX_FILE_BYTES = 20 * 1024 * 1024;
/** PDFs are read whole or not at all, and carry images: a larger bound than text. */
const DEFAULT_MAX_PDF_BYTES = 64 * 1024 * 1024;
/** Files read at once; more would only queue in libuv's thread pool. */
const READ_AHEAD = 8;
const ARTICLE_CACHE_SIZE = 32;
/**
 * Text kept of articles whose files are slow to read again (PDF: tens of milliseconds a page), by content
 * hash: search snippets and the reader need it again and again. Characters, not bytes (about twice that).
 */
const SLOW_FORMAT_CACHE_CHARS = 16 * 1024 * 1024;
const RECENTLY_REMOVED_LIMIT = 1000;
const WATCH_MAX_WAIT_MS = 1500;

const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** A file read (and parsed, unless its content is known already), or the error reading it. */
type ReadOutcome = { ok: true; file: FileBytes; result: Interpretation | undefined } | { ok: false; error: unknown };

export async function openLibrary(root: string, options: LibraryOptions = {}): Promise<Library> {
  const resolved = path.resolve(root);
  let realRoot: string;
  try {
    realRoot = await fs.realpath(resolved);
  } catch (error) {
    throw new Error(`Cannot open the library "${resolved}": ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such folder' : String(error)}`);
  }
  if (!(await fs.stat(realRoot)).isDirectory()) throw new Error(`Cannot open the library "${resolved}": it is a file, not a folder.`);
  const library = new FolderLibrary(resolved, realRoot, options);
  try {
    await library.start();
  } catch (error) {
    await library.close().catch(() => {});
    throw error;
  }
  return library;
}

class FolderLibrary implements Library {
  dataDir!: string;
  dataLocation!: DataLocation;
  tags!: TagStore;
  private paths!: ReturnType<typeof dataPaths>;
  private readonly maxFileBytes: number;
  private readonly maxPdfBytes: number;
  private readonly log: (line: string) => void;
  private manifest!: Manifest;
  private manifestDirty = false;
  /** id -> library-relative path */
  private byId = new Map<string, string>();
  private problemsByPath = new Map<string, Problem[]>();
  /** content hash -> id of articles removed lately, so a move seen as two separate events keeps its id. */
  private recentlyRemoved = new Map<string, string>();
  private cache = new Map<string, { article: Article; parsed: ParsedArticle }>();
  private slowFormats = new SlowFormatCache(SLOW_FORMAT_CACHE_CHARS);
  private listeners = new Set<(change: LibraryChange) => void>();
  private queue: Promise<unknown> = Promise.resolve();
  private watchers: FSWatcher[] = [];
  private dirty = new Set<string>();
  private debounceTimer: NodeJS.Timeout | undefined;
  private maxWaitTimer: NodeJS.Timeout | undefined;
  private closed = false;
  /** Summaries with file tags only, sorted by path; dropped whenever the manifest changes. */
  private summaryCache: ArticleSummary[] | null = null;
  private changes = 0;
  private readonly pool: ParsePool;

  constructor(
    readonly root: string,
    private readonly realRoot: string,
    private readonly options: LibraryOptions,
  ) {
    this.maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
    this.maxPdfBytes = options.maxPdfBytes ?? DEFAULT_MAX_PDF_BYTES;
    this.log = options.log ?? ((line) => console.warn(line));
    this.pool = new ParsePool({ size: options.parseWorkers, log: this.log });
  }

  async start(): Promise<void> {
    this.dataLocation = this.options.dataLocation ?? (await resolveDataLocation(this.realRoot, { userDataDir: this.options.userDataDir, log: this.log }));
    this.dataDir = this.dataLocation.dir;
    this.paths = dataPaths(this.dataDir);
    const { manifest, discarded, reread } = await loadManifest(this.paths.manifest);
    if (discarded) this.log(`dossier: ${DATA_DIR_NAME}/manifest.json ${discarded}; discarding it and reading the whole library again`);
    if (reread) {
      this.log(`dossier: ${DATA_DIR_NAME}/manifest.json ${reread}`);
      this.manifestDirty = true;
    }
    this.manifest = manifest;
    for (const [rel, entry] of Object.entries(manifest.articles)) {
      // A hand-edited manifest could list an id twice or a path outside the library: drop such entries, they get re-read.
      if (this.byId.has(entry.id) || isExcludedRel(rel) || rel.split('/').includes('..')) delete manifest.articles[rel];
      else this.byId.set(entry.id, rel);
    }
    // Same key as callers use (TagStore.open(library.dataDir)), so everyone shares one store.
    this.tags = await TagStore.open(this.dataDir);
    this.tags.attach({
      ids: () => this.byId.keys(),
      fileTagsOf: (id) => this.entryOf(id)?.fileTags ?? [],
    });
    await this.serialize(() => this.reconcile(['']).finally(() => this.progressDone()));
    if (this.options.watch !== false) {
      await this.startWatching();
      // A long-lived library will open articles: start a parser now so the first one opens fast.
      this.pool.warm();
    }
  }

  /* ---------- reading the library ---------- */

  /** Changes whenever the article list, and so the tags from files, may have changed. */
  get revision(): number {
    return this.changes;
  }

  summaries(): ArticleSummary[] {
    // Built once per library change; only articles with user tags are copied per call.
    this.summaryCache ??= Object.keys(this.manifest.articles)
      .sort()
      .map((rel) => this.toSummary(rel, this.manifest.articles[rel]!, false));
    return this.summaryCache.map((s) => (this.tags.hasTags(s.id) ? { ...s, tags: this.tagsFor(s.id, s.tags) } : s));
  }

  summary(id: string): ArticleSummary | undefined {
    const rel = this.byId.get(id);
    const entry = rel === undefined ? undefined : this.manifest.articles[rel];
    return entry && rel !== undefined ? this.toSummary(rel, entry) : undefined;
  }

  contentHash(id: string): string | undefined {
    return this.entryOf(id)?.contentHash;
  }

  problems(): Problem[] {
    const out: Problem[] = [];
    for (const rel of [...this.problemsByPath.keys()].sort()) out.push(...this.problemsByPath.get(rel)!);
    for (const message of this.tags.problems()) out.push(problem(dataFileLabel(this.paths.tags), 'parse-error', message));
    if (this.dataLocation.notice) out.push(problem(DATA_DIR_NAME, 'read-only', this.dataLocation.notice));
    return out;
  }

  absolutePath(id: string): string | undefined {
    const rel = this.byId.get(id);
    if (rel === undefined) return undefined;
    const abs = path.resolve(this.realRoot, ...rel.split('/'));
    return abs.startsWith(this.realRoot + path.sep) ? abs : undefined;
  }

  async article(id: string): Promise<Article | undefined> {
    const rel = this.byId.get(id);
    const entry = rel === undefined ? undefined : this.manifest.articles[rel];
    if (rel === undefined || !entry) return undefined;
    const cached = this.cache.get(id);
    if (cached && cached.article.path === rel && cached.article.contentHash === entry.contentHash) {
      this.cache.delete(id);
      this.cache.set(id, cached); // most recently used last
      return { ...cached.article, tags: this.tagsFor(id, cached.parsed.fileTags) };
    }
    const abs = this.absolutePath(id)!;
    const kept = this.slowFormats.get(entry.contentHash);
    if (kept) {
      // Unchanged since it was read (the scan's own test: same size and modification time): no need to read it again.
      const stat = await fs.stat(abs).catch(() => undefined);
      if (stat && stat.size === entry.size && stat.mtimeMs === entry.mtimeMs) {
        return { ...kept, id, path: rel, contentHash: entry.contentHash, size: entry.size, mtimeMs: entry.mtimeMs, tags: this.tagsFor(id, kept.fileTags) };
      }
    }
    let file: FileBytes;
    try {
      // Someone is waiting (a reader, a page of snippets): small files take the synchronous path.
      file = await readFileBounded(abs, this.maxBytesFor(rel), { fast: true });
    } catch {
      this.scheduleScope(rel); // gone or unreadable since the scan: let the watcher path record it
      return undefined;
    }
    if (file.hash !== entry.contentHash) this.scheduleScope(rel);
    const result = await this.pool.parse(rel, this.facts(rel, file));
    if (result.kind !== 'article') return undefined;
    const article = this.toArticle(id, rel, file, result.parsed);
    this.slowFormats.offer(file.hash, result.parsed);
    this.cache.set(id, { article, parsed: result.parsed });
    if (this.cache.size > ARTICLE_CACHE_SIZE) this.cache.delete(this.cache.keys().next().value!);
    return article;
  }

  onChange(listener: (change: LibraryChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  rescan(): Promise<LibraryChange> {
    return this.serialize(() => this.reconcile(['']).finally(() => this.progressDone()));
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    clearTimeout(this.debounceTimer);
    clearTimeout(this.maxWaitTimer);
    await Promise.all(this.watchers.map((w) => w.close()));
    await this.queue.catch(() => {});
    if (this.manifest) await this.saveManifestIfDirty();
    await this.pool.close();
    this.tags?.attach(undefined);
    this.listeners.clear();
  }

  /* ---------- internals ---------- */

  private entryOf(id: string): ArticleEntry | undefined {
    const rel = this.byId.get(id);
    return rel === undefined ? undefined : this.manifest.articles[rel];
  }

  private tagsFor(id: string, fileTags: readonly string[]): string[] {
    const own = this.tags.tagsOf(id);
    if (!fileTags.length) return own;
    if (!own.length) return [...fileTags];
    return [...new Set([...own, ...fileTags])].sort();
  }

  private toSummary(rel: string, e: ArticleEntry, withUserTags = true): ArticleSummary {
    return {
      id: e.id,
      path: rel,
      format: e.format,
      title: e.title,
      authors: e.authors,
      publisher: e.publisher,
      publishedAt: e.publishedAt,
      wordCount: e.wordCount,
      tags: withUserTags ? this.tagsFor(e.id, e.fileTags) : [...e.fileTags],
    };
  }

  private toArticle(id: string, rel: string, file: FileBytes, parsed: ParsedArticle): Article {
    return { ...parsed, id, path: rel, contentHash: file.hash, size: file.size, mtimeMs: file.mtimeMs, tags: this.tagsFor(id, parsed.fileTags) };
  }

  private problemsKey(): string {
    const parts: string[] = [];
    for (const [rel, list] of this.problemsByPath) for (const p of list) parts.push(`${rel}\u0000${p.code}\u0000${p.message}`);
    return parts.sort().join('\u0001');
  }

  /** Rebuilds the summary list a slice at a time (10k summaries take tens of milliseconds). */
  private async rebuildSummaryCache(): Promise<void> {
    this.summaryCache = null;
    this.changes++;
    const rels = Object.keys(this.manifest.articles).sort();
    const list: ArticleSummary[] = [];
    for (let i = 0; i < rels.length; i++) {
      const entry = this.manifest.articles[rels[i]!];
      if (entry) list.push(this.toSummary(rels[i]!, entry, false));
      if ((i + 1) % 1000 === 0) await yieldToLoop();
    }
    this.summaryCache = list;
  }

  private maxBytesFor(rel: string): number {
    return isBinaryFormat(formatOf(rel)) ? this.maxPdfBytes : this.maxFileBytes;
  }

  private facts(rel: string, file: FileBytes) {
    return { bytes: file.bytes, size: file.size, truncated: file.truncated, maxBytes: this.maxBytesFor(rel) };
  }

  private progress(phase: IndexProgress['phase'], done: number, total: number, current: string | null): void {
    this.options.onProgress?.({ phase, done, total, current, message: null });
  }

  /** Ends a batch of work: whatever progress it reported (it may have found nothing to do), the library is idle again. */
  private progressDone(): void {
    const count = Object.keys(this.manifest.articles).length;
    this.progress('ready', count, count, null);
  }

  private serialize<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch((error) => this.log(`dossier: library update failed: ${error instanceof Error ? error.message : String(error)}`));
    return run;
  }

  /**
   * Brings the manifest, ids and problems for `scopes` (library-relative files or folders, '' = all)
   * in line with the disk. Reads only files that are new or whose size or modification time changed.
   */
  private async reconcile(scopes: string[]): Promise<LibraryChange> {
    const inScope = (rel: string) => scopes.some((s) => s === '' || rel === s || rel.startsWith(s + '/'));
    const { articles, skipped } = this.manifest;
    const liveBefore = new Set(this.byId.keys());

    this.progress('scanning', 0, 0, null);
    const scan = await scanLibrary(this.realRoot, scopes, { onFound: (n, current) => this.progress('scanning', n, 0, current || null) });

    const toRead: FileCandidate[] = [];
    for (const c of scan.files.values()) {
      const known = articles[c.rel] ?? skipped[c.rel];
      if (!known || known.size !== c.size || known.mtimeMs !== c.mtimeMs || ('reread' in known && known.reread)) toRead.push(c);
    }
    toRead.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));

    /** Ids that were given a path or lost one in this pass (sorted into added, changed and removed at the end). */
    const touched = new Set<string>();
    const transient = new Map<string, Problem>(scan.problems);

    // Ids of articles whose content left their path (the file is gone, unusable or holds other
    // content now) wait in a pool, by content hash, for a file with that content (a move, a swap).
    const pool = new Map<string, { id: string; mtimeMs: number }[]>();
    const reserved = new Set<string>();
    const release = (rel: string) => {
      const entry = articles[rel];
      if (!entry) return;
      delete articles[rel];
      this.byId.delete(entry.id);
      this.cache.delete(entry.id);
      pool.set(entry.contentHash, [...(pool.get(entry.contentHash) ?? []), { id: entry.id, mtimeMs: entry.mtimeMs }]);
      reserved.add(entry.id);
      this.manifestDirty = true;
    };
    for (const rel of Object.keys(articles).filter(inScope)) if (!scan.files.has(rel)) release(rel);
    for (const rel of Object.keys(skipped).filter(inScope)) {
      if (!scan.files.has(rel)) {
        delete skipped[rel];
        this.manifestDirty = true;
      }
    }

    /**
     * Takes an id out of the pool for content `hash`: the one whose file had modification time
     * `mtimeMs` if any (a move keeps it, a copy does not), else the first; or exactly `only`.
     */
    const claim = (hash: string, mtimeMs?: number, only?: string): string | undefined => {
      const waiting = pool.get(hash) ?? [];
      let at = only !== undefined ? waiting.findIndex((w) => w.id === only) : waiting.findIndex((w) => w.mtimeMs === mtimeMs);
      if (at < 0 && only === undefined) at = 0;
      if (at < 0 || at >= waiting.length) return undefined;
      const id = waiting.splice(at, 1)[0]!.id;
      reserved.delete(id);
      return id;
    };
    const keptTime = (hash: string, mtimeMs: number) => (pool.get(hash) ?? []).some((w) => w.mtimeMs === mtimeMs);

    // Content identity wins over paths: a file whose content was another known file's (a swap, a
    // rotation, a move onto a name whose old content moved away) takes that file's id. Until every
    // file that could give up such content is read, the decision for a file waits (`deferred`).
    const toReadRels = new Set(toRead.map((c) => c.rel));
    const relsByHash = new Map<string, string[]>();
    for (const [rel, entry] of Object.entries(articles)) relsByHash.set(entry.contentHash, [...(relsByHash.get(entry.contentHash) ?? []), rel]);
    const sizes = new Map<number, number>();
    for (const c of toRead) sizes.set(c.size, (sizes.get(c.size) ?? 0) + 1);
    const mayGiveContent = (rel: string, hash: string) => !!pool.get(hash)?.length || (relsByHash.get(hash) ?? []).some((r) => r !== rel && toReadRels.has(r));
    const mayTakeContent = (c: FileCandidate, previous: ArticleEntry) => (sizes.get(previous.size) ?? 0) > (c.size === previous.size ? 1 : 0);
    const deferred: { c: FileCandidate; file: FileBytes; result: Interpretation & { kind: 'article' }; previous: ArticleEntry | undefined }[] = [];

    const commitArticle = (c: FileCandidate, file: FileBytes, result: Interpretation & { kind: 'article' }, id: string) => {
      const p = result.parsed;
      articles[c.rel] = {
        id,
        size: file.size,
        mtimeMs: file.mtimeMs,
        contentHash: file.hash,
        title: p.title,
        authors: p.authors,
        publisher: p.publisher,
        publishedAt: p.publishedAt,
        wordCount: p.wordCount,
        format: p.format,
        fileTags: p.fileTags,
        problems: result.problems.length ? result.problems.map(withoutPath) : undefined,
      };
      this.byId.set(id, c.rel);
      this.cache.delete(id);
      this.slowFormats.offer(file.hash, p);
      touched.add(id);
      if (this.options.onArticleRead) {
        try {
          this.options.onArticleRead(this.toArticle(id, c.rel, file, p));
        } catch (error) {
          this.log(`dossier: onArticleRead failed for ${c.rel}: ${String(error)}`);
        }
      }
    };

    /** An id for content no known article had (or whose article keeps its own): a removed one coming back, or a new one. */
    const freshId = (hash: string): string => {
      const recent = this.recentlyRemoved.get(hash);
      if (recent !== undefined && !this.byId.has(recent) && !reserved.has(recent)) {
        this.recentlyRemoved.delete(hash);
        return recent;
      }
      return this.newId(hash, reserved);
    };

    const commit = (c: FileCandidate, outcome: ReadOutcome) => {
      this.manifestDirty = true;
      if (!outcome.ok) {
        transient.set(c.rel, readErrorProblem(c.rel, outcome.error));
        release(c.rel);
        delete skipped[c.rel];
        return;
      }
      const file = outcome.file;
      const previous = articles[c.rel];
      if (previous && previous.contentHash === file.hash && !previous.reread) {
        // Touched, not changed.
        previous.size = file.size;
        previous.mtimeMs = file.mtimeMs;
        return;
      }
      const previousSkip = skipped[c.rel];
      if (previousSkip && previousSkip.contentHash === file.hash) {
        previousSkip.size = file.size;
        previousSkip.mtimeMs = file.mtimeMs;
        return;
      }
      const result = outcome.result!;
      if (result.kind !== 'article') {
        release(c.rel);
        const entry: SkippedEntry = { size: file.size, mtimeMs: file.mtimeMs, contentHash: file.hash, problem: result.kind === 'skipped' ? withoutPath(result.problem) : null };
        skipped[c.rel] = entry;
        return;
      }
      delete skipped[c.rel];
      if (mayGiveContent(c.rel, file.hash) || (previous && mayTakeContent(c, previous))) {
        deferred.push({ c, file, result, previous });
        return;
      }
      commitArticle(c, file, result, previous?.id ?? freshId(file.hash));
    };

    await this.readAll(toRead, commit);

    // Every file is read: first the files whose content left their path give up their ids, then
    // content takes the id it had (files that kept their modification time first: moved, not
    // copied), then a file edited in place keeps its own id if its old content did not take it.
    for (const d of deferred) release(d.c.rel);
    const waiting: typeof deferred = [];
    const claimants = [...deferred.filter((d) => keptTime(d.file.hash, d.file.mtimeMs)), ...deferred.filter((d) => !keptTime(d.file.hash, d.file.mtimeMs))];
    for (const d of claimants) {
      const id = claim(d.file.hash, d.file.mtimeMs);
      if (id !== undefined) commitArticle(d.c, d.file, d.result, id);
      else waiting.push(d);
    }
    waiting.sort((a, b) => (a.c.rel < b.c.rel ? -1 : 1));
    for (const d of waiting) {
      const own = d.previous && claim(d.previous.contentHash, undefined, d.previous.id);
      commitArticle(d.c, d.file, d.result, own ?? freshId(d.file.hash));
    }

    for (const [hash, waiting] of pool) {
      for (const { id } of waiting) {
        touched.add(id);
        this.cache.delete(id);
        this.recentlyRemoved.set(hash, id);
      }
    }
    while (this.recentlyRemoved.size > RECENTLY_REMOVED_LIMIT) this.recentlyRemoved.delete(this.recentlyRemoved.keys().next().value!);

    await this.rebuildSummaryCache();

    // Problems of the scope, from scratch: what the scan and reads met, and what the manifest records.
    for (const rel of [...this.problemsByPath.keys()]) if (inScope(rel)) this.problemsByPath.delete(rel);
    const note = (p: Problem) => this.problemsByPath.set(p.path, [...(this.problemsByPath.get(p.path) ?? []), p]);
    for (const p of transient.values()) note(p);
    for (const [rel, entry] of Object.entries(articles)) if (entry.problems && inScope(rel)) for (const p of entry.problems) note({ path: rel, ...p });
    for (const [rel, entry] of Object.entries(skipped)) if (entry.problem && inScope(rel)) note({ path: rel, ...entry.problem });

    await this.saveManifestIfDirty();

    // Normalise: an id live before and after is a change, whatever path it took.
    const change: LibraryChange = { added: [], changed: [], removed: [] };
    for (const id of touched) {
      const liveNow = this.byId.has(id);
      if (liveNow && liveBefore.has(id)) change.changed.push(id);
      else if (liveNow) change.added.push(id);
      else if (liveBefore.has(id)) change.removed.push(id);
    }
    return change;
  }

  /**
   * Reads and parses files READ_AHEAD at a time (parsing in the worker pool), and commits them one
   * per event-loop turn, in path order, so ids are assigned deterministically.
   */
  private async readAll(files: FileCandidate[], commit: (c: FileCandidate, outcome: ReadOutcome) => void): Promise<void> {
    const total = files.length;
    let done = 0;
    const pending: (Promise<ReadOutcome> | undefined)[] = [];
    const readAndParse = async (c: FileCandidate): Promise<ReadOutcome> => {
      let file: FileBytes;
      try {
        file = await readFileBounded(c.abs, this.maxBytesFor(c.rel));
      } catch (error) {
        return { ok: false, error };
      }
      const entry = this.manifest.articles[c.rel];
      const known = entry ?? this.manifest.skipped[c.rel];
      // Same bytes as last time (only touched): nothing to parse, unless the readers changed since.
      const result = known?.contentHash === file.hash && !entry?.reread ? undefined : await this.pool.parse(c.rel, this.facts(c.rel, file));
      return { ok: true, file, result };
    };
    const start = (i: number) => {
      const c = files[i]!;
      this.progress('reading', done, total, c.rel);
      pending[i] = readAndParse(c);
    };
    for (let i = 0; i < Math.min(READ_AHEAD, total); i++) start(i);
    for (let i = 0; i < total; i++) {
      const outcome = await pending[i]!;
      pending[i] = undefined;
      if (i + READ_AHEAD < total) start(i + READ_AHEAD);
      await yieldToLoop();
      commit(files[i]!, outcome);
      done++;
    }
    if (total) this.progress('reading', done, total, null);
  }

  private newId(hash: string, reserved: Set<string>): string {
    const base = hash.slice(0, 16);
    let id = base;
    for (let n = 2; this.byId.has(id) || reserved.has(id); n++) id = `${base}-${n}`;
    return id;
  }

  private async saveManifestIfDirty(): Promise<void> {
    if (!this.manifestDirty) return;
    this.manifestDirty = false;
    try {
      await saveManifest(this.paths.manifest, this.manifest);
    } catch (error) {
      this.manifestDirty = true;
      this.log(`dossier: could not save ${DATA_DIR_NAME}/manifest.json (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    }
  }

  /* ---------- watching ---------- */

  private async startWatching(): Promise<void> {
    // tags.json edited by another program is reloaded (it lives in the library, or in its stand-in data folder).
    const tagsRel = this.dataLocation.inLibrary ? `${DATA_DIR_NAME}/tags.json` : undefined;
    const reloadTags = () => this.tags.reloadIfChanged().catch((error) => this.log(`dossier: could not reload ${dataFileLabel(this.paths.tags)}: ${String(error)}`));
    const onError = (error: unknown) => this.log(`dossier: watching the library failed: ${error instanceof Error ? error.message : String(error)}`);
    const watcher = chokidar.watch(this.realRoot, {
      ignoreInitial: true,
      followSymlinks: false,
      ignored: (abs: string) => {
        const rel = toRel(this.realRoot, abs);
        if (tagsRel && (rel === DATA_DIR_NAME || rel === tagsRel)) return false;
        return rel.startsWith('..') || isExcludedRel(rel);
      },
    });
    watcher.on('all', (event, abs) => {
      const rel = toRel(this.realRoot, abs);
      if (rel === tagsRel) return void reloadTags();
      if (rel === '' || rel === DATA_DIR_NAME || isExcludedRel(rel)) return;
      if (event === 'addDir' || event === 'unlinkDir' || isSupportedFile(rel)) this.scheduleScope(rel);
    });
    watcher.on('error', onError);
    this.watchers.push(watcher);
    await new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
    if (!tagsRel) {
      const dataWatcher = chokidar.watch(this.dataDir, { ignoreInitial: true, depth: 0, ignored: (abs: string) => abs !== this.dataDir && abs !== this.paths.tags });
      dataWatcher.on('all', (_event, abs) => abs === this.paths.tags && void reloadTags());
      dataWatcher.on('error', onError);
      this.watchers.push(dataWatcher);
      await new Promise<void>((resolve) => dataWatcher.once('ready', () => resolve()));
    }
  }

  /** Queues a path for re-examination; batches are processed after a quiet time (or at the latest WATCH_MAX_WAIT_MS). */
  private scheduleScope(rel: string): void {
    if (this.closed) return;
    this.dirty.add(rel);
    clearTimeout(this.debounceTimer);
    this.debounceTimer = setTimeout(() => this.flushScopes(), this.options.watchDebounceMs ?? 300);
    this.maxWaitTimer ??= setTimeout(() => this.flushScopes(), WATCH_MAX_WAIT_MS);
  }

  private flushScopes(): void {
    clearTimeout(this.debounceTimer);
    clearTimeout(this.maxWaitTimer);
    this.debounceTimer = this.maxWaitTimer = undefined;
    if (this.closed || this.dirty.size === 0) return;
    const scopes = minimalScopes([...this.dirty]);
    this.dirty.clear();
    void this.serialize(async () => {
      if (this.closed) return;
      const problemsBefore = this.problemsKey();
      try {
        const change = await this.reconcile(scopes);
        // Also report a batch that only changed problems (e.g. a new empty file), so the UI can refresh its problem list.
        if (change.added.length || change.changed.length || change.removed.length || this.problemsKey() !== problemsBefore) {
          for (const listener of this.listeners) {
            try {
              listener(change);
            } catch (error) {
              this.log(`dossier: a library change listener failed: ${String(error)}`);
            }
          }
        }
      } finally {
        // After the listeners: whoever took the change has queued its work, and can tell "idle" from "busy".
        this.progressDone();
      }
    });
  }
}

function withoutPath(p: Problem): Omit<Problem, 'path'> {
  const { path: _path, ...rest } = p;
  return rest;
}

/** Drops scopes inside other scopes. */
function minimalScopes(scopes: string[]): string[] {
  const sorted = [...new Set(scopes)].sort();
  const out: string[] = [];
  for (const s of sorted) if (!out.some((o) => o === '' || s === o || s.startsWith(o + '/'))) out.push(s);
  return out;
}

/** Parsed articles of slow formats (PDF), by content hash, least recently used dropped past a budget of characters. */
class SlowFormatCache {
  private entries = new Map<string, ParsedArticle>();
  private chars = 0;

  constructor(private readonly budget: number) {}

  get(hash: string): ParsedArticle | undefined {
    const parsed = this.entries.get(hash);
    if (parsed) {
      this.entries.delete(hash);
      this.entries.set(hash, parsed);
    }
    return parsed;
  }

  offer(hash: string, parsed: ParsedArticle): void {
    if (!isBinaryFormat(parsed.format) || this.entries.has(hash) || parsed.text.length > this.budget / 4) return;
    this.entries.set(hash, parsed);
    this.chars += parsed.text.length;
    for (const [oldest, old] of this.entries) {
      if (this.chars <= this.budget) break;
      this.entries.delete(oldest);
      this.chars -= old.text.length;
    }
  }
}
