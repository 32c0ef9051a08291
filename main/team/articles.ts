/**
 * Articles in and out of the `articles` table: the one write path (used by `team push`, the
 * team door's importFiles and the benchmark) and the readers that turn rows back into the
 * contract's Article and ArticleSummary.
 *
 * Writing is COPY into a temporary table, then one INSERT … ON CONFLICT that replaces an
 * article only when its content (or the search analysis) changed, so the same batch can be
 * written any number of times: a push that is killed and run again neither duplicates nor loses.
 */
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import copyStreams from 'pg-copy-streams';
import { applyCorrections, type Corrections } from '../../shared/metadata';
import type { Analysis, EntityKind } from '../../shared/analysis';
import type { Article, ArticleSummary, PublishedDate } from '../../shared/model';
import { nameKey } from '../search/entity-table';
import { bandKeys, signatureOf, sketchBytes } from '../library/duplicates';
import { dateSpan } from '../search/shard';
import { dayNumber } from '../search/doc-table';
import type { Tx } from './db';
import { buildVectors, SEARCH_VERSION } from './text-vector';

/** What a row holds besides the searchable columns: the article model without text, html and tags. */
export type ArticleMeta = Omit<Article, 'text' | 'html' | 'tags'>;

export interface ArticleRow {
  id: string;
  path: string;
  title: string;
  authors: string[];
  publisher: string | null;
  publishedStart: number | null;
  publishedEnd: number | null;
  contentHash: string;
  fileTags: string[];
  meta: ArticleMeta;
  body: string;
  html: string | null;
  /** Entity canonical names (searchable words, in `tsv`). */
  entities: string[];
  /** The same entities by kind, once each (the article_entities rows). */
  entityList: { kind: EntityKind; name: string }[];
  tsv: string;
  head: string;
  words: string | null;
  /** Duplicate signature (main/library/duplicates.ts): normalised-text hash, shingle count, sketch, band keys. */
  copyText: string;
  copyShingles: number;
  copySketch: Buffer;
  copyBands: string[];
}

/** First and last day of a publication date, as YYYYMMDD numbers (the local engine's date filter values). */
export function publishedDays(published: PublishedDate | null): { start: number | null; end: number | null } {
  const span = dateSpan(published?.value.slice(0, 10) ?? null);
  return { start: span.start ? dayNumber(span.start) : null, end: span.end ? dayNumber(span.end) : null };
}

/** An analysis' entities as search takes them: canonical names with their kind, once each (as the local index). */
export function entitiesOf(analysis: Analysis | null | undefined): { kind: EntityKind; name: string }[] {
  const seen = new Map<string, { kind: EntityKind; name: string }>();
  for (const e of analysis?.entities ?? []) seen.set(`${e.kind}\u0000${e.canonical}`, { kind: e.kind, name: e.canonical });
  return [...seen.values()];
}

export function toRow(article: Article, entityList: { kind: EntityKind; name: string }[]): ArticleRow {
  const { text, html, tags: _tags, ...meta } = article;
  const days = publishedDays(article.publishedAt);
  const distinctEntities = [...new Set(entityList.map((e) => e.name))];
  const signature = signatureOf(text);
  return {
    id: article.id,
    path: article.path,
    title: article.title,
    authors: article.authors,
    publisher: article.publisher,
    publishedStart: days.start,
    publishedEnd: days.end,
    contentHash: article.contentHash,
    fileTags: article.fileTags,
    meta,
    body: text,
    html,
    entities: distinctEntities,
    entityList,
    ...buildVectors({ title: article.title, authors: article.authors, publisher: article.publisher, text, entities: distinctEntities }),
    copyText: signature.text,
    copyShingles: signature.shingles,
    copySketch: sketchBytes(signature),
    copyBands: bandKeys(signature),
  };
}

/* ---------- COPY text format ---------- */

const COPY_ESCAPES: Record<string, string> = { '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' };
const COPY_SPECIAL = /[\\\n\r\t]/g;

function copyField(value: string | null): string {
  if (value === null) return '\\N';
  // NUL cannot be stored in PostgreSQL text at all.
  return value.replace(/\0/g, '\uFFFD').replace(COPY_SPECIAL, (c) => COPY_ESCAPES[c]!);
}

function arrayLiteral(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`;
}

const COLUMNS = ['id', 'path', 'title', 'authors', 'publisher', 'published_start', 'published_end', 'content_hash', 'file_tags', 'meta', 'body', 'html', 'entities', 'tsv', 'head', 'words', 'search_version', 'pushed_by', 'copy_text', 'copy_shingles', 'copy_sketch', 'copy_bands'] as const;

function copyLine(row: ArticleRow, userId: number | null): string {
  const fields = [
    row.id,
    row.path,
    row.title,
    arrayLiteral(row.authors),
    row.publisher,
    row.publishedStart === null ? null : String(row.publishedStart),
    row.publishedEnd === null ? null : String(row.publishedEnd),
    row.contentHash,
    arrayLiteral(row.fileTags),
    JSON.stringify(row.meta),
    row.body,
    row.html,
    arrayLiteral(row.entities),
    row.tsv,
    row.head,
    row.words,
    String(SEARCH_VERSION),
    userId === null ? null : String(userId),
    row.copyText,
    String(row.copyShingles),
    `\\x${row.copySketch.toString('hex')}`,
    arrayLiteral(row.copyBands),
  ];
  return fields.map(copyField).join('\t') + '\n';
}

export interface WriteResult {
  /** Articles inserted or replaced (unchanged ones are left alone). */
  written: number;
}

async function copyInto(tx: Tx, table: string, rows: ArticleRow[], userId: number | null): Promise<void> {
  const copy = tx.query(copyStreams.from(`COPY ${table} (${COLUMNS.join(', ')}) FROM STDIN`));
  await pipeline(
    Readable.from(
      (function* () {
        for (const row of rows) yield copyLine(row, userId);
      })(),
    ),
    copy,
  );
}

/**
 * Writes a batch of articles inside the caller's transaction: new ones are inserted, changed
 * ones replaced (their file tags with them), unchanged ones untouched. New articles go straight
 * in with COPY; the others through a temporary table and one INSERT … ON CONFLICT, which also
 * settles a race with another writer inserting the same id.
 */
export async function writeArticles(tx: Tx, rows: ArticleRow[], userId: number | null): Promise<WriteResult> {
  if (rows.length === 0) return { written: 0 };
  const unique = [...new Map(rows.map((r) => [r.id, r])).values()];
  const { rows: existing } = await tx.query<{ id: string; same: boolean }>(
    'SELECT a.id, (a.content_hash, a.path, a.search_version) = (w.hash, w.wpath, $4::int) AS same FROM articles a JOIN unnest($1::text[], $2::text[], $3::text[]) AS w(wid, hash, wpath) ON a.id = w.wid FOR UPDATE OF a',
    [unique.map((r) => r.id), unique.map((r) => r.contentHash), unique.map((r) => r.path), SEARCH_VERSION],
  );
  const known = new Set(existing.map((r) => r.id));
  const same = new Set(existing.filter((r) => r.same).map((r) => r.id));
  const fresh = unique.filter((r) => !known.has(r.id));
  const others = unique.filter((r) => known.has(r.id) && !same.has(r.id));
  const ids: string[] = [];
  if (fresh.length > 0) {
    await copyInto(tx, 'articles', fresh, userId);
    ids.push(...fresh.map((r) => r.id));
  }
  if (others.length > 0) {
    await tx.query(`CREATE TEMP TABLE IF NOT EXISTS incoming_articles (LIKE articles INCLUDING DEFAULTS) ON COMMIT DELETE ROWS`);
    await copyInto(tx, 'incoming_articles', others, userId);
    const set = COLUMNS.filter((c) => c !== 'id').map((c) => `${c} = excluded.${c}`).join(', ');
    const replaced = await tx.query<{ id: string }>(
      `INSERT INTO articles (${COLUMNS.join(', ')})
         SELECT ${COLUMNS.join(', ')} FROM incoming_articles
       ON CONFLICT (id) DO UPDATE SET ${set}, pushed_at = now()
         WHERE articles.content_hash IS DISTINCT FROM excluded.content_hash
            OR articles.search_version IS DISTINCT FROM excluded.search_version
            OR articles.path IS DISTINCT FROM excluded.path
       RETURNING id`,
    );
    ids.push(...replaced.rows.map((r) => r.id));
    await tx.query('TRUNCATE incoming_articles');
  }
  const withTags = unique.filter((r) => r.fileTags.length > 0 || known.has(r.id));
  if (ids.length > 0 && withTags.length > 0) {
    // Tags declared by the files follow the files.
    const changed = new Set(ids);
    const pairs = withTags.filter((r) => changed.has(r.id)).flatMap((r) => [...new Set(r.fileTags)].map((tag) => [r.id, tag] as const));
    const changedIds = withTags.filter((r) => changed.has(r.id)).map((r) => r.id);
    await tx.query(
      `WITH wanted AS (SELECT * FROM unnest($2::text[], $3::text[]) AS w(article_id, tag)),
       gone AS (
         DELETE FROM article_tags a WHERE a.from_file AND a.article_id = ANY($1)
           AND NOT EXISTS (SELECT 1 FROM wanted w WHERE w.article_id = a.article_id AND w.tag = a.tag)
       )
       INSERT INTO article_tags (article_id, tag, from_file) SELECT article_id, tag, true FROM wanted
       ON CONFLICT DO NOTHING`,
      [changedIds, pairs.map((p) => p[0]), pairs.map((p) => p[1])],
    );
  }
  if (ids.length > 0) {
    // The entities by kind follow the article (keys as search compares names).
    const byId = new Map(unique.map((r) => [r.id, r]));
    const entities = ids.flatMap((id) => {
      const keyed = new Map<string, { id: string; kind: string; key: string; name: string }>();
      for (const e of byId.get(id)!.entityList) {
        const key = nameKey(e.name);
        if (key && !keyed.has(`${e.kind} ${key}`)) keyed.set(`${e.kind} ${key}`, { id, kind: e.kind, key, name: e.name });
      }
      return [...keyed.values()];
    });
    await tx.query('DELETE FROM article_entities WHERE article_id = ANY($1)', [ids]);
    if (entities.length) {
      await tx.query(
        `INSERT INTO article_entities (article_id, kind, key, name) SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) ON CONFLICT DO NOTHING`,
        [entities.map((e) => e.id), entities.map((e) => e.kind), entities.map((e) => e.key), entities.map((e) => e.name)],
      );
    }
    // Corrections win over what the new text says (as locally): applied again to replaced rows.
    await applyStoredCorrections(tx, ids);
  }
  return { written: ids.length };
}

/**
 * Brings the searchable and filterable columns (title, authors, publisher, date span, tsv, head)
 * of these articles in line with their extracted metadata and their corrections (migration 003).
 * Only rows with corrections, or `all` of them (after a correction was changed or cleared).
 */
export async function applyStoredCorrections(tx: Tx, ids: string[], options: { all?: boolean } = {}): Promise<void> {
  const { rows } = await tx.query<{ id: string; meta: ArticleMeta; corrections: Corrections | null; body: string; entities: string[] }>(
    `SELECT id, meta, corrections, body, entities FROM articles WHERE id = ANY($1) ${options.all ? '' : 'AND corrections IS NOT NULL'} FOR UPDATE`,
    [ids],
  );
  for (const r of rows) {
    const shown = applyCorrections({ title: r.meta.title, authors: r.meta.authors, publisher: r.meta.publisher, publishedAt: r.meta.publishedAt }, r.corrections ?? undefined);
    const days = publishedDays(shown.publishedAt);
    const vectors = buildVectors({ title: shown.title, authors: shown.authors, publisher: shown.publisher, text: r.body, entities: r.entities });
    await tx.query(
      `UPDATE articles SET title = $2, authors = $3, publisher = $4, published_start = $5, published_end = $6, tsv = $7::tsvector, head = $8::tsvector WHERE id = $1`,
      [r.id, shown.title, shown.authors, shown.publisher, days.start, days.end, vectors.tsv, vectors.head],
    );
  }
}

/* ---------- reading ---------- */

export const SUMMARY_COLUMNS = `a.id, a.meta, a.corrections, a.title, a.authors, a.publisher,
  (SELECT coalesce(array_agg(DISTINCT t.tag ORDER BY t.tag), '{}') FROM article_tags t WHERE t.article_id = a.id) AS tags`;

export interface SummaryRecord {
  id: string;
  meta: ArticleMeta;
  /** Metadata corrections (title, authors and publisher are already applied to the columns). */
  corrections: Corrections | null;
  title: string;
  authors: string[];
  publisher: string | null;
  tags: string[];
}

/** The corrected value of a field the columns do not hold (date, URL), else the extracted one. */
function corrected<K extends 'publishedAt' | 'url'>(r: SummaryRecord, field: K): ArticleMeta[K] {
  return r.corrections && field in r.corrections ? (r.corrections[field] as ArticleMeta[K]) : r.meta[field];
}

export function toSummary(r: SummaryRecord): ArticleSummary {
  return {
    id: r.id,
    path: r.meta.path,
    format: r.meta.format,
    title: r.title,
    authors: r.authors,
    publisher: r.publisher,
    publishedAt: corrected(r, 'publishedAt'),
    wordCount: r.meta.wordCount,
    tags: r.tags,
  };
}

export function toArticle(r: SummaryRecord & { body: string; html: string | null }): Article {
  return {
    ...r.meta,
    title: r.title,
    authors: r.authors,
    publisher: r.publisher,
    publishedAt: corrected(r, 'publishedAt'),
    url: corrected(r, 'url'),
    text: r.body,
    html: r.html,
    tags: r.tags,
  };
}
