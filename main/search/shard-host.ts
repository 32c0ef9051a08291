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
import { type EvalNode, ShardQuery } from './query-eval';
import { FACET_VALUES, ShardIndex } from './shard';
import { readShardFile, writeShardFile } from './shard-file';
import { TermCache } from './text-analysis';

export type HostRequest =
  | { type: 'open'; dir: string; shards: number[]; formatVersion: number; optionsHash: string }
  | { type: 'docs' }
  | { type: 'update'; batch: { shard: number; upsert: IndexDoc[]; remove: string[] }[] }
  | { type: 'search'; node: EvalNode; idSets: string[][] }
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
  /** Matching ids (unsorted) joined by ID_SEPARATOR: one string crosses threads much faster than thousands. */
  ids: string;
  scores: Float64Array;
  /** First day of each document's date as YYYYMMDD (0 when undated), for date sorting. */
  dates: Int32Array;
  expanded: string[];
  /** Facet counts over all the matches here: publisher and year. */
  sources: [string, number][];
  years: [string, number][];
  /** Time spent evaluating in the host, ms. */
  computeMs: number;
}
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
        return this.search(request.node, request.idSets);
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
   * Matching documents of all shards here, in no particular order: the engine picks the page
   * across hosts (top-k) and sorts everything only when a caller asks for all ids.
   */
  private search(node: EvalNode, idSetLists: string[][]): SearchReply {
    const t0 = performance.now();
    const idSets = idSetLists.map((ids) => new Set(ids));
    const expanded = new Set<string>();
    const results: [ShardIndex, Map<number, number>][] = [];
    let count = 0;
    for (const slot of this.slots.values()) {
      slot.index.commit();
      const result = new ShardQuery(slot.index, idSets, expanded).run(node);
      if (!result) continue;
      results.push([slot.index, result]);
      count += result.size;
    }
    const ids: string[] = new Array(count);
    const scores = new Float64Array(count);
    const dates = new Int32Array(count);
    const facetCounts: number[] = new Array<number>(FACET_VALUES.length).fill(0);
    let n = 0;
    for (const [index, result] of results) {
      for (const [shortId, score] of result) {
        const hit = index.hit(shortId);
        if (hit === undefined) continue;
        ids[n] = hit.id;
        scores[n] = score;
        dates[n] = hit.date;
        n++;
        if (hit.publisherCode >= 0) facetCounts[hit.publisherCode]!++;
        if (hit.yearCode >= 0) facetCounts[hit.yearCode]!++;
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
    ids.length = n;
    return {
      ids: ids.join(ID_SEPARATOR),
      scores: n === count ? scores : scores.slice(0, n),
      dates: n === count ? dates : dates.slice(0, n),
      expanded: [...expanded],
      sources,
      years,
      computeMs: performance.now() - t0,
    };
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
