/**
 * The review queue: candidate events from the articles a search or a saved search finds (or one article), reports of one
 * happening already merged (with why), copies of an article counted once. Candidates start unticked:
 * nothing enters the timeline until the user says so. Accepting or rejecting some never changes the
 * selection of the others; undo reverts the last accept or reject. Searches queued elsewhere (the command
 * line's `timeline build`) wait here until reviewed.
 */
import { useEffect, useState, type FormEvent } from 'react';
import type { SavedSearch } from '../../shared/saved-searches';
import { citationText, dateDisagreements, formatEventDate, outletCount, sameDate, type EventDraft, type ReviewItem, type ReviewQueue, type Timeline } from '../../shared/timeline';
import { EventDialog } from './EventDialog';
import type { TimelineClient } from './types';

export interface ReviewPanelProps {
  api: TimelineClient;
  timelineId: string;
  /** Searches waiting for review in this timeline. */
  pending?: Timeline['pending'];
  /** Review one article's candidates right away (from "Add by hand" → "Review this article"). */
  articleId?: string | null;
  /** Articles selected in the library (offered as the source of candidates). */
  selectedArticleIds?: string[];
  onChanged(changeId: string): void;
  onClose(): void;
  /** Open an article's details on its date: undated articles cannot have their relative dates placed. */
  onEditArticleDate?: (articleId: string) => void;
}

/** Where the candidates come from. */
type Source = { query?: string; savedSearch?: string; articleId?: string; ids?: string[] };

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function ReviewPanel({ api, timelineId, pending = [], articleId, selectedArticleIds = [], onChanged, onClose, onEditArticleDate }: ReviewPanelProps) {
  const [query, setQuery] = useState('');
  const [queue, setQueue] = useState<ReviewQueue | null>(null);
  const [drafts, setDrafts] = useState<Map<string, EventDraft>>(new Map());
  const [checked, setChecked] = useState<Set<string>>(new Set());
  const [editing, setEditing] = useState<ReviewItem | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [undoStack, setUndoStack] = useState<string[]>([]);
  const [source, setSource] = useState<Source | null>(null);
  const [saved, setSaved] = useState<SavedSearch[]>([]);
  const [savedId, setSavedId] = useState('');

  useEffect(() => {
    let live = true;
    api.listSavedSearches({}).then(
      (r) => live && setSaved(r.searches),
      () => live && setSaved([]),
    );
    return () => {
      live = false;
    };
  }, [api]);

  const load = async (what: Source, keepSelection = false) => {
    setBusy(true);
    setMessage(null);
    try {
      const q = what.articleId
        ? await api.candidatesForArticle({ articleId: what.articleId, timelineId })
        : what.ids
          ? await api.candidatesForQuery({ ids: what.ids, timelineId, limit: 10_000 })
          : what.savedSearch
            ? await api.candidatesForQuery({ savedSearch: what.savedSearch, timelineId, limit: 2000 })
            : await api.candidatesForQuery({ query: what.query!, timelineId, limit: 2000 });
      setQueue(q);
      setSource(what);
      if (!keepSelection) {
        setDrafts(new Map());
        setChecked(new Set());
      } else setChecked((c) => new Set([...c].filter((k) => q.items.some((i) => i.key === k && i.status === 'new'))));
      const copies = q.copies?.length ?? 0;
      setMessage(
        `${plural(q.items.length, 'candidate event')} from ${plural(q.articleCount, 'article')}` +
          `${copies ? `; ${plural(copies, 'copy', 'copies')} of those articles counted once` : ''}${q.skipped.length ? `; ${q.skipped.length} skipped` : ''}. Tick the ones to keep.`,
      );
      return q;
    } catch (error) {
      setMessage(error instanceof Error ? error.message : String(error));
      return null;
    } finally {
      setBusy(false);
    }
  };

  // Open directly on one article when asked.
  const [loadedArticle, setLoadedArticle] = useState<string | null>(null);
  if (articleId && articleId !== loadedArticle) {
    setLoadedArticle(articleId);
    void load({ articleId });
  }

  const draftOf = (item: ReviewItem) => drafts.get(item.key) ?? item.draft;
  const setStatus = (keys: Set<string>, status: ReviewItem['status']) =>
    setQueue((q) => (q ? { ...q, items: q.items.map((i) => (keys.has(i.key) ? { ...i, status } : i)) } : q));
  /** Only the items acted on leave the selection. */
  const unselect = (items: ReviewItem[]) =>
    setChecked((s) => {
      const n = new Set(s);
      for (const i of items) n.delete(i.key);
      return n;
    });

  /** A search queued for review is done once nothing new is left in it. */
  const settlePending = async (items: ReviewItem[]) => {
    const q = source?.query;
    if (!q || !pending.some((p) => p.query === q)) return;
    const acted = new Set(items.map((i) => i.key));
    const left = (queue?.items ?? []).filter((i) => i.status === 'new' && !acted.has(i.key));
    if (left.length === 0) await api.setPendingReview({ timelineId, query: q, done: true }).then((r) => onChanged(r.changeId));
  };

  const accept = async (items: ReviewItem[]) => {
    if (items.length === 0) return;
    setBusy(true);
    try {
      const res = await api.addEvents({ timelineId, events: items.map(draftOf), keys: items.flatMap((i) => i.keys), mergeDuplicates: true });
      setStatus(new Set(items.map((i) => i.key)), 'accepted');
      setUndoStack((s) => [...s, res.changeId]);
      unselect(items);
      setMessage(`Accepted ${items.length}: ${plural(res.added.length, 'new event')}, ${res.mergedInto.length} merged into existing ones`);
      onChanged(res.changeId);
      await settlePending(items);
    } catch (error) {
      setMessage(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };

  const reject = async (items: ReviewItem[]) => {
    if (items.length === 0) return;
    setBusy(true);
    try {
      const res = await api.rejectCandidates({ timelineId, keys: items.flatMap((i) => i.keys) });
      setStatus(new Set(items.map((i) => i.key)), 'rejected');
      setUndoStack((s) => [...s, res.changeId]);
      unselect(items);
      setMessage(`Rejected ${items.length}`);
      onChanged(res.changeId);
      await settlePending(items);
    } catch (error) {
      setMessage(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };

  const undo = async () => {
    const changeId = undoStack[undoStack.length - 1];
    if (!changeId) return;
    await api.undoTimelineChange({ changeId });
    setUndoStack((s) => s.slice(0, -1));
    onChanged(changeId);
    if (source) await load(source, true);
    setMessage('Undone');
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (query.trim()) void load({ query: query.trim() });
  };

  const items = queue?.items ?? [];
  const selectedItems = items.filter((i) => checked.has(i.key) && i.status !== 'accepted');
  const waiting = pending.filter((p) => p.query !== source?.query);

  return (
    <section className="tl-panel" aria-label="Review queue">
      <header className="tl-panel-head">
        <h2>Find events</h2>
        <button type="button" className="icon-button" aria-label="Close review queue" onClick={onClose}>
          ×
        </button>
      </header>
      {waiting.length ? (
        <div className="tl-pending" role="group" aria-label="Waiting for review">
          {waiting.map((p) => (
            <button
              key={p.query}
              type="button"
              disabled={busy}
              onClick={() => {
                setQuery(p.query);
                void load({ query: p.query });
              }}
            >
              Review “{p.query}” ({plural(p.candidates, 'candidate')} waiting)
            </button>
          ))}
        </div>
      ) : null}
      <form onSubmit={submit} className="tl-row">
        <input type="text" aria-label="Articles to take events from (search query)" placeholder="search query, e.g. tag:china or Blinken" value={query} onChange={(e) => setQuery(e.target.value)} />
        <button type="submit" disabled={busy}>
          Find candidates
        </button>
        {selectedArticleIds.length ? (
          <button type="button" disabled={busy} onClick={() => void load({ ids: selectedArticleIds })}>
            From the {selectedArticleIds.length} selected article{selectedArticleIds.length === 1 ? '' : 's'}
          </button>
        ) : null}
      </form>
      {saved.length > 0 && (
        <form
          className="tl-row"
          onSubmit={(e) => {
            e.preventDefault();
            if (savedId) void load({ savedSearch: savedId });
          }}
        >
          <label>
            <span>Or a saved search </span>
            <select aria-label="Saved search to take events from" value={savedId} onChange={(e) => setSavedId(e.target.value)}>
              <option value="">Choose…</option>
              {saved.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                  {s.count !== null ? ` (${s.count})` : ''}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" disabled={busy || !savedId}>
            Find candidates from it
          </button>
        </form>
      )}
      <p className="muted tl-hint">Any search works, e.g. <code>tag:region/china</code> for a tag, or <code>person:"Janet Yellen"</code>.</p>
      {message ? (
        <p className="muted" role="status">
          {message}
        </p>
      ) : null}
      {queue && queue.undated.length > 0 ? (
        <div className="tl-undated" role="note" aria-label="Articles without a date">
          <p>
            {queue.undated.length === 1 ? 'One article has' : `${queue.undated.length} articles have`} no publication date, so dates such as “on Thursday” in{' '}
            {queue.undated.length === 1 ? 'it' : 'them'} could not be placed. Add {queue.undated.length === 1 ? 'its date' : 'their dates'} and look again:
          </p>
          <ul>
            {queue.undated.slice(0, 20).map((u) => (
              <li key={u.articleId}>
                {u.title}{' '}
                {onEditArticleDate ? (
                  <button type="button" className="link-button" onClick={() => onEditArticleDate(u.articleId)} aria-label={`Add the date of ${u.title}`}>
                    Add the date
                  </button>
                ) : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {queue ? (
        <div className="tl-row">
          <button type="button" disabled={busy || selectedItems.length === 0} onClick={() => accept(selectedItems)}>
            Accept selected ({selectedItems.length})
          </button>
          <button type="button" disabled={busy || selectedItems.length === 0} onClick={() => reject(selectedItems)}>
            Reject selected
          </button>
          <button type="button" onClick={() => setChecked(new Set(items.filter((i) => i.status === 'new').map((i) => i.key)))}>
            Select all new
          </button>
          <button type="button" onClick={() => setChecked(new Set(items.filter((i) => i.status === 'new' && outletCount(i.draft) > 1).map((i) => i.key)))}>
            Select those several outlets report
          </button>
          <button type="button" disabled={busy || undoStack.length === 0} onClick={undo}>
            Undo
          </button>
        </div>
      ) : null}
      <ol className="tl-review-list">
        {items.map((item) => {
          const d = draftOf(item);
          const outlets = outletCount(d);
          const copies = d.sources.reduce((n, s) => n + s.copies.length, 0);
          const disagreements = dateDisagreements(d);
          return (
            <li key={item.key} className={`tl-review-item ${item.status}`} aria-label={`Candidate: ${d.title}`}>
              <input
                type="checkbox"
                aria-label={`Select candidate ${d.title}`}
                checked={checked.has(item.key)}
                disabled={item.status === 'accepted'}
                onChange={() =>
                  setChecked((s) => {
                    const n = new Set(s);
                    if (n.has(item.key)) n.delete(item.key);
                    else n.add(item.key);
                    return n;
                  })
                }
              />
              <div className="tl-review-body">
                <div className="tl-review-date">
                  {formatEventDate(d.date)}
                  {d.date.text ? <span className="muted"> · “{d.date.text}”</span> : null}
                  {item.status !== 'new' ? <span className={`badge ${item.status}`}>{item.status}</span> : null}
                  {item.duplicateOf && item.status === 'new' ? <span className="badge">merges into an existing event</span> : null}
                </div>
                <div className="tl-review-title">{d.title}</div>
                <div className="muted tl-review-meta">
                  {outlets > 1 ? `Reported by ${outlets} outlets: ` : 'Reported by '}
                  {[...new Set(d.sources.map((s) => s.publisher ?? s.articleTitle))].join(', ')}
                  {copies ? ` (+${plural(copies, 'copy', 'copies')} counted once)` : ''}
                </div>
                {disagreements.length ? (
                  <div className="tl-disagree" role="note">
                    Sources disagree on the date:{' '}
                    {disagreements.map((x) => `${[...new Set(x.sources.map((s) => s.publisher ?? s.articleTitle))].join(', ')} ${x.sources.length === 1 ? 'gives' : 'give'} ${formatEventDate(x.date)}`).join('; ')}
                  </div>
                ) : null}
                {item.reasons.length ? (
                  <details className="tl-reasons">
                    <summary>Why these are one event</summary>
                    <ul>
                      {item.reasons.map((r) => (
                        <li key={r}>{r}</li>
                      ))}
                    </ul>
                  </details>
                ) : null}
                <blockquote className="tl-review-quote" title={d.sources[0] ? citationText(d.sources[0]) : undefined}>
                  {d.sources[0]?.passage.quote}
                </blockquote>
              </div>
              <div className="tl-review-actions">
                <button type="button" disabled={busy || item.status === 'accepted'} onClick={() => accept([item])} aria-label={`Accept ${d.title}`}>
                  Accept
                </button>
                <button type="button" disabled={busy || item.status === 'accepted'} onClick={() => setEditing(item)} aria-label={`Edit ${d.title}`}>
                  Edit
                </button>
                <button type="button" disabled={busy || item.status !== 'new'} onClick={() => reject([item])} aria-label={`Reject ${d.title}`}>
                  Reject
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      {editing ? (
        <EventDialog
          heading="Edit candidate"
          initial={draftOf(editing)}
          submitLabel="Accept edited"
          onCancel={() => setEditing(null)}
          onSubmit={async (patch) => {
            const edited = { ...draftOf(editing), ...patch, dateFrom: sameDate(patch.date, draftOf(editing).date) ? draftOf(editing).dateFrom : ('user' as const) };
            setDrafts((m) => new Map(m).set(editing.key, edited));
            const item = editing;
            setEditing(null);
            setBusy(true);
            try {
              const res = await api.addEvents({ timelineId, events: [edited], keys: item.keys, mergeDuplicates: true });
              setStatus(new Set([item.key]), 'accepted');
              unselect([item]);
              setUndoStack((s) => [...s, res.changeId]);
              onChanged(res.changeId);
              await settlePending([item]);
            } finally {
              setBusy(false);
            }
          }}
        />
      ) : null}
    </section>
  );
}
