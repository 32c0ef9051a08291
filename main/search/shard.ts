/**
 * One shard of the search index: a MiniSearch index (term dictionary, postings, document ids,
 * field lengths) plus what MiniSearch does not keep: a compact positional store of every token
 * (for exact phrases, stop words included), per-document metadata for filters and a surface-word
 * dictionary with document frequencies (for completion). A shard is saved and loaded on its own.
 *
 * Documents are analysed once (tokenize, stem, count); their postings are appended to a compact
 * pending buffer and committed into MiniSearch's own index structure as PackedPostings, through
 * the protected members its types expose to subclasses, instead of feeding MiniSearch one token
 * at a time. Scoring uses MiniSearch's BM25+ over those postings (scoreTerms).
 */
import MiniSearch from 'minisearch';
import type { IndexDoc } from './engine-types';
import { PackedPostings } from './packed-postings';
import { TermCache, termOf, tokenize } from './text-analysis';

export const FIELDS = ['title', 'text', 'authors', 'publisher', 'entities'] as const;
export type IndexField = (typeof FIELDS)[number];
export const BOOST: Record<IndexField, number> = { title: 3, authors: 2, publisher: 2, entities: 1.5, text: 1 };
/** MiniSearch's default BM25+ parameters. */
export const BM25 = { k: 1.2, b: 0.7, d: 0.5 };

function bm25(termFreq: number, idf: number, fieldLength: number, avgFieldLength: number): number {
  const { k, b, d } = BM25;
  return idf * (d + (termFreq * (k + 1)) / (termFreq + k * (1 - b + (b * fieldLength) / avgFieldLength)));
}

/** Separator between title and text in the positional store: phrases never cross it. */
const BREAK = 0;

export interface DocMeta {
  hash: string;
  title: string;
  authors: string[];
  publisher: string | null;
  /** ISO date as given, or null. */
  date: string | null;
  /** First and last day the date covers (YYYY-MM-DD), for inclusive date filters. */
  start: string | null;
  end: string | null;
}

export function dateSpan(date: string | null): { start: string | null; end: string | null } {
  if (!date) return { start: null, end: null };
  const d = date.slice(0, 10);
  if (/^\d{4}$/.test(d)) return { start: `${d}-01-01`, end: `${d}-12-31` };
  if (/^\d{4}-\d{2}$/.test(d)) return { start: `${d}-01`, end: `${d}-31` };
  if (/^\d{4}-\d{2}-\d{2}$/.test(d)) return { start: d, end: d };
  return { start: null, end: null };
}

type Postings = Map<number, Map<number, number>>;

/** Per document, what each search hit needs: no string-keyed lookups on the hot path. */
export interface HitInfo {
  id: string;
  /** First day of the date as YYYYMMDD, 0 when undated. */
  date: number;
  year: string | null;
  publisher: string | null;
  /** FACET_VALUES codes of the publisher and the year (-1 when absent): facets count by number. */
  publisherCode: number;
  yearCode: number;
}

/** Facet values (publishers, years) of this thread, interned to small numbers. */
export const FACET_VALUES: string[] = [];
const facetCodes = new Map<string, number>();
function facetCode(value: string | null): number {
  if (value === null) return -1;
  let code = facetCodes.get(value);
  if (code === undefined) {
    code = FACET_VALUES.length;
    FACET_VALUES.push(value);
    facetCodes.set(value, code);
  }
  return code;
}

function hitInfoOf(id: string, m: DocMeta): HitInfo {
  const s = m.start;
  const year = s ? s.slice(0, 4) : null;
  return {
    id,
    date: s ? Number(s.slice(0, 4)) * 10000 + Number(s.slice(5, 7)) * 100 + Number(s.slice(8, 10)) : 0,
    year,
    publisher: m.publisher,
    // Facet keys are namespaced: a publisher could be called "2019".
    publisherCode: m.publisher ? facetCode('p' + m.publisher) : -1,
    yearCode: year ? facetCode('y' + year) : -1,
  };
}

/** MiniSearch's own state as a shard file stores it (see shard-file.ts). */
export interface RestoredIndexState {
  documentCount: number;
  nextId: number;
  avgFieldLength: number[];
  dirtCount: number;
  documentIds: [number, string][];
  fieldLength: [number, number[]][];
  terms: string[];
  postings: Uint32Array;
}

export class ShardIndex extends MiniSearch<IndexDoc> {
  /** Token ids per document: title, BREAK, text. */
  readonly positions = new Map<string, Uint16Array | Uint32Array>();
  readonly meta = new Map<string, DocMeta>();
  /** The same, by short id, with what a search returns per hit precomputed. */
  private readonly hitInfo = new Map<number, HitInfo>();
  /** Surface (lowercase token) dictionary; id 0 is BREAK. */
  readonly surfaceIds = new Map<string, number>();
  surfaces: string[] = [''];
  /** Number of documents containing each surface word. */
  df: number[] = [0];

  /* Build-time tables, rebuilt on demand: surface id -> term id -> posting maps. */
  /** Term id of each surface id: -1 not indexed (stop word), -2 not looked up yet. */
  private surfaceTerm = new Int32Array(1024).fill(-2);
  private readonly termIds = new Map<string, number>();
  private readonly termNames: string[] = [];
  /**
   * Postings added since the last commit, as (term id, field id, short id, frequency) quadruples.
   * Bulk indexing appends here instead of growing millions of Map entries; commit() turns them
   * into packed postings in MiniSearch's index before anything reads it.
   */
  private pending = new Uint32Array(1 << 16);
  private pendingLength = 0;
  private termCounts = new Int32Array(1024);
  private lastSeen = new Int32Array(1024);
  private seenStamp = 0;
  private scratch = new Uint32Array(4096);

  constructor() {
    super({
      fields: [...FIELDS],
      idField: 'id',
      // Documents are analysed by addAnalysed; queries arrive as ready-made index terms.
      tokenize: (s) => [s],
      processTerm: (t) => t,
      autoVacuum: false,
      searchOptions: { boost: BOOST, prefix: false, fuzzy: false, bm25: BM25 },
    });
  }

  /** Called by the loader: restores MiniSearch's state from the compact file format. */
  restore(state: RestoredIndexState): void {
    this._documentCount = state.documentCount;
    this._nextId = state.nextId;
    this._avgFieldLength = state.avgFieldLength;
    this._dirtCount = state.dirtCount;
    for (const [shortId, id] of state.documentIds) {
      this._documentIds.set(shortId, id);
      this._idToShortId.set(id, shortId);
    }
    for (const [shortId, lengths] of state.fieldLength) this._fieldLength.set(shortId, lengths);
    this.loadPacked(state.terms, state.postings);
  }

  /** Puts every term in MiniSearch's index with its postings still packed (see PackedPostings). */
  private loadPacked(terms: string[], postings: Uint32Array): void {
    let k = 0;
    for (const term of terms) {
      this._index.set(term, new PackedPostings(postings, k));
      k += PackedPostings.lengthAt(postings, k);
    }
  }

  /**
   * After a save: swaps the Maps built while indexing for the packed form just written, so a
   * freshly built index takes the same memory as a reopened one.
   */
  repack(terms: string[], postings: Uint32Array): void {
    this.loadPacked(terms, postings);
    // snapshot() left out the postings of discarded documents: nothing is left to vacuum.
    this._dirtCount = 0;
  }

  /** The state `restore` takes back; postings of discarded documents are left out. */
  snapshot(): { body: object; terms: string[]; postings: Uint32Array } {
    this.commit();
    const terms: string[] = [];
    const blocks: (Uint32Array | number[])[] = [];
    const dead: string[] = [];
    let size = 0;
    for (const [term, data] of this._index) {
      const words = data instanceof PackedPostings && this._dirtCount === 0 ? data.packedWords() : null;
      const block = words ?? this.liveBlock(data as Postings);
      if (!block) {
        dead.push(term);
        continue;
      }
      terms.push(term);
      blocks.push(block);
      size += block.length;
    }
    for (const term of dead) this._index.delete(term);
    const postings = new Uint32Array(size);
    let k = 0;
    for (const block of blocks) {
      postings.set(block, k);
      k += block.length;
    }
    return {
      body: {
        documentCount: this._documentCount,
        nextId: this._nextId,
        avgFieldLength: this._avgFieldLength,
        dirtCount: this._dirtCount,
        documentIds: [...this._documentIds],
        fieldLength: [...this._fieldLength],
      },
      terms,
      postings,
    };
  }

  private surfaceId(token: string): number {
    let id = this.surfaceIds.get(token);
    if (id === undefined) {
      id = this.surfaces.length;
      // A token is a slice of its document's text and would keep all of it alive: store a copy.
      const own = detach(token);
      this.surfaceIds.set(own, id);
      this.surfaces.push(own);
      this.df.push(0);
      if (id >= this.surfaceTerm.length) {
        const grown = new Int32Array(this.surfaceTerm.length * 2).fill(-2);
        grown.set(this.surfaceTerm);
        this.surfaceTerm = grown;
        const seen = new Int32Array(grown.length);
        seen.set(this.lastSeen);
        this.lastSeen = seen;
      }
    }
    return id;
  }

  private termIdOfSurface(sid: number, cache: TermCache): number {
    let tid = this.surfaceTerm[sid]!;
    if (tid === -2) {
      const term = cache.term(this.surfaces[sid]!);
      tid = term === null ? -1 : this.termId(term);
      this.surfaceTerm[sid] = tid;
    }
    return tid;
  }

  private termId(term: string): number {
    let tid = this.termIds.get(term);
    if (tid === undefined) {
      tid = this.termNames.length;
      const own = detach(term);
      this.termIds.set(own, tid);
      this.termNames.push(own);
      if (tid >= this.termCounts.length) {
        const grown = new Int32Array(this.termCounts.length * 2);
        grown.set(this.termCounts);
        this.termCounts = grown;
      }
    }
    return tid;
  }

  /** A term's postings in packed layout, without discarded documents; null if none is left. */
  private liveBlock(data: Postings, extra?: Map<number, number[]>): number[] | null {
    const fields = new Map<number, number[]>();
    const keep = (fieldId: number, doc: number, freq: number) => {
      if (!this._documentIds.has(doc)) return;
      let list = fields.get(fieldId);
      if (!list) fields.set(fieldId, (list = []));
      list.push(doc, freq);
    };
    if (data instanceof PackedPostings && data.isPacked) {
      const words = data.packedWords()!;
      let k = 1;
      for (let f = 0; f < words[0]!; f++) {
        const fieldId = words[k]!;
        const n = words[k + 1]!;
        for (let j = 0, at = k + 2; j < n; j++, at += 2) keep(fieldId, words[at]!, words[at + 1]!);
        k += 2 + 2 * n;
      }
    } else {
      for (const [fieldId, docs] of data) for (const [doc, freq] of docs) keep(fieldId, doc, freq);
    }
    if (extra) for (const [fieldId, pairs] of extra) for (let j = 0; j < pairs.length; j += 2) keep(fieldId, pairs[j]!, pairs[j + 1]!);
    if (fields.size === 0) return null;
    const block: number[] = [fields.size];
    for (const [fieldId, pairs] of [...fields].sort((a, b) => a[0] - b[0])) {
      block.push(fieldId, pairs.length / 2);
      for (const x of pairs) block.push(x);
    }
    return block;
  }

  private push(tid: number, fieldId: number, shortId: number, freq: number): void {
    if (this.pendingLength + 4 > this.pending.length) {
      const grown = new Uint32Array(this.pending.length * 2);
      grown.set(this.pending);
      this.pending = grown;
    }
    const q = this.pending;
    const k = this.pendingLength;
    q[k] = tid;
    q[k + 1] = fieldId;
    q[k + 2] = shortId;
    q[k + 3] = freq;
    this.pendingLength = k + 4;
  }

  /**
   * Moves pending postings into MiniSearch's index, packed. New terms (the bulk of a first
   * build) are laid out straight into one buffer by a counting sort on (term, field); terms
   * that already had postings are merged with them.
   */
  commit(): void {
    const n = this.pendingLength / 4;
    if (n === 0) return;
    const q = this.pending;
    const termCount = this.termNames.length;
    const F = FIELDS.length;
    const existing: (Postings | undefined)[] = new Array(termCount);
    const isNew = new Uint8Array(termCount);
    for (let t = 0; t < termCount; t++) {
      existing[t] = this._index.get(this.termNames[t]!) as Postings | undefined;
      if (!existing[t]) isNew[t] = 1;
    }
    // Pass 1: live postings per (new term, field); merges collect their own lists.
    const counts = new Uint32Array(termCount * F);
    const live = new Uint8Array(n);
    const merges = new Map<number, Map<number, number[]>>();
    for (let i = 0; i < n; i++) {
      const k = i * 4;
      const t = q[k]!;
      if (!this._documentIds.has(q[k + 2]!)) continue;
      live[i] = 1;
      if (isNew[t]) counts[t * F + q[k + 1]!]! += 1;
      else {
        let fields = merges.get(t);
        if (!fields) merges.set(t, (fields = new Map()));
        let list = fields.get(q[k + 1]!);
        if (!list) fields.set(q[k + 1]!, (list = []));
        list.push(q[k + 2]!, q[k + 3]!);
      }
    }
    // Layout of the new terms: [nFields, (fieldId, n, pairs...)...] each.
    const termStart = new Int32Array(termCount).fill(-1);
    const fieldAt = new Uint32Array(termCount * F);
    let size = 0;
    for (let t = 0; t < termCount; t++) {
      if (!isNew[t]) continue;
      let nFields = 0;
      let words = 1;
      for (let f = 0; f < F; f++) {
        const c = counts[t * F + f]!;
        if (c === 0) continue;
        nFields++;
        words += 2 + 2 * c;
      }
      if (nFields === 0) continue;
      termStart[t] = size;
      size += words;
    }
    const mergedBlocks: [number, number[]][] = [];
    for (const [t, fields] of merges) {
      const block = this.liveBlock(existing[t]!, fields);
      if (block) {
        mergedBlocks.push([t, block]);
        size += block.length;
      } else {
        this._index.delete(this.termNames[t]!);
      }
    }
    const buffer = new Uint32Array(size);
    for (let t = 0; t < termCount; t++) {
      const start = termStart[t]!;
      if (start < 0) continue;
      let k = start + 1;
      let nFields = 0;
      for (let f = 0; f < F; f++) {
        const c = counts[t * F + f]!;
        if (c === 0) continue;
        nFields++;
        buffer[k] = f;
        buffer[k + 1] = c;
        fieldAt[t * F + f] = k + 2;
        k += 2 + 2 * c;
      }
      buffer[start] = nFields;
    }
    // Pass 2: fill the pairs, in document order.
    for (let i = 0; i < n; i++) {
      if (!live[i]) continue;
      const k = i * 4;
      const t = q[k]!;
      if (!isNew[t]) continue;
      const slot = t * F + q[k + 1]!;
      const at = fieldAt[slot]!;
      buffer[at] = q[k + 2]!;
      buffer[at + 1] = q[k + 3]!;
      fieldAt[slot] = at + 2;
    }
    for (let t = 0; t < termCount; t++) {
      if (termStart[t]! >= 0) this._index.set(this.termNames[t]!, new PackedPostings(buffer, termStart[t]!));
    }
    let k = size - mergedBlocks.reduce((sum, [, b]) => sum + b.length, 0);
    for (const [t, block] of mergedBlocks) {
      buffer.set(block, k);
      this._index.set(this.termNames[t]!, new PackedPostings(buffer, k));
      k += block.length;
    }
    this.pendingLength = 0;
    if (this.pending.length > 1 << 16) this.pending = new Uint32Array(1 << 16);
  }

  /** Frees the build-time tables (rebuilt on demand by the next addition). */
  releaseBuildTables(): void {
    this.commit();
    this.termIds.clear();
    this.termNames.length = 0;
    this.surfaceTerm.fill(-2);
    this.termCounts = new Int32Array(1024);
  }

  /** Adds (or replaces) a document. Each distinct term of the document costs one Map.set in its postings. */
  addAnalysed(doc: IndexDoc, cache: TermCache): void {
    if (this.has(doc.id)) this.removeDoc(doc.id);
    const shortId = this._nextId++;
    this._idToShortId.set(doc.id, shortId);
    this._documentIds.set(shortId, doc.id);
    this._documentCount += 1;

    const titleTokens = tokenize(doc.title);
    const textTokens = tokenize(doc.text);
    const n = titleTokens.length + 1 + textTokens.length;
    if (this.scratch.length < n) this.scratch = new Uint32Array(n * 2);
    const ids = this.scratch;
    let k = 0;
    for (const t of titleTokens) ids[k++] = this.surfaceId(t);
    ids[k++] = BREAK;
    for (const t of textTokens) ids[k++] = this.surfaceId(t);

    // Per-document counts of text terms, and document frequencies of surface words.
    const stamp = ++this.seenStamp;
    const touched: number[] = [];
    for (let i = 0; i < n; i++) {
      const sid = ids[i]!;
      if (this.lastSeen[sid] !== stamp) {
        this.lastSeen[sid] = stamp;
        this.df[sid]! += 1;
      }
      if (i <= titleTokens.length) continue;
      const tid = this.termIdOfSurface(sid, cache);
      if (tid < 0) continue;
      if (this.termCounts[tid] === 0) touched.push(tid);
      this.termCounts[tid]! += 1;
    }
    const width16 = this.surfaces.length < 65536;
    this.positions.set(doc.id, width16 ? new Uint16Array(ids.subarray(0, n)) : ids.slice(0, n));

    const textId = this._fieldIds.text!;
    this.addFieldLengthOf(shortId, textId, this._documentCount - 1, touched.length);
    for (const tid of touched) {
      this.push(tid, textId, shortId, this.termCounts[tid]!);
      this.termCounts[tid] = 0;
    }

    const count = (tokens: string[]) => {
      const m = new Map<string, number>();
      for (const tok of tokens) {
        const t = cache.term(tok);
        if (t !== null) m.set(t, (m.get(t) ?? 0) + 1);
      }
      return m;
    };
    const small: [IndexField, Map<string, number> | null][] = [
      ['title', count(titleTokens)],
      ['authors', doc.authors.length ? count(tokenize(doc.authors.join(' '))) : null],
      ['publisher', doc.publisher ? count(tokenize(doc.publisher)) : null],
      ['entities', doc.entities.length ? count(tokenize(doc.entities.join(' '))) : null],
    ];
    for (const [field, fieldCounts] of small) {
      if (!fieldCounts) continue;
      const fieldId = this._fieldIds[field]!;
      this.addFieldLengthOf(shortId, fieldId, this._documentCount - 1, fieldCounts.size);
      for (const [term, freq] of fieldCounts) this.push(this.termId(term), fieldId, shortId, freq);
    }
    const meta: DocMeta = {
      hash: doc.contentHash,
      title: doc.title,
      authors: doc.authors,
      publisher: doc.publisher,
      date: doc.publishedAt,
      ...dateSpan(doc.publishedAt),
    };
    this.meta.set(doc.id, meta);
    this.hitInfo.set(shortId, hitInfoOf(doc.id, meta));
  }

  /** What a search hit reports, by short id (undefined for a discarded document). */
  hit(shortId: number): HitInfo | undefined {
    return this.hitInfo.get(shortId);
  }

  /** Same bookkeeping as MiniSearch's own (private) addFieldLength. */
  private addFieldLengthOf(shortId: number, fieldId: number, count: number, length: number): void {
    let lengths = this._fieldLength.get(shortId);
    if (!lengths) this._fieldLength.set(shortId, (lengths = []));
    lengths[fieldId] = length;
    const avg = this._avgFieldLength[fieldId] ?? 0;
    this._avgFieldLength[fieldId] = (avg * count + length) / (count + 1);
  }

  removeDoc(id: string): void {
    if (!this.has(id)) return;
    this.hitInfo.delete(this._idToShortId.get(id)!);
    this.discard(id);
    const ids = this.positions.get(id);
    if (ids) {
      const stamp = ++this.seenStamp;
      for (const s of ids) {
        if (this.lastSeen[s] !== stamp) {
          this.lastSeen[s] = stamp;
          this.df[s]! -= 1;
        }
      }
    }
    this.positions.delete(id);
    this.meta.delete(id);
  }

  /* ---------- query-time helpers ---------- */

  /** Index terms starting with `prefix`, most frequent first, at most `limit`. */
  expandPrefix(prefix: string, limit: number, fields: readonly IndexField[] | null): string[] {
    const found: [string, number, number][] = [];
    for (const [term, data] of this._index.atPrefix(prefix)) {
      const df = this.docFrequency(data as Postings, fields);
      found.push([term, df, df]);
    }
    return this.withinBudget(found, limit);
  }

  /** Index terms within `distance` edits of `term`, closest and most frequent first. */
  expandFuzzy(term: string, distance: number, limit: number, fields: readonly IndexField[] | null): string[] {
    const found: [string, number, number][] = [];
    for (const [t, [data, d]] of this._index.fuzzyGet(term, distance)) {
      const df = this.docFrequency(data as Postings, fields);
      // Closer first, then more frequent.
      found.push([t, df - d * 1e9, df]);
    }
    return this.withinBudget(found, limit);
  }

  /**
   * The best `limit` candidates, and no more than a posting budget (twice the documents of the
   * shard): a 2-letter prefix must not turn one query into a scan of the whole index.
   */
  private withinBudget(found: [term: string, rank: number, df: number][], limit: number): string[] {
    found.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const budget = 2 * this.documentCount;
    const out: string[] = [];
    let spent = 0;
    for (const [term, , df] of found) {
      if (out.length >= limit || (out.length > 0 && spent + df > budget)) break;
      out.push(term);
      spent += df;
    }
    return out;
  }

  hasTerm(term: string): boolean {
    return this._index.has(term);
  }

  private docFrequency(data: Postings, fields: readonly IndexField[] | null): number {
    const fieldIds = fields ? fields.map((f) => this._fieldIds[f]!) : null;
    if (data instanceof PackedPostings) return data.documentFrequency(fieldIds);
    let n = 0;
    for (const [fieldId, docs] of data) if (!fieldIds || fieldIds.includes(fieldId)) n += docs.size;
    return n;
  }

  /**
   * BM25+ scores by document short id for any (`OR`) or all (`AND`) of the index terms: the
   * formula, parameters and boosts of MiniSearch's own search (termResults), multiplied like its
   * search() by the number of query terms matched. Reads the postings in place, packed or not,
   * and builds no per-result objects: the hot loop of every query.
   */
  scoreTerms(terms: string[], combineWith: 'OR' | 'AND', fields: readonly IndexField[] | null): Map<number, number> {
    let total: Map<number, number> | null = null;
    const matched = new Map<number, number>();
    const fieldList = fields ?? FIELDS;
    for (const term of new Set(terms)) {
      const data = this._index.get(term) as Postings | undefined;
      const scores = new Map<number, number>();
      if (data) for (const field of fieldList) this.addFieldScores(data, field, scores);
      if (combineWith === 'AND') {
        if (total === null) total = scores;
        else {
          const next = new Map<number, number>();
          for (const [doc, s] of scores) {
            const t = total.get(doc);
            if (t !== undefined) next.set(doc, t + s);
          }
          total = next;
        }
        if (total.size === 0) return total;
      } else if (total === null) {
        total = scores;
        for (const doc of scores.keys()) matched.set(doc, 1);
      } else {
        for (const [doc, s] of scores) {
          total.set(doc, (total.get(doc) ?? 0) + s);
          matched.set(doc, (matched.get(doc) ?? 0) + 1);
        }
      }
    }
    if (total === null) return new Map();
    const distinct = new Set(terms).size;
    if (distinct === 1) return total;
    for (const [doc, s] of total) total.set(doc, s * (combineWith === 'AND' ? distinct : matched.get(doc)!));
    return total;
  }

  /**
   * Field lengths by field id, then short id, as dense arrays (-1: no such document): the
   * scoring loop reads them instead of a Map lookup per posting. Rebuilt when documents change.
   */
  private fieldLengths(): Float64Array[] {
    const key = `${this._nextId}:${this._documentCount}:${this._fieldLength.size}`;
    if (this.lengthCache?.key === key) return this.lengthCache.lengths;
    const size = this._nextId;
    const lengths = FIELDS.map(() => new Float64Array(size).fill(-1));
    for (const [shortId, perField] of this._fieldLength) {
      if (shortId >= size) continue;
      for (let f = 0; f < lengths.length; f++) lengths[f]![shortId] = perField[f] ?? NaN;
    }
    this.lengthCache = { key, lengths };
    return lengths;
  }
  private lengthCache: { key: string; lengths: Float64Array[] } | null = null;

  private addFieldScores(data: Postings, field: IndexField, scores: Map<number, number>): void {
    const fieldId = this._fieldIds[field]!;
    const boost = BOOST[field];
    const avg = this._avgFieldLength[fieldId]!;
    const total = this._documentCount;
    const block = data instanceof PackedPostings ? data.fieldBlock(fieldId) : null;
    if (block) {
      const [p, start, n] = block;
      const idf = Math.log(1 + (total - n + 0.5) / (n + 0.5));
      const lengths = this.fieldLengths()[fieldId]!;
      for (let k = start, end = start + 2 * n; k < end; k += 2) {
        const doc = p[k]!;
        const length = doc < lengths.length ? lengths[doc]! : -1;
        if (length === -1) continue; // discarded, not yet vacuumed
        const s = boost * bm25(p[k + 1]!, idf, length, avg);
        scores.set(doc, (scores.get(doc) ?? 0) + s);
      }
      return;
    }
    if (data instanceof PackedPostings && data.isPacked) return; // field absent
    const docs = data.get(fieldId);
    if (!docs) return;
    const idf = Math.log(1 + (total - docs.size + 0.5) / (docs.size + 0.5));
    for (const [doc, tf] of docs) {
      const lengths = this._fieldLength.get(doc);
      if (!lengths) continue;
      const s = boost * bm25(tf, idf, lengths[fieldId]!, avg);
      scores.set(doc, (scores.get(doc) ?? 0) + s);
    }
  }

  /** Short ids of every document. */
  shortIds(): IterableIterator<number> {
    return this._documentIds.keys();
  }

  idOf(shortId: number): string | undefined {
    return this._documentIds.get(shortId) as string | undefined;
  }

  /** Whether the document contains these surface tokens consecutively (title or text). */
  hasPhrase(id: string, phraseIds: number[]): boolean {
    const ids = this.positions.get(id);
    const n = phraseIds.length;
    if (!ids || n === 0) return false;
    // Anchor on the phrase's rarest word and let the native indexOf find its occurrences.
    let anchor = 0;
    for (let j = 1; j < n; j++) if (this.df[phraseIds[j]!]! < this.df[phraseIds[anchor]!]!) anchor = j;
    const word = phraseIds[anchor]!;
    const last = ids.length - n + anchor;
    for (let i = ids.indexOf(word, anchor); i >= 0 && i <= last; i = ids.indexOf(word, i + 1)) {
      const start = i - anchor;
      let j = 0;
      while (j < n && ids[start + j] === phraseIds[j]) j++;
      if (j === n) return true;
    }
    return false;
  }

  /** Surface ids of a phrase's tokens, or null when one of them occurs nowhere in this shard. */
  phraseIds(tokens: string[]): number[] | null {
    const out: number[] = [];
    for (const t of tokens) {
      const id = this.surfaceIds.get(t);
      if (id === undefined) return null;
      out.push(id);
    }
    return out;
  }

  /** Surface words starting with `prefix` and their document frequency. */
  completions(prefix: string, into: Map<string, number>): void {
    for (let id = 1; id < this.surfaces.length; id++) {
      const s = this.surfaces[id]!;
      if (s.startsWith(prefix) && this.df[id]! > 0 && termOf(s) !== null) into.set(s, (into.get(s) ?? 0) + this.df[id]!);
    }
  }

  /** Restores the positional store and dictionary (loader). */
  restoreStore(surfaces: string[], df: number[], metas: [string, DocMeta][], positions: (Uint16Array | Uint32Array)[]): void {
    this.surfaces = surfaces;
    this.df = df;
    this.surfaceIds.clear();
    for (let i = 1; i < surfaces.length; i++) this.surfaceIds.set(surfaces[i]!, i);
    const size = Math.max(1024, surfaces.length * 2);
    this.surfaceTerm = new Int32Array(size).fill(-2);
    this.lastSeen = new Int32Array(size);
    metas.forEach(([id, m], i) => {
      this.meta.set(id, m);
      this.positions.set(id, positions[i]!);
      const shortId = this._idToShortId.get(id);
      if (shortId !== undefined) this.hitInfo.set(shortId, hitInfoOf(id, m));
    });
  }

  /** Drops postings of discarded documents once enough of them piled up. */
  // No vacuum(): it would unpack every term. Saving drops discarded documents' postings instead.
}

/** A copy of `s` that does not share memory with the (large) string it was cut from. */
export function detach(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}

