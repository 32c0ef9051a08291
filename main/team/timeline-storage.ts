/**
 * Timelines in a team library: one row per timeline holding the document (shared/timeline.ts
 * Timeline) and its version. Every change is a read-merge-write in one transaction holding the
 * row's lock (`SELECT … FOR UPDATE`), the database's counterpart of the folder store's file lock:
 * the edit is applied to the timeline as it is at that moment, so two people editing one timeline
 * both keep their work, and an edit that no longer applies (its event was deleted meanwhile) is
 * refused by the edit itself. Deleted timelines keep their row (deleted_at), so a delete can be
 * undone and nothing is lost; their ids stay taken.
 */
import { DossierError } from '../../shared/contract';
import { TimelineSchema, type Timeline } from '../../shared/timeline';
import { slugify, type StoredTimeline, type TimelineStorage, type TimelineUpdated } from '../timelines/store';
import type { TeamUser } from './changes';
import { transaction, type Db } from './db';

/** A row inserted by someone else between our read and our write: read again and re-apply. */
class RaceLost extends Error {}

export function teamTimelineStorage(db: Db, user: TeamUser | null): TimelineStorage {
  const userId = user?.id ?? null;
  const fromRow = (id: string, row: { doc: Timeline; version: number }): Timeline => ({ ...row.doc, id, version: row.version });

  async function updateOnce<R>(id: string, edit: (current: Timeline | undefined) => { timeline: Timeline | null; result: R }): Promise<TimelineUpdated<R>> {
    return transaction(db, async (tx) => {
      const { rows } = await tx.query<{ doc: Timeline; version: number; deleted: boolean }>('SELECT doc, version, deleted_at IS NOT NULL AS deleted FROM timelines WHERE id = $1 FOR UPDATE', [id]);
      const row = rows[0];
      const before = row && !row.deleted ? fromRow(id, row) : undefined;
      const { timeline, result } = edit(before && structuredClone(before));
      if (!timeline) return { result, before, after: before };
      const valid = TimelineSchema.parse({ ...timeline, id });
      const doc = JSON.stringify(valid);
      if (row) {
        // A live timeline, or a deleted one brought back (undo of a delete).
        await tx.query(`UPDATE timelines SET doc = $2, version = $3, updated_by = $4, updated_at = now(), deleted_at = NULL WHERE id = $1`, [id, doc, valid.version, userId]);
      } else {
        const inserted = await tx.query(
          `INSERT INTO timelines (id, doc, version, created_by, updated_by) VALUES ($1, $2, $3, $4, $4) ON CONFLICT (id) DO NOTHING`,
          [id, doc, valid.version, userId],
        );
        if (inserted.rowCount === 0) throw new RaceLost();
      }
      return { result, before, after: valid };
    });
  }

  return {
    async list() {
      const { rows } = await db.query<{ id: string; doc: Timeline; version: number }>('SELECT id, doc, version FROM timelines WHERE deleted_at IS NULL ORDER BY id');
      const timelines: Timeline[] = [];
      const problems: string[] = [];
      for (const r of rows) {
        const parsed = TimelineSchema.safeParse(fromRow(r.id, r));
        if (parsed.success) timelines.push(parsed.data);
        else problems.push(`timeline ${r.id} in the team library is not a Dossier timeline: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
      }
      return { timelines, problems };
    },

    async load(id): Promise<StoredTimeline | undefined> {
      const { rows } = await db.query<{ doc: Timeline; version: number }>('SELECT doc, version FROM timelines WHERE id = $1 AND deleted_at IS NULL', [id]);
      const row = rows[0];
      return row ? { timeline: TimelineSchema.parse(fromRow(id, row)), stamp: row.version } : undefined;
    },

    async exists(id) {
      const { rowCount } = await db.query('SELECT 1 FROM timelines WHERE id = $1 AND deleted_at IS NULL', [id]);
      return (rowCount ?? 0) > 0;
    },

    async update(id, edit) {
      for (let attempt = 0; ; attempt++) {
        try {
          return await updateOnce(id, edit);
        } catch (error) {
          if (!(error instanceof RaceLost) || attempt >= 5) throw error;
        }
      }
    },

    async create(name, make) {
      const base = slugify(name);
      // Ids of deleted timelines stay taken, so undoing their delete never meets a newcomer.
      for (let n = 1; ; n++) {
        const id = n === 1 ? base : `${base}-${n}`;
        const timeline = TimelineSchema.parse(make(id));
        const { rowCount } = await db.query(
          `INSERT INTO timelines (id, doc, version, created_by, updated_by) VALUES ($1, $2, $3, $4, $4) ON CONFLICT (id) DO NOTHING`,
          [id, JSON.stringify(timeline), timeline.version, userId],
        );
        if (rowCount) return timeline;
      }
    },

    async trash(id) {
      const { rows } = await db.query<{ doc: Timeline; version: number }>(
        'UPDATE timelines SET deleted_at = now(), updated_by = $2, updated_at = now() WHERE id = $1 AND deleted_at IS NULL RETURNING doc, version',
        [id, userId],
      );
      if (!rows[0]) throw new DossierError('not-found', `there is no timeline "${id}"`);
      return { timeline: fromRow(id, rows[0]) };
    },
  };
}
