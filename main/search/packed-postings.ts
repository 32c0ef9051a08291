/**
 * MiniSearch keeps, per term, a Map fieldId -> Map docShortId -> frequency. Holding millions of
 * such entries costs ~40-90 bytes each; loading them means creating them all. PackedPostings IS
 * such a Map (a subclass, so MiniSearch's types and code are unchanged), but it starts out as
 * 8 bytes per posting in a shared Uint32Array and becomes real Maps the first time MiniSearch
 * touches it. Only the terms that queries actually use are ever unpacked.
 *
 * Packed layout at `offset`: nFields, then per field: fieldId, n, (shortId, freq) x n.
 */
type DocFreqs = Map<number, number>;

export class PackedPostings extends Map<number, DocFreqs> {
  private packed: Uint32Array | null;
  private readonly offset: number;

  constructor(buffer: Uint32Array, offset: number) {
    super();
    this.packed = buffer;
    this.offset = offset;
  }

  /** Words the packed form takes at `offset` (to walk a buffer of many terms). */
  static lengthAt(buffer: Uint32Array, offset: number): number {
    let k = offset;
    const nFields = buffer[k++]!;
    for (let f = 0; f < nFields; f++) {
      const n = buffer[k + 1]!;
      k += 2 + 2 * n;
    }
    return k - offset;
  }

  get isPacked(): boolean {
    return this.packed !== null;
  }

  /** The packed words, while still packed (for saving without unpacking). */
  packedWords(): Uint32Array | null {
    if (!this.packed) return null;
    return this.packed.subarray(this.offset, this.offset + PackedPostings.lengthAt(this.packed, this.offset));
  }

  /**
   * Where one field's postings sit in the packed buffer: [buffer, first word, count], read
   * without unpacking. null when unpacked (use the Map) or when the field has no postings.
   */
  fieldBlock(fieldId: number): [Uint32Array, number, number] | null {
    const p = this.packed;
    if (!p) return null;
    let k = this.offset;
    const nFields = p[k++]!;
    for (let f = 0; f < nFields; f++) {
      const n = p[k + 1]!;
      if (p[k] === fieldId) return [p, k + 2, n];
      k += 2 + 2 * n;
    }
    return null;
  }

  /** Number of documents per field, without unpacking. */
  documentFrequency(fieldIds: readonly number[] | null): number {
    if (!this.packed) {
      let n = 0;
      for (const [fieldId, docs] of super.entries()) if (!fieldIds || fieldIds.includes(fieldId)) n += docs.size;
      return n;
    }
    const p = this.packed;
    let k = this.offset;
    const nFields = p[k++]!;
    let total = 0;
    for (let f = 0; f < nFields; f++) {
      const fieldId = p[k]!;
      const n = p[k + 1]!;
      if (!fieldIds || fieldIds.includes(fieldId)) total += n;
      k += 2 + 2 * n;
    }
    return total;
  }

  private unpack(): void {
    const p = this.packed;
    if (!p) return;
    this.packed = null;
    let k = this.offset;
    const nFields = p[k++]!;
    for (let f = 0; f < nFields; f++) {
      const fieldId = p[k++]!;
      const n = p[k++]!;
      const docs: DocFreqs = new Map();
      for (let j = 0; j < n; j++, k += 2) docs.set(p[k]!, p[k + 1]!);
      super.set(fieldId, docs);
    }
  }

  override get size(): number {
    this.unpack();
    return super.size;
  }
  override get(key: number): DocFreqs | undefined {
    this.unpack();
    return super.get(key);
  }
  override has(key: number): boolean {
    this.unpack();
    return super.has(key);
  }
  override set(key: number, value: DocFreqs): this {
    this.unpack();
    return super.set(key, value);
  }
  override delete(key: number): boolean {
    this.unpack();
    return super.delete(key);
  }
  override clear(): void {
    this.packed = null;
    super.clear();
  }
  override forEach(callback: (value: DocFreqs, key: number, map: Map<number, DocFreqs>) => void, thisArg?: unknown): void {
    this.unpack();
    super.forEach(callback, thisArg);
  }
  override keys(): MapIterator<number> {
    this.unpack();
    return super.keys();
  }
  override values(): MapIterator<DocFreqs> {
    this.unpack();
    return super.values();
  }
  override entries(): MapIterator<[number, DocFreqs]> {
    this.unpack();
    return super.entries();
  }
  override [Symbol.iterator](): MapIterator<[number, DocFreqs]> {
    this.unpack();
    return super[Symbol.iterator]();
  }
}
