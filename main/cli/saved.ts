/**
 * `dossier saved list|add|run|rename|delete|history`: saved searches (the library's
 * `.dossier/saved-searches.json`) and the search history from the command line.
 */
import { DossierError, type SearchResponse, type Sort } from '../../shared/contract';
import type { SavedSearch } from '../../shared/saved-searches';
import type { DossierService } from '../api';
import { parseArgs, positiveInt, UsageError } from './args';
import { checkFolder, CliError, openForCli } from './open-library';
import { usesEntities } from './query-needs';
import { formatResults } from './search';
import { jsonForTerminal, stripControls, writeTrusted } from './terminal';

const USAGE = `usage:
  dossier saved list DIR [--json]                       saved searches, with how many articles each finds now
  dossier saved add DIR NAME QUERY... [--sort relevance|date-desc|date-asc]
  dossier saved run DIR NAME [--json] [--limit N]       the articles a saved search finds
  dossier saved rename DIR NAME NEW-NAME
  dossier saved delete DIR NAME
  dossier saved history DIR [--limit N] [--json]        recent searches (kept per user, outside the library)
NAME is a saved search's name (case-insensitive) or id.`;

const SORTS: readonly Sort[] = ['relevance', 'date-desc', 'date-asc'];

async function withLibrary<T>(
  dir: string | undefined,
  quiet: boolean,
  analyse: boolean | ((service: DossierService) => Promise<boolean>),
  work: (service: DossierService) => Promise<T>,
): Promise<T> {
  const service = await openForCli(checkFolder(dir, { mustBeLibrary: true }), quiet, { analyse });
  try {
    return await work(service);
  } finally {
    await service.close();
  }
}

async function find(service: DossierService, name: string | undefined): Promise<SavedSearch> {
  if (!name) throw new CliError(`${USAGE}\n(NAME is missing)`, 2);
  const { searches } = await service.listSavedSearches({ counts: false });
  const lower = name.trim().toLowerCase();
  const found = searches.find((s) => s.id === name) ?? searches.find((s) => s.name.toLowerCase() === lower);
  if (!found) throw new CliError(`no saved search called "${name}"${searches.length ? ` (there are: ${searches.map((s) => s.name).join(', ')})` : ''}`);
  return found;
}

function line(s: SavedSearch): string {
  const count = s.error ? `error: ${s.error}` : `${s.count} article${s.count === 1 ? '' : 's'}`;
  return `${s.id}\t${stripControls(s.name)}\t${count}\t${stripControls(s.query)}`;
}

export async function run(args: string[]): Promise<number> {
  try {
    const [sub, ...rest] = args;
    if (!sub || sub === '--help' || sub === '-h') {
      process.stdout.write(USAGE + '\n');
      return sub ? 0 : 2;
    }
    const { positionals, flags, values } = parseArgs(rest, { flags: ['json', 'quiet'], values: ['sort', 'limit'] });
    const [dir, name, ...more] = positionals;
    const quiet = flags.has('quiet') || flags.has('json');
    const out = process.stdout;
    switch (sub) {
      case 'list': {
        // Counts of searches by person, organisation or place need every article analysed.
        const analyse = async (s: DossierService) => (await s.listSavedSearches({ counts: false })).searches.some((x) => usesEntities(x.query));
        return await withLibrary(dir, quiet, analyse, async (service) => {
          const { searches } = await service.listSavedSearches({});
          if (flags.has('json')) out.write(jsonForTerminal(searches) + '\n');
          else if (searches.length === 0) out.write('no saved searches yet — add one with `dossier saved add DIR NAME QUERY`\n');
          else for (const s of searches) out.write(line(s) + '\n');
          return 0;
        });
      }
      case 'add': {
        const query = more.join(' ').trim();
        if (!name || !query) throw new CliError(`${USAGE}\n(add needs NAME and QUERY)`, 2);
        const sort = (values.get('sort') ?? 'relevance') as Sort;
        if (!SORTS.includes(sort)) throw new UsageError(`--sort must be one of ${SORTS.join(', ')}`);
        return await withLibrary(dir, quiet, usesEntities(query), async (service) => {
          const { search } = await service.saveSearch({ name, query, sort });
          if (search.error) process.stderr.write(`dossier saved: saved, but the query has an error: ${search.error}\n`);
          out.write(line(search) + '\n');
          return 0;
        });
      }
      case 'run': {
        const limit = positiveInt(values.get('limit'), 'limit', 10);
        return await withLibrary(dir, quiet, async (s) => usesEntities((await find(s, name)).query), async (service) => {
          const saved = await find(service, name);
          const response: SearchResponse = await service.search({ query: saved.query, sort: saved.sort, limit });
          if (response.error) throw new CliError(`the saved query ${JSON.stringify(saved.query)} has an error: ${response.error.message} (at character ${response.error.position + 1})`);
          if (flags.has('json')) out.write(jsonForTerminal({ search: saved, ...response }) + '\n');
          else writeTrusted(out, `${stripControls(saved.name)}: ${formatResults(saved.query, response, out.isTTY === true)}`);
          return 0;
        });
      }
      case 'rename': {
        const to = more.join(' ').trim();
        if (!name || !to) throw new CliError(`${USAGE}\n(rename needs NAME and NEW-NAME)`, 2);
        return await withLibrary(dir, quiet, false, async (service) => {
          const saved = await find(service, name);
          const { search } = await service.updateSavedSearch({ id: saved.id, name: to });
          out.write(`renamed "${stripControls(saved.name)}" to "${stripControls(search.name)}"\n`);
          return 0;
        });
      }
      case 'delete':
        return await withLibrary(dir, quiet, false, async (service) => {
          const saved = await find(service, [name, ...more].filter(Boolean).join(' ') || undefined);
          await service.deleteSavedSearch({ id: saved.id });
          // The file's history (git, a sync tool's versions) keeps it; say what it was, to add it back.
          out.write(`deleted "${stripControls(saved.name)}" (${stripControls(saved.query)}); to add it back: dossier saved add DIR ${JSON.stringify(saved.name)} ${JSON.stringify(saved.query)}\n`);
          return 0;
        });
      case 'history': {
        const limit = positiveInt(values.get('limit'), 'limit', 20);
        return await withLibrary(dir, true, false, async (service) => {
          const { entries } = await service.searchHistory({ limit });
          if (flags.has('json')) out.write(jsonForTerminal(entries) + '\n');
          else if (entries.length === 0) out.write('no searches recorded yet for this library\n');
          else for (const e of entries) out.write(`${e.at.slice(0, 16).replace('T', ' ')}\t${stripControls(e.query)}\n`);
          return 0;
        });
      }
      default:
        throw new CliError(`unknown saved command "${sub}"\n${USAGE}`, 2);
    }
  } catch (error) {
    if (error instanceof CliError || error instanceof UsageError || error instanceof DossierError) {
      process.stderr.write(`dossier saved: ${error.message}\n`);
      return error instanceof CliError ? error.exitCode : error instanceof UsageError ? 2 : 1;
    }
    throw error;
  }
}
