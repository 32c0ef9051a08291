/**
 * What a query reads per matching document, in dense arrays indexed by short id (MiniSearch's
 * number for a document within its shard): the id, the positional store, dates for filters and
 * sorting, and facet codes. A query touching 40,000 documents then does array reads, not
 * 40,000 string-keyed Map lookups.
 */
import type { DocMeta } from './shard';

/** Facet values (publishers, years) of this thread, interned to small numbers. */
export const FACET_VALUES: string[] = [];
const facetCodes = new Map<string, number>();

/** The code of a facet value; keys are namespaced ('p' publisher, 'y' year): a publisher could be called "2019". */
export function facetCode(key: string): number {
  let code = facetCodes.get(key);
  if (code === undefined) {
    code = FACET_VALUES.length;
    FACET_VALUES.push(key);
    facetCodes.set(key, code);
  }
  return code;
}

/** YYYY-MM-DD (day may be 31 for any month: an inclusive upper bound) as the number YYYYMMDD. */
export function dayNumber(day: string): number {
  return Number(day.slice(0, 4)) * 10000 + Number(day.slice(5, 7)) * 100 + Number(day.slice(8, 10));
}

/** What the table keeps of a document's metadata: first and last day (YYYY-MM-DD, null when undated) and publisher. */
export type TableMeta = Pick<DocMeta, 'start' | 'end' | 'publisher'>;

export class DocTable {
  /** Capacity: one more than the largest short id that fits. */
  private size = 0;
  ids: (string | undefined)[] = [];
  positions: (Uint16Array | Uint32Array | undefined)[] = [];
  /** First day as YYYYMMDD; 0 when undated (or no such document). */
  start = new Int32Array(0);
  /** Last day as YYYYMMDD; 0 when undated. */
  end = new Int32Array(0);
  /** FACET_VALUES codes; -1 when absent. */
  publisher = new Int32Array(0);
  year = new Int32Array(0);
  /**
   * Entity codes (entity-table.ts ENTITIES) of every document, one run each: document d's are
   * entityCodes[entityFrom[d] .. entityTo[d]). One flat array: facets and filters read runs of it,
   * not an object per document.
   */
  entityCodes = new Int32Array(1024);
  entityFrom = new Int32Array(0);
  entityTo = new Int32Array(0);
  /** Used length of entityCodes, and how much of it belongs to live documents (the rest is compacted away). */
  private entityLength = 0;
  private entityLive = 0;

  private grow(minimum: number): void {
    if (minimum <= this.size) return;
    const size = Math.max(64, minimum, this.size * 2);
    const widen = (a: Int32Array, fill: number) => {
      const b = new Int32Array(size).fill(fill);
      b.set(a);
      return b;
    };
    this.start = widen(this.start, 0);
    this.end = widen(this.end, 0);
    this.publisher = widen(this.publisher, -1);
    this.year = widen(this.year, -1);
    this.entityFrom = widen(this.entityFrom, 0);
    this.entityTo = widen(this.entityTo, 0);
    this.size = size;
  }

  /** A document's entity codes (a view; empty when it has none). */
  entitiesOf(shortId: number): Int32Array {
    return shortId < this.size ? this.entityCodes.subarray(this.entityFrom[shortId]!, this.entityTo[shortId]!) : this.entityCodes.subarray(0, 0);
  }

  private setEntities(shortId: number, codes: Int32Array | undefined): void {
    const n = codes?.length ?? 0;
    if (this.entityLength + n > this.entityCodes.length) {
      // Replaced documents leave their runs behind: compact when they are most of the array.
      if (this.entityLive + n <= this.entityCodes.length / 2) this.compactEntities();
      else {
        const grown = new Int32Array(Math.max(this.entityCodes.length * 2, this.entityLength + n));
        grown.set(this.entityCodes.subarray(0, this.entityLength));
        this.entityCodes = grown;
      }
    }
    if (codes) this.entityCodes.set(codes, this.entityLength);
    this.entityFrom[shortId] = this.entityLength;
    this.entityLength += n;
    this.entityTo[shortId] = this.entityLength;
    this.entityLive += n;
  }

  private compactEntities(): void {
    const codes = new Int32Array(this.entityCodes.length);
    let at = 0;
    for (let d = 0; d < this.size; d++) {
      const from = this.entityFrom[d]!;
      const to = this.entityTo[d]!;
      codes.set(this.entityCodes.subarray(from, to), at);
      this.entityFrom[d] = at;
      at += to - from;
      this.entityTo[d] = at;
    }
    this.entityCodes = codes;
    this.entityLength = at;
    this.entityLive = at;
  }

  set(shortId: number, id: string, positions: Uint16Array | Uint32Array, e: TableMeta, entities?: Int32Array): void {
    this.grow(shortId + 1);
    this.ids[shortId] = id;
    this.positions[shortId] = positions;
    this.entityLive -= this.entityTo[shortId]! - this.entityFrom[shortId]!;
    this.setEntities(shortId, entities);
    this.start[shortId] = e.start ? dayNumber(e.start) : 0;
    this.end[shortId] = e.end ? dayNumber(e.end) : 0;
    this.publisher[shortId] = e.publisher ? facetCode('p' + e.publisher) : -1;
    this.year[shortId] = e.start ? facetCode('y' + e.start.slice(0, 4)) : -1;
  }

  clear(shortId: number): void {
    if (shortId >= this.size) return;
    this.ids[shortId] = undefined;
    this.positions[shortId] = undefined;
    this.entityLive -= this.entityTo[shortId]! - this.entityFrom[shortId]!;
    this.entityFrom[shortId] = 0;
    this.entityTo[shortId] = 0;
    this.start[shortId] = 0;
    this.end[shortId] = 0;
    this.publisher[shortId] = -1;
    this.year[shortId] = -1;
  }
}
