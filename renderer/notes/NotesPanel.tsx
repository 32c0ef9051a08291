/**
 * The reader's notes: the note on the article as a whole and its highlights, each with its colour,
 * passage (go to it), note, "Make event" and Delete (undoable). Notes save when the field is left
 * or with Ctrl/⌘+Enter.
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { HIGHLIGHT_COLORS, type ArticleNotes, type Highlight, type HighlightColor } from '../../shared/notes';
import type { NoteActions } from './use-notes';

export const colorOf = (h: Pick<Highlight, 'color'>): HighlightColor => ((HIGHLIGHT_COLORS as readonly string[]).includes(h.color) ? (h.color as HighlightColor) : 'yellow');

/** A note being written: kept locally while typed, saved when left (or Ctrl/⌘+Enter). */
function NoteField({ value, label, placeholder, onSave, autoFocus }: { value: string; label: string; placeholder: string; onSave(note: string): Promise<unknown>; autoFocus?: boolean }) {
  const [draft, setDraft] = useState(value);
  const [state, setState] = useState<'idle' | 'saving' | 'saved'>('idle');
  const dirty = useRef(false);
  const ref = useRef<HTMLTextAreaElement>(null);
  // A change from elsewhere (another window, Obsidian) shows, unless the user is typing here.
  useEffect(() => {
    if (!dirty.current) setDraft(value);
  }, [value]);
  useEffect(() => {
    if (autoFocus) ref.current?.focus();
  }, [autoFocus]);
  const save = async () => {
    if (!dirty.current) return;
    dirty.current = false;
    if (draft.trim() === value.trim()) return;
    setState('saving');
    await onSave(draft);
    setState('saved');
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void save();
    }
  };
  return (
    <div className="note-field">
      <textarea
        ref={ref}
        aria-label={label}
        placeholder={placeholder}
        value={draft}
        rows={Math.min(8, Math.max(2, draft.split('\n').length))}
        onChange={(e) => {
          dirty.current = true;
          setState('idle');
          setDraft(e.target.value);
        }}
        onBlur={() => void save()}
        onKeyDown={onKeyDown}
      />
      <span className="muted note-state" aria-live="polite">
        {state === 'saving' ? 'Saving…' : state === 'saved' ? 'Saved' : ''}
      </span>
    </div>
  );
}

const STATUS: Record<Highlight['status'], string | null> = {
  ok: null,
  moved: 'the article changed; the passage was found again',
  'source-changed': 'the article changed; this passage is no longer in it',
};

interface Props {
  articleId: string;
  notes: ArticleNotes | null;
  actions: NoteActions;
  /** The highlight whose note to put the cursor in (one just made). */
  focusId: string | null;
  onGoTo(h: Highlight): void;
  onMakeEvent(h: Highlight): void;
}

export function NotesPanel({ articleId, notes, actions, focusId, onGoTo, onMakeEvent }: Props) {
  const highlights = notes?.highlights ?? [];
  return (
    <section className="notes-panel" aria-label="Notes and highlights">
      <NoteField
        label="Note on this article"
        placeholder="A note on the article as a whole (Markdown)…"
        value={notes?.note ?? ''}
        onSave={(note) => actions.setArticleNote(articleId, note)}
      />
      {highlights.length === 0 ? (
        <p className="muted">Select a passage of the text to highlight it and write a note on it (or press h).</p>
      ) : (
        <ol className="highlight-list" aria-label="Highlights">
          {highlights.map((h) => (
            <li key={h.id} className={`highlight-item hl-${colorOf(h)}`} aria-label={`Highlight: ${h.passage.quote.slice(0, 80)}`}>
              <button type="button" className="highlight-quote" onClick={() => onGoTo(h)} title="Show in the text">
                “{h.passage.quote}”
              </button>
              {STATUS[h.status] && <span className={`badge ${h.status}`}>{STATUS[h.status]}</span>}
              <NoteField label="Note on this highlight" placeholder="Your note on this passage…" value={h.note} autoFocus={focusId === h.id} onSave={(note) => actions.updateHighlight(articleId, h.id, { note })} />
              <div className="highlight-actions">
                <label>
                  <span className="visually-hidden">Colour</span>
                  <select aria-label="Colour" value={colorOf(h)} onChange={(e) => void actions.updateHighlight(articleId, h.id, { color: e.target.value as HighlightColor })}>
                    {HIGHLIGHT_COLORS.map((c) => (
                      <option key={c} value={c}>
                        {c}
                      </option>
                    ))}
                  </select>
                </label>
                <button type="button" onClick={() => onMakeEvent(h)} disabled={h.status === 'source-changed'}>
                  Make event
                </button>
                <button type="button" onClick={() => void actions.deleteHighlight(articleId, h)}>
                  Delete highlight
                </button>
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
