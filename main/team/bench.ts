/**
 * `dossier bench --db URL [--articles N] [--users N] [--seconds N] [--repeat N]`: a team library
 * at scale. Loads N generated articles (the local bench's generator, ~5 KB each, 40 % tagged)
 * through the real write path (the one `team push` uses), then reports:
 * - load rate (articles/s, wall clock) and where the time went (CPU of this process building the
 *   rows, of the PostgreSQL backend storing and indexing them, when it runs on this machine);
 * - table, GIN index and dictionary sizes;
 * - p50 / p95 search latency per query kind (the local bench's queries), one user at a time;
 * - 20 (--users) simulated members searching and tagging at once: p50 / p95 per operation.
 * A database that already holds exactly N articles is reused (load not measured again); one
 * holding another number is refused, so a real team library is never filled with test articles.
 */
import { readFileSync } from 'node:fs';
import type { DoorService } from '../api/service-types';
import { ArticleGenerator } from '../bench/generate-articles';
import { QUERIES } from '../bench/search-bench';
import type { Article } from '../../shared/model';
import { toRow, writeArticles, type ArticleRow } from './articles';
import type { TeamUser } from './changes';
import { openDb, transaction } from './db';
import { migrate } from './migrate';
import { openTeamLibrary } from './service';
import { hashPassword } from './users';

export interface TeamBenchOptions {
  url: string;
  articles: number;
  users: number;
  seconds: number;
  repeat: number;
  log: (line: string) => void;
}

const BATCH = 500;
const sec = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(0)} MB`;

function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]! : NaN;
}

/** CPU milliseconds a local process has used (Linux /proc), or null when it is not on this machine. */
function processCpuMs(pid: number): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

function articleOf(g: ReturnType<ArticleGenerator['next']>, index: number): Article {
  return {
    id: g.id,
    path: `generated/${String(Math.floor(index / 1000)).padStart(4, '0')}/${g.id}.txt`,
    format: 'txt',
    title: g.title,
    authors: g.authors,
    publisher: g.publisher,
    publishedAt: { value: g.publishedAt, precision: 'day' },
    text: g.text,
    paragraphs: [],
    captions: [],
    boilerplate: [],
    fileTags: [],
    url: null,
    html: null,
    encoding: 'utf-8',
    warnings: [],
    wordCount: g.text.split(/\s+/).length,
    contentHash: `${g.id}${'0'.repeat(48)}`,
    size: g.text.length,
    mtimeMs: 0,
    tags: [],
  };
}

export async function runTeamBench(options: TeamBenchOptions): Promise<string> {
  const { log } = options;
  const db = openDb(options.url, { max: 2, applicationName: 'dossier-bench' });
  const lines: string[] = [];
  const users: TeamUser[] = [];
  try {
    await migrate(db, { libraryName: 'Dossier bench' });
    const existing = (await db.query<{ n: number }>('SELECT count(*)::bigint AS n FROM articles')).rows[0]!.n;
    if (existing !== 0 && existing !== options.articles) {
      throw new Error(`this database already holds ${existing} articles; the bench loads into an empty team library (or reuses one of exactly --articles ${options.articles})`);
    }
    // Bench members (cheap hashes: they never sign in through the door).
    const hash = await hashPassword('bench password', { N: 1024 });
    for (let i = 1; i <= options.users; i++) {
      const name = `bench-${String(i).padStart(2, '0')}`;
      const { rows } = await db.query<{ id: number }>(
        `INSERT INTO users (name, display_name, password_hash) VALUES ($1, $1, $2) ON CONFLICT (name) DO UPDATE SET name = excluded.name RETURNING id`,
        [name, hash],
      );
      users.push({ id: rows[0]!.id, name, displayName: name });
    }

    /* ---- load ---- */
    const gen = new ArticleGenerator(42);
    if (existing === 0) {
      const conn = await db.connect();
      const backendPid = (await conn.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!.pid;
      conn.release();
      const pgCpu0 = processCpuMs(backendPid);
      const cpu0 = process.cpuUsage();
      const t0 = performance.now();
      let writing: Promise<unknown> = Promise.resolve();
      let lastLog = t0;
      for (let i = 0; i < options.articles; i += BATCH) {
        const rows: ArticleRow[] = [];
        const tagIds: string[] = [];
        const tagNames: string[] = [];
        for (let j = i; j < Math.min(options.articles, i + BATCH); j++) {
          const g = gen.next();
          rows.push(toRow(articleOf(g, j), []));
          for (const t of g.tags) tagIds.push(g.id), tagNames.push(t);
        }
        // Build the next batch while this one is written (Node and PostgreSQL work side by side).
        await writing;
        writing = transaction(db, async (tx) => {
          await writeArticles(tx, rows, users[0]!.id);
          await tx.query(`INSERT INTO article_tags (article_id, tag, added_by) SELECT * , $3::bigint FROM unnest($1::text[], $2::text[]) ON CONFLICT DO NOTHING`, [tagIds, tagNames, users[0]!.id]);
        });
        const now = performance.now();
        if (now - lastLog > 10_000) {
          lastLog = now;
          log(`  loaded ${i + rows.length}/${options.articles} (${(((i + rows.length) / (now - t0)) * 1000).toFixed(0)} articles/s)`);
        }
      }
      await writing;
      const loadMs = performance.now() - t0;
      const cpu = process.cpuUsage(cpu0);
      const pgCpu1 = processCpuMs(backendPid);
      const rate = (options.articles / loadMs) * 1000;
      const nodeCpu = (cpu.user + cpu.system) / 1000 / options.articles;
      const pgCpu = pgCpu0 !== null && pgCpu1 !== null ? (pgCpu1 - pgCpu0) / options.articles : null;
      lines.push(`load ${options.articles} articles: ${sec(loadMs)} = ${rate.toFixed(0)} articles/s (target >= 2000) ${rate >= 2000 ? 'PASS' : 'FAIL'}`);
      lines.push(`  CPU per article: ${nodeCpu.toFixed(2)} ms generating + building rows here, ${pgCpu === null ? 'n/a' : `${pgCpu.toFixed(2)} ms`} in the PostgreSQL backend (COPY, TOAST, GIN, dictionary)`);
      const tv = performance.now();
      await db.query('VACUUM ANALYZE articles');
      await db.query('VACUUM ANALYZE article_tags');
      await db.query('VACUUM ANALYZE lexicon');
      lines.push(`  VACUUM ANALYZE after the load: ${sec(performance.now() - tv)}`);
      log(lines.join('\n'));
    } else {
      lines.push(`load: reused the ${existing} articles already loaded (not measured in this run)`);
    }

    /* ---- sizes ---- */
    const size = (await db.query<{ table: number; heap: number; tsv: number; head: number; lexicon: number; terms: number; database: number }>(
      `SELECT pg_total_relation_size('articles')::bigint AS table, pg_relation_size('articles')::bigint AS heap,
              pg_relation_size('articles_tsv')::bigint AS tsv, pg_relation_size('articles_head')::bigint AS head,
              pg_total_relation_size('lexicon')::bigint AS lexicon, (SELECT count(*) FROM lexicon)::bigint AS terms,
              pg_database_size(current_database())::bigint AS database`,
    )).rows[0]!;
    lines.push(`sizes: database ${mb(size.database)}; articles ${mb(size.table)} (heap ${mb(size.heap)}, the rest TOAST and indexes); GIN index on terms ${mb(size.tsv)}, on title/authors/publisher ${mb(size.head)}; dictionary ${size.terms} terms, ${mb(size.lexicon)}`);
  } finally {
    await db.end();
  }

  /* ---- one member: latency per query kind ---- */
  const library = await openTeamLibrary(options.url, { listen: false, poolSize: options.users + 4 });
  try {
    const single = library.serviceFor(null);
    for (const queries of Object.values(QUERIES)) for (const q of queries) await single.search({ query: q, limit: 20 }); // warm the cache
    for (const [kind, queries] of Object.entries(QUERIES)) {
      const times: number[] = [];
      let hits = 0;
      for (let r = 0; r < options.repeat; r++) {
        for (const q of queries) {
          const t = performance.now();
          const res = await single.search({ query: q, limit: 20 });
          times.push(performance.now() - t);
          if (res.error) throw new Error(`bench query ${q}: ${res.error.message}`);
          if (r === 0) hits += res.total;
        }
      }
      times.sort((a, b) => a - b);
      const p95 = percentile(times, 0.95);
      lines.push(`search ${kind} (~${Math.round(hits / queries.length)} hits): p50 ${percentile(times, 0.5).toFixed(0)} ms, p95 ${p95.toFixed(0)} ms (target < 200) ${p95 < 200 ? 'PASS' : 'FAIL'}`);
      log(lines[lines.length - 1]!);
    }

    /* ---- many members at once ---- */
    const all = Object.values(QUERIES).flat();
    const searchTimes: number[] = [];
    const tagTimes: number[] = [];
    const deadline = performance.now() + options.seconds * 1000;
    const ids = (await library.db.query<{ id: string }>(`SELECT id FROM articles ORDER BY id LIMIT 5000`)).rows.map((r) => r.id);
    const member = async (service: DoorService, n: number) => {
      let k = n;
      while (performance.now() < deadline) {
        k = (k * 1103515245 + 12345) % 2147483648;
        const t = performance.now();
        if (k % 5 === 0) {
          const id = ids[k % ids.length]!;
          await service.tagArticles({ ids: [id], add: k % 2 ? [`bench/${n}`] : [], remove: k % 2 ? [] : [`bench/${n}`] });
          tagTimes.push(performance.now() - t);
        } else {
          await service.search({ query: all[k % all.length]!, limit: 20 });
          searchTimes.push(performance.now() - t);
        }
      }
    };
    await Promise.all(users.map((u, i) => member(library.serviceFor(u), i + 1)));
    searchTimes.sort((a, b) => a - b);
    tagTimes.sort((a, b) => a - b);
    const tagP95 = percentile(tagTimes, 0.95);
    lines.push(
      `${options.users} members at once for ${options.seconds} s: ${searchTimes.length} searches p50 ${percentile(searchTimes, 0.5).toFixed(0)} ms, p95 ${percentile(searchTimes, 0.95).toFixed(0)} ms; ` +
        `${tagTimes.length} tag changes p50 ${percentile(tagTimes, 0.5).toFixed(0)} ms, p95 ${tagP95.toFixed(0)} ms (target < 50) ${tagP95 < 50 ? 'PASS' : 'FAIL'}`,
    );
  } finally {
    await library.close();
  }
  return lines.join('\n');
}

