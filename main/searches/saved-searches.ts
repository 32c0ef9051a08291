/**
 * Saved searches: named queries kept in `<data folder>/saved-searches.json`, the user's work (it
 * travels with the library, like tags and timelines):
 *
 *     {
 *       "format": "dossier-saved-searches",
 *       "version": 1,
 *       "searches": {
 *         "3f9a61c2": { "name": "Arms to Russia", "query": "china weapons -tag:done", "sort": "relevance",
 *                       "createdAt": "2024-05-02T09:00:00.000Z", "updatedAt": "2024-05-02T09:00:00.000Z" }
 *       }
 *     }
 *
 * Searches are keyed by id, so a hand edit, a sync or another Dossier adding one never collides
 * with a change made here. Every change is a read-merge-write under the file's cross-process lock
 * (library/data-file.ts) against the file as it is at that moment. What Dossier does not
 * understand (unknown keys, entries that are not searches) is kept verbatim and listed as a
 * problem; a file it cannot read at all (not JSON, another format, a newer version) is never
 * written over: changes are refused, with the reason, until it is fixed.
 *
 * Undo: each change records the entry before and after; undo puts the entry back as it was, as far
 * as nobody changed it since (kept in memory, like the tags' undo).
 */
import { randomBytes } from 'node:crypto';
import { DossierError, type Sort } from '../../shared/contract';
import { SavedQuerySchema, SavedSearchIdSchema, SavedSearchNameSchema } from '../../shared/saved-searches';
import { readWithStamp, stableJson } from '../library/atomic-write';
import { dataFileLabel, updateDataFile } from '../library/data-file';

export const SAVED_SEARCHES_FILE = 'saved-searches.json';
export const SAVED_SEARCHES_FORMAT = 'dossier-saved-searches';
export const SAVED_SEARCHES_VERSION = 1;
const SORTS: readonly Sort[] = ['relevance', 'date-desc', 'date-asc'];
const UNDO_LIMIT = 100;

/** A saved search as the file holds it, plus the keys Dossier does not know (kept as they are). */
export interface StoredSearch {
  id: string;
  name: string;
  query: string;
  sort: Sort;
  createdAt: string;
  updatedAt: string;
  extra: Record<string, unknown>;
}

interface FileState {
  searches: Map<string, StoredSearch>;
  /** Entries Dossier cannot read, by key: kept verbatim. */
  unreadable: Map<string, unknown>;
  /** Top-level keys other than format, version and searches. */
  extraKeys: Record<string, unknown>;
  notes: string[];
}

/** The file cannot be read at all: Dossier will not write over it. */
export class SavedSearchesFileError extends DossierError {
  constructor(message: string) {
    super('invalid-request', message);
  }
}

type Change = { changeId: string; id: string; before: StoredSearch | null; after: StoredSearch | null };

const isRecord = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
const shown = (v: unknown) => JSON.stringify(v)?.slice(0, 60) ?? String(v);
const sameName = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'accent' }) === 0;

function emptyState(): FileState {
  return { searches: new Map(), unreadable: new Map(), extraKeys: {}, notes: [] };
}

export function parseSavedSearches(text: string, label: string): FileState {
  const refuse = (why: string): never => {
    throw new SavedSearchesFileError(`${label} ${why}; fix or remove it — Dossier will not overwrite it, and saved searches cannot be changed until then.`);
  };
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return refuse(`is not valid JSON (${(error as Error).message})`);
  }
  if (!isRecord(raw)) return refuse('is not a Dossier saved-searches file (top level: not an object)');
  const { format, version, searches, ...extraKeys } = raw;
  if (format !== SAVED_SEARCHES_FORMAT) return refuse(`is not a Dossier saved-searches file (format: ${shown(format)}, expected "${SAVED_SEARCHES_FORMAT}")`);
  if (version !== SAVED_SEARCHES_VERSION) {
    return refuse(
      typeof version === 'number' && version > SAVED_SEARCHES_VERSION
        ? `was written by a newer Dossier (version ${version}; this one reads version ${SAVED_SEARCHES_VERSION})`
        : `has version ${shown(version)}, this Dossier reads version ${SAVED_SEARCHES_VERSION}`,
    );
  }
  if (searches !== undefined && !isRecord(searches)) return refuse('is not a Dossier saved-searches file (searches: not an object of saved searches)');
  const state = emptyState();
  state.extraKeys = extraKeys;
  for (const key of Object.keys(extraKeys)) state.notes.push(`the key ${shown(key)}, unknown to Dossier`);
  for (const [id, value] of Object.entries(searches ?? {})) {
    const entry = readEntry(id, value);
    if (typeof entry === 'string') {
      state.unreadable.set(id, value);
      state.notes.push(`${shown(id)}: ${entry}`);
    } else state.searches.set(id, entry);
  }
  return state;
}

/** One entry, or why it cannot be read. */
function readEntry(id: string, value: unknown): StoredSearch | string {
  if (!SavedSearchIdSchema.safeParse(id).success) return 'not a saved search id (letters, digits, "-" and "_")';
  if (!isRecord(value)) return 'not a saved search (an object with a name and a query)';
  const { name, query, sort, createdAt, updatedAt, ...extra } = value;
  const n = SavedSearchNameSchema.safeParse(name);
  const q = SavedQuerySchema.safeParse(query);
  if (!n.success) return 'has no name';
  if (!q.success) return 'has no query';
  return {
    id,
    name: n.data,
    query: q.data,
    // A sort or date Dossier cannot read falls back to the default; the rest is kept.
    sort: SORTS.includes(sort as Sort) ? (sort as Sort) : 'relevance',
    createdAt: typeof createdAt === 'string' ? createdAt : '',
    updatedAt: typeof updatedAt === 'string' ? updatedAt : typeof createdAt === 'string' ? createdAt : '',
    extra,
  };
}

function serialize(state: FileState): string {
  const searches: Record<string, unknown> = Object.fromEntries(state.unreadable);
  for (const s of state.searches.values()) {
    searches[s.id] = { ...s.extra, name: s.name, query: s.query, sort: s.sort, createdAt: s.createdAt, updatedAt: s.updatedAt };
  }
  return stableJson({ ...state.extraKeys, format: SAVED_SEARCHES_FORMAT, version: SAVED_SEARCHES_VERSION, searches });
}

let counter = 0;

export class SavedSearchStore {
  private readonly label: string;
  private readonly changes: Change[] = [];
  /** Why the file cannot be read, or what it holds that Dossier does not understand. */
  private lastProblems: string[] = [];

  constructor(
    readonly file: string,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.label = dataFileLabel(file);
  }

  /** The saved searches by name. A file Dossier cannot read lists none (see problems()). */
  async list(): Promise<StoredSearch[]> {
    const state = await this.read().catch((error: unknown) => {
      if (error instanceof SavedSearchesFileError) return emptyState();
      throw error;
    });
    return [...state.searches.values()].sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  }

  /** A saved search by id, or by name (case-insensitive). */
  async find(idOrName: string): Promise<StoredSearch | undefined> {
    const all = await this.list();
    return all.find((s) => s.id === idOrName) ?? all.find((s) => sameName(s.name, idOrName.trim()));
  }

  /** What is wrong with the file, as of the last read: one line, or none. */
  problems(): string[] {
    return this.lastProblems;
  }

  async add(input: { name: string; query: string; sort: Sort }): Promise<{ changeId: string; search: StoredSearch }> {
    const at = this.now().toISOString();
    const search = await this.change((state) => {
      clashes(state, input.name, null);
      let id = randomBytes(4).toString('hex');
      while (state.searches.has(id) || state.unreadable.has(id)) id = randomBytes(4).toString('hex');
      const created: StoredSearch = { id, name: input.name, query: input.query, sort: input.sort, createdAt: at, updatedAt: at, extra: {} };
      return { id, after: created };
    });
    return { changeId: search.changeId, search: search.after! };
  }

  async update(id: string, patch: { name?: string; query?: string; sort?: Sort }): Promise<{ changeId: string; search: StoredSearch }> {
    const at = this.now().toISOString();
    const change = await this.change((state) => {
      const current = state.searches.get(id);
      if (!current) throw new DossierError('not-found', `there is no saved search "${id}"`);
      if (patch.name !== undefined) clashes(state, patch.name, id);
      const after: StoredSearch = { ...current, ...definedOnly(patch), updatedAt: at };
      return { id, after };
    });
    return { changeId: change.changeId, search: change.after! };
  }

  async remove(id: string): Promise<{ changeId: string; removed: StoredSearch }> {
    const change = await this.change((state) => {
      if (!state.searches.has(id)) throw new DossierError('not-found', `there is no saved search "${id}"`);
      return { id, after: null };
    });
    return { changeId: change.changeId, removed: change.before! };
  }

  /** Whether a change id is one of this store's (undo dispatches on it). */
  owns(changeId: string): boolean {
    return this.changes.some((c) => c.changeId === changeId);
  }

  /** The id of the latest change still undoable, if any. */
  latest(): string | undefined {
    return this.changes[this.changes.length - 1]?.changeId;
  }

  /** Undoes a change (the latest by default): the entry goes back to what it was, unless someone changed it since. */
  async undo(changeId?: string): Promise<string | null> {
    const index = changeId === undefined ? this.changes.length - 1 : this.changes.findIndex((c) => c.changeId === changeId);
    const change = this.changes[index];
    if (!change) return null;
    await this.write((state) => {
      const current = state.searches.get(change.id) ?? null;
      if (!sameEntry(current, change.after)) {
        throw new DossierError(
          'invalid-request',
          `The saved search "${change.after?.name ?? change.before?.name}" was changed since (by another Dossier or by hand); it is left as it is.`,
        );
      }
      if (change.before) {
        if (change.before.name !== current?.name) clashes(state, change.before.name, change.id);
        state.searches.set(change.id, change.before);
      } else state.searches.delete(change.id);
    });
    this.changes.splice(index, 1);
    return change.changeId;
  }

  /* ---------- internals ---------- */

  private async read(): Promise<FileState> {
    const disk = await readWithStamp(this.file);
    try {
      const state = disk ? parseSavedSearches(disk.text, this.label) : emptyState();
      this.lastProblems = state.notes.length
        ? [`${this.label} holds ${state.notes.length === 1 ? 'an entry' : `${state.notes.length} entries`} Dossier does not understand; kept as they are and ignored: ${state.notes.slice(0, 5).join('; ')}${state.notes.length > 5 ? `; and ${state.notes.length - 5} more` : ''}.`]
        : [];
      return state;
    } catch (error) {
      if (error instanceof SavedSearchesFileError) this.lastProblems = [error.message];
      throw error;
    }
  }

  /** Applies `edit` to the file as it is now (under its lock) and records the change for undo. */
  private async change(decide: (state: FileState) => { id: string; after: StoredSearch | null }): Promise<Change> {
    let change: Change | undefined;
    await this.write((state) => {
      const { id, after } = decide(state);
      const before = state.searches.get(id) ?? null;
      if (after) state.searches.set(id, after);
      else state.searches.delete(id);
      change = { changeId: `saved-${Date.now().toString(36)}-${++counter}`, id, before, after };
    });
    this.changes.push(change!);
    if (this.changes.length > UNDO_LIMIT) this.changes.shift();
    return change!;
  }

  private async write(edit: (state: FileState) => void): Promise<void> {
    await updateDataFile(this.file, (current) => {
      const state = current ? parseSavedSearches(current.text, this.label) : emptyState();
      edit(state);
      return { text: serialize(state), result: undefined };
    });
  }
}

function clashes(state: FileState, name: string, except: string | null): void {
  for (const s of state.searches.values()) {
    if (s.id !== except && sameName(s.name, name)) throw new DossierError('invalid-request', `A saved search is already called "${s.name}"; choose another name.`);
  }
}

function definedOnly<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function sameEntry(a: StoredSearch | null, b: StoredSearch | null): boolean {
  if (a === null || b === null) return a === b;
  return a.name === b.name && a.query === b.query && a.sort === b.sort && a.updatedAt === b.updatedAt;
}
