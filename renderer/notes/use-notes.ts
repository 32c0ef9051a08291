/**
 * An article's notes and highlights, kept current (they also change in other windows, other
 * Dossier processes and in Obsidian: `notesChanged`), and every change to them with a toast and an
 * undo entry.
 */
import { useCallback, useEffect, useState } from 'react';
import type { ArticleNotes, Highlight, HighlightColor, NotesChange } from '../../shared/notes';
import { useApi, useEvent } from '../app/api-context';
import { useToasts } from '../app/toasts';
import { useAnnounceChange } from '../app/undo';
import { errorMessage } from '../client';

export function useArticleNotes(articleId: string | null): { notes: ArticleNotes | null; error: string | null; reload(): void; set(notes: ArticleNotes): void } {
  const api = useApi();
  const [notes, setNotes] = useState<ArticleNotes | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  useEffect(() => {
    if (!articleId) return setNotes(null);
    let live = true;
    api.getNotes({ articleId }).then(
      (n) => {
        if (!live) return;
        setNotes(n);
        setError(null);
      },
      (e) => live && setError(errorMessage(e)),
    );
    return () => {
      live = false;
    };
  }, [api, articleId, version]);
  useEvent('notesChanged', (e) => {
    if (articleId && e.articleIds.includes(articleId)) reload();
  });
  return { notes: notes?.articleId === articleId ? notes : null, error, reload, set: setNotes };
}

export interface NoteActions {
  addHighlight(articleId: string, start: number, end: number, color: HighlightColor, note?: string): Promise<Highlight | null>;
  updateHighlight(articleId: string, highlightId: string, patch: { color?: HighlightColor; note?: string }): Promise<boolean>;
  deleteHighlight(articleId: string, highlight: Highlight): Promise<boolean>;
  setArticleNote(articleId: string, note: string): Promise<boolean>;
}

const excerpt = (s: string) => {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > 50 ? `${one.slice(0, 48)}…` : one;
};

/** The changes, each announced (with Undo where it destroys or replaces something) and put in the undo history. */
export function useNoteActions(onChanged: (notes: NotesChange['notes']) => void): NoteActions {
  const api = useApi();
  const { notify } = useToasts();
  const announce = useAnnounceChange();

  const run = useCallback(
    async <R extends NotesChange>(work: () => Promise<R>, message: ((r: R) => string) | null): Promise<R | null> => {
      try {
        const r = await work();
        onChanged(r.notes);
        const undo = async () => {
          try {
            await api.undoNoteChange({ changeId: r.changeId });
            notify({ message: 'Notes change undone.' });
          } catch (e) {
            notify({ kind: 'error', message: `Could not undo: ${errorMessage(e)}` });
          }
        };
        announce({ key: r.changeId, message: message && message(r), undo });
        return r;
      } catch (e) {
        notify({ kind: 'error', message: errorMessage(e) });
        return null;
      }
    },
    [api, notify, announce, onChanged],
  );

  return {
    addHighlight: async (articleId, start, end, color, note = '') =>
      (await run(() => api.addHighlight({ articleId, start, end, color, note }), (r) => `Highlighted “${excerpt(r.highlight.passage.quote)}”.`))?.highlight ?? null,
    updateHighlight: async (articleId, highlightId, patch) => !!(await run(() => api.updateHighlight({ articleId, highlightId, ...patch }), null)),
    deleteHighlight: async (articleId, highlight) =>
      !!(await run(() => api.deleteHighlight({ articleId, highlightId: highlight.id }), () => `Highlight “${excerpt(highlight.passage.quote)}”${highlight.note ? ' and its note' : ''} deleted.`)),
    setArticleNote: async (articleId, note) => !!(await run(() => api.setArticleNote({ articleId, note }), note.trim() ? null : () => 'Note on the article deleted.')),
  };
}
