/** `dossier search DIR QUERY`: ranked results with snippets, or JSON. */
import { DossierError, type DossierApi, type SearchResponse } from '../../shared/contract';
import { parseArgs, positiveInt, UsageError } from './args';
import { checkFolder, CliError, openForCli } from './open-library';
import { usesEntities } from './query-needs';
import { jsonForTerminal, stripControls, writeTrusted } from './terminal';

const SORTS = ['relevance', 'date-desc', 'date-asc'] as const;

/** The snippet with its hits marked; the snippet's own text is stripped of control characters. */
function highlight(text: string, ranges: [number, number][], tty: boolean): string {
  const [open, close] = tty ? ['\x1b[1;33m', '\x1b[0m'] : ['[', ']'];
  const plain = (part: string) => stripControls(part).replace(/\s+/g, ' ');
  let out = '';
  let at = 0;
  for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0])) {
    if (start < at) continue;
    out += plain(text.slice(at, start)) + open + plain(text.slice(start, end)) + close;
    at = end;
  }
  return out + plain(text.slice(at));
}

export function formatResults(query: string, response: SearchResponse, tty: boolean): string {
  const lines: string[] = [];
  lines.push(`${response.total} result${response.total === 1 ? '' : 's'} for ${jsonForTerminal(query)} (${response.tookMs.toFixed(1)} ms)`);
  response.hits.forEach((hit, i) => {
    const a = hit.article;
    const meta = [a.publishedAt?.value.slice(0, 10), a.publisher, a.path].filter(Boolean).join(' · ');
    lines.push('', `${i + 1}. ${stripControls(a.title)}`, `   ${stripControls(meta)}`);
    if (hit.snippet.text) lines.push(`   ${highlight(hit.snippet.text, hit.snippet.highlights, tty)}`);
  });
  return lines.join('\n') + '\n';
}

/** A team library's contract for the command line (attributed to no one; it only reads here). */
async function openTeamForCli(url: string): Promise<{ search: DossierApi['search']; close(): Promise<void> }> {
  const { openTeamLibrary } = await import('../team/service');
  const { describeDbError } = await import('../team/db');
  const library = await openTeamLibrary(url, { listen: false, poolSize: 3 }).catch((error: unknown) => {
    throw new CliError(error instanceof DossierError ? error.message : describeDbError(error, url));
  });
  const service = library.serviceFor(null);
  return { search: (req) => service.search(req), close: () => library.close() };
}

export async function run(args: string[]): Promise<number> {
  try {
    const { positionals, flags, values } = parseArgs(args, { flags: ['json'], values: ['limit', 'sort', 'offset', 'db'] });
    const team = values.get('db');
    if (positionals.length < (team ? 1 : 2)) throw new CliError('usage: dossier search DIR QUERY [--json] [--limit N] [--sort relevance|date-desc|date-asc]\n       dossier search --db URL QUERY [...]', 2);
    const [dir, ...words] = team ? [undefined, ...positionals] : positionals;
    const query = words.join(' ');
    const limit = positiveInt(values.get('limit'), 'limit', 10);
    const sort = values.get('sort') ?? 'relevance';
    if (!(SORTS as readonly string[]).includes(sort)) throw new UsageError(`--sort must be one of ${SORTS.join(', ')}`);
    const service = team ? await openTeamForCli(team) : await openForCli(checkFolder(dir, { mustBeLibrary: true }), flags.has('json'), { analyse: usesEntities(query) });
    try {
      const response = await service.search({ query, limit, sort: sort as (typeof SORTS)[number], offset: Number(values.get('offset') ?? 0) });
      if (response.error) {
        process.stderr.write(`dossier search: ${response.error.message}\n  ${query}\n  ${' '.repeat(response.error.position)}^\n`);
        return 2;
      }
      // The text form is built from stripped parts plus our own highlight sequences.
      if (flags.has('json')) process.stdout.write(jsonForTerminal(response) + '\n');
      else writeTrusted(process.stdout, formatResults(query, response, process.stdout.isTTY === true));
      return 0;
    } finally {
      await service.close();
    }
  } catch (error) {
    if (error instanceof CliError || error instanceof UsageError) {
      process.stderr.write(`dossier search: ${error.message}\n`);
      return error instanceof CliError ? error.exitCode : 2;
    }
    throw error;
  }
}
