/**
 * The geometry of the timeline view, kept pure so it is tested without a browser: the viewport
 * (time at the left edge and milliseconds per pixel), zooming around a point, calendar ticks for
 * any scale from hours to millennia, filters, lanes, and culled placement of events in rows.
 */
import { dateSpanMs, formatEventDate, type TimelineEvent } from '../../shared/timeline';

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
export const YEAR = 365.2425 * DAY;

/** From ~1 hour per 100 px to ~100 years per 1000 px. */
export const MIN_MS_PER_PX = HOUR / 100;
export const MAX_MS_PER_PX = (200 * YEAR) / 1000;

export interface Viewport {
  /** Time (ms since epoch, UTC) at x = 0. */
  start: number;
  msPerPx: number;
  width: number;
}

export function clampScale(msPerPx: number): number {
  return Math.min(MAX_MS_PER_PX, Math.max(MIN_MS_PER_PX, msPerPx));
}

export function timeAt(view: Viewport, x: number): number {
  return view.start + x * view.msPerPx;
}

export function xOf(view: Viewport, t: number): number {
  return (t - view.start) / view.msPerPx;
}

/** Zooms by `factor` (>1 zooms out) keeping the time under x fixed. */
export function zoomAt(view: Viewport, factor: number, x: number): Viewport {
  const anchor = timeAt(view, x);
  const msPerPx = clampScale(view.msPerPx * factor);
  return { ...view, msPerPx, start: anchor - x * msPerPx };
}

export function pan(view: Viewport, dx: number): Viewport {
  return { ...view, start: view.start - dx * view.msPerPx };
}

/** A viewport showing [from, to) with a small margin on the left and room for labels on the right. */
export function fitView(from: number, to: number, width: number, labelRoom = Math.min(180, width / 3)): Viewport {
  const span = Math.max(to - from, DAY);
  const left = 16;
  const usable = Math.max(width - left - labelRoom, 40);
  const msPerPx = clampScale(span / usable);
  return { start: from - left * msPerPx, msPerPx, width };
}

/* ---------- ticks ---------- */

type Unit = { kind: 'hour' | 'day' | 'week' | 'month' | 'year'; step: number; approx: number };

const UNITS: Unit[] = [
  { kind: 'hour', step: 1, approx: HOUR },
  { kind: 'hour', step: 3, approx: 3 * HOUR },
  { kind: 'hour', step: 6, approx: 6 * HOUR },
  { kind: 'hour', step: 12, approx: 12 * HOUR },
  { kind: 'day', step: 1, approx: DAY },
  { kind: 'week', step: 1, approx: 7 * DAY },
  { kind: 'month', step: 1, approx: 30.44 * DAY },
  { kind: 'month', step: 3, approx: 91.3 * DAY },
  { kind: 'year', step: 1, approx: YEAR },
  { kind: 'year', step: 5, approx: 5 * YEAR },
  { kind: 'year', step: 10, approx: 10 * YEAR },
  { kind: 'year', step: 50, approx: 50 * YEAR },
  { kind: 'year', step: 100, approx: 100 * YEAR },
  { kind: 'year', step: 500, approx: 500 * YEAR },
  { kind: 'year', step: 1000, approx: 1000 * YEAR },
];

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function floorTo(t: number, unit: Unit): Date {
  const d = new Date(t);
  switch (unit.kind) {
    case 'hour':
      d.setUTCMinutes(0, 0, 0);
      d.setUTCHours(Math.floor(d.getUTCHours() / unit.step) * unit.step);
      return d;
    case 'day':
      d.setUTCHours(0, 0, 0, 0);
      return d;
    case 'week': {
      d.setUTCHours(0, 0, 0, 0);
      const monday = (d.getUTCDay() + 6) % 7;
      d.setUTCDate(d.getUTCDate() - monday);
      return d;
    }
    case 'month':
      d.setUTCHours(0, 0, 0, 0);
      d.setUTCDate(1);
      d.setUTCMonth(Math.floor(d.getUTCMonth() / unit.step) * unit.step);
      return d;
    case 'year': {
      d.setUTCHours(0, 0, 0, 0);
      d.setUTCMonth(0, 1);
      d.setUTCFullYear(Math.floor(d.getUTCFullYear() / unit.step) * unit.step);
      return d;
    }
  }
}

function next(d: Date, unit: Unit): Date {
  const n = new Date(d.getTime());
  switch (unit.kind) {
    case 'hour':
      n.setUTCHours(n.getUTCHours() + unit.step);
      break;
    case 'day':
      n.setUTCDate(n.getUTCDate() + unit.step);
      break;
    case 'week':
      n.setUTCDate(n.getUTCDate() + 7 * unit.step);
      break;
    case 'month':
      n.setUTCMonth(n.getUTCMonth() + unit.step);
      break;
    case 'year':
      n.setUTCFullYear(n.getUTCFullYear() + unit.step);
      break;
  }
  return n;
}

function label(d: Date, unit: Unit): string {
  const y = d.getUTCFullYear();
  const year = y <= 0 ? `${1 - y} BC` : String(y);
  switch (unit.kind) {
    case 'hour':
      return `${String(d.getUTCHours()).padStart(2, '0')}:00${d.getUTCHours() === 0 ? ` ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}` : ''}`;
    case 'day':
    case 'week':
      return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}${d.getUTCMonth() === 0 && d.getUTCDate() <= 7 ? ` ${year}` : ''}`;
    case 'month':
      return unit.step === 3 ? `Q${Math.floor(d.getUTCMonth() / 3) + 1} ${year}` : d.getUTCMonth() === 0 ? `${MONTHS[0]} ${year}` : MONTHS[d.getUTCMonth()]!;
    case 'year':
      return year;
  }
}

export interface Tick {
  x: number;
  label: string;
}

/** Labelled ticks at least `minPx` apart, and the finer unit's unlabelled ticks. */
export function ticks(view: Viewport, minPx = 80): { major: Tick[]; minor: number[]; unit: string } {
  const found = UNITS.findIndex((u) => u.approx / view.msPerPx >= minPx);
  const index = found === -1 ? UNITS.length - 1 : found;
  const unit = UNITS[index]!;
  const minorUnit = UNITS[Math.max(0, index - 1)]!;
  const end = timeAt(view, view.width);
  const major: Tick[] = [];
  for (let d = floorTo(view.start, unit), n = 0; d.getTime() <= end && n < 500; d = next(d, unit), n++) {
    major.push({ x: xOf(view, d.getTime()), label: label(d, unit) });
  }
  const minor: number[] = [];
  if (minorUnit !== unit && minorUnit.approx / view.msPerPx >= 8) {
    for (let d = floorTo(view.start, minorUnit), n = 0; d.getTime() <= end && n < 1000; d = next(d, minorUnit), n++) minor.push(xOf(view, d.getTime()));
  }
  return { major, minor, unit: `${unit.step} ${unit.kind}` };
}

/* ---------- events: filters, lanes, placement ---------- */

export interface PreparedEvent {
  event: TimelineEvent;
  start: number;
  end: number;
  /** A point (day or finer) or a span (coarser, or a range). */
  point: boolean;
  label: string;
}

export function prepare(events: TimelineEvent[]): PreparedEvent[] {
  return events
    .map((event) => {
      const [start, end] = dateSpanMs(event.date);
      const point = event.date.precision === 'day' || event.date.precision === 'datetime';
      return { event, start, end, point, label: formatEventDate(event.date) };
    })
    .filter((p) => Number.isFinite(p.start) && Number.isFinite(p.end))
    .sort((a, b) => a.start - b.start || a.end - b.end);
}

export interface Filters {
  text: string;
  actor: string;
  tag: string;
  source: string;
  /** ISO dates, inclusive; '' for open. */
  from: string;
  to: string;
}

export const NO_FILTERS: Filters = { text: '', actor: '', tag: '', source: '', from: '', to: '' };

export function sourceName(s: { publisher: string | null; articleTitle: string }): string {
  return s.publisher ?? s.articleTitle;
}

export function applyFilters(events: PreparedEvent[], f: Filters): PreparedEvent[] {
  const words = f.text.toLowerCase().split(/\s+/).filter(Boolean);
  const from = f.from ? Date.parse(`${f.from}T00:00:00Z`) : -Infinity;
  const to = f.to ? Date.parse(`${f.to}T00:00:00Z`) + DAY : Infinity;
  return events.filter(({ event, start, end }) => {
    if (f.actor && !event.actors.includes(f.actor)) return false;
    if (f.tag && !event.tags.includes(f.tag)) return false;
    if (f.source && !event.sources.some((s) => sourceName(s) === f.source)) return false;
    if (end <= from || start >= to) return false;
    if (words.length) {
      const hay = `${event.title} ${event.description} ${event.actors.join(' ')} ${event.place ?? ''} ${event.tags.join(' ')} ${event.sources.map((s) => `${s.articleTitle} ${s.publisher ?? ''} ${s.passage.quote}`).join(' ')}`.toLowerCase();
      if (!words.every((w) => hay.includes(w))) return false;
    }
    return true;
  });
}

export type LaneMode = 'none' | 'actor' | 'source' | 'tag';

/** Lane names per event (an event with two actors shows in both actors' lanes). */
export function laneKeys(event: TimelineEvent, mode: LaneMode): string[] {
  switch (mode) {
    case 'none':
      return ['All events'];
    case 'actor':
      return event.actors.length ? event.actors : ['(no actor)'];
    case 'tag':
      return event.tags.length ? event.tags : ['(no tag)'];
    case 'source':
      return event.sources.length ? [...new Set(event.sources.map(sourceName))] : ['(no source)'];
  }
}

export interface Lane {
  key: string;
  events: PreparedEvent[];
}

export function lanes(events: PreparedEvent[], mode: LaneMode): Lane[] {
  const map = new Map<string, PreparedEvent[]>();
  for (const p of events) for (const k of laneKeys(p.event, mode)) map.get(k)?.push(p) ?? map.set(k, [p]);
  return [...map.entries()].map(([key, evs]) => ({ key, events: evs })).sort((a, b) => b.events.length - a.events.length || a.key.localeCompare(b.key));
}

export interface Placed {
  p: PreparedEvent;
  x: number;
  width: number;
  row: number;
  /** Pixels free for a label to the right of the marker (up to the next event in the row). */
  labelRoom: number;
  /** The selected or most-reported event: always placed, its label always drawn (others make way). */
  priority?: boolean;
}

/** Room a priority event's label takes (its title at about 6.5 px a character, within limits). */
export function priorityLabelPx(title: string): number {
  return Math.min(280, Math.max(60, Math.ceil(title.length * 6.5) + 12));
}

/** The events whose labels must show: the selected one and the one reported by the most outlets (ties: the earliest). */
export function priorityIds(events: readonly PreparedEvent[], selectedId: string | null): Set<string> {
  const ids = new Set<string>();
  if (selectedId) ids.add(selectedId);
  let best: PreparedEvent | undefined;
  let bestCount = 1;
  for (const p of events) {
    const count = new Set(p.event.sources.map((s) => s.publisher ?? s.articleId)).size;
    if (count > bestCount) {
      bestCount = count;
      best = p;
    }
  }
  if (best) ids.add(best.event.id);
  return ids;
}

export interface Cluster {
  x: number;
  count: number;
  /** Time span the cluster covers, to zoom into it. */
  start: number;
  end: number;
}

/** Width a point takes (marker plus some of its label) so neighbours do not overlap. */
export const POINT_PX = 14;

/**
 * Places the lane's events that intersect the viewport in up to `rows` rows (first row with room),
 * and folds the rest into clusters, so the number of drawn elements stays bounded at any zoom.
 * `events` must be sorted by start.
 */
export function place(events: PreparedEvent[], view: Viewport, rows: number, priority: ReadonlySet<string> = new Set()): { placed: Placed[]; clusters: Cluster[] } {
  const viewEnd = timeAt(view, view.width);
  const rowEnds: number[] = new Array(rows).fill(-Infinity);
  const placed: Placed[] = [];
  const lastInRow: (Placed | undefined)[] = new Array(rows).fill(undefined);
  const clusters: Cluster[] = [];
  // Priority events (the selected one first) are placed first, each in the first row where its whole label
  // fits; the other events fit around them.
  const reserved: { left: number; right: number }[][] = Array.from({ length: rows }, () => []);
  const geometry = (p: PreparedEvent) => {
    const x0 = xOf(view, p.start);
    const x1 = xOf(view, p.end);
    const x = p.point ? (x0 + x1) / 2 : Math.max(x0, -2);
    const width = p.point ? 0 : Math.max(6, Math.min(x1, view.width + 2) - x);
    return { x, width, left: p.point ? x - POINT_PX / 2 : x, right: p.point ? x + POINT_PX / 2 : x + width };
  };
  const prioritized: Placed[] = [];
  for (const id of priority) {
    const p = events.find((e) => e.event.id === id);
    if (!p || p.end <= view.start || p.start >= viewEnd) continue;
    const g = geometry(p);
    const labelStart = p.point ? g.x + 8 : Math.max(g.x, 0) + 4;
    const right = Math.max(g.right, labelStart + priorityLabelPx(p.event.title));
    const row = reserved.findIndex((list) => !list.some((r) => g.left < r.right + 2 && r.left < right + 2));
    if (row < 0) continue;
    reserved[row]!.push({ left: g.left, right });
    prioritized.push({ p, x: g.x, width: g.width, row, labelRoom: right - labelStart, priority: true });
  }
  const clashesWithReserved = (row: number, left: number, right: number) => reserved[row]!.some((r) => left < r.right + 2 && r.left < right + 2);
  // binary search: first event starting after the viewport's end
  let lo = 0;
  let hi = events.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (events[mid]!.start < viewEnd) lo = mid + 1;
    else hi = mid;
  }
  for (let i = 0; i < lo; i++) {
    const p = events[i]!;
    if (p.end <= view.start) continue;
    if (prioritized.some((x) => x.p === p)) continue;
    const { x, width, left, right } = geometry(p);
    const row = rowEnds.findIndex((end, r) => end <= left && !clashesWithReserved(r, left, right));
    if (row >= 0) {
      rowEnds[row] = right + 2;
      const labelStart = p.point ? x + 8 : Math.max(x, 0);
      // A label stops before the next priority event of its row.
      const nextReserved = Math.min(...reserved[row]!.filter((r) => r.left >= right).map((r) => r.left), Infinity);
      const item: Placed = { p, x, width, row, labelRoom: Math.min(view.width, nextReserved - 4) - labelStart };
      const previous = lastInRow[row];
      if (previous) previous.labelRoom = Math.min(previous.labelRoom, left - (previous.p.point ? previous.x + 8 : Math.max(previous.x, 0)) - 4);
      lastInRow[row] = item;
      placed.push(item);
      continue;
    }
    const last = clusters[clusters.length - 1];
    if (last && x - last.x < 24) {
      last.count++;
      last.end = Math.max(last.end, p.end);
    } else clusters.push({ x: Math.max(x, 0), count: 1, start: p.start, end: p.end });
  }
  return { placed: [...prioritized, ...placed], clusters };
}

/** Events grouped under date headings for the list, flattened into rows for windowed rendering. */
export type ListRow = { kind: 'heading'; label: string } | { kind: 'event'; p: PreparedEvent };

export function listRows(events: PreparedEvent[]): ListRow[] {
  const rows: ListRow[] = [];
  let current = '';
  for (const p of events) {
    if (p.label !== current) {
      current = p.label;
      rows.push({ kind: 'heading', label: p.label });
    }
    rows.push({ kind: 'event', p });
  }
  return rows;
}
