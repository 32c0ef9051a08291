/**
 * Timelines: pick or create a timeline, see it as a zoomable chart (lanes by actor, source or tag)
 * beside a chronology grouped by date, filter it, open each event's source passage, edit, merge and
 * split events, find new ones in the library (review queue) or add them by hand, and export.
 *
 * Usage: <TimelineView api={client} onOpenSource={(articleId, start, end) => …} />
 * where `api` is `DossierApi & TimelineApi` (shared/timeline.ts). Without `onOpenSource` the view
 * shows the source passage in its own panel.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import {
  citationParts,
  dateDisagreements,
  formatEventDate,
  formatPublishedAt,
  outletCount,
  sameJsonValue,
  type ExportFormat,
  type Timeline,
  type TimelineEvent,
  type TimelineSummary,
} from '../../shared/timeline';
import { ImportDialog } from './ImportDialog';
import { rememberedTimeline, rememberTimeline } from './remember';
import { downloadText } from './download';
import { EventDialog } from './EventDialog';
import { EventList } from './EventList';
import { applyFilters, NO_FILTERS, prepare, sourceName, type Filters, type LaneMode, type PreparedEvent } from './layout';
import { ManualPanel } from './ManualPanel';
import { ReviewPanel } from './ReviewPanel';
import { SourcePanel, type SourceRef } from './SourcePanel';
import { TimelineChart } from './TimelineChart';
import type { TimelineClient } from './types';
import './timeline.css';

export type { TimelineClient } from './types';

export interface TimelineViewProps {
  api: TimelineClient;
  /** Open an article in the reader with [start, end) highlighted. */
  onOpenSource?: (articleId: string, start: number, end: number) => void;
  /** Timeline to show first (else the most recently updated). */
  initialTimelineId?: string;
  /** Articles selected in the library: the review queue can take its candidates from them. */
  selectedArticleIds?: string[];
  /** Open an article's details on its date (the review queue asks for the dates of undated articles). */
  onEditArticleDate?: (articleId: string) => void;
}

const EXPORTS: { format: ExportFormat; label: string }[] = [
  { format: 'timelinejs', label: 'TimelineJS' },
  { format: 'csv', label: 'CSV' },
  { format: 'md', label: 'Markdown' },
  { format: 'html', label: 'HTML' },
];

type Panel = { kind: 'review'; articleId?: string | null } | { kind: 'manual' } | { kind: 'source'; source: SourceRef } | null;
type Dialog = { kind: 'edit'; event: TimelineEvent } | { kind: 'import'; file: File } | null;

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function TimelineView({ api, onOpenSource, initialTimelineId, selectedArticleIds, onEditArticleDate }: TimelineViewProps) {
  const [list, setList] = useState<TimelineSummary[]>([]);
  const [currentId, setCurrentIdState] = useState<string | null>(initialTimelineId ?? null);
  const [libraryName, setLibraryName] = useState<string | null>(null);
  // The timeline the user chose stays chosen: across views, reloads and restarts (per library).
  const setCurrentId = useCallback(
    (id: string | null) => {
      setCurrentIdState(id);
      if (libraryName !== null) rememberTimeline(libraryName, id);
    },
    [libraryName],
  );
  const [timeline, setTimeline] = useState<Timeline | null>(null);
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [laneMode, setLaneMode] = useState<LaneMode>('none');
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [checked, setChecked] = useState<Set<string>>(new Set());
  const [panel, setPanel] = useState<Panel>(null);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [status, setStatus] = useState<string>('');
  const [undoStack, setUndoStack] = useState<string[]>([]);
  const [naming, setNaming] = useState<'new' | 'rename' | null>(null);
  const [name, setName] = useState('');
  const importInput = useRef<HTMLInputElement>(null);

  const refreshList = useCallback(async () => {
    const res = await api.listTimelines({});
    setList(res.timelines);
    return res.timelines;
  }, [api]);

  const reload = useCallback(
    async (id: string | null = currentId) => {
      if (!id) return setTimeline(null);
      try {
        setTimeline(await api.getTimeline({ id }));
      } catch (e) {
        setStatus(message(e));
        setTimeline(null);
      }
    },
    [api, currentId],
  );

  useEffect(() => {
    Promise.all([refreshList(), api.libraryInfo({}).catch(() => null)])
      .then(([timelines, info]) => {
        const name = info?.name ?? '';
        setLibraryName(name);
        if (currentId && timelines.some((t) => t.id === currentId)) return;
        const remembered = rememberedTimeline(name);
        const chosen = timelines.find((t) => t.id === remembered) ?? [...timelines].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
        setCurrentIdState(chosen?.id ?? null);
      })
      .catch((e: unknown) => setStatus(message(e)));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [refreshList]);

  useEffect(() => {
    void reload(currentId);
    setSelectedId(null);
    setChecked(new Set());
  }, [currentId, reload]);

  const changed = useCallback(
    async (changeId: string | null, note?: string) => {
      if (changeId) setUndoStack((s) => [...s.slice(-49), changeId]);
      if (note) setStatus(note);
      await Promise.all([reload(), refreshList()]);
    },
    [reload, refreshList],
  );

  const prepared = useMemo(() => prepare(timeline?.events ?? []), [timeline]);
  const visible = useMemo(() => applyFilters(prepared, filters), [prepared, filters]);
  const facets = useMemo(() => {
    const actors = new Set<string>();
    const tags = new Set<string>();
    const sources = new Set<string>();
    for (const { event } of prepared) {
      event.actors.forEach((a) => actors.add(a));
      event.tags.forEach((t) => tags.add(t));
      event.sources.forEach((s) => sources.add(sourceName(s)));
    }
    const sorted = (s: Set<string>) => [...s].sort((a, b) => a.localeCompare(b));
    return { actors: sorted(actors), tags: sorted(tags), sources: sorted(sources) };
  }, [prepared]);
  const selected = timeline?.events.find((e) => e.id === selectedId) ?? null;

  const openSource = (event: TimelineEvent, index = 0) => {
    const s = event.sources[index];
    if (!s) return setStatus('This event has no source.');
    if (onOpenSource) onOpenSource(s.articleId, s.passage.start, s.passage.end);
    else setPanel({ kind: 'source', source: { articleId: s.articleId, start: s.passage.start, end: s.passage.end, changed: s.status === 'source-changed' } });
  };

  const activate = (p: PreparedEvent) => {
    setSelectedId(p.event.id);
    openSource(p.event);
  };

  const run = async (work: () => Promise<{ changeId: string } | void>, note: string) => {
    try {
      const res = await work();
      await changed(res ? res.changeId : null, note);
    } catch (e) {
      setStatus(message(e));
    }
  };

  const submitName = async (e: FormEvent) => {
    e.preventDefault();
    const n = name.trim();
    if (!n) return;
    try {
      if (naming === 'new') {
        const t = await api.createTimeline({ name: n });
        await refreshList();
        setCurrentId(t.id);
        setStatus(`Created “${t.name}”`);
      } else if (naming === 'rename' && timeline) {
        const res = await api.renameTimeline({ id: timeline.id, name: n });
        await changed(res.changeId, `Renamed to “${n}”`);
      }
      setNaming(null);
      setName('');
    } catch (err) {
      setStatus(message(err));
    }
  };

  const exportAs = async (format: ExportFormat) => {
    if (!timeline) return;
    try {
      const res = await api.exportTimeline({ id: timeline.id, format });
      downloadText(res.filename, res.content, res.mimeType);
      setStatus(`Exported ${res.filename}`);
    } catch (e) {
      setStatus(message(e));
    }
  };

  /** Imports into the timeline the user chose in the import dialog (an existing one, or a new one). */
  const importCsv = async (file: File, target: { timelineId: string } | { name: string }) => {
    const content = await file.text();
    const res = await api.importCsv({ ...target, content });
    setCurrentId(res.timeline.id);
    setDialog(null);
    await changed(res.changeId, `Imported ${res.imported} event${res.imported === 1 ? '' : 's'} into “${res.timeline.name}”${res.problems.length ? `; ${res.problems.length} row(s) skipped: ${res.problems.slice(0, 3).join('; ')}` : ''}`);
  };

  const undo = async () => {
    const changeId = undoStack[undoStack.length - 1];
    try {
      const res = await api.undoTimelineChange(changeId ? { changeId } : {});
      setUndoStack((s) => s.slice(0, -1));
      const timelines = await refreshList();
      if (currentId && !timelines.some((t) => t.id === currentId)) setCurrentId(timelines[0]?.id ?? null);
      await reload();
      setStatus(res.undone ? 'Undone' : 'Nothing to undo');
    } catch (e) {
      setStatus(message(e));
    }
  };

  const setFilter = (key: keyof Filters, value: string) => setFilters((f) => ({ ...f, [key]: value }));

  return (
    <div className="tl-view">
      <div className="tl-toolbar" role="toolbar" aria-label="Timeline">
        <label>
          <span className="visually-hidden">Timeline</span>
          <select aria-label="Timeline" value={currentId ?? ''} onChange={(e) => setCurrentId(e.target.value || null)}>
            {list.length === 0 ? <option value="">No timelines yet</option> : null}
            {list.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name} ({t.eventCount})
              </option>
            ))}
          </select>
        </label>
        {naming ? (
          <form onSubmit={submitName} className="tl-row">
            <input type="text" aria-label={naming === 'new' ? 'New timeline name' : 'Timeline name'} value={name} onChange={(e) => setName(e.target.value)} autoFocus />
            <button type="submit">{naming === 'new' ? 'Create' : 'Rename'}</button>
            <button type="button" onClick={() => setNaming(null)}>
              Cancel
            </button>
          </form>
        ) : (
          <>
            <button type="button" onClick={() => (setNaming('new'), setName(''))}>
              New timeline
            </button>
            <button type="button" disabled={!timeline} onClick={() => (setNaming('rename'), setName(timeline?.name ?? ''))}>
              Rename
            </button>
            <button type="button" disabled={!timeline} onClick={() => timeline && run(() => api.deleteTimeline({ id: timeline.id }), `Deleted “${timeline.name}” (undo brings it back)`).then(() => setCurrentId(null))}>
              Delete timeline
            </button>
          </>
        )}
        <span className="tl-sep" />
        <button type="button" disabled={!timeline} onClick={() => setPanel({ kind: 'review' })}>
          Find events…{timeline?.pending.length ? <span className="badge">{timeline.pending.reduce((n, p) => n + p.candidates, 0)} waiting</span> : null}
        </button>
        <button type="button" disabled={!timeline} onClick={() => setPanel({ kind: 'manual' })}>
          Add by hand…
        </button>
        <button type="button" disabled={undoStack.length === 0} onClick={undo}>
          Undo
        </button>
        <span className="tl-sep" />
        <span className="muted">Export:</span>
        {EXPORTS.map((x) => (
          <button key={x.format} type="button" disabled={!timeline} aria-label={`Export ${x.label}`} onClick={() => exportAs(x.format)}>
            {x.label}
          </button>
        ))}
        <button type="button" onClick={() => importInput.current?.click()}>
          Import CSV…
        </button>
        <input
          ref={importInput}
          type="file"
          accept=".csv,text/csv"
          aria-label="Import CSV file"
          className="visually-hidden"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) setDialog({ kind: 'import', file });
            e.target.value = '';
          }}
        />
      </div>

      <div className="tl-filters" role="search" aria-label="Filter events">
        <input type="text" aria-label="Filter text" placeholder="Filter…" value={filters.text} onChange={(e) => setFilter('text', e.target.value)} />
        <select aria-label="Filter by actor" value={filters.actor} onChange={(e) => setFilter('actor', e.target.value)}>
          <option value="">All actors</option>
          {facets.actors.map((a) => (
            <option key={a}>{a}</option>
          ))}
        </select>
        <select aria-label="Filter by tag" value={filters.tag} onChange={(e) => setFilter('tag', e.target.value)}>
          <option value="">All tags</option>
          {facets.tags.map((a) => (
            <option key={a}>{a}</option>
          ))}
        </select>
        <select aria-label="Filter by source" value={filters.source} onChange={(e) => setFilter('source', e.target.value)}>
          <option value="">All sources</option>
          {facets.sources.map((a) => (
            <option key={a}>{a}</option>
          ))}
        </select>
        <label>
          From <input type="date" aria-label="From date" value={filters.from} onChange={(e) => setFilter('from', e.target.value)} />
        </label>
        <label>
          To <input type="date" aria-label="To date" value={filters.to} onChange={(e) => setFilter('to', e.target.value)} />
        </label>
        <label>
          Lanes{' '}
          <select aria-label="Lanes" value={laneMode} onChange={(e) => setLaneMode(e.target.value as LaneMode)}>
            <option value="none">None</option>
            <option value="actor">By actor</option>
            <option value="source">By source</option>
            <option value="tag">By tag</option>
          </select>
        </label>
        {filters !== NO_FILTERS ? (
          <button type="button" className="link-button" onClick={() => setFilters(NO_FILTERS)}>
            Clear filters
          </button>
        ) : null}
        <span className="muted">
          {visible.length} of {prepared.length} events
        </span>
      </div>

      <p className="tl-status" role="status" aria-live="polite">
        {status}
      </p>

      {!timeline ? (
        <div className="tl-empty">
          <p>{list.length ? 'Choose a timeline.' : 'No timelines yet. Create one, then find events in your articles or add them by hand.'}</p>
        </div>
      ) : (
        <div className={`tl-body${panel ? ' with-panel' : ''}`}>
          <div className="tl-main">
            <TimelineChart events={visible} laneMode={laneMode} selectedId={selectedId} onActivate={activate} />
            <div className="tl-lower">
              <EventList
                events={visible}
                selectedId={selectedId}
                checked={checked}
                onSelect={(p) => setSelectedId(p.event.id)}
                onOpen={(p) => {
                  setSelectedId(p.event.id);
                  openSource(p.event);
                }}
                onToggle={(id) =>
                  setChecked((s) => {
                    const n = new Set(s);
                    if (n.has(id)) n.delete(id);
                    else n.add(id);
                    return n;
                  })
                }
              />
              <div className="tl-details" aria-label="Event details">
                {checked.size > 0 ? (
                  <div className="tl-row">
                    <span>{checked.size} selected</span>
                    <button
                      type="button"
                      disabled={checked.size < 2}
                      onClick={() => run(() => api.mergeEvents({ timelineId: timeline.id, eventIds: [...checked] }), `Merged ${checked.size} events`).then(() => setChecked(new Set()))}
                    >
                      Merge selected
                    </button>
                    <button type="button" onClick={() => run(() => api.deleteEvents({ timelineId: timeline.id, eventIds: [...checked] }), `Deleted ${checked.size} events`).then(() => setChecked(new Set()))}>
                      Delete selected
                    </button>
                  </div>
                ) : null}
                {selected ? (
                  <EventDetails
                    event={selected}
                    onEdit={() => setDialog({ kind: 'edit', event: selected })}
                    onDelete={() => run(() => api.deleteEvents({ timelineId: timeline.id, eventIds: [selected.id] }), 'Event deleted')}
                    onSplit={() => run(() => api.splitEvent({ timelineId: timeline.id, eventId: selected.id }), 'Event split by source')}
                    onSplitOne={(i) => run(() => api.splitEvent({ timelineId: timeline.id, eventId: selected.id, sourceIndexes: [i] }), 'Source split off into its own event')}
                    onUseSourcesDate={() => run(() => api.updateEvent({ timelineId: timeline.id, eventId: selected.id, patch: { dateFrom: 'sources' } }), 'Date taken from the sources')}
                    onOpen={(i) => openSource(selected, i)}
                    onShow={(i) => {
                      const s = selected.sources[i]!;
                      setPanel({ kind: 'source', source: { articleId: s.articleId, start: s.passage.start, end: s.passage.end, changed: s.status === 'source-changed' } });
                    }}
                    canOpenInReader={!!onOpenSource}
                  />
                ) : (
                  <p className="muted">Select an event to see its sources. Click an event in the chart to open its source.</p>
                )}
              </div>
            </div>
          </div>
          {panel?.kind === 'review' ? (
            <ReviewPanel
              api={api}
              timelineId={timeline.id}
              pending={timeline.pending}
              articleId={panel.articleId ?? null}
              selectedArticleIds={selectedArticleIds ?? []}
              onChanged={(id) => void changed(id)}
              onClose={() => setPanel(null)}
              onEditArticleDate={onEditArticleDate}
            />
          ) : null}
          {panel?.kind === 'manual' ? (
            <ManualPanel
              api={api}
              timelineId={timeline.id}
              onAdded={(id, eventId) => {
                void changed(id, 'Event added');
                if (eventId) setSelectedId(eventId);
              }}
              onReviewArticle={(articleId) => setPanel({ kind: 'review', articleId })}
              onClose={() => setPanel(null)}
            />
          ) : null}
          {panel?.kind === 'source' ? <SourcePanel api={api} source={panel.source} onClose={() => setPanel(null)} /> : null}
        </div>
      )}

      {dialog?.kind === 'import' ? (
        <ImportDialog fileName={dialog.file.name} timelines={list} currentId={timeline?.id ?? null} onCancel={() => setDialog(null)} onImport={(target) => importCsv(dialog.file, target)} />
      ) : null}
      {dialog?.kind === 'edit' && timeline ? (
        <EventDialog
          heading="Edit event"
          initial={dialog.event}
          submitLabel="Save"
          onCancel={() => setDialog(null)}
          onSubmit={async (edit) => {
            // Only the fields this edit changed, with the values it started from: a field someone
            // else changed meanwhile is then refused (a conflict) rather than overwritten.
            const was = dialog.event as unknown as Record<string, unknown>;
            const patch = Object.fromEntries(Object.entries(edit).filter(([field, value]) => !sameJsonValue(value, was[field])));
            if (Object.keys(patch).length === 0) return setDialog(null);
            const base = Object.fromEntries(Object.keys(patch).map((field) => [field, was[field]]));
            const res = await api.updateEvent({ timelineId: timeline.id, eventId: dialog.event.id, patch, base });
            setDialog(null);
            await changed(res.changeId, 'Event saved');
          }}
        />
      ) : null}
    </div>
  );
}

function EventDetails({
  event,
  onEdit,
  onDelete,
  onSplit,
  onSplitOne,
  onUseSourcesDate,
  onOpen,
  onShow,
  canOpenInReader,
}: {
  event: TimelineEvent;
  onEdit(): void;
  onDelete(): void;
  onSplit(): void;
  onSplitOne(index: number): void;
  onUseSourcesDate(): void;
  onOpen(i: number): void;
  onShow(i: number): void;
  canOpenInReader: boolean;
}) {
  const disagreements = dateDisagreements(event);
  const outlets = outletCount(event);
  return (
    <article className="tl-event-details" aria-label={`Event: ${event.title}`}>
      <h3>{event.title}</h3>
      <p className={event.date.approximate ? 'approximate' : ''}>
        <strong>{formatEventDate(event.date)}</strong>
        <span className="muted">
          {' '}
          · {event.date.precision}
          {event.date.approximate ? ' · approximate' : ''}
          {event.date.text ? ` · from “${event.date.text}”` : ''}
          {event.dateFrom === 'user' ? ' · set by you' : event.sources.length > 1 ? ' · the date most sources support' : ''}
        </span>
      </p>
      {disagreements.length ? (
        <div className="tl-disagree" role="note" aria-label="Date disagreement">
          Sources disagree on the date:{' '}
          {disagreements.map((d) => `${[...new Set(d.sources.map((s) => s.publisher ?? s.articleTitle))].join(', ')} ${d.sources.length === 1 ? 'gives' : 'give'} ${formatEventDate(d.date)}`).join('; ')}.
        </div>
      ) : null}
      {event.dateFrom === 'user' && event.sources.some((s) => s.date) ? (
        <button type="button" onClick={onUseSourcesDate}>
          Use the date the sources support
        </button>
      ) : null}
      {event.description && event.description !== event.title ? <p>{event.description}</p> : null}
      <p className="muted">
        {event.actors.length ? `Who: ${event.actors.join(', ')}` : 'No actors'}
        {event.place ? ` · Where: ${event.place}` : ''}
        {event.tags.length ? ` · Tags: ${event.tags.join(', ')}` : ''} · {event.origin}
      </p>
      <div className="tl-row">
        <button type="button" onClick={onEdit}>
          Edit event
        </button>
        <button type="button" onClick={onDelete}>
          Delete event
        </button>
        {event.sources.length > 1 ? (
          <button type="button" onClick={onSplit}>
            Split by source
          </button>
        ) : null}
      </div>
      <h4>
        {outlets > 1 ? `Reported by ${outlets} outlets` : 'Source'} {event.sources.length > 1 ? '(first report first)' : ''}
      </h4>
      <ol className="tl-sources" aria-label="Sources">
        {event.sources.map((s, i) => {
          const c = citationParts(s);
          return (
            <li key={`${s.articleId}:${s.passage.start}`} aria-label={`Source: ${c.outlet}`}>
              <div>
                <strong>{c.outlet}</strong>, “{c.headline}”{c.date ? `, ${c.date}` : ''}
                {s.status !== 'ok' ? <span className={`badge ${s.status}`}>{s.status === 'moved' ? 'article edited; passage found again' : 'article changed; passage not found'}</span> : null}
              </div>
              {c.file ? <div className="muted tl-file">{c.file}</div> : null}
              <blockquote>{s.passage.quote}</blockquote>
              {s.date && event.sources.length > 1 ? <div className="muted">This source dates it {formatEventDate(s.date)}{s.date.text ? ` (“${s.date.text}”)` : ''}.</div> : null}
              {s.merge ? (
                <div className="tl-merge-note">
                  {s.merge.by === 'user' ? 'Merged by you.' : `Why merged: ${s.merge.reasons.join('; ')}.`}
                </div>
              ) : null}
              {s.copies.length ? (
                <div className="muted">
                  Also published as (counted once):{' '}
                  {s.copies.map((x) => `${x.publisher ?? 'Unknown outlet'}, “${x.articleTitle}”${x.publishedAt ? `, ${formatPublishedAt(x.publishedAt)}` : ''}${x.path ? ` (${x.path})` : ''}`).join('; ')}
                </div>
              ) : null}
              <button type="button" onClick={() => onShow(i)} aria-label={`Show passage from ${c.outlet}`}>
                Show passage
              </button>
              {canOpenInReader ? (
                <button type="button" onClick={() => onOpen(i)} aria-label={`Open source ${c.outlet}`}>
                  Open in reader
                </button>
              ) : null}
              {event.sources.length > 1 ? (
                <button type="button" onClick={() => onSplitOne(i)} aria-label={`Split off ${c.outlet}`}>
                  Split off
                </button>
              ) : null}
            </li>
          );
        })}
      </ol>
    </article>
  );
}
