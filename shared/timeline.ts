/**
 * Timelines: dated, sourced events an analyst assembles from the library's articles.
 * Pure schemas (zod) and date helpers; the timeline operations are in the one contract
 * (shared/contract.ts, `timelineContract`).
 */
import { z } from 'zod';
import type { DossierApi, TimelineOpName } from './contract';

/* ---------- the model ---------- */

export const EventPrecisionSchema = z.enum(['datetime', 'day', 'week', 'month', 'quarter', 'year', 'range']);
export type EventPrecision = z.infer<typeof EventPrecisionSchema>;

/** YYYY-MM-DD, or YYYY-MM-DDThh:mm[:ss] for datetime precision. Years may be negative or longer than 4 digits. */
export const IsoDateSchema = z
  .string()
  .regex(/^-?\d{4,}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/, 'a date is YYYY-MM-DD or YYYY-MM-DDThh:mm');

export const EventDateSchema = z
  .object({
    start: IsoDateSchema,
    /** Inclusive; equal to `start` for a single day. */
    end: IsoDateSchema,
    precision: EventPrecisionSchema,
    /** The date is uncertain (e.g. "around", "early March", "over the past year"). Shown dashed. */
    approximate: z.boolean().default(false),
    /** TIMEX3 value when known (2023-W07-WE, 2023-02-23, P1Y ...), else null. */
    value: z.string().nullable().default(null),
    /** The words that gave the date ("over the weekend"), else null. */
    text: z.string().nullable().default(null),
  })
  .refine((d) => d.start.slice(0, 10) <= d.end.slice(0, 10) || d.start.startsWith('-'), { message: 'the end of a date comes before its start' });
export type EventDate = z.infer<typeof EventDateSchema>;

export const PassageSchema = z.object({
  /** [start, end) in Article.text, UTF-16 code units. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** The exact text of the passage, used to find it again when the article changes. */
  quote: z.string(),
  /** About 40 characters of text before and after, to tell repeated quotes apart. */
  before: z.string().default(''),
  after: z.string().default(''),
});
export type Passage = z.infer<typeof PassageSchema>;

/**
 * ok: the passage is where it was recorded.
 * moved: the article changed and the passage was found again at new offsets.
 * source-changed: the article changed (or disappeared) and the passage could not be found with
 * confidence; offsets are the old ones and the event is kept for the user to check.
 */
export const SourceStatusSchema = z.enum(['ok', 'moved', 'source-changed']);
export type SourceStatus = z.infer<typeof SourceStatusSchema>;

/** Another copy of a source's article (the same file elsewhere, or the same wire story republished). */
export const ArticleCopyRefSchema = z.object({
  articleId: z.string(),
  path: z.string().nullable().default(null),
  publisher: z.string().nullable().default(null),
  articleTitle: z.string().default(''),
  publishedAt: z.string().nullable().default(null),
});
export type ArticleCopyRef = z.infer<typeof ArticleCopyRefSchema>;

/** The event as one source tells it: its headline, who acted, the main verb and the quotation it reports. */
export const SourceReadingSchema = z.object({
  headline: z.string().default(''),
  actor: z.string().nullable().default(null),
  /** Infinitive of the main verb ("warn", "meet"). */
  action: z.string().nullable().default(null),
  /** The main verb reports speech (say, tell, warn ...). */
  statement: z.boolean().default(false),
  /** The quoted words the passage reports, when it reports a quotation. */
  quote: z.string().nullable().default(null),
  place: z.string().nullable().default(null),
  actors: z.array(z.string()).default([]),
  /** The people and organisations the passage names (not places): who could have taken part. */
  people: z.array(z.string()).default([]),
});
export type SourceReading = z.infer<typeof SourceReadingSchema>;

/** Why a source was merged into an event: by Dossier (with the evidence) or by the user. */
export const MergeNoteSchema = z.object({
  by: z.enum(['dossier', 'user']),
  reasons: z.array(z.string()).default([]),
  at: z.string().nullable().default(null),
});
export type MergeNote = z.infer<typeof MergeNoteSchema>;

export const EventSourceSchema = z.object({
  articleId: z.string(),
  /** The article's headline. */
  articleTitle: z.string(),
  /** The outlet. */
  publisher: z.string().nullable(),
  /** The article's publication date (ISO, any precision) or null. */
  publishedAt: z.string().nullable(),
  url: z.string().nullable().default(null),
  /** Library-relative path of the article's file (null in timelines saved before format 2, until the article is seen again). */
  path: z.string().nullable().default(null),
  /** Content hash of the article text the passage offsets refer to (to notice edits). */
  contentHash: z.string().nullable().default(null),
  passage: PassageSchema,
  status: SourceStatusSchema.default('ok'),
  /** Review-queue key of the analysis candidate this source came from (null when added by hand). */
  candidateKey: z.string().nullable().default(null),
  /** The date this source gives the event (null when unknown: the event's date stands for it). */
  date: EventDateSchema.nullable().default(null),
  /** How this source tells the event (null for sources recorded before format 2). */
  reading: SourceReadingSchema.nullable().default(null),
  /** Why this source joined the event (null for the source the event started from). */
  merge: MergeNoteSchema.nullable().default(null),
  /** Other copies of the article (exact or republished duplicates): cited with it, never counted as another source. */
  copies: z.array(ArticleCopyRefSchema).default([]),
});
export type EventSource = z.infer<typeof EventSourceSchema>;

export const EventOriginSchema = z.enum(['extracted', 'manual', 'imported']);

export const TimelineEventSchema = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string().default(''),
  date: EventDateSchema,
  actors: z.array(z.string()).default([]),
  place: z.string().nullable().default(null),
  tags: z.array(z.string()).default([]),
  sources: z.array(EventSourceSchema).default([]),
  origin: EventOriginSchema.default('manual'),
  /** 'sources': the date is the best-supported among the sources' dates and follows merges and splits; 'user': set by hand and kept. */
  dateFrom: z.enum(['sources', 'user']).default('sources'),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TimelineEvent = z.infer<typeof TimelineEventSchema>;

/** An event before it is in a timeline (no id or timestamps yet). */
export const EventDraftSchema = TimelineEventSchema.omit({ id: true, createdAt: true, updatedAt: true });
export type EventDraft = z.infer<typeof EventDraftSchema>;
export type EventDraftInput = z.input<typeof EventDraftSchema>;

export const TimelineSchema = z.object({
  /** Stable id; also the file name (`<id>.json`). Lowercase words joined by "-". */
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  name: z.string().min(1),
  description: z.string().default(''),
  events: z.array(TimelineEventSchema).default([]),
  /** Review-queue keys (`articleId:start`) the user rejected, so they are not proposed again. */
  rejected: z.array(z.string()).default([]),
  /** Searches whose candidates wait in the review queue (e.g. from `dossier timeline build` without --accept). */
  pending: z.array(z.object({ query: z.string(), addedAt: z.string(), candidates: z.number().int().nonnegative().default(0) })).default([]),
  /** Format of the file: 1 (before source dates, readings and merge notes) or 2. Older files are read as is and saved as 2. */
  formatVersion: z.number().int().positive().default(1),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Incremented on every save. */
  version: z.number().int().nonnegative().default(1),
});
export type Timeline = z.infer<typeof TimelineSchema>;

export const TimelineSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  eventCount: z.number().int(),
  /** Earliest start and latest end among the events, or null when empty. */
  start: z.string().nullable(),
  end: z.string().nullable(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type TimelineSummary = z.infer<typeof TimelineSummarySchema>;

/* ---------- date arithmetic (pure, UTC, shared by main and renderer) ---------- */

const DAY_MS = 86_400_000;

/** Milliseconds (UTC) of an ISO date or datetime; NaN if unreadable. */
export function isoToMs(iso: string): number {
  const m = /^(-?\d{4,})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?/.exec(iso);
  if (!m) return NaN;
  const d = new Date(0);
  d.setUTCFullYear(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  d.setUTCHours(Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0), 0);
  return d.getTime();
}

/** [start, end) of an event date in ms: the end is exclusive (end of the last day, or the instant itself for datetime). */
export function dateSpanMs(date: Pick<EventDate, 'start' | 'end' | 'precision'>): [number, number] {
  const start = isoToMs(date.start);
  const endDay = isoToMs(date.end.slice(0, 10));
  if (date.precision === 'datetime') {
    const end = isoToMs(date.end);
    return [start, Math.max(end, start) + 60_000];
  }
  return [start, endDay + DAY_MS];
}

/** Length of an event date in days (at least 1). */
export function spanDays(date: Pick<EventDate, 'start' | 'end' | 'precision'>): number {
  const [a, b] = dateSpanMs(date);
  return Math.max(1, Math.round((b - a) / DAY_MS));
}

/** A short human label for a date ("23 Feb 2023", "18–19 Feb 2023", "Feb 2023", "Q1 2023", "c. 2023"). */
export function formatEventDate(date: EventDate): string {
  const label = rawLabel(date);
  return date.approximate ? `c. ${label}` : label;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function parts(iso: string) {
  const m = /^(-?\d{4,})-(\d{2})-(\d{2})(?:T(\d{2}:\d{2}))?/.exec(iso);
  if (!m) return { y: iso, m: 0, d: 0, t: undefined as string | undefined };
  return { y: String(Number(m[1])), m: Number(m[2]), d: Number(m[3]), t: m[4] };
}

function rawLabel(date: EventDate): string {
  const s = parts(date.start);
  const e = parts(date.end);
  const mon = (n: number) => MONTHS[n - 1] ?? '?';
  switch (date.precision) {
    case 'datetime':
      return `${s.d} ${mon(s.m)} ${s.y}${s.t ? ' ' + s.t : ''}`;
    case 'day':
      return `${s.d} ${mon(s.m)} ${s.y}`;
    case 'month':
      return `${mon(s.m)} ${s.y}`;
    case 'quarter':
      return `Q${Math.floor((s.m - 1) / 3) + 1} ${s.y}`;
    case 'year':
      return s.y;
    default: {
      if (date.start.slice(0, 10) === date.end.slice(0, 10)) return `${s.d} ${mon(s.m)} ${s.y}`;
      if (s.y === e.y && s.m === e.m) return `${s.d}–${e.d} ${mon(s.m)} ${s.y}`;
      if (s.y === e.y) return `${s.d} ${mon(s.m)} – ${e.d} ${mon(e.m)} ${s.y}`;
      return `${s.d} ${mon(s.m)} ${s.y} – ${e.d} ${mon(e.m)} ${e.y}`;
    }
  }
}

/** Sort key: start, then shorter spans first. */
export function compareEventDates(a: EventDate, b: EventDate): number {
  if (a.start !== b.start) return isoToMs(a.start) - isoToMs(b.start);
  return isoToMs(a.end) - isoToMs(b.end);
}

/* ---------- review queue ---------- */

export const ReviewItemSchema = z.object({
  /** `articleId:start` of the first candidate; stable across runs of the analysis. */
  key: z.string(),
  /** All candidate keys folded into this item (one per reporting article when duplicates were merged). */
  keys: z.array(z.string()),
  draft: EventDraftSchema,
  /** Id of an event already in the timeline that this item duplicates (accepting merges into it), else null. */
  duplicateOf: z.string().nullable(),
  /** Why the sources were taken for one happening (shared quotation, same actor and date …), one line per merge. */
  reasons: z.array(z.string()).default([]),
  /** The earliest reporting source (by publishedAt): who reported it first. */
  firstReportedBy: z.object({ articleId: z.string(), publisher: z.string().nullable(), publishedAt: z.string().nullable() }).nullable(),
  /** 'accepted' when already in the timeline, 'rejected' when the user rejected it before. */
  status: z.enum(['new', 'accepted', 'rejected']),
});
export type ReviewItem = z.infer<typeof ReviewItemSchema>;

export const ReviewQueueSchema = z.object({
  items: z.array(ReviewItemSchema),
  articleCount: z.number().int(),
  /** Articles skipped (unknown id, failed analysis, a copy of another article) with a reason. */
  skipped: z.array(z.object({ articleId: z.string(), reason: z.string() })),
  /** Articles that are copies of another one in the same set: their events are counted once, under the original. */
  copies: z.array(z.object({ articleId: z.string(), copyOf: z.string(), kind: z.enum(['exact', 'near']) })).optional(),
  /**
   * Articles without a publication date: their relative dates ("on Thursday") could not be placed,
   * so they gave fewer events than they hold. Dossier asks for their dates rather than guessing.
   */
  undated: z.array(z.object({ articleId: z.string(), title: z.string() })).default([]),
});
export type ReviewQueue = z.infer<typeof ReviewQueueSchema>;

/* ---------- exports ---------- */

export const ExportFormatSchema = z.enum(['timelinejs', 'csv', 'md', 'html']);
export type ExportFormat = z.infer<typeof ExportFormatSchema>;

export const ExportResultSchema = z.object({ filename: z.string(), mimeType: z.string(), content: z.string() });
export type ExportResult = z.infer<typeof ExportResultSchema>;

/* ---------- the operations ---------- */
// The timeline operations are part of the one contract (shared/contract.ts, "timelines").

/** The timeline operations as a client calls them. */
export type TimelineApi = Pick<DossierApi, TimelineOpName>;

/** What the timeline view receives: the whole API (search, getArticle, the timeline ops …). */
export type TimelineClient = DossierApi;

/** The current timeline file format (see `formatVersion`). */
export const TIMELINE_FORMAT_VERSION = 2;

/* ---------- sources: dates, counts and citations (pure, shared by main and renderer) ---------- */

/** The date a source gives the event: its own, else the event's. */
export function dateOfSource(source: Pick<EventSource, 'date'>, event: Pick<TimelineEvent, 'date'>): EventDate {
  return source.date ?? event.date;
}

function dayBounds(d: Pick<EventDate, 'start' | 'end' | 'precision'>): [number, number] {
  return dateSpanMs(d);
}

/** Whether `outer` contains `inner` (a weekend contains its Sunday). */
export function dateContains(outer: Pick<EventDate, 'start' | 'end' | 'precision'>, inner: Pick<EventDate, 'start' | 'end' | 'precision'>): boolean {
  const [a0, a1] = dayBounds(outer);
  const [b0, b1] = dayBounds(inner);
  return a0 <= b0 && b1 <= a1;
}

export interface DateChoice {
  date: EventDate;
  /** How many sources' dates contain the chosen one. */
  support: number;
  /** Dates some sources give that do not contain the chosen one, with the indexes of those sources. */
  disagreements: { date: EventDate; sources: number[] }[];
}

/**
 * The event's date from its sources' dates: the most precise date that the most sources agree with (a
 * source agrees with a date when its own date contains it: "over the weekend" agrees with "on Sunday").
 * Ties go to the narrower date, then to the date of the earlier source. Sources whose date does not contain
 * the chosen one are reported as disagreements, never silently dropped.
 */
export function chooseDate(dates: readonly EventDate[]): DateChoice | null {
  if (dates.length === 0) return null;
  const distinct: EventDate[] = [];
  for (const d of dates) if (!distinct.some((x) => sameDate(x, d))) distinct.push(d);
  let best: { date: EventDate; support: number; days: number; first: number } | null = null;
  for (const candidate of distinct) {
    const support = dates.filter((d) => dateContains(d, candidate)).length;
    const days = spanDays(candidate);
    const first = dates.findIndex((d) => sameDate(d, candidate));
    if (!best || support > best.support || (support === best.support && (days < best.days || (days === best.days && first < best.first)))) {
      best = { date: candidate, support, days, first };
    }
  }
  const chosen = best!;
  const disagreements: DateChoice['disagreements'] = [];
  dates.forEach((d, i) => {
    if (dateContains(d, chosen.date)) return;
    const entry = disagreements.find((x) => sameDate(x.date, d));
    if (entry) entry.sources.push(i);
    else disagreements.push({ date: d, sources: [i] });
  });
  // Approximate only when every source that supports it is.
  const supporting = dates.filter((d) => dateContains(d, chosen.date));
  const approximate = supporting.every((d) => d.approximate);
  return { date: { ...chosen.date, approximate }, support: chosen.support, disagreements };
}

export function sameDate(a: Pick<EventDate, 'start' | 'end' | 'precision'>, b: Pick<EventDate, 'start' | 'end' | 'precision'>): boolean {
  return a.start === b.start && a.end === b.end && a.precision === b.precision;
}

/** Where the sources of an event disagree on its date (empty when they agree). */
export function dateDisagreements(event: Pick<TimelineEvent, 'date' | 'sources'>): { date: EventDate; sources: EventSource[] }[] {
  const out: { date: EventDate; sources: EventSource[] }[] = [];
  for (const s of event.sources) {
    const d = dateOfSource(s, event);
    if (dateContains(d, event.date)) continue;
    const entry = out.find((x) => sameDate(x.date, d));
    if (entry) entry.sources.push(s);
    else out.push({ date: d, sources: [s] });
  }
  return out;
}

/** Articles reporting the event, each counted once (copies of an article are one article). */
export function articleCount(event: Pick<TimelineEvent, 'sources'>): number {
  return new Set(event.sources.map((s) => s.articleId)).size;
}

/** Outlets reporting the event, each counted once (sources without an outlet count as their article). */
export function outletCount(event: Pick<TimelineEvent, 'sources'>): number {
  return new Set(event.sources.map((s) => (s.publisher ? `p:${s.publisher.toLowerCase()}` : `a:${s.articleId}`))).size;
}

/** The publication date as people read it ("14 Mar 2023"), from an ISO value of any precision. */
export function formatPublishedAt(iso: string | null): string {
  if (!iso) return '';
  const m = /^(-?\d{4,})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(iso);
  if (!m) return iso;
  if (!m[2]) return String(Number(m[1]));
  const month = MONTHS[Number(m[2]) - 1] ?? m[2];
  return m[3] ? `${Number(m[3])} ${month} ${Number(m[1])}` : `${month} ${Number(m[1])}`;
}

/** The parts of a citation: outlet, headline, date and file (never an internal id). */
export function citationParts(source: Pick<EventSource, 'publisher' | 'articleTitle' | 'publishedAt' | 'path'>): { outlet: string; headline: string; date: string; file: string } {
  return {
    outlet: source.publisher ?? 'Unknown outlet',
    headline: source.articleTitle || (source.path ?? 'Untitled article'),
    date: formatPublishedAt(source.publishedAt),
    file: source.path ?? '',
  };
}

/** A citation in plain text: `Outlet, “Headline”, 14 Mar 2023 (file: folder/article.txt)`. */
export function citationText(source: Pick<EventSource, 'publisher' | 'articleTitle' | 'publishedAt' | 'path'>): string {
  const c = citationParts(source);
  return `${c.outlet}, “${c.headline}”${c.date ? `, ${c.date}` : ''}${c.file ? ` (file: ${c.file})` : ''}`;
}

/** Request patch for updateEvent. */
export const EventPatchSchema = z.object({
  title: z.string().min(1).optional(),
  description: z.string().optional(),
  date: EventDateSchema.optional(),
  actors: z.array(z.string()).optional(),
  place: z.string().nullable().optional(),
  tags: z.array(z.string()).optional(),
  /** 'sources' goes back to the date the sources support best; 'user' keeps the current date through merges. */
  dateFrom: z.enum(['sources', 'user']).optional(),
});
export type EventPatch = z.input<typeof EventPatchSchema>;

/** Whether two JSON values are equal, whatever the order of their object keys (a database may reorder them). */
export function sameJsonValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return a === b || (a == null && b == null);
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) return a.length === (b as unknown[]).length && a.every((v, i) => sameJsonValue(v, (b as unknown[])[i]));
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => sameJsonValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
