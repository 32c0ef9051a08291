/**
 * The connection to a team library: one `pg` pool per process, transactions with retry on
 * serialization failures and deadlocks, and the URL checks a user should see before anything
 * connects. Only main/team/ imports `pg`, and only when a command or door asks for a database,
 * so the desktop app and local library never load it.
 */
import pg from 'pg';
import { DossierError } from '../../shared/contract';

export type Db = pg.Pool;
export type Tx = pg.PoolClient;

const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    // bigint counts and ids: numbers (they stay far below 2^53 here), not strings.
    if (oid === 20) return (value: string) => Number(value);
    return pg.types.getTypeParser(oid, format);
  },
} as pg.CustomTypesConfig;

/** Checks a postgres:// URL and returns it; the message says what is wrong. */
export function checkDatabaseUrl(url: string | undefined): string {
  if (!url) throw new DossierError('invalid-request', 'no database given: use --db postgres://USER@HOST:PORT/DATABASE');
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new DossierError('invalid-request', `"${url}" is not a database URL; use postgres://USER@HOST:PORT/DATABASE`);
  }
  if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:') {
    throw new DossierError('invalid-request', `a team library URL starts with postgres:// (not ${parsed.protocol}//)`);
  }
  if (!parsed.pathname.replace(/^\//, '')) throw new DossierError('invalid-request', 'the database URL names no database (postgres://HOST/DATABASE)');
  return url;
}

/** The URL without its password, for messages and logs. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unreadable URL)';
  }
}

export function openDb(url: string, options: { max?: number; applicationName?: string } = {}): Db {
  const pool = new pg.Pool({
    connectionString: checkDatabaseUrl(url),
    max: options.max ?? 10,
    application_name: options.applicationName ?? 'dossier',
    types,
    // Also how long a request may wait for a free connection when every one is busy.
    connectionTimeoutMillis: 60_000,
    idleTimeoutMillis: 30_000,
  });
  // A connection dropped while idle (database restarted) must not crash the process: the pool
  // discards it and the next query opens a fresh one.
  pool.on('error', () => {});
  return pool;
}

const RETRYABLE = new Set(['40001', '40P01']); // serialization failure, deadlock

/** Runs `work` in a transaction, retrying a few times when PostgreSQL asks to (serialization, deadlock). */
export async function transaction<T>(db: Db, work: (tx: Tx) => Promise<T>, options: { isolation?: 'read committed' | 'repeatable read' | 'serializable' } = {}): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    const tx = await db.connect();
    let broken = false;
    try {
      await tx.query(`BEGIN ISOLATION LEVEL ${(options.isolation ?? 'read committed').toUpperCase()}`);
      const result = await work(tx);
      await tx.query('COMMIT');
      return result;
    } catch (error) {
      await tx.query('ROLLBACK').catch(() => {
        broken = true;
      });
      const code = (error as { code?: string }).code;
      if (code && RETRYABLE.has(code) && attempt < 4) {
        await new Promise((r) => setTimeout(r, 20 * (attempt + 1) + Math.random() * 30));
        continue;
      }
      throw error;
    } finally {
      tx.release(broken);
    }
  }
}

/** Turns a connection failure into a sentence (the server is down, refuses, wrong password...). */
export function describeDbError(error: unknown, url: string): string {
  const e = error as { code?: string; message?: string };
  const where = redactUrl(url);
  if (e.code === 'ECONNREFUSED') return `no PostgreSQL server answers at ${where} (is it running?)`;
  if (e.code === 'ENOTFOUND') return `the database host in ${where} is unknown`;
  if (e.code === '3D000') return `the database in ${where} does not exist (create it with createdb, then run dossier team init)`;
  if (e.code === '28P01' || e.code === '28000') return `PostgreSQL refused the login for ${where}: ${e.message}`;
  if (e.code === '42P01') return `${where} is not a Dossier team library yet: run dossier team init ${where}`;
  return `${where}: ${e.message ?? String(error)}`;
}
