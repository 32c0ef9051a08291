/**
 * Metadata corrections in a team library (local: main/library/metadata.ts), on the article's row
 * (migration 003): `corrections` holds the corrected fields, and the columns that search,
 * facets, date filters, the article list and timelines read hold the corrected values
 * (articles.ts applyStoredCorrections). Every change is attributed and in the activity feed; undo
 * is per member and field by field: a field goes back only while it is as the change left it.
 */
import type { z } from 'zod';
import { DossierError, metadataContract, type Req, type Res } from '../../shared/contract';
import { applyCorrections, METADATA_FIELDS, sameValue, type ArticleMetadata, type Corrections, type MetadataField, type MetadataValues } from '../../shared/metadata';
import { applyStoredCorrections, type ArticleMeta } from './articles';
import { newChangeId, recordChange, type TeamUser } from './changes';
import { transaction, type Db, type Tx } from './db';

type Slot = { has: boolean; value: unknown };
interface FieldDelta {
  field: MetadataField;
  before: Slot;
  after: Slot;
}
interface MetadataUndo {
  id: string;
  deltas: FieldDelta[];
}

const slotOf = (c: Corrections, field: MetadataField): Slot => (field in c ? { has: true, value: c[field] } : { has: false, value: undefined });
const sameSlot = (a: Slot, b: Slot) => a.has === b.has && (!a.has || sameValue(a.value, b.value));
const valuesOf = (m: ArticleMeta): MetadataValues => ({ title: m.title, authors: m.authors, publisher: m.publisher, publishedAt: m.publishedAt, url: m.url });

async function readRow(db: Db | Tx, id: string, lock = false): Promise<{ meta: ArticleMeta; corrections: Corrections; corrected_at: Date | null }> {
  const { rows } = await db.query<{ meta: ArticleMeta; corrections: Corrections | null; corrected_at: Date | null }>(
    `SELECT meta, corrections, corrected_at FROM articles WHERE id = $1 ${lock ? 'FOR UPDATE' : ''}`,
    [id],
  );
  if (!rows[0]) throw new DossierError('not-found', `No article with id ${id}.`);
  return { ...rows[0], corrections: rows[0].corrections ?? {} };
}

function metadataOf(id: string, row: { meta: ArticleMeta; corrections: Corrections; corrected_at: Date | null }): ArticleMetadata {
  const extracted = valuesOf(row.meta);
  return { id, extracted, corrected: row.corrections, effective: applyCorrections(extracted, row.corrections), updatedAt: Object.keys(row.corrections).length ? (row.corrected_at?.toISOString() ?? null) : null };
}

/** Applies field deltas to the row and brings its searchable columns in line. */
async function write(tx: Tx, user: TeamUser | null, id: string, corrections: Corrections, deltas: FieldDelta[]): Promise<Corrections> {
  const next: Corrections = { ...corrections };
  for (const d of deltas) {
    if (d.after.has) (next as Record<string, unknown>)[d.field] = d.after.value;
    else delete next[d.field];
  }
  const empty = Object.keys(next).length === 0;
  await tx.query('UPDATE articles SET corrections = $2, corrected_by = $3, corrected_at = now() WHERE id = $1', [id, empty ? null : JSON.stringify(next), user?.id ?? null]);
  await applyStoredCorrections(tx, [id], { all: true });
  return next;
}

export function teamMetadataOps(db: Db, user: TeamUser | null) {
  return {
    async getArticleMetadata(req: Req<'getArticleMetadata'>): Promise<Res<'getArticleMetadata'>> {
      return metadataOf(req.id, await readRow(db, req.id));
    },

    async setArticleMetadata(req: z.infer<typeof metadataContract.setArticleMetadata.request>): Promise<Res<'setArticleMetadata'>> {
      const set: Corrections = req.set ?? {};
      const clear = req.clear ?? [];
      return transaction(db, async (tx) => {
        const row = await readRow(tx, req.id, true);
        const deltas: FieldDelta[] = [];
        for (const field of METADATA_FIELDS) {
          const before = slotOf(row.corrections, field);
          const after = field in set ? { has: true, value: set[field] } : clear.includes(field) ? { has: false, value: undefined } : before;
          if (!sameSlot(before, after)) deltas.push({ field, before, after });
        }
        const changeId = newChangeId('meta');
        if (!deltas.length) return { changeId, metadata: metadataOf(req.id, row) };
        const corrections = await write(tx, user, req.id, row.corrections, deltas);
        const res = { changeId, metadata: metadataOf(req.id, { meta: row.meta, corrections, corrected_at: new Date() }) };
        await recordChange(tx, user, 'setArticleMetadata', req as Req<'setArticleMetadata'>, res, { id: changeId, undo: { id: req.id, deltas } satisfies MetadataUndo });
        return res;
      });
    },

    /** Undoes this member's latest correction (or the one given, whoever made it). */
    async undoMetadataChange(req: Req<'undoMetadataChange'>): Promise<Res<'undoMetadataChange'>> {
      return transaction(db, async (tx) => {
        const found = await tx.query<{ id: string; undo: MetadataUndo }>(
          req.changeId
            ? `SELECT id, undo FROM changes WHERE id = $1 AND kind = 'metadata' AND undo IS NOT NULL AND undone_at IS NULL FOR UPDATE`
            : `SELECT id, undo FROM changes WHERE user_id IS NOT DISTINCT FROM $1 AND kind = 'metadata' AND undo IS NOT NULL AND undone_at IS NULL ORDER BY at DESC, id DESC LIMIT 1 FOR UPDATE`,
          [req.changeId ?? user?.id ?? null],
        );
        const change = found.rows[0];
        if (!change) return { undone: null, id: null };
        const { id, deltas } = change.undo;
        const row = await readRow(tx, id, true).catch(() => null);
        if (row) {
          const back = deltas.filter((d) => sameSlot(slotOf(row.corrections, d.field), d.after)).map((d) => ({ field: d.field, before: d.after, after: d.before }));
          if (back.length) await write(tx, user, id, row.corrections, back);
        }
        await tx.query('UPDATE changes SET undone_at = now(), undone_by = $2 WHERE id = $1', [change.id, user?.id ?? null]);
        const res = { undone: change.id, id };
        await recordChange(tx, user, 'undoMetadataChange', req, res);
        return res;
      });
    },
  };
}
