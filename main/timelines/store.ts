/**
 * Timelines on disk: one pretty-printed JSON file per timeline in `<library>/.dossier/timelines/`,
 * keys in a stable order so diffs stay small, written atomically, and never over a file that was
 * changed by someone else since we read it (a hand edit, a sync tool): that raises
 * ModifiedOnDiskError instead. Deleted timelines are kept in `timelines/.trash/`.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { TimelineSchema, type Timeline } from '../../shared/timeline';
import { readWithStamp, stableJson, writeFileAtomic, writeFileChecked, type DiskStamp } from '../library/atomic-write';

export const TIMELINES_README = `# Timelines

Each \`*.json\` file here is one timeline you built in Dossier. The file name is the timeline's id.
The files are plain JSON (UTF-8, two-space indentation, keys sorted), safe to read, diff, keep in git
or edit by hand while Dossier is closed (or open: Dossier notices and will not overwrite your edit).

A timeline has \`id\`, \`name\`, \`description\`, \`createdAt\`, \`updatedAt\`, \`version\` (counts saves),
\`rejected\` (review-queue keys you rejected, so they are not proposed again) and \`events\`.

Each event has \`id\`, \`title\`, \`description\`, \`actors\`, \`place\`, \`tags\`, \`origin\` (\`extracted\`
from an article's analysis, \`manual\`, or \`imported\` from CSV), timestamps, and:

- \`date\`: \`start\` and \`end\` (ISO dates, the end inclusive: a single day has start = end;
  \`YYYY-MM-DDThh:mm\` for a time of day), \`precision\` (datetime, day, week, month, quarter, year or
  range), \`approximate\` (true when the date is uncertain), \`value\` (the TIMEX3 value, e.g.
  \`2023-W07-WE\` for a weekend) and \`text\` (the words that gave the date, e.g. "over the weekend").
- \`sources\`: where the event comes from. Each names the article (\`articleId\`, the 16-hex id from
  \`../manifest.json\`, plus title, publisher, publication date, URL), and the \`passage\`: character
  offsets \`start\`/\`end\` in the article's text, the exact \`quote\`, and ~40 characters \`before\` and
  \`after\` it. \`contentHash\` is the hash of the article when the passage was recorded. When an article
  changes, Dossier finds the passage again by its quote and updates the offsets (\`status: "moved"\`);
  if it cannot, it marks the source \`"source-changed"\` and keeps the event for you to check.

\`.trash/\` holds copies of deleted timelines (newest last); delete them when you no longer need them.
`;

export interface StoredTimeline {
  timeline: Timeline;
  /** What `save` checks the timeline against: the file's stamp here, a row version in a team library. */
  stamp: unknown;
}

/**
 * Where timelines live: this folder store, or a team library's table (main/team). `save` raises
 * ModifiedOnDiskError when the timeline changed since `expected` was read.
 */
export interface TimelineStorage {
  list(): Promise<{ timelines: Timeline[]; problems: string[] }>;
  load(id: string): Promise<StoredTimeline | undefined>;
  save(timeline: Timeline, expected: unknown, force?: boolean): Promise<unknown>;
  newId(name: string): Promise<string>;
  /** Removes the timeline, keeping a copy it can be restored from. */
  trash(id: string): Promise<unknown>;
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

export class TimelineStore implements TimelineStorage {
  readonly dir: string;
  readonly trashDir: string;

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
    let json: unknown;
    try {
      json = JSON.parse(read.text.replace(/^\uFEFF/, ''));
    } catch (error) {
      throw new TimelineFileError(file, `.dossier/timelines/${path.basename(file)} is not valid JSON (${(error as Error).message}); fix or remove it — Dossier will not overwrite it`);
    }
    const parsed = TimelineSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new TimelineFileError(file, `.dossier/timelines/${path.basename(file)} is not a Dossier timeline: ${issue ? `${issue.path.join('.')}: ${issue.message}` : 'invalid'}`);
    }
    // The file name is the id: a hand-copied file keeps working under its new name.
    return { timeline: { ...parsed.data, id }, stamp: read.stamp };
  }

  async exists(id: string): Promise<boolean> {
    return fs.stat(this.fileOf(id)).then(
      () => true,
      () => false,
    );
  }

  /**
   * Writes the timeline. `expected` is the stamp from when it was loaded (null for a new file);
   * throws ModifiedOnDiskError when the file changed on disk since.
   */
  async save(timeline: Timeline, expected: unknown, force = false): Promise<DiskStamp> {
    await this.ensureDir();
    const valid = TimelineSchema.parse(timeline);
    return writeFileChecked(this.fileOf(valid.id), stableJson(valid), { expected: expected as DiskStamp | null, force });
  }

  /** A free id for a new timeline called `name`. */
  async newId(name: string): Promise<string> {
    const base = slugify(name);
    for (let n = 1; ; n++) {
      const id = n === 1 ? base : `${base}-${n}`;
      if (!(await this.exists(id))) return id;
    }
  }

  /** Moves the timeline's file to the trash (a copy first, then the removal). Returns the trash file. */
  async trash(id: string): Promise<string> {
    const file = this.fileOf(id);
    const text = await fs.readFile(file, 'utf8');
    await fs.mkdir(this.trashDir, { recursive: true });
    const trashFile = path.join(this.trashDir, `${id}.${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
    await writeFileAtomic(trashFile, text);
    await fs.rm(file);
    return trashFile;
  }

  private async ensureDir(): Promise<void> {
    await fs.mkdir(this.dir, { recursive: true });
    const readme = path.join(this.dir, 'README.md');
    const has = await fs.stat(readme).then(
      () => true,
      () => false,
    );
    if (!has) await writeFileAtomic(readme, TIMELINES_README);
  }
}
