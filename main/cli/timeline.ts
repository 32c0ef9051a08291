/**
 * `dossier timeline list|build|export`: timelines from the command line.
 *   dossier timeline list DIR
 *   dossier timeline build DIR NAME --from QUERY [--accept]
 *       find the events the query's articles give (reports of one happening merged, copies counted once) and put
 *       them in the timeline's review queue; with --accept, add them all at once
 *   dossier timeline build DIR NAME --saved SEARCH [--accept]   the same from a saved search (by name or id)
 *   dossier timeline export DIR NAME --format timelinejs|csv|md|html [-o FILE]
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { DossierError } from '../../shared/contract';
import { ExportFormatSchema, formatPublishedAt, outletCount, type ReviewItem, type Timeline, type TimelineEvent } from '../../shared/timeline';
import { timelineDepsFromApi } from '../timelines/deps';
import { createTimelineService, type TimelineService } from '../timelines/service';
import { formatEventDate } from '../timelines/dates';
import { parseArgs, UsageError } from './args';
import { checkFolder, CliError, dataDirOf, openForCli } from './open-library';
import type { DossierService } from '../api';

const USAGE = `usage:
  dossier timeline list DIR
  dossier timeline build DIR NAME --from QUERY [--accept] [--quiet]
  dossier timeline build DIR NAME --saved SAVED-SEARCH [--accept] [--quiet]
      candidates go to the timeline's review queue (Timelines → Find events); --accept adds them all
  dossier timeline export DIR NAME --format timelinejs|csv|md|html [-o FILE]`;

/** A timeline service that only reads/writes timeline files (for commands that need no articles). */
async function filesOnly(root: string): Promise<TimelineService> {
  const unavailable = () => Promise.reject(new Error('articles are not loaded for this command'));
  return createTimelineService({ dataDir: await dataDirOf(root), article: async () => undefined, analysis: unavailable, searchIds: unavailable });
}

async function list(root: string): Promise<number> {
  const service = await filesOnly(root);
  const { timelines } = await service.listTimelines({});
  const { problems } = await service.store.list();
  if (timelines.length === 0) process.stdout.write('no timelines yet — build one with `dossier timeline build DIR NAME --from QUERY`\n');
  for (const t of timelines) {
    const span = t.start ? `${t.start.slice(0, 10)} – ${t.end!.slice(0, 10)}` : 'empty';
    process.stdout.write(`${t.id}\t${t.name}\t${t.eventCount} event${t.eventCount === 1 ? '' : 's'}\t${span}\n`);
  }
  for (const p of problems) process.stderr.write(`dossier timeline: ${p}\n`);
  return 0;
}

async function withService<T>(root: string, quiet: boolean, work: (timelines: TimelineService, api: DossierService) => Promise<T>): Promise<T> {
  const api = await openForCli(root, quiet);
  try {
    return await work(createTimelineService(timelineDepsFromApi(api, await dataDirOf(root))), api);
  } finally {
    await api.close();
  }
}

/** "Harbour Gazette, Continental Ledger (+1 copy)": who reports an event, each outlet once. */
function reporters(sources: TimelineEvent['sources']): string {
  const outlets = [...new Set(sources.map((s) => s.publisher ?? s.articleTitle))];
  const copies = sources.reduce((n, s) => n + s.copies.length, 0);
  return `${outlets.join(', ')}${copies ? ` (+${copies} ${copies === 1 ? 'copy' : 'copies'} counted once)` : ''}`;
}

function line(date: string, title: string, sources: TimelineEvent['sources']): string {
  const first = sources[0];
  const reported = first ? ` — ${reporters(sources)}${first.publishedAt ? `; first ${formatPublishedAt(first.publishedAt)}` : ''}` : '';
  const count = outletCount({ sources });
  return `  ${date.padEnd(28)} ${title}${reported}${count > 1 ? ` [${count} outlets]` : ''}\n`;
}

async function build(root: string, name: string, from: { query: string } | { saved: string }, accept: boolean, quiet: boolean): Promise<number> {
  return withService(root, quiet, async (timelines, api) => {
    let query: string;
    if ('saved' in from) {
      const { searches } = await api.listSavedSearches({ counts: false });
      const lower = from.saved.trim().toLowerCase();
      const saved = searches.find((s) => s.id === from.saved) ?? searches.find((s) => s.name.toLowerCase() === lower);
      if (!saved) throw new CliError(`no saved search called "${from.saved}" (see \`dossier saved list ${root}\`)`);
      query = saved.query;
    } else query = from.query;
    const existing = await timelines.resolve(name);
    const timeline: Timeline = existing ?? (await timelines.createTimeline({ name }));
    const queue = await timelines.candidatesForQuery({ query, timelineId: timeline.id, limit: 10_000 });
    const fresh = queue.items.filter((i) => i.status === 'new');
    const out = process.stdout;
    out.write(`${existing ? 'Updating' : 'Created'} timeline "${timeline.name}" (${timeline.id})\n`);
    const copies = queue.copies?.length ?? 0;
    out.write(
      `${queue.articleCount} article${queue.articleCount === 1 ? '' : 's'} found for ${JSON.stringify(query)}${copies ? ` (and ${copies} ${copies === 1 ? 'copy' : 'copies'} of them, counted once)` : ''}; ` +
        `${queue.items.length} candidate event${queue.items.length === 1 ? '' : 's'} after merging reports of the same happening, ${fresh.length} new\n`,
    );
    for (const s of queue.skipped) process.stderr.write(`  skipped ${s.articleId}: ${s.reason}\n`);
    if (fresh.length === 0) {
      out.write('nothing to add\n');
      if (timeline.pending.some((p) => p.query === query)) await timelines.setPendingReview({ timelineId: timeline.id, query, done: true });
      return 0;
    }
    if (!accept) {
      await timelines.setPendingReview({ timelineId: timeline.id, query, candidates: fresh.length });
      out.write(`\n${fresh.length} candidate${fresh.length === 1 ? '' : 's'} wait in the review queue of "${timeline.name}":\n`);
      for (const item of fresh) out.write(line(formatEvent(item), item.draft.title, item.draft.sources));
      out.write(`\nReview them in Dossier (Timelines → "${timeline.name}" → Find events), or run again with --accept to add them all.\n`);
      return 0;
    }
    const res = await timelines.addEvents({ timelineId: timeline.id, events: fresh.map((i) => i.draft), keys: fresh.flatMap((i) => i.keys), mergeDuplicates: true });
    if (timeline.pending.some((p) => p.query === query)) await timelines.setPendingReview({ timelineId: timeline.id, query, done: true });
    out.write(`added ${res.added.length} event${res.added.length === 1 ? '' : 's'}, merged ${res.mergedInto.length} into existing ones; the timeline has ${res.timeline.events.length}\n\n`);
    for (const e of res.timeline.events) out.write(line(formatEventDate(e.date), e.title, e.sources));
    return 0;
  });
}

const formatEvent = (item: ReviewItem) => formatEventDate(item.draft.date);

async function exportCommand(root: string, name: string, formatName: string | undefined, outFile: string | undefined, quiet: boolean): Promise<number> {
  const format = ExportFormatSchema.safeParse(formatName ?? '');
  if (!format.success) throw new UsageError(`--format must be one of ${ExportFormatSchema.options.join(', ')}`);
  return withService(root, quiet || !outFile, async (timelines) => {
    const timeline = await timelines.resolve(name);
    if (!timeline) throw new CliError(`no timeline called "${name}" in ${root} (see \`dossier timeline list ${root}\`)`);
    const result = await timelines.exportTimeline({ id: timeline.id, format: format.data });
    if (outFile) {
      await fs.writeFile(outFile, result.content);
      process.stderr.write(`wrote ${path.resolve(outFile)} (${timeline.events.length} events)\n`);
    } else process.stdout.write(result.content);
    return 0;
  });
}

export async function run(args: string[]): Promise<number> {
  try {
    const [sub, ...rest] = args;
    if (!sub || sub === '--help' || sub === '-h') {
      process.stdout.write(USAGE + '\n');
      return sub ? 0 : 2;
    }
    const { positionals, flags, values } = parseArgs(rest, { flags: ['quiet', 'accept'], values: ['from', 'saved', 'format', 'o', 'output'] });
    const [dir, ...nameWords] = positionals;
    const name = nameWords.join(' ').trim();
    switch (sub) {
      case 'list':
        return await list(checkFolder(dir, { mustBeLibrary: false }));
      case 'build': {
        const query = values.get('from');
        const saved = values.get('saved');
        if (!name || (!query && !saved) || (query && saved)) throw new CliError(`${USAGE}\n(build needs NAME and either --from QUERY or --saved SAVED-SEARCH)`, 2);
        return await build(checkFolder(dir, { mustBeLibrary: false }), name, saved ? { saved } : { query: query! }, flags.has('accept'), flags.has('quiet'));
      }
      case 'export':
        if (!name) throw new CliError(`${USAGE}\n(export needs NAME)`, 2);
        return await exportCommand(checkFolder(dir, { mustBeLibrary: true }), name, values.get('format'), values.get('o') ?? values.get('output'), flags.has('quiet'));
      default:
        throw new CliError(`unknown timeline command "${sub}"\n${USAGE}`, 2);
    }
  } catch (error) {
    if (error instanceof CliError || error instanceof UsageError || error instanceof DossierError) {
      process.stderr.write(`dossier timeline: ${error.message}\n`);
      return error instanceof CliError ? error.exitCode : error instanceof UsageError ? 2 : 1;
    }
    throw error;
  }
}
