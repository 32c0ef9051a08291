/**
 * Tags in a team library, with the semantics of the local tag store (main/library/tags.ts): the
 * user's tags per article plus the tags files declare, hierarchical names, rename and merge move
 * sub-tags and colours, undo applies the inverse of what a change actually did. Every change runs
 * in one transaction as set operations (INSERT … ON CONFLICT DO NOTHING / DELETE … RETURNING), so
 * two people tagging the same articles at once both get what they asked for; the rows carry who
 * added each tag and when, and the change is in the activity feed.
 */
import { DossierError, TagNameSchema, type Req, type Res, type TagInfo } from '../../shared/contract';
import { newChangeId, recordChange, type TeamUser } from './changes';
import { transaction, type Db, type Tx } from './db';
import type { ColorDelta, TagDelta } from '../library/tags';

interface TagUndo {
  tagDeltas: TagDelta[];
  colorDeltas: ColorDelta[];
}

function tagName(value: string): string {
  const parsed = TagNameSchema.safeParse(value);
  if (!parsed.success) throw new DossierError('invalid-request', `"${value}" is not a valid tag name: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  return parsed.data;
}

const likeUnder = (tag: string) => `${tag.replace(/[\\%_]/g, (c) => `\\${c}`)}/%`;

function deltasOf(rows: { article_id: string; tag: string; added: boolean }[]): TagDelta[] {
  const byId = new Map<string, TagDelta>();
  for (const r of rows) {
    let d = byId.get(r.article_id);
    if (!d) byId.set(r.article_id, (d = { id: r.article_id, added: [], removed: [] }));
    (r.added ? d.added : d.removed).push(r.tag);
  }
  return [...byId.values()];
}

/** Applies tag deltas (removals then additions) to the user's tags; returns what really changed. */
async function applyDeltas(tx: Tx, user: TeamUser | null, deltas: TagDelta[]): Promise<TagDelta[]> {
  const removeIds = deltas.flatMap((d) => d.removed.map(() => d.id));
  const removeTags = deltas.flatMap((d) => d.removed);
  const addIds = deltas.flatMap((d) => d.added.map(() => d.id));
  const addTags = deltas.flatMap((d) => d.added);
  const removed = removeIds.length
    ? (
        await tx.query<{ article_id: string; tag: string }>(
          `DELETE FROM article_tags t USING unnest($1::text[], $2::text[]) AS r(id, tag)
            WHERE NOT t.from_file AND t.article_id = r.id AND t.tag = r.tag RETURNING t.article_id, t.tag`,
          [removeIds, removeTags],
        )
      ).rows
    : [];
  const added = addIds.length
    ? (
        await tx.query<{ article_id: string; tag: string }>(
          `INSERT INTO article_tags (article_id, tag, from_file, added_by)
             SELECT r.id, r.tag, false, $3 FROM unnest($1::text[], $2::text[]) AS r(id, tag)
           ON CONFLICT DO NOTHING RETURNING article_id, tag`,
          [addIds, addTags, user?.id ?? null],
        )
      ).rows
    : [];
  return deltasOf([...removed.map((r) => ({ ...r, added: false })), ...added.map((r) => ({ ...r, added: true }))]);
}

async function applyColors(tx: Tx, user: TeamUser | null, deltas: ColorDelta[]): Promise<void> {
  for (const d of deltas) {
    if (d.after === null) await tx.query('DELETE FROM tag_colors WHERE tag = $1', [d.name]);
    else
      await tx.query(
        `INSERT INTO tag_colors (tag, color, set_by) VALUES ($1, $2, $3)
         ON CONFLICT (tag) DO UPDATE SET color = excluded.color, set_by = excluded.set_by, set_at = now()`,
        [d.name, d.after, user?.id ?? null],
      );
  }
}

export async function listTags(db: Db): Promise<TagInfo[]> {
  const { rows } = await db.query<{ name: string; color: string | null; count: number }>(
    `SELECT coalesce(t.tag, c.tag) AS name, c.color, coalesce(t.n, 0)::bigint AS count
       FROM (SELECT tag, count(DISTINCT article_id) AS n FROM article_tags GROUP BY tag) t
       FULL JOIN tag_colors c ON c.tag = t.tag
      ORDER BY coalesce(t.tag, c.tag) COLLATE "C"`,
  );
  return rows;
}

/** The rename of every user tag under one of `sources` into `target` (a tag and its sub-tags), colours included. */
async function renameInto(db: Db, user: TeamUser | null, sources: string[], target: string, op: 'renameTag' | 'mergeTags', req: Req<'renameTag'> | Req<'mergeTags'>): Promise<Res<'renameTag'>> {
  return transaction(db, async (tx) => {
    const tagDeltas: TagDelta[] = [];
    const colorDeltas: ColorDelta[] = [];
    // One source at a time, in the order given, like the local store (the first matching source wins).
    const changed: { article_id: string; tag: string; added: boolean }[] = [];
    for (const source of sources) {
      const moved = await tx.query<{ article_id: string; tag: string }>(
        `DELETE FROM article_tags WHERE NOT from_file AND (tag = $1 OR tag LIKE $2) RETURNING article_id, tag`,
        [source, likeUnder(source)],
      );
      if (moved.rows.length === 0) continue;
      const renamed = moved.rows.map((r) => ({ article_id: r.article_id, tag: target + r.tag.slice(source.length) }));
      const inserted = await tx.query<{ article_id: string; tag: string }>(
        `INSERT INTO article_tags (article_id, tag, from_file, added_by)
           SELECT r.id, r.tag, false, $3 FROM unnest($1::text[], $2::text[]) AS r(id, tag)
         ON CONFLICT DO NOTHING RETURNING article_id, tag`,
        [renamed.map((r) => r.article_id), renamed.map((r) => r.tag), user?.id ?? null],
      );
      changed.push(...moved.rows.map((r) => ({ ...r, added: false })), ...inserted.rows.map((r) => ({ ...r, added: true })));
    }
    // A tag renamed into itself (merge a into a) is removed and re-added: no change at all.
    const net = new Map<string, { article_id: string; tag: string; added: boolean }>();
    for (const c of changed) {
      const key = `${c.article_id}\u0000${c.tag}`;
      if (net.has(key) && net.get(key)!.added !== c.added) net.delete(key);
      else net.set(key, c);
    }
    tagDeltas.push(...deltasOf([...net.values()]));
    const colors = await tx.query<{ tag: string; color: string }>('SELECT tag, color FROM tag_colors ORDER BY tag FOR UPDATE');
    const own = new Map(colors.rows.map((r) => [r.tag, r.color]));
    const moved = new Map<string, string>();
    for (const [name, color] of own) {
      const source = sources.find((s) => name === s || name.startsWith(`${s}/`));
      if (source === undefined) continue;
      const renamed = target + name.slice(source.length);
      if (renamed === name) continue;
      colorDeltas.push({ name, before: color, after: null });
      if (!own.has(renamed) && !moved.has(renamed)) moved.set(renamed, color);
    }
    for (const [name, color] of moved) colorDeltas.push({ name, before: null, after: color });
    await applyColors(tx, user, colorDeltas);
    const changeId = newChangeId('tag');
    const res = { changeId, changed: tagDeltas.length || colorDeltas.filter((d) => d.after !== null || d.before !== null).length };
    if (tagDeltas.length || colorDeltas.length) await recordChange(tx, user, op, req as never, res, { id: changeId, undo: { tagDeltas, colorDeltas } satisfies TagUndo });
    return res;
  });
}

export function teamTagOps(db: Db, user: TeamUser | null) {
  return {
    async listTags(): Promise<Res<'listTags'>> {
      return { tags: await listTags(db) };
    },

    async tagArticles(req: Req<'tagArticles'>): Promise<Res<'tagArticles'>> {
      const ids = [...new Set(req.ids)];
      const add = [...new Set((req.add ?? []).map(tagName))];
      const remove = [...new Set((req.remove ?? []).map(tagName))].filter((t) => !add.includes(t));
      return transaction(db, async (tx) => {
        const found = await tx.query<{ id: string }>('SELECT id FROM articles WHERE id = ANY($1)', [ids]);
        if (found.rows.length !== ids.length) {
          const known = new Set(found.rows.map((r) => r.id));
          throw new DossierError('not-found', `No article with id ${ids.find((id) => !known.has(id))}.`);
        }
        const tagDeltas = await applyDeltas(tx, user, ids.map((id) => ({ id, added: add, removed: remove })));
        const changeId = newChangeId('tag');
        const res = { changeId, changed: tagDeltas.length };
        if (tagDeltas.length) await recordChange(tx, user, 'tagArticles', req, res, { id: changeId, undo: { tagDeltas, colorDeltas: [] } satisfies TagUndo });
        return res;
      });
    },

    renameTag(req: Req<'renameTag'>): Promise<Res<'renameTag'>> {
      return renameInto(db, user, [tagName(req.from)], tagName(req.to), 'renameTag', req);
    },

    mergeTags(req: Req<'mergeTags'>): Promise<Res<'mergeTags'>> {
      const sources = [...new Set(req.from.map(tagName))];
      if (!sources.length) throw new DossierError('invalid-request', 'Nothing to merge: give at least one tag.');
      return renameInto(db, user, sources, tagName(req.into), 'mergeTags', req);
    },

    async setTagColor(req: Req<'setTagColor'>): Promise<Res<'setTagColor'>> {
      const tag = tagName(req.name);
      const value = req.color?.toLowerCase() ?? null;
      return transaction(db, async (tx) => {
        const current = await tx.query<{ color: string }>('SELECT color FROM tag_colors WHERE tag = $1 FOR UPDATE', [tag]);
        const before = current.rows[0]?.color ?? null;
        const changeId = newChangeId('tag');
        if (before === value) return { changeId, changed: 0 };
        const colorDeltas = [{ name: tag, before, after: value }];
        await applyColors(tx, user, colorDeltas);
        const res = { changeId, changed: 1 };
        await recordChange(tx, user, 'setTagColor', req, res, { id: changeId, undo: { tagDeltas: [], colorDeltas } satisfies TagUndo });
        return res;
      });
    },

    /** Undoes this member's latest tag change (or the one given, whoever made it): only what is still as that change left it. */
    async undoTagChange(req: Req<'undoTagChange'>): Promise<Res<'undoTagChange'>> {
      return transaction(db, async (tx) => {
        const found = await tx.query<{ id: string; undo: TagUndo }>(
          req.changeId
            ? `SELECT id, undo FROM changes WHERE id = $1 AND kind = 'tags' AND undo IS NOT NULL AND undone_at IS NULL FOR UPDATE`
            : `SELECT id, undo FROM changes WHERE user_id IS NOT DISTINCT FROM $1 AND kind = 'tags' AND undo IS NOT NULL AND undone_at IS NULL ORDER BY at DESC, id DESC LIMIT 1 FOR UPDATE`,
          [req.changeId ?? user?.id ?? null],
        );
        const change = found.rows[0];
        if (!change) return { undone: null };
        const inverse = change.undo.tagDeltas.map((d) => ({ id: d.id, added: d.removed, removed: d.added }));
        const reverted = await applyDeltas(tx, user, inverse);
        const colors = await tx.query<{ tag: string; color: string }>('SELECT tag, color FROM tag_colors WHERE tag = ANY($1) FOR UPDATE', [change.undo.colorDeltas.map((d) => d.name)]);
        const now = new Map(colors.rows.map((r) => [r.tag, r.color]));
        const colorBack = [...change.undo.colorDeltas]
          .reverse()
          .filter((d) => (now.get(d.name) ?? null) === d.after && d.after !== d.before)
          .map((d) => ({ name: d.name, before: d.after, after: d.before }));
        await applyColors(tx, user, colorBack);
        await tx.query('UPDATE changes SET undone_at = now(), undone_by = $2 WHERE id = $1', [change.id, user?.id ?? null]);
        const res = { undone: change.id };
        // Recorded for the feed, not for undo: the next undo goes on to the change before.
        if (reverted.length || colorBack.length) await recordChange(tx, user, 'undoTagChange', req, res);
        return res;
      });
    },
  };
}
