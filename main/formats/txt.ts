/**
 * Plain-text articles: title on the first line, then optional byline/date lines, then paragraphs separated
 * by blank lines. Captions and site furniture are recognised by shape and kept out of the body.
 */
import type { ParsedArticle } from '../../shared/model';
import { emptyHeader, mergeHeader, readHeaderLine, type HeaderInfo } from './byline';
import { completeFromDateline } from './dateline';
import type { DecodedText } from './decode';
import { classifyBlock } from './furniture';
import { assembleArticle, titleFromFileName, type Block } from './text-blocks';

/** A first line longer than this is body text, not a title. */
const MAX_TITLE_LENGTH = 250;
/** How many lines after the title may be byline or date lines. */
const MAX_HEADER_LINES = 4;

export function parseTxt(decoded: DecodedText, fileName: string): ParsedArticle {
  const lines = decoded.text.split('\n').map((line) => line.trimEnd());
  let i = skipBlank(lines, 0);

  let title = titleFromFileName(fileName);
  const firstLine = lines[i]?.trim() ?? '';
  if (firstLine.length <= MAX_TITLE_LENGTH && !readHeaderLine(firstLine)) {
    title = firstLine;
    i++;
  }

  const header: HeaderInfo = emptyHeader();
  for (let n = 0; n < MAX_HEADER_LINES; n++) {
    const j = skipBlank(lines, i);
    const info = j < lines.length ? readHeaderLine(lines[j]!) : null;
    if (!info) break;
    mergeHeader(header, info);
    i = j + 1;
  }

  const blocks: Block[] = [];
  const captions: string[] = [];
  const boilerplate: string[] = [];
  for (const group of paragraphGroups(lines.slice(i))) {
    for (const paragraph of splitFurniture(group)) {
      const role = classifyBlock(paragraph);
      if (role === 'caption') captions.push(paragraph);
      else if (role === 'boilerplate') boilerplate.push(paragraph);
      else blocks.push({ text: paragraph, kind: 'body' });
    }
  }

  completeFromDateline(header, blocks.slice(0, 3).map((b) => b.text));

  return assembleArticle({
    format: 'txt',
    title,
    authors: header.authors,
    publisher: header.publisher,
    publishedAt: header.publishedAt ?? header.modifiedAt,
    blocks,
    captions,
    boilerplate,
    fileTags: [],
    url: null,
    html: null,
    encoding: decoded.encoding,
    warnings: decoded.warnings,
  });
}

function skipBlank(lines: string[], from: number): number {
  let i = from;
  while (i < lines.length && lines[i]!.trim() === '') i++;
  return i;
}

/**
 * Lines grouped into paragraphs at blank lines. Without any blank line between paragraphs, each line is a
 * paragraph unless the lines are hard-wrapped. A list keeps one paragraph per item.
 */
function paragraphGroups(lines: string[]): string[][] {
  const first = lines.findIndex((line) => line.trim() !== '');
  const last = lines.findLastIndex((line) => line.trim() !== '');
  const inner = first < 0 ? [] : lines.slice(first, last + 1);
  const hasBlankSeparators = inner.some((line) => line.trim() === '') || looksHardWrapped(inner);
  const groups: string[][] = [];
  let current: string[] = [];
  const flush = () => {
    if (current.length > 0) groups.push(current);
    current = [];
  };
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') {
      flush();
      continue;
    }
    if (!hasBlankSeparators || /^(?:[-*•–]\s|\d{1,3}[.)]\s)/.test(line)) {
      flush();
      groups.push([line]);
      continue;
    }
    current.push(line);
  }
  flush();
  return groups;
}

/** Lines cut at a fixed width (most between 40 and 100 characters), as e-mail and old text files are. */
function looksHardWrapped(lines: string[]): boolean {
  if (lines.length < 3) return false;
  const wrapped = lines.slice(0, -1).filter((line) => line.length >= 40 && line.length <= 100).length;
  return wrapped >= (lines.length - 1) * 0.8;
}

/**
 * A group's lines joined into one paragraph (hard-wrapped text), after peeling caption or furniture lines
 * stuck to its start or end without a blank line between.
 */
function splitFurniture(group: string[]): string[] {
  if (group.length === 1) return group;
  const head: string[] = [];
  const tail: string[] = [];
  let lo = 0;
  let hi = group.length;
  while (lo < hi - 1 && classifyBlock(group[lo]!) !== 'body') head.push(group[lo++]!);
  while (hi - 1 > lo && classifyBlock(group[hi - 1]!) !== 'body') tail.unshift(group[--hi]!);
  return [...head, group.slice(lo, hi).join(' '), ...tail];
}
