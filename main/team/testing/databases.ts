/**
 * Fresh, migrated databases for tests. `npm test` (e2e/run-tests.mjs) starts one throwaway
 * cluster for the whole run and passes its address in DOSSIER_TEST_PG_URL; a test run on its own
 * (npx vitest run main/team) starts a cluster of its own when PostgreSQL is installed. Without
 * PostgreSQL, `pgAvailable` is false and the database tests skip, saying why.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { findPostgresBin, startTestCluster, type TestCluster } from '../cluster';
import { openDb, type Db } from '../db';
import { migrate } from '../migrate';

export const pgAvailable = !!process.env.DOSSIER_TEST_PG_URL || findPostgresBin() !== null;
export const PG_SKIP_REASON = 'PostgreSQL is not installed (Debian: apt-get install postgresql-15) and DOSSIER_TEST_PG_URL is not set';

let own: Promise<TestCluster> | undefined;

async function clusterUrl(): Promise<string> {
  if (process.env.DOSSIER_TEST_PG_URL) return process.env.DOSSIER_TEST_PG_URL;
  own ??= startTestCluster();
  return (await own).url;
}

/** Stops the cluster this process started, if any (call from afterAll). */
export async function stopOwnCluster(): Promise<void> {
  if (!own) return;
  const cluster = await own;
  own = undefined;
  cluster.stop();
}

export interface TestDatabase {
  url: string;
  db: Db;
  drop(): Promise<void>;
}

/** A new database, migrated, with its own pool. */
export async function createTestDatabase(options: { migrate?: boolean } = {}): Promise<TestDatabase> {
  const base = await clusterUrl();
  const name = `dossier_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(base);
  url.pathname = `/${name}`;
  const db = openDb(url.toString(), { max: 5 });
  if (options.migrate ?? true) await migrate(db, { libraryName: 'Test team' });
  return {
    url: url.toString(),
    db,
    async drop() {
      await db.end();
      const a = new pg.Client({ connectionString: base });
      await a.connect();
      try {
        await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await a.end();
      }
    },
  };
}

/** Test members are hashed with a low scrypt cost (N = 2^10) so that suites stay fast; the server checks them the same way. */
export const TEST_HASH_COST = { N: 1024 };
