/**
 * Saved searches and the search history for the API service (shared/contract.ts,
 * `savedSearchContract`), over one library: `createSearchOps(deps)` gives the operations; the
 * service spreads them into its own.
 *
 * Counts: every saved search shows how many articles its query finds now. A count is a search
 * without page, facets or snippets (engine.count), cached per query and recomputed only when the
 * library, its tags or the index changed since (`revision`), and only when the list is asked for.
 */
import path from 'node:path';
import { DossierError, type QueryError, type Req, type Res, type SavedSearchOpName } from '../../shared/contract';
import type { SavedSearch } from '../../shared/saved-searches';
import { SAVED_SEARCHES_FILE, SavedSearchStore, type StoredSearch } from './saved-searches';
import { historyFileOf, SearchHistory } from './search-history';

export { SavedSearchStore } from './saved-searches';
export { SearchHistory, historyFileOf } from './search-history';
export { userStateDir } from './state-dir';

export interface SearchOpsDeps {
  /** The library's data folder (`library.dataDir`). */
  dataDir: string;
  /** The library folder (names its history file). */
  root: string;
  /** The user's state folder (state-dir.ts). */
  stateDir: string;
  /** How many articles a query finds now. */
  count(query: string): Promise<{ total: number; error: QueryError | null }>;
  /** Changes whenever counts may have changed (index, library files, tags). */
  revision(): string;
  /** Saved searches were added, changed or removed here. */
  changed(): void;
  now?: () => Date;
}

export type SearchOps = { [K in SavedSearchOpName]: (req: Req<K>) => Promise<Res<K>> } & {
  /** A saved search by id or name (case-insensitive). */
  resolve(idOrName: string): Promise<StoredSearch | undefined>;
  /** What is wrong with saved-searches.json, if anything (listed with the library's problems). */
  problems(): Promise<string[]>;
};

type Change = { changeId: string } & ({ kind: 'saved' } | { kind: 'history'; removed: { query: string; at: string }[] });

const UNDO_LIMIT = 200;
let counter = 0;

export function createSearchOps(deps: SearchOpsDeps): SearchOps {
  const store = new SavedSearchStore(path.join(deps.dataDir, SAVED_SEARCHES_FILE), deps.now);
  const history = new SearchHistory(historyFileOf(deps.stateDir, deps.root), deps.root, deps.now);
  const counts = new Map<string, { revision: string; total: number; error: QueryError | null }>();
  const changes: Change[] = [];
  const remember = (change: Change) => {
    changes.push(change);
    if (changes.length > UNDO_LIMIT) changes.shift();
    return change.changeId;
  };

  async function countOf(query: string): Promise<{ total: number; error: QueryError | null }> {
    const revision = deps.revision();
    const cached = counts.get(query);
    if (cached?.revision === revision) return cached;
    const { total, error } = await deps.count(query);
    counts.set(query, { revision, total, error });
    return { total, error };
  }

  async function toApi(s: StoredSearch, withCount: boolean): Promise<SavedSearch> {
    const base = { id: s.id, name: s.name, query: s.query, sort: s.sort, createdAt: s.createdAt, updatedAt: s.updatedAt };
    if (!withCount) return { ...base, count: null, error: null };
    const { total, error } = await countOf(s.query);
    return { ...base, count: error ? null : total, error: error ? `${error.message} (at character ${error.position + 1})` : null };
  }

  const ops: SearchOps = {
    async listSavedSearches(req) {
      const searches: SavedSearch[] = [];
      // One at a time: each count is a query over every shard.
      for (const s of await store.list()) searches.push(await toApi(s, req.counts ?? true));
      return { searches };
    },
    async saveSearch(req) {
      const { changeId, search } = await store.add({ name: req.name, query: req.query, sort: req.sort ?? 'relevance' });
      deps.changed();
      return { changeId: remember({ changeId, kind: 'saved' }), search: await toApi(search, true) };
    },
    async updateSavedSearch(req) {
      const { changeId, search } = await store.update(req.id, { name: req.name, query: req.query, sort: req.sort });
      deps.changed();
      return { changeId: remember({ changeId, kind: 'saved' }), search: await toApi(search, true) };
    },
    async deleteSavedSearch(req) {
      const { changeId } = await store.remove(req.id);
      deps.changed();
      return { changeId: remember({ changeId, kind: 'saved' }) };
    },
    async searchHistory(req) {
      return { entries: await history.list(req.prefix ?? '', req.limit ?? 20) };
    },
    async recordSearch(req) {
      return { recorded: await history.record(req.query) };
    },
    async clearSearchHistory(req) {
      const removed = await history.clear(req.query);
      const changeId = remember({ changeId: `history-${Date.now().toString(36)}-${++counter}`, kind: 'history', removed });
      return { changeId, removed: removed.length };
    },
    async undoSearchChange(req) {
      const index = req.changeId === undefined ? changes.length - 1 : changes.findIndex((c) => c.changeId === req.changeId);
      const change = changes[index];
      if (!change) {
        if (req.changeId !== undefined) throw new DossierError('not-found', `nothing to undo for change ${req.changeId} (it was undone already, or Dossier restarted since)`);
        return { undone: null };
      }
      if (change.kind === 'saved') {
        await store.undo(change.changeId);
        deps.changed();
      } else await history.restore(change.removed);
      changes.splice(index, 1);
      return { undone: change.changeId };
    },
    resolve: (idOrName) => store.find(idOrName),
    async problems() {
      await store.list();
      return store.problems();
    },
  };
  return ops;
}
