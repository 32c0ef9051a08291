/**
 * `dossier serve DIR [--port N]`: the web door on 127.0.0.1 for one library. Builds the UI first
 * when out/renderer is missing, prints the address (with the token in its fragment), reports
 * indexing progress as plain lines, and stops cleanly on Ctrl+C / SIGTERM.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DossierError, type IndexProgress } from '../../shared/contract';
import { isLoopback, startServer, type RunningServer } from '../server';
import type { DossierService } from '../api/service-types';
import { parseArgs, UsageError } from './args';
import { checkFolder, CliError } from './open-library';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Where the built UI is: $DOSSIER_UI_DIR (a UI built elsewhere, e.g. by tests) or out/renderer. */
export function uiDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.DOSSIER_UI_DIR ? path.resolve(env.DOSSIER_UI_DIR) : path.join(REPO_ROOT, 'out', 'renderer');
}

/** Builds the renderer with its own vite config when its output is missing. */
export async function ensureRendererBuilt(staticDir: string, say: (line: string) => void): Promise<void> {
  if (existsSync(path.join(staticDir, 'index.html'))) return;
  const configFile = path.join(REPO_ROOT, 'renderer', 'vite.config.ts');
  if (!existsSync(configFile)) throw new CliError(`the UI is not built (${staticDir}) and its sources are missing (${configFile})`);
  say('Building the user interface (vite build, once)…');
  const { build } = await import('vite');
  await build({ configFile, logLevel: 'warn', build: { outDir: staticDir, emptyOutDir: true } });
  if (!existsSync(path.join(staticDir, 'index.html'))) throw new CliError(`building the UI did not produce ${path.join(staticDir, 'index.html')}`);
}

/** Turns progress events into a few readable lines: one per phase, and at most one every 2 s within a phase. */
export function progressLines(say: (line: string) => void, intervalMs = 2000): (p: IndexProgress) => void {
  let lastPhase: string | undefined;
  let lastAt = 0;
  return (p) => {
    const now = Date.now();
    if (p.phase === lastPhase && now - lastAt < intervalMs && !(p.total > 0 && p.done === p.total)) return;
    if (p.phase === lastPhase && p.phase === 'ready') return;
    lastPhase = p.phase;
    lastAt = now;
    if (p.phase === 'ready') say(`Index ready${p.message ? `: ${p.message}` : ''}.`);
    else say(`${p.phase}${p.total > 0 ? ` ${p.done}/${p.total}` : p.done > 0 ? ` ${p.done}` : ''}${p.message ? ` — ${p.message}` : ''}`);
  };
}

export interface ServingLibrary {
  server: RunningServer;
  service: DossierService;
  stop(): Promise<void>;
}

/** Opens `root` with the real service and serves it. Progress and log lines go to `say`. */
export async function serveLibrary(options: { root: string; port?: number; staticDir: string; say: (line: string) => void }): Promise<ServingLibrary> {
  const onProgress = progressLines(options.say);
  // Loaded here, not at the top: usage errors are reported without loading the whole library stack.
  const { createDossierService } = await import('../api');
  const service = await createDossierService({ root: options.root, watch: true, revealRoot: false, log: options.say, onProgress });
  let server: RunningServer;
  try {
    server = await startServer({ service, port: options.port, staticDir: options.staticDir, libraryName: path.basename(options.root), log: options.say });
  } catch (error) {
    await service.close();
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new CliError(`port ${options.port} is in use; choose another with --port N (or 0 for any free port)`);
    throw error;
  }
  let stopping: Promise<void> | undefined;
  return {
    server,
    service,
    stop: () => (stopping ??= server.close().then(() => service.close())),
  };
}

/** Resolves when SIGINT or SIGTERM arrives (once), then removes its handlers. */
export function untilSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const onSignal = (signal: NodeJS.Signals) => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      resolve(signal);
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  });
}

/** Shared by `serve` and `start` (web mode): serve until a signal, print the address. */
export async function serveUntilStopped(root: string, port: number | undefined, say: (line: string) => void): Promise<number> {
  const staticDir = uiDir();
  await ensureRendererBuilt(staticDir, say);
  const stopped = untilSignal();
  const serving = await serveLibrary({ root, port, staticDir, say });
  process.stdout.write(`Dossier is serving "${path.basename(root)}" at\n\n  ${serving.server.url}\n\nOpen that address in your browser (it holds this session's access key). Press Ctrl+C to stop.\n`);
  const signal = await stopped;
  say(`Stopping (${signal})…`);
  await serving.stop();
  say('Stopped.');
  return 0;
}

export function parsePort(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a whole number from 0 to 65535, not "${value}"`);
  return port;
}

/**
 * `dossier serve --db URL`: the same UI and contract from a team library in PostgreSQL. Members
 * sign in; on 127.0.0.1 by default, or on `--host ADDRESS` over TLS (`--tls-cert`, `--tls-key`).
 */
export async function serveTeam(options: { url: string; port?: number; host?: string; tlsCert?: string; tlsKey?: string; say: (line: string) => void }): Promise<number> {
  const { say } = options;
  if ((options.tlsCert === undefined) !== (options.tlsKey === undefined)) throw new CliError('give both --tls-cert FILE and --tls-key FILE', 2);
  if (options.host && !isLoopback(options.host) && !options.tlsCert) throw new CliError(`serving on ${options.host} (not this machine only) needs a TLS certificate and key: --tls-cert FILE --tls-key FILE`, 2);
  const { readFileSync } = await import('node:fs');
  const tls = options.tlsCert && options.tlsKey ? { cert: readFileSync(options.tlsCert), key: readFileSync(options.tlsKey) } : undefined;
  const staticDir = uiDir();
  await ensureRendererBuilt(staticDir, say);
  const { openTeamLibrary } = await import('../team/service');
  const { describeDbError, redactUrl } = await import('../team/db');
  const library = await openTeamLibrary(options.url, { log: say }).catch((error: unknown) => {
    if (error instanceof DossierError) throw new CliError(error.message);
    throw new CliError(describeDbError(error, options.url));
  });
  const stopped = untilSignal();
  let server: RunningServer;
  try {
    const info = await library.serviceFor(null).libraryInfo({});
    server = await startServer({
      service: library.serviceFor(null),
      team: { sessions: library.sessions, serviceFor: (user) => library.serviceFor(user) },
      port: options.port,
      host: options.host,
      tls,
      staticDir,
      libraryName: info.name,
      log: say,
    });
  } catch (error) {
    await library.close();
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') throw new CliError(`port ${options.port} is in use; choose another with --port N (or 0 for any free port)`);
    if (error instanceof Error && /needs a TLS certificate/.test(error.message)) throw new CliError(error.message, 2);
    throw error;
  }
  process.stdout.write(`Dossier is serving the team library ${redactUrl(options.url)} at\n\n  ${server.url}\n\nTeam members sign in there with their name and password (add them with \`dossier team user add NAME --db URL\`). Press Ctrl+C to stop.\n`);
  const signal = await stopped;
  say(`Stopping (${signal})…`);
  await server.close();
  await library.close();
  say('Stopped.');
  return 0;
}

export async function run(args: string[]): Promise<number> {
  const say = (line: string) => process.stderr.write(`${line}\n`);
  try {
    const { positionals, values } = parseArgs(args, { values: ['port', 'db', 'host', 'tls-cert', 'tls-key'] });
    if (values.has('db')) {
      if (positionals.length !== 0) throw new CliError('usage: dossier serve --db URL [--port N] [--host ADDRESS --tls-cert FILE --tls-key FILE] (no folder: the library is the database)', 2);
      return await serveTeam({ url: values.get('db')!, port: parsePort(values.get('port')), host: values.get('host'), tlsCert: values.get('tls-cert'), tlsKey: values.get('tls-key'), say });
    }
    if (values.has('host') || values.has('tls-cert') || values.has('tls-key')) throw new CliError('--host and TLS are for team libraries (dossier serve --db URL); a local library is served on 127.0.0.1 only', 2);
    if (positionals.length !== 1) throw new CliError('usage: dossier serve DIR [--port N]  |  dossier serve --db URL [--port N]', 2);
    const root = checkFolder(positionals[0], { mustBeLibrary: false });
    return await serveUntilStopped(root, parsePort(values.get('port')), say);
  } catch (error) {
    if (error instanceof CliError || error instanceof UsageError) {
      process.stderr.write(`dossier serve: ${error.message}\n`);
      return error instanceof CliError ? error.exitCode : 2;
    }
    throw error;
  }
}
