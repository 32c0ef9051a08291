/**
 * The library's people, organisations and places as a way in: the list with article counts,
 * and one entity's page (articles, quotes by and about it, timeline events involving it). Pure
 * schemas; the operations are in the one contract (shared/contract.ts, `entityContract`).
 */
import { z } from 'zod';
import { EntityKindSchema } from './analysis';
import { ArticleSummarySchema } from './model';
import { EventDateSchema } from './timeline';

export const EntitySummarySchema = z.object({
  kind: EntityKindSchema,
  /** The analysis' canonical name. */
  name: z.string(),
  /** Articles mentioning it. */
  count: z.number().int(),
});
export type EntitySummary = z.infer<typeof EntitySummarySchema>;

export const EntityQuoteSchema = z.object({
  articleId: z.string(),
  articleTitle: z.string(),
  publisher: z.string().nullable(),
  publishedAt: z.string().nullable(),
  /** The quoted words, and where they are in the article's text. */
  text: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  speaker: z.string().nullable(),
});
export type EntityQuote = z.infer<typeof EntityQuoteSchema>;

export const EntityEventSchema = z.object({
  timelineId: z.string(),
  timelineName: z.string(),
  eventId: z.string(),
  title: z.string(),
  date: EventDateSchema,
  /** How the event involves the entity: among its actors, its place, or named in its title. */
  role: z.enum(['actor', 'place', 'title']),
});
export type EntityEvent = z.infer<typeof EntityEventSchema>;

export const EntityPageSchema = z.object({
  kind: EntityKindSchema,
  name: z.string(),
  /** The search that lists its articles (`person:"Janet Yellen"`). */
  query: z.string(),
  articleCount: z.number().int(),
  /** Its articles, newest first (at most the limit asked for). */
  articles: z.array(ArticleSummarySchema),
  /** Quotes the analysis attributes to it (people and organisations speak). */
  quotesBy: z.array(EntityQuoteSchema),
  /** Quotes by others that name it. */
  quotesAbout: z.array(EntityQuoteSchema),
  events: z.array(EntityEventSchema),
  /** Quotes were looked for in this many of its articles (the first `limit`, newest first). */
  quotesFrom: z.number().int(),
});
export type EntityPage = z.infer<typeof EntityPageSchema>;
