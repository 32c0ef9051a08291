/**
 * Saved searches and search history in a team library, with the local semantics
 * (main/searches): saved searches are the team's (one list, names unique ignoring case and
 * accents, each with the number of articles its query finds now); the history is each member's
 * own (never shown to others, not in the activity feed). Every change is attributed and undoable
 * by the member who made it: the `changes` row holds the entry before and after, and undo puts it
 * back only while it is still as that change left it.
 */
import { randomBytes } from 'node:crypto';
import { DossierError, type Req, type Res, type Sort } from '../../shared/contract';
import { foldAccents } from '../../shared/fold';
import type { HistoryEntry, SavedSearch } from '../../shared/saved-searches';
import { HISTORY_LIMIT } from '../searches/search-history';
import { newChangeId, recordChange, type TeamUser } from './changes';
import { transaction, type Db, type Tx } from './db';
import { searchTeam } from './search';

interface SavedRow {
  id: string;
  name: string;
  query: string;
  sort: Sort;
  created_at: Date;
  updated_at: Date;
}

interface StoredSearch {
  id: string;
  name: string;
  query: string;
  sort: Sort;
  createdAt: string;
  updatedAt: string;
}

type SearchUndo = { kind: 'saved'; id: string; before: StoredSearch | null; after: StoredSearch | null } | { kind: 'history'; removed: HistoryEntry[] };

const COLUMNS = 'id, name, query, sort, created_at, updated_at';
const stored = (r: SavedRow): StoredSearch => ({ id: r.id, name: r.name, query: r.query, sort: r.sort, createdAt: r.created_at.toISOString(), updatedAt: r.updated_at.toISOString() });
const sameName = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'accent' }) === 0;
/** How history entries are matched: case and accents ignored, spaces collapsed (as locally). */
const historyKey = (query: string) => foldAccents(query.toLowerCase()).replace(/\s+/g, ' ').trim();
/** The command line's history (no member) is kept as user 0's. */
const historyOwner = (user: TeamUser | null) => user?.id ?? 0;

async function withCount(db: Db, s: StoredSearch, counts: boolean): Promise<SavedSearch> {
  if (!counts) return { ...s, count: null, error: null };
  const result = await searchTeam(db, { query: s.query, limit: 1, offset: 0, sort: 'relevance' });
  return { ...s, count: result.error ? null : result.total, error: result.error ? `${result.error.message} (at character ${result.error.position + 1})` : null };
}

/** Refuses a name another saved search has (the table is locked by the caller). */
async function checkName(tx: Tx, name: string, except: string | null): Promise<void> {
  const { rows } = await tx.query<{ id: string; name: string }>('SELECT id, name FROM saved_searches');
  const clash = rows.find((r) => r.id !== except && sameName(r.name, name));
  if (clash) throw new DossierError('invalid-request', `A saved search is already called "${clash.name}"; choose another name.`);
}

async function lockSaved(tx: Tx): Promise<void> {
  // Names are compared ignoring accents, which no unique index expresses: one writer at a time.
  await tx.query('LOCK TABLE saved_searches IN SHARE ROW EXCLUSIVE MODE');
}

async function current(tx: Tx, id: string): Promise<StoredSearch | null> {
  const { rows } = await tx.query<SavedRow>(`SELECT ${COLUMNS} FROM saved_searches WHERE id = $1`, [id]);
  return rows[0] ? stored(rows[0]) : null;
}

async function put(tx: Tx, user: TeamUser | null, s: StoredSearch): Promise<void> {
  await tx.query(
    `INSERT INTO saved_searches (id, name, query, sort, created_by, created_at, updated_by, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $5, $7)
     ON CONFLICT (id) DO UPDATE SET name = excluded.name, query = excluded.query, sort = excluded.sort, updated_by = excluded.updated_by, updated_at = excluded.updated_at`,
    [s.id, s.name, s.query, s.sort, user?.id ?? null, s.createdAt, s.updatedAt],
  );
}

const sameEntry = (a: StoredSearch | null, b: StoredSearch | null) =>
  a === null || b === null ? a === b : a.name === b.name && a.query === b.query && a.sort === b.sort && a.updatedAt === b.updatedAt;

export function teamSearchOps(db: Db, user: TeamUser | null) {
  return {
    /** A saved search by id or by name (case and accents ignored). */
    async resolve(idOrName: string): Promise<StoredSearch | undefined> {
      const { rows } = await db.query<SavedRow>(`SELECT ${COLUMNS} FROM saved_searches ORDER BY name, id`);
      const all = rows.map(stored);
      return all.find((s) => s.id === idOrName) ?? all.find((s) => sameName(s.name, idOrName.trim()));
    },

    async listSavedSearches(req: Req<'listSavedSearches'>): Promise<Res<'listSavedSearches'>> {
      const { rows } = await db.query<SavedRow>(`SELECT ${COLUMNS} FROM saved_searches`);
      const all = rows.map(stored).sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
      const searches: SavedSearch[] = [];
      for (const s of all) searches.push(await withCount(db, s, req.counts ?? true));
      return { searches };
    },

    async saveSearch(req: Req<'saveSearch'>): Promise<Res<'saveSearch'>> {
      const search = await transaction(db, async (tx) => {
        await lockSaved(tx);
        await checkName(tx, req.name, null);
        const at = new Date().toISOString();
        let id = randomBytes(4).toString('hex');
        while (await current(tx, id)) id = randomBytes(4).toString('hex');
        const created: StoredSearch = { id, name: req.name, query: req.query, sort: req.sort ?? 'relevance', createdAt: at, updatedAt: at };
        await put(tx, user, created);
        const changeId = newChangeId('saved');
        await recordChange(tx, user, 'saveSearch', req, { changeId, search: { ...created, count: null, error: null } }, { id: changeId, undo: { kind: 'saved', id, before: null, after: created } satisfies SearchUndo });
        return { changeId, created };
      });
      return { changeId: search.changeId, search: await withCount(db, search.created, true) };
    },

    async updateSavedSearch(req: Req<'updateSavedSearch'>): Promise<Res<'updateSavedSearch'>> {
      const done = await transaction(db, async (tx) => {
        await lockSaved(tx);
        const before = await current(tx, req.id);
        if (!before) throw new DossierError('not-found', `there is no saved search "${req.id}"`);
        if (req.name !== undefined) await checkName(tx, req.name, req.id);
        const after: StoredSearch = {
          ...before,
          ...(req.name !== undefined && { name: req.name }),
          ...(req.query !== undefined && { query: req.query }),
          ...(req.sort !== undefined && { sort: req.sort }),
          updatedAt: new Date().toISOString(),
        };
        await put(tx, user, after);
        const changeId = newChangeId('saved');
        await recordChange(tx, user, 'updateSavedSearch', req, { changeId, search: { ...after, count: null, error: null } }, { id: changeId, undo: { kind: 'saved', id: req.id, before, after } satisfies SearchUndo });
        return { changeId, after };
      });
      return { changeId: done.changeId, search: await withCount(db, done.after, true) };
    },

    async deleteSavedSearch(req: Req<'deleteSavedSearch'>): Promise<Res<'deleteSavedSearch'>> {
      return transaction(db, async (tx) => {
        await lockSaved(tx);
        const before = await current(tx, req.id);
        if (!before) throw new DossierError('not-found', `there is no saved search "${req.id}"`);
        await tx.query('DELETE FROM saved_searches WHERE id = $1', [req.id]);
        const changeId = newChangeId('saved');
        await recordChange(tx, user, 'deleteSavedSearch', req, { changeId }, { id: changeId, undo: { kind: 'saved', id: req.id, before, after: null } satisfies SearchUndo });
        return { changeId };
      });
    },

    async searchHistory(req: Req<'searchHistory'>): Promise<Res<'searchHistory'>> {
      const start = historyKey(req.prefix ?? '');
      const like = `${start.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      const { rows } = await db.query<{ query: string; at: Date }>('SELECT query, at FROM search_history WHERE user_id = $1 AND key LIKE $2 ORDER BY at DESC, key LIMIT $3', [
        historyOwner(user),
        like,
        req.limit ?? 20,
      ]);
      return { entries: rows.map((r) => ({ query: r.query, at: r.at.toISOString() })) };
    },

    async recordSearch(req: Req<'recordSearch'>): Promise<Res<'recordSearch'>> {
      const q = req.query.trim();
      if (!q) return { recorded: false };
      await transaction(db, async (tx) => {
        await tx.query(
          `INSERT INTO search_history (user_id, key, query, at) VALUES ($1, $2, $3, clock_timestamp())
           ON CONFLICT (user_id, key) DO UPDATE SET query = excluded.query, at = excluded.at`,
          [historyOwner(user), historyKey(q), q],
        );
        // The newest HISTORY_LIMIT queries are kept, as locally.
        await tx.query(
          `DELETE FROM search_history WHERE user_id = $1 AND key IN (SELECT key FROM search_history WHERE user_id = $1 ORDER BY at DESC, key OFFSET $2)`,
          [historyOwner(user), HISTORY_LIMIT],
        );
      });
      return { recorded: true };
    },

    async clearSearchHistory(req: Req<'clearSearchHistory'>): Promise<Res<'clearSearchHistory'>> {
      return transaction(db, async (tx) => {
        // The time as PostgreSQL writes it, to the microsecond: a JavaScript Date keeps milliseconds, and two searches
        // in one millisecond would come back from an undo tied, in the wrong order.
        const { rows } = await tx.query<{ query: string; at: string }>(
          req.query === undefined ? 'DELETE FROM search_history WHERE user_id = $1 RETURNING query, at::text AS at' : 'DELETE FROM search_history WHERE user_id = $1 AND key = $2 RETURNING query, at::text AS at',
          req.query === undefined ? [historyOwner(user)] : [historyOwner(user), historyKey(req.query)],
        );
        const removed = rows.map((r) => ({ query: r.query, at: r.at }));
        const changeId = newChangeId('history');
        // The member's own: kept for their undo, not shown in the team's feed.
        await tx.query(`INSERT INTO changes (id, user_id, kind, op, summary, undo, private) VALUES ($1, $2, 'searches', 'clearSearchHistory', $3, $4, true)`, [
          changeId,
          user?.id ?? null,
          `cleared ${removed.length} quer${removed.length === 1 ? 'y' : 'ies'} from the search history`,
          JSON.stringify({ kind: 'history', removed } satisfies SearchUndo),
        ]);
        return { changeId, removed: removed.length };
      });
    },

    /** Undoes this member's latest saved-search or history change (or the one given, if it is theirs or a saved search). */
    async undoSearchChange(req: Req<'undoSearchChange'>): Promise<Res<'undoSearchChange'>> {
      return transaction(db, async (tx) => {
        const found = await tx.query<{ id: string; undo: SearchUndo }>(
          req.changeId
            ? `SELECT id, undo FROM changes WHERE id = $1 AND kind = 'searches' AND undo IS NOT NULL AND undone_at IS NULL AND (NOT private OR user_id IS NOT DISTINCT FROM $2::bigint) FOR UPDATE`
            : `SELECT id, undo FROM changes WHERE $1::text IS NULL AND user_id IS NOT DISTINCT FROM $2::bigint AND kind = 'searches' AND undo IS NOT NULL AND undone_at IS NULL ORDER BY at DESC, id DESC LIMIT 1 FOR UPDATE`,
          [req.changeId ?? null, user?.id ?? null],
        );
        const change = found.rows[0];
        if (!change) {
          if (req.changeId !== undefined) throw new DossierError('not-found', `nothing to undo for change ${req.changeId} (it was undone already, or it is not a saved-search change)`);
          return { undone: null };
        }
        const undo = change.undo;
        if (undo.kind === 'history') {
          for (const e of undo.removed) {
            // Back where its time puts it, unless the query was searched again since.
            await tx.query(`INSERT INTO search_history (user_id, key, query, at) VALUES ($1, $2, $3, $4) ON CONFLICT (user_id, key) DO NOTHING`, [historyOwner(user), historyKey(e.query), e.query, e.at]);
          }
          await tx.query(
            `DELETE FROM search_history WHERE user_id = $1 AND key IN (SELECT key FROM search_history WHERE user_id = $1 ORDER BY at DESC, key OFFSET $2)`,
            [historyOwner(user), HISTORY_LIMIT],
          );
        } else {
          await lockSaved(tx);
          const now = await current(tx, undo.id);
          if (!sameEntry(now, undo.after)) {
            throw new DossierError('invalid-request', `The saved search "${undo.after?.name ?? undo.before?.name}" was changed since by someone else; it is left as it is.`);
          }
          if (undo.before) {
            if (undo.before.name !== now?.name) await checkName(tx, undo.before.name, undo.id);
            await put(tx, user, undo.before);
          } else await tx.query('DELETE FROM saved_searches WHERE id = $1', [undo.id]);
        }
        await tx.query('UPDATE changes SET undone_at = now(), undone_by = $2 WHERE id = $1', [change.id, user?.id ?? null]);
        const res = { undone: change.id };
        if (undo.kind === 'saved') await recordChange(tx, user, 'undoSearchChange', req, res);
        return res;
      });
    },
  };
}
