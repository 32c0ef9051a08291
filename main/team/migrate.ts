/**
 * Versioned migrations: the plain SQL files in ./migrations, named NNN_what.sql, applied in
 * order, each in its own transaction, and recorded in `dossier_migrations` with a checksum. An
 * advisory lock keeps two `team init` (or two servers starting) from migrating at once. A
 * database newer than this program (a migration we do not know) is refused, not touched. After
 * the migrations, rows stored before a migration get what it added (duplicate signatures, 002).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DossierError } from '../../shared/contract';
import type { Db } from './db';
import { signUnsigned } from './duplicates';

const MIGRATIONS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');
/** pg_advisory_lock key: "dossier-migrations". */
const LOCK_KEY = 0x646f7373;

export interface Migration {
  version: number;
  name: string;
  sql: string;
  checksum: string;
}

export function loadMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((f) => /^\d{3}_[a-z0-9_]+\.sql$/.test(f))
    .sort()
    .map((file) => {
      const sql = readFileSync(path.join(dir, file), 'utf8');
      return { version: Number(file.slice(0, 3)), name: file, sql, checksum: createHash('sha256').update(sql).digest('hex') };
    });
}

export const SCHEMA_VERSION = Math.max(...loadMigrations().map((m) => m.version));

/** Applies what is missing; returns the names of the migrations applied now. */
export async function migrate(db: Db, options: { libraryName?: string; log?: (line: string) => void } = {}): Promise<string[]> {
  const client = await db.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [LOCK_KEY]);
    await client.query(`CREATE TABLE IF NOT EXISTS dossier_migrations (
      version integer PRIMARY KEY, name text NOT NULL, checksum text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
    const { rows } = await client.query<{ version: number; name: string; checksum: string }>('SELECT version, name, checksum FROM dossier_migrations ORDER BY version');
    const known = loadMigrations();
    const applied = new Map(rows.map((r) => [r.version, r]));
    const newest = known[known.length - 1]?.version ?? 0;
    for (const r of rows) {
      if (r.version > newest) throw new DossierError('invalid-request', `this team library has schema version ${r.version} (${r.name}), newer than this Dossier knows (${newest}); update Dossier`);
      const mine = known.find((m) => m.version === r.version);
      if (mine && mine.checksum !== r.checksum) options.log?.(`note: migration ${r.name} differs from the one applied to this database (applied ${r.checksum.slice(0, 12)}, here ${mine.checksum.slice(0, 12)})`);
    }
    const done: string[] = [];
    for (const m of known) {
      if (applied.has(m.version)) continue;
      options.log?.(`applying ${m.name}`);
      await client.query('BEGIN');
      try {
        await client.query(m.sql);
        await client.query('INSERT INTO dossier_migrations (version, name, checksum) VALUES ($1, $2, $3)', [m.version, m.name, m.checksum]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw new DossierError('internal', `migration ${m.name} failed: ${(error as Error).message}`);
      }
      done.push(m.name);
    }
    // Data the new schema expects of rows stored before it (resumable: a killed init finishes the rest).
    const signed = await signUnsigned(db, { log: options.log });
    if (signed) options.log?.(`computed the duplicate signatures of ${signed} article(s) stored before migration 002`);
    if (options.libraryName) {
      await client.query('INSERT INTO team_library (name) VALUES ($1) ON CONFLICT (singleton) DO NOTHING', [options.libraryName]);
    }
    return done;
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [LOCK_KEY]).catch(() => {});
    client.release();
  }
}

/** Refuses to serve a database that is not (or not fully) migrated, with the command that fixes it. */
export async function checkSchema(db: Db): Promise<void> {
  const result = await db.query<{ version: number }>('SELECT max(version) AS version FROM dossier_migrations').catch((error: { code?: string }) => {
    if (error.code === '42P01') return null;
    throw error;
  });
  const version = result?.rows[0]?.version ?? null;
  if (version === null) throw new DossierError('no-library', 'this database is not a Dossier team library yet: run `dossier team init URL` first');
  if (version < SCHEMA_VERSION) throw new DossierError('no-library', `this team library has schema version ${version}; run \`dossier team init URL\` to bring it to ${SCHEMA_VERSION}`);
  if (version > SCHEMA_VERSION) throw new DossierError('no-library', `this team library has schema version ${version}, newer than this Dossier (${SCHEMA_VERSION}); update Dossier`);
}
