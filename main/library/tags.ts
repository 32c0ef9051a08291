/**
 * The user's tags, kept in `.dossier/tags.json` keyed by article id (so they follow renames and moves).
 *
 * Every change is written atomically and only over the version of tags.json we last read: if the
 * file was edited by hand (or by a sync tool) meanwhile, the store reloads it, applies the change
 * to the fresh content and writes that, so outside edits are never lost.
 *
 * Undo: each change records what it actually did (tags added/removed per article, colours set);
 * undo applies the inverse. The last 100 changes are kept in memory only: undo does not survive
 * a restart (tags.json holds the user's data, not an edit history).
 */
import path from 'node:path';
import { z } from 'zod';
import { ArticleIdSchema, DossierError, TagNameSchema, type TagInfo } from '../../shared/contract';
import { ModifiedOnDiskError, readWithStamp, stableJson, writeFileChecked, type DiskStamp } from './atomic-write';
import { DATA_DIR_NAME } from './data-dir';

export const TAGS_VERSION = 1;
const UNDO_LIMIT = 100;
const ColorSchema = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour is #rrggbb');

const TagsFileSchema = z.object({
  format: z.literal('dossier-tags'),
  version: z.literal(TAGS_VERSION),
  /** article id -> its tags */
  articles: z.record(z.string(), z.array(z.string())),
  /** tag name -> colour (#rrggbb) */
  colors: z.record(z.string(), z.string()),
});
type TagsFile = z.infer<typeof TagsFileSchema>;

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
interface ChangeRecord {
  changeId: string;
  tagDeltas: TagDelta[];
  colorDeltas: ColorDelta[];
}

/** What the library tells the store so that counts cover existing articles and tags declared in files. */
export interface TagStoreView {
  ids(): Iterable<string>;
  fileTagsOf(id: string): readonly string[];
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

export class TagStore {
  private articles = new Map<string, Set<string>>();
  private colors = new Map<string, string>();
  private changes = 0;
  private stamp: DiskStamp | null = null;
  private undoStack: ChangeRecord[] = [];
  private queue: Promise<unknown> = Promise.resolve();
  private listeners = new Set<(ids: string[]) => void>();
  private view: TagStoreView | undefined;
  /** Why tags.json could not be read, if it could not: changes are refused until it is fixed. */
  private loadError: string | null = null;

  private constructor(
    readonly file: string,
    private readonly writable: boolean,
  ) {}

  /**
   * Opens the tag store of a library's data folder (`<root>/.dossier`). One store per folder is shared
   * by everyone who opens it in this process (library, API), so they never disagree.
   */
  static async open(dataDir: string, options: { writable?: boolean } = {}): Promise<TagStore> {
    const file = path.resolve(dataDir, 'tags.json');
    const existing = openStores.get(file);
    if (existing) {
      await existing.reloadIfChanged();
      return existing;
    }
    const store = new TagStore(file, options.writable ?? true);
    await store.load();
    const raced = openStores.get(file);
    if (raced) return raced;
    openStores.set(file, store);
    return store;
  }

  /** Lets counts in list() cover only existing articles and include tags declared in the files. */
  attach(view: TagStoreView | undefined): void {
    this.view = view;
  }

  /** Listen for changes read from disk (tags.json edited outside Dossier). Gets the ids whose tags changed. */
  onExternalChange(listener: (ids: string[]) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Changes whenever any article's tags may have changed (cheap cache key for the search engine). */
  get revision(): number {
    return this.changes;
  }

  hasTags(id: string): boolean {
    return this.articles.has(id);
  }

  tagsOf(id: string): string[] {
    const tags = this.articles.get(id);
    return tags ? [...tags].sort() : [];
  }

  /** Why tags.json cannot be used right now (invalid JSON...), or null. Tag changes fail while this is set. */
  problem(): string | null {
    return this.loadError;
  }

  colorOf(name: string): string | null {
    return this.colors.get(name) ?? null;
  }

  /** Every tag in use (or coloured) with the number of articles carrying it, sorted by name. */
  list(): TagInfo[] {
    const counts = new Map<string, number>();
    const count = (tags: Iterable<string>) => {
      for (const t of new Set(tags)) counts.set(t, (counts.get(t) ?? 0) + 1);
    };
    if (this.view) {
      for (const id of this.view.ids()) count([...(this.articles.get(id) ?? []), ...this.view.fileTagsOf(id)]);
    } else {
      for (const tags of this.articles.values()) count(tags);
    }
    for (const name of this.colors.keys()) if (!counts.has(name)) counts.set(name, 0);
    return [...counts.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([name, n]) => ({ name, color: this.colors.get(name) ?? null, count: n }));
  }

  /** Adds and removes tags on articles. */
  async apply(request: { ids: string[]; add?: string[]; remove?: string[] }): Promise<TagChangeResult> {
    const ids = [...new Set(request.ids)];
    for (const id of ids) if (!ArticleIdSchema.safeParse(id).success) invalid(`"${id}" is not an article id.`);
    const add = (request.add ?? []).map(tagName);
    const remove = (request.remove ?? []).map(tagName);
    return this.change(() => {
      const deltas: TagDelta[] = [];
      for (const id of ids) {
        const current = this.articles.get(id) ?? new Set<string>();
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
    return this.change(() => this.renameDeltas([source], target));
  }

  /** Renames several tags (and their sub-tags) into one. */
  async merge(from: string[], into: string): Promise<TagChangeResult> {
    const sources = [...new Set(from.map(tagName))];
    const target = tagName(into);
    if (!sources.length) invalid('Nothing to merge: give at least one tag.');
    return this.change(() => this.renameDeltas(sources, target));
  }

  async setColor(name: string, color: string | null): Promise<TagChangeResult> {
    const tag = tagName(name);
    if (color !== null && !ColorSchema.safeParse(color).success) invalid(`"${color}" is not a colour; use #rrggbb.`);
    const value = color?.toLowerCase() ?? null;
    return this.change(() => {
      const before = this.colors.get(tag) ?? null;
      return { tagDeltas: [], colorDeltas: before === value ? [] : [{ name: tag, before, after: value }] };
    });
  }

  /** Undoes the latest change (or the one given). Resolves to the undone change's id, or null when there is nothing to undo. */
  undo(changeId?: string): Promise<string | null> {
    return this.serialize(async () => {
      await this.reloadIfChangedLocked();
      if (this.loadError) throw new DossierError('internal', this.loadError);
      const index = changeId === undefined ? this.undoStack.length - 1 : this.undoStack.findIndex((r) => r.changeId === changeId);
      const record = this.undoStack[index];
      if (!record) return null;
      const tagDeltas: TagDelta[] = [];
      for (const d of record.tagDeltas) {
        const current = this.articles.get(d.id) ?? new Set<string>();
        const removed = d.added.filter((t) => current.has(t));
        const added = d.removed.filter((t) => !current.has(t));
        if (added.length || removed.length) tagDeltas.push({ id: d.id, added, removed });
      }
      const colorDeltas: ColorDelta[] = [];
      for (const d of [...record.colorDeltas].reverse()) {
        const current = this.colors.get(d.name) ?? null;
        if (current === d.after && current !== d.before) colorDeltas.push({ name: d.name, before: current, after: d.before });
      }
      await this.commit({ changeId: record.changeId, tagDeltas, colorDeltas });
      this.undoStack.splice(index, 1);
      return record.changeId;
    });
  }

  /** Reloads tags.json if it changed on disk. Returns the ids whose tags changed. */
  reloadIfChanged(): Promise<string[]> {
    return this.serialize(() => this.reloadIfChangedLocked());
  }

  /* ---------- internals ---------- */

  private renameDeltas(sources: string[], target: string): { tagDeltas: TagDelta[]; colorDeltas: ColorDelta[] } {
    const rename = (tag: string): string => {
      const source = sources.find((s) => isUnder(tag, s));
      return source === undefined ? tag : target + tag.slice(source.length);
    };
    const tagDeltas: TagDelta[] = [];
    for (const [id, tags] of this.articles) {
      const next = new Set([...tags].map(rename));
      const removed = [...tags].filter((t) => !next.has(t));
      const added = [...next].filter((t) => !tags.has(t));
      if (added.length || removed.length) tagDeltas.push({ id, added, removed });
    }
    // Colours move with the names, unless the new name already has its own colour.
    const colorDeltas: ColorDelta[] = [];
    const moved = new Map<string, string>();
    for (const [name, color] of this.colors) {
      const renamed = rename(name);
      if (renamed === name) continue;
      colorDeltas.push({ name, before: color, after: null });
      if (!this.colors.has(renamed) && !moved.has(renamed)) moved.set(renamed, color);
    }
    for (const [name, color] of moved) colorDeltas.push({ name, before: null, after: color });
    return { tagDeltas, colorDeltas };
  }

  private change(compute: () => { tagDeltas: TagDelta[]; colorDeltas: ColorDelta[] }): Promise<TagChangeResult> {
    return this.serialize(async () => {
      await this.reloadIfChangedLocked();
      if (this.loadError) throw new DossierError('internal', this.loadError);
      const changeId = `tag-${Date.now().toString(36)}-${++changeCounter}`;
      const { tagDeltas, colorDeltas } = compute();
      if (tagDeltas.length === 0 && colorDeltas.length === 0) return { changeId, changed: 0 };
      const record = { changeId, tagDeltas, colorDeltas };
      await this.commit(record);
      this.undoStack.push(record);
      if (this.undoStack.length > UNDO_LIMIT) this.undoStack.shift();
      return { changeId, changed: tagDeltas.length || colorDeltas.filter((d) => d.after !== null || d.before !== null).length };
    });
  }

  /** Applies deltas to a copy, writes it over the version we read, then adopts it. */
  private async commit(record: ChangeRecord): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      const articles = new Map([...this.articles].map(([id, tags]) => [id, new Set(tags)]));
      const colors = new Map(this.colors);
      for (const d of record.tagDeltas) {
        const tags = articles.get(d.id) ?? new Set<string>();
        for (const t of d.removed) tags.delete(t);
        for (const t of d.added) tags.add(t);
        if (tags.size) articles.set(d.id, tags);
        else articles.delete(d.id);
      }
      for (const d of record.colorDeltas) {
        if (d.after === null) colors.delete(d.name);
        else colors.set(d.name, d.after);
      }
      try {
        if (this.writable) this.stamp = await writeFileChecked(this.file, serialize(articles, colors), { expected: this.stamp });
      } catch (error) {
        // Edited on disk between our check and our write: take the edit in, then apply the change to it.
        if (error instanceof ModifiedOnDiskError && attempt < 3) {
          await this.loadLocked();
          // A file broken mid-edit is the user's to fix: never write over it.
          if (this.loadError) throw new DossierError('internal', this.loadError);
          continue;
        }
        throw error;
      }
      this.articles = articles;
      this.colors = colors;
      this.changes++;
      return;
    }
  }

  private async reloadIfChangedLocked(): Promise<string[]> {
    const disk = await readWithStamp(this.file);
    const same = disk ? this.stamp !== null && disk.stamp.hash === this.stamp.hash : this.stamp === null;
    if (same) {
      if (disk) this.stamp = disk.stamp;
      return [];
    }
    const before = this.articles;
    await this.loadLocked(disk);
    const changed = new Set<string>();
    for (const id of new Set([...before.keys(), ...this.articles.keys()])) {
      if (this.tagsOfIn(before, id).join('\n') !== this.tagsOf(id).join('\n')) changed.add(id);
    }
    const ids = [...changed];
    if (ids.length) for (const listener of this.listeners) listener(ids);
    return ids;
  }

  private tagsOfIn(map: Map<string, Set<string>>, id: string): string[] {
    return [...(map.get(id) ?? [])].sort();
  }

  private load(): Promise<void> {
    return this.serialize(() => this.loadLocked());
  }

  private async loadLocked(read?: Awaited<ReturnType<typeof readWithStamp>>): Promise<void> {
    const disk = read ?? (await readWithStamp(this.file));
    this.loadError = null;
    if (!disk) {
      this.articles = new Map();
      this.colors = new Map();
      this.stamp = null;
      this.changes++;
      return;
    }
    // A broken file keeps its stamp (so it is re-read only once edited again) and the tags we had.
    this.stamp = disk.stamp;
    const where = `${DATA_DIR_NAME}/tags.json`;
    let raw: unknown;
    try {
      raw = JSON.parse(disk.text);
    } catch (error) {
      this.loadError = `${where} is not valid JSON (${(error as Error).message}); fix or remove it — Dossier will not overwrite it, and tag changes are paused until then.`;
      return;
    }
    const parsed = TagsFileSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      this.loadError = `${where} is not a Dossier tags file (${issue ? `${issue.path.join('.') || 'top level'}: ${issue.message}` : 'invalid'}); fix or remove it — Dossier will not overwrite it, and tag changes are paused until then.`;
      return;
    }
    const articles = new Map<string, Set<string>>();
    for (const [id, tags] of Object.entries(parsed.data.articles)) {
      const valid = tags.filter((t) => TagNameSchema.safeParse(t).success).map((t) => t.trim());
      if (valid.length) articles.set(id, new Set(valid));
    }
    const colors = new Map<string, string>();
    for (const [name, color] of Object.entries(parsed.data.colors)) {
      if (ColorSchema.safeParse(color).success) colors.set(name, color.toLowerCase());
    }
    this.articles = articles;
    this.colors = colors;
    this.stamp = disk.stamp;
    this.changes++;
  }

  private serialize<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => {});
    return run;
  }
}

function serialize(articles: Map<string, Set<string>>, colors: Map<string, string>): string {
  const file: TagsFile = {
    format: 'dossier-tags',
    version: TAGS_VERSION,
    articles: Object.fromEntries([...articles].map(([id, tags]) => [id, [...tags].sort()])),
    colors: Object.fromEntries(colors),
  };
  return stableJson(file);
}

/** Forgets the shared store of a data folder (tests; closing a library for good). */
export function forgetTagStore(dataDir: string): void {
  openStores.delete(path.resolve(dataDir, 'tags.json'));
}
