/** Test helper: real files in a temporary folder, read back the way the library reads them. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import type { ParsedArticle } from '../../shared/model';
import type { WebFloor, WebSummary } from './eval/web-score';
import { parseArticle } from './index';
import { FormatProblem } from './problem';

export class TempFolder {
  readonly dir = mkdtempSync(join(tmpdir(), 'dossier-formats-'));

  write(name: string, content: Uint8Array | string): string {
    const path = join(this.dir, name);
    writeFileSync(path, content);
    return path;
  }

  /** Writes the file, reads its bytes back from disk and parses them. */
  parse(name: string, content: Uint8Array | string): ParsedArticle {
    const path = this.write(name, content);
    return parseArticle(new Uint8Array(readFileSync(path)), name);
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

export const sampleLibraryDir = fileURLToPath(new URL('../../resources/sample-library/', import.meta.url));
export const goldDir = fileURLToPath(new URL('../testdata/gold/', import.meta.url));
export const SAMPLE_ARTICLE = 'worldtribune/china-weighing-lethal-weaponry-for-russia.txt';

/** Every paragraph is a non-empty slice of `text`, and the slices joined by "\n\n" are the text. */
export function expectParagraphsTileText(article: ParsedArticle): string[] {
  const slices = article.paragraphs.map((p) => article.text.slice(p.start, p.end));
  if (slices.join('\n\n') !== article.text) throw new Error('paragraph slices do not rebuild the text');
  for (const s of slices) if (s.trim() === '' || s !== s.trim() || s.includes('\n\n')) throw new Error(`bad paragraph slice ${JSON.stringify(s)}`);
  return slices;
}

/** Each figure of a set's score at its floor or above. */
export function expectAtFloor(summary: WebSummary, floor: WebFloor): void {
  expect(summary.title).toBeGreaterThanOrEqual(floor.title);
  expect(summary.date).toBeGreaterThanOrEqual(floor.date);
  expect(summary.authors).toBeGreaterThanOrEqual(floor.authors);
  expect(summary.publisher).toBeGreaterThanOrEqual(floor.publisher);
  expect(summary.textF1).toBeGreaterThanOrEqual(floor.textF1);
}

/** The FormatProblem a reading ends with (and the test fails if it ends otherwise). */
export async function problemOf(promise: Promise<unknown>): Promise<FormatProblem> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(FormatProblem);
  return error as FormatProblem;
}
