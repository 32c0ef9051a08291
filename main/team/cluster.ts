/**
 * A throwaway PostgreSQL cluster for tests, benchmarks and CI: `initdb` into a temporary folder,
 * `pg_ctl start` on a free loopback port, and a stop that removes everything again. PostgreSQL
 * refuses to run as root, so when we are root the server commands run as the `postgres` user
 * (Debian's package creates it) through `runuser`, in a folder that user owns.
 *
 * The cluster trusts connections from 127.0.0.1 (it lives only as long as the test run, on
 * loopback, in a folder only its owner can read) and is tuned for throwaway data (fsync off).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export interface TestCluster {
  /** postgres://dossier@127.0.0.1:PORT/postgres */
  url: string;
  port: number;
  dir: string;
  /** A URL for another database of this cluster. */
  urlOf(database: string): string;
  /** Kills the server at once (no shutdown checkpoint), as a crash would; `start()` brings it back on the same data. */
  crash(): void;
  start(): void;
  stop(): void;
}

const SUPERUSER = 'dossier';

/** The folder holding initdb and pg_ctl: $DOSSIER_PG_BIN, else the newest Debian install (15 preferred). */
export function findPostgresBin(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.DOSSIER_PG_BIN) return existsSync(path.join(env.DOSSIER_PG_BIN, 'initdb')) ? env.DOSSIER_PG_BIN : null;
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return null;
  const versions = readdirSync(base)
    .filter((v) => existsSync(path.join(base, v, 'bin', 'initdb')))
    .sort((a, b) => (a === '15' ? -1 : b === '15' ? 1 : Number(b) - Number(a)));
  return versions[0] ? path.join(base, versions[0], 'bin') : null;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function runAs(owner: { uid: number; gid: number } | null, command: string, args: string[]): void {
  const [file, argv] = owner ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];
  const result = spawnSync(file, argv, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (result.status !== 0) {
    throw new Error(`${path.basename(command)} failed (${result.status ?? result.signal}): ${(result.stderr || result.stdout || String(result.error ?? '')).trim().slice(0, 2000)}`);
  }
}

function postgresOwner(): { uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null;
  try {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    return { uid, gid };
  } catch {
    throw new Error('running as root, and there is no "postgres" user to run the PostgreSQL server as (it refuses to run as root)');
  }
}

/** Starts a cluster; throws with the tool's own message when something fails. */
export async function startTestCluster(options: { bin?: string; settings?: Record<string, string | number> } = {}): Promise<TestCluster> {
  const bin = options.bin ?? findPostgresBin();
  if (!bin) throw new Error('PostgreSQL is not installed (no initdb found; Debian: apt-get install postgresql-15)');
  const owner = postgresOwner();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dossier-pg-'));
  if (owner) chownSync(dir, owner.uid, owner.gid);
  const data = path.join(dir, 'data');
  const start = () => runAs(owner, path.join(bin, 'pg_ctl'), ['-D', data, '-l', path.join(dir, 'server.log'), '-w', '-t', '60', 'start']);
  const crash = () => runAs(owner, path.join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']);
  const port = await freePort();
  const settings: Record<string, string | number> = {
    listen_addresses: '127.0.0.1',
    port,
    unix_socket_directories: dir,
    fsync: 'off',
    synchronous_commit: 'off',
    full_page_writes: 'off',
    shared_buffers: '256MB',
    max_connections: 100,
    ...options.settings,
  };
  try {
    runAs(owner, path.join(bin, 'initdb'), ['-D', data, '-U', SUPERUSER, '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8', '--no-instructions']);
    const conf = Object.entries(settings).map(([k, v]) => `${k} = '${String(v).replace(/'/g, "''")}'`).join('\n');
    writeFileSync(path.join(data, 'postgresql.auto.conf'), `${conf}\n`);
    if (owner) chownSync(path.join(data, 'postgresql.auto.conf'), owner.uid, owner.gid);
    start();
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  const urlOf = (database: string) => `postgres://${SUPERUSER}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
  let stopped = false;
  return {
    url: urlOf('postgres'),
    port,
    dir,
    urlOf,
    crash,
    start,
    stop() {
      if (stopped) return;
      stopped = true;
      try {
        crash();
      } catch {
        // already down
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
