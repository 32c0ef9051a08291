/** `dossier index DIR`: build or refresh a library's index and report what was found. */
import { parseArgs } from './args';
import { jsonForTerminal } from './terminal';
import { checkFolder, CliError, openForCli } from './open-library';

export async function run(args: string[]): Promise<number> {
  try {
    const { positionals, flags } = parseArgs(args, { flags: ['json', 'quiet', 'no-analysis'] });
    if (positionals.length !== 1) throw new CliError('usage: dossier index DIR [--json] [--quiet] [--no-analysis]', 2);
    const root = checkFolder(positionals[0], { mustBeLibrary: false });
    const started = performance.now();
    const service = await openForCli(root, flags.has('quiet'), { analyse: !flags.has('no-analysis') });
    try {
      const info = await service.libraryInfo({});
      const { problems } = await service.problems({});
      const status = await service.indexStatus({});
      const seconds = (performance.now() - started) / 1000;
      if (flags.has('json')) {
        process.stdout.write(jsonForTerminal({ articles: info.articleCount, problems, seconds, status }) + '\n');
      } else {
        if (status.message?.startsWith('indexing failed')) process.stderr.write(`${status.message}\n`);
        for (const p of problems) process.stdout.write(`problem: ${p.path}: ${p.message}\n`);
        process.stdout.write(
          `${info.articleCount} article${info.articleCount === 1 ? '' : 's'}, ${problems.length} problem${problems.length === 1 ? '' : 's'}, ${seconds.toFixed(1)} s\n`,
        );
      }
      return status.message?.startsWith('indexing failed') ? 1 : 0;
    } finally {
      await service.close();
    }
  } catch (error) {
    if (error instanceof CliError) {
      process.stderr.write(`dossier index: ${error.message}\n`);
      return error.exitCode;
    }
    throw error;
  }
}
