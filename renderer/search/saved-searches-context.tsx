/**
 * The library's saved searches with their live counts, and every change to them. Counts are
 * fetched again when the library, its tags or the index change (the service recounts only then);
 * each change shows a toast with "Undo" and joins the app's undo history (Ctrl/⌘+Z).
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Sort } from '../../shared/contract';
import type { SavedSearch } from '../../shared/saved-searches';
import { useApi, useEvent } from '../app/api-context';
import { useToasts } from '../app/toasts';
import { useUndo } from '../app/undo';
import { errorMessage } from '../client';

export interface SavedSearchesApi {
  searches: SavedSearch[];
  /** Why the list could not be loaded, if it could not. */
  failure: string | null;
  save(name: string, query: string, sort: Sort): Promise<SavedSearch | null>;
  rename(search: SavedSearch, name: string): Promise<boolean>;
  remove(search: SavedSearch): Promise<void>;
}

const SavedSearchesContext = createContext<SavedSearchesApi | null>(null);
/** Changes often come in bursts (a scan, the analysis pass): one refresh after them. */
const REFRESH_DELAY_MS = 300;

export function useSavedSearches(): SavedSearchesApi {
  const ctx = useContext(SavedSearchesContext);
  if (!ctx) throw new Error('useSavedSearches outside <SavedSearchesProvider>');
  return ctx;
}

export function SavedSearchesProvider({ children }: { children: ReactNode }) {
  const api = useApi();
  const { notify } = useToasts();
  const history = useUndo();
  const [searches, setSearches] = useState<SavedSearch[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const request = useRef(0);

  const refresh = useCallback(() => {
    const mine = ++request.current;
    api.listSavedSearches({}).then(
      (r) => {
        if (mine !== request.current) return;
        setSearches(r.searches);
        setFailure(null);
      },
      (e) => mine === request.current && setFailure(errorMessage(e)),
    );
  }, [api]);
  const refreshSoon = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(refresh, REFRESH_DELAY_MS);
  }, [refresh]);
  useEffect(() => {
    refresh();
    return () => {
      if (timer.current) clearTimeout(timer.current);
    };
  }, [refresh]);
  useEvent('savedSearchesChanged', refreshSoon);
  useEvent('libraryChanged', refreshSoon);
  useEvent('indexProgress', (p) => p.phase === 'ready' && refreshSoon());

  const undoChange = useCallback(
    async (changeId: string) => {
      try {
        await api.undoSearchChange({ changeId });
        notify({ message: 'Saved search change undone.' });
      } catch (e) {
        notify({ kind: 'error', message: `Could not undo: ${errorMessage(e)}` });
      }
      refresh();
    },
    [api, notify, refresh],
  );

  const announce = useCallback(
    (message: string, changeId: string) => {
      const undoThis = history.push({ label: message, undo: () => undoChange(changeId) });
      notify({ message, action: { label: 'Undo', run: () => void undoThis() } });
      refresh();
    },
    [history, notify, refresh, undoChange],
  );

  const value = useMemo<SavedSearchesApi>(
    () => ({
      searches,
      failure,
      async save(name, query, sort) {
        try {
          const r = await api.saveSearch({ name, query, sort });
          announce(`Saved “${r.search.name}”.`, r.changeId);
          return r.search;
        } catch (e) {
          notify({ kind: 'error', message: `Could not save the search: ${errorMessage(e)}` });
          return null;
        }
      },
      async rename(search, name) {
        try {
          const r = await api.updateSavedSearch({ id: search.id, name });
          announce(`Renamed “${search.name}” to “${r.search.name}”.`, r.changeId);
          return true;
        } catch (e) {
          notify({ kind: 'error', message: `Could not rename: ${errorMessage(e)}` });
          return false;
        }
      },
      async remove(search) {
        try {
          const r = await api.deleteSavedSearch({ id: search.id });
          announce(`Deleted saved search “${search.name}”.`, r.changeId);
        } catch (e) {
          notify({ kind: 'error', message: `Could not delete: ${errorMessage(e)}` });
        }
      },
    }),
    [api, searches, failure, announce, notify],
  );
  return <SavedSearchesContext.Provider value={value}>{children}</SavedSearchesContext.Provider>;
}
