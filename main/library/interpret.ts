/**
 * From a file's bytes to what the library records: an article (maybe with partial-read problems),
 * a file ignored on purpose, or a file that cannot be an article (with the problem saying why).
 * Pure CPU work, so it can run on the main thread or in a worker.
 */
import { formatOf, hasIgnoreMarker, isBinaryFormat, readArticle } from '../formats';
import type { ParsedArticle, Problem } from '../../shared/model';
import { formatBytes, problem, type ProblemCode } from './file-problems';

const PROBLEM_CODES = new Set<string>([
  'empty', 'binary', 'too-large', 'truncated', 'invalid-encoding', 'unreadable', 'vanished',
  'symlink-loop', 'outside-library', 'parse-error', 'unsupported', 'no-text', 'encrypted',
] satisfies ProblemCode[]);

export type Interpretation =
  | { kind: 'article'; parsed: ParsedArticle; problems: Problem[] }
  | { kind: 'ignored' }
  | { kind: 'skipped'; problem: Problem };

export interface ReadFacts {
  bytes: Uint8Array;
  size: number;
  truncated: boolean;
  maxBytes: number;
}

export async function interpret(rel: string, facts: ReadFacts): Promise<Interpretation> {
  if (facts.size === 0) return { kind: 'skipped', problem: problem(rel, 'empty', `"${rel}" is empty (0 bytes), so there is nothing to read.`) };
  const format = formatOf(rel);
  if (isBinaryFormat(format) && facts.truncated) {
    // Half a PDF is a broken PDF: such files are read whole or not at all.
    const message = `"${rel}" is ${formatBytes(facts.size)}; Dossier reads ${format?.toUpperCase()} files up to ${formatBytes(facts.maxBytes)}, so it was not read.`;
    return { kind: 'skipped', problem: problem(rel, 'too-large', message) };
  }
  if (!isBinaryFormat(format) && hasIgnoreMarker(facts.bytes)) return { kind: 'ignored' };
  let parsed: ParsedArticle;
  try {
    parsed = await readArticle(facts.bytes, fileName(rel));
  } catch (error) {
    return { kind: 'skipped', problem: parseFailure(rel, error) };
  }
  const problems: Problem[] = [];
  if (facts.truncated) {
    problems.push(
      problem(rel, 'truncated', `"${rel}" is ${formatBytes(facts.size)}; Dossier read only its first ${formatBytes(facts.maxBytes)}, so the end of the article is missing.`, true),
    );
  }
  // The reader's remarks are things the user may want to fix in the file; the article is still there.
  for (const warning of parsed.warnings) {
    const encoding = /utf-?8|encoding|decod|\uFFFD|NUL characters/i.test(warning);
    const code = encoding ? 'invalid-encoding' : /\bhave no text\b/.test(warning) ? 'no-text' : /\bread the first\b|\bReading stopped\b/.test(warning) ? 'truncated' : 'parse-error';
    problems.push(problem(rel, code, `"${rel}": ${warning}${encoding ? ' The rest of the article was read.' : ''}`, true));
  }
  return { kind: 'article', parsed, problems };
}

function fileName(rel: string): string {
  const slash = rel.lastIndexOf('/');
  return slash < 0 ? rel : rel.slice(slash + 1);
}

/** A reader's FormatProblem (matched by shape, so it also works across a worker boundary) or a crash. */
function parseFailure(rel: string, error: unknown): Problem {
  const e = error as { code?: unknown; message?: unknown } | null;
  const message = typeof e?.message === 'string' ? e.message : String(error);
  if (typeof e?.code === 'string' && PROBLEM_CODES.has(e.code)) {
    return problem(rel, e.code as ProblemCode, `"${rel}": ${message}`);
  }
  return problem(rel, 'parse-error', `Dossier could not read "${rel}" as an article: ${message}`);
}
