/**
 * Walks a library folder (or part of it) and lists the article files it holds, with their size and
 * modification time. Reads no file contents.
 *
 * Rules: hidden files and folders (name starts with "."), `node_modules` and `.dossier` are not
 * part of the library. Symbolic links are followed when they stay inside the library; a link leading
 * outside gives an 'outside-library' problem, a link leading back to one of its own parent folders
 * (or to itself) a 'symlink-loop' problem. A file reachable both directly and through a link is
 * listed once, under its real path.
 */
import { promises as fs, type Dirent, type Stats } from 'node:fs';
import path from 'node:path';
import { isSupportedFile } from '../formats';
import { errnoCode, problem, readErrorProblem } from './file-problems';
import type { Problem } from '../../shared/model';

export interface FileCandidate {
  /** Library-relative path, forward slashes. */
  rel: string;
  abs: string;
  size: number;
  mtimeMs: number;
}

export interface ScanResult {
  files: Map<string, FileCandidate>;
  problems: Map<string, Problem>;
}

/** Whether a library-relative path lies in a part of the folder that is not the library. */
export function isExcludedRel(rel: string): boolean {
  if (rel === '') return false;
  return rel.split('/').some((part) => part.startsWith('.') || part === 'node_modules');
}

export function toRel(root: string, abs: string): string {
  return path.relative(root, abs).split(path.sep).join('/');
}

function isInside(parent: string, child: string): boolean {
  return child === parent || child.startsWith(parent.endsWith(path.sep) ? parent : parent + path.sep);
}

const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

export interface ScanOptions {
  /** Called now and then with the number of files found so far. */
  onFound?: (count: number, current: string) => void;
}

/**
 * Scans `scopes` (library-relative paths of files or folders; '' is the whole library).
 * `root` must be the library's real path (no symlinks in it).
 */
export async function scanLibrary(root: string, scopes: string[], options: ScanOptions = {}): Promise<ScanResult> {
  const result: ScanResult = { files: new Map(), problems: new Map() };
  let sinceYield = 0;

  const addProblem = (p: Problem) => result.problems.set(p.path, p);

  const addFile = async (rel: string, abs: string, stat: Stats | undefined) => {
    if (!isSupportedFile(rel)) return;
    let s = stat;
    if (!s) {
      try {
        s = await fs.stat(abs);
      } catch (error) {
        addProblem(readErrorProblem(rel, error));
        return;
      }
    }
    if (!s.isFile()) {
      addProblem(readErrorProblem(rel, Object.assign(new Error('not a regular file'), { code: s.isDirectory() ? 'EISDIR' : 'ENOTREG' })));
      return;
    }
    result.files.set(rel, { rel, abs, size: s.size, mtimeMs: s.mtimeMs });
    if (++sinceYield % 256 === 0) {
      options.onFound?.(result.files.size, rel);
      await yieldToLoop();
    }
  };

  /**
   * Decides what a symbolic link at `rel` is: a file or folder to read through it, a duplicate of
   * something read at its real place, or a problem.
   */
  const followLink = async (rel: string, abs: string, parentReal: string): Promise<{ kind: 'file'; stat: Stats } | { kind: 'dir'; real: string } | null> => {
    let real: string;
    try {
      real = await fs.realpath(abs);
    } catch (error) {
      const code = errnoCode(error);
      if (code === 'ELOOP') {
        addProblem(problem(rel, 'symlink-loop', `"${rel}" is a symbolic link that leads back to itself (a loop); Dossier does not follow it.`));
      } else if (code === 'ENOENT') {
        if (isSupportedFile(rel)) {
          const target = await fs.readlink(abs).catch(() => '?');
          addProblem(problem(rel, 'unreadable', `"${rel}" is a symbolic link to "${target}", which does not exist.`));
        }
      } else {
        addProblem(readErrorProblem(rel, error));
      }
      return null;
    }
    let stat: Stats;
    try {
      stat = await fs.stat(real);
    } catch (error) {
      addProblem(readErrorProblem(rel, error));
      return null;
    }
    if (!isInside(root, real)) {
      if (stat.isDirectory() || isSupportedFile(rel)) {
        const what = stat.isDirectory() ? 'folder' : 'file';
        addProblem(problem(rel, 'outside-library', `"${rel}" is a link to the ${what} "${real}", outside the library folder; Dossier only reads files inside the library.`));
      }
      return null;
    }
    const realRel = toRel(root, real);
    if (stat.isDirectory()) {
      if (isInside(real, parentReal)) {
        addProblem(problem(rel, 'symlink-loop', `"${rel}" is a link to the folder "${realRel || '.'}" that contains it, which would loop forever; Dossier does not follow it.`));
        return null;
      }
      // The folder is read at its real place already, unless that place is hidden from the library.
      return isExcludedRel(realRel) ? { kind: 'dir', real } : null;
    }
    return isExcludedRel(realRel) ? { kind: 'file', stat } : null;
  };

  const walkDir = async (dirAbs: string, dirRel: string, dirReal: string, ancestors: Set<string>): Promise<void> => {
    let entries: Dirent[];
    try {
      entries = await fs.readdir(dirAbs, { withFileTypes: true });
    } catch (error) {
      if (errnoCode(error) === 'ENOENT') return; // removed while we walked
      addProblem(problem(dirRel || '.', 'unreadable', `Dossier could not list the folder "${dirRel || '.'}" (${errnoCode(error) ?? String(error)}); files in it are missing from the library.`));
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const files: Promise<void>[] = [];
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const rel = dirRel ? `${dirRel}/${entry.name}` : entry.name;
      const abs = path.join(dirAbs, entry.name);
      if (entry.isDirectory()) {
        await walkDir(abs, rel, path.join(dirReal, entry.name), ancestors);
      } else if (entry.isSymbolicLink()) {
        const target = await followLink(rel, abs, dirReal);
        if (target?.kind === 'file') await addFile(rel, abs, target.stat);
        else if (target?.kind === 'dir') {
          if (ancestors.has(target.real)) {
            addProblem(problem(rel, 'symlink-loop', `"${rel}" is a link that leads back into a folder already being read (a loop); Dossier does not follow it.`));
          } else {
            await walkDir(abs, rel, target.real, new Set([...ancestors, target.real]));
          }
        }
      } else if (entry.isFile()) {
        files.push(addFile(rel, abs, undefined));
        if (files.length >= 64) await Promise.all(files.splice(0));
      } else if (isSupportedFile(rel)) {
        addProblem(readErrorProblem(rel, Object.assign(new Error('not a regular file'), { code: 'ENOTREG' })));
      }
    }
    await Promise.all(files);
  };

  for (const scope of scopes) {
    if (isExcludedRel(scope)) continue;
    const abs = scope ? path.join(root, ...scope.split('/')) : root;
    if (scope === '') {
      await walkDir(root, '', root, new Set([root]));
      continue;
    }
    let lstat: Stats;
    try {
      lstat = await fs.lstat(abs);
    } catch (error) {
      if (errnoCode(error) !== 'ENOENT') addProblem(readErrorProblem(scope, error));
      continue;
    }
    // The real place of the scope's parent folder, for the loop check of links.
    const parentReal = await fs.realpath(path.dirname(abs)).catch(() => path.dirname(abs));
    if (!isInside(root, parentReal)) continue;
    if (lstat.isDirectory()) {
      await walkDir(abs, scope, path.join(parentReal, path.basename(abs)), new Set([root]));
    } else if (lstat.isSymbolicLink()) {
      const target = await followLink(scope, abs, parentReal);
      if (target?.kind === 'file') await addFile(scope, abs, target.stat);
      else if (target?.kind === 'dir') await walkDir(abs, scope, target.real, new Set([root, target.real]));
    } else if (lstat.isFile()) {
      await addFile(scope, abs, lstat);
    } else if (isSupportedFile(scope)) {
      addProblem(readErrorProblem(scope, Object.assign(new Error('not a regular file'), { code: 'ENOTREG' })));
    }
  }
  options.onFound?.(result.files.size, '');
  return result;
}
