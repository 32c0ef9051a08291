/**
 * "Open original": an article's file as it is on disk. The desktop door opens it in the system's default
 * program; the web door hands the bytes to the page, which saves them as a download (never shows them:
 * a saved web page would run in the page's origin).
 */
import path from 'node:path';
import { DossierError, type OriginalFile } from '../../shared/contract';
import type { ArticleFormat } from '../../shared/model';
import { formatOf } from '../formats/index';
import { formatBytes } from '../library/file-problems';
import { readFileBounded } from '../library/read-file';
import type { Library } from '../library/types';

/** The largest original handed over through a door (the library reads no larger PDF). */
export const MAX_ORIGINAL_BYTES = 64 * 1024 * 1024;

const MEDIA_TYPES: Record<ArticleFormat, string> = {
  pdf: 'application/pdf',
  eml: 'message/rfc822',
  txt: 'text/plain',
  md: 'text/markdown',
  // Pages are downloaded as opaque bytes: a browser must never render (and run) them.
  html: 'application/octet-stream',
  mht: 'application/octet-stream',
};

export function mediaTypeOf(fileName: string): string {
  const format = formatOf(fileName);
  return format ? MEDIA_TYPES[format] : 'application/octet-stream';
}

/** The absolute path of an article's file, or a not-found error. */
export function originalPath(library: Library, id: string): string {
  const abs = library.absolutePath(id);
  if (!abs) throw new DossierError('not-found', `No article with id ${id}.`);
  return abs;
}

export async function readOriginal(library: Library, id: string): Promise<OriginalFile> {
  const abs = originalPath(library, id);
  const rel = library.summary(id)?.path ?? path.basename(abs);
  let file;
  try {
    file = await readFileBounded(abs, MAX_ORIGINAL_BYTES);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new DossierError('not-found', `"${rel}" cannot be read any more (${code ?? String(error)}); it may have been moved or deleted.`);
  }
  if (file.truncated) {
    throw new DossierError('invalid-request', `"${rel}" is ${formatBytes(file.size)}, too large to hand over here (the limit is ${formatBytes(MAX_ORIGINAL_BYTES)}); open it from the library folder.`);
  }
  const name = path.basename(abs);
  return { name, mediaType: mediaTypeOf(name), size: file.size, base64: Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength).toString('base64') };
}
