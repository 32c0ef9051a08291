/**
 * Every note and highlight of the library, most recently changed first: filter them as you type,
 * open an article (at a highlight's passage) in the reader, or search them with `note:`.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { NotesListItem } from '../../shared/notes';
import { useApi, useEvent } from '../app/api-context';
import { formatPublished, plural } from '../app/format';
import { errorMessage } from '../client';
import { colorOf } from './NotesPanel';

interface Props {
  onOpen(articleId: string, passage?: { start: number; end: number }): void;
  onSearch(query: string): void;
}

const matches = (item: NotesListItem, words: string[]) => {
  const haystack = [item.note, item.article?.title ?? '', ...item.highlights.flatMap((h) => [h.note, h.passage.quote])].join('\n').toLowerCase();
  return words.every((w) => haystack.includes(w));
};

export function NotesView({ onOpen, onSearch }: Props) {
  const api = useApi();
  const [items, setItems] = useState<NotesListItem[] | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [filter, setFilter] = useState('');

  const load = useCallback(() => {
    api.listNotes({ limit: 1000 }).then(
      (r) => {
        setItems(r.items);
        setProblems(r.problems);
        setFailure(null);
      },
      (e) => setFailure(errorMessage(e)),
    );
  }, [api]);
  useEffect(load, [load]);
  useEvent('notesChanged', load);

  const words = filter.toLowerCase().split(/\s+/).filter(Boolean);
  const shown = useMemo(() => (items ?? []).filter((i) => matches(i, words)), [items, words.join(' ')]); // eslint-disable-line react-hooks/exhaustive-deps
  const highlightCount = shown.reduce((n, i) => n + i.highlights.length, 0);

  return (
    <div className="notes-view">
      <div className="notes-toolbar" role="search" aria-label="Filter notes">
        <input type="text" aria-label="Filter notes" placeholder="Filter notes and highlights…" value={filter} onChange={(e) => setFilter(e.target.value)} />
        <button type="button" disabled={!words.length} onClick={() => onSearch(words.map((w) => `note:${/[\s"]/.test(w) ? `"${w}"` : w}`).join(' '))}>
          Search the library for these notes
        </button>
        <span className="muted" aria-live="polite">
          {items ? `${plural(shown.length, 'article')}, ${plural(highlightCount, 'highlight')}` : 'Loading…'}
        </span>
      </div>
      {failure && (
        <p role="alert" className="error">
          Could not load the notes: {failure}
        </p>
      )}
      {problems.map((p) => (
        <p key={p} className="warnings" role="note">
          {p}
        </p>
      ))}
      {items && items.length === 0 && <p className="empty">No notes yet. Open an article, select a passage and highlight it, or write a note on the article.</p>}
      <ul className="notes-list" aria-label="Notes by article">
        {shown.map((item) => (
          <li key={item.articleId} className="notes-article">
            <h3>
              <button type="button" className="link-button" onClick={() => onOpen(item.articleId)}>
                {item.article?.title ?? 'An article no longer in the library'}
              </button>
            </h3>
            <p className="muted">
              {[item.article?.publisher, formatPublished(item.article?.publishedAt), item.article?.path, item.file].filter(Boolean).join(' · ')}
            </p>
            {item.note && <p className="note-text">{item.note}</p>}
            {item.highlights.length > 0 && (
              <ol className="highlight-list">
                {item.highlights.map((h) => (
                  <li key={h.id} className={`highlight-item hl-${colorOf(h)}`}>
                    <button type="button" className="highlight-quote" disabled={!item.article} onClick={() => onOpen(item.articleId, h.passage)} aria-label={`Open at “${h.passage.quote.slice(0, 60)}”`}>
                      “{h.passage.quote}”
                    </button>
                    {h.status === 'source-changed' && <span className="badge source-changed">passage no longer in the article</span>}
                    {h.note && <p className="note-text">{h.note}</p>}
                  </li>
                ))}
              </ol>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
