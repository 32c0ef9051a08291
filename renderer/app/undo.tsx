/**
 * The app's undo history across features (tags, saved searches, the search history): each change
 * that can be undone is pushed here; Ctrl/⌘+Z undoes the latest, whichever feature made it, and a
 * toast's "Undo" undoes its own change (which then leaves the history).
 */
import { createContext, useCallback, useContext, useMemo, useRef, type ReactNode } from 'react';

export interface UndoEntry {
  /** What the change did, for the message after undoing it ("Deleted saved search “Arms”"). */
  label: string;
  undo(): Promise<void>;
}

export interface UndoApi {
  /** Records a change; returns the function that undoes it (for a toast's button). */
  push(entry: UndoEntry): () => Promise<void>;
  /** Undoes the latest change still recorded; false when there is none. */
  undoLatest(): Promise<boolean>;
}

const UndoContext = createContext<UndoApi | null>(null);
const LIMIT = 100;

export function useUndo(): UndoApi {
  const ctx = useContext(UndoContext);
  if (!ctx) throw new Error('useUndo outside <UndoProvider>');
  return ctx;
}

export function UndoProvider({ children }: { children: ReactNode }) {
  const entries = useRef<UndoEntry[]>([]);
  const take = useCallback((entry: UndoEntry) => {
    const at = entries.current.indexOf(entry);
    if (at < 0) return false;
    entries.current.splice(at, 1);
    return true;
  }, []);
  const push = useCallback(
    (entry: UndoEntry) => {
      entries.current = [...entries.current.slice(-(LIMIT - 1)), entry];
      return async () => {
        if (take(entry)) await entry.undo();
      };
    },
    [take],
  );
  const undoLatest = useCallback(async () => {
    const entry = entries.current[entries.current.length - 1];
    if (!entry || !take(entry)) return false;
    await entry.undo();
    return true;
  }, [take]);
  const api = useMemo(() => ({ push, undoLatest }), [push, undoLatest]);
  return <UndoContext.Provider value={api}>{children}</UndoContext.Provider>;
}
