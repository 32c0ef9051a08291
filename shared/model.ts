/**
 * The article model: what Dossier knows about one file of the library.
 * Pure types and schemas, shared by main, renderer and CLI.
 */
import { z } from 'zod';

export const ArticleFormatSchema = z.enum(['txt', 'md', 'html', 'pdf', 'eml', 'mht']);
export type ArticleFormat = z.infer<typeof ArticleFormatSchema>;

/** How precisely a date is known. */
export const PrecisionSchema = z.enum(['datetime', 'day', 'week', 'month', 'quarter', 'season', 'year', 'decade', 'range', 'unknown']);
export type Precision = z.infer<typeof PrecisionSchema>;

/** A publication date: ISO value (2023-02-23, 2023-02, 2023 or a full ISO datetime) and its precision. */
export const PublishedDateSchema = z.object({
  value: z.string(),
  precision: PrecisionSchema,
});
export type PublishedDate = z.infer<typeof PublishedDateSchema>;

/** A span of the article's `text`, [start, end) in UTF-16 code units. */
export const SpanSchema = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });
export type Span = z.infer<typeof SpanSchema>;

export const ParagraphSchema = SpanSchema.extend({
  /** body text, a heading inside the body, or a block quote */
  kind: z.enum(['body', 'heading', 'quote']).default('body'),
  /** For paged documents (PDF): the 1-based page the paragraph starts on, so a passage can be cited as "p. 4". */
  page: z.number().int().positive().optional(),
  /** For a paragraph that runs on past its first page: the page it ends on. Absent when it ends where it starts. */
  endPage: z.number().int().positive().optional(),
});
export type Paragraph = z.infer<typeof ParagraphSchema>;

/** A file carried inside an article's file (an e-mail's attachments): listed, not read. */
export const AttachmentSchema = z.object({
  name: z.string(),
  /** Media type as the message declares it, e.g. "application/pdf". */
  mediaType: z.string(),
  size: z.number().int().nonnegative(),
});
export type Attachment = z.infer<typeof AttachmentSchema>;

/** What a format reader makes of a file (no library identity yet). */
export const ParsedArticleSchema = z.object({
  format: ArticleFormatSchema,
  title: z.string(),
  authors: z.array(z.string()),
  publisher: z.string().nullable(),
  publishedAt: PublishedDateSchema.nullable(),
  /** The clean body text the reader shows: paragraphs joined by "\n\n". No title, byline, caption or footer. */
  text: z.string(),
  paragraphs: z.array(ParagraphSchema),
  /** Photo captions recognised and kept out of the body. */
  captions: z.array(z.string()),
  /** Site furniture (footers, share bars) recognised and kept out of the body. */
  boilerplate: z.array(z.string()),
  /** Tags declared by the file itself (Markdown front matter). */
  fileTags: z.array(z.string()),
  /** The original URL when the file says so (HTML canonical / og:url, front matter `source` URL). */
  url: z.string().nullable(),
  /** For HTML: the main content as sanitised HTML (no scripts, handlers or javascript: URLs). */
  html: z.string().nullable(),
  /** Encoding the bytes were decoded from. */
  encoding: z.string(),
  /** Non-fatal remarks from the reader (e.g. "invalid UTF-8 bytes replaced"). */
  warnings: z.array(z.string()),
  wordCount: z.number().int().nonnegative(),
  /** Files attached to an e-mail message (absent for other formats). */
  attachments: z.array(AttachmentSchema).optional(),
});
export type ParsedArticle = z.infer<typeof ParsedArticleSchema>;

/** An article of the library: a parsed file plus its identity in the library. */
export const ArticleSchema = ParsedArticleSchema.extend({
  /** Stable id: survives renames and moves (same content under a new path). 16 hex chars. */
  id: z.string(),
  /** Library-relative path with forward slashes. */
  path: z.string(),
  /** sha256 of the file's bytes, hex. */
  contentHash: z.string(),
  size: z.number().int().nonnegative(),
  mtimeMs: z.number(),
  /** The user's tags (from .dossier/tags.json), plus fileTags. */
  tags: z.array(z.string()),
});
export type Article = z.infer<typeof ArticleSchema>;

/** The light form used in lists and search results. */
export const ArticleSummarySchema = ArticleSchema.pick({
  id: true,
  path: true,
  format: true,
  title: true,
  authors: true,
  publisher: true,
  publishedAt: true,
  wordCount: true,
  tags: true,
});
export type ArticleSummary = z.infer<typeof ArticleSummarySchema>;

export function toSummary(a: Article): ArticleSummary {
  return {
    id: a.id,
    path: a.path,
    format: a.format,
    title: a.title,
    authors: a.authors,
    publisher: a.publisher,
    publishedAt: a.publishedAt,
    wordCount: a.wordCount,
    tags: a.tags,
  };
}

/** A file the library could not read fully. The library goes on without it (or with what could be read). */
export const ProblemSchema = z.object({
  path: z.string(),
  /** Machine-readable kind of problem. */
  code: z.enum([
    'empty',
    'binary',
    'too-large',
    'truncated',
    'invalid-encoding',
    'unreadable',
    'vanished',
    'symlink-loop',
    'outside-library',
    'parse-error',
    'unsupported',
    /** A PDF whose pages are images only (a scan without OCR): there is no text to read. */
    'no-text',
    /** A document locked with a password. */
    'encrypted',
    /** The library folder cannot be written: Dossier keeps its data for it elsewhere (not about one file). */
    'read-only',
    /** The article was read, but a stage of its analysis (dates, names, quotes, events) failed. */
    'analysis-failed',
  ]),
  /** A clear, specific sentence for the user. */
  message: z.string(),
  /** Whether the article is still in the library (read as far as it could be). */
  partial: z.boolean(),
  at: z.string(),
});
export type Problem = z.infer<typeof ProblemSchema>;
