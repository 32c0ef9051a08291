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

export const EventSourceSchema = z.object({
  articleId: z.string(),
  articleTitle: z.string(),
  publisher: z.string().nullable(),
  /** The article's publication date (ISO, any precision) or null. */
  publishedAt: z.string().nullable(),
  url: z.string().nullable().default(null),
  /** Content hash of the article text the passage offsets refer to (to notice edits). */
  contentHash: z.string().nullable().default(null),
  passage: PassageSchema,
  status: SourceStatusSchema.default('ok'),
  /** Review-queue key of the analysis candidate this source came from (null when added by hand). */
  candidateKey: z.string().nullable().default(null),
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
  /** The earliest reporting source (by publishedAt): who reported it first. */
  firstReportedBy: z.object({ articleId: z.string(), publisher: z.string().nullable(), publishedAt: z.string().nullable() }).nullable(),
  /** 'accepted' when already in the timeline, 'rejected' when the user rejected it before. */
  status: z.enum(['new', 'accepted', 'rejected']),
});
export type ReviewItem = z.infer<typeof ReviewItemSchema>;

export const ReviewQueueSchema = z.object({
  items: z.array(ReviewItemSchema),
  articleCount: z.number().int(),
  /** Articles skipped (unknown id, failed analysis) with a reason. */
  skipped: z.array(z.object({ articleId: z.string(), reason: z.string() })),
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

/** Request patch for updateEvent. */
export const EventPatchSchema = z.object({
  title: z.string().min(1).optional(),
  description: z.string().optional(),
  date: EventDateSchema.optional(),
  actors: z.array(z.string()).optional(),
  place: z.string().nullable().optional(),
  tags: z.array(z.string()).optional(),
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
