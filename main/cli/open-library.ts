/** Opening a library folder for a CLI command, with the errors a user should see. */
import { existsSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { DossierError } from '../../shared/contract';
import { createDossierService, type DossierService } from '../api';
import { DATA_DIR_NAME, defaultUserDataDir, resolveDataLocation, userLibraryDataDir } from '../library/data-dir';
import { UsageError } from './args';
import { progressReporter } from './progress';

export class CliError extends Error {
  constructor(
    message: string,
    public readonly exitCode = 1,
  ) {
    super(message);
  }
}

export function checkFolder(dir: string | undefined, { mustBeLibrary }: { mustBeLibrary: boolean }): string {
  if (!dir) throw new CliError('missing library folder (DIR)', 2);
  const root = path.resolve(dir);
  if (!existsSync(root)) throw new CliError(`no such folder: ${root}`);
  if (!statSync(root).isDirectory()) throw new CliError(`not a folder: ${root}`);
  // A library that cannot be written has its data in the user data folder instead.
  if (mustBeLibrary && !existsSync(path.join(root, DATA_DIR_NAME)) && !existsSync(userLibraryDataDir(defaultUserDataDir(), realpathSync(root)))) {
    throw new CliError(`not a Dossier library (no .dossier folder): ${root}\nrun \`dossier index ${dir}\` first`);
  }
  return root;
}

/**
 * Opens the library without watching, shows progress on a terminal, and waits for the index.
 * `analyse`: also analyse every article not analysed yet (people, organisations and places into
 * the index), or decide once the library is open (e.g. when a saved query needs them).
 */
export async function openForCli(
  root: string,
  quiet = false,
  { analyse = false }: { analyse?: boolean | ((service: DossierService) => Promise<boolean>) } = {},
): Promise<DossierService> {
  const bar = progressReporter();
  const service = await createDossierService({
    root,
    watch: false,
    revealRoot: true,
    analyseInBackground: analyse === true,
    onProgress: (p) => !quiet && bar.update(p),
    log: (line) => {
      if (!quiet) {
        bar.done();
        process.stderr.write(`${line}\n`);
      }
    },
  });
  try {
    await service.ready();
    if (typeof analyse === 'function' && (await analyse(service))) await service.analyse();
    await service.analysed();
  } catch (error) {
    await service.close();
    throw error;
  } finally {
    bar.done();
  }
  return service;
}

/** The data folder of a library (its `.dossier`, or the stand-in of a library that cannot be written). */
export async function dataDirOf(root: string): Promise<string> {
  return (await resolveDataLocation(realpathSync(root), { log: () => {} })).dir;
}

/**
 * Runs a command with subcommands (`dossier <command> <sub> ...`): `--help` or nothing prints the
 * usage; the errors a user should see are printed as `dossier <command>: <message>` with their exit
 * code (2 for usage mistakes), anything else is thrown for main() to report.
 */
export async function runSubcommand(command: string, usage: string, args: string[], run: (sub: string, rest: string[]) => Promise<number>): Promise<number> {
  try {
    const [sub, ...rest] = args;
    if (!sub || sub === '--help' || sub === '-h') {
      process.stdout.write(usage + '\n');
      return sub ? 0 : 2;
    }
    return await run(sub, rest);
  } catch (error) {
    if (error instanceof CliError || error instanceof UsageError || error instanceof DossierError) {
      process.stderr.write(`dossier ${command}: ${error.message}\n`);
      return error instanceof CliError ? error.exitCode : error instanceof UsageError ? 2 : 1;
    }
    throw error;
  }
}
