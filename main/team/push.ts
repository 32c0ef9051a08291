/**
 * `dossier team push DIR --db URL`: copies a local library into a team library: its articles
 * (ids preserved) with their cached analyses, the problems its scan found, its tags and tag
 * colours, and its timelines.
 *
 * Idempotent and resumable: articles go in batches, one transaction each, and every batch first
 * asks the database which of its articles are already there with the same content, so a push
 * that was killed (or whose database went down) is simply run again: what was committed is
 * skipped, what was not is written, nothing twice. A push adds and updates, never removes: the
 * team library may hold articles and tags others pushed or added. A timeline that already exists
 * with other content is left as the team has it, and said so.
 */
import path from 'node:path';
import type { Analysis } from '../../shared/analysis';
import type { Timeline } from '../../shared/timeline';
import { AnalysisCache } from '../analysis/cache';
import { ANALYSIS_VERSION } from '../analysis/index';
import { openLibrary } from '../library/library';
import { TimelineStore } from '../timelines/store';
import { MAX_ORIGINAL_BYTES } from '../api/original-file';
import { readFileBounded } from '../library/read-file';
import { entitiesOf, toRow, writeArticles, type ArticleRow } from './articles';
import type { TeamUser } from './changes';
import { newChangeId } from './changes';
import { transaction, type Db } from './db';
import { dropUnusedOriginals, storeOriginals } from './originals';
import { SEARCH_VERSION } from './text-vector';

export interface PushProgress {
  phase: 'scanning' | 'articles' | 'tags' | 'timelines' | 'done';
  done: number;
  total: number;
  message?: string;
}

export interface PushReport {
  articles: { total: number; written: number; unchanged: number };
  analyses: number;
  problems: number;
  tags: { added: number; colors: number };
  timelines: { added: string[]; unchanged: string[]; kept: string[] };
  notes: string[];
}

export interface PushOptions {
  user?: TeamUser | null;
  batchSize?: number;
  onProgress?: (p: PushProgress) => void;
  log?: (line: string) => void;
}

export async function pushLibrary(dir: string, db: Db, options: PushOptions = {}): Promise<PushReport> {
  const progress = options.onProgress ?? (() => {});
  const userId = options.user?.id ?? null;
  const batchSize = options.batchSize ?? 200;
  const report: PushReport = {
    articles: { total: 0, written: 0, unchanged: 0 },
    analyses: 0,
    problems: 0,
    tags: { added: 0, colors: 0 },
    timelines: { added: [], unchanged: [], kept: [] },
    notes: [],
  };
  progress({ phase: 'scanning', done: 0, total: 0 });
  const library = await openLibrary(path.resolve(dir), {
    watch: false,
    log: options.log,
    onProgress: (p) => progress({ phase: 'scanning', done: p.done, total: p.total, message: p.phase }),
  });
  try {
    const cache = new AnalysisCache(path.join(library.dataDir, 'analysis'));
    const summaries = library.summaries();
    report.articles.total = summaries.length;

    /* ---- articles, in batches ---- */
    let pending: Promise<void> = Promise.resolve();
    for (let i = 0; i < summaries.length; i += batchSize) {
      const batch = summaries.slice(i, i + batchSize);
      const { rows: present } = await db.query<{ id: string }>(
        `SELECT a.id FROM articles a JOIN unnest($1::text[], $2::text[], $3::text[]) AS w(id, hash, path) ON a.id = w.id
          WHERE a.content_hash = w.hash AND a.path = w.path AND a.search_version = $4`,
        [batch.map((s) => s.id), batch.map((s) => library.contentHash(s.id) ?? ''), batch.map((s) => s.path), SEARCH_VERSION],
      );
      const done = new Set(present.map((r) => r.id));
      report.articles.unchanged += done.size;
      const rows: ArticleRow[] = [];
      const analyses: [string, Analysis][] = [];
      const originals: { contentHash: string; bytes: Buffer }[] = [];
      let originalBytes = 0;
      for (const summary of batch) {
        if (done.has(summary.id)) continue;
        const article = await library.article(summary.id);
        if (!article) continue;
        const original = await readOriginalFile(library.absolutePath(summary.id));
        if (original) {
          originals.push({ contentHash: article.contentHash, bytes: original });
          originalBytes += original.length;
          // Originals are idempotent on their own (by content hash): large ones go in before the batch.
          if (originalBytes > 32 * 1024 * 1024) {
            await storeOriginals(db, originals.splice(0));
            originalBytes = 0;
          }
        } else {
          report.notes.push(`${summary.path}: the original file was not kept (unreadable, or larger than ${MAX_ORIGINAL_BYTES / 1048576} MB); its text was pushed`);
        }
        const analysis = await cache.get(article.contentHash);
        if (analysis) analyses.push([article.contentHash, analysis]);
        rows.push(toRow(article, entitiesOf(analysis)));
      }
      // Write this batch while the next one is read and prepared.
      await pending;
      pending = rows.length
        ? transaction(db, async (tx) => {
            // A push is re-runnable: a commit lost in a crash is redone by the next run.
            await tx.query('SET LOCAL synchronous_commit = off');
            const written = await writeArticles(tx, rows, userId);
            await storeOriginals(tx, originals);
            if (analyses.length) {
              await tx.query(
                `INSERT INTO analyses (content_hash, version, analysis) SELECT h, $3, a::jsonb FROM unnest($1::text[], $2::text[]) AS x(h, a) ON CONFLICT DO NOTHING`,
                [analyses.map((a) => a[0]), analyses.map((a) => JSON.stringify(a[1])), ANALYSIS_VERSION],
              );
            }
            report.articles.written += written.written;
            report.articles.unchanged += rows.length - written.written;
            report.analyses += analyses.length;
          }).then(() => progress({ phase: 'articles', done: Math.min(summaries.length, i + batch.length), total: summaries.length }))
        : Promise.resolve().then(() => progress({ phase: 'articles', done: Math.min(summaries.length, i + batch.length), total: summaries.length }));
    }
    await pending;
    // Files that changed since an earlier push leave their old originals behind.
    await dropUnusedOriginals(db);

    /* ---- problems ---- */
    const problems = library.problems();
    if (problems.length) {
      await db.query(
        `INSERT INTO problems (path, problem) SELECT p->>'path', p FROM jsonb_array_elements($1::jsonb) AS p ON CONFLICT (path) DO UPDATE SET problem = excluded.problem`,
        [JSON.stringify(problems)],
      );
    }
    report.problems = problems.length;

    /* ---- tags and colours ---- */
    progress({ phase: 'tags', done: 0, total: 1 });
    const ids: string[] = [];
    const tags: string[] = [];
    for (const s of summaries) for (const t of library.tags.tagsOf(s.id)) ids.push(s.id), tags.push(t);
    const colored = library.tags.list().filter((t) => t.color);
    await transaction(db, async (tx) => {
      const added = await tx.query(
        `INSERT INTO article_tags (article_id, tag, from_file, added_by)
           SELECT x.id, x.tag, false, $3 FROM unnest($1::text[], $2::text[]) AS x(id, tag) JOIN articles a ON a.id = x.id
         ON CONFLICT DO NOTHING`,
        [ids, tags, userId],
      );
      report.tags.added = added.rowCount ?? 0;
      const colors = await tx.query(
        `INSERT INTO tag_colors (tag, color, set_by) SELECT * , $3::bigint FROM unnest($1::text[], $2::text[]) ON CONFLICT (tag) DO NOTHING`,
        [colored.map((t) => t.name), colored.map((t) => t.color!.toLowerCase()), userId],
      );
      report.tags.colors = colors.rowCount ?? 0;
    });
    progress({ phase: 'tags', done: 1, total: 1 });

    /* ---- timelines ---- */
    const { timelines, problems: unreadable } = await new TimelineStore(library.dataDir).list();
    report.notes.push(...unreadable.map((p) => `timeline not pushed: ${p}`));
    for (const [i, timeline] of timelines.entries()) {
      progress({ phase: 'timelines', done: i, total: timelines.length });
      const outcome = await pushTimeline(db, timeline, userId);
      report.timelines[outcome].push(timeline.id);
      if (outcome === 'kept') report.notes.push(`timeline "${timeline.name}" (${timeline.id}) already exists in the team library with other content; the team's version was kept`);
    }

    if (report.articles.written || report.tags.added || report.timelines.added.length) {
      const summary = `pushed ${library.root.split(path.sep).pop()}: ${report.articles.written} article(s) written, ${report.tags.added} tag(s), ${report.timelines.added.length} timeline(s)`;
      await db.query(`INSERT INTO changes (id, user_id, kind, op, summary) VALUES ($1, $2, 'push', 'push', $3)`, [newChangeId('push'), userId, summary]);
    }
    progress({ phase: 'done', done: summaries.length, total: summaries.length });
    return report;
  } finally {
    await library.close();
  }
}

/** The file's bytes as they are now (null: gone, unreadable, or too large to keep). */
async function readOriginalFile(abs: string | undefined): Promise<Buffer | null> {
  if (!abs) return null;
  try {
    const file = await readFileBounded(abs, MAX_ORIGINAL_BYTES);
    return file.truncated ? null : Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength);
  } catch {
    return null;
  }
}

async function pushTimeline(db: Db, timeline: Timeline, userId: number | null): Promise<'added' | 'unchanged' | 'kept'> {
  const inserted = await db.query(
    `INSERT INTO timelines (id, doc, version, created_by, updated_by) VALUES ($1, $2, $3, $4, $4) ON CONFLICT (id) DO NOTHING`,
    [timeline.id, JSON.stringify(timeline), timeline.version, userId],
  );
  if (inserted.rowCount) return 'added';
  const { rows } = await db.query<{ same: boolean }>('SELECT doc = $2::jsonb AS same FROM timelines WHERE id = $1', [timeline.id, JSON.stringify(timeline)]);
  return rows[0]?.same ? 'unchanged' : 'kept';
}
