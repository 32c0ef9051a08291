/**
 * TimelineJS3 JSON (https://timeline.knightlab.com/docs/json-format.html): a `title` slide and one
 * slide per event with `start_date`/`end_date` as date objects ({year, month, day, hour, minute}),
 * `text: {headline, text}`, `group`, `display_date` for approximate or cue-dated events, and `unique_id`.
 * TimelineJS inserts headline, text, group and display_date into the page as HTML, so every one of them
 * goes through `escapeHtml`; `unique_id` becomes an element id and a URL fragment, so it is reduced to
 * letters, digits and "-". Every slide's text ends with its sources: outlet, headline, date and file, the
 * quoted passage, and the article's other copies, linked when the article has a URL.
 */
import type { Timeline, TimelineEvent } from '../../../shared/timeline';
import { compareEventDates, formatEventDate } from '../dates';
import { copyParts, dateDisagreementText, Notes } from './cite';
import { escapeHtml, repeatsTitle, safeUrl } from './escape';

export interface TimelineJsDate {
  year: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
  second?: number;
  millisecond?: number;
  display_date?: string;
}

export interface TimelineJsSlide {
  start_date?: TimelineJsDate;
  end_date?: TimelineJsDate;
  text?: { headline?: string; text?: string };
  media?: { url: string; caption?: string; credit?: string; thumbnail?: string; alt?: string; title?: string; link?: string; link_target?: string };
  group?: string;
  display_date?: string;
  background?: { url?: string; color?: string };
  autolink?: boolean;
  unique_id?: string;
}

export interface TimelineJsDocument {
  title?: TimelineJsSlide;
  events: TimelineJsSlide[];
  eras?: { start_date: TimelineJsDate; end_date: TimelineJsDate; text?: { headline?: string; text?: string } }[];
  scale?: 'human' | 'cosmological';
}

function dateParts(iso: string): { year: number; month: number; day: number; hour?: number; minute?: number } {
  const m = /^(-?\d{4,})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(iso);
  if (!m) throw new Error(`unreadable date ${iso}`);
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), ...(m[4] ? { hour: Number(m[4]), minute: Number(m[5]) } : {}) };
}

/** start_date/end_date for an event at the precision it is known to. */
export function timelineJsDates(event: TimelineEvent): { start_date: TimelineJsDate; end_date?: TimelineJsDate } {
  const s = dateParts(event.date.start);
  const e = dateParts(event.date.end);
  switch (event.date.precision) {
    case 'year':
      return s.year === e.year ? { start_date: { year: s.year } } : { start_date: { year: s.year }, end_date: { year: e.year } };
    case 'month':
      return s.year === e.year && s.month === e.month
        ? { start_date: { year: s.year, month: s.month } }
        : { start_date: { year: s.year, month: s.month }, end_date: { year: e.year, month: e.month } };
    case 'quarter':
      return { start_date: { year: s.year, month: s.month }, end_date: { year: e.year, month: e.month } };
    case 'datetime': {
      const start: TimelineJsDate = { year: s.year, month: s.month, day: s.day, hour: s.hour ?? 0, minute: s.minute ?? 0 };
      if (event.date.end === event.date.start) return { start_date: start };
      return { start_date: start, end_date: { year: e.year, month: e.month, day: e.day, hour: e.hour ?? 23, minute: e.minute ?? 59 } };
    }
    default: {
      const start = { year: s.year, month: s.month, day: s.day };
      if (event.date.start.slice(0, 10) === event.date.end.slice(0, 10)) return { start_date: start };
      return { start_date: start, end_date: { year: e.year, month: e.month, day: e.day } };
    }
  }
}

function sourcesHtml(event: TimelineEvent): string {
  if (event.sources.length === 0) return '';
  const h = escapeHtml;
  const notes = new Notes();
  notes.cite(event);
  const items = notes.all().map((note) => {
    const s = note.source;
    const label = `${h(note.outlet)}, “${h(note.headline)}”${note.date ? `, ${h(note.date)}` : ''}`;
    const url = safeUrl(s.url);
    const linked = url ? `<a href="${h(url)}" target="_blank" rel="noopener noreferrer">${label}</a>` : label;
    const file = note.file ? ` (file ${h(note.file)})` : '';
    const changed = s.status === 'source-changed' ? ' <em>(the article changed since; passage not found)</em>' : '';
    const copies = s.copies.length
      ? ` <small>Also published as: ${s.copies
          .map(copyParts)
          .map((c) => `${h(c.outlet)}, “${h(c.headline)}”${c.file ? ` (file ${h(c.file)})` : ''}`)
          .join('; ')}</small>`
      : '';
    return `<li>${linked}${file}: <q>${h(s.passage.quote)}</q>${changed}${copies}</li>`;
  });
  return `<p><strong>Source${items.length > 1 ? 's' : ''}</strong> (first report first):</p><ol>${items.join('')}</ol>`;
}

/** A unique_id TimelineJS can use as an element id and URL fragment. */
function slideId(id: string, taken: Set<string>): string {
  let base = `event-${id.replace(/[^A-Za-z0-9-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'x'}`;
  for (let n = 2; taken.has(base); n++) base = `${base.replace(/-\d+$/, '')}-${n}`;
  taken.add(base);
  return base;
}

export function toTimelineJs(timeline: Timeline): TimelineJsDocument {
  const events = [...timeline.events].sort((a, b) => compareEventDates(a.date, b.date));
  const ids = new Set<string>();
  return {
    title: {
      text: {
        headline: escapeHtml(timeline.name),
        text: escapeHtml(timeline.description || `${events.length} events, built with Dossier`),
      },
    },
    events: events.map((event) => {
      const parts: string[] = [];
      if (!repeatsTitle(event.description, event.title)) parts.push(`<p>${escapeHtml(event.description)}</p>`);
      const who = [event.actors.length ? `Who: ${escapeHtml(event.actors.join(', '))}` : '', event.place ? `Where: ${escapeHtml(event.place)}` : '']
        .filter(Boolean)
        .join(' · ');
      if (who) parts.push(`<p>${who}</p>`);
      const disagreement = dateDisagreementText(event);
      if (disagreement) parts.push(`<p><em>Sources disagree on the date: ${escapeHtml(disagreement)}</em></p>`);
      parts.push(sourcesHtml(event));
      const slide: TimelineJsSlide = {
        ...timelineJsDates(event),
        text: { headline: escapeHtml(event.title), text: parts.join('') },
        unique_id: slideId(event.id, ids),
      };
      if (event.date.approximate || event.date.precision === 'week' || event.date.text) {
        slide.display_date = escapeHtml(formatEventDate(event.date) + (event.date.text ? ` (“${event.date.text}”)` : ''));
      }
      const group = event.tags[0];
      if (group) slide.group = escapeHtml(group);
      return slide;
    }),
  };
}

export function timelineJsString(timeline: Timeline): string {
  return JSON.stringify(toTimelineJs(timeline), null, 2) + '\n';
}
