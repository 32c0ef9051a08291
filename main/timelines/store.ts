/**
 * Timelines on disk: one pretty-printed JSON file per timeline in `<library>/.dossier/timelines/`,
 * keys in a stable order so diffs stay small. Every change is a read-merge-write under the file's
 * cross-process lock (library/data-file.ts): the edit is applied to the timeline as it is on disk at
 * that moment, so edits made meanwhile by another Dossier process or by hand are kept. Keys Dossier
 * does not know (on the timeline or on an event) are kept as they are. A file Dossier cannot read is
 * never written over. Deleted timelines are kept in `timelines/.trash/`.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { TimelineEventSchema, TimelineSchema, type Timeline } from '../../shared/timeline';
import { readWithStamp, stableJson, writeFileAtomic } from '../library/atomic-write';
import { updateDataFile, withDataFileLock } from '../library/data-file';
import { isRecord } from '../library/json-values';

export const TIMELINES_README = `# Timelines

Each \`*.json\` file here is one timeline you built in Dossier. The file name is the timeline's id.
The files are plain JSON (UTF-8, two-space indentation, keys sorted), safe to read, diff, keep in git
or edit by hand, even while Dossier is open: each change Dossier makes is applied to the file as it is
at that moment, so your edit is kept (keys Dossier does not know are kept too). While Dossier writes a
file \`<id>.json\` it holds the folder \`<id>.json.lock\`; a script can take the same lock
(\`mkdir <id>.json.lock\`, edit, \`rmdir <id>.json.lock\`) to be sure no change crosses its own.

A timeline has \`id\`, \`name\`, \`description\`, \`createdAt\`, \`updatedAt\`, \`version\` (counts saves),
\`formatVersion\` (2; a file without it is format 1 and is read as is, then saved as 2), \`rejected\`
(review-queue keys you rejected, so they are not proposed again), \`pending\` (searches whose candidates
wait for review, e.g. from \`dossier timeline build\` without \`--accept\`) and \`events\`.

Each event has \`id\`, \`title\`, \`description\`, \`actors\`, \`place\`, \`tags\`, \`origin\` (\`extracted\`
from an article's analysis, \`manual\`, or \`imported\` from CSV), timestamps, and:

- \`date\`: \`start\` and \`end\` (ISO dates, the end inclusive: a single day has start = end;
  \`YYYY-MM-DDThh:mm\` for a time of day), \`precision\` (datetime, day, week, month, quarter, year or
  range), \`approximate\` (true when the date is uncertain), \`value\` (the TIMEX3 value, e.g.
  \`2023-W07-WE\` for a weekend) and \`text\` (the words that gave the date, e.g. "over the weekend").
- \`dateFrom\`: \`sources\` when the date is the one most sources support (it follows merges and splits), or
  \`user\` when you set it (it is kept).
- \`sources\`: where the event comes from, one per article. Each names the article (\`articleId\`, the
  16-hex id from \`../manifest.json\`, plus title, publisher, publication date, URL and \`path\`, the
  file), the \`date\` this source gives the event, its \`reading\` (headline, actor, action, quotation),
  \`merge\` (why it joined the event: by Dossier, with the evidence, or by you), \`copies\` (other copies
  of the article, never counted as sources of their own), and the \`passage\`: character
  offsets \`start\`/\`end\` in the article's text, the exact \`quote\`, and ~40 characters \`before\` and
  \`after\` it. \`contentHash\` is the hash of the article when the passage was recorded. When an article
  changes, Dossier finds the passage again by its quote and updates the offsets (\`status: "moved"\`);
  if it cannot, it marks the source \`"source-changed"\` and keeps the event for you to check.

\`.trash/\` holds copies of deleted timelines (newest last); delete them when you no longer need them.
`;

export interface StoredTimeline {
  timeline: Timeline;
  /** Which version was read: the file's stamp here, the row version in a team library. */
  stamp: unknown;
}

/** Keys of a timeline file that Dossier does not know, by where they were. */
interface UnknownKeys {
  timeline: Record<string, unknown>;
  /** event id -> its unknown keys */
  events: Map<string, Record<string, unknown>>;
}

export interface TimelineUpdate<R> {
  /** The timeline to write (null: leave the file as it is). */
  timeline: Timeline | null;
  result: R;
}

export interface TimelineUpdated<R> {
  result: R;
  /** The timeline before the update (undefined: there was none). */
  before: Timeline | undefined;
  /** The timeline as written (parsed), or as it is when nothing was written. */
  after: Timeline | undefined;
}
/**
 * Where timelines live: this folder store, or a team library's table (main/team/timeline-storage.ts).
 * Every change goes through `update`, which applies the edit to the timeline as it is at that moment
 * (under the file's lock here, under the row's lock in a team library), so concurrent edits merge.
 */
export interface TimelineStorage {
  list(): Promise<{ timelines: Timeline[]; problems: string[] }>;
  load(id: string): Promise<StoredTimeline | undefined>;
  exists(id: string): Promise<boolean>;
  update<R>(id: string, edit: (current: Timeline | undefined) => TimelineUpdate<R>): Promise<TimelineUpdated<R>>;
  /** Writes a new timeline under a free id made from `name`. */
  create(name: string, make: (id: string) => Timeline): Promise<Timeline>;
  /** Removes the timeline, keeping a copy it can be restored from; returns it as it was. */
  trash(id: string): Promise<{ timeline: Timeline }>;
}

export class TimelineFileError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(message);
    this.name = 'TimelineFileError';
  }
}

const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,99}$/;

/** A file-name-safe id from a name: "China & Russia, 2023" -> "china-russia-2023". */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
  return slug || 'timeline';
}

const TIMELINE_KEYS = new Set(Object.keys(TimelineSchema.shape));
const EVENT_KEYS = new Set(Object.keys(TimelineEventSchema.shape));

function unknownKeys(value: Record<string, unknown>, known: Set<string>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([key]) => !known.has(key)));
}

export class TimelineStore implements TimelineStorage {
  readonly dir: string;
  readonly trashDir: string;
  private readmeChecked = false;

  constructor(dataDir: string) {
    this.dir = path.join(dataDir, 'timelines');
    this.trashDir = path.join(this.dir, '.trash');
  }

  fileOf(id: string): string {
    if (!ID_PATTERN.test(id)) throw new TimelineFileError(id, `"${id}" is not a timeline id (lowercase letters, digits and "-")`);
    return path.join(this.dir, `${id}.json`);
  }

  /** Every readable timeline, plus a message for each file that could not be read. */
  async list(): Promise<{ timelines: Timeline[]; problems: string[] }> {
    let names: string[];
    try {
      names = await fs.readdir(this.dir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { timelines: [], problems: [] };
      throw error;
    }
    const timelines: Timeline[] = [];
    const problems: string[] = [];
    for (const name of names.sort()) {
      if (!name.endsWith('.json') || name.startsWith('.')) continue;
      const id = name.slice(0, -5);
      if (!ID_PATTERN.test(id)) continue;
      try {
        const stored = await this.load(id);
        if (stored) timelines.push(stored.timeline);
      } catch (error) {
        problems.push(error instanceof Error ? error.message : String(error));
      }
    }
    return { timelines, problems };
  }

  async load(id: string): Promise<StoredTimeline | undefined> {
    const file = this.fileOf(id);
    const read = await readWithStamp(file);
    if (!read) return undefined;
    try {
      return { timeline: this.parse(id, read.text).timeline, stamp: read.stamp };
    } catch (error) {
      if (!(error instanceof TimelineFileError)) throw error;
      // Someone editing the file in place under its lock (a script, an editor) may be half-way through:
      // read it again once the lock is free. Still unreadable then: the file really is broken.
      const again = await withDataFileLock(file, () => readWithStamp(file));
      return again && { timeline: this.parse(id, again.text).timeline, stamp: again.stamp };
    }
  }

  async exists(id: string): Promise<boolean> {
    return fs.stat(this.fileOf(id)).then(
      () => true,
      () => false,
    );
  }

  /**
   * Changes one timeline: under the file's lock, reads it as it is now (undefined when there is no
   * file), lets `edit` return the new timeline, and writes it. `edit` may run more than once (see
   * updateDataFile) and must not have side effects. Throws TimelineFileError, writing nothing, when
   * the file cannot be read.
   */
  async update<R>(id: string, edit: (current: Timeline | undefined) => TimelineUpdate<R>): Promise<TimelineUpdated<R>> {
    const file = this.fileOf(id);
    await this.ensureDir();
    const { result } = await updateDataFile(file, (current) => {
      const parsed = current ? this.parse(id, current.text) : undefined;
      const { timeline, result } = edit(parsed && structuredClone(parsed.timeline));
      if (!timeline) return { text: null, result: { result, before: parsed?.timeline, after: parsed?.timeline } };
      const valid = TimelineSchema.parse({ ...timeline, id });
      return { text: this.serialize(valid, parsed?.unknown), result: { result, before: parsed?.timeline, after: valid } };
    });
    return result;
  }

  /** Writes a new timeline under a free id made from `name` ("china-arms", "china-arms-2"...). */
  async create(name: string, make: (id: string) => Timeline): Promise<Timeline> {
    const base = slugify(name);
    for (let n = 1; ; n++) {
      const id = n === 1 ? base : `${base}-${n}`;
      // Taken when the file exists (another process may have created it a moment ago).
      const { before, after } = await this.update(id, (current) => ({ timeline: current ? null : make(id), result: undefined }));
      if (!before && after) return after;
    }
  }

  /** A free id for a new timeline called `name` (it may be taken by the time it is used: prefer create()). */
  async newId(name: string): Promise<string> {
    const base = slugify(name);
    for (let n = 1; ; n++) {
      const id = n === 1 ? base : `${base}-${n}`;
      if (!(await this.exists(id))) return id;
    }
  }

  /**
   * Moves the timeline's file to the trash (a copy first, then the removal), under its lock.
   * Returns the trash file and the timeline as it was; a file Dossier cannot read is left alone.
   */
  async trash(id: string): Promise<{ trashFile: string; timeline: Timeline }> {
    const file = this.fileOf(id);
    return withDataFileLock(file, async () => {
      const text = await fs.readFile(file, 'utf8');
      const { timeline } = this.parse(id, text);
      await fs.mkdir(this.trashDir, { recursive: true });
      const trashFile = path.join(this.trashDir, `${id}.${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
      await writeFileAtomic(trashFile, text);
      await fs.rm(file);
      return { trashFile, timeline };
    });
  }

  private parse(id: string, text: string): { timeline: Timeline; unknown: UnknownKeys } {
    const name = `.dossier/timelines/${id}.json`;
    let json: unknown;
    try {
      json = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (error) {
      throw new TimelineFileError(this.fileOf(id), `${name} is not valid JSON (${(error as Error).message}); fix or remove it — Dossier will not overwrite it`);
    }
    const parsed = TimelineSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new TimelineFileError(this.fileOf(id), `${name} is not a Dossier timeline: ${issue ? `${issue.path.join('.')}: ${issue.message}` : 'invalid'}; fix it — Dossier will not overwrite it`);
    }
    const raw = json as Record<string, unknown>;
    const unknown: UnknownKeys = { timeline: unknownKeys(raw, TIMELINE_KEYS), events: new Map() };
    for (const event of Array.isArray(raw.events) ? raw.events : []) {
      if (!isRecord(event) || typeof event.id !== 'string') continue;
      const extra = unknownKeys(event, EVENT_KEYS);
      if (Object.keys(extra).length) unknown.events.set(event.id, extra);
    }
    // The file name is the id: a hand-copied file keeps working under its new name.
    return { timeline: { ...parsed.data, id }, unknown };
  }

  /** The file's text, with the keys Dossier does not know put back where they were. */
  private serialize(timeline: Timeline, unknown: UnknownKeys | undefined): string {
    if (!unknown) return stableJson(timeline);
    return stableJson({
      ...unknown.timeline,
      ...timeline,
      events: timeline.events.map((event) => ({ ...unknown.events.get(event.id), ...event })),
    });
  }

  private async ensureDir(): Promise<void> {
    await fs.mkdir(this.dir, { recursive: true });
    if (this.readmeChecked) return;
    // Rewritten when out of date, so older libraries learn about the lock and merging too.
    const readme = path.join(this.dir, 'README.md');
    if ((await fs.readFile(readme, 'utf8').catch(() => undefined)) !== TIMELINES_README) await writeFileAtomic(readme, TIMELINES_README);
    this.readmeChecked = true;
  }
}
