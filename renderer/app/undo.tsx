/**
 * One undo history for the whole UI: every undoable change (tags, metadata corrections, notes and
 * highlights) is pushed here when it is made; Ctrl/⌘+Z takes back the latest one, whatever its
 * kind. Each change's own toast also offers "Undo" for that change.
 */
import { createContext, useCallback, useContext, useMemo, useRef, type ReactNode } from 'react';
import { useToasts } from './toasts';

export interface UndoEntry {
  /** Changes that share a key are one history entry: undoing one removes it (e.g. from its toast). */
  key: string;
  undo(): Promise<void>;
}

interface UndoApi {
  push(entry: UndoEntry): void;
  /** Forget an entry already undone another way (its toast's button). */
  drop(key: string): void;
  /** Undoes the latest change; false when there is nothing to undo. */
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
  const stack = useRef<UndoEntry[]>([]);
  const push = useCallback((entry: UndoEntry) => {
    stack.current = [...stack.current.filter((e) => e.key !== entry.key), entry].slice(-LIMIT);
  }, []);
  const drop = useCallback((key: string) => {
    stack.current = stack.current.filter((e) => e.key !== key);
  }, []);
  const undoLast = useCallback(async () => {
    const entry = stack.current.at(-1);
    if (!entry) return false;
    stack.current = stack.current.slice(0, -1);
    await entry.undo();
    return true;
  }, []);
  const api = useMemo(() => ({ push, drop, undoLast }), [push, drop, undoLast]);
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
      history.push({ key, undo });
      if (!message) return;
      notify({
        message,
        action: {
          label: 'Undo',
          run: () => {
            history.drop(key);
            void undo();
          },
        },
      });
    },
    [history, notify],
  );
}
