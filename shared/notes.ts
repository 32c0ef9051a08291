/**
 * Notes and highlights: passages of an article the user marked in a colour, each with an optional
 * note, plus a note on the article as a whole. Kept in `.dossier/notes/<article id>.md` (Markdown
 * with YAML front matter, one file per article; see main/notes/format.ts). Pure schemas.
 */
import { z } from 'zod';
import { PublishedDateSchema } from './model';
import { PassageSchema, SourceStatusSchema } from './timeline';

export const HIGHLIGHT_COLORS = ['yellow', 'green', 'blue', 'pink', 'orange'] as const;
export const HighlightColorSchema = z.enum(HIGHLIGHT_COLORS);
export type HighlightColor = z.infer<typeof HighlightColorSchema>;

/** A highlight's id: short, lowercase letters and digits (it names a section of the notes file). */
export const HighlightIdSchema = z.string().regex(/^[a-z0-9]{4,24}$/, 'a highlight id is 4 to 24 lowercase letters and digits');

/** Notes are Markdown; this bounds one of them (a book chapter, not a book). */
export const MAX_NOTE_CHARS = 100_000;
export const NoteTextSchema = z.string().max(MAX_NOTE_CHARS);

export const HighlightSchema = z.object({
  id: HighlightIdSchema,
  /** One of HIGHLIGHT_COLORS, or a colour name written by hand (kept as it is, shown as yellow). */
  color: z.string(),
  /** Where in Article.text, with the exact words and some context (to find it again when the article changes). */
  passage: PassageSchema,
  /** ok, moved (the article changed and the passage was found again), or source-changed (not found: old offsets). */
  status: SourceStatusSchema,
  /** Content hash of the article the offsets refer to (null when written by hand without one). */
  contentHash: z.string().nullable(),
  /** The note on this passage, Markdown ('' for a plain highlight). */
  note: z.string(),
  createdAt: z.string().nullable(),
  updatedAt: z.string().nullable(),
});
export type Highlight = z.infer<typeof HighlightSchema>;

export const ArticleNotesSchema = z.object({
  articleId: z.string(),
  /** The note on the article as a whole, Markdown ('' when none). */
  note: z.string(),
  /** In the order of the article's text. */
  highlights: z.array(HighlightSchema),
  /** When the file was last changed (ISO), or null when there is no file. */
  updatedAt: z.string().nullable(),
  /** Library-relative path of the notes file (".dossier/notes/<id>.md"), or null when there is none yet. */
  file: z.string().nullable(),
});
export type ArticleNotes = z.infer<typeof ArticleNotesSchema>;

/** One article's notes in the library-wide list. */
export const NotesListItemSchema = ArticleNotesSchema.extend({
  /** The article as it is now (corrected metadata), or null when it is no longer in the library. */
  article: z
    .object({ title: z.string(), path: z.string(), publisher: z.string().nullable(), publishedAt: PublishedDateSchema.nullable() })
    .nullable(),
});
export type NotesListItem = z.infer<typeof NotesListItemSchema>;

/** The result of a change: its id (for undo) and the article's notes after it. */
export const NotesChangeSchema = z.object({ changeId: z.string(), notes: ArticleNotesSchema });
export type NotesChange = z.infer<typeof NotesChangeSchema>;
