/**
 * Dossier's search engine: documents spread over shards by id hash, the shards spread over
 * index workers (one per core), each shard saved and loaded on its own under `.dossier/index/`.
 * The main thread only parses queries, merges the hosts' best matches and facet counts and cuts
 * snippets; analysing, indexing, searching, ranking and saving happen in the workers.
 */
import { createHash } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, unlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Worker } from 'node:worker_threads';
import { MAX_HIT_RANGES, type EntitySummary, type Facets, type IndexProgress, type QueryError, type SearchHit } from '../../shared/contract';
import { foldAccents } from '../../shared/fold';
import type { ArticleSummary } from '../../shared/model';
import { parseQuery, type QueryNode } from '../../shared/query';
import type { EngineSearchRequest, EngineSearchResult, IndexDoc, QueryContext, SearchEngine } from './engine-types';
import { mergeEntityCounts } from './entity-table';
import { toEvalNode, type EvalNode } from './query-eval';
import { BOOST, FIELDS } from './shard';
import { type DocsReply, type EntitiesReply, type HostProgress, type HostRequest, ID_SEPARATOR, ShardHost, type SearchReply, type StatsReply, shardFileName } from './shard-host';
import { mergeRanked, type Ranked } from './result-order';
import { highlightRanges, makeSnippet } from './snippet';
import { spawnIndexWorker } from './spawn-worker';
import { STOP_WORDS } from './stop-words';
import { stem } from './stem';
import { foldedTokens, termOf, tokenize } from './text-analysis';

export const INDEX_FORMAT_VERSION = 2;
/** What each format brought (said in the log line when an older index is rebuilt). */
const FORMAT_CHANGES: Record<number, string> = { 2: 'accent folding; people, organisations and places by kind' };
/** DOSSIER_SEARCH_TRACE=1 prints where each search spends its time (stderr). */
const TRACE = process.env.DOSSIER_SEARCH_TRACE ? (line: string) => process.stderr.write(line + '\n') : null;
const STEMMER_VERSION = 1;
const FOLD_VERSION = 1;
const MANIFEST = 'manifest.json';
/** Unsaved changes are written this long after the last update (flush() writes at once). */
const SAVE_DELAY_MS = 2000;
/** Documents per message to a worker: small enough to keep the main thread responsive. */
const CHUNK = 64;

export interface SearchEngineOptions {
  /** The index folder, `<library>/.dossier/index`. */
  dir: string;
  /** Index worker threads; 0 runs the shards in this thread (tests, tiny libraries). Default: cores, at most 4. */
  workers?: number;
  /** Number of shards of a new index (default 8). An existing index keeps its own. */
  shards?: number;
  /** One line per notable event (e.g. why an index is rebuilt). */
  log?: (line: string) => void;
}

export interface IndexStats {
  documents: number;
  /** Heap used by the shards (all index workers, after garbage collection). */
  heapBytes: number;
  /** Memory outside the JS heap (typed arrays of the positional store). */
  externalBytes: number;
}

export interface DossierSearchEngine extends SearchEngine {
  stats(): Promise<IndexStats>;
  /** Bytes the index takes on disk. */
  diskBytes(): Promise<number>;
}

interface Manifest {
  formatVersion: number;
  optionsHash: string;
  shardCount: number;
  savedAt: string;
  documents: number;
  shards: { file: string; documents: number }[];
  note: string;
}

export function optionsHash(shardCount: number): string {
  return createHash('sha1')
    .update(
      JSON.stringify({
        FIELDS,
        BOOST,
        stop: [...STOP_WORDS].sort(),
        STEMMER_VERSION,
        FOLD_VERSION,
        shardCount,
        probe: ['sanctions', 'imposed', 'running'].map(stem),
        fold: ['Café', 'São', 'Straße', 'Łódź'].map(foldAccents),
      }),
    )
    .digest('hex')
    .slice(0, 16);
}

/** FNV-1a: a stable, fast hash to pick a document's shard. */
export function shardOf(id: string, shardCount: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % shardCount;
}

/* ---------- channels to shard hosts ---------- */

interface Channel {
  request<T>(request: HostRequest): Promise<T>;
  onProgress: (p: HostProgress) => void;
  close(): Promise<void>;
}

class InProcessChannel implements Channel {
  onProgress: (p: HostProgress) => void = () => {};
  private readonly host = new ShardHost((p) => this.onProgress(p));
  request<T>(request: HostRequest): Promise<T> {
    return this.host.handle(request) as Promise<T>;
  }
  async close(): Promise<void> {
    await this.host.handle({ type: 'close' });
  }
}

class WorkerChannel implements Channel {
  onProgress: (p: HostProgress) => void = () => {};
  private readonly worker: Worker;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();

  constructor(worker: Worker) {
    this.worker = worker;
    this.worker.on('message', (m: { kind: 'progress'; progress: HostProgress } | { kind: 'reply'; id: number; result?: unknown; error?: string }) => {
      if (m.kind === 'progress') return this.onProgress(m.progress);
      const p = this.pending.get(m.id);
      if (!p) return;
      this.pending.delete(m.id);
      if (m.error !== undefined) p.reject(new Error(`index worker: ${m.error}`));
      else p.resolve(m.result);
    });
    const fail = (error: Error) => {
      for (const p of this.pending.values()) p.reject(error);
      this.pending.clear();
    };
    this.worker.on('error', fail);
    this.worker.on('exit', (code) => fail(new Error(`index worker exited (code ${code})`)));
  }

  request<T>(request: HostRequest): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.worker.postMessage({ id, request });
    });
  }

  async close(): Promise<void> {
    await this.request({ type: 'close' }).catch(() => {});
    await this.worker.terminate();
  }
}

/* ---------- the engine ---------- */

async function readManifest(dir: string): Promise<Manifest | string> {
  let raw: string;
  try {
    raw = await readFile(path.join(dir, MANIFEST), 'utf8');
  } catch {
    return 'no manifest';
  }
  try {
    const m = JSON.parse(raw) as Manifest;
    if (typeof m.formatVersion !== 'number' || typeof m.optionsHash !== 'string' || typeof m.shardCount !== 'number') return 'manifest is malformed';
    return m;
  } catch {
    return 'manifest is not valid JSON';
  }
}

async function writeAtomically(file: string, content: string): Promise<void> {
  const temp = `${file}.${process.pid}.${Date.now()}.tmp`;
  const handle = await open(temp, 'w');
  try {
    await handle.writeFile(content);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temp, file);
}

export async function createSearchEngine(options: SearchEngineOptions): Promise<DossierSearchEngine> {
  const log = options.log ?? (() => {});
  await mkdir(options.dir, { recursive: true });
  const files = await readdir(options.dir);
  const manifest = await readManifest(options.dir);
  let shardCount = options.shards ?? 8;
  let reason: string | null = null;
  if (typeof manifest === 'string') {
    if (files.some((f) => f.endsWith('.idx'))) reason = manifest;
  } else if (manifest.formatVersion !== INDEX_FORMAT_VERSION) {
    const news = FORMAT_CHANGES[INDEX_FORMAT_VERSION];
    reason = `index format ${manifest.formatVersion} is not the current ${INDEX_FORMAT_VERSION}${news ? ` (${news})` : ''}`;
  } else if (manifest.optionsHash !== optionsHash(manifest.shardCount)) {
    reason = 'index options changed (fields, boosts, stop words, stemmer or accent folding)';
  } else {
    shardCount = manifest.shardCount;
  }
  for (const f of files) {
    // Stale temp files of an interrupted save; shard files of an index that does not match.
    if (f.endsWith('.tmp') || (reason && f.endsWith('.idx'))) await unlink(path.join(options.dir, f)).catch(() => {});
  }
  const workers = options.workers ?? Math.min(4, Math.max(1, os.availableParallelism()));
  const channels: Channel[] =
    workers <= 0 ? [new InProcessChannel()] : await Promise.all(Array.from({ length: Math.min(workers, shardCount) }, async () => new WorkerChannel(await spawnIndexWorker())));
  const engine = new Engine(options.dir, shardCount, channels, log, reason);
  await engine.start();
  return engine;
}

interface Entry {
  id: string;
  score: number;
  summary: ArticleSummary;
}

class Engine implements DossierSearchEngine {
  private readonly hash: string;
  /** id -> [contentHash, shard] of every indexed document. */
  private readonly docs = new Map<string, [string, number]>();
  private ready: Promise<void> = Promise.resolve();
  private dirty = false;
  private saveTimer: NodeJS.Timeout | null = null;
  private saving: Promise<void> = Promise.resolve();
  private closed = false;
  /** Bumped by every update (see revision()). */
  private updates = 0;
  /** The library's entity list as of `revision` (entities()). */
  private entityList: { revision: number; list: Promise<EntitySummary[]> } | null = null;

  constructor(
    private readonly dir: string,
    private readonly shardCount: number,
    private readonly channels: Channel[],
    private readonly log: (line: string) => void,
    private rebuildReason: string | null,
  ) {
    this.hash = optionsHash(shardCount);
  }

  private channelOf(shard: number): number {
    return shard % this.channels.length;
  }

  async start(): Promise<void> {
    // Shards load in the background; the first question waits for them.
    this.ready = Promise.all(
      this.channels.map(async (channel, c) => {
        const shards = Array.from({ length: this.shardCount }, (_, s) => s).filter((s) => this.channelOf(s) === c);
        await channel.request({ type: 'open', dir: this.dir, shards, formatVersion: INDEX_FORMAT_VERSION, optionsHash: this.hash });
        return channel.request<DocsReply>({ type: 'docs' });
      }),
    ).then((replies) => {
      const failures: string[] = [];
      TRACE?.(`index opened: shards loaded in ${replies.map((r) => r.openMs.toFixed(0)).join('/')} ms per host`);
      for (const r of replies) {
        for (const [id, h, shard] of r.docs) this.docs.set(id, [h, shard]);
        failures.push(...r.failures);
      }
      if (failures.length > 0) {
        this.dirty = true;
        const why = this.rebuildReason ? `${this.rebuildReason}; ` : '';
        this.log(`search index: ${why}${failures.length} of ${this.shardCount} shard(s) unreadable (${failures.join('; ')}); their articles will be re-indexed from the library files`);
      } else if (this.rebuildReason) {
        this.dirty = true; // write a current manifest even if nothing gets indexed
        this.log(`search index: ${this.rebuildReason}; rebuilding it from the library files`);
      }
      this.rebuildReason = null;
    });
    // Keep a failure for the first caller rather than crashing the process.
    this.ready.catch(() => {});
  }

  async indexed(): Promise<Map<string, string>> {
    await this.ready;
    return new Map([...this.docs].map(([id, [h]]) => [id, h]));
  }

  revision(): number {
    return this.updates;
  }

  async update(change: { upsert: IndexDoc[]; remove: string[] }, onProgress?: (p: IndexProgress) => void): Promise<void> {
    await this.ready;
    this.updates++;
    const total = change.upsert.length;
    let done = 0;
    const report = (phase: IndexProgress['phase']) => onProgress?.({ phase, done, total, current: null, message: null });
    for (const channel of this.channels) {
      channel.onProgress = (p) => {
        done += p.docs;
        report('indexing');
      };
    }
    // Group by channel and shard, then send in chunks (each chunk is one message, handled in order).
    const perChannel = this.channels.map(() => new Map<number, { upsert: IndexDoc[]; remove: string[] }>());
    const part = (id: string) => {
      const shard = shardOf(id, this.shardCount);
      const m = perChannel[this.channelOf(shard)]!;
      let p = m.get(shard);
      if (!p) m.set(shard, (p = { upsert: [], remove: [] }));
      return { shard, p };
    };
    for (const id of change.remove) {
      part(id).p.remove.push(id);
      this.docs.delete(id);
    }
    for (const doc of change.upsert) {
      const { shard, p } = part(doc.id);
      p.upsert.push(doc);
      this.docs.set(doc.id, [doc.contentHash, shard]);
    }
    report('indexing');
    await Promise.all(
      perChannel.map(async (shards, c) => {
        const channel = this.channels[c]!;
        // Interleave shards so that every chunk feeds several of them.
        const queue = [...shards].map(([shard, p]) => ({ shard, upsert: p.upsert, remove: p.remove, at: 0 }));
        const sends: Promise<unknown>[] = [];
        for (const q of queue) if (q.remove.length) sends.push(channel.request({ type: 'update', batch: [{ shard: q.shard, upsert: [], remove: q.remove }] }));
        let left = queue.reduce((n, q) => n + q.upsert.length, 0);
        while (left > 0) {
          const batch: { shard: number; upsert: IndexDoc[]; remove: string[] }[] = [];
          let size = 0;
          for (const q of queue) {
            const take = Math.min(q.upsert.length - q.at, Math.ceil(CHUNK / queue.length));
            if (take <= 0) continue;
            batch.push({ shard: q.shard, upsert: q.upsert.slice(q.at, q.at + take), remove: [] });
            q.at += take;
            size += take;
          }
          left -= size;
          sends.push(channel.request({ type: 'update', batch }));
          // Let replies, timers and the UI run between chunks (each costs a structured clone).
          await new Promise((r) => setImmediate(r));
        }
        await Promise.all(sends);
      }),
    );
    report('ready');
    this.updates++; // counts taken while the update ran are stale too
    if (change.upsert.length || change.remove.length) {
      this.dirty = true;
      this.scheduleSave();
    }
  }

  private scheduleSave(): void {
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => {
      this.saveTimer = null;
      void this.flush().catch((e: unknown) => this.log(`search index: could not save (${e instanceof Error ? e.message : String(e)})`));
    }, SAVE_DELAY_MS);
    this.saveTimer.unref();
  }

  async flush(): Promise<void> {
    await this.ready;
    if (this.saveTimer) {
      clearTimeout(this.saveTimer);
      this.saveTimer = null;
    }
    const previous = this.saving;
    const run = previous.then(async () => {
      if (!this.dirty) return;
      this.dirty = false;
      await Promise.all(this.channels.map((c) => c.request({ type: 'save' })));
      const counts = new Array<number>(this.shardCount).fill(0);
      for (const [, shard] of this.docs.values()) counts[shard]!++;
      const manifest: Manifest = {
        formatVersion: INDEX_FORMAT_VERSION,
        optionsHash: this.hash,
        shardCount: this.shardCount,
        savedAt: new Date().toISOString(),
        documents: this.docs.size,
        shards: counts.map((documents, s) => ({ file: shardFileName(s), documents })),
        note: 'Dossier search index cache. Safe to delete: it is rebuilt from the library files. Each shard file starts with a JSON header listing its documents and their content hashes.',
      };
      await writeAtomically(path.join(this.dir, MANIFEST), JSON.stringify(manifest, null, 2) + '\n');
    });
    this.saving = run.catch(() => {});
    await run;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    try {
      await this.flush();
    } finally {
      await Promise.all(this.channels.map((c) => c.close()));
    }
  }

  async stats(): Promise<IndexStats> {
    await this.ready;
    const replies = await Promise.all(this.channels.map((c) => c.request<StatsReply>({ type: 'stats' })));
    return replies.reduce((a, r) => ({ documents: a.documents + r.documents, heapBytes: a.heapBytes + r.heapUsed, externalBytes: a.externalBytes + r.external }), { documents: 0, heapBytes: 0, externalBytes: 0 });
  }

  async diskBytes(): Promise<number> {
    let total = 0;
    for (const f of await readdir(this.dir)) {
      const h = await open(path.join(this.dir, f), 'r').catch(() => null);
      if (!h) continue;
      total += (await h.stat()).size;
      await h.close();
    }
    return total;
  }

  async suggest(prefix: string, limit: number): Promise<string[]> {
    const lower = prefix.toLowerCase();
    const tokens = tokenize(lower);
    const endsInSpace = /\s$/.test(prefix);
    const last = tokens[tokens.length - 1];
    if (!last || endsInSpace) return [];
    const head = lower.slice(0, lower.lastIndexOf(last));
    const folded = foldAccents(last);
    await this.ready;
    const replies = await Promise.all(this.channels.map((c) => c.request<[string, number][]>({ type: 'suggest', prefix: folded })));
    const counts = new Map<string, number>();
    for (const r of replies) for (const [w, n] of r) counts.set(w, (counts.get(w) ?? 0) + n);
    return [...counts]
      .filter(([w]) => w !== last && w !== folded)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, limit)
      .map(([w]) => head + w);
  }

  /**
   * Sends the hosts the library's current tags when they changed since the last search (always,
   * for a context that cannot tell). Returns the tag names the codes in this search refer to.
   * Requests to a host are handled in order, so a search sent after this sees these tags.
   */
  private syncTags(ctx: QueryContext): string[] {
    const revision = ctx.tagsRevision?.();
    if (this.tagSync && revision !== undefined && this.tagSync.revision === revision) return this.tagSync.names;
    const names: string[] = [];
    const codes = new Map<string, number>();
    const parts = this.channels.map(() => ({ ids: [] as string[], counts: [] as number[], codes: [] as number[] }));
    for (const id of ctx.taggedIds?.() ?? this.docs.keys()) {
      const tags = ctx.tagsOf(id);
      if (tags.length === 0) continue;
      const part = parts[this.channelOf(shardOf(id, this.shardCount))]!;
      part.ids.push(id);
      part.counts.push(tags.length);
      for (const tag of tags) {
        let code = codes.get(tag);
        if (code === undefined) codes.set(tag, (code = names.push(tag) - 1));
        part.codes.push(code);
      }
    }
    this.channels.forEach((channel, c) => {
      const part = parts[c]!;
      const snapshot = { ids: part.ids.join(ID_SEPARATOR), counts: Int32Array.from(part.counts), codes: Int32Array.from(part.codes) };
      // A failure here (the worker died) fails the search that follows on the same channel.
      channel.request({ type: 'tags', snapshot }).catch(() => {});
    });
    this.tagSync = { revision, names };
    return names;
  }
  private tagSync: { revision: string | number | undefined; names: string[] } | null = null;

  /** The query as the hosts evaluate it, with `tag:` filters as codes of the tags the hosts now have. */
  private prepare(ast: QueryNode, ctx: QueryContext): { node: EvalNode; names: string[] } {
    const names = this.syncTags(ctx);
    const notes = ctx.notes;
    const node = toEvalNode(
      ast,
      (wanted) => {
        const codes: number[] = [];
        names.forEach((name, code) => {
          if (tagMatches(name, wanted)) codes.push(code);
        });
        return codes;
      },
      notes && ((n) => notes.match(n)),
    );
    return { node, names };
  }

  async count(query: string, ctx: QueryContext): Promise<{ total: number; error: QueryError | null }> {
    const parsed = parseQuery(query);
    if (parsed.error || !parsed.ast) return { total: 0, error: parsed.error };
    await this.ready;
    const { node } = this.prepare(parsed.ast, ctx);
    const replies = await Promise.all(this.channels.map((c) => c.request<SearchReply>({ type: 'search', node, sort: 'relevance', k: 0, facets: false })));
    return { total: replies.reduce((n, r) => n + r.total, 0), error: null };
  }

  entities(): Promise<EntitySummary[]> {
    const revision = this.updates;
    if (this.entityList?.revision === revision) return this.entityList.list;
    const list = (async () => {
      await this.ready;
      const replies = await Promise.all(this.channels.map((c) => c.request<EntitiesReply>({ type: 'entities' })));
      const pairs: [string, number][] = [];
      for (const r of replies) {
        if (r.counts.length === 0) continue;
        r.keys.split(ID_SEPARATOR).forEach((key, i) => pairs.push([key, r.counts[i]!]));
      }
      return mergeEntityCounts(pairs);
    })();
    this.entityList = { revision, list };
    list.catch(() => {
      if (this.entityList?.list === list) this.entityList = null;
    });
    return list;
  }

  async search(req: EngineSearchRequest, ctx: QueryContext): Promise<EngineSearchResult> {
    const t0 = performance.now();
    const empty = (error: EngineSearchResult['error']): EngineSearchResult => ({ total: 0, hits: [], facets: { source: [], year: [], tag: [] }, error, tookMs: performance.now() - t0 });
    const parsed = parseQuery(req.query);
    if (parsed.error) return empty(parsed.error);
    if (!parsed.ast) return empty(null);
    await this.ready;

    const notes = ctx.notes;
    const { node, names } = this.prepare(parsed.ast, ctx);
    const k = req.offset + req.limit;
    const tAsk = performance.now();
    const arrivals: number[] = [];
    const replies = await Promise.all(
      this.channels.map((c, i) =>
        c.request<SearchReply>({ type: 'search', node, sort: req.sort, k }).then((r) => {
          arrivals[i] = performance.now() - tAsk;
          return r;
        }),
      ),
    );

    // Each host sent its best k in order; the page is the head of their merge.
    const expanded = new Set<string>();
    const sources = new Map<string, number>();
    const years = new Map<string, number>();
    const tags = new Map<string, number>();
    const entities: [string, number][] = [];
    const add = (m: Map<string, number>, key: string, n: number) => m.set(key, (m.get(key) ?? 0) + n);
    let total = 0;
    const lists: Ranked[][] = [];
    for (const r of replies) {
      total += r.total;
      const ids = r.scores.length > 0 ? r.ids.split(ID_SEPARATOR) : [];
      lists.push(ids.map((id, i) => ({ id, score: r.scores[i]!, date: r.dates[i]! })));
      for (const e of r.expanded) expanded.add(e);
      for (const [key, n] of r.sources) add(sources, key, n);
      for (const [key, n] of r.years) add(years, key, n);
      for (const [code, n] of r.tags) add(tags, names[code]!, n);
      for (const pair of r.entities) entities.push(pair);
    }
    const tMerged = performance.now();
    // An article the library no longer knows (removal not yet fed to the index) is left off the page.
    const page: Entry[] = [];
    for (const r of mergeRanked(req.sort, lists, k).slice(req.offset)) {
      const summary = ctx.summaryOf(r.id);
      if (summary) page.push({ id: r.id, score: r.score, summary });
    }
    const texts = Promise.all(page.map((e) => ctx.textOf(e.id)));
    const facets = facetsOf(sources, years, tags, entities);
    const tFacets = performance.now();
    const highlighter = highlightsOf(parsed.ast, expanded);
    const noteHighlighter = notes ? highlightsOf(parsed.ast, expanded, true) : null;
    const hits = (await texts).map((found, i): SearchHit => {
      const e = page[i]!;
      const text = found ?? '';
      const ranges = highlightRanges(text, highlighter, MAX_HIT_RANGES + 1);
      const hit: SearchHit = { article: e.summary, score: e.score, snippet: makeSnippet(text, ranges), ranges };
      const noteText = noteHighlighter && notes!.textOf(e.id);
      const noteRanges = noteText ? highlightRanges(noteText, noteHighlighter!, 50) : [];
      if (noteRanges.length) hit.noteSnippet = makeSnippet(noteText!, noteRanges, 160);
      return hit;
    });
    if (TRACE) {
      const shards = replies.map((r, i) => `${r.computeMs.toFixed(1)}@${arrivals[i]!.toFixed(1)}`).join(' ');
      TRACE(`search ${JSON.stringify(req.query)}: ${total} hits; prepare ${(tAsk - t0).toFixed(1)} ms, shards ${shards} ms (round trip ${(tMerged - tAsk).toFixed(1)}), page+facets ${(tFacets - tMerged).toFixed(1)}, snippets ${(performance.now() - tFacets).toFixed(1)}`);
    }
    return { total, hits, facets, error: null, tookMs: performance.now() - t0 };
  }
}

/** `tag:region` matches region and region/anything (case-insensitive). */
export function tagMatches(tag: string, wanted: string): boolean {
  const t = tag.toLowerCase();
  return t === wanted || t.startsWith(wanted + '/');
}

/** Entities shown per kind in a result set's facets. */
const ENTITY_FACET_SHOWN = 20;

/**
 * Facet lists (counted by the hosts over the whole result set): most frequent first, years newest
 * first. Entities: each host's most frequent of each kind, summed (see ENTITY_FACET_LIMIT).
 */
function facetsOf(sources: Map<string, number>, years: Map<string, number>, tags: Map<string, number>, entities: [string, number][]): Facets {
  const list = (m: Map<string, number>, byValue = false) =>
    [...m]
      .sort((a, b) => (byValue ? (a[0] < b[0] ? 1 : -1) : b[1] - a[1] || (a[0] < b[0] ? -1 : 1)))
      .slice(0, 200)
      .map(([value, count]) => ({ value, count }));
  const facets: Facets = { source: list(sources), year: list(years, true), tag: list(tags), person: [], organization: [], place: [] };
  for (const e of mergeEntityCounts(entities)) {
    const shown = facets[e.kind]!;
    if (shown.length < ENTITY_FACET_SHOWN) shown.push({ value: e.name, count: e.count });
  }
  return facets;
}

/** What to highlight: the positive (not excluded) words and phrases that search the text (with `inNotes`: the notes; also used by the team library). */
export function highlightsOf(ast: QueryNode, expanded: Set<string>, inNotes = false): { terms: Set<string>; phrases: string[][] } {
  const terms = new Set(expanded);
  const phrases: string[][] = [];
  const walk = (n: QueryNode) => {
    switch (n.kind) {
      case 'and':
      case 'or':
        n.children.forEach(walk);
        break;
      case 'term': {
        if (n.field) break;
        const tokens = foldedTokens(n.text);
        if (n.match === 'exact' && tokens.length > 1) phrases.push(tokens);
        else if (n.match === 'exact' && tokens[0]) {
          const t = termOf(tokens[0]);
          if (t) terms.add(t);
        }
        break;
      }
      case 'phrase':
        if (!n.field) {
          const tokens = foldedTokens(n.text);
          if (tokens.length) phrases.push(tokens);
        }
        break;
      case 'note': {
        if (!inNotes) break;
        const tokens = tokenize(n.text);
        if (n.match === 'phrase' || (n.match === 'exact' && tokens.length > 1)) phrases.push(tokens);
        else if (n.match === 'exact' && tokens[0]) {
          const t = termOf(tokens[0]);
          if (t) terms.add(t);
        }
        break; // prefix and fuzzy words are highlighted through their expansions, when the index has them too
      }
      default:
        break;
    }
  };
  walk(ast);
  return { terms, phrases };
}

