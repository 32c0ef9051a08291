/**
 * Turns file-system errors and reader failures into the user-facing `Problem`s of the library:
 * one clear sentence naming the file.
 */
import type { Problem } from '../../shared/model';

export type ProblemCode = Problem['code'];

export function problem(path: string, code: ProblemCode, message: string, partial = false): Problem {
  return { path, code, message, partial, at: new Date().toISOString() };
}

export function errnoCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | null)?.code;
}

/** A file-system error while reading `rel` (which the scan had seen) as a problem. */
export function readErrorProblem(rel: string, error: unknown): Problem {
  const code = errnoCode(error);
  switch (code) {
    case 'ENOENT':
      return problem(rel, 'vanished', `"${rel}" disappeared while Dossier was reading the library (it was deleted or moved).`);
    case 'EACCES':
    case 'EPERM':
      return problem(rel, 'unreadable', `Dossier is not allowed to read "${rel}" (permission denied); check the file's permissions.`);
    case 'EISDIR':
      return problem(rel, 'unreadable', `"${rel}" is a folder, not a file, so it cannot be read as an article.`);
    case 'ELOOP':
      return problem(rel, 'symlink-loop', `"${rel}" is a symbolic link that leads back to itself (a loop); Dossier does not follow it.`);
    case 'ENOTREG':
      return problem(rel, 'unreadable', `"${rel}" is not a regular file (a device, pipe or socket), so Dossier does not read it.`);
    case 'EMFILE':
    case 'ENFILE':
      return problem(rel, 'unreadable', `Dossier could not open "${rel}": too many files are open; it will be read again on the next change.`);
    case 'EIO':
      return problem(rel, 'unreadable', `Dossier could not read "${rel}": the disk reported an input/output error.`);
    default:
      return problem(rel, 'unreadable', `Dossier could not read "${rel}" (${code ?? (error instanceof Error ? error.message : String(error))}).`);
  }
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}
