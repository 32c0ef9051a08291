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
import { foldAccents } from '../../shared/fold';
import type { IndexDoc } from './engine-types';
import { type DocScores, NO_DOCS } from './doc-scores';
import { DocTable } from './doc-table';
import { ENTITIES } from './entity-table';
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

/**
 * One field's postings of a term as (short id, frequency) pairs: [words, first word, count].
 * Packed postings are read in place; a term MiniSearch itself unpacked is copied (rare).
 */
function fieldPairs(data: Postings, fieldId: number): [Uint32Array, number, number] | null {
  if (data instanceof PackedPostings && data.isPacked) return data.fieldBlock(fieldId);
  const docs = data.get(fieldId);
  if (!docs || docs.size === 0) return null;
  const pairs = new Uint32Array(docs.size * 2);
  let k = 0;
  for (const [doc, tf] of docs) {
    pairs[k++] = doc;
    pairs[k++] = tf;
  }
  return [pairs, 0, docs.size];
}

export class ShardIndex extends MiniSearch<IndexDoc> {
  readonly meta = new Map<string, DocMeta>();
  /**
   * By short id: the id, the positional store (token ids of title, BREAK, text), dates and facet
   * codes — what queries read per matching document.
   */
  readonly table = new DocTable();
  /** Changes whenever a document is added or removed (caches of per-document data key on it). */
  version = 0;
  /**
   * Surface dictionary: lowercase tokens with accents folded (café and cafe are one surface word,
   * so phrases match either spelling); id 0 is BREAK. Accented tokens seen are also keys here
   * (aliases: one lookup per token while indexing).
   */
  readonly surfaceIds = new Map<string, number>();
  surfaces: string[] = [''];
  /** How a folded surface word was written (the first accented form seen), for completions. */
  readonly forms = new Map<number, string>();
  /** Number of documents containing each surface word. */
  df: number[] = [0];
  /** Number of documents mentioning each entity, by code (entity-table.ts): the library's entity list. */
  entityDocs = new Int32Array(0);

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
    this.version++;
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
    const id = this.surfaceIds.get(token);
    if (id !== undefined) return id;
    const folded = foldAccents(token);
    if (folded === token) return this.newSurface(token);
    // An accented token: its folded surface word, and an alias so that the next one is one lookup.
    const own = detach(token);
    const sid = this.surfaceIds.get(folded) ?? this.newSurface(folded);
    this.surfaceIds.set(own, sid);
    if (!this.forms.has(sid)) this.forms.set(sid, own);
    return sid;
  }

  private newSurface(folded: string): number {
    const id = this.surfaces.length;
    // A token is a slice of its document's text and would keep all of it alive: store a copy.
    const own = detach(folded);
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
    return id;
  }

  /** Counts a document's entities in (+1) or out (-1) of the shard's entity list. */
  private countEntities(codes: Int32Array | undefined, delta: 1 | -1): void {
    if (!codes) return;
    for (let i = 0; i < codes.length; i++) {
      const code = codes[i]!;
      if (code >= this.entityDocs.length) {
        const grown = new Int32Array(Math.max(64, ENTITIES.size, this.entityDocs.length * 2));
        grown.set(this.entityDocs);
        this.entityDocs = grown;
      }
      this.entityDocs[code]! += delta;
    }
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
    const positions = width16 ? new Uint16Array(ids.subarray(0, n)) : ids.slice(0, n);

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
      ['entities', doc.entities.length ? count(tokenize(doc.entities.map((e) => e.name).join(' '))) : null],
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
    const entities = ENTITIES.codesOf(doc.entities);
    this.table.set(shortId, doc.id, positions, meta, entities);
    this.countEntities(entities, 1);
    this.version++;
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
    const shortId = this._idToShortId.get(id)!;
    const ids = this.table.positions[shortId];
    this.countEntities(this.table.entitiesOf(shortId), -1);
    this.table.clear(shortId);
    this.discard(id);
    this.version++;
    if (ids) {
      const stamp = ++this.seenStamp;
      for (const s of ids) {
        if (this.lastSeen[s] !== stamp) {
          this.lastSeen[s] = stamp;
          this.df[s]! -= 1;
        }
      }
    }
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
   * BM25+ scores for any (`OR`) or all (`AND`) of the index terms, as a sorted list: the formula,
   * parameters and boosts of MiniSearch's own search (termResults), multiplied like its search()
   * by the number of query terms a document matched. Reads the postings in place, packed or not,
   * into dense per-shard accumulators: the hot loop of every query allocates only its result.
   */
  scoreTerms(terms: string[], combineWith: 'OR' | 'AND', fields: readonly IndexField[] | null): DocScores {
    const distinct = [...new Set(terms)];
    if (distinct.length === 0) return NO_DOCS;
    const postings: Postings[] = [];
    for (const term of distinct) {
      const data = this._index.get(term) as Postings | undefined;
      if (data) postings.push(data);
      else if (combineWith === 'AND') return NO_DOCS;
    }
    const s = this.scratchFor(this._nextId);
    const { acc, matched, mark, touched } = s;
    const lengths = this.fieldLengths();
    const fieldList = fields ?? FIELDS;
    const total = this._documentCount;
    let count = 0;
    for (const data of postings) {
      const stamp = this.nextMark();
      for (const field of fieldList) {
        const fieldId = this._fieldIds[field]!;
        const block = fieldPairs(data, fieldId);
        if (!block) continue;
        const [p, start, n] = block;
        const boost = BOOST[field];
        const avg = this._avgFieldLength[fieldId]!;
        const fieldLength = lengths[fieldId]!;
        const idf = Math.log(1 + (total - n + 0.5) / (n + 0.5));
        for (let k = start, end = start + 2 * n; k < end; k += 2) {
          const doc = p[k]!;
          const length = doc < fieldLength.length ? fieldLength[doc]! : -1;
          if (length === -1) continue; // discarded, not yet vacuumed
          if (mark[doc] !== stamp) {
            mark[doc] = stamp;
            if (matched[doc]!++ === 0) touched[count++] = doc;
          }
          acc[doc]! += boost * bm25(p[k + 1]!, idf, length, avg);
        }
      }
    }
    const required = combineWith === 'AND' ? distinct.length : 1;
    const order = touched.subarray(0, count).sort();
    const docs = new Int32Array(count);
    const scores = new Float64Array(count);
    let k = 0;
    for (let i = 0; i < count; i++) {
      const doc = order[i]!;
      const m = matched[doc]!;
      if (m >= required) {
        docs[k] = doc;
        scores[k++] = acc[doc]! * m;
      }
      acc[doc] = 0;
      matched[doc] = 0;
    }
    return { docs, scores, length: k };
  }

  /** Per-document accumulators of scoreTerms, as large as the shard's short ids; all zero between calls. */
  private scratchFor(size: number): { acc: Float64Array; matched: Uint16Array; mark: Int32Array; touched: Int32Array } {
    if (this.scoring.acc.length < size) {
      const n = Math.max(size, this.scoring.acc.length * 2, 64);
      this.scoring = { acc: new Float64Array(n), matched: new Uint16Array(n), mark: new Int32Array(n), touched: new Int32Array(n) };
      this.markCounter = 0;
    }
    return this.scoring;
  }
  private scoring = { acc: new Float64Array(0), matched: new Uint16Array(0), mark: new Int32Array(0), touched: new Int32Array(0) };
  private markCounter = 0;

  /** A new value for `mark` (which term last touched a document), wrapping before Int32 overflows. */
  private nextMark(): number {
    if (this.markCounter >= 0x7ffffff0) {
      this.scoring.mark.fill(0);
      this.markCounter = 0;
    }
    return ++this.markCounter;
  }

  /**
   * Field lengths by field id, then short id, as dense arrays (-1: no such document): the
   * scoring loop reads them instead of a Map lookup per posting. Rebuilt when documents change.
   */
  private fieldLengths(): Float64Array[] {
    if (this.lengthCache?.version === this.version) return this.lengthCache.lengths;
    const size = this._nextId;
    const lengths = FIELDS.map(() => new Float64Array(size).fill(-1));
    for (const [shortId, perField] of this._fieldLength) {
      if (shortId >= size) continue;
      for (let f = 0; f < lengths.length; f++) lengths[f]![shortId] = perField[f] ?? NaN;
    }
    this.lengthCache = { version: this.version, lengths };
    return lengths;
  }
  private lengthCache: { version: number; lengths: Float64Array[] } | null = null;

  /** Every document, score 0 (for queries made only of filters or exclusions). */
  allDocs(): DocScores {
    if (this.allCache?.version === this.version) return this.allCache.all;
    const docs = Int32Array.from(this._documentIds.keys()).sort();
    const all: DocScores = { docs, scores: new Float64Array(docs.length), length: docs.length };
    this.allCache = { version: this.version, all };
    return all;
  }
  private allCache: { version: number; all: DocScores } | null = null;

  idOf(shortId: number): string | undefined {
    return this.table.ids[shortId];
  }

  shortIdOf(id: string): number | undefined {
    return this._idToShortId.get(id);
  }

  /**
   * The candidates that contain these surface tokens consecutively. One loop, no callback per
   * document: this is the heaviest part of a phrase query. Each candidate is scanned for the
   * phrase word found in the fewest documents of the shard, which the native indexOf finds.
   */
  withPhrase(candidates: DocScores, phraseIds: number[]): DocScores {
    const n = phraseIds.length;
    const docs = new Int32Array(candidates.length);
    const scores = new Float64Array(candidates.length);
    let kept = 0;
    if (n === 0) return { docs, scores, length: 0 };
    let anchor = 0;
    for (let j = 1; j < n; j++) if (this.df[phraseIds[j]!]! < this.df[phraseIds[anchor]!]!) anchor = j;
    const word = phraseIds[anchor]!;
    const positions = this.table.positions;
    for (let d = 0; d < candidates.length; d++) {
      const doc = candidates.docs[d]!;
      const ids = positions[doc];
      if (!ids) continue;
      const last = ids.length - n + anchor;
      for (let i = ids.indexOf(word, anchor); i >= 0 && i <= last; i = ids.indexOf(word, i + 1)) {
        const start = i - anchor;
        let j = 0;
        while (j < n && ids[start + j] === phraseIds[j]) j++;
        if (j === n) {
          docs[kept] = doc;
          scores[kept++] = candidates.scores[d]!;
          break;
        }
      }
    }
    return { docs, scores, length: kept };
  }

  /** Surface ids of a phrase's tokens (accents folded here), or null when one of them occurs nowhere in this shard. */
  phraseIds(tokens: string[]): number[] | null {
    const out: number[] = [];
    for (const t of tokens) {
      const id = this.surfaceIds.get(foldAccents(t));
      if (id === undefined) return null;
      out.push(id);
    }
    return out;
  }

  /** Surface words starting with `prefix` (folded), as written, and their document frequency. */
  completions(prefix: string, into: Map<string, number>): void {
    for (let id = 1; id < this.surfaces.length; id++) {
      const s = this.surfaces[id]!;
      if (!s.startsWith(prefix) || this.df[id]! <= 0 || termOf(s) === null) continue;
      const word = this.forms.get(id) ?? s;
      into.set(word, (into.get(word) ?? 0) + this.df[id]!);
    }
  }

  /** Restores the positional store, dictionary and entities (loader); `entities[i]` are the codes of `metas[i]`. */
  restoreStore(
    surfaces: string[],
    df: number[],
    forms: [number, string][],
    metas: [string, DocMeta][],
    positions: (Uint16Array | Uint32Array)[],
    entities: (Int32Array | undefined)[],
  ): void {
    this.surfaces = surfaces;
    this.df = df;
    this.surfaceIds.clear();
    for (let i = 1; i < surfaces.length; i++) this.surfaceIds.set(surfaces[i]!, i);
    this.forms.clear();
    for (const [id, form] of forms) this.forms.set(id, form);
    const size = Math.max(1024, surfaces.length * 2);
    this.surfaceTerm = new Int32Array(size).fill(-2);
    this.lastSeen = new Int32Array(size);
    metas.forEach(([id, m], i) => {
      this.meta.set(id, m);
      const shortId = this._idToShortId.get(id);
      if (shortId === undefined) return;
      this.table.set(shortId, id, positions[i]!, m, entities[i]);
      this.countEntities(entities[i], 1);
    });
    this.version++;
  }

  /** The entity codes of a document (for saving). */
  entitiesOf(id: string): Int32Array | undefined {
    const shortId = this._idToShortId.get(id);
    return shortId === undefined ? undefined : this.table.entitiesOf(shortId);
  }

  /** The positional store of a document (for saving). */
  positionsOf(id: string): Uint16Array | Uint32Array | undefined {
    const shortId = this._idToShortId.get(id);
    return shortId === undefined ? undefined : this.table.positions[shortId];
  }

  /** Drops postings of discarded documents once enough of them piled up. */
  // No vacuum(): it would unpack every term. Saving drops discarded documents' postings instead.
}

/** A copy of `s` that does not share memory with the (large) string it was cut from. */
export function detach(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}

