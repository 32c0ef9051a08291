/**
 * `.dossier/manifest.json`: what Dossier knows about each file of the library, so that a restart
 * re-reads only files whose size or modification time changed, and ids survive restarts.
 */
import { promises as fs } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { z } from 'zod';
import { ArticleFormatSchema, ProblemSchema, PublishedDateSchema } from '../../shared/model';
import { stableJson, writeFileAtomic } from './atomic-write';

/**
 * Bumped when the entries' meaning changes, including when the readers' output for the same bytes changes
 * (READER_VERSION in main/formats): an older manifest's files are all read again, keeping their ids.
 * 2: readers version 2 (outlets apart from authors, wire datelines, web headlines and dates).
 */
export const MANIFEST_VERSION = 2;

/** A file that is an article (possibly read only in part: see `problems`). */
export const ArticleEntrySchema = z.object({
  id: z.string().regex(/^[0-9a-f]{16}(-[0-9]+)?$/),
  size: z.number().int().nonnegative(),
  mtimeMs: z.number(),
  contentHash: z.string(),
  title: z.string(),
  authors: z.array(z.string()),
  publisher: z.string().nullable(),
  publishedAt: PublishedDateSchema.nullable(),
  wordCount: z.number().int().nonnegative(),
  format: ArticleFormatSchema,
  fileTags: z.array(z.string()),
  /** Problems found when the file was read (all `partial: true`); absent when none. */
  problems: z.array(ProblemSchema.omit({ path: true })).optional(),
  /**
   * Set on the entries of a manifest an older Dossier wrote: the readers changed since, so the file
   * is read again even when its bytes are the same, but it keeps its id (and with it tags, notes and
   * timeline sources). Never written: a re-read entry is a fresh one.
   */
  reread: z.literal(true).optional(),
});
export type ArticleEntry = z.infer<typeof ArticleEntrySchema>;

/** A supported file that is not an article: ignored on purpose, or unusable (empty, binary...). */
export const SkippedEntrySchema = z.object({
  size: z.number().int().nonnegative(),
  mtimeMs: z.number(),
  contentHash: z.string(),
  /** null when the file is ignored on purpose (`<!-- dossier:ignore -->`). */
  problem: ProblemSchema.omit({ path: true }).nullable(),
});
export type SkippedEntry = z.infer<typeof SkippedEntrySchema>;

export const ManifestSchema = z.object({
  format: z.literal('dossier-manifest'),
  version: z.number(),
  /** Library-relative path (forward slashes) -> article. */
  articles: z.record(z.string(), ArticleEntrySchema),
  skipped: z.record(z.string(), SkippedEntrySchema),
});
export type Manifest = z.infer<typeof ManifestSchema>;

export function emptyManifest(): Manifest {
  return { format: 'dossier-manifest', version: MANIFEST_VERSION, articles: {}, skipped: {} };
}

const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));
/** Entries handled between two yields to the event loop. */
const CHUNK = 250;
/** Above this size the JSON is parsed in a worker thread: parsing 4 MB takes ~100 ms, too long for the main thread. */
const WORKER_PARSE_BYTES = 256 * 1024;

type RawManifest = { head: { format: unknown; version: unknown; articles: boolean; skipped: boolean }; articles: [string, unknown][]; skipped: [string, unknown][] };
type LoadFailure = { failure: string };

/**
 * Loads the manifest. A missing file gives an empty manifest silently; an unreadable, unparsable or
 * newer manifest gives an empty one plus the reason, which the caller logs once. An older one keeps
 * its articles' ids with every entry marked `reread` (and says so in `reread`). Single malformed
 * entries are dropped (those files are simply read again).
 */
export async function loadManifest(file: string): Promise<{ manifest: Manifest; discarded: string | null; reread?: string }> {
  let size: number;
  try {
    size = (await fs.stat(file)).size;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { manifest: emptyManifest(), discarded: null };
    return { manifest: emptyManifest(), discarded: `could not be read (${code ?? String(error)})` };
  }
  const raw = size > WORKER_PARSE_BYTES ? await parseInWorker(file) : await parseHere(file);
  if ('failure' in raw) return { manifest: emptyManifest(), discarded: raw.failure };
  if (raw.head.format !== 'dossier-manifest') return { manifest: emptyManifest(), discarded: 'is not a Dossier manifest (no "format": "dossier-manifest")' };
  const older = typeof raw.head.version === 'number' && Number.isInteger(raw.head.version) && raw.head.version >= 1 && raw.head.version < MANIFEST_VERSION;
  if (raw.head.version !== MANIFEST_VERSION && !older) {
    return { manifest: emptyManifest(), discarded: `has version ${JSON.stringify(raw.head.version) ?? 'none'}, this Dossier reads version ${MANIFEST_VERSION}` };
  }
  if (!raw.head.articles || !raw.head.skipped) return { manifest: emptyManifest(), discarded: 'is malformed (no "articles" or "skipped" section)' };
  const manifest = emptyManifest();
  let n = 0;
  for (const [rel, value] of raw.articles) {
    // An older manifest's entries keep their ids, and every file is read again (`reread`).
    const entry = ArticleEntrySchema.safeParse(value);
    if (entry.success) manifest.articles[rel] = older ? { ...entry.data, reread: true } : entry.data;
    if (++n % CHUNK === 0) await yieldToLoop();
  }
  // A skipped file has no id to keep: an older manifest's skipped files are simply read again.
  if (older) return { manifest, discarded: null, reread: `was written for version ${raw.head.version} of the readers; every file is read again, keeping its id` };
  for (const [rel, value] of raw.skipped) {
    const entry = SkippedEntrySchema.safeParse(value);
    if (entry.success) manifest.skipped[rel] = entry.data;
    if (++n % CHUNK === 0) await yieldToLoop();
  }
  return { manifest, discarded: null };
}

function describeFailure(error: { code?: string; message: string; syntax: boolean }): string {
  return error.syntax ? `is not valid JSON (${error.message})` : `could not be read (${error.code ?? error.message})`;
}

function splitRaw(raw: unknown): RawManifest {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const section = (v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.entries(v) : null);
  const articles = section(r.articles);
  const skipped = section(r.skipped);
  return { head: { format: r.format, version: r.version, articles: !!articles, skipped: !!skipped }, articles: articles ?? [], skipped: skipped ?? [] };
}

async function parseHere(file: string): Promise<RawManifest | LoadFailure> {
  try {
    return splitRaw(JSON.parse(await fs.readFile(file, 'utf8')));
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    return { failure: describeFailure({ code: e.code, message: e.message, syntax: error instanceof SyntaxError }) };
  }
}

/** Plain JavaScript (no TypeScript, no imports of ours), so it runs as an eval'd worker from sources and from a bundle alike. */
const PARSE_WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const fs = require('node:fs');
try {
  const raw = JSON.parse(fs.readFileSync(workerData.file, 'utf8'));
  const r = raw && typeof raw === 'object' ? raw : {};
  const section = (v) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.entries(v) : null);
  const articles = section(r.articles);
  const skipped = section(r.skipped);
  parentPort.postMessage({ head: { format: r.format, version: r.version, articles: !!articles, skipped: !!skipped } });
  // One chunk at a time: the main thread acknowledges each (flag = 1) before the next is sent, so it
  // never has to take in many chunks in one go (Node delivers all queued messages together).
  const flag = new Int32Array(workerData.flag);
  for (const [name, list] of [['articles', articles || []], ['skipped', skipped || []]]) {
    for (let i = 0; i < list.length; i += workerData.chunk) {
      Atomics.store(flag, 0, 0);
      parentPort.postMessage({ [name]: list.slice(i, i + workerData.chunk) });
      if (Atomics.wait(flag, 0, 0, 10000) === 'timed-out') throw new Error('the main thread did not take the manifest');
    }
  }
  parentPort.postMessage({ done: true });
} catch (error) {
  parentPort.postMessage({ error: { code: error && error.code, message: String(error && error.message), syntax: error instanceof SyntaxError } });
}
`;

/** Parses in a worker which sends the entries back in chunks, each cheap to receive. */
function parseInWorker(file: string): Promise<RawManifest | LoadFailure> {
  return new Promise((resolve) => {
    const out: RawManifest = { head: { format: undefined, version: undefined, articles: false, skipped: false }, articles: [], skipped: [] };
    let settled = false;
    const finish = (value: RawManifest | LoadFailure) => {
      if (settled) return;
      settled = true;
      void worker.terminate();
      resolve(value);
    };
    const flagBuffer = new SharedArrayBuffer(4);
    const flag = new Int32Array(flagBuffer);
    const acknowledge = () =>
      setImmediate(() => {
        Atomics.store(flag, 0, 1);
        Atomics.notify(flag, 0);
      });
    const worker = new Worker(PARSE_WORKER_SOURCE, { eval: true, workerData: { file, chunk: CHUNK, flag: flagBuffer } });
    worker.on('message', (m: { head?: RawManifest['head']; articles?: [string, unknown][]; skipped?: [string, unknown][]; done?: boolean; error?: { code?: string; message: string; syntax: boolean } }) => {
      if (m.head) out.head = m.head;
      if (m.articles) for (const e of m.articles) out.articles.push(e);
      if (m.skipped) for (const e of m.skipped) out.skipped.push(e);
      if (m.articles || m.skipped) acknowledge();
      if (m.error) finish({ failure: describeFailure(m.error) });
      if (m.done) finish(out);
    });
    worker.on('error', (error) => finish({ failure: `could not be read (${error.message})` }));
    worker.on('exit', () => finish({ failure: 'could not be read (the reading thread stopped)' }));
  });
}

/** Writes the manifest as stable JSON, building the text a chunk of entries at a time so the main thread stays free. */
export async function saveManifest(file: string, manifest: Manifest): Promise<void> {
  const parts: string[] = [`{\n  "format": ${JSON.stringify(manifest.format)},\n  "version": ${manifest.version},\n`];
  const section = async (name: string, entries: Record<string, unknown>, last: boolean) => {
    const keys = Object.keys(entries).sort();
    parts.push(`  ${JSON.stringify(name)}: {`);
    for (let i = 0; i < keys.length; i++) {
      const body = stableJson(entries[keys[i]!]).trimEnd().replace(/\n/g, '\n    ');
      parts.push(`${i ? ',' : ''}\n    ${JSON.stringify(keys[i])}: ${body}`);
      if ((i + 1) % CHUNK === 0) await yieldToLoop();
    }
    parts.push(keys.length ? `\n  }${last ? '' : ','}\n` : `}${last ? '' : ','}\n`);
  };
  await section('articles', manifest.articles, false);
  await section('skipped', manifest.skipped, true);
  parts.push('}\n');
  await writeFileAtomic(file, parts.join(''));
}
