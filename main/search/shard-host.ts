/**
 * Owns a set of shards: loads them, feeds them documents, answers queries and saves the dirty
 * ones. Runs inside an index worker (one per core) or, for tests and small libraries, in process.
 * Requests are handled one at a time, in arrival order.
 */
import { existsSync } from 'node:fs';
import { unlink } from 'node:fs/promises';
import path from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import type { IndexDoc } from './engine-types';
import type { Sort } from '../../shared/contract';
import { FACET_VALUES } from './doc-table';
import { ENTITIES, ENTITY_KINDS } from './entity-table';
import { type EvalNode, ShardQuery } from './query-eval';
import { TopList } from './result-order';
import { ShardIndex } from './shard';
import { readShardFile, writeShardFile } from './shard-file';
import { type TagSnapshot, TagMirror } from './tag-mirror';
import { TermCache } from './text-analysis';

export type HostRequest =
  | { type: 'open'; dir: string; shards: number[]; formatVersion: number; optionsHash: string }
  | { type: 'docs' }
  | { type: 'update'; batch: { shard: number; upsert: IndexDoc[]; remove: string[] }[] }
  /**
   * The best `k` matches (the page and everything before it), the total and, unless `facets` is
   * false (a count), facets.
   */
  | { type: 'search'; node: EvalNode; sort: Sort; k: number; facets?: boolean }
  /** Every entity of this host's documents with the number of documents mentioning it. */
  | { type: 'entities' }
  /** The current tags of this host's articles (replaces what it had). */
  | { type: 'tags'; snapshot: TagSnapshot }
  | { type: 'save' }
  | { type: 'suggest'; prefix: string }
  | { type: 'stats' }
  | { type: 'close' };

export interface DocsReply {
  docs: [string, string, number][];
  /** "shard-03.idx: checksum mismatch" for shards that could not be loaded (they start empty). */
  failures: string[];
  /** How long opening took in the host, ms (load of all its shards). */
  openMs: number;
}
export interface SearchReply {
  /** Matches here. */
  total: number;
  /** The best `k` of them in result order, ids joined by ID_SEPARATOR (one string crosses threads faster than many). */
  ids: string;
  scores: Float64Array;
  /** First day of each one's date as YYYYMMDD (0 when undated), for date sorting. */
  dates: Int32Array;
  expanded: string[];
  /** Facet counts over all the matches here: publisher, year, and [tag code, count]. */
  sources: [string, number][];
  years: [string, number][];
  tags: [number, number][];
  /**
   * Entity facet: the ENTITY_FACET_LIMIT most frequent of each kind among the matches here, as
   * [entity key (entity-table.ts), count].
   */
  entities: [string, number][];
  /** Time spent evaluating in the host, ms. */
  computeMs: number;
}
/** Entities and how many of this host's documents mention each: keys joined by ID_SEPARATOR, counts in the same order. */
export interface EntitiesReply {
  keys: string;
  counts: Int32Array;
}

/**
 * Entities each host reports per kind for a result set. The engine shows fewer: an entity
 * ranked lower on every host cannot be among the first shown unless the hosts' counts are close.
 */
export const ENTITY_FACET_LIMIT = 40;
const KIND_INDEX: Record<string, number> = Object.fromEntries(ENTITY_KINDS.map((kind, i) => [kind, i]));
export interface StatsReply {
  heapUsed: number;
  external: number;
  documents: number;
}

export const ID_SEPARATOR = '\u0000';

export type HostProgress = { docs: number };

interface ShardSlot {
  index: ShardIndex;
  dirty: boolean;
}

export const shardFileName = (shard: number) => `shard-${String(shard).padStart(2, '0')}.idx`;

let collectGarbage: (() => void) | null | undefined;
function gc(): void {
  if (collectGarbage === undefined) {
    try {
      v8.setFlagsFromString('--expose-gc');
      collectGarbage = vm.runInNewContext('gc') as () => void;
    } catch {
      collectGarbage = null;
    }
  }
  collectGarbage?.();
}

export class ShardHost {
  private readonly slots = new Map<number, ShardSlot>();
  private dir = '';
  private info = { formatVersion: 0, optionsHash: '' };
  private failures: string[] = [];
  private queue: Promise<unknown> = Promise.resolve();
  private termCache = new TermCache();
  private readonly tags = new TagMirror();

  constructor(private readonly onProgress: (p: HostProgress) => void = () => {}) {}

  handle(request: HostRequest): Promise<unknown> {
    const run = this.queue.then(() => this.dispatch(request));
    this.queue = run.catch(() => {});
    return run;
  }

  private async dispatch(request: HostRequest): Promise<unknown> {
    switch (request.type) {
      case 'open':
        return this.open(request);
      case 'docs': {
        const docs: [string, string, number][] = [];
        for (const [shard, slot] of this.slots) for (const [id, m] of slot.index.meta) docs.push([id, m.hash, shard]);
        return { docs, failures: this.failures, openMs: this.openMs } satisfies DocsReply;
      }
      case 'update':
        return this.update(request.batch);
      case 'search':
        return this.search(request);
      case 'entities':
        return this.entities();
      case 'tags':
        this.tags.replace(request.snapshot, ID_SEPARATOR);
        return null;
      case 'save':
        return this.save();
      case 'suggest': {
        const found = new Map<string, number>();
        for (const slot of this.slots.values()) slot.index.completions(request.prefix, found);
        return [...found].sort((a, b) => b[1] - a[1]).slice(0, 200);
      }
      case 'stats': {
        for (const slot of this.slots.values()) slot.index.commit();
        // Twice, with a pause: array buffers are released by a later pass / background thread.
        gc();
        await new Promise((r) => setTimeout(r, 50));
        gc();
        const h = v8.getHeapStatistics();
        let documents = 0;
        for (const slot of this.slots.values()) documents += slot.index.documentCount;
        return { heapUsed: h.used_heap_size, external: h.external_memory, documents } satisfies StatsReply;
      }
      case 'close':
        this.slots.clear();
        return null;
    }
  }

  private openMs = 0;

  private async open(request: Extract<HostRequest, { type: 'open' }>): Promise<null> {
    const t0 = performance.now();
    this.dir = request.dir;
    this.info = { formatVersion: request.formatVersion, optionsHash: request.optionsHash };
    for (const shard of request.shards) {
      const file = path.join(this.dir, shardFileName(shard));
      let index = new ShardIndex();
      let dirty = false;
      if (existsSync(file)) {
        try {
          const loaded = await readShardFile(file);
          if (loaded.header.formatVersion !== this.info.formatVersion || loaded.header.optionsHash !== this.info.optionsHash) {
            throw new Error('written with other index options');
          }
          index = loaded.shard;
        } catch (error) {
          this.failures.push(`${shardFileName(shard)}: ${error instanceof Error ? error.message : String(error)}`);
          await unlink(file).catch(() => {});
          dirty = true;
        }
      }
      this.slots.set(shard, { index, dirty });
    }
    this.openMs = performance.now() - t0;
    return null;
  }

  private update(batch: Extract<HostRequest, { type: 'update' }>['batch']): { docs: number } {
    let docs = 0;
    for (const part of batch) {
      const slot = this.slots.get(part.shard);
      if (!slot) throw new Error(`shard ${part.shard} is not served here`);
      for (const id of part.remove) {
        if (slot.index.has(id)) {
          slot.index.removeDoc(id);
          slot.dirty = true;
        }
      }
      for (const doc of part.upsert) {
        slot.index.addAnalysed(doc, this.termCache);
        slot.dirty = true;
        docs++;
        if (docs % 64 === 0) this.onProgress({ docs: 64 });
      }
    }
    if (docs % 64 !== 0) this.onProgress({ docs: docs % 64 });
    return { docs };
  }

  /**
   * Evaluates the query on every shard here and answers with the total, the facet counts over
   * all matches and only the best `k` matches in result order: the engine merges the hosts'
   * lists, so no per-match data crosses threads.
   */
  private search(request: Extract<HostRequest, { type: 'search' }>): SearchReply {
    const t0 = performance.now();
    const expanded = new Set<string>();
    const facets = request.facets !== false;
    const top = new TopList(request.sort, request.k);
    const facetCounts = new Int32Array(facets ? FACET_VALUES.length : 0);
    const tagCounts = new Int32Array(facets ? this.tags.codeCount : 0);
    const entityCounts = facets ? this.entityScratch() : null;
    let touchedCount = 0;
    let total = 0;
    for (const slot of this.slots.values()) {
      const index = slot.index;
      index.commit();
      const tags = this.tags.forShard(index);
      const result = new ShardQuery(index, tags, expanded).run(request.node);
      if (!result) continue;
      const { ids, start, publisher, year, entities } = index.table;
      const { docs, scores } = result;
      if (!facets) {
        for (let i = 0; i < result.length; i++) if (ids[docs[i]!] !== undefined) total++;
        continue;
      }
      for (let i = 0; i < result.length; i++) {
        const doc = docs[i]!;
        if (ids[doc] === undefined) continue;
        total++;
        const own = entities[doc];
        if (own !== undefined) {
          for (let j = 0; j < own.length; j++) {
            const code = own[j]!;
            if (entityCounts![code]!++ === 0) {
              if (touchedCount === this.touchedScratch.length) this.growTouched();
              this.touchedScratch[touchedCount++] = code;
            }
          }
        }
        const p = publisher[doc]!;
        if (p >= 0) facetCounts[p]!++;
        const y = year[doc]!;
        if (y >= 0) facetCounts[y]!++;
        if (tags !== null) {
          const own = tags.of(doc);
          if (own !== undefined) for (let j = 0; j < own.length; j++) tagCounts[own[j]!]!++;
        }
        top.offer(scores[i]!, start[doc]!, ids, doc);
      }
    }
    const sources: [string, number][] = [];
    const years: [string, number][] = [];
    for (let code = 0; code < facetCounts.length; code++) {
      const k = facetCounts[code]!;
      if (k === 0) continue;
      const key = FACET_VALUES[code]!;
      (key[0] === 'p' ? sources : years).push([key.slice(1), k]);
    }
    const tagFacet: [number, number][] = [];
    for (let code = 0; code < tagCounts.length; code++) if (tagCounts[code]! > 0) tagFacet.push([code, tagCounts[code]!]);
    const entityFacet = entityCounts ? this.topEntities(entityCounts, this.touchedScratch.subarray(0, touchedCount)) : [];
    const best = top.results();
    return {
      total,
      ids: best.map((r) => r.id).join(ID_SEPARATOR),
      scores: Float64Array.from(best, (r) => r.score),
      dates: Int32Array.from(best, (r) => r.date),
      expanded: [...expanded],
      sources,
      years,
      tags: tagFacet,
      entities: entityFacet,
      computeMs: performance.now() - t0,
    };
  }

  /** Per-code counts for a search's entity facet, all zero between searches (topEntities resets what it used). */
  private entityScratch(): Int32Array {
    if (this.entityCountScratch.length < ENTITIES.size) this.entityCountScratch = new Int32Array(Math.max(ENTITIES.size * 2, 256));
    return this.entityCountScratch;
  }
  private entityCountScratch = new Int32Array(0);
  private touchedScratch = new Int32Array(256);
  private growTouched(): void {
    const grown = new Int32Array(this.touchedScratch.length * 2);
    grown.set(this.touchedScratch);
    this.touchedScratch = grown;
  }

  /**
   * The ENTITY_FACET_LIMIT most frequent entities of each kind among the counted ones (a bounded
   * min-heap per kind: a broad query touches most of the dictionary); resets their counts to zero.
   */
  private topEntities(counts: Int32Array, touched: Int32Array): [string, number][] {
    const heaps = ENTITY_KINDS.map(() => [] as number[]);
    const before = (a: number, b: number) => counts[a]! < counts[b]! || (counts[a] === counts[b] && a > b); // a ranks lower
    for (const code of touched) {
      const heap = heaps[KIND_INDEX[ENTITIES.kinds[code]!]!]!;
      if (heap.length < ENTITY_FACET_LIMIT) {
        heap.push(code);
        for (let i = heap.length - 1; i > 0; ) {
          const parent = (i - 1) >> 1;
          if (!before(heap[i]!, heap[parent]!)) break;
          [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
          i = parent;
        }
      } else if (before(heap[0]!, code)) {
        heap[0] = code;
        for (let i = 0; ; ) {
          const l = 2 * i + 1;
          const r = l + 1;
          let low = i;
          if (l < heap.length && before(heap[l]!, heap[low]!)) low = l;
          if (r < heap.length && before(heap[r]!, heap[low]!)) low = r;
          if (low === i) break;
          [heap[i], heap[low]] = [heap[low]!, heap[i]!];
          i = low;
        }
      }
    }
    const out: [string, number][] = [];
    for (const heap of heaps) for (const code of heap) out.push([ENTITIES.keys[code]!, counts[code]!]);
    for (const code of touched) counts[code] = 0;
    return out;
  }

  private entities(): EntitiesReply {
    const totals = new Int32Array(ENTITIES.size);
    for (const slot of this.slots.values()) {
      const docs = slot.index.entityDocs;
      for (let code = 0; code < docs.length && code < totals.length; code++) totals[code]! += docs[code]!;
    }
    const keys: string[] = [];
    const counts: number[] = [];
    for (let code = 0; code < totals.length; code++) {
      if (totals[code]! <= 0) continue;
      keys.push(ENTITIES.keys[code]!);
      counts.push(totals[code]!);
    }
    return { keys: keys.join(ID_SEPARATOR), counts: Int32Array.from(counts) };
  }

  private async save(): Promise<{ bytes: number; saved: number; totalBytes: number }> {
    let bytes = 0;
    let saved = 0;
    for (const [shard, slot] of this.slots) {
      if (!slot.dirty) continue;
      const written = await writeShardFile(path.join(this.dir, shardFileName(shard)), slot.index, { ...this.info, shard });
      bytes += written.bytes;
      slot.dirty = false;
      slot.index.releaseBuildTables();
      slot.index.repack(written.terms, written.postings);
      saved++;
    }
    this.termCache = new TermCache();
    return { bytes, saved, totalBytes: bytes };
  }
}
