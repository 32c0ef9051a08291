/**
 * The `changes` table: every change a team member makes (who, when, what), which is the activity
 * feed, and what undo needs. Written in the same transaction as the change it describes.
 */
import { randomBytes } from 'node:crypto';
import type { ActivityItem, Req, Res } from '../../shared/contract';
import { describeChange, RECORDED_OPS, type RecordedOp } from '../api/activity';
import type { Db, Tx } from './db';

export interface TeamUser {
  id: number;
  name: string;
  displayName: string;
}

export const newChangeId = (kind: string) => `${kind}-${Date.now().toString(36)}-${randomBytes(4).toString('hex')}`;

export async function recordChange<K extends RecordedOp>(
  tx: Tx | Db,
  user: TeamUser | null,
  op: K,
  req: Req<K>,
  res: Res<K>,
  options: { id?: string; undo?: unknown } = {},
): Promise<string> {
  const { summary, timelineId, articleIds } = describeChange(op, req, res);
  const id = options.id ?? newChangeId('chg');
  await tx.query(
    `INSERT INTO changes (id, user_id, kind, op, summary, subject, article_ids, undo) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
     ON CONFLICT (id) DO NOTHING`,
    [id, user?.id ?? null, RECORDED_OPS[op], op, summary, timelineId, articleIds, options.undo === undefined ? null : JSON.stringify(options.undo)],
  );
  return id;
}

export async function listActivity(db: Db, req: Req<'activity'>): Promise<Res<'activity'>> {
  const { rows } = await db.query<{ id: string; at: Date; user: string | null; kind: ActivityItem['kind']; op: string; summary: string; subject: string | null; article_ids: string[]; undone: boolean }>(
    `SELECT c.id, c.at, u.display_name AS user, c.kind, c.op, c.summary, c.subject, c.article_ids, c.undone_at IS NOT NULL AS undone
       FROM changes c LEFT JOIN users u ON u.id = c.user_id
      WHERE NOT c.private AND ($1::timestamptz IS NULL OR c.at < $1::timestamptz)
      ORDER BY c.at DESC, c.id DESC LIMIT $2`,
    [req.before ?? null, req.limit ?? 50],
  );
  return {
    items: rows.map((r) => ({
      id: r.id,
      at: r.at.toISOString(),
      user: r.user,
      kind: r.kind,
      op: r.op,
      summary: r.summary,
      timelineId: r.kind === 'timeline' ? r.subject : null,
      articleIds: r.article_ids,
      undone: r.undone,
    })),
  };
}
