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
import { stableJson } from './atomic-write';
import { MirroredDataFile, type DataFileFormat } from './mirrored-data-file';
import { isRecord, shown } from './json-values';

export const METADATA_VERSION = 1;
export const METADATA_FILE = 'metadata.json';
const UNDO_LIMIT = 100;

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

const METADATA_FORMAT: DataFileFormat<MetadataState> = {
  parse: parseMetadata,
  serialize: serializeMetadata,
  empty: emptyState,
  changedIds,
  notes: (state) => state.notes,
  FileError: MetadataFileError,
};

export class MetadataStore extends MirroredDataFile<MetadataState> {
  private undoStack: ChangeRecord[] = [];

  private constructor(
    dataDir: string,
    private readonly writable: boolean,
    private readonly now: () => Date,
  ) {
    super(path.join(dataDir, METADATA_FILE), METADATA_FORMAT);
  }

  /** Opens the corrections of a library's data folder; `writable: false` keeps changes in memory only. */
  static async open(dataDir: string, options: { writable?: boolean; now?: () => Date } = {}): Promise<MetadataStore> {
    const store = new MetadataStore(dataDir, options.writable ?? true, options.now ?? (() => new Date()));
    await store.reloadIfChanged();
    return store;
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

  /** Computes the deltas against the file as it is now and writes them, under its lock (in memory only when not writable). */
  private update(id: string, compute: (state: MetadataState) => FieldDelta[]): Promise<FieldDelta[]> {
    const at = this.now().toISOString();
    const change = (state: MetadataState) => {
      const deltas = compute(state);
      return { next: deltas.length ? applyDeltas(state, id, deltas, at) : null, result: deltas };
    };
    return this.writable ? this.write(change) : Promise.resolve(this.changeInMemory(change));
  }
}
