/**
 * Metadata corrections, kept in `.dossier/metadata.json` keyed by article id (ids follow content, so
 * corrections follow a file that is renamed or moved, and survive re-analysis and restarts). The
 * article file itself is never touched.
 *
 *     { "format": "dossier-metadata", "version": 1,
 *       "articles": { "<id>": { "title": "…", "authors": ["…"], "publisher": null,
 *                               "publishedAt": { "value": "2023-02-23", "precision": "day" },
 *                               "url": "https://…", "updatedAt": "2024-05-01T10:00:00.000Z" } } }
 *
 * A field that is absent is not corrected; `null` says "this article has none". A date may also be
 * written by hand as a plain string ("2023-02-23"). Every change is a read-merge-write under the
 * file's cross-process lock (data-file.ts), so corrections made meanwhile by another Dossier process
 * or by hand are kept. What Dossier does not understand (unknown keys, values it cannot read) is kept
 * verbatim and listed as a problem; a file it cannot read at all is never written over.
 *
 * Undo: each change records, field by field, what it replaced; undo puts that back where the field
 * still holds what the change wrote. The history is in memory only.
 */
import path from 'node:path';
import { ArticleIdSchema, DossierError } from '../../shared/contract';
import { CorrectedPrecisionSchema, METADATA_FIELDS, parseCorrectedDate, sameValue, type Corrections, type MetadataField } from '../../shared/metadata';
import { readWithStamp, stableJson, type DiskStamp } from './atomic-write';
import { dataFileLabel, updateDataFile } from './data-file';

export const METADATA_VERSION = 1;
export const METADATA_FILE = 'metadata.json';
const UNDO_LIMIT = 100;
const NOTES_SHOWN = 5;

interface Entry {
  fields: Corrections;
  updatedAt: string | null;
  /** Keys of the entry Dossier does not know or cannot read, kept verbatim. */
  extra: Record<string, unknown>;
}

interface MetadataState {
  entries: Map<string, Entry>;
  extraKeys: Record<string, unknown>;
  /** Keys of `articles` that are not article ids, kept verbatim. */
  invalidIds: Map<string, unknown>;
  notes: string[];
}

/** One field's change: what it was and what it became (`has: false` = not corrected). */
interface FieldDelta {
  field: MetadataField;
  before: { has: boolean; value: unknown };
  after: { has: boolean; value: unknown };
}
interface ChangeRecord {
  changeId: string;
  id: string;
  deltas: FieldDelta[];
}

export interface MetadataChange {
  changeId: string;
  /** Whether anything changed (a correction equal to the current one changes nothing). */
  changed: boolean;
}

class MetadataFileError extends DossierError {
  constructor(message: string) {
    super('internal', message);
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
const shown = (v: unknown) => JSON.stringify(v)?.slice(0, 60) ?? String(v);
let changeCounter = 0;

const emptyState = (): MetadataState => ({ entries: new Map(), extraKeys: {}, invalidIds: new Map(), notes: [] });

/** A field's value as written in the file, or undefined when Dossier cannot read it. */
function readField(field: MetadataField, value: unknown): { ok: true; value: unknown } | { ok: false } {
  switch (field) {
    case 'title':
      return typeof value === 'string' && value.trim() ? { ok: true, value } : { ok: false };
    case 'authors':
      return Array.isArray(value) && value.every((a) => typeof a === 'string' && a.trim()) ? { ok: true, value } : { ok: false };
    case 'publisher':
    case 'url':
      return value === null || typeof value === 'string' ? { ok: true, value } : { ok: false };
    case 'publishedAt': {
      if (value === null) return { ok: true, value: null };
      const raw = typeof value === 'string' ? { value } : isRecord(value) && typeof value.value === 'string' ? value : undefined;
      if (!raw) return { ok: false };
      const precision = CorrectedPrecisionSchema.safeParse(raw.precision);
      if (raw.precision !== undefined && !precision.success) return { ok: false };
      const parsed = parseCorrectedDate(raw.value as string, precision.success ? precision.data : undefined);
      return 'error' in parsed ? { ok: false } : { ok: true, value: parsed };
    }
  }
}

function parseMetadata(text: string, label: string): MetadataState {
  const refuse = (why: string): never => {
    throw new MetadataFileError(`${label} ${why}; fix or remove it — Dossier will not overwrite it, and metadata corrections are paused until then.`);
  };
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return refuse(`is not valid JSON (${(error as Error).message})`);
  }
  if (!isRecord(raw)) return refuse('is not a Dossier metadata file (top level: not an object)');
  const { format, version, articles, ...extraKeys } = raw;
  if (format !== 'dossier-metadata') return refuse(`is not a Dossier metadata file (format: ${shown(format)}, expected "dossier-metadata")`);
  if (version !== METADATA_VERSION) {
    return refuse(typeof version === 'number' && version > METADATA_VERSION ? `was written by a newer Dossier (version ${version})` : `has version ${shown(version)}, this Dossier reads version ${METADATA_VERSION}`);
  }
  if (!isRecord(articles)) return refuse('is not a Dossier metadata file (articles: not an object of article ids)');
  const state = emptyState();
  state.extraKeys = extraKeys;
  for (const key of Object.keys(extraKeys)) state.notes.push(`the key ${shown(key)}, unknown to Dossier`);
  for (const [id, value] of Object.entries(articles)) {
    if (!ArticleIdSchema.safeParse(id).success || !isRecord(value)) {
      state.invalidIds.set(id, value);
      state.notes.push(`${shown(id)}, which is not an article id with corrections`);
      continue;
    }
    const entry: Entry = { fields: {}, updatedAt: null, extra: {} };
    for (const [key, fieldValue] of Object.entries(value)) {
      if (key === 'updatedAt' && typeof fieldValue === 'string') entry.updatedAt = fieldValue;
      else if ((METADATA_FIELDS as readonly string[]).includes(key)) {
        const read = readField(key as MetadataField, fieldValue);
        if (read.ok) (entry.fields as Record<string, unknown>)[key] = read.value;
        else {
          entry.extra[key] = fieldValue;
          state.notes.push(`the ${key} ${shown(fieldValue)} of article ${id}, which Dossier cannot read`);
        }
      } else {
        entry.extra[key] = fieldValue;
        state.notes.push(`the key ${shown(key)} on article ${id}, unknown to Dossier`);
      }
    }
    state.entries.set(id, entry);
  }
  return state;
}

function serializeMetadata(state: MetadataState): string {
  const articles: Record<string, unknown> = Object.fromEntries(state.invalidIds);
  for (const [id, e] of state.entries) {
    if (Object.keys(e.fields).length === 0 && Object.keys(e.extra).length === 0) continue;
    articles[id] = { ...e.extra, ...e.fields, updatedAt: e.updatedAt ?? undefined };
  }
  return stableJson({ ...state.extraKeys, format: 'dossier-metadata', version: METADATA_VERSION, articles });
}

/** The state after applying `deltas` to article `id` (a new object). */
function applyDeltas(state: MetadataState, id: string, deltas: FieldDelta[], at: string): MetadataState {
  const entries = new Map(state.entries);
  const old = entries.get(id);
  const entry: Entry = { fields: { ...old?.fields }, updatedAt: at, extra: { ...old?.extra } };
  for (const d of deltas) {
    delete entry.extra[d.field]; // a value set by the user replaces one Dossier could not read
    if (d.after.has) (entry.fields as Record<string, unknown>)[d.field] = d.after.value;
    else delete entry.fields[d.field];
  }
  if (Object.keys(entry.fields).length === 0 && Object.keys(entry.extra).length === 0) entries.delete(id);
  else entries.set(id, entry);
  return { ...state, entries };
}

function fieldOf(state: MetadataState, id: string, field: MetadataField): { has: boolean; value: unknown } {
  const fields = state.entries.get(id)?.fields;
  return fields && field in fields ? { has: true, value: fields[field] } : { has: false, value: undefined };
}

const sameSlot = (a: { has: boolean; value: unknown }, b: { has: boolean; value: unknown }) => a.has === b.has && (!a.has || sameValue(a.value, b.value));

/** Ids whose corrections differ between two states. */
function changedIds(a: MetadataState, b: MetadataState): string[] {
  const out: string[] = [];
  for (const id of new Set([...a.entries.keys(), ...b.entries.keys()])) {
    if (!sameValue(a.entries.get(id)?.fields ?? {}, b.entries.get(id)?.fields ?? {})) out.push(id);
  }
  return out;
}

export class MetadataStore {
  readonly file: string;
  private readonly label: string;
  private state = emptyState();
  private stamp: DiskStamp | null = null;
  private loadError: string | null = null;
  private undoStack: ChangeRecord[] = [];
  private queue: Promise<unknown> = Promise.resolve();
  private changes = 0;
  private readonly listeners = new Set<(ids: string[]) => void>();

  private constructor(
    dataDir: string,
    private readonly writable: boolean,
    private readonly now: () => Date,
  ) {
    this.file = path.join(dataDir, METADATA_FILE);
    this.label = dataFileLabel(this.file);
  }

  /** Opens the corrections of a library's data folder; `writable: false` keeps changes in memory only. */
  static async open(dataDir: string, options: { writable?: boolean; now?: () => Date } = {}): Promise<MetadataStore> {
    const store = new MetadataStore(dataDir, options.writable ?? true, options.now ?? (() => new Date()));
    await store.reloadIfChanged();
    return store;
  }

  /** Changes whenever any correction may have changed. */
  get revision(): number {
    return this.changes;
  }

  /** The corrections of an article (undefined when it has none). */
  get(id: string): Corrections | undefined {
    const fields = this.state.entries.get(id)?.fields;
    return fields && Object.keys(fields).length ? fields : undefined;
  }

  updatedAt(id: string): string | null {
    return this.state.entries.get(id)?.updatedAt ?? null;
  }

  /** Ids of the articles with corrections. */
  ids(): string[] {
    return [...this.state.entries.keys()].filter((id) => this.get(id));
  }

  /** Listens for corrections changed on disk by another program; gets the ids whose corrections changed. */
  onExternalChange(listener: (ids: string[]) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Why metadata.json cannot be read, or the entries it holds that Dossier keeps without understanding. */
  problems(): string[] {
    if (this.loadError) return [this.loadError];
    const notes = this.state.notes;
    if (!notes.length) return [];
    const more = notes.length > NOTES_SHOWN ? `; and ${notes.length - NOTES_SHOWN} more` : '';
    return [`${this.label} holds ${notes.length === 1 ? 'an entry' : `${notes.length} entries`} Dossier does not understand; kept as they are and ignored: ${notes.slice(0, NOTES_SHOWN).join('; ')}${more}.`];
  }

  /** Sets the fields of `set` and clears those in `clear` (values already validated: see MetadataPatchSchema). */
  set(id: string, set: Corrections, clear: readonly MetadataField[] = []): Promise<MetadataChange> {
    return this.serialize(async () => {
      const changeId = `meta-${Date.now().toString(36)}-${++changeCounter}`;
      const deltas = await this.update(id, (state) => {
        const out: FieldDelta[] = [];
        for (const field of METADATA_FIELDS) {
          const before = fieldOf(state, id, field);
          const after = field in set ? { has: true, value: set[field] } : clear.includes(field) ? { has: false, value: undefined } : before;
          if (!sameSlot(before, after)) out.push({ field, before, after });
        }
        return out;
      });
      if (deltas.length) {
        this.undoStack.push({ changeId, id, deltas });
        if (this.undoStack.length > UNDO_LIMIT) this.undoStack.shift();
      }
      return { changeId, changed: deltas.length > 0 };
    });
  }

  /** Undoes the latest change (or the one given): its id and the article's, or null when there is nothing to undo. */
  undo(changeId?: string): Promise<{ changeId: string; id: string } | null> {
    return this.serialize(async () => {
      const index = changeId === undefined ? this.undoStack.length - 1 : this.undoStack.findIndex((r) => r.changeId === changeId);
      const record = this.undoStack[index];
      if (!record) return null;
      await this.update(record.id, (state) =>
        record.deltas
          .filter((d) => sameSlot(fieldOf(state, record.id, d.field), d.after))
          .map((d) => ({ field: d.field, before: d.after, after: d.before })),
      );
      this.undoStack.splice(index, 1);
      return { changeId: record.changeId, id: record.id };
    });
  }

  /** Reloads metadata.json if it changed on disk; returns the ids whose corrections changed. */
  reloadIfChanged(): Promise<string[]> {
    return this.serialize(async () => {
      const disk = await readWithStamp(this.file);
      if (disk ? this.stamp !== null && disk.stamp.hash === this.stamp.hash : this.stamp === null) return [];
      this.stamp = disk?.stamp ?? null;
      try {
        return this.adopt(disk ? parseMetadata(disk.text, this.label) : emptyState());
      } catch (error) {
        if (!(error instanceof MetadataFileError)) throw error;
        this.loadError = error.message;
        return [];
      }
    });
  }

  private adopt(state: MetadataState): string[] {
    const ids = changedIds(this.state, state);
    this.state = state;
    this.loadError = null;
    this.changes++;
    if (ids.length) for (const listener of this.listeners) listener(ids);
    return ids;
  }

  /** Computes the deltas against the file as it is now and writes them, under its lock. */
  private async update(id: string, compute: (state: MetadataState) => FieldDelta[]): Promise<FieldDelta[]> {
    const at = this.now().toISOString();
    if (!this.writable) {
      if (this.loadError) throw new MetadataFileError(this.loadError);
      const deltas = compute(this.state);
      if (deltas.length) {
        this.state = applyDeltas(this.state, id, deltas, at);
        this.changes++;
      }
      return deltas;
    }
    let outcome;
    try {
      outcome = await updateDataFile(this.file, (current) => {
        const fresh = current ? parseMetadata(current.text, this.label) : emptyState();
        const deltas = compute(fresh);
        if (!deltas.length) return { text: null, result: { fresh, next: fresh, deltas } };
        const next = applyDeltas(fresh, id, deltas, at);
        return { text: serializeMetadata(next), result: { fresh, next, deltas } };
      });
    } catch (error) {
      if (error instanceof MetadataFileError) this.loadError = error.message;
      throw error;
    }
    const { fresh, next, deltas } = outcome.result;
    if (outcome.before?.stamp.hash !== this.stamp?.hash || this.loadError) this.adopt(fresh);
    this.state = next;
    this.stamp = outcome.stamp;
    this.changes++;
    return deltas;
  }

  private serialize<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => {});
    return run;
  }
}
