/**
 * Duplicate articles in a team library: the same signatures and rules as a local library
 * (main/library/duplicates.ts), kept in the article rows (migration 002). Candidates come from the
 * database (the same normalised-text hash, or a shared band key, through indexes); each candidate
 * is checked on the whole sketch; groupCopies then orders each group (its original first) exactly
 * as a local library does.
 *
 * A group is followed out from the articles asked about, one copy at a time (a republished story
 * can be a copy of a copy), so the work grows with the size of the groups, not of the library.
 */
import type { ArticleCopy, CopyGroup } from '../../shared/contract';
import type { PublishedDate } from '../../shared/model';
import { bandKeys, copyKind, groupCopies, signatureFromBytes, signatureOf, sketchBytes, type ArticleFacts, type Signature } from '../library/duplicates';
import type { Db } from './db';

/** Followed no further: a group this large is boilerplate (a shared disclaimer), not copies. */
const MAX_GROUP = 2000;
/** Candidates read per step (a huge bucket is a shared phrase; the sketch check drops it). */
const MAX_CANDIDATES = 20_000;

interface SignedRow {
  id: string;
  path: string;
  title: string;
  publisher: string | null;
  published: PublishedDate | null;
  content_hash: string;
  copy_text: string;
  copy_shingles: number;
  copy_sketch: Buffer;
  copy_bands: string[] | null;
}

const SIGNED_COLUMNS = `a.id, a.path, a.title, a.publisher, a.meta->'publishedAt' AS published, a.content_hash, a.copy_text, a.copy_shingles, a.copy_sketch, a.copy_bands`;

interface Signed {
  row: SignedRow;
  sig: Signature;
}

function signed(row: SignedRow): Signed | undefined {
  const sig = signatureFromBytes(row.copy_text, row.copy_shingles, row.copy_sketch);
  return sig && { row, sig };
}

/** The components of the copy relation that hold `seeds`: every article reached through copies. */
async function componentsOf(db: Db, seeds: Signed[]): Promise<Signed[]> {
  const found = new Map(seeds.map((s) => [s.row.id, s]));
  let frontier = seeds;
  while (frontier.length && found.size < MAX_GROUP) {
    const texts = [...new Set(frontier.map((s) => s.row.copy_text))];
    const bands = [...new Set(frontier.flatMap((s) => s.row.copy_bands ?? []))];
    const { rows } = await db.query<SignedRow>(
      `SELECT ${SIGNED_COLUMNS} FROM articles a
        WHERE (a.copy_text = ANY($1::text[]) OR a.copy_bands && $2::bigint[]) AND NOT (a.id = ANY($3::text[]))
        LIMIT ${MAX_CANDIDATES}`,
      [texts, bands, [...found.keys()]],
    );
    const next: Signed[] = [];
    for (const row of rows) {
      const candidate = signed(row);
      if (!candidate || found.has(row.id)) continue;
      if (!frontier.some((f) => copyKind(f.sig, candidate.sig))) continue;
      found.set(row.id, candidate);
      next.push(candidate);
    }
    frontier = next;
  }
  return [...found.values()];
}

function describe(groups: ReturnType<typeof groupCopies>, byId: Map<string, SignedRow>): CopyGroup[] {
  return groups.groups.map((g) => ({
    primary: g.primary,
    members: g.members.map((m): ArticleCopy => {
      const row = byId.get(m.id)!;
      return { id: m.id, path: row.path, title: row.title, publisher: row.publisher, publishedAt: row.published, kind: m.kind, similarity: m.similarity, primary: m.id === g.primary };
    }),
  }));
}

function group(items: Signed[]): CopyGroup[] {
  const byId = new Map(items.map((s) => [s.row.id, s.row]));
  const bySignature = new Map(items.map((s) => [s.row.id, s.sig]));
  // groupCopies looks signatures up by content hash; rows are keyed by id here (the same file may be filed twice).
  const facts: ArticleFacts[] = items.map((s) => ({ id: s.row.id, contentHash: s.row.id, path: s.row.path, publishedAt: s.row.published?.value ?? null }));
  return describe(
    groupCopies(facts, (id) => bySignature.get(id)),
    byId,
  );
}

/** The groups of copies holding any of `ids`; every group of the library when `ids` is null. */
export async function copyGroups(db: Db, ids: readonly string[] | null): Promise<CopyGroup[]> {
  let seeds: SignedRow[];
  if (ids) {
    if (ids.length === 0) return [];
    seeds = (await db.query<SignedRow>(`SELECT ${SIGNED_COLUMNS} FROM articles a WHERE a.id = ANY($1::text[]) AND a.copy_text IS NOT NULL`, [[...new Set(ids)]])).rows;
  } else {
    // Every article that shares its text hash or a band key with another: the candidates of the whole library.
    seeds = (
      await db.query<SignedRow>(
        `WITH texts AS (SELECT copy_text FROM articles WHERE copy_text IS NOT NULL GROUP BY copy_text HAVING count(*) > 1),
              bands AS (SELECT b FROM articles, unnest(copy_bands) AS b GROUP BY b HAVING count(*) BETWEEN 2 AND 500)
         SELECT ${SIGNED_COLUMNS} FROM articles a
          WHERE a.copy_text IN (SELECT copy_text FROM texts) OR a.copy_bands && ARRAY(SELECT b FROM bands)`,
      )
    ).rows;
  }
  const groups: CopyGroup[] = [];
  const done = new Set<string>();
  const items = seeds.map(signed).filter((s): s is Signed => !!s);
  if (!ids) {
    // The candidates hold every copy: group them in one pass, as a local library does.
    return group(items);
  }
  for (const seed of items) {
    if (done.has(seed.row.id)) continue;
    const component = await componentsOf(db, [seed]);
    for (const g of group(component)) {
      if (g.members.some((m) => done.has(m.id))) continue;
      for (const m of g.members) done.add(m.id);
      groups.push(g);
    }
    done.add(seed.row.id);
  }
  return groups;
}

/** Articles of this team library that are copies of a text (by its signature): for imports. */
export async function copiesOfText(db: Db, text: string): Promise<{ id: string; path: string; title: string; kind: 'exact' | 'near' }[]> {
  const sig = signatureOf(text);
  const probe: Signed = {
    row: { id: '', path: '', title: '', publisher: null, published: null, content_hash: '', copy_text: sig.text, copy_shingles: sig.shingles, copy_sketch: sketchBytes(sig), copy_bands: bandKeys(sig) },
    sig,
  };
  const { rows } = await db.query<SignedRow>(
    `SELECT ${SIGNED_COLUMNS} FROM articles a WHERE a.copy_text = $1 OR a.copy_bands && $2::bigint[] LIMIT ${MAX_CANDIDATES}`,
    [probe.row.copy_text, probe.row.copy_bands],
  );
  const out: { id: string; path: string; title: string; kind: 'exact' | 'near'; similarity: number }[] = [];
  for (const row of rows) {
    const other = signed(row);
    const relation = other && copyKind(sig, other.sig);
    if (relation) out.push({ id: row.id, path: row.path, title: row.title, kind: relation.kind, similarity: relation.similarity });
  }
  return out.sort((a, b) => b.similarity - a.similarity || (a.path < b.path ? -1 : 1)).map(({ similarity: _s, ...rest }) => rest);
}

/**
 * Computes the signatures of articles stored before migration 002 (run by `dossier team init`), in
 * batches; returns how many were signed.
 */
export async function signUnsigned(db: Db, options: { batch?: number; log?: (line: string) => void } = {}): Promise<number> {
  const batch = options.batch ?? 500;
  let done = 0;
  for (;;) {
    const { rows } = await db.query<{ id: string; body: string }>(`SELECT id, body FROM articles WHERE copy_text IS NULL ORDER BY id LIMIT $1`, [batch]);
    if (rows.length === 0) return done;
    const sigs = rows.map((r) => signatureOf(r.body));
    await db.query(
      `UPDATE articles a SET copy_text = s.text, copy_shingles = s.shingles, copy_sketch = decode(s.sketch, 'hex'), copy_bands = s.bands::bigint[]
         FROM unnest($1::text[], $2::text[], $3::int[], $4::text[], $5::text[]) AS s(id, text, shingles, sketch, bands)
        WHERE a.id = s.id`,
      [rows.map((r) => r.id), sigs.map((s) => s.text), sigs.map((s) => s.shingles), sigs.map((s) => sketchBytes(s).toString('hex')), sigs.map((s) => `{${bandKeys(s).join(',')}}`)],
    );
    done += rows.length;
    options.log?.(`duplicate signatures: ${done} article(s)`);
  }
}
