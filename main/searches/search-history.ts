/**
 * The search history: the queries one user ran on one library, newest first, kept per user and
 * machine in the user's state folder (state-dir.ts), not in the library's `.dossier/`:
 * - it is a private trace of what one person looked for, and a library is shared (copied, synced,
 *   kept in git, opened by colleagues);
 * - it changes with every search, which would churn a synced or versioned folder and collide
 *   between two people working on the same library;
 * - it is not work to keep: losing it loses nothing a saved search does not keep better.
 *
 * One file per library: `<state>/history/<sha1 of the library folder>.json`,
 *
 *     { "format": "dossier-search-history", "version": 1, "library": "/home/ana/research",
 *       "entries": [ { "query": "person:\"Janet Yellen\" sanctions", "at": "2024-05-02T09:00:00.000Z" } ] }
 *
 * written like every data file (library/data-file.ts: cross-process lock, read-merge-write, keys
 * Dossier does not know kept), since the desktop app, `dossier serve` and the CLI may share it.
 * A file Dossier cannot read is set aside (renamed `.unreadable`) rather than blocking searches.
 */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { foldAccents } from '../../shared/fold';
import type { HistoryEntry } from '../../shared/saved-searches';
import { readWithStamp, stableJson } from '../library/atomic-write';
import { updateDataFile } from '../library/data-file';

export const HISTORY_FORMAT = 'dossier-search-history';
export const HISTORY_VERSION = 1;
/** Queries kept per library. */
export const HISTORY_LIMIT = 200;

interface HistoryState {
  library: string;
  entries: HistoryEntry[];
  extraKeys: Record<string, unknown>;
}

const isRecord = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/** Where the history of the library at `root` lives, under the user's state folder. */
export function historyFileOf(stateDir: string, root: string): string {
  const key = createHash('sha1').update(path.resolve(root)).digest('hex').slice(0, 20);
  return path.join(stateDir, 'history', `${key}.json`);
}

/** How history entries are matched: case and accents ignored, spaces collapsed. */
function normalized(query: string): string {
  return foldAccents(query.toLowerCase()).replace(/\s+/g, ' ').trim();
}

class UnreadableHistory extends Error {}

function parse(text: string): HistoryState {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new UnreadableHistory('not valid JSON');
  }
  if (!isRecord(raw) || raw.format !== HISTORY_FORMAT) throw new UnreadableHistory('not a Dossier search history');
  if (raw.version !== HISTORY_VERSION) throw new UnreadableHistory(`version ${String(raw.version)}`);
  const { format: _format, version: _version, library, entries, ...extraKeys } = raw;
  const list: HistoryEntry[] = [];
  for (const e of Array.isArray(entries) ? entries : []) {
    if (isRecord(e) && typeof e.query === 'string' && e.query.trim() && typeof e.at === 'string') list.push({ query: e.query, at: e.at });
  }
  return { library: typeof library === 'string' ? library : '', entries: list, extraKeys };
}

export class SearchHistory {
  constructor(
    readonly file: string,
    private readonly library: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Recent queries, newest first; with `prefix`, those starting with it (case and accents ignored). */
  async list(prefix = '', limit = 20): Promise<HistoryEntry[]> {
    const state = await this.read();
    const start = normalized(prefix);
    return state.entries.filter((e) => !start || normalized(e.query).startsWith(start)).slice(0, limit);
  }

  /** Puts `query` first (once: an earlier run of the same query moves up). */
  async record(query: string): Promise<boolean> {
    const q = query.trim();
    if (!q) return false;
    const at = this.now().toISOString();
    await this.update((state) => {
      const key = normalized(q);
      state.entries = [{ query: q, at }, ...state.entries.filter((e) => normalized(e.query) !== key)].slice(0, HISTORY_LIMIT);
    });
    return true;
  }

  /** Removes one query (every spelling of it) or, without one, the whole history. Returns what was removed. */
  async clear(query?: string): Promise<HistoryEntry[]> {
    let removed: HistoryEntry[] = [];
    await this.update((state) => {
      const key = query === undefined ? null : normalized(query);
      removed = state.entries.filter((e) => key === null || normalized(e.query) === key);
      state.entries = state.entries.filter((e) => key !== null && normalized(e.query) !== key);
    });
    return removed;
  }

  /** Puts entries back (undo of clear), each where its time puts it, unless the query was searched again since. */
  async restore(entries: HistoryEntry[]): Promise<void> {
    await this.update((state) => {
      const present = new Set(state.entries.map((e) => normalized(e.query)));
      const back = entries.filter((e) => !present.has(normalized(e.query)));
      state.entries = [...state.entries, ...back].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0)).slice(0, HISTORY_LIMIT);
    });
  }

  private async read(): Promise<HistoryState> {
    const disk = await readWithStamp(this.file);
    if (!disk) return { library: this.library, entries: [], extraKeys: {} };
    try {
      return parse(disk.text);
    } catch (error) {
      if (error instanceof UnreadableHistory) return { library: this.library, entries: [], extraKeys: {} };
      throw error;
    }
  }

  private async update(edit: (state: HistoryState) => void): Promise<void> {
    await updateDataFile(this.file, async (current) => {
      let state: HistoryState = { library: this.library, entries: [], extraKeys: {} };
      if (current) {
        try {
          state = parse(current.text);
        } catch (error) {
          if (!(error instanceof UnreadableHistory)) throw error;
          // A history is not worth blocking searches for: keep the unreadable file aside, start afresh.
          await fs.copyFile(this.file, `${this.file}.unreadable`).catch(() => {});
        }
      }
      edit(state);
      return { text: stableJson({ ...state.extraKeys, format: HISTORY_FORMAT, version: HISTORY_VERSION, library: this.library, entries: state.entries }), result: undefined };
    });
  }
}
