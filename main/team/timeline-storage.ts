/**
 * Timelines in a team library: one row per timeline holding the document (shared/timeline.ts
 * Timeline) and its version. A save succeeds only over the version that was loaded (optimistic
 * locking, `UPDATE … WHERE version = $expected`); otherwise it raises ModifiedOnDiskError, which
 * the timeline service answers by applying the same edit to the new version (deps
 * `onConcurrentChange: 'replay'`), so two people editing one timeline both keep their work.
 * Deleted timelines keep their row (deleted_at), so a delete can be undone and nothing is lost.
 */
import { TimelineSchema, type Timeline } from '../../shared/timeline';
import { ModifiedOnDiskError } from '../library/atomic-write';
import { slugify, type StoredTimeline, type TimelineStorage } from '../timelines/store';
import type { TeamUser } from './changes';
import type { Db } from './db';

export function teamTimelineStorage(db: Db, user: TeamUser | null): TimelineStorage & { lastChangedBy(id: string): Promise<string | null> } {
  const conflict = (id: string) => new ModifiedOnDiskError(`timeline ${id}`);
  return {
    async list() {
      const { rows } = await db.query<{ id: string; doc: Timeline; version: number }>('SELECT id, doc, version FROM timelines WHERE deleted_at IS NULL ORDER BY id');
      return { timelines: rows.map((r) => ({ ...r.doc, id: r.id, version: r.version })), problems: [] };
    },

    async load(id): Promise<StoredTimeline | undefined> {
      const { rows } = await db.query<{ doc: Timeline; version: number }>('SELECT doc, version FROM timelines WHERE id = $1 AND deleted_at IS NULL', [id]);
      const row = rows[0];
      return row ? { timeline: { ...row.doc, id, version: row.version }, stamp: row.version } : undefined;
    },

    async save(timeline, expected) {
      const valid = TimelineSchema.parse(timeline);
      const doc = JSON.stringify(valid);
      if (expected === null || expected === undefined) {
        // New, or restoring a deleted one (undo): never over a live timeline someone created meanwhile.
        const { rowCount } = await db.query(
          `INSERT INTO timelines (id, doc, version, created_by, updated_by) VALUES ($1, $2, $3, $4, $4)
           ON CONFLICT (id) DO UPDATE SET doc = excluded.doc, version = excluded.version, updated_by = excluded.updated_by, updated_at = now(), deleted_at = NULL
             WHERE timelines.deleted_at IS NOT NULL`,
          [valid.id, doc, valid.version, user?.id ?? null],
        );
        if (rowCount === 0) throw conflict(valid.id);
        return valid.version;
      }
      const { rowCount } = await db.query(
        `UPDATE timelines SET doc = $2, version = $3, updated_by = $4, updated_at = now()
          WHERE id = $1 AND version = $5 AND deleted_at IS NULL`,
        [valid.id, doc, valid.version, user?.id ?? null, expected],
      );
      if (rowCount === 0) throw conflict(valid.id);
      return valid.version;
    },

    async newId(name) {
      const base = slugify(name);
      const { rows } = await db.query<{ id: string }>(`SELECT id FROM timelines WHERE id = $1 OR id LIKE $2`, [base, `${base}-%`]);
      const taken = new Set(rows.map((r) => r.id));
      for (let n = 1; ; n++) {
        const id = n === 1 ? base : `${base}-${n}`;
        if (!taken.has(id)) return id;
      }
    },

    async trash(id) {
      const { rowCount } = await db.query('UPDATE timelines SET deleted_at = now(), updated_by = $2, updated_at = now() WHERE id = $1 AND deleted_at IS NULL', [id, user?.id ?? null]);
      if (rowCount === 0) throw conflict(id);
      return id;
    },

    async lastChangedBy(id) {
      const { rows } = await db.query<{ name: string | null; at: Date }>(
        'SELECT u.display_name AS name, t.updated_at AS at FROM timelines t LEFT JOIN users u ON u.id = t.updated_by WHERE t.id = $1',
        [id],
      );
      const row = rows[0];
      return row ? `${row.name ?? 'someone'} (at ${row.at.toISOString().slice(11, 16)} UTC)` : null;
    },
  };
}
