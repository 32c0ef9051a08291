/** Dispatches `dossier <command>` to the module that implements it. Each command module exports `run(args): Promise<number>`. */
import { installOutputGuard } from './terminal';

type Command = { summary: string; load: () => Promise<{ run(args: string[]): Promise<number> }> };

const commands: Record<string, Command> = {
  extract: { summary: 'extract --json FILE...       print each file as an article (JSON Lines)', load: () => import('./extract') },
  index: { summary: 'index DIR                    build or refresh the library index', load: () => import('./index-command') },
  search: { summary: 'search DIR|--db URL QUERY [--json] [--limit N] [--sort relevance|date-desc|date-asc]', load: () => import('./search') },
  serve: { summary: 'serve DIR [--port N]         serve the UI on 127.0.0.1 with a token (--db URL: a team library)', load: () => import('./serve') },
  team: { summary: 'team init|push|user ...      team libraries in PostgreSQL (see `dossier team --help`)', load: () => import('./team') },
  start: { summary: 'start [DIR]                  open the desktop app (or web mode without Electron)', load: () => import('./start') },
  timeline: { summary: 'timeline list|build|export   work with timelines (see `dossier timeline --help`)', load: () => import('./timeline') },
  meta: { summary: 'meta show|set DIR ARTICLE     see or correct an article\'s metadata (see `dossier meta --help`)', load: () => import('./meta') },
  notes: { summary: 'notes list DIR               list your notes and highlights', load: () => import('./notes') },
  saved: { summary: 'saved list|add|run|rename|delete|history   saved searches and recent ones (see `dossier saved --help`)', load: () => import('./saved') },
  entities: { summary: 'entities list|show           people, organisations and places (see `dossier entities --help`)', load: () => import('./entities') },
  eval: { summary: 'eval                         score the analysis against the gold corpus', load: () => import('./eval') },
  bench: { summary: 'bench [--articles N]         measure indexing and search speed', load: () => import('./bench') },
};

export function usage(): string {
  return ['usage: dossier <command> [options]', '', ...Object.values(commands).map((c) => `  dossier ${c.summary}`)].join('\n');
}

export async function main(argv: string[]): Promise<number> {
  installOutputGuard();
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage() + '\n');
    return name ? 0 : 1;
  }
  const command = commands[name];
  if (!command) {
    process.stderr.write(`dossier: unknown command "${name}"\n\n${usage()}\n`);
    return 2;
  }
  try {
    const module = await command.load();
    return await module.run(rest);
  } catch (error) {
    process.stderr.write(`dossier ${name}: ${error instanceof Error ? error.message : String(error)}\n`);
    if (process.env.DOSSIER_DEBUG) console.error(error);
    return 1;
  }
}
