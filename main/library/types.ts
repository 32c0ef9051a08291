/**
 * The library's boundary: a folder of the user's articles plus Dossier's own `.dossier/` data.
 * Files are read, never written; Dossier's data is written atomically.
 */
import type { IndexProgress } from '../../shared/contract';
import type { Article, ArticleSummary, Problem } from '../../shared/model';

export interface LibraryChange {
  /** ids of articles that appeared, changed or disappeared. A rename is a change (same id, new path). */
  added: string[];
  changed: string[];
  removed: string[];
}

export interface LibraryOptions {
  /** Watch the folder for outside changes (default true). */
  watch?: boolean;
  /** Files larger than this are read only up to it and reported as truncated (default 20 MB). */
  maxFileBytes?: number;
  onProgress?: (p: IndexProgress) => void;
  /** One-line log messages (e.g. "manifest version mismatch, rescanning"). */
  log?: (line: string) => void;
}

export interface Library {
  readonly root: string;
  /** Absolute path of `<root>/.dossier`. */
  readonly dataDir: string;
  /** Summaries of every article, as of the last scan or watch event. */
  summaries(): ArticleSummary[];
  summary(id: string): ArticleSummary | undefined;
  /** The full article (reads and parses the file if not cached). undefined if unknown id. */
  article(id: string): Promise<Article | undefined>;
  /** Content hash of an article (from the manifest). */
  contentHash(id: string): string | undefined;
  problems(): Problem[];
  /** Called after the library changed on disk (debounced watch events) or after tag changes. */
  onChange(listener: (change: LibraryChange) => void): () => void;
  /** Resolves the absolute path of an article; never returns a path outside the root. */
  absolutePath(id: string): string | undefined;
  close(): Promise<void>;
}
