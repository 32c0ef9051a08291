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
    let total = 0;
    for (const slot of this.slots.values()) {
      const index = slot.index;
      index.commit();
      const tags = this.tags.forShard(index);
      const result = new ShardQuery(index, tags, expanded).run(request.node);
      if (!result) continue;
      const { ids, start, publisher, year, entityCodes, entityFrom, entityTo } = index.table;
      const { docs, scores } = result;
      if (!facets) {
        for (let i = 0; i < result.length; i++) if (ids[docs[i]!] !== undefined) total++;
        continue;
      }
      for (let i = 0; i < result.length; i++) {
        const doc = docs[i]!;
        if (ids[doc] === undefined) continue;
        total++;
        for (let j = entityFrom[doc]!, end = entityTo[doc]!; j < end; j++) entityCounts![entityCodes[j]!]!++;
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
    const entityFacet = entityCounts ? this.topEntities(entityCounts) : [];
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

  /** Per-code counts for a search's entity facet, all zero between searches (topEntities resets them). */
  private entityScratch(): Int32Array {
    if (this.entityCountScratch.length < ENTITIES.size) this.entityCountScratch = new Int32Array(Math.max(ENTITIES.size * 2, 256));
    return this.entityCountScratch;
  }
  private entityCountScratch = new Int32Array(0);

  /**
   * The ENTITY_FACET_LIMIT most frequent entities of each kind among the counted ones; resets the
   * counts to zero. The counting loop only increments (no bookkeeping per document); this reads the
   * counts of every entity of the thread once. Counts are small whole numbers, so the cut-off count
   * of each kind is found with a histogram, not by sorting.
   */
  private topEntities(counts: Int32Array): [string, number][] {
    const kinds = ENTITY_KINDS.length;
    const kindIndex = ENTITIES.kindIndex;
    const touched: number[] = [];
    let max = 0;
    for (let code = 0, size = ENTITIES.size; code < size; code++) {
      const n = counts[code]!;
      if (n === 0) continue;
      touched.push(code);
      if (n > max) max = n;
    }
    if (touched.length === 0) return [];
    // histogram[kind * (max + 1) + count]: how many entities of the kind have that count.
    const width = max + 1;
    const histogram = new Int32Array(kinds * width);
    for (const code of touched) histogram[kindIndex[code]! * width + counts[code]!]!++;
    const cutoff = new Int32Array(kinds);
    /** Of the entities at the cut-off count, how many more may be taken (the lowest codes first). */
    const atCutoff = new Int32Array(kinds);
    for (let k = 0; k < kinds; k++) {
      let left = ENTITY_FACET_LIMIT;
      let c = max;
      for (; c > 0; c--) {
        const n = histogram[k * width + c]!;
        if (n >= left) break;
        left -= n;
      }
      // c = 0: every entity of the kind fits (all counted ones have a count of at least 1).
      cutoff[k] = c;
      atCutoff[k] = c > 0 ? left : 0;
    }
    const out: [string, number][] = [];
    const tied: number[] = [];
    for (const code of touched) {
      const k = kindIndex[code]!;
      const n = counts[code]!;
      if (n > cutoff[k]!) out.push([ENTITIES.keys[code]!, n]);
      else if (n === cutoff[k]!) tied.push(code);
    }
    // Ties at the cut-off: a stable choice (lowest codes), so the same query shows the same entities.
    tied.sort((a, b) => a - b);
    for (const code of tied) {
      const k = kindIndex[code]!;
      if (atCutoff[k]! > 0) {
        atCutoff[k]!--;
        out.push([ENTITIES.keys[code]!, counts[code]!]);
      }
    }
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
