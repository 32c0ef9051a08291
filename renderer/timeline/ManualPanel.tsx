/**
 * Add an event by hand: find an article, select a passage of its text, and Dossier proposes the
 * event (date from the passage's time expressions, else the article's date) for you to check.
 */
import { useRef, useState, type FormEvent } from 'react';
import type { SearchHit } from '../../shared/contract';
import type { Article } from '../../shared/model';
import type { EventDraft } from '../../shared/timeline';

type Proposal = EventDraft & { dateSource?: 'passage' | 'sentence' | 'article' | 'none' };

/** What the dialog says about the proposed date. */
const DATE_NOTES: Record<NonNullable<Proposal['dateSource']>, string | null> = {
  passage: null,
  sentence: 'Dated by the sentence the passage stands in.',
  article: 'The passage names no date: this is the article’s publication date (marked approximate). Check it.',
  none: 'Neither the passage nor its article gives a date: enter the date of the event.',
};
import { EventDialog } from './EventDialog';
import type { TimelineClient } from './types';

export interface ManualPanelProps {
  api: TimelineClient;
  timelineId: string;
  onAdded(changeId: string, eventId: string | undefined): void;
  onReviewArticle(articleId: string): void;
  onClose(): void;
}

/** Offsets of the current selection inside `container`, whose text is the article text. */
export function selectionOffsets(container: HTMLElement): { start: number; end: number } | null {
  const sel = container.ownerDocument.getSelection();
  if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
  const range = sel.getRangeAt(0);
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return null;
  const before = container.ownerDocument.createRange();
  before.selectNodeContents(container);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length;
  return { start, end: start + range.toString().length };
}

export function ManualPanel({ api, timelineId, onAdded, onReviewArticle, onClose }: ManualPanelProps) {
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [article, setArticle] = useState<Article | null>(null);
  const [draft, setDraft] = useState<Proposal | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const textRef = useRef<HTMLDivElement>(null);

  const search = async (e: FormEvent) => {
    e.preventDefault();
    try {
      const res = await api.search({ query: query.trim() || '*', limit: 30 });
      setHits(res.hits);
      setMessage(res.error ? res.error.message : `${res.total} article${res.total === 1 ? '' : 's'}`);
    } catch (error) {
      setMessage(error instanceof Error ? error.message : String(error));
    }
  };

  const open = async (id: string) => {
    try {
      setArticle(await api.getArticle({ id }));
      setMessage('Select a passage in the text, then press “Propose event from selection”.');
    } catch (error) {
      setMessage(error instanceof Error ? error.message : String(error));
    }
  };

  const propose = async () => {
    if (!article || !textRef.current) return;
    const sel = selectionOffsets(textRef.current);
    if (!sel) return setMessage('Select some text of the article first.');
    try {
      setDraft(await api.proposeEvent({ articleId: article.id, start: sel.start, end: sel.end }));
    } catch (error) {
      setMessage(error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <section className="tl-panel" aria-label="Add an event by hand">
      <header className="tl-panel-head">
        <h2>Add by hand</h2>
        <button type="button" className="icon-button" aria-label="Close add by hand" onClick={onClose}>
          ×
        </button>
      </header>
      <form onSubmit={search} className="tl-row">
        <input type="text" aria-label="Find an article" placeholder="search the library" value={query} onChange={(e) => setQuery(e.target.value)} />
        <button type="submit">Search</button>
      </form>
      {message ? (
        <p className="muted" role="status">
          {message}
        </p>
      ) : null}
      {!article ? (
        <ul className="tl-hits" aria-label="Articles">
          {hits.map((h) => (
            <li key={h.article.id}>
              <button type="button" className="link-button" onClick={() => open(h.article.id)}>
                {h.article.title}
              </button>
              <span className="muted">
                {' '}
                {h.article.publisher ?? ''} {h.article.publishedAt?.value.slice(0, 10) ?? ''}
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <>
          <div className="tl-row">
            <button type="button" onClick={() => setArticle(null)}>
              ← Articles
            </button>
            <button type="button" className="primary" onMouseDown={(e) => e.preventDefault()} onClick={propose}>
              Propose event from selection
            </button>
            <button type="button" onClick={() => onReviewArticle(article.id)}>
              Review this article’s events
            </button>
          </div>
          <h3 className="tl-article-title">{article.title}</h3>
          <div className="tl-article-text" ref={textRef} role="document" aria-label="Article text">
            {article.text}
          </div>
        </>
      )}
      {draft ? (
        <EventDialog
          heading="New event from passage"
          initial={draft.dateSource === 'none' ? { ...draft, date: { ...draft.date, start: '', end: '' } } : draft}
          note={draft.dateSource ? DATE_NOTES[draft.dateSource] : null}
          submitLabel="Add event"
          onCancel={() => setDraft(null)}
          onSubmit={async (edit) => {
            const { dateSource: _from, ...proposal } = draft;
            const res = await api.addEvents({ timelineId, events: [{ ...proposal, ...edit }], mergeDuplicates: false });
            setDraft(null);
            setMessage('Event added.');
            onAdded(res.changeId, res.added[0]);
          }}
        />
      ) : null}
    </section>
  );
}
