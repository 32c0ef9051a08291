/**
 * One undo history for the whole UI: every undoable change (tags, metadata corrections, notes and
 * highlights, saved searches, the search history) is pushed here when it is made; Ctrl/⌘+Z takes
 * back the latest one, whatever its kind. Each change's own toast also offers "Undo" for that change
 * (which then leaves the history).
 */
import { createContext, useCallback, useContext, useMemo, useRef, type ReactNode } from 'react';
import { useToasts } from './toasts';

export interface UndoEntry {
  /** Changes that share a key are one history entry (the latest replaces the earlier). */
  key?: string;
  /** What the change did ("Deleted saved search “Arms”"). */
  label?: string;
  undo(): Promise<void>;
}

export interface UndoApi {
  /** Records a change; returns the function that undoes it (for a toast's button). */
  push(entry: UndoEntry): () => Promise<void>;
  /** Undoes the latest change still recorded; false when there is none. */
  undoLast(): Promise<boolean>;
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
  /** Takes the entry out of the history; false when it was already undone (or dropped off the end). */
  const take = useCallback((entry: UndoEntry) => {
    const at = entries.current.indexOf(entry);
    if (at < 0) return false;
    entries.current.splice(at, 1);
    return true;
  }, []);
  const push = useCallback(
    (entry: UndoEntry) => {
      const kept = entry.key === undefined ? entries.current : entries.current.filter((e) => e.key !== entry.key);
      entries.current = [...kept.slice(-(LIMIT - 1)), entry];
      return async () => {
        if (take(entry)) await entry.undo();
      };
    },
    [take],
  );
  const undoLast = useCallback(async () => {
    const entry = entries.current.at(-1);
    if (!entry || !take(entry)) return false;
    await entry.undo();
    return true;
  }, [take]);
  const api = useMemo(() => ({ push, undoLast }), [push, undoLast]);
  return <UndoContext.Provider value={api}>{children}</UndoContext.Provider>;
}

/**
 * Announces a change the user made: it goes into the undo history and, with a message, into a toast
 * whose "Undo" takes back this change (and takes it out of the history).
 */
export function useAnnounceChange(): (change: { key: string; message: string | null; undo(): Promise<void> }) => void {
  const history = useUndo();
  const { notify } = useToasts();
  return useCallback(
    ({ key, message, undo }) => {
      const undoThis = history.push({ key, label: message ?? undefined, undo });
      if (message) notify({ message, action: { label: 'Undo', run: () => void undoThis() } });
    },
    [history, notify],
  );
}
