/**
 * Assembles a ParsedArticle from the blocks a reader found: joins body paragraphs with "\n\n" and records
 * each paragraph's offsets, counts words. Shared by every format so that the text/offset contract is one code path.
 */
import type { ArticleFormat, Paragraph, ParsedArticle, PublishedDate } from '../../shared/model';

export interface Block {
  text: string;
  kind: Paragraph['kind'];
  /** Paged documents: the page the block starts on, and the page it ends on when later. */
  page?: number;
  endPage?: number;
}

export interface ArticleParts {
  format: ArticleFormat;
  title: string;
  authors: string[];
  publisher: string | null;
  publishedAt: PublishedDate | null;
  blocks: Block[];
  captions: string[];
  boilerplate: string[];
  fileTags: string[];
  url: string | null;
  html: string | null;
  encoding: string;
  warnings: string[];
}

/**
 * "Delta Irrigation Agency (DIA)" -> "Delta Irrigation Agency": the initials a name is first written with, in
 * brackets after it, are no part of it (only where they are its capitalised words' initials).
 */
function withoutInitialism(name: string): string {
  const m = /^(.+?)\s+\((\p{Lu}{2,8})\)$/u.exec(name);
  if (!m) return name;
  const initials = m[1]!.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
  return initials === m[2] ? m[1]! : name;
}

export function assembleArticle(parts: ArticleParts): ParsedArticle {
  const paragraphs: Paragraph[] = [];
  const pieces: string[] = [];
  let offset = 0;
  for (const block of parts.blocks) {
    const text = normaliseBlockText(block.text);
    if (text === '') continue;
    if (pieces.length > 0) offset += 2;
    const paragraph: Paragraph = { start: offset, end: offset + text.length, kind: block.kind };
    if (block.page !== undefined) paragraph.page = block.page;
    if (block.endPage !== undefined && block.endPage !== block.page) paragraph.endPage = block.endPage;
    paragraphs.push(paragraph);
    pieces.push(text);
    offset += text.length;
  }
  const text = pieces.join('\n\n');
  const { blocks: _blocks, ...rest } = parts;
  return {
    ...rest,
    title: collapseSpaces(parts.title),
    authors: unique(parts.authors.map(collapseSpaces).filter((a) => a !== '')),
    publisher: parts.publisher === null ? null : withoutInitialism(collapseSpaces(parts.publisher)) || null,
    captions: parts.captions.map(collapseSpaces).filter((c) => c !== ''),
    boilerplate: parts.boilerplate.map(collapseSpaces).filter((b) => b !== ''),
    fileTags: unique(parts.fileTags.map(collapseSpaces).filter((t) => t !== '')),
    text,
    paragraphs,
    wordCount: countWords(text),
  };
}

/**
 * Runs of white space other than one plain space. Matching only these keeps a 20 MB paragraph fast
 * (replacing every single space costs seconds).
 */
const ODD_SPACE_RUN = / ?[\t\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000][ \t\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000]*| {2,}[ \t\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000]*/g;

/** Spaces collapsed, lines trimmed; single newlines kept (verse, code), never a blank line inside a paragraph. */
export function normaliseBlockText(text: string): string {
  return text
    .replace(ODD_SPACE_RUN, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n');
}

export function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Paragraphs set apart by blank lines, each on one line (hard-wrapped lines joined by a space). */
export function blankLineParagraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map(collapseSpaces)
    .filter((p) => p !== '');
}

/** A text's words in lower case, without punctuation: for telling where a quotation's words recur. */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Whitespace-separated tokens that hold at least one letter or digit (a lone "—" is not a word). */
export function countWords(text: string): number {
  let words = 0;
  let inToken = false;
  let tokenHasWordChar = false;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    if (c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x3000) {
      if (inToken && tokenHasWordChar) words++;
      inToken = false;
      tokenHasWordChar = false;
      continue;
    }
    inToken = true;
    if (!tokenHasWordChar && isWordChar(c)) tokenHasWordChar = true;
  }
  return words;
}

function isWordChar(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  // Outside ASCII: letters and digits, except general punctuation and symbols (dashes, quotes, bullets).
  return !(c >= 0x2000 && c <= 0x2bff) && /[\p{L}\p{N}]/u.test(String.fromCharCode(c));
}

/** "china-weighs_arms.txt" -> "china weighs arms". */
export function titleFromFileName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const stem = base.replace(/\.[^.]+$/, '');
  return collapseSpaces(stem.replace(/[_]+|(?<=\S)-(?=\S)/g, ' ')) || base;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
