/**
 * The error a format reader throws when a file cannot be an article at all
 * (empty, binary, unsupported). Recoverable issues are warnings on the article instead.
 */
import type { Problem } from '../../shared/model';

export type FormatProblemCode = Problem['code'];

export class FormatProblem extends Error {
  readonly code: FormatProblemCode;
  /** Whether something of the file was still read (thrown problems are normally not partial). */
  readonly partial: boolean;

  constructor(code: FormatProblemCode, message: string, options: { partial?: boolean; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'FormatProblem';
    this.code = code;
    this.partial = options.partial ?? false;
  }
}

/**
 * The Problem code that fits a reader's warning, for the library to show it as a partial problem:
 * decoding remarks are 'invalid-encoding', everything else (broken HTML, bad front matter) 'parse-error'.
 */
export function problemCodeForWarning(warning: string): FormatProblemCode {
  return /UTF-8|encoding|NUL characters|\uFFFD/.test(warning) ? 'invalid-encoding' : 'parse-error';
}
