/** The analysis of an article's text: time expressions, entities, quotes and event candidates. All offsets index Article.text. */
import { z } from 'zod';
import { PrecisionSchema } from './model';

export const TimexTypeSchema = z.enum(['DATE', 'TIME', 'DURATION', 'SET']);
export type TimexType = z.infer<typeof TimexTypeSchema>;

/** Inclusive calendar range, ISO dates (YYYY-MM-DD). */
export const DateRangeSchema = z.object({ start: z.string(), end: z.string() });
export type DateRange = z.infer<typeof DateRangeSchema>;

export const TimexSchema = z.object({
  text: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  type: TimexTypeSchema,
  /** TIMEX3 value: 2023-02-23, 2023-W07-WE, 2023-Q1, P1Y, PRESENT_REF, XXXX-WXX-1 ... */
  value: z.string(),
  /** Calendar placement, when the expression can be placed (null for e.g. bare durations or PAST_REF). */
  range: DateRangeSchema.nullable(),
  precision: PrecisionSchema,
});
export type Timex = z.infer<typeof TimexSchema>;

export const EntityKindSchema = z.enum(['person', 'organization', 'place']);
export type EntityKind = z.infer<typeof EntityKindSchema>;

export const EntitySchema = z.object({
  text: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  kind: EntityKindSchema,
  /** Canonical name: titles stripped, possessive folded, short forms linked to the full name. */
  canonical: z.string(),
});
export type Entity = z.infer<typeof EntitySchema>;

export const QuoteSchema = z.object({
  /** The quoted words (without the quote marks; parts of a split quote joined by " … "). */
  text: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  /** Canonical speaker name, or the description of an anonymous one ("a senior Western official"); null if unknown. */
  speaker: z.string().nullable(),
  named: z.boolean(),
});
export type Quote = z.infer<typeof QuoteSchema>;

export const EventCandidateSchema = z.object({
  /** Stable within one analysis: `${articleId or ''}:${start}`. */
  id: z.string(),
  date: z.object({
    text: z.string(),
    start: z.number().int(),
    end: z.number().int(),
    value: z.string(),
    range: DateRangeSchema,
    precision: PrecisionSchema,
  }),
  /** The sentence or clause the event stands in. */
  start: z.number().int(),
  end: z.number().int(),
  sentence: z.string(),
  summary: z.string(),
  actors: z.array(z.string()),
  place: z.string().nullable(),
  /** Index into Analysis.quotes when the event is a quotation. */
  quote: z.number().int().nullable(),
});
export type EventCandidate = z.infer<typeof EventCandidateSchema>;

/** The stages of the analysis, in the order they run. */
export const AnalysisStageSchema = z.enum(['sentences', 'timexes', 'entities', 'quotes', 'events']);
export type AnalysisStage = z.infer<typeof AnalysisStageSchema>;

/** A stage that failed on an article: its list is empty (or, for a failed rule, incomplete), and the reason why. */
export const StageFailureSchema = z.object({
  stage: AnalysisStageSchema,
  message: z.string(),
});
export type StageFailure = z.infer<typeof StageFailureSchema>;

export const AnalysisSchema = z.object({
  /** Version of the analyser; the cache is keyed by content hash and this version. */
  version: z.number().int(),
  timexes: z.array(TimexSchema),
  entities: z.array(EntitySchema),
  quotes: z.array(QuoteSchema),
  events: z.array(EventCandidateSchema),
  /** Stages that failed on this article (absent or empty when every stage ran): shown to the user as a problem. */
  failures: z.array(StageFailureSchema).optional(),
});
export type Analysis = z.infer<typeof AnalysisSchema>;
