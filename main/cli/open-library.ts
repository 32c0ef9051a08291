/** Opening a library folder for a CLI command, with the errors a user should see. */
import { existsSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { createDossierService, type DossierService } from '../api';
import { DATA_DIR_NAME, defaultUserDataDir, resolveDataLocation, userLibraryDataDir } from '../library/data-dir';
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

/** Opens the library without watching, shows progress on a terminal, and waits for the index. */
export async function openForCli(root: string, quiet = false, { analyse = false } = {}): Promise<DossierService> {
  const bar = progressReporter();
  const service = await createDossierService({
    root,
    watch: false,
    revealRoot: true,
    analyseInBackground: analyse,
    onProgress: (p) => !quiet && bar.update(p),
    log: (line) => {
      if (!quiet) {
        bar.done();
        process.stderr.write(`${line}\n`);
      }
    },
  });
  await service.ready();
  await service.analysed();
  bar.done();
  return service;
}

/** The data folder of a library (its `.dossier`, or the stand-in of a library that cannot be written). */
export async function dataDirOf(root: string): Promise<string> {
  return (await resolveDataLocation(realpathSync(root), { log: () => {} })).dir;
}
