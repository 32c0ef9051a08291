/**
 * The lines between a title and the body: a byline ("by Jane Doe, February 23, 2023"), a bare date line
 * ("March 1, 2008") or a labelled date ("Published: ..."). Recognised by shape, not by any site's wording.
 */
import type { PublishedDate } from '../../shared/model';
import { findPublicationDate, parsePublicationDate } from './dates';

export interface HeaderInfo {
  authors: string[];
  publisher: string | null;
  publishedAt: PublishedDate | null;
}

const MAX_HEADER_LENGTH = 200;
const MAX_AUTHOR_WORDS = 6;

/** Reads a header line, or returns null when the line is not a byline or a date line. */
export function readHeaderLine(line: string): HeaderInfo | null {
  const text = line.trim();
  if (text === '' || text.length > MAX_HEADER_LENGTH) return null;

  const date = parsePublicationDate(text.replace(/^(?:published|posted|updated|last updated|date)\s*(?:on|:)?\s*/i, ''));
  if (date) return { authors: [], publisher: null, publishedAt: date };

  const found = findPublicationDate(text);
  let rest = found ? `${text.slice(0, found.start)} ${text.slice(found.end)}` : text;
  rest = rest.replace(/\s+/g, ' ').trim();
  const by = /^by\b:?\s*/i.exec(rest);
  if (!by) return null;
  const authorPart = rest
    .slice(by[0].length)
    .replace(/(?:[\s,;|·•–—-]|\b(?:on|published|posted|updated)\b)+$/i, '')
    .trim();
  const authors = splitAuthors(authorPart);
  if (authors.length === 0 || !authors.every(looksLikeName)) return null;
  return { authors, publisher: publisherFromAuthors(authors), publishedAt: found?.date ?? null };
}

/** "Jane Doe and John Roe" / "Jane Doe, John Roe & Ann Poe" -> names. */
export function splitAuthors(text: string): string[] {
  return text
    .replace(/^by\b:?\s*/i, '')
    .split(/\s*(?:,|;|&|\band\b)\s*/i)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

function looksLikeName(name: string): boolean {
  const words = name.split(/\s+/);
  return words.length <= MAX_AUTHOR_WORDS && /^[\p{Lu}\p{N}]/u.test(name) && !/[!?"“”]|[.]$/.test(name.replace(/\b\p{Lu}\.$/u, ''));
}

/** "WorldTribune Staff" names its publication: the staff of WorldTribune. */
export function publisherFromAuthors(authors: string[]): string | null {
  for (const author of authors) {
    const m = /^(.+?)\s+(?:staff(?: writers?| reporters?| reports?)?|newsroom|news desk|desk|editors|editorial board|wire(?: services?)?|reporters)$/i.exec(author);
    if (m && /^\p{Lu}/u.test(m[1]!) && !/^(?:the|our|news|by)$/i.test(m[1]!)) return m[1]!;
  }
  return null;
}

/** Merges header lines: the first value found for each field wins. */
export function mergeHeader(into: HeaderInfo, info: HeaderInfo): void {
  if (into.authors.length === 0) into.authors = info.authors;
  into.publisher ??= info.publisher;
  into.publishedAt ??= info.publishedAt;
}
