/**
 * `dossier meta show|set`: an article's metadata as extracted and as corrected, and corrections,
 * through the same contract operations as the app and the web door (getArticleMetadata,
 * setArticleMetadata). Corrections live in `.dossier/metadata.json`; the article file is never touched.
 */
import { CorrectedPrecisionSchema, type ArticleMetadata, type CorrectedPrecision, type MetadataField, type MetadataPatch, type MetadataValues } from '../../shared/metadata';
import { parseArgs, UsageError } from './args';
import { resolveArticle } from './article-arg';
import { checkFolder, CliError, openForCli, runSubcommand } from './open-library';
import { jsonForTerminal } from './terminal';

const USAGE = `usage:
  dossier meta show DIR ARTICLE [--json]
  dossier meta set DIR ARTICLE [--title T] [--authors "A; B"] [--publisher P] [--date 2023-02-23 [--precision day|month|year|datetime]]
                               [--url URL] [--clear FIELDS] [--none FIELDS] [--json]
ARTICLE is an article's id or its path in the library. FIELDS: title, authors, publisher, date, url, comma separated.
--clear drops corrections (back to what was extracted); --none says the article has none (publisher, date, url).`;

/** The CLI's names for the fields (`date` is publishedAt). */
const FIELD_NAMES: Record<string, MetadataField> = { title: 'title', authors: 'authors', author: 'authors', publisher: 'publisher', date: 'publishedAt', url: 'url' };
const LABELS: Record<MetadataField, string> = { title: 'title', authors: 'authors', publisher: 'publisher', publishedAt: 'date', url: 'url' };

function fields(list: string | undefined): MetadataField[] {
  if (!list) return [];
  return list.split(',').map((raw) => {
    const field = FIELD_NAMES[raw.trim().toLowerCase()];
    if (!field) throw new UsageError(`unknown field "${raw.trim()}" (fields: title, authors, publisher, date, url)`);
    return field;
  });
}

function shown(field: MetadataField, values: Partial<MetadataValues>): string {
  const value = values[field];
  if (value === null || value === undefined || (Array.isArray(value) && value.length === 0)) return '—';
  if (field === 'authors') return (value as string[]).join('; ');
  if (field === 'publishedAt') {
    const date = value as NonNullable<MetadataValues['publishedAt']>;
    return `${date.value} (${date.precision})`;
  }
  return String(value);
}

export function formatMetadata(m: ArticleMetadata, path: string): string {
  const lines = [`${m.effective.title} — ${path} (id ${m.id})`];
  for (const field of Object.keys(LABELS) as MetadataField[]) {
    const corrected = field in m.corrected;
    lines.push(`  ${LABELS[field].padEnd(10)} ${shown(field, m.effective)}${corrected ? `    [corrected; extracted: ${shown(field, m.extracted)}]` : ''}`);
  }
  if (m.updatedAt) lines.push(`  corrected on ${m.updatedAt}`);
  return lines.join('\n') + '\n';
}

export function run(args: string[]): Promise<number> {
  return runSubcommand('meta', USAGE, args, async (sub, rest) => {
    if (sub !== 'show' && sub !== 'set') throw new CliError(`unknown meta command "${sub}"\n${USAGE}`, 2);
    const { positionals, flags, values } = parseArgs(rest, {
      flags: ['json', 'quiet'],
      values: ['title', 'authors', 'publisher', 'date', 'precision', 'url', 'clear', 'none'],
    });
    if (positionals.length !== 2) throw new CliError(USAGE, 2);
    const root = checkFolder(positionals[0], { mustBeLibrary: false });
    const patch: MetadataPatch = {};
    const clear = fields(values.get('clear'));
    if (sub === 'set') {
      if (values.has('title')) patch.title = values.get('title');
      if (values.has('authors')) patch.authors = values.get('authors')!.split(';').map((a) => a.trim()).filter(Boolean);
      if (values.has('publisher')) patch.publisher = values.get('publisher');
      if (values.has('url')) patch.url = values.get('url');
      if (values.has('date')) {
        const precision = values.get('precision');
        if (precision !== undefined && !CorrectedPrecisionSchema.safeParse(precision).success) throw new UsageError(`--precision must be one of ${CorrectedPrecisionSchema.options.join(', ')}`);
        patch.publishedAt = { value: values.get('date')!, precision: precision as CorrectedPrecision | undefined };
      } else if (values.has('precision')) throw new UsageError('--precision goes with --date');
      for (const field of fields(values.get('none'))) {
        if (field === 'title' || field === 'authors') throw new UsageError(`--none ${LABELS[field]}: an article always has a ${LABELS[field]}${field === 'authors' ? ' list (give --authors "")' : ''}`);
        patch[field] = null;
      }
      if (Object.keys(patch).length === 0 && clear.length === 0) throw new CliError(`nothing to set\n${USAGE}`, 2);
    } else if (values.size > 0) throw new UsageError('meta show takes only --json');
    const service = await openForCli(root, flags.has('json') || flags.has('quiet'));
    try {
      const id = await resolveArticle(service, positionals[1]!);
      const path = (await service.getArticle({ id })).path;
      const metadata = sub === 'set' ? (await service.setArticleMetadata({ id, set: patch, clear })).metadata : await service.getArticleMetadata({ id });
      process.stdout.write(flags.has('json') ? jsonForTerminal(metadata) + '\n' : formatMetadata(metadata, path));
      return 0;
    } finally {
      await service.close();
    }
  });
}
