/**
 * Saved searches (named queries kept in the library's `.dossier/saved-searches.json`) and the
 * search history (recent queries, kept per user and machine). Pure schemas; the operations are in
 * the one contract (shared/contract.ts, `savedSearchContract`).
 */
import { z } from 'zod';

export const SavedSearchIdSchema = z.string().regex(/^[\w-]{1,64}$/, 'a saved search id is letters, digits, "-" and "_"');
export const SavedSearchNameSchema = z.string().trim().min(1, 'a saved search needs a name').max(200);
export const SavedQuerySchema = z.string().trim().min(1, 'a saved search needs a query').max(2000);

export const SavedSearchSchema = z.object({
  id: z.string(),
  name: z.string(),
  query: z.string(),
  sort: z.enum(['relevance', 'date-desc', 'date-asc']),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Articles the query finds now (null when counts were not asked for or the query has an error). */
  count: z.number().int().nullable(),
  /** Why the query cannot run (a syntax error, e.g. after a hand edit), else null. */
  error: z.string().nullable(),
});
export type SavedSearch = z.infer<typeof SavedSearchSchema>;

export const HistoryEntrySchema = z.object({
  query: z.string(),
  /** When it was last searched (ISO). */
  at: z.string(),
});
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;
