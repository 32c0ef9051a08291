/**
 * Import: copy files the user dropped or chose into the library's `imported/` folder.
 * Never overwrites: a name already taken gets a numbered suffix. Names are reduced to a
 * plain file name, and `imported/` must really be a folder of the library (not a link leading out
 * of it, nor into a part Dossier does not read), so nothing is ever written outside the library.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Problem } from '../../shared/model';
import { isSupportedFile, readArticle, SUPPORTED_EXTENSIONS } from '../formats/index';
import { isExcludedRel, toRel } from '../library/scan';
import { sha256 } from '../library/atomic-write';
import { signatureOf, type Signature } from '../library/duplicates';
import type { Library } from '../library/types';

export const IMPORT_FOLDER = 'imported';
const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export interface ImportResult {
  imported: { name: string; path: string }[];
  problems: Problem[];
}

/** File systems allow 255 bytes per name; leave room for a " (12)" suffix. */
const MAX_NAME_BYTES = 240;

/** Reduce a client-supplied name to a safe file name, or undefined if nothing usable is left. */
export function safeFileName(name: string): string | undefined {
  const base = name.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const cleaned = base.replace(/[\u0000-\u001f<>:"|?*]/g, '_').replace(/^\.+/, '').trim();
  if (!cleaned || cleaned === '.' || cleaned === '..') return undefined;
  const ext = path.extname(cleaned);
  if (Buffer.byteLength(cleaned) <= MAX_NAME_BYTES) return cleaned;
  // Shorten the stem, never the extension, and never in the middle of a character.
  let stem = cleaned.slice(0, cleaned.length - ext.length);
  while (stem && Buffer.byteLength(stem + ext) > MAX_NAME_BYTES) stem = [...stem].slice(0, -1).join('');
  return stem ? stem + ext : undefined;
}

async function createExclusive(dir: string, name: string, bytes: Buffer): Promise<string> {
  const ext = path.extname(name);
  const stem = name.slice(0, name.length - ext.length);
  for (let n = 1; n < 10_000; n++) {
    const candidate = n === 1 ? name : `${stem} (${n})${ext}`;
    try {
      await fs.writeFile(path.join(dir, candidate), bytes, { flag: 'wx' });
      return candidate;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  throw new Error(`too many files named ${name}`);
}

/**
 * Why `dir` (the import folder) is not a place to write the library's files, or null when it is:
 * its real place must be inside the library, in a part the library reads.
 */
async function notInLibrary(root: string, dir: string): Promise<string | null> {
  const realRoot = await fs.realpath(root);
  const real = await fs.realpath(dir);
  const rel = toRel(realRoot, real);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return `is a link to "${real}", outside the library`;
  if (rel !== IMPORT_FOLDER && isExcludedRel(rel)) return `is a link to "${rel}", a part of the library Dossier does not read`;
  return null;
}

export async function importIntoLibrary(library: Library, files: { name: string; base64: string }[]): Promise<ImportResult> {
  const result: ImportResult = { imported: [], problems: [] };
  const dir = path.join(library.root, IMPORT_FOLDER);
  const problem = (name: string, code: Problem['code'], message: string) =>
    result.problems.push({ path: name, code, message, partial: false, at: new Date().toISOString() });
  let misplaced: string | null;
  try {
    await fs.mkdir(dir, { recursive: true });
    misplaced = await notInLibrary(library.root, dir);
  } catch (error) {
    // e.g. a link to a folder that does not exist, or a file named "imported"
    misplaced = `cannot be used (${(error as NodeJS.ErrnoException).code ?? String(error)})`;
  }
  if (misplaced) {
    const message = `The folder "${IMPORT_FOLDER}" of the library ${misplaced}; Dossier never writes outside the library, so nothing was imported. Make "${IMPORT_FOLDER}" a plain folder (or remove the link) and import again.`;
    for (const file of files) problem(safeFileName(file.name) ?? file.name, 'outside-library', message);
    return result;
  }
  for (const file of files) {
    const name = safeFileName(file.name);
    if (!name) {
      problem(file.name, 'unsupported', `"${file.name}" is not a usable file name; it was not imported.`);
      continue;
    }
    if (!isSupportedFile(name)) {
      problem(name, 'unsupported', `${name}: only ${SUPPORTED_EXTENSIONS.join(', ')} files can be imported.`);
      continue;
    }
    const bytes = Buffer.from(file.base64, 'base64');
    if (bytes.length > MAX_IMPORT_BYTES) {
      problem(name, 'too-large', `${name} is ${(bytes.length / 1048576).toFixed(1)} MB; the import limit is 50 MB.`);
      continue;
    }
    try {
      const written = await createExclusive(dir, name, bytes);
      result.imported.push({ name: file.name, path: `${IMPORT_FOLDER}/${written}` });
    } catch (error) {
      // One file that cannot be written (disk full, a name the file system refuses) spoils no other.
      problem(name, 'unreadable', `${name} could not be written to the library: ${(error as Error).message}`);
    }
  }
  return result;
}

/**
 * Files of an import whose text is already in the library: the same bytes, or the same text once read
 * (another encoding, line endings or format). Returns file index -> the article it copies, or `#<index>` of
 * an earlier file of the same import.
 */
export async function findImportCopies(
  files: { name: string; base64: string }[],
  articles: { id: string; contentHash: string }[],
  signatureOfHash: (contentHash: string) => Signature | undefined,
): Promise<Map<number, string>> {
  const byHash = new Map(articles.map((a) => [a.contentHash, a.id]));
  const byText = new Map<string, string>();
  for (const a of articles) {
    const sig = signatureOfHash(a.contentHash);
    if (sig && !byText.has(sig.text)) byText.set(sig.text, a.id);
  }
  const found = new Map<number, string>();
  // A file repeated within the import counts as a copy of its first occurrence (marked by its index).
  const inBatch = new Map<string, number>();
  for (const [i, file] of files.entries()) {
    const name = safeFileName(file.name);
    if (!name || !isSupportedFile(name)) continue;
    const bytes = Buffer.from(file.base64, 'base64');
    if (bytes.length === 0 || bytes.length > MAX_IMPORT_BYTES) continue;
    const hash = sha256(bytes);
    const same = byHash.get(hash);
    if (same) {
      found.set(i, same);
      continue;
    }
    try {
      const text = (await readArticle(bytes, name)).text;
      const textHash = text.trim() ? signatureOf(text).text : undefined;
      const copy = textHash ? byText.get(textHash) : undefined;
      if (copy) {
        found.set(i, copy);
        continue;
      }
      const earlier = inBatch.get(hash) ?? (textHash ? inBatch.get(`t:${textHash}`) : undefined);
      if (earlier !== undefined) {
        found.set(i, `#${earlier}`);
        continue;
      }
      inBatch.set(hash, i);
      if (textHash) inBatch.set(`t:${textHash}`, i);
    } catch {
      // Unreadable: the import reports it as it always does.
    }
  }
  return found;
}
