/** `dossier extract --json FILE...`: read each file as an article, with its analysis, one JSON object per line. */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { analyze } from '../analysis/index';
import { formatOf, isBinaryFormat, readArticle } from '../formats/index';
import { FormatProblem } from '../formats/problem';
import { parseArgs } from './args';
import { jsonForTerminal } from './terminal';

/** The library's limits: text is read up to 20 MB, a PDF whole up to 64 MB. */
const MAX_BYTES = 20 * 1024 * 1024;
const MAX_PDF_BYTES = 64 * 1024 * 1024;

export async function extractFile(file: string) {
  const format = formatOf(file);
  const limit = isBinaryFormat(format) ? MAX_PDF_BYTES : MAX_BYTES;
  const handle = await fs.open(file, 'r');
  let bytes: Buffer;
  let truncated = false;
  try {
    const { size } = await handle.stat();
    truncated = size > limit;
    if (truncated && isBinaryFormat(format)) {
      throw new FormatProblem('too-large', `The file is ${(size / 1048576).toFixed(1)} MB; Dossier reads ${format!.toUpperCase()} files up to ${limit / 1048576} MB.`);
    }
    bytes = Buffer.alloc(Math.min(size, limit));
    const { bytesRead } = await handle.read(bytes, 0, bytes.length, 0);
    bytes = bytes.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
  const article = await readArticle(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), path.basename(file));
  const publishedAt = article.publishedAt?.value ?? null;
  const analysis = analyze({ text: article.text, publishedAt: publishedAt?.slice(0, 10) ?? null, title: article.title });
  const warnings = truncated ? [...article.warnings, `only the first ${MAX_BYTES / 1048576} MB were read`] : article.warnings;
  return {
    file,
    format: article.format,
    title: article.title,
    authors: article.authors,
    publisher: article.publisher,
    publishedAt,
    publishedPrecision: article.publishedAt?.precision ?? null,
    url: article.url,
    encoding: article.encoding,
    wordCount: article.wordCount,
    captions: article.captions,
    boilerplate: article.boilerplate,
    tags: article.fileTags,
    warnings,
    text: article.text,
    paragraphs: article.paragraphs,
    ...(article.attachments ? { attachments: article.attachments } : {}),
    timexes: analysis.timexes,
    entities: analysis.entities,
    quotes: analysis.quotes,
    events: analysis.events,
  };
}

export async function run(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs(args, { flags: ['json'] });
  } catch (error) {
    process.stderr.write(`dossier extract: ${(error as Error).message}\n`);
    return 2;
  }
  const { positionals, flags } = parsed;
  if (!positionals.length) {
    process.stderr.write('usage: dossier extract --json FILE...\n');
    return 2;
  }
  let failures = 0;
  for (const file of positionals) {
    try {
      const result = await extractFile(file);
      if (flags.has('json')) {
        process.stdout.write(jsonForTerminal(result) + '\n');
      } else {
        const date = result.publishedAt ?? 'date unknown';
        process.stdout.write(
          `${file}\n  ${result.title}\n  ${[result.authors.join(', '), result.publisher, date].filter(Boolean).join(' · ')}\n` +
            `  ${result.wordCount} words, ${result.paragraphs.length} paragraphs, ${result.timexes.length} time expressions, ` +
            `${result.entities.length} entities, ${result.quotes.length} quotes, ${result.events.length} events\n`,
        );
      }
      for (const warning of result.warnings) process.stderr.write(`dossier extract: ${file}: ${warning}\n`);
    } catch (error) {
      failures++;
      const code = error instanceof FormatProblem ? error.code : ((error as NodeJS.ErrnoException).code ?? 'error');
      const message = error instanceof FormatProblem ? error.message : describeIoError(error, file);
      process.stderr.write(`dossier extract: ${file}: ${message}\n`);
      if (flags.has('json')) process.stdout.write(jsonForTerminal({ file, error: { code, message } }) + '\n');
    }
  }
  return failures ? 1 : 0;
}

function describeIoError(error: unknown, file: string): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return `no such file: ${file}`;
  if (code === 'EISDIR') return `is a folder, not a file: ${file}`;
  if (code === 'EACCES') return `permission denied: ${file}`;
  return error instanceof Error ? error.message : String(error);
}
