/**
 * `dossier entities list|show`: the library's people, organisations and places (from the
 * analysis, which runs first for articles not analysed yet; cached by content).
 */
import { DossierError } from '../../shared/contract';
import { EntityKindSchema, type EntityKind } from '../../shared/analysis';
import { parseArgs, positiveInt, UsageError } from './args';
import { checkFolder, CliError, openForCli } from './open-library';
import { jsonForTerminal, stripControls } from './terminal';

const USAGE = `usage:
  dossier entities list DIR [--kind person|organization|place] [--filter WORDS] [--limit N] [--json]
  dossier entities show DIR KIND NAME... [--limit N] [--json]     articles, quotes by and about it, timeline events`;

const KINDS: Record<string, EntityKind> = { person: 'person', people: 'person', org: 'organization', organization: 'organization', organisation: 'organization', place: 'place', places: 'place' };

function kindOf(value: string | undefined): EntityKind | undefined {
  if (value === undefined) return undefined;
  const kind = KINDS[value.toLowerCase()];
  if (!kind) throw new UsageError(`the kind must be one of ${EntityKindSchema.options.join(', ')}, not "${value}"`);
  return kind;
}

export async function run(args: string[]): Promise<number> {
  try {
    const [sub, ...rest] = args;
    if (!sub || sub === '--help' || sub === '-h') {
      process.stdout.write(USAGE + '\n');
      return sub ? 0 : 2;
    }
    const { positionals, flags, values } = parseArgs(rest, { flags: ['json', 'quiet'], values: ['kind', 'filter', 'limit'] });
    const [dir, ...more] = positionals;
    const limit = positiveInt(values.get('limit'), 'limit', sub === 'list' ? 50 : 20);
    if (sub !== 'list' && sub !== 'show') throw new CliError(`unknown entities command "${sub}"\n${USAGE}`, 2);
    const kind = kindOf(sub === 'list' ? values.get('kind') : more[0]);
    const name = more.slice(1).join(' ').trim();
    if (sub === 'show' && (!kind || !name)) throw new CliError(`${USAGE}\n(show needs KIND and NAME)`, 2);
    const service = await openForCli(checkFolder(dir, { mustBeLibrary: true }), flags.has('quiet') || flags.has('json'), { analyse: true });
    const out = process.stdout;
    try {
      if (sub === 'list') {
        const page = await service.listEntities({ kind, filter: values.get('filter') ?? '', limit });
        if (flags.has('json')) out.write(jsonForTerminal(page) + '\n');
        else {
          for (const e of page.entities) out.write(`${String(e.count).padStart(6)}  ${e.kind.padEnd(12)} ${stripControls(e.name)}\n`);
          if (page.total > page.entities.length) out.write(`… ${page.total - page.entities.length} more (--limit N)\n`);
          if (page.total === 0) out.write('no entities found\n');
        }
        return 0;
      }
      const page = await service.getEntity({ kind: kind!, name, limit });
      if (flags.has('json')) {
        out.write(jsonForTerminal(page) + '\n');
        return 0;
      }
      if (page.articleCount === 0) throw new CliError(`no ${kind} called "${name}" in this library (see \`dossier entities list DIR --filter ${JSON.stringify(name)}\`)`);
      out.write(`${stripControls(page.name)} (${page.kind}): ${page.articleCount} article${page.articleCount === 1 ? '' : 's'} — search: ${stripControls(page.query)}\n\n`);
      for (const a of page.articles) out.write(`  ${a.publishedAt?.value.slice(0, 10) ?? '          '}  ${stripControls(a.title)}\n`);
      const quotes = (label: string, list: typeof page.quotesBy) => {
        if (list.length === 0) return;
        out.write(`\n${label}:\n`);
        for (const q of list) out.write(`  “${stripControls(q.text)}”${q.speaker && label !== 'Quotes by' ? ` — ${stripControls(q.speaker)}` : ''} (${stripControls(q.articleTitle)})\n`);
      };
      quotes('Quotes by', page.quotesBy);
      quotes('Quotes about', page.quotesAbout);
      if (page.events.length) {
        out.write('\nTimeline events:\n');
        for (const e of page.events) out.write(`  ${e.date.start.slice(0, 10)}  ${stripControls(e.title)} (${stripControls(e.timelineName)}, ${e.role})\n`);
      }
      return 0;
    } finally {
      await service.close();
    }
  } catch (error) {
    if (error instanceof CliError || error instanceof UsageError || error instanceof DossierError) {
      process.stderr.write(`dossier entities: ${error.message}\n`);
      return error instanceof CliError ? error.exitCode : error instanceof UsageError ? 2 : 1;
    }
    throw error;
  }
}
