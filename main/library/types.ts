/**
 * The library's boundary: a folder of the user's articles plus Dossier's own `.dossier/` data.
 * Files are read, never written; Dossier's data is written atomically.
 */
import type { IndexProgress } from '../../shared/contract';
import type { Article, ArticleSummary, Problem } from '../../shared/model';
import type { DataLocation } from './data-dir';
import type { TagStore } from './tags';

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
  /** PDFs larger than this are not read (a part of a PDF cannot be read) and listed as too large (default 64 MB). */
  maxPdfBytes?: number;
  /**
   * The library's own work as it goes (scanning the folder, reading files). Every batch of work (the
   * first scan, a rescan, a batch of watch events) ends with a 'ready' event, after the batch's
   * change listeners were called, whether or not anything changed; a consumer with work of its own
   * (an indexer) reports its own phases after it.
   */
  onProgress?: (p: IndexProgress) => void;
  /** One-line log messages (e.g. "manifest version mismatch, rescanning"). */
  log?: (line: string) => void;
  /**
   * Called with each article the library reads and parses while scanning or after a watch event
   * (new or changed content), so an indexer can take the text without parsing the file again.
   */
  onArticleRead?: (article: Article) => void;
  /** Worker threads parsing files (default: cores - 1, between 1 and 4); 0 parses on the main thread. */
  parseWorkers?: number;
  /**
   * The per-user data folder: a library that cannot be written keeps its data in
   * `<userDataDir>/libraries/<hash of its real path>/` (default: defaultUserDataDir(), i.e.
   * `$XDG_DATA_HOME/dossier` or `~/.local/share/dossier`; the desktop app passes Electron's userData).
   */
  userDataDir?: string;
  /** Where the library's data is, when the caller resolved it already (resolveDataLocation); else the library resolves it. */
  dataLocation?: DataLocation;
  /** Quiet time after the last file-system event before the library processes a batch (default 300 ms). */
  watchDebounceMs?: number;
}

export interface Library {
  readonly root: string;
  /** Absolute path of the data folder: `<root>/.dossier`, or its stand-in when the library cannot be written. */
  readonly dataDir: string;
  /** Where the data folder is, and the notice for the user when it is not in the library. */
  readonly dataLocation: DataLocation;
  /** The user's tags (`.dossier/tags.json`); the same instance `TagStore.open(dataDir)` returns. */
  readonly tags: TagStore;
  /** Summaries of every article, as of the last scan or watch event, sorted by path. `tags` = user tags + file tags. */
  summaries(): ArticleSummary[];
  /** Changes whenever the article list, and so the tags from files, may have changed. */
  readonly revision: number;
  summary(id: string): ArticleSummary | undefined;
  /** The full article (reads and parses the file if not cached). undefined if unknown id. */
  article(id: string): Promise<Article | undefined>;
  /** Content hash of an article (from the manifest). */
  contentHash(id: string): string | undefined;
  problems(): Problem[];
  /**
   * Called after the library changed on disk (debounced watch events); a change with three empty
   * lists means only the problems changed (a new bad file, a fixed one). Tag changes are not reported
   * here (they need no re-reading or re-indexing); see `tags.onExternalChange` for hand edits of tags.json.
   */
  onChange(listener: (change: LibraryChange) => void): () => void;
  /** Scans the whole folder now and returns what changed (not also sent to onChange listeners). */
  rescan(): Promise<LibraryChange>;
  /** Resolves the absolute path of an article; never returns a path outside the root. */
  absolutePath(id: string): string | undefined;
  close(): Promise<void>;
}
