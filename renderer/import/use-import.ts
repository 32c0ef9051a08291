/** The import flow shared by the drop zone and the button: read, batch, send, report every problem. */
import { useCallback, useState } from 'react';
import { useApi } from '../app/api-context';
import { plural } from '../app/format';
import { useToasts } from '../app/toasts';
import { errorMessage } from '../client';
import { batchFiles, readAsImport, type FileToImport, type LocalProblem } from './read-files';

export interface ImportState {
  busy: boolean;
  done: number;
  total: number;
}

export function useImport() {
  const api = useApi();
  const { notify } = useToasts();
  const [state, setState] = useState<ImportState>({ busy: false, done: 0, total: 0 });

  const run = useCallback(
    async (files: { file: File; name: string }[], earlier: LocalProblem[] = []) => {
      const problems: string[] = earlier.map((p) => p.message);
      if (files.length === 0 && problems.length === 0) return;
      setState({ busy: true, done: 0, total: files.length });
      const read: FileToImport[] = [];
      for (const { file, name } of files) {
        try {
          read.push(await readAsImport(file, name));
        } catch (e) {
          problems.push(`${name} could not be read: ${errorMessage(e)}`);
        }
      }
      const { batches, problems: tooLarge } = batchFiles(read);
      problems.push(...tooLarge.map((p) => p.message));
      let imported = 0;
      let done = 0;
      const copies: string[] = [];
      for (const batch of batches) {
        try {
          const r = await api.importFiles({ files: batch });
          imported += r.imported.length;
          problems.push(...r.problems.map((p) => p.message));
          for (const d of r.duplicates ?? []) {
            copies.push(
              d.path === null
                ? `${d.name} is already in the library as ${d.of.path} (“${d.of.title}”): not imported again.`
                : `${d.name} is ${d.kind === 'exact' ? 'a copy' : 'a republished copy'} of “${d.of.title}” (${d.of.path}): it counts once as a source.`,
            );
          }
        } catch (e) {
          problems.push(`${plural(batch.length, 'file')} (${batch.map((f) => f.name).join(', ').slice(0, 200)}) could not be imported: ${errorMessage(e)}`);
        }
        done += batch.length;
        setState({ busy: true, done, total: files.length });
      }
      setState({ busy: false, done: 0, total: 0 });
      if (imported > 0) notify({ message: `Imported ${plural(imported, 'file')} into the library's imported/ folder. They appear in search once indexed.` });
      if (copies.length > 0) notify({ message: copies.length === 1 ? copies[0]! : `${plural(copies.length, 'file')} of this import ${copies.length === 1 ? 'is' : 'are'} already in the library:`, details: copies.length > 1 ? copies : undefined, timeout: 15_000 });
      if (problems.length > 0) {
        notify({ kind: 'error', message: `${plural(problems.length, 'file')} could not be imported:`, details: problems });
      }
    },
    [api, notify],
  );

  return { state, run };
}
