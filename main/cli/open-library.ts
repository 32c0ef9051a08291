/** Opening a library folder for a CLI command, with the errors a user should see. */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { createDossierService, type DossierService } from '../api';
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
  if (mustBeLibrary && !existsSync(path.join(root, '.dossier'))) {
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
