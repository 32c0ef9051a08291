/**
 * The on-disk form of one shard, `shard-NN.idx`, written atomically (temp file, fsync, rename):
 *
 *   "DOSSIER-SHARD\n"                       magic (14 bytes)
 *   u32 x 6 (little endian)                 lengths: header, body, terms, postings, positions; position width (2|4)
 *   header JSON                             { formatVersion, optionsHash, shard, savedAt, checksum, docs: {id: contentHash} }
 *   body JSON                               MiniSearch state (counts, ids, field lengths), doc metadata, dictionary
 *                                           (folded surface words, and `forms`: how accented ones were written),
 *                                           entities (`entities.names`: "P"/"O"/"L" + canonical name for person,
 *                                           organisation, place; `entities.docs`: per doc in `metas` order, a count
 *                                           then that many indexes into names)
 *   terms JSON                              the index terms, in postings order
 *   postings (u32, 4-aligned)               per term: nFields, then (fieldId, n, (shortId, freq) x n) per field
 *   positions (u16 or u32, 4-aligned)       per doc: token ids of title, 0, text
 *
 * The header alone answers "which documents, which content hashes" without loading the shard.
 * `checksum` (sha1 of everything after the header) catches truncated or damaged files.
 */
import { createHash } from 'node:crypto';
import { open, readFile, rename, unlink } from 'node:fs/promises';
import { ENTITIES } from './entity-table';
import { ShardIndex, type DocMeta, type RestoredIndexState } from './shard';

const MAGIC = Buffer.from('DOSSIER-SHARD\n');
const FIXED = MAGIC.length + 6 * 4;

export interface ShardHeader {
  formatVersion: number;
  optionsHash: string;
  shard: number;
  savedAt: string;
  checksum: string;
  docs: Record<string, string>;
}

const pad4 = (n: number) => (4 - (n % 4)) % 4;

/** Writes the shard; returns its size and the packed postings written (see ShardIndex.repack). */
export async function writeShardFile(
  file: string,
  shard: ShardIndex,
  info: { formatVersion: number; optionsHash: string; shard: number },
): Promise<{ bytes: number; terms: string[]; postings: Uint32Array }> {
  const snap = shard.snapshot();
  const metas = [...shard.meta];
  const positions = metas.map(([id]) => shard.positionsOf(id)!);
  const width = shard.surfaces.length < 65536 && positions.every((p) => p.length <= 0xffff) ? 2 : 4;
  let posLength = 0;
  for (const p of positions) posLength += 1 + p.length;
  const pos = width === 2 ? new Uint16Array(posLength + (posLength % 2)) : new Uint32Array(posLength);
  let k = 0;
  for (const p of positions) {
    pos[k++] = p.length;
    pos.set(p, k);
    k += p.length;
  }
  const body = Buffer.from(JSON.stringify({ ...snap.body, metas, surfaces: shard.surfaces, df: shard.df, forms: [...shard.forms], entities: entityLists(shard, metas) }));
  const terms = Buffer.from(JSON.stringify(snap.terms));
  const postings = Buffer.from(snap.postings.buffer, snap.postings.byteOffset, snap.postings.byteLength);
  const posBytes = Buffer.from(pos.buffer, pos.byteOffset, pos.byteLength);
  const checksum = createHash('sha1').update(body).update(terms).update(postings).update(posBytes).digest('hex');
  const header: ShardHeader = {
    ...info,
    savedAt: new Date().toISOString(),
    checksum,
    docs: Object.fromEntries(metas.map(([id, m]) => [id, m.hash])),
  };
  const headerBytes = Buffer.from(JSON.stringify(header));
  const beforePostings = FIXED + headerBytes.length + body.length + terms.length;
  const gap1 = Buffer.alloc(pad4(beforePostings));
  const gap2 = Buffer.alloc(pad4(postings.length));
  const lengths = Buffer.alloc(24);
  [headerBytes.length, body.length, terms.length, postings.length, posBytes.length, width].forEach((v, i) => lengths.writeUInt32LE(v, i * 4));
  const parts = [MAGIC, lengths, headerBytes, body, terms, gap1, postings, gap2, posBytes];

  const temp = `${file}.${process.pid}.${Date.now()}.tmp`;
  const handle = await open(temp, 'w');
  let bytes = 0;
  try {
    for (const part of parts) {
      await handle.write(part);
      bytes += part.length;
    }
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await rename(temp, file);
  } catch (error) {
    await unlink(temp).catch(() => {});
    throw error;
  }
  return { bytes, terms: snap.terms, postings: snap.postings };
}

/** The documents' entities as a local name list and, per document, indexes into it. */
function entityLists(shard: ShardIndex, metas: [string, DocMeta][]): { names: string[]; docs: number[] } {
  const names: string[] = [];
  const local = new Map<number, number>();
  const docs: number[] = [];
  for (const [id] of metas) {
    const codes = shard.entitiesOf(id);
    docs.push(codes?.length ?? 0);
    for (const code of codes ?? []) {
      let i = local.get(code);
      if (i === undefined) local.set(code, (i = names.push(ENTITIES.keys[code]!) - 1));
      docs.push(i);
    }
  }
  return { names, docs };
}

function lengthsOf(buf: Buffer): number[] {
  if (buf.length < FIXED || !buf.subarray(0, MAGIC.length).equals(MAGIC)) throw new Error('not a Dossier index shard');
  return [0, 1, 2, 3, 4, 5].map((i) => buf.readUInt32LE(MAGIC.length + i * 4));
}

/** Reads only the header (document ids and hashes). */
export async function readShardHeader(file: string): Promise<ShardHeader> {
  const handle = await open(file, 'r');
  try {
    const fixed = Buffer.alloc(FIXED);
    await handle.read(fixed, 0, FIXED, 0);
    const [headerLength] = lengthsOf(fixed);
    const header = Buffer.alloc(headerLength!);
    const { bytesRead } = await handle.read(header, 0, headerLength!, FIXED);
    if (bytesRead !== headerLength) throw new Error('truncated header');
    return JSON.parse(header.toString('utf8')) as ShardHeader;
  } finally {
    await handle.close();
  }
}

/** Loads a whole shard; throws with a short reason if the file is damaged. */
export async function readShardFile(file: string): Promise<{ header: ShardHeader; shard: ShardIndex }> {
  const buf = await readFile(file);
  const [headerLength, bodyLength, termsLength, postingsLength, posLength, width] = lengthsOf(buf) as [number, number, number, number, number, number];
  let at = FIXED;
  const slice = (n: number) => {
    if (at + n > buf.length) throw new Error('file is truncated');
    const s = buf.subarray(at, at + n);
    at += n;
    return s;
  };
  const header = JSON.parse(slice(headerLength).toString('utf8')) as ShardHeader;
  const body = slice(bodyLength);
  const terms = slice(termsLength);
  at += pad4(at);
  const postingsBytes = slice(postingsLength);
  at += pad4(at);
  const posBytes = slice(posLength);
  const checksum = createHash('sha1').update(body).update(terms).update(postingsBytes).update(posBytes).digest('hex');
  if (checksum !== header.checksum) throw new Error('checksum mismatch (damaged file)');

  const state = JSON.parse(body.toString('utf8')) as Omit<RestoredIndexState, 'terms' | 'postings'> & {
    metas: [string, DocMeta][];
    surfaces: string[];
    df: number[];
    forms: [number, string][];
    entities: { names: string[]; docs: number[] };
  };
  const postings = aligned(postingsBytes, Uint32Array);
  const shard = new ShardIndex();
  shard.restore({ ...state, terms: JSON.parse(terms.toString('utf8')) as string[], postings });
  const all = width === 2 ? aligned(posBytes, Uint16Array) : aligned(posBytes, Uint32Array);
  const positions: (Uint16Array | Uint32Array)[] = [];
  let k = 0;
  for (let i = 0; i < state.metas.length; i++) {
    const n = all[k++]!;
    positions.push(all.subarray(k, k + n));
    k += n;
  }
  const codes = state.entities.names.map((key) => ENTITIES.codeOfKey(key));
  const entities: (Int32Array | undefined)[] = [];
  k = 0;
  for (let i = 0; i < state.metas.length; i++) {
    const n = state.entities.docs[k++]!;
    entities.push(n > 0 ? Int32Array.from(state.entities.docs.slice(k, k + n), (local) => codes[local]!) : undefined);
    k += n;
  }
  shard.restoreStore(state.surfaces, state.df, state.forms, state.metas, positions, entities);
  return { header, shard };
}

function aligned<T extends Uint16Array | Uint32Array>(bytes: Buffer, Kind: { new (b: ArrayBuffer, o: number, n: number): T; BYTES_PER_ELEMENT: number }): T {
  const copy = new ArrayBuffer(bytes.length);
  new Uint8Array(copy).set(bytes);
  return new Kind(copy, 0, bytes.length / Kind.BYTES_PER_ELEMENT);
}
