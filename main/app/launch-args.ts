/** Command-line options the desktop app understands (passed by `dossier start DIR`). */
import path from 'node:path';

export function libraryFromArgs(argv: readonly string[], cwd: string): string | undefined {
  for (const arg of argv) {
    if (arg.startsWith('--library=')) {
      const value = arg.slice('--library='.length);
      if (value) return path.resolve(cwd, value);
    }
  }
  return undefined;
}
