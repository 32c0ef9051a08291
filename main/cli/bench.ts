/**
 * `dossier bench [--articles N] [--pdf N] [--workers N] [--repeat N] [--baseline|--no-baseline] [--timeline]`
 * (or `--db URL` for a team library in PostgreSQL, see main/team/bench.ts):
 * measures indexing and search against a plain MiniSearch in the same run (with --pdf, N of the articles
 * are two-column PDFs), PDF reading in pages per second against the plain-text floor, the analysis throughput
 * against out-of-the-box compromise + chrono-node, the format readers against decoding the same bytes (the sample
 * article, and a paragraph of 20,000 short lines), and with --timeline the timeline view's frame
 * times in Chromium at 50 and 5,000 events (see main/bench/).
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { runAnalysisBench } from '../bench/analysis-bench';
import { runPdfBench } from '../bench/pdf-bench';
import { runSearchBench } from '../bench/search-bench';
import { runTimelineBench } from '../bench/timeline-bench';
import { benchFormats } from '../formats/bench';
import { parseArgs, positiveInt } from './args';

/** The sample library's article the format readers are timed on. */
const SAMPLE_ARTICLE = 'worldtribune/china-weighing-lethal-weaponry-for-russia.txt';

const USAGE =
  'usage: dossier bench [--articles N (10000)] [--pdf N (0: how many of the articles are PDFs)] [--pdf-documents N (20)] [--workers N (cores)] [--repeat N (10)] [--baseline | --no-baseline] [--timeline]\n' +
  '       dossier bench --db URL [--articles N (100000)] [--users N (20)] [--seconds N (30)] [--repeat N (5)]   a team library in PostgreSQL\n';

export async function run(args: string[]): Promise<number> {
  const parsed = parseArgs(args, { flags: ['baseline', 'no-baseline', 'timeline', 'help'], values: ['articles', 'workers', 'repeat', 'pdf', 'pdf-documents', 'db', 'users', 'seconds'] });
  if (parsed.flags.has('help')) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (parsed.values.has('db')) {
    const { runTeamBench } = await import('../team/bench');
    const report = await runTeamBench({
      url: parsed.values.get('db')!,
      articles: positiveInt(parsed.values.get('articles'), 'articles', 100_000),
      users: positiveInt(parsed.values.get('users'), 'users', 20),
      seconds: positiveInt(parsed.values.get('seconds'), 'seconds', 30),
      repeat: positiveInt(parsed.values.get('repeat'), 'repeat', 5),
      log: (line) => process.stderr.write(line + '\n'),
    });
    process.stdout.write('\n' + report + '\n');
    return /FAIL/.test(report) ? 1 : 0;
  }
  const articles = positiveInt(parsed.values.get('articles'), 'articles', 10_000);
  const workers = positiveInt(parsed.values.get('workers'), 'workers', Math.min(4, os.availableParallelism()));
  const repeat = positiveInt(parsed.values.get('repeat'), 'repeat', 10);
  const pdfs = parsed.values.has('pdf') ? positiveInt(parsed.values.get('pdf'), 'pdf', 0) : 0;
  const pdfDocuments = positiveInt(parsed.values.get('pdf-documents'), 'pdf-documents', 20);
  // The monolithic baseline takes minutes and ~2 GB at 100k (and cannot be saved): opt in above 20k.
  const baseline = parsed.flags.has('baseline') || (!parsed.flags.has('no-baseline') && articles <= 20_000);
  const log = (line: string) => process.stderr.write(line + '\n');

  const { report, allPass } = await runSearchBench({ articles, pdfs, workers, baseline, repeat, log });
  process.stdout.write('\n' + report + '\n');
  process.stdout.write('\n' + (await runPdfBench({ documents: pdfDocuments, log })) + '\n');
  process.stdout.write('\n' + (await runAnalysisBench()) + '\n');
  const formats: string[] = [];
  benchFormats(new Uint8Array(readFileSync(new URL(`../../resources/sample-library/${SAMPLE_ARTICLE}`, import.meta.url))), (line) => formats.push(line));
  process.stdout.write('\n' + formats.join('\n') + '\n');
  if (parsed.flags.has('timeline')) process.stdout.write('\n' + (await runTimelineBench({ log })) + '\n');
  return allPass ? 0 : 1;
}
