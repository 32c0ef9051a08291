/** The chronology beside the chart: events grouped under date headings, windowed so thousands stay fluid. */
import { useMemo, useRef, useState, useEffect } from 'react';
import { outletCount, type TimelineEvent } from '../../shared/timeline';
import { listRows, type PreparedEvent } from './layout';

/** "3 outlets" (each counted once), or "1 source". */
function outletLabel(e: TimelineEvent): string {
  const n = outletCount(e);
  return n > 1 ? `${n} outlets` : e.sources.length > 1 ? `${e.sources.length} passages` : '1 source';
}

const HEADING_H = 28;
const EVENT_H = 52;
const OVERSCAN = 6;

export interface EventListProps {
  events: PreparedEvent[];
  selectedId: string | null;
  checked: Set<string>;
  onSelect(p: PreparedEvent): void;
  /** Enter on an event: open its source. */
  onOpen(p: PreparedEvent): void;
  onToggle(id: string): void;
}

export function EventList({ events, selectedId, checked, onSelect, onOpen, onToggle }: EventListProps) {
  const rows = useMemo(() => listRows(events), [events]);
  const offsets = useMemo(() => {
    const out = new Array<number>(rows.length + 1);
    out[0] = 0;
    rows.forEach((r, i) => (out[i + 1] = out[i]! + (r.kind === 'heading' ? HEADING_H : EVENT_H)));
    return out;
  }, [rows]);
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(600);

  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const ro = new ResizeObserver(() => setHeight(el.clientHeight || 600));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  // Keep the selected event in view when it is chosen elsewhere (the chart).
  useEffect(() => {
    if (!selectedId || !scroller.current) return;
    const i = rows.findIndex((r) => r.kind === 'event' && r.p.event.id === selectedId);
    if (i < 0) return;
    const top = offsets[i]!;
    const el = scroller.current;
    if (top < el.scrollTop || top + EVENT_H > el.scrollTop + el.clientHeight) el.scrollTop = Math.max(0, top - el.clientHeight / 3);
  }, [selectedId, rows, offsets]);

  let first = 0;
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offsets[mid + 1]! <= scrollTop) lo = mid + 1;
    else hi = mid;
  }
  first = Math.max(0, lo - OVERSCAN);
  let last = lo;
  while (last < rows.length && offsets[last]! < scrollTop + height) last++;
  last = Math.min(rows.length, last + OVERSCAN);

  if (events.length === 0) return <div className="tl-list empty muted">No events match.</div>;

  return (
    <div className="tl-list" ref={scroller} onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)} role="list" aria-label="Events by date">
      <div style={{ height: offsets[rows.length], position: 'relative' }}>
        {rows.slice(first, last).map((row, k) => {
          const i = first + k;
          const top = offsets[i]!;
          if (row.kind === 'heading') {
            return (
              <div key={`h${i}-${row.label}`} className="tl-list-heading" style={{ top, height: HEADING_H }} role="presentation">
                {row.label}
              </div>
            );
          }
          const e = row.p.event;
          const changed = e.sources.some((s) => s.status === 'source-changed');
          return (
            <div
              key={e.id}
              role="listitem"
              aria-label={e.title}
              className={`tl-list-event${e.id === selectedId ? ' selected' : ''}${e.date.approximate ? ' approximate' : ''}`}
              style={{ top, height: EVENT_H }}
              tabIndex={0}
              onClick={() => onSelect(row.p)}
              onFocus={() => onSelect(row.p)}
              onKeyDown={(ev) => {
                if (ev.key === 'Enter') onOpen(row.p);
                else if (ev.key === ' ' && ev.target === ev.currentTarget) {
                  ev.preventDefault();
                  onToggle(e.id);
                } else if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
                  ev.preventDefault();
                  const items = [...(scroller.current?.querySelectorAll<HTMLElement>('.tl-list-event') ?? [])];
                  const at = items.indexOf(ev.currentTarget);
                  const next = items[at + (ev.key === 'ArrowDown' ? 1 : -1)];
                  if (next) next.focus();
                  else scroller.current!.scrollTop += ev.key === 'ArrowDown' ? EVENT_H : -EVENT_H;
                }
              }}
            >
              <input type="checkbox" aria-label={`Select ${e.title}`} checked={checked.has(e.id)} onChange={() => onToggle(e.id)} onClick={(ev) => ev.stopPropagation()} />
              <div className="tl-list-text">
                <div className="tl-list-title">{e.title}</div>
                <div className="tl-list-meta muted">
                  {e.actors.slice(0, 3).join(', ')}
                  {e.actors.length > 3 ? ` +${e.actors.length - 3}` : ''}
                  {e.sources.length ? ` · ${outletLabel(e)}` : ' · no source'}
                  {changed ? ' · source changed' : ''}
                </div>
              </div>
            </div>
          );
        })}
      </div>
    </div>
  );
}
