/**
 * Calendar helpers for timeline events: turning an analysis date (a TIMEX3 value, a calendar range
 * and a precision) into an event date, and measuring spans in days without time-zone surprises
 * (all arithmetic is done in UTC on the date part).
 */
import type { Precision } from '../../shared/model';
import { dateSpanMs, type EventDate, type EventPrecision } from '../../shared/timeline';

export { isoToMs, dateSpanMs, spanDays, formatEventDate, compareEventDates } from '../../shared/timeline';

const DAY_MS = 86_400_000;

/** Words that make a date uncertain. ("over the weekend" is a range, not an approximation.) */
const APPROXIMATE_CUE = /\b(about|around|approximately|roughly|circa|c\.|nearly|almost|early|mid|late|past|recent(ly)?|some|several|few|couple|ago|before|after|since|by)\b/i;

/** Maps the analysis' precision (which has season, decade, unknown) onto the timeline's. */
export function eventPrecision(precision: Precision, start: string, end: string): EventPrecision {
  switch (precision) {
    case 'datetime':
    case 'week':
    case 'month':
    case 'quarter':
    case 'year':
    case 'range':
      return precision;
    case 'day':
      return start === end ? 'day' : 'range';
    default:
      return start === end ? 'day' : 'range';
  }
}

/** An event date from an analysis date (EventCandidate.date or a Timex with a range). */
export function toEventDate(d: { text: string; value: string; range: { start: string; end: string }; precision: Precision }): EventDate {
  let start = d.range.start;
  let end = d.range.end;
  if (end < start) [start, end] = [end, start];
  const precision = eventPrecision(d.precision, start, end);
  if (precision === 'datetime' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(d.value)) {
    start = d.value.replace(/(T\d{2}:\d{2}(:\d{2})?).*$/, '$1');
    end = start;
  }
  const approximate =
    d.value.includes('X') || d.precision === 'season' || d.precision === 'unknown' || d.precision === 'decade' || APPROXIMATE_CUE.test(d.text);
  return { start, end, precision, approximate, value: d.value || null, text: d.text || null };
}

/** An event date from a publication date (the fallback for a hand-picked passage without a date in it); approximate. */
export function dateFromPublished(published: { value: string; precision: Precision }): EventDate {
  const m = /^(-?\d{4,})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(published.value);
  if (!m) throw new RangeError(`the article's date "${published.value}" cannot be read`);
  const year = Number(m[1]);
  if (m[3]) {
    const day = `${m[1]}-${m[2]}-${m[3]}`;
    return { start: day, end: day, precision: 'day', approximate: true, value: day, text: null };
  }
  if (m[2]) {
    const month = Number(m[2]);
    return { start: `${m[1]}-${m[2]}-01`, end: lastDayOfMonth(year, month), precision: 'month', approximate: true, value: `${m[1]}-${m[2]}`, text: null };
  }
  return { start: `${m[1]}-01-01`, end: `${m[1]}-12-31`, precision: 'year', approximate: true, value: m[1]!, text: null };
}

export function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function lastDayOfMonth(year: number, month: number): string {
  const d = new Date(Date.UTC(year, month, 0));
  return formatUtcDay(d);
}

function formatUtcDay(d: Date): string {
  const y = d.getUTCFullYear();
  const ys = y < 0 ? '-' + String(-y).padStart(4, '0') : String(y).padStart(4, '0');
  return `${ys}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
}

/** Days two dates share (0 when disjoint). `toleranceDays` widens both (news across time zones). */
export function overlapDays(a: Pick<EventDate, 'start' | 'end' | 'precision'>, b: Pick<EventDate, 'start' | 'end' | 'precision'>, toleranceDays = 0): number {
  const [a0, a1] = dateSpanMs(a);
  const [b0, b1] = dateSpanMs(b);
  const t = toleranceDays * DAY_MS;
  const overlap = Math.min(a1 + t, b1 + t) - Math.max(a0 - t, b0 - t);
  return overlap > 0 ? overlap / DAY_MS : 0;
}

