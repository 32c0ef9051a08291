/**
 * Metadata corrections: what a user who knows better says an article's title, authors, publisher,
 * publication date or URL is. Corrections are kept apart from the article file (in
 * `.dossier/metadata.json`, keyed by article id) and win over what was extracted from the file,
 * everywhere. Pure schemas and helpers, shared by main, renderer and CLI.
 */
import { z } from 'zod';
import { PublishedDateSchema, type Precision, type PublishedDate } from './model';

/** The fields a user can correct. */
export const MetadataFieldSchema = z.enum(['title', 'authors', 'publisher', 'publishedAt', 'url']);
export type MetadataField = z.infer<typeof MetadataFieldSchema>;
export const METADATA_FIELDS = MetadataFieldSchema.options;

/** An article's metadata, as extracted or as corrected. */
export const MetadataValuesSchema = z.object({
  title: z.string(),
  authors: z.array(z.string()),
  publisher: z.string().nullable(),
  publishedAt: PublishedDateSchema.nullable(),
  url: z.string().nullable(),
});
export type MetadataValues = z.infer<typeof MetadataValuesSchema>;

/**
 * The corrected fields only: a field that is absent is not corrected (the extracted value shows);
 * `publisher`, `publishedAt` and `url` may be corrected to null ("this article has none").
 */
export type Corrections = Partial<MetadataValues>;

/** The precisions a corrected date can have. */
export const CorrectedPrecisionSchema = z.enum(['datetime', 'day', 'month', 'year']);
export type CorrectedPrecision = z.infer<typeof CorrectedPrecisionSchema>;

const DATE_FORM = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:?\d{2})?)?)?)?$/;
const RANK: Record<CorrectedPrecision, number> = { year: 0, month: 1, day: 2, datetime: 3 };

/**
 * A publication date typed by a user: `2023`, `2023-02`, `2023-02-23` or `2023-02-23T10:05`
 * (optionally with seconds and a zone). The precision is what the value says, or a coarser one
 * when asked (the value is then cut to it). Returns the date or why it is not one.
 */
export function parseCorrectedDate(input: string, precision?: CorrectedPrecision): PublishedDate | { error: string } {
  const value = input.trim();
  const m = DATE_FORM.exec(value);
  if (!m) return { error: `"${value}" is not a date; write 2023, 2023-02, 2023-02-23 or 2023-02-23T10:05` };
  const [, y, mo, d, hh, mm, ss, zone] = m;
  const month = mo === undefined ? undefined : Number(mo);
  if (month !== undefined && (month < 1 || month > 12)) return { error: `"${value}" has no month ${mo}` };
  if (d !== undefined) {
    const last = new Date(Date.UTC(Number(y), month!, 0)).getUTCDate();
    if (Number(d) < 1 || Number(d) > last) return { error: `"${value}" has no day ${d} (that month has ${last} days)` };
  }
  if (hh !== undefined && (Number(hh) > 23 || Number(mm) > 59 || (ss !== undefined && Number(ss) > 59))) return { error: `"${value}" is not a time of day` };
  const own: CorrectedPrecision = hh !== undefined ? 'datetime' : d !== undefined ? 'day' : mo !== undefined ? 'month' : 'year';
  const wanted = precision ?? own;
  if (RANK[wanted] > RANK[own]) return { error: `"${value}" is not precise enough for the precision "${wanted}"` };
  const cut: Record<CorrectedPrecision, string> = {
    year: y!,
    month: `${y}-${mo}`,
    day: `${y}-${mo}-${d}`,
    datetime: `${y}-${mo}-${d}T${hh}:${mm}${ss !== undefined ? `:${ss}` : ''}${zone ?? ''}`,
  };
  return { value: cut[wanted], precision: wanted };
}

/** A corrected date in a request: the value as typed and, optionally, its precision. */
export const DateInputSchema = z
  .object({ value: z.string().max(40), precision: CorrectedPrecisionSchema.optional() })
  .superRefine((d, ctx) => {
    const parsed = parseCorrectedDate(d.value, d.precision);
    if ('error' in parsed) ctx.addIssue({ code: 'custom', message: parsed.error });
  })
  .transform((d) => parseCorrectedDate(d.value, d.precision) as PublishedDate);

/** A URL a user gives as an article's address: http(s), or null for none. */
const UrlSchema = z
  .string()
  .trim()
  .max(4000)
  .refine((raw) => {
    try {
      const url = new URL(raw);
      return url.protocol === 'http:' || url.protocol === 'https:';
    } catch {
      return false;
    }
  }, 'a URL starts with http:// or https://, as in https://example.com/story');

/** Fields to correct in one change (a field not given is left as it is). */
export const MetadataPatchSchema = z.object({
  title: z.string().trim().min(1, 'a title cannot be empty (clear the correction to use the extracted one)').max(1000).optional(),
  authors: z.array(z.string().trim().min(1).max(300)).max(100).optional(),
  publisher: z.string().trim().min(1).max(300).nullable().optional(),
  publishedAt: DateInputSchema.nullable().optional(),
  url: UrlSchema.nullable().optional(),
});
export type MetadataPatch = z.input<typeof MetadataPatchSchema>;

/** An article's metadata: what was extracted from its file, what the user corrected, and what everything uses. */
export const ArticleMetadataSchema = z.object({
  id: z.string(),
  extracted: MetadataValuesSchema,
  /** The corrected fields (absent: not corrected). */
  corrected: MetadataValuesSchema.partial(),
  /** Extracted values with the corrections applied: what search, facets, timelines and exports use. */
  effective: MetadataValuesSchema,
  /** When the corrections were last changed (ISO), or null when there are none. */
  updatedAt: z.string().nullable(),
});
export type ArticleMetadata = z.infer<typeof ArticleMetadataSchema>;

/** `item` with the corrections applied (a new object when anything changes). */
export function applyCorrections<T extends { title: string; authors: string[]; publisher: string | null; publishedAt: PublishedDate | null }>(
  item: T,
  corrections: Corrections | undefined,
): T {
  if (!corrections) return item;
  const out: T = { ...item };
  for (const field of METADATA_FIELDS) {
    if (!(field in corrections)) continue;
    if (field === 'url' && !('url' in item)) continue; // summaries have no URL
    (out as Record<string, unknown>)[field] = corrections[field];
  }
  return out;
}

/** The corrected fields, in a fixed order. */
export function correctedFields(corrections: Corrections | undefined): MetadataField[] {
  return corrections ? METADATA_FIELDS.filter((f) => f in corrections) : [];
}

/** Two values of one field are the same (dates by value and precision, authors in order). */
export function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

export type { Precision };
