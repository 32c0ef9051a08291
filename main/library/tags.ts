/**
 * The user's tags, kept in `.dossier/tags.json` keyed by article id (so they follow renames and moves).
 *
 * Every change is a read-merge-write of tags.json under its cross-process lock (data-file.ts): the
 * change is computed against the file as it is at that moment, so changes made meanwhile by another
 * Dossier process, a sync tool or a hand edit are kept, never overwritten.
 *
 * What the file holds that Dossier does not understand (unknown keys, names that are not tag names,
 * colours that are not #rrggbb, keys that are not article ids) is kept verbatim on every write and
 * listed as a problem. A file Dossier cannot read at all (not JSON, another format or version) is
 * never written over: changes are refused, with the reason, until it is fixed.
 *
 * Undo: each change records what it actually did (tags added/removed per article, colours set);
 * undo applies the inverse to the current file. The last 100 changes are kept in memory only: undo
 * does not survive a restart (tags.json holds the user's data, not an edit history).
 */
import path from 'node:path';
import { ArticleIdSchema, DossierError, TagNameSchema, type TagInfo } from '../../shared/contract';
import { stableJson } from './atomic-write';
import { MirroredDataFile, type DataFileFormat } from './mirrored-data-file';
import { isRecord, shown } from './json-values';

export const TAGS_VERSION = 1;
const UNDO_LIMIT = 100;
const COLOR = /^#[0-9a-fA-F]{6}$/;

export interface TagChangeResult {
  changeId: string;
  /** Articles whose tags changed (for a colour change: tags whose colour changed). */
  changed: number;
}

export interface TagDelta {
  id: string;
  added: string[];
  removed: string[];
}
export interface ColorDelta {
  name: string;
  before: string | null;
  after: string | null;
}
interface Deltas {
  tagDeltas: TagDelta[];
  colorDeltas: ColorDelta[];
}
interface ChangeRecord extends Deltas {
  changeId: string;
}

/**
 * tags.json as Dossier understands it, plus what it holds that Dossier does not understand
 * (kept verbatim on every write, and listed as problems).
 */
interface TagState {
  articles: Map<string, Set<string>>;
  colors: Map<string, string>;
  /** Top-level keys other than format, version, articles and colors. */
  extraKeys: Record<string, unknown>;
  /** Article id -> entries of its list that are not tag names. */
  invalidTags: Map<string, unknown[]>;
  /** Keys of `articles` that are not article ids -> their value. */
  invalidIds: Map<string, unknown>;
  /** Keys of `colors` that are not tag names, or whose value is not #rrggbb -> the value. */
  invalidColors: Map<string, unknown>;
  /** One line per entry kept without being understood. */
  notes: string[];
}

/** What the library tells the store so that counts cover existing articles and tags declared in files. */
export interface TagStoreView {
  ids(): Iterable<string>;
  fileTagsOf(id: string): readonly string[];
}

/** tags.json cannot be read at all: Dossier will not write over it. */
class TagsFileError extends DossierError {
  constructor(message: string) {
    super('internal', message);
  }
}

const openStores = new Map<string, TagStore>();
let changeCounter = 0;

function invalid(message: string): never {
  throw new DossierError('invalid-request', message);
}

function tagName(value: string): string {
  const parsed = TagNameSchema.safeParse(value);
  if (!parsed.success) invalid(`"${value}" is not a valid tag name: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  return parsed.data;
}

/** `tag` itself or one of its sub-tags (`region` covers `region/china`). */
function isUnder(tag: string, parent: string): boolean {
  return tag === parent || tag.startsWith(parent + '/');
}

function emptyState(): TagState {
  return { articles: new Map(), colors: new Map(), extraKeys: {}, invalidTags: new Map(), invalidIds: new Map(), invalidColors: new Map(), notes: [] };
}


/** Reads tags.json. Throws TagsFileError when the file cannot be read at all. */
function parseTags(text: string, label: string): TagState {
  const refuse = (why: string): never => {
    throw new TagsFileError(`${label} ${why}; fix or remove it — Dossier will not overwrite it, and tag changes are paused until then.`);
  };
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return refuse(`is not valid JSON (${(error as Error).message})`);
  }
  if (!isRecord(raw)) return refuse('is not a Dossier tags file (top level: not an object)');
  const { format, version, articles, colors, ...extraKeys } = raw;
  if (format !== 'dossier-tags') return refuse(`is not a Dossier tags file (format: ${shown(format)}, expected "dossier-tags")`);
  if (version !== TAGS_VERSION) {
    return refuse(typeof version === 'number' && version > TAGS_VERSION ? `was written by a newer Dossier (version ${version}; this one reads version ${TAGS_VERSION})` : `has version ${shown(version)}, this Dossier reads version ${TAGS_VERSION}`);
  }
  if (!isRecord(articles)) return refuse('is not a Dossier tags file (articles: not an object of article ids)');
  if (colors !== undefined && !isRecord(colors)) return refuse('is not a Dossier tags file (colors: not an object of tag names)');
  const state = emptyState();
  state.extraKeys = extraKeys;
  for (const key of Object.keys(extraKeys)) state.notes.push(`the key ${shown(key)}, unknown to Dossier`);
  for (const [id, list] of Object.entries(articles)) {
    if (!ArticleIdSchema.safeParse(id).success) {
      state.invalidIds.set(id, list);
      state.notes.push(`${shown(id)}, which is not an article id`);
      continue;
    }
    if (!Array.isArray(list)) return refuse(`is not a Dossier tags file (articles.${id}: not a list of tags)`);
    const tags = new Set<string>();
    const bad: unknown[] = [];
    for (const entry of list) {
      const parsed = typeof entry === 'string' ? TagNameSchema.safeParse(entry) : undefined;
      if (parsed?.success) tags.add(parsed.data);
      else {
        bad.push(entry);
        state.notes.push(`${shown(entry)} on article ${id}, which is not a tag name`);
      }
    }
    if (tags.size) state.articles.set(id, tags);
    if (bad.length) state.invalidTags.set(id, bad);
  }
  for (const [name, color] of Object.entries(colors ?? {})) {
    const validName = TagNameSchema.safeParse(name);
    if (validName.success && validName.data === name && typeof color === 'string' && COLOR.test(color)) {
      state.colors.set(name, color.toLowerCase());
    } else {
      state.invalidColors.set(name, color);
      state.notes.push(validName.success ? `the colour ${shown(color)} of "${name}", which is not #rrggbb` : `a colour for ${shown(name)}, which is not a tag name`);
    }
  }
  return state;
}

/** The file's text: what Dossier understands, sorted, with everything else kept as it was. */
function serializeTags(state: TagState): string {
  const articles: Record<string, unknown> = {};
  for (const id of new Set([...state.articles.keys(), ...state.invalidTags.keys()])) {
    articles[id] = [...[...(state.articles.get(id) ?? [])].sort(), ...(state.invalidTags.get(id) ?? [])];
  }
  for (const [id, value] of state.invalidIds) articles[id] = value;
  const colors: Record<string, unknown> = Object.fromEntries(state.invalidColors);
  for (const [name, color] of state.colors) colors[name] = color;
  return stableJson({ ...state.extraKeys, format: 'dossier-tags', version: TAGS_VERSION, articles, colors });
}

/** The state after the deltas (a new object; `state` is not changed). */
function applyDeltas(state: TagState, { tagDeltas, colorDeltas }: Deltas): TagState {
  const articles = new Map([...state.articles].map(([id, tags]) => [id, new Set(tags)]));
  const colors = new Map(state.colors);
  const invalidColors = new Map(state.invalidColors);
  for (const d of tagDeltas) {
    const tags = articles.get(d.id) ?? new Set<string>();
    for (const t of d.removed) tags.delete(t);
    for (const t of d.added) tags.add(t);
    if (tags.size) articles.set(d.id, tags);
    else articles.delete(d.id);
  }
  for (const d of colorDeltas) {
    if (d.after === null) colors.delete(d.name);
    else {
      colors.set(d.name, d.after);
      invalidColors.delete(d.name); // the user chose a colour: it replaces the one Dossier could not read
    }
  }
  return { ...state, articles, colors, invalidColors };
}

const isEmpty = (d: Deltas) => d.tagDeltas.length === 0 && d.colorDeltas.length === 0;

function sortedTags(state: TagState, id: string): string[] {
  return [...(state.articles.get(id) ?? [])].sort();
}

/** Ids whose tags differ between two states. */
function changedIds(before: TagState, after: TagState): string[] {
  const ids: string[] = [];
  for (const id of new Set([...before.articles.keys(), ...after.articles.keys()])) {
    if (sortedTags(before, id).join('\n') !== sortedTags(after, id).join('\n')) ids.push(id);
  }
  return ids;
}

const TAGS_FORMAT: DataFileFormat<TagState> = {
  parse: parseTags,
  serialize: serializeTags,
  empty: emptyState,
  changedIds,
  notes: (state) => state.notes,
  FileError: TagsFileError,
};

export class TagStore extends MirroredDataFile<TagState> {
  private undoStack: ChangeRecord[] = [];
  private view: TagStoreView | undefined;

  private constructor(file: string) {
    super(file, TAGS_FORMAT);
  }

  /**
   * Opens the tag store of a library's data folder (`<root>/.dossier`). One store per folder is shared
   * by everyone who opens it in this process (library, API), so they never disagree.
   */
  static async open(dataDir: string): Promise<TagStore> {
    const file = path.resolve(dataDir, 'tags.json');
    const existing = openStores.get(file);
    if (existing) {
      await existing.reloadIfChanged();
      return existing;
    }
    const store = new TagStore(file);
    await store.reloadIfChanged();
    const raced = openStores.get(file);
    if (raced) return raced;
    openStores.set(file, store);
    return store;
  }

  /** Lets counts in list() cover only existing articles and include tags declared in the files. */
  attach(view: TagStoreView | undefined): void {
    this.view = view;
  }

  hasTags(id: string): boolean {
    return this.state.articles.has(id);
  }

  tagsOf(id: string): string[] {
    return sortedTags(this.state, id);
  }

  colorOf(name: string): string | null {
    return this.state.colors.get(name) ?? null;
  }

  /** Every tag in use (or coloured) with the number of articles carrying it, sorted by name. */
  list(): TagInfo[] {
    const { articles, colors } = this.state;
    const counts = new Map<string, number>();
    const count = (tags: Iterable<string>) => {
      for (const t of new Set(tags)) counts.set(t, (counts.get(t) ?? 0) + 1);
    };
    if (this.view) {
      for (const id of this.view.ids()) count([...(articles.get(id) ?? []), ...this.view.fileTagsOf(id)]);
    } else {
      for (const tags of articles.values()) count(tags);
    }
    for (const name of colors.keys()) if (!counts.has(name)) counts.set(name, 0);
    return [...counts.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([name, n]) => ({ name, color: colors.get(name) ?? null, count: n }));
  }

  /** Adds and removes tags on articles. */
  async apply(request: { ids: string[]; add?: string[]; remove?: string[] }): Promise<TagChangeResult> {
    const ids = [...new Set(request.ids)];
    for (const id of ids) if (!ArticleIdSchema.safeParse(id).success) invalid(`"${id}" is not an article id.`);
    const add = (request.add ?? []).map(tagName);
    const remove = (request.remove ?? []).map(tagName);
    return this.change((state) => {
      const deltas: TagDelta[] = [];
      for (const id of ids) {
        const current = state.articles.get(id) ?? new Set<string>();
        const removed = remove.filter((t) => current.has(t) && !add.includes(t));
        const added = add.filter((t) => !current.has(t));
        if (added.length || removed.length) deltas.push({ id, added, removed });
      }
      return { tagDeltas: deltas, colorDeltas: [] };
    });
  }

  /** Renames a tag and its sub-tags: `region` -> `place` turns `region/china` into `place/china`. */
  async rename(from: string, to: string): Promise<TagChangeResult> {
    const source = tagName(from);
    const target = tagName(to);
    return this.change((state) => renameDeltas(state, [source], target));
  }

  /** Renames several tags (and their sub-tags) into one. */
  async merge(from: string[], into: string): Promise<TagChangeResult> {
    const sources = [...new Set(from.map(tagName))];
    const target = tagName(into);
    if (!sources.length) invalid('Nothing to merge: give at least one tag.');
    return this.change((state) => renameDeltas(state, sources, target));
  }

  async setColor(name: string, color: string | null): Promise<TagChangeResult> {
    const tag = tagName(name);
    if (color !== null && !COLOR.test(color)) invalid(`"${color}" is not a colour; use #rrggbb.`);
    const value = color?.toLowerCase() ?? null;
    return this.change((state) => {
      const before = state.colors.get(tag) ?? null;
      return { tagDeltas: [], colorDeltas: before === value ? [] : [{ name: tag, before, after: value }] };
    });
  }

  /** Undoes the latest change (or the one given). Resolves to the undone change's id, or null when there is nothing to undo. */
  undo(changeId?: string): Promise<string | null> {
    return this.serialize(async () => {
      const index = changeId === undefined ? this.undoStack.length - 1 : this.undoStack.findIndex((r) => r.changeId === changeId);
      const record = this.undoStack[index];
      if (!record) return null;
      // The inverse of what the change did, as far as it still holds in the file now.
      await this.update((state) => {
        const tagDeltas: TagDelta[] = [];
        for (const d of record.tagDeltas) {
          const current = state.articles.get(d.id) ?? new Set<string>();
          const removed = d.added.filter((t) => current.has(t));
          const added = d.removed.filter((t) => !current.has(t));
          if (added.length || removed.length) tagDeltas.push({ id: d.id, added, removed });
        }
        const colorDeltas: ColorDelta[] = [];
        for (const d of [...record.colorDeltas].reverse()) {
          const current = state.colors.get(d.name) ?? null;
          if (current === d.after && current !== d.before) colorDeltas.push({ name: d.name, before: current, after: d.before });
        }
        return { tagDeltas, colorDeltas };
      });
      this.undoStack.splice(index, 1);
      return record.changeId;
    });
  }

  private change(compute: (state: TagState) => Deltas): Promise<TagChangeResult> {
    return this.serialize(async () => {
      const changeId = `tag-${Date.now().toString(36)}-${++changeCounter}`;
      const deltas = await this.update(compute);
      if (!deltas) return { changeId, changed: 0 };
      this.undoStack.push({ changeId, ...deltas });
      if (this.undoStack.length > UNDO_LIMIT) this.undoStack.shift();
      return { changeId, changed: deltas.tagDeltas.length || deltas.colorDeltas.filter((d) => d.after !== null || d.before !== null).length };
    });
  }

  /** Computes deltas against tags.json as it is now and writes them (null when there was nothing to change). */
  private update(compute: (state: TagState) => Deltas): Promise<Deltas | null> {
    return this.write((fresh) => {
      const deltas = compute(fresh);
      return isEmpty(deltas) ? { next: null, result: null } : { next: applyDeltas(fresh, deltas), result: deltas };
    });
  }
}

function renameDeltas(state: TagState, sources: string[], target: string): Deltas {
  const rename = (tag: string): string => {
    const source = sources.find((s) => isUnder(tag, s));
    return source === undefined ? tag : target + tag.slice(source.length);
  };
  const tagDeltas: TagDelta[] = [];
  for (const [id, tags] of state.articles) {
    const next = new Set([...tags].map(rename));
    const removed = [...tags].filter((t) => !next.has(t));
    const added = [...next].filter((t) => !tags.has(t));
    if (added.length || removed.length) tagDeltas.push({ id, added, removed });
  }
  // Colours move with the names, unless the new name already has its own colour.
  const colorDeltas: ColorDelta[] = [];
  const moved = new Map<string, string>();
  for (const [name, color] of state.colors) {
    const renamed = rename(name);
    if (renamed === name) continue;
    colorDeltas.push({ name, before: color, after: null });
    if (!state.colors.has(renamed) && !moved.has(renamed)) moved.set(renamed, color);
  }
  for (const [name, color] of moved) colorDeltas.push({ name, before: null, after: color });
  return { tagDeltas, colorDeltas };
}

/** Forgets the shared store of a data folder (tests; closing a library for good). */
export function forgetTagStore(dataDir: string): void {
  openStores.delete(path.resolve(dataDir, 'tags.json'));
}
