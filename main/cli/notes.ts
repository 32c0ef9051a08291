/**
 * `dossier notes list DIR`: every article's notes and highlights (the listNotes operation the app's
 * Notes view uses), as text or JSON. The notes themselves are Markdown files in `.dossier/notes/`.
 */
import type { NotesListItem } from '../../shared/notes';
import { parseArgs } from './args';
import { checkFolder, CliError, openForCli, runSubcommand } from './open-library';
import { jsonForTerminal } from './terminal';

const USAGE = 'usage: dossier notes list DIR [--json]';

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();
const indent = (s: string, by: string) => s.trim().split('\n').map((line) => by + line).join('\n');

export function formatNotes(items: NotesListItem[]): string {
  if (items.length === 0) return 'no notes or highlights yet\n';
  const blocks = items.map((n) => {
    const head = n.article ? `${n.article.title} — ${n.article.path}` : `(article no longer in the library)`;
    const lines = [`${head} (id ${n.articleId}; ${n.file})`];
    if (n.note) lines.push(indent(n.note, '  '));
    for (const h of n.highlights) {
      const status = h.status === 'ok' ? '' : h.status === 'moved' ? ' (found again after the article changed)' : ' (passage not found in the article any more)';
      lines.push(`  [${h.color}] “${oneLine(h.passage.quote)}”${status}`);
      if (h.note) lines.push(indent(h.note, '      '));
    }
    return lines.join('\n');
  });
  return blocks.join('\n\n') + '\n';
}

export function run(args: string[]): Promise<number> {
  return runSubcommand('notes', USAGE, args, async (sub, rest) => {
    if (sub !== 'list') throw new CliError(`unknown notes command "${sub}"\n${USAGE}`, 2);
    const { positionals, flags } = parseArgs(rest, { flags: ['json', 'quiet'] });
    if (positionals.length !== 1) throw new CliError(USAGE, 2);
    const service = await openForCli(checkFolder(positionals[0], { mustBeLibrary: false }), flags.has('json') || flags.has('quiet'));
    try {
      const items: NotesListItem[] = [];
      let problems: string[] = [];
      for (let offset = 0; ; offset += 1000) {
        const page = await service.listNotes({ offset, limit: 1000 });
        items.push(...page.items);
        problems = page.problems;
        if (items.length >= page.total || page.items.length === 0) break;
      }
      for (const p of problems) process.stderr.write(`dossier notes: ${p}\n`);
      process.stdout.write(flags.has('json') ? jsonForTerminal({ items, problems }) + '\n' : formatNotes(items));
      return 0;
    } finally {
      await service.close();
    }
  });
}
