/**
 * `dossier team …`: team libraries in PostgreSQL (main/team).
 *
 *   dossier team init URL [--name NAME]           create or update the schema (versioned migrations)
 *   dossier team push DIR --db URL [--as USER]    copy a local library in (resumable, idempotent)
 *   dossier team user add NAME --db URL [--display-name TEXT] [--password-stdin]
 *   dossier team user passwd|disable|enable NAME --db URL
 *   dossier team user list --db URL
 *
 * --db may also come from $DOSSIER_DB. Passwords are read from the terminal without echo, or with
 * --password-stdin from standard input (one line).
 */
import path from 'node:path';
import { DossierError } from '../../shared/contract';
import { parseArgs, UsageError } from './args';
import { CliError } from './open-library';
import { stripControls } from './terminal';

const USAGE = `usage:
  dossier team init URL [--name NAME]
  dossier team push DIR --db URL [--as USER]
  dossier team user add NAME --db URL [--display-name TEXT] [--password-stdin]
  dossier team user passwd NAME --db URL [--password-stdin]
  dossier team user disable|enable NAME --db URL
  dossier team user list --db URL
(--db defaults to $DOSSIER_DB)`;

const say = (line: string) => process.stderr.write(`${line}\n`);

export function databaseUrl(values: Map<string, string>, env: NodeJS.ProcessEnv = process.env): string {
  const url = values.get('db') ?? env.DOSSIER_DB;
  if (!url) throw new CliError('give the team library with --db postgres://USER@HOST:PORT/DATABASE (or set DOSSIER_DB)', 2);
  return url;
}

async function readPassword(fromStdin: boolean): Promise<string> {
  if (fromStdin || !process.stdin.isTTY) {
    if (!fromStdin) throw new CliError('no terminal to ask for the password: pass it on standard input with --password-stdin', 2);
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
  }
  const ask = (prompt: string) =>
    new Promise<string>((resolve) => {
      process.stderr.write(prompt);
      const stdin = process.stdin;
      stdin.setRawMode(true);
      stdin.resume();
      let value = '';
      const onData = (data: Buffer) => {
        for (const ch of data.toString('utf8')) {
          if (ch === '\r' || ch === '\n') {
            stdin.off('data', onData);
            stdin.setRawMode(false);
            stdin.pause();
            process.stderr.write('\n');
            resolve(value);
            return;
          }
          if (ch === '\u0003') process.exit(130);
          if (ch === '\u007f') value = value.slice(0, -1);
          else value += ch;
        }
      };
      stdin.on('data', onData);
    });
  const first = await ask('Password: ');
  const second = await ask('Again: ');
  if (first !== second) throw new CliError('the two passwords differ; nothing was changed');
  return first;
}

async function withDb<T>(url: string, work: (db: import('./../team/db').Db) => Promise<T>): Promise<T> {
  const { openDb, describeDbError } = await import('../team/db');
  const db = openDb(url, { max: 4 });
  try {
    return await work(db);
  } catch (error) {
    if (error instanceof DossierError || error instanceof CliError) throw error;
    throw new CliError(describeDbError(error, url));
  } finally {
    await db.end();
  }
}

async function init(args: string[]): Promise<number> {
  const { positionals, values } = parseArgs(args, { values: ['name', 'db'] });
  const url = positionals[0] ?? databaseUrl(values);
  const { migrate } = await import('../team/migrate');
  const { redactUrl } = await import('../team/db');
  const applied = await withDb(url, (db) => migrate(db, { libraryName: values.get('name') ?? (new URL(url).pathname.slice(1) || 'Team library'), log: say }));
  say(applied.length ? `${redactUrl(url)}: applied ${applied.join(', ')}` : `${redactUrl(url)} is up to date`);
  return 0;
}

async function push(args: string[]): Promise<number> {
  const { positionals, values } = parseArgs(args, { values: ['db', 'as', 'batch'] });
  if (positionals.length !== 1) throw new CliError(USAGE, 2);
  const dir = path.resolve(positionals[0]!);
  const url = databaseUrl(values);
  const { checkSchema } = await import('../team/migrate');
  const { pushLibrary } = await import('../team/push');
  return withDb(url, async (db) => {
    await checkSchema(db);
    let user = null;
    if (values.has('as')) {
      const { rows } = await db.query<{ id: number; name: string; display_name: string }>('SELECT id, name, display_name FROM users WHERE name = $1', [values.get('as')!.toLowerCase()]);
      if (!rows[0]) throw new CliError(`there is no user called ${values.get('as')} in this team library`);
      user = { id: rows[0].id, name: rows[0].name, displayName: rows[0].display_name };
    }
    let lastLine = 0;
    const report = await pushLibrary(dir, db, {
      user,
      batchSize: values.has('batch') ? Number(values.get('batch')) : undefined,
      log: (line) => say(stripControls(line)),
      onProgress: (p) => {
        const now = Date.now();
        if (p.phase !== 'done' && now - lastLine < 1000 && p.done !== p.total) return;
        lastLine = now;
        if (p.phase === 'articles') say(`articles ${p.done}/${p.total}`);
        else if (p.phase === 'timelines') say(`timelines ${p.done}/${p.total}`);
        else if (p.phase === 'scanning' && p.total) say(`reading the library ${p.done}/${p.total}`);
      },
    });
    const t = report.timelines;
    process.stdout.write(
      [
        `articles: ${report.articles.total} in the library, ${report.articles.written} written, ${report.articles.unchanged} already there`,
        `analyses: ${report.analyses}; problems: ${report.problems}`,
        `tags: ${report.tags.added} added, ${report.tags.colors} colour(s)`,
        `timelines: ${t.added.length} added, ${t.unchanged.length} already there, ${t.kept.length} kept as the team has them`,
        ...report.notes.map((n) => `note: ${stripControls(n)}`),
      ].join('\n') + '\n',
    );
    return 0;
  });
}

async function user(args: string[]): Promise<number> {
  const { positionals, values, flags } = parseArgs(args, { values: ['db', 'display-name'], flags: ['password-stdin'] });
  const [action, name] = positionals;
  const url = databaseUrl(values);
  const users = await import('../team/users');
  const { checkSchema } = await import('../team/migrate');
  return withDb(url, async (db) => {
    await checkSchema(db);
    switch (action) {
      case 'add': {
        if (!name) throw new CliError(USAGE, 2);
        users.checkUserName(name);
        const password = await readPassword(flags.has('password-stdin'));
        const added = await users.addUser(db, name, password, values.get('display-name'));
        say(`added ${added.name}${added.displayName !== added.name ? ` (${added.displayName})` : ''}`);
        return 0;
      }
      case 'passwd': {
        if (!name) throw new CliError(USAGE, 2);
        await users.setPassword(db, name, await readPassword(flags.has('password-stdin')));
        say(`password of ${name} changed; their sessions were closed`);
        return 0;
      }
      case 'disable':
      case 'enable':
        if (!name) throw new CliError(USAGE, 2);
        await users.setDisabled(db, name, action === 'disable');
        say(`${name} ${action}d`);
        return 0;
      case 'list':
        for (const u of await users.listUsers(db)) process.stdout.write(`${u.name}\t${stripControls(u.displayName)}\t${u.disabled ? 'disabled' : 'active'}\tsince ${u.createdAt.slice(0, 10)}\n`);
        return 0;
      default:
        throw new CliError(USAGE, 2);
    }
  });
}

export async function run(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  try {
    if (sub === 'init') return await init(rest);
    if (sub === 'push') return await push(rest);
    if (sub === 'user') return await user(rest);
    process.stderr.write(`${USAGE}\n`);
    return sub === '--help' || sub === '-h' ? 0 : 2;
  } catch (error) {
    if (error instanceof CliError || error instanceof UsageError || error instanceof DossierError) {
      process.stderr.write(`dossier team: ${error.message}\n`);
      return error instanceof CliError ? error.exitCode : error instanceof UsageError ? 2 : 1;
    }
    throw error;
  }
}
