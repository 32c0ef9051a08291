/**
 * `dossier bench [--articles N] [--workers N] [--repeat N] [--baseline|--no-baseline] [--json]`:
 * measures indexing and search against a plain MiniSearch in the same run (see main/bench/).
 * The analysis throughput section comes from main/bench/analysis-bench.ts when it exists.
 */
import os from 'node:os';
import { runSearchBench } from '../bench/search-bench';
import { parseArgs, positiveInt } from './args';

export async function run(args: string[]): Promise<number> {
  const parsed = parseArgs(args, { flags: ['baseline', 'no-baseline', 'help'], values: ['articles', 'workers', 'repeat'] });
  if (parsed.flags.has('help')) {
    process.stdout.write('usage: dossier bench [--articles N (10000)] [--workers N (cores)] [--repeat N (10)] [--baseline | --no-baseline]\n');
    return 0;
  }
  const articles = positiveInt(parsed.values.get('articles'), 'articles', 10_000);
  const workers = positiveInt(parsed.values.get('workers'), 'workers', Math.min(4, os.availableParallelism()));
  const repeat = positiveInt(parsed.values.get('repeat'), 'repeat', 10);
  // The monolithic baseline takes minutes and ~2 GB at 100k (and cannot be saved): opt in above 20k.
  const baseline = parsed.flags.has('baseline') || (!parsed.flags.has('no-baseline') && articles <= 20_000);
  const log = (line: string) => process.stderr.write(line + '\n');

  const { report, allPass } = await runSearchBench({ articles, workers, baseline, repeat, log });
  process.stdout.write('\n' + report + '\n');

  try {
    const analysis = (await import('../bench/analysis-bench')) as { runAnalysisBench?: () => Promise<string> };
    if (typeof analysis.runAnalysisBench === 'function') process.stdout.write('\n' + (await analysis.runAnalysisBench()) + '\n');
  } catch (error) {
    const missing = error instanceof Error && /Cannot find module|Failed to load|ERR_MODULE_NOT_FOUND/.test(`${(error as NodeJS.ErrnoException).code ?? ''} ${error.message}`);
    if (!missing) throw error;
  }
  return allPass ? 0 : 1;
}
