/**
 * Notes and highlights in a team library (local: main/notes/store.ts), shared by the team: the
 * article's note in `article_notes`, each highlight a row of `highlights` (migration 003). Every
 * change is one transaction, attributed, in the activity feed, and undoable by the member who
 * made it: undo takes back as much of the change as still holds (a highlight someone else edited
 * since keeps their edit), as locally. Highlights are found again when the article's text changed
 * (timelines/anchor.ts reanchor, the local code), and the result is saved.
 *
 * Search: plain words and `note:` look in the notes through the local engine's own NoteMatcher
 * (main/search/note-matcher.ts), fed from these tables and rebuilt only when a note changed.
 */
import { randomBytes } from 'node:crypto';
import { DossierError, type Req, type Res } from '../../shared/contract';
import type { ArticleNotes, Highlight } from '../../shared/notes';
import type { PublishedDate } from '../../shared/model';
import type { Passage } from '../../shared/timeline';
import { NoteMatcher } from '../search/note-matcher';
import { capturePassage, reanchor } from '../timelines/anchor';
import { newChangeId, recordChange, type TeamUser } from './changes';
import { transaction, type Db, type Tx } from './db';

interface ArticleInfo {
  id: string;
  text: string;
  contentHash: string;
}

type NotesUndo =
  | { kind: 'add'; articleId: string; highlightId: string }
  | { kind: 'delete'; articleId: string; highlight: Highlight }
  | { kind: 'update'; articleId: string; highlightId: string; before: { color: string; note: string }; after: { color: string; note: string } }
  | { kind: 'note'; articleId: string; before: string; after: string };

interface HighlightRow {
  id: string;
  color: string;
  passage: Passage;
  status: Highlight['status'];
  content_hash: string | null;
  note: string;
  created_at: Date | null;
  updated_at: Date | null;
}

const HIGHLIGHT_COLUMNS = 'id, color, passage, status, content_hash, note, created_at, updated_at';
const newHighlightId = () => randomBytes(4).toString('hex').replace(/^[0-9]/, 'h').slice(0, 8);

const toHighlight = (r: HighlightRow): Highlight => ({
  id: r.id,
  color: r.color,
  passage: r.passage,
  status: r.status,
  contentHash: r.content_hash,
  note: r.note,
  createdAt: r.created_at?.toISOString() ?? null,
  updatedAt: r.updated_at?.toISOString() ?? null,
});

export function emptyTeamNotes(articleId: string): ArticleNotes {
  return { articleId, note: '', highlights: [], updatedAt: null, file: null };
}

/** An article's notes as stored (undefined: nobody ever wrote any). */
async function notesOf(db: Db | Tx, articleId: string): Promise<ArticleNotes | undefined> {
  const head = await db.query<{ note: string; updated_at: Date }>('SELECT note, updated_at FROM article_notes WHERE article_id = $1', [articleId]);
  if (!head.rows[0]) return undefined;
  const { rows } = await db.query<HighlightRow>(`SELECT ${HIGHLIGHT_COLUMNS} FROM highlights WHERE article_id = $1 ORDER BY (passage->>'start')::int, id`, [articleId]);
  // No file: a team's notes live in the database (`file` names a local library's notes file).
  return { articleId, note: head.rows[0].note, highlights: rows.map(toHighlight), updatedAt: head.rows[0].updated_at.toISOString(), file: null };
}

/** Creates the article's notes row or marks it changed now, by this member. */
async function touch(tx: Tx, user: TeamUser | null, articleId: string): Promise<void> {
  await tx.query(
    `INSERT INTO article_notes (article_id, updated_by) VALUES ($1, $2)
     ON CONFLICT (article_id) DO UPDATE SET updated_by = excluded.updated_by, updated_at = clock_timestamp()`,
    [articleId, user?.id ?? null],
  );
}

async function lockHighlight(tx: Tx, articleId: string, highlightId: string): Promise<Highlight> {
  const { rows } = await tx.query<HighlightRow>(`SELECT ${HIGHLIGHT_COLUMNS} FROM highlights WHERE article_id = $1 AND id = $2 FOR UPDATE`, [articleId, highlightId]);
  if (!rows[0]) throw new DossierError('not-found', `there is no highlight ${highlightId} on this article`);
  return toHighlight(rows[0]);
}

async function insertHighlight(tx: Tx, user: TeamUser | null, articleId: string, h: Highlight): Promise<void> {
  await tx.query(
    `INSERT INTO highlights (id, article_id, color, passage, status, content_hash, note, created_by, created_at, updated_by, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, coalesce($9::timestamptz, now()), $8, now()) ON CONFLICT (id) DO NOTHING`,
    [h.id, articleId, h.color, JSON.stringify(h.passage), h.status, h.contentHash, h.note, user?.id ?? null, h.createdAt],
  );
}

/* ---------- search ---------- */

/** The searchable texts of an article's notes: its note, then its highlights' notes (as locally). */
const NOTE_TEXTS_SQL = `SELECT n.article_id, n.note,
    coalesce((SELECT array_agg(h.note ORDER BY (h.passage->>'start')::int, h.id) FROM highlights h WHERE h.article_id = n.article_id), '{}') AS highlight_notes
  FROM article_notes n`;

interface NoteIndex {
  revision: string;
  matcher: NoteMatcher;
  texts: Map<string, string>;
}
const noteIndexes = new WeakMap<Db, Promise<NoteIndex>>();

/** The notes of the whole library as the local engine searches them, rebuilt when any note changed. */
export async function noteIndexOf(db: Db): Promise<NoteIndex> {
  const { rows } = await db.query<{ revision: string }>(`SELECT count(*) || '/' || coalesce(max(updated_at)::text, '') AS revision FROM article_notes`);
  const revision = rows[0]!.revision;
  const cached = noteIndexes.get(db);
  if (cached) {
    const index = await cached.catch(() => undefined);
    if (index?.revision === revision) return index;
  }
  const built = (async () => {
    const matcher = new NoteMatcher();
    const texts = new Map<string, string>();
    const all = await db.query<{ article_id: string; note: string; highlight_notes: string[] }>(NOTE_TEXTS_SQL);
    for (const r of all.rows) {
      const parts = [r.note, ...r.highlight_notes];
      matcher.set(r.article_id, parts);
      const joined = parts.filter(Boolean).join('\n\n');
      if (joined) texts.set(r.article_id, joined);
    }
    return { revision, matcher, texts };
  })();
  noteIndexes.set(db, built);
  return built;
}

/* ---------- the operations ---------- */

export function teamNotesOps(db: Db, user: TeamUser | null, article: (id: string) => Promise<ArticleInfo>) {
  /** A change to one article's notes, in one transaction, recorded with what undo needs. */
  async function change<K extends 'addHighlight' | 'updateHighlight' | 'deleteHighlight' | 'setArticleNote'>(
    op: K,
    req: Req<K>,
    articleId: string,
    edit: (tx: Tx) => Promise<NotesUndo>,
  ): Promise<{ changeId: string; notes: ArticleNotes }> {
    return transaction(db, async (tx) => {
      await touch(tx, user, articleId);
      // The notes row is locked from here on: changes to one article's notes take turns.
      await tx.query('SELECT 1 FROM article_notes WHERE article_id = $1 FOR UPDATE', [articleId]);
      const undo = await edit(tx);
      const changeId = newChangeId('note');
      const notes = (await notesOf(tx, articleId)) ?? emptyTeamNotes(articleId);
      const res = { changeId, notes };
      await recordChange(tx, user, op, req, res as Res<K>, { id: changeId, undo });
      return res;
    });
  }

  return {
    /** The article's notes, highlights found again (and saved) when its text changed since they were made. */
    async getNotes(req: Req<'getNotes'>): Promise<Res<'getNotes'>> {
      const info = await article(req.articleId);
      const notes = await notesOf(db, info.id);
      if (!notes) return emptyTeamNotes(info.id);
      const stale = notes.highlights.filter((h) => h.contentHash !== info.contentHash || (h.status === 'source-changed' && h.contentHash === null));
      if (!stale.length) return notes;
      await transaction(db, async (tx) => {
        for (const h of stale) {
          const result = reanchor(h.passage, info.text);
          const passage = result.status === 'source-changed' ? h.passage : result.passage;
          const contentHash = result.status === 'source-changed' ? h.contentHash : info.contentHash;
          // Only highlights nobody changed meanwhile.
          await tx.query(`UPDATE highlights SET passage = $3, status = $4, content_hash = $5 WHERE article_id = $1 AND id = $2 AND passage->>'quote' = $6`, [
            info.id,
            h.id,
            JSON.stringify(passage),
            result.status,
            contentHash,
            h.passage.quote,
          ]);
        }
      });
      return (await notesOf(db, info.id)) ?? emptyTeamNotes(info.id);
    },

    async listNotes(req: Req<'listNotes'>): Promise<Res<'listNotes'>> {
      const where = `n.note <> '' OR EXISTS (SELECT 1 FROM highlights h WHERE h.article_id = n.article_id)`;
      const [total, page] = await Promise.all([
        db.query<{ n: number }>(`SELECT count(*)::integer AS n FROM article_notes n WHERE ${where}`),
        db.query<{ article_id: string; title: string; path: string; publisher: string | null; published: PublishedDate | null }>(
          `SELECT n.article_id, a.title, a.path, a.publisher,
                  CASE WHEN a.corrections ? 'publishedAt' THEN a.corrections->'publishedAt' ELSE a.meta->'publishedAt' END AS published
             FROM article_notes n JOIN articles a ON a.id = n.article_id
            WHERE ${where} ORDER BY n.updated_at DESC, n.article_id LIMIT $1 OFFSET $2`,
          [req.limit ?? 200, req.offset ?? 0],
        ),
      ]);
      const items = [];
      for (const r of page.rows) {
        const notes = (await notesOf(db, r.article_id)) ?? emptyTeamNotes(r.article_id);
        items.push({ ...notes, article: { title: r.title, path: r.path, publisher: r.publisher, publishedAt: r.published } });
      }
      // Notes live in the database: there are no files that could not be read.
      return { total: total.rows[0]!.n, items, problems: [] };
    },

    async addHighlight(req: Req<'addHighlight'>): Promise<Res<'addHighlight'>> {
      const info = await article(req.articleId);
      const passage = capturePassage(info.text, req.start, req.end);
      if (!passage.quote.trim()) throw new DossierError('invalid-request', 'select some text of the article to highlight it');
      const id = newHighlightId();
      const res = await change('addHighlight', req, info.id, async (tx) => {
        await insertHighlight(tx, user, info.id, {
          id,
          color: req.color ?? 'yellow',
          passage,
          status: 'ok',
          contentHash: info.contentHash,
          note: (req.note ?? '').trim(),
          createdAt: null,
          updatedAt: null,
        });
        return { kind: 'add', articleId: info.id, highlightId: id };
      });
      return { ...res, highlight: res.notes.highlights.find((h) => h.id === id)! };
    },

    async updateHighlight(req: Req<'updateHighlight'>): Promise<Res<'updateHighlight'>> {
      const info = await article(req.articleId);
      return change('updateHighlight', req, info.id, async (tx) => {
        const current = await lockHighlight(tx, info.id, req.highlightId);
        const before = { color: current.color, note: current.note };
        const after = { color: req.color ?? current.color, note: req.note === undefined ? current.note : req.note.trim() };
        await tx.query('UPDATE highlights SET color = $3, note = $4, updated_by = $5, updated_at = now() WHERE article_id = $1 AND id = $2', [info.id, req.highlightId, after.color, after.note, user?.id ?? null]);
        return { kind: 'update', articleId: info.id, highlightId: req.highlightId, before, after };
      });
    },

    async deleteHighlight(req: Req<'deleteHighlight'>): Promise<Res<'deleteHighlight'>> {
      const info = await article(req.articleId);
      return change('deleteHighlight', req, info.id, async (tx) => {
        const current = await lockHighlight(tx, info.id, req.highlightId);
        await tx.query('DELETE FROM highlights WHERE article_id = $1 AND id = $2', [info.id, req.highlightId]);
        return { kind: 'delete', articleId: info.id, highlight: current };
      });
    },

    async setArticleNote(req: Req<'setArticleNote'>): Promise<Res<'setArticleNote'>> {
      const info = await article(req.articleId);
      return change('setArticleNote', req, info.id, async (tx) => {
        const { rows } = await tx.query<{ note: string }>('SELECT note FROM article_notes WHERE article_id = $1', [info.id]);
        const before = rows[0]?.note ?? '';
        const after = req.note.trim();
        await tx.query('UPDATE article_notes SET note = $2 WHERE article_id = $1', [info.id, after]);
        return { kind: 'note', articleId: info.id, before, after };
      });
    },

    /** Undoes this member's latest notes change (or the one given): as much of it as still holds. */
    async undoNoteChange(req: Req<'undoNoteChange'>): Promise<Res<'undoNoteChange'>> {
      return transaction(db, async (tx) => {
        const found = await tx.query<{ id: string; undo: NotesUndo }>(
          req.changeId
            ? `SELECT id, undo FROM changes WHERE id = $1 AND kind = 'notes' AND undo IS NOT NULL AND undone_at IS NULL FOR UPDATE`
            : `SELECT id, undo FROM changes WHERE user_id IS NOT DISTINCT FROM $1 AND kind = 'notes' AND undo IS NOT NULL AND undone_at IS NULL ORDER BY at DESC, id DESC LIMIT 1 FOR UPDATE`,
          [req.changeId ?? user?.id ?? null],
        );
        const change = found.rows[0];
        if (!change) return { undone: null, articleId: null };
        const undo = change.undo;
        const exists = await tx.query('SELECT 1 FROM articles WHERE id = $1', [undo.articleId]);
        if (exists.rowCount) {
          await touch(tx, user, undo.articleId);
          await tx.query('SELECT 1 FROM article_notes WHERE article_id = $1 FOR UPDATE', [undo.articleId]);
          switch (undo.kind) {
            case 'add':
              await tx.query('DELETE FROM highlights WHERE article_id = $1 AND id = $2', [undo.articleId, undo.highlightId]);
              break;
            case 'delete':
              await insertHighlight(tx, user, undo.articleId, undo.highlight);
              break;
            case 'update':
              // Each field goes back only while it is as the change left it.
              await tx.query(
                `UPDATE highlights SET color = CASE WHEN color = $3 THEN $4 ELSE color END, note = CASE WHEN note = $5 THEN $6 ELSE note END, updated_by = $7, updated_at = now()
                  WHERE article_id = $1 AND id = $2`,
                [undo.articleId, undo.highlightId, undo.after.color, undo.before.color, undo.after.note, undo.before.note, user?.id ?? null],
              );
              break;
            case 'note':
              await tx.query('UPDATE article_notes SET note = $3 WHERE article_id = $1 AND note = $2', [undo.articleId, undo.after, undo.before]);
              break;
          }
        }
        await tx.query('UPDATE changes SET undone_at = now(), undone_by = $2 WHERE id = $1', [change.id, user?.id ?? null]);
        const res = { undone: change.id, articleId: undo.articleId };
        await recordChange(tx, user, 'undoNoteChange', req, res);
        return res;
      });
    },
  };
}

