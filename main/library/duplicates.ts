/**
 * Duplicate articles: the same file twice (a copy in another folder, an import of a file already there) and
 * near duplicates (one wire story republished by several outlets with small edits: another headline, a
 * trimmed last paragraph, "said on Tuesday" for "said Tuesday").
 *
 * Each article text gets a signature when it is read (at index time), kept by content hash in
 * `.dossier/duplicates.json` (derived data, rebuilt when missing):
 * - a hash of the normalised text (case, punctuation and white space folded): equal hashes are exact copies,
 *   also when the files differ in line endings, encoding or format;
 * - a MinHash sketch of the text's word 5-shingles (one-permutation hashing into 64 bins, empty bins filled
 *   by rotation), which estimates the Jaccard resemblance of two texts' shingle sets.
 *
 * Thresholds: two texts are near duplicates when the estimated resemblance is at least 0.5, or when at
 * least 80% of the shorter text's shingles are in the longer one (a trimmed republication) and the
 * resemblance is at least 0.3. Five-word shingles make a one-word edit cost five shingles; two different
 * reports of one event, even quoting the same sentence, share well under 20% of their shingles, while a
 * republished wire story shares most of them. Texts under 30 shingles (about 35 words) are compared
 * only for exact equality: too short to tell a copy from a shared quotation. Candidate pairs come from
 * locality-sensitive hashing (21 bands of 3 bins: a pair at resemblance 0.5 is found with probability
 * 0.94, at 0.7 with 0.9999) and are then checked on the whole sketch, so the work grows with the library,
 * not with its square.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { UnionFind } from '../../shared/union-find';
import { sha256, writeFileAtomic } from './atomic-write';

export const DUPLICATES_FILE = 'duplicates.json';
const FILE_VERSION = 1;
const BINS = 64;
const BIN_BITS = 6;
const VALUE_MASK = (1 << (32 - BIN_BITS)) - 1;
const SHINGLE = 5;
const BAND_ROWS = 3;
const MIN_SHINGLES = 30;
export const NEAR_RESEMBLANCE = 0.5;
export const TRIMMED_CONTAINMENT = 0.8;
export const TRIMMED_RESEMBLANCE = 0.3;

export interface Signature {
  /** First 16 hex characters of the sha256 of the normalised text. */
  text: string;
  shingles: number;
  /** BINS minimum hash values (uint32). */
  sketch: Uint32Array;
}

/* ---------- signatures ---------- */

function fnv1a(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) {
    h ^= word.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** MurmurHash3's finaliser: spreads the bits of a 32-bit value. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const rotl = (x: number, r: number) => ((x << r) | (x >>> (32 - r))) >>> 0;

/** The words of a text, folded: lower case, accents and punctuation gone, curly and straight apostrophes one. */
export function normalisedWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .match(/[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu) ?? [];
}

export function signatureOf(text: string): Signature {
  const words = normalisedWords(text);
  const wordHashes = words.map(fnv1a);
  const sketch = new Uint32Array(BINS).fill(0xffffffff);
  const filled = new Uint8Array(BINS);
  const count = Math.max(0, wordHashes.length - SHINGLE + 1);
  for (let i = 0; i < count; i++) {
    let h = wordHashes[i]!;
    for (let k = 1; k < SHINGLE; k++) h ^= rotl(wordHashes[i + k]!, 7 * k);
    h = mix(h);
    const bin = h >>> (32 - BIN_BITS);
    const value = h & VALUE_MASK;
    if (value < sketch[bin]!) sketch[bin] = value;
    filled[bin] = 1;
  }
  // Densify: an empty bin borrows the next filled bin's value (circularly), marked by the distance.
  if (count > 0) {
    for (let b = 0; b < BINS; b++) {
      if (filled[b]) continue;
      for (let d = 1; d < BINS; d++) {
        const from = (b + d) % BINS;
        if (filled[from]) {
          sketch[b] = (sketch[from]! + d * (VALUE_MASK + 1)) >>> 0;
          break;
        }
      }
    }
  }
  return { text: sha256(words.join(' ')).slice(0, 16), shingles: count, sketch };
}

/** Estimated Jaccard resemblance of two texts' shingle sets. */
export function resemblance(a: Signature, b: Signature): number {
  if (a.shingles === 0 || b.shingles === 0) return a.text === b.text ? 1 : 0;
  let same = 0;
  for (let i = 0; i < BINS; i++) if (a.sketch[i] === b.sketch[i]) same++;
  return same / BINS;
}

/** Estimated share of the shorter text's shingles found in the longer one. */
export function containment(a: Signature, b: Signature): number {
  const j = resemblance(a, b);
  const small = Math.min(a.shingles, b.shingles);
  if (small === 0) return 0;
  return Math.min(1, (j * (a.shingles + b.shingles)) / ((1 + j) * small));
}

export type CopyKind = 'exact' | 'near';

/** Whether two signatures are copies of one text, and how. */
export function copyKind(a: Signature, b: Signature): { kind: CopyKind; similarity: number } | null {
  if (a.text === b.text) return { kind: 'exact', similarity: 1 };
  if (a.shingles < MIN_SHINGLES || b.shingles < MIN_SHINGLES) return null;
  const j = resemblance(a, b);
  if (j >= NEAR_RESEMBLANCE || (j >= TRIMMED_RESEMBLANCE && containment(a, b) >= TRIMMED_CONTAINMENT)) return { kind: 'near', similarity: Math.round(j * 100) / 100 };
  return null;
}

function encode(sig: Signature): string {
  return `${sig.text}:${sig.shingles}:${Buffer.from(sig.sketch.buffer, sig.sketch.byteOffset, sig.sketch.byteLength).toString('base64')}`;
}

function decode(value: unknown): Signature | undefined {
  if (typeof value !== 'string') return undefined;
  const m = /^([0-9a-f]{16}):(\d+):([A-Za-z0-9+/=]+)$/.exec(value);
  if (!m) return undefined;
  const bytes = Buffer.from(m[3]!, 'base64');
  if (bytes.length !== BINS * 4) return undefined;
  const sketch = new Uint32Array(BINS);
  for (let i = 0; i < BINS; i++) sketch[i] = bytes.readUInt32LE(i * 4);
  return { text: m[1]!, shingles: Number(m[2]), sketch };
}

/**
 * One key per band of the sketch (the bands groupCopies buckets by), as signed 64-bit integers in decimal,
 * for a database that finds candidate pairs with an index on them (main/team). Empty for texts too short
 * to be compared other than exactly. Two keys may collide: candidates are always checked with copyKind.
 */
export function bandKeys(sig: Signature): string[] {
  if (sig.shingles < MIN_SHINGLES) return [];
  const keys: string[] = [];
  for (let band = 0; band + BAND_ROWS <= BINS; band += BAND_ROWS) {
    let high = mix(band + 1);
    let low = mix(~band >>> 0);
    for (let r = 0; r < BAND_ROWS; r++) {
      high = mix(high ^ sig.sketch[band + r]!);
      low = mix(rotl(low, 11) ^ sig.sketch[band + r]!);
    }
    keys.push(BigInt.asIntN(64, (BigInt(high) << 32n) | BigInt(low)).toString());
  }
  return keys;
}

/** The sketch as bytes (little-endian uint32s), and back: how a database keeps it. */
export function sketchBytes(sig: Signature): Buffer {
  const bytes = Buffer.alloc(BINS * 4);
  for (let i = 0; i < BINS; i++) bytes.writeUInt32LE(sig.sketch[i]!, i * 4);
  return bytes;
}

export function signatureFromBytes(text: string, shingles: number, bytes: Uint8Array): Signature | undefined {
  if (bytes.length !== BINS * 4) return undefined;
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const sketch = new Uint32Array(BINS);
  for (let i = 0; i < BINS; i++) sketch[i] = view.readUInt32LE(i * 4);
  return { text, shingles, sketch };
}

/* ---------- groups ---------- */

export interface ArticleFacts {
  id: string;
  contentHash: string;
  path: string;
  publishedAt: string | null;
}

export interface CopyMember {
  id: string;
  /** How this member relates to the group's original ('exact' for the original itself). */
  kind: CopyKind;
  similarity: number;
}

export interface CopyGroup {
  /** The article shown for the group and counted as the source: the earliest published, then the fullest, then one not imported or renamed "(2)", then by path. */
  primary: string;
  /** Every member, the primary first. */
  members: CopyMember[];
}

export class CopyGroups {
  private readonly byId = new Map<string, CopyGroup>();
  constructor(readonly groups: CopyGroup[]) {
    for (const g of groups) for (const m of g.members) this.byId.set(m.id, g);
  }
  /** The group an article belongs to (undefined when it has no copies). */
  groupOf(id: string): CopyGroup | undefined {
    return this.byId.get(id);
  }
  /** The id counted for this article: its group's primary, or itself. */
  primaryOf(id: string): string {
    return this.byId.get(id)?.primary ?? id;
  }
}

/** Groups the articles whose signatures say they are copies of one another. */
export function groupCopies(articles: readonly ArticleFacts[], signatureOf: (contentHash: string) => Signature | undefined): CopyGroups {
  const items = articles.map((a) => ({ a, sig: signatureOf(a.contentHash) })).filter((x): x is { a: ArticleFacts; sig: Signature } => !!x.sig);
  const sets = new UnionFind(items.length);
  const find = (i: number) => sets.find(i);
  const unite = (i: number, j: number) => sets.unite(i, j);
  const checked = new Set<number>();
  const consider = (i: number, j: number) => {
    if (find(i) === find(j)) return;
    const pair = i < j ? i * items.length + j : j * items.length + i;
    if (checked.has(pair)) return;
    checked.add(pair);
    if (copyKind(items[i]!.sig, items[j]!.sig)) unite(i, j);
  };
  // Exact copies: same text hash.
  const byText = new Map<string, number>();
  items.forEach((x, i) => {
    const other = byText.get(x.sig.text);
    if (other !== undefined) unite(other, i);
    else byText.set(x.sig.text, i);
  });
  // Near copies: pairs that agree on a whole band of the sketch.
  for (let band = 0; band + BAND_ROWS <= BINS; band += BAND_ROWS) {
    const buckets = new Map<string, number[]>();
    items.forEach((x, i) => {
      if (x.sig.shingles < MIN_SHINGLES) return;
      let key = '';
      for (let r = 0; r < BAND_ROWS; r++) key += `${x.sig.sketch[band + r]!.toString(36)}.`;
      const list = buckets.get(key);
      if (list) list.push(i);
      else buckets.set(key, [i]);
    });
    for (const list of buckets.values()) {
      if (list.length < 2 || list.length > 500) continue; // a huge bucket is a shared boilerplate phrase, not copies
      for (let x = 0; x < list.length; x++) for (let y = x + 1; y < list.length; y++) consider(list[x]!, list[y]!);
    }
  }
  const groups: CopyGroup[] = [];
  for (const list of sets.sets()) {
    if (list.length < 2) continue;
    const ordered = [...list].sort((x, y) => {
      const a = items[x]!;
      const b = items[y]!;
      const pa = a.a.publishedAt ?? '\uffff';
      const pb = b.a.publishedAt ?? '\uffff';
      if (pa !== pb) return pa < pb ? -1 : 1;
      if (a.sig.shingles !== b.sig.shingles) return b.sig.shingles - a.sig.shingles;
      // Among equal copies, the one the user filed beats an import or a "name (2).txt" duplicate.
      const copied = (p: string) => Number(/^imported\//.test(p)) + Number(/ \(\d+\)\.[^./]+$/.test(p));
      if (copied(a.a.path) !== copied(b.a.path)) return copied(a.a.path) - copied(b.a.path);
      return a.a.path < b.a.path ? -1 : a.a.path > b.a.path ? 1 : 0;
    });
    const primary = items[ordered[0]!]!;
    groups.push({
      primary: primary.a.id,
      members: ordered.map((i) => {
        const x = items[i]!;
        const relation = i === ordered[0] ? { kind: 'exact' as const, similarity: 1 } : (copyKind(primary.sig, x.sig) ?? { kind: 'near' as const, similarity: Math.round(resemblance(primary.sig, x.sig) * 100) / 100 });
        return { id: x.a.id, kind: relation.kind, similarity: relation.similarity };
      }),
    });
  }
  return new CopyGroups(groups);
}

/* ---------- the store ---------- */

export const DUPLICATES_NOTE =
  'Signatures Dossier uses to find duplicate articles (the same text, or a republished copy). Derived data: delete it and Dossier rebuilds it.';

/** Signatures by content hash, in `.dossier/duplicates.json`; groups computed on demand and cached. */
export class DuplicateIndex {
  private readonly signatures = new Map<string, Signature>();
  private dirty = false;
  private saveTimer: NodeJS.Timeout | undefined;
  private revision = 0;
  private cached: { key: string; groups: CopyGroups } | undefined;

  private constructor(
    readonly file: string | null,
    private readonly log: (line: string) => void,
  ) {}

  /** Loads the signatures of `<dataDir>/duplicates.json` (none when missing or unreadable); `writable: false` keeps them in memory. */
  static async open(dataDir: string, options: { writable?: boolean; log?: (line: string) => void } = {}): Promise<DuplicateIndex> {
    const file = options.writable === false ? null : path.join(dataDir, DUPLICATES_FILE);
    const index = new DuplicateIndex(file, options.log ?? (() => {}));
    const text = await fs.readFile(path.join(dataDir, DUPLICATES_FILE), 'utf8').catch(() => undefined);
    if (text) {
      try {
        const json = JSON.parse(text) as { version?: unknown; signatures?: Record<string, unknown> };
        if (json.version === FILE_VERSION && json.signatures && typeof json.signatures === 'object') {
          for (const [hash, value] of Object.entries(json.signatures)) {
            const sig = decode(value);
            if (sig && /^[0-9a-f]{8,128}$/i.test(hash)) index.signatures.set(hash, sig);
          }
        }
      } catch {
        index.log(`dossier: .dossier/${DUPLICATES_FILE} could not be read; duplicate signatures will be computed again`);
      }
    }
    return index;
  }

  has(contentHash: string): boolean {
    return this.signatures.has(contentHash);
  }

  signature(contentHash: string): Signature | undefined {
    return this.signatures.get(contentHash);
  }

  /** Records the signature of an article text (at index time). */
  add(contentHash: string, text: string): Signature {
    const known = this.signatures.get(contentHash);
    if (known) return known;
    const sig = signatureOf(text);
    this.signatures.set(contentHash, sig);
    this.revision++;
    this.scheduleSave();
    return sig;
  }

  /** The copy groups among `articles`, recomputed only when the articles or signatures changed. */
  groups(articles: readonly ArticleFacts[], articlesRevision: string | number): CopyGroups {
    const key = `${articlesRevision}/${this.revision}`;
    if (this.cached?.key === key) return this.cached.groups;
    const groups = groupCopies(articles, (hash) => this.signatures.get(hash));
    this.cached = { key, groups };
    return groups;
  }

  /** Drops signatures of content no longer in the library (called before saving). */
  retainOnly(liveHashes: Iterable<string>): void {
    const live = new Set(liveHashes);
    for (const hash of [...this.signatures.keys()]) {
      if (!live.has(hash)) {
        this.signatures.delete(hash);
        this.dirty = true;
      }
    }
  }

  private scheduleSave(): void {
    this.dirty = true;
    if (!this.file || this.saveTimer) return;
    this.saveTimer = setTimeout(() => {
      this.saveTimer = undefined;
      void this.save();
    }, 2000);
    this.saveTimer.unref?.();
  }

  async save(): Promise<void> {
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    if (!this.file || !this.dirty) return;
    this.dirty = false;
    const signatures: Record<string, string> = {};
    for (const hash of [...this.signatures.keys()].sort()) signatures[hash] = encode(this.signatures.get(hash)!);
    try {
      await fs.mkdir(path.dirname(this.file), { recursive: true });
      await writeFileAtomic(this.file, JSON.stringify({ version: FILE_VERSION, note: DUPLICATES_NOTE, signatures }, null, 1) + '\n');
    } catch (error) {
      this.dirty = true;
      this.log(`dossier: could not save .dossier/${DUPLICATES_FILE} (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    }
  }
}
