/**
 * CSV (RFC 4180: comma separated, CRLF line ends, fields with commas, quotes or line breaks quoted,
 * quotes doubled), one row per event under a header. Lists (actors, tags) are joined with "; "
 * (a literal ";" or "\" inside an item is escaped with "\"). Sources appear twice: readable in
 * `sources` and complete in `sources_json`, which the importer reads back, so export → import
 * round-trips. Every cell a spreadsheet would run as a formula (=, +, -, @, tab, CR) gets a leading "'",
 * in every column (ids and date values come from hand-edited files too), which the importer removes again.
 * `sources` cites outlet, headline, date and file with the passage; `sources_json` lists each source article once.
 */
import { z } from 'zod';
import { citationText, EventDateSchema, EventSourceSchema, TimelineEventSchema, type EventSource, type Timeline, type TimelineEvent } from '../../../shared/timeline';
import { compareEventDates } from '../dates';

export const CSV_COLUMNS = [
  'id',
  'start',
  'end',
  'precision',
  'approximate',
  'date_value',
  'date_text',
  'title',
  'description',
  'actors',
  'place',
  'tags',
  'origin',
  'sources',
  'sources_json',
  'created_at',
  'updated_at',
  'date_from',
] as const;
type Column = (typeof CSV_COLUMNS)[number];

export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** One cell: defused against formulas, then quoted as RFC 4180 asks. The one escape of this format. */
export function csvCell(value: string): string {
  return csvField(defuse(value));
}

const FORMULA_START = /^'*[=+\-@\t\r]/;

function defuse(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

function undefuse(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value) ? value.slice(1) : value;
}

export function joinList(items: string[]): string {
  return items.map((x) => x.replace(/\\/g, '\\\\').replace(/;/g, '\\;')).join('; ');
}

export function splitList(cell: string): string[] {
  const out: string[] = [];
  let current = '';
  for (let i = 0; i < cell.length; i++) {
    const c = cell[i]!;
    if (c === '\\' && i + 1 < cell.length) current += cell[++i];
    else if (c === ';') {
      out.push(current.trim());
      current = '';
    } else current += c;
  }
  out.push(current.trim());
  return out.filter((x) => x.length > 0);
}

/** `Outlet, “Headline”, 14 Mar 2023 (file: folder/a.txt): “the passage”` — what a reader of the sheet needs. */
function readableSource(s: EventSource): string {
  const copies = s.copies.length ? ` (also published as: ${s.copies.map((c) => citationText(c)).join('; ')})` : '';
  return `${citationText(s)}: “${s.passage.quote.replace(/\s+/g, ' ')}”${copies}`;
}

export function timelineToCsv(timeline: Timeline): string {
  const rows = [CSV_COLUMNS.join(',')];
  for (const e of [...timeline.events].sort((a, b) => compareEventDates(a.date, b.date))) {
    const cells: Record<Column, string> = {
      id: e.id,
      start: e.date.start,
      end: e.date.end,
      precision: e.date.precision,
      approximate: e.date.approximate ? 'yes' : 'no',
      date_value: e.date.value ?? '',
      date_text: e.date.text ?? '',
      title: e.title,
      description: e.description,
      actors: joinList(e.actors),
      place: e.place ?? '',
      tags: joinList(e.tags),
      origin: e.origin,
      sources: e.sources.map(readableSource).join(' | '),
      sources_json: e.sources.length ? JSON.stringify(e.sources) : '',
      created_at: e.createdAt,
      updated_at: e.updatedAt,
      date_from: e.dateFrom,
    };
    rows.push(CSV_COLUMNS.map((c) => csvCell(cells[c])).join(','));
  }
  return rows.join('\r\n') + '\r\n';
}

/** RFC 4180 parser (also accepts LF line ends and a UTF-8 BOM). Throws with a line number on an unclosed quote. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let quoteLine = 0;
  const s = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (quoted) {
      if (c === '"') {
        if (s[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (c === '\n') line++;
        field += c;
      }
    } else if (c === '"' && field === '') {
      quoted = true;
      quoteLine = line;
    } else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && s[i + 1] === '\n') i++;
      line++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (quoted) throw new Error(`the CSV has a quoted field opened on line ${quoteLine} that is never closed`);
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => !(r.length === 1 && r[0] === ''));
}

export interface CsvImport {
  events: TimelineEvent[];
  problems: string[];
}

const PRECISIONS = new Set(['datetime', 'day', 'week', 'month', 'quarter', 'year', 'range']);

/**
 * Events from CSV. Needs at least `start` and `title` columns; other columns are optional and
 * matched by name (case-insensitive). Rows that cannot be read are reported and skipped.
 */
export function csvToEvents(text: string, makeId: () => string, now: string): CsvImport {
  const rows = parseCsv(text);
  const problems: string[] = [];
  const header = rows.shift()?.map((h) => h.trim().toLowerCase());
  if (!header) return { events: [], problems: ['the CSV is empty'] };
  const col = (name: Column) => header.indexOf(name);
  if (col('start') < 0 || col('title') < 0) return { events: [], problems: ['the CSV needs a header with at least "start" and "title" columns'] };
  const events: TimelineEvent[] = [];
  rows.forEach((row, index) => {
    const lineNo = index + 2;
    const get = (name: Column): string => {
      const i = col(name);
      return undefuse(i >= 0 ? (row[i] ?? '') : '');
    };
    const start = get('start').trim();
    const end = get('end').trim() || start;
    const precisionCell = get('precision').trim();
    const precision = PRECISIONS.has(precisionCell) ? precisionCell : start.slice(0, 10) === end.slice(0, 10) ? (start.includes('T') ? 'datetime' : 'day') : 'range';
    const date = EventDateSchema.safeParse({
      start,
      end,
      precision,
      approximate: /^(yes|true|1)$/i.test(get('approximate').trim()),
      value: get('date_value') || null,
      text: get('date_text') || null,
    });
    if (!date.success) {
      problems.push(`row ${lineNo}: ${date.error.issues[0]?.message ?? 'bad date'} (start "${start}", end "${end}")`);
      return;
    }
    let sources: EventSource[] = [];
    const json = get('sources_json').trim();
    if (json) {
      const parsed = z.array(EventSourceSchema).safeParse(safeJson(json));
      if (parsed.success) sources = parsed.data;
      else problems.push(`row ${lineNo}: sources_json could not be read; the event is imported without sources`);
    }
    const origin = get('origin').trim();
    const event = TimelineEventSchema.safeParse({
      id: get('id').trim() || makeId(),
      title: get('title').trim() || '(untitled)',
      description: get('description'),
      date: date.data,
      actors: splitList(get('actors')),
      place: get('place').trim() || null,
      tags: splitList(get('tags')),
      sources,
      origin: origin === 'extracted' || origin === 'manual' || origin === 'imported' ? origin : 'imported',
      // A date from a sheet without this column was typed by someone: kept through later merges.
      dateFrom: get('date_from').trim() === 'sources' ? 'sources' : 'user',
      createdAt: validIso(get('created_at')) ?? now,
      updatedAt: validIso(get('updated_at')) ?? now,
    });
    if (event.success) events.push(event.data);
    else problems.push(`row ${lineNo}: ${event.error.issues[0]?.message ?? 'unreadable'}`);
  });
  return { events, problems };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function validIso(s: string): string | undefined {
  const t = s.trim();
  return t && !Number.isNaN(Date.parse(t)) ? t : undefined;
}
