/**
 * A PDF's own metadata: the document information dictionary and the XMP packet (which, when present, is
 * the newer and more careful of the two). Values that are not metadata but leftovers of the tool that made
 * the file ("Microsoft Word - draft3.docx", "untitled", an account name as author) are dropped, so that the
 * first page can speak instead.
 */
import type { PublishedDate } from '../../shared/model';
import { splitAuthors } from './byline';
import { parsePublicationDate } from './dates';
import { collapseSpaces } from './text-blocks';

export interface PdfMetadata {
  title: string | null;
  authors: string[];
  publishedAt: PublishedDate | null;
  /** The program that wrote the PDF ("Skia/PDF m120" for a page printed from Chrome). */
  producer: string | null;
  creator: string | null;
}

/** The part of pdf.js's XMP reader we use. */
export interface XmpReader {
  get(name: string): unknown;
}

export function readPdfMetadata(info: Record<string, unknown> | null | undefined, xmp: XmpReader | null | undefined): PdfMetadata {
  const fromXmp = (name: string) => {
    try {
      return xmp?.get(name);
    } catch {
      return undefined;
    }
  };
  const infoText = (key: string) => (typeof info?.[key] === 'string' ? collapseSpaces(info[key] as string) : '');

  const title = [textOf(fromXmp('dc:title')), infoText('Title')].find((t) => t !== '' && !isJunkTitle(t)) ?? null;
  const authors = [namesOf(fromXmp('dc:creator')), namesOf(infoText('Author'))].find((list) => list.length > 0) ?? [];
  const publishedAt =
    [fromXmp('xmp:createdate'), fromXmp('dc:date'), fromXmp('photoshop:datecreated')].map((v) => isoDate(textOf(v))).find((d) => d !== null) ??
    pdfDate(infoText('CreationDate')) ??
    null;
  return {
    title,
    authors,
    publishedAt,
    producer: infoText('Producer') || textOf(fromXmp('pdf:producer')) || null,
    creator: infoText('Creator') || textOf(fromXmp('xmp:creatortool')) || null,
  };
}

/** XMP values come as a string, a list (dc:creator is a sequence) or a language alternative. */
function textOf(value: unknown): string {
  if (typeof value === 'string') return collapseSpaces(value);
  if (Array.isArray(value)) return collapseSpaces(value.filter((v) => typeof v === 'string').join('; '));
  return '';
}

/**
 * Titles that name a file or a template rather than the document: what word processors and printers put
 * there when the author did not.
 */
export function isJunkTitle(title: string): boolean {
  const t = title.trim();
  if (t.length < 2 || t.length > 300) return true;
  if (/^(?:untitled|title|document|no title|none|null|unknown|presentation|slide \d+)(?:\s*\d*)?$/i.test(t)) return true;
  if (/^(?:microsoft (?:word|powerpoint|excel)|powerpoint presentation|word document)\b/i.test(t)) return true;
  if (/\.(?:docx?|pdf|odt|rtf|pptx?|xlsx?|indd|tex|dvi|ps|qxp|pages|html?|txt|md)$/i.test(t)) return true;
  // A path or an identifier ("C:\\Users\\jdoe\\report", "rpt_2023_final_v2").
  if (/[\\/]/.test(t) && !/\s/.test(t)) return true;
  if (!/\s/.test(t) && /[_]/.test(t)) return true;
  return false;
}

const GENERIC_AUTHORS = /^(?:admin|administrator|user|owner|author|unknown|anonymous|default|guest|staff|editor|root|test|me|pc|windows user|microsoft office user|valued customer|n\/a)$/i;

/** Author names from a metadata field: account names and placeholders are not authors. */
export function namesOf(value: unknown): string[] {
  const text = textOf(value);
  if (text === '') return [];
  const names = splitAuthors(text.replace(/\s*\([^)]*\)/g, ''))
    .map((n) => n.replace(/^by\s+/i, '').trim())
    .filter((n) => n !== '');
  // "Doe, Jane" is one name written surname first, not two people.
  if (names.length === 2 && !/\s/.test(names[0]!) && !/\s/.test(names[1]!) && /,/.test(text) && !/;|&|\band\b/i.test(text)) {
    return [`${names[1]} ${names[0]}`];
  }
  return names.filter((n) => !GENERIC_AUTHORS.test(n) && looksLikePersonOrBody(n));
}

/** A name has a capital letter and is not a login ("jdoe", "user123"). */
function looksLikePersonOrBody(name: string): boolean {
  if (name.length > 80 || !/\p{Lu}/u.test(name)) return false;
  if (!/\s/.test(name) && (/\d/.test(name) || /^\p{Ll}/u.test(name))) return false;
  return true;
}

/** "D:20230223143000+01'00'" (PDF date string) -> the date as written, to the precision given. */
export function pdfDate(text: string): PublishedDate | null {
  const m = /^(?:D:)?(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?/.exec(text.trim());
  if (!m) return null;
  const [, y, mo, d] = m;
  if (!mo) return parsePublicationDate(y);
  if (!d) return parsePublicationDate(`${y}-${mo}`);
  return parsePublicationDate(`${y}-${mo}-${d}`);
}

/** An XMP date ("2023-02-23T14:30:00+01:00", "2023-02", "2023") -> the date as written. */
function isoDate(text: string): PublishedDate | null {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(text);
  if (!m) return null;
  return parsePublicationDate([m[1], m[2], m[3]].filter(Boolean).join('-'));
}

/** Whether the PDF is a web page printed from a browser: its creation date is the printing date, not the article's. */
export function isPrintedWebPage(meta: PdfMetadata): boolean {
  return /\bskia\/pdf\b|\bchrom(?:e|ium)\b|\bmozilla\b|\bfirefox\b|\bsafari\b|\bwebkit\b|\bwkhtmltopdf\b/i.test(`${meta.producer ?? ''} ${meta.creator ?? ''}`);
}
