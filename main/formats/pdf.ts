/**
 * PDF documents: the text layer read with pdf.js, page by page, rebuilt into paragraphs in reading order
 * (columns, hyphenation, running heads and page numbers: see pdf-lines, pdf-furniture, pdf-columns,
 * pdf-paragraphs), each paragraph keeping the page it is on. Metadata from the document information and
 * XMP, else from the first page (its largest line is the title).
 *
 * Bounded: at most `maxPages` pages and `maxTextChars` characters are read, and reading stops (keeping what
 * was read) past `timeBudgetMs`. A single operation of pdf.js that never returns (a decompression bomb) is
 * not stopped here: the parse pool runs PDFs in a worker it terminates after a hard time limit.
 */
import type { ParsedArticle } from '../../shared/model';
import { readHeaderLine, splitAuthors, type HeaderInfo } from './byline';
import { separateFurniture } from './furniture';
import { removeRunningFurniture, type PageFragments } from './pdf-furniture';
import { fragmentsOf } from './pdf-lines';
import { loadPdfjs, pdfOptions, runsOf, type PdfDocument } from './pdf-load';
import { isPrintedWebPage, readPdfMetadata, type PdfMetadata, type XmpReader } from './pdf-metadata';
import { readingOrder } from './pdf-columns';
import { paragraphsOf, vocabularyOf, type PdfParagraph } from './pdf-paragraphs';
import { FormatProblem } from './problem';
import { assembleArticle, collapseSpaces, titleFromFileName, type Block } from './text-blocks';

export interface PdfLimits {
  /** Pages read at most (a "PDF bomb" may claim millions). Default 3000. */
  maxPages?: number;
  /** Characters of text kept at most. Default 20 million (as for a 20 MB text file). */
  maxTextChars?: number;
  /** Reading stops after this long, keeping the pages read. Default 60 s. */
  timeBudgetMs?: number;
}

export const DEFAULT_PDF_LIMITS: Required<PdfLimits> = { maxPages: 3000, maxTextChars: 20_000_000, timeBudgetMs: 60_000 };

/**
 * Text items read from one page at most. A dense page of small print holds a few thousand; a page built to
 * exhaust readers (a content stream that inflates to millions of text operators) is cut here, as it streams.
 */
const MAX_ITEMS_PER_PAGE = 50_000;
/** A document with fewer visible characters than this on all its pages has no text layer to speak of. */
const MIN_TEXT_CHARS = 20;
/** Lines on the first page looked at for a title, authors and a date. */
const FIRST_PAGE_HEAD = 8;

interface ReadPages {
  pages: PageFragments[];
  /** Pages that hold no text at all. */
  textless: number[];
  declaredPages: number;
  warnings: string[];
  metadata: PdfMetadata;
  version: string | null;
  /** Pages cut off for holding more text items than any page can show. */
  overfull: number[];
}

export async function parsePdf(bytes: Uint8Array, fileName: string, limits: PdfLimits = {}): Promise<ParsedArticle> {
  const { maxPages, maxTextChars, timeBudgetMs } = { ...DEFAULT_PDF_LIMITS, ...limits };
  const read = await readPages(bytes, { maxPages, maxTextChars, timeBudgetMs });
  const { pages, textless, declaredPages, warnings, metadata } = read;

  const visible = pages.reduce((n, p) => n + p.fragments.reduce((m, f) => m + f.text.replace(/\s/g, '').length, 0), 0);
  if (visible < MIN_TEXT_CHARS && read.overfull.length > 0) {
    throw new FormatProblem('parse-error', `The PDF is built to exhaust readers: page ${read.overfull[0]} draws over ${MAX_ITEMS_PER_PAGE.toLocaleString('en')} pieces of text that show next to nothing.`);
  }
  if (visible < MIN_TEXT_CHARS) {
    const count = `${declaredPages} page${declaredPages === 1 ? '' : 's'}`;
    throw new FormatProblem(
      'no-text',
      `The PDF has ${count} but no text layer: it is a scan or a picture of text. Run it through OCR (for example OCRmyPDF) and Dossier will read the result.`,
    );
  }
  if (textless.length > 0 && textless.length >= pages.length / 4) {
    warnings.push(`${textless.length} of ${pages.length} pages have no text (${pageList(textless)}); if they are scanned, run the PDF through OCR to read them.`);
  }

  let furniture = removeRunningFurniture(pages);
  // Text that is all running heads (the same page over and over) is still the document's text.
  if (furniture.pages.every((p) => p.fragments.length === 0)) furniture = { pages, removed: [] };
  const pageSegments = furniture.pages.map((p) => ({ page: p.page, segments: readingOrder(p.fragments) }));
  const paragraphs = paragraphsOf(pageSegments, { vocabulary: vocabularyOf(pageSegments) });

  const head = firstPageHead(paragraphs, metadata, fileName);
  // A printed web page's creation date is the day it was printed: a date on the page comes first.
  const printed = isPrintedWebPage(metadata);
  const header: HeaderInfo = { authors: head.authors, publisher: null, publishedAt: printed ? null : metadata.publishedAt, modifiedAt: null };
  const blocks: Block[] = head.rest.map((p) => ({ text: p.text, kind: p.kind, page: p.page, endPage: p.endPage }));
  const { body, captions, boilerplate } = separateFurniture(blocks, header, []);
  header.publishedAt ??= printed ? (head.pageDate ?? metadata.publishedAt) : head.pageDate;
  const url = furniture.removed.map((t) => t.trim()).find((t) => /^https?:\/\/\S+$/i.test(t)) ?? null;

  return assembleArticle({
    format: 'pdf',
    title: head.title,
    authors: header.authors,
    publisher: header.publisher,
    publishedAt: header.publishedAt,
    blocks: body,
    captions,
    boilerplate,
    fileTags: [],
    url,
    html: null,
    encoding: read.version ? `PDF ${read.version}` : 'PDF',
    warnings,
  });
}

async function readPages(bytes: Uint8Array, limits: Required<PdfLimits>): Promise<ReadPages> {
  const started = performance.now();
  const pdfjs = await loadPdfjs();
  // pdf.js takes the buffer over (it transfers it to its worker side): give it its own copy.
  const task = pdfjs.getDocument({ ...pdfOptions(), data: new Uint8Array(bytes) });
  let doc: PdfDocument;
  try {
    doc = await task.promise;
  } catch (error) {
    await task.destroy().catch(() => {});
    throw openFailure(error);
  }
  try {
    const warnings: string[] = [];
    const declaredPages = doc.numPages;
    const toRead = Math.min(declaredPages, limits.maxPages);
    if (declaredPages > toRead) warnings.push(`The PDF says it has ${declaredPages.toLocaleString('en')} pages; Dossier read the first ${toRead.toLocaleString('en')}.`);
    const meta = await doc.getMetadata().catch(() => null);
    const info = (meta?.info ?? null) as Record<string, unknown> | null;
    const metadata = readPdfMetadata(info, (meta?.metadata ?? null) as XmpReader | null);
    const pages: PageFragments[] = [];
    const textless: number[] = [];
    const failed: number[] = [];
    const overfull: number[] = [];
    let chars = 0;
    const overTime = () => performance.now() - started > limits.timeBudgetMs;
    const stoppedAt = (n: number) =>
      `Reading stopped after page ${n} of ${declaredPages.toLocaleString('en')}: the PDF took longer than ${Math.round(limits.timeBudgetMs / 1000)} s to read.`;
    // The budget is checked from the second page on: a first page is always read (its own bounds are the
    // item limit here and the parse pool's hard time limit).
    for (let n = 1; n <= toRead; n++) {
      if (n > 1 && overTime()) {
        warnings.push(stoppedAt(n - 1));
        break;
      }
      let fragments;
      let height;
      let cut: 'items' | 'time' | null = null;
      try {
        const page = await doc.getPage(n);
        const viewport = page.getViewport({ scale: 1 });
        // Streamed, so that a page with absurdly much text is cut off instead of read to the end.
        const items: unknown[] = [];
        const reader = page.streamTextContent({ includeMarkedContent: false }).getReader();
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          for (const item of (value as { items: unknown[] }).items) items.push(item);
          cut = items.length > MAX_ITEMS_PER_PAGE ? 'items' : n > 1 && overTime() ? 'time' : null;
          if (cut) {
            await reader.cancel(new Error('enough text read from this page')).catch(() => {});
            break;
          }
        }
        fragments = fragmentsOf(runsOf(items, viewport.transform));
        height = viewport.height;
        page.cleanup();
      } catch {
        failed.push(n);
        continue;
      }
      if (cut === 'items') overfull.push(n);
      if (cut === 'items') warnings.push(`Page ${n} holds more text than a page can show (over ${MAX_ITEMS_PER_PAGE.toLocaleString('en')} pieces); Dossier read the first ${MAX_ITEMS_PER_PAGE.toLocaleString('en')} of them.`);
      if (fragments.length === 0) textless.push(n);
      pages.push({ page: n, height, fragments });
      if (cut === 'time') {
        warnings.push(stoppedAt(n));
        break;
      }
      chars += fragments.reduce((s, f) => s + f.text.length + 1, 0);
      if (chars > limits.maxTextChars) {
        warnings.push(`The PDF holds more than ${(limits.maxTextChars / 1e6).toFixed(0)} million characters of text; Dossier read the first ${n} pages.`);
        break;
      }
    }
    if (failed.length > 0) {
      if (pages.length === 0) throw new FormatProblem('parse-error', `None of the PDF's ${declaredPages} pages could be read: the file is damaged.`);
      warnings.push(`${failed.length === 1 ? 'Page' : 'Pages'} ${pageList(failed)} could not be read (damaged); the other pages were.`);
    }
    const version = typeof info?.PDFFormatVersion === 'string' ? info.PDFFormatVersion : null;
    return { pages, textless, declaredPages, warnings, metadata, version, overfull };
  } finally {
    await doc.destroy().catch(() => {});
  }
}

/** What pdf.js says when it cannot open a file, as a problem the user can act on. */
function openFailure(error: unknown): FormatProblem {
  const e = error as { name?: string; message?: string } | null;
  const name = e?.name ?? '';
  const detail = collapseSpaces(String(e?.message ?? error));
  if (name === 'PasswordException') {
    return new FormatProblem('encrypted', 'The PDF is protected by a password, so Dossier cannot read it. Save a copy without the password to add it to the library.', { cause: error });
  }
  if (name === 'InvalidPDFException') {
    return new FormatProblem('parse-error', `This is not a readable PDF: the file is damaged or incomplete (${detail}).`, { cause: error });
  }
  return new FormatProblem('parse-error', `The PDF could not be opened: ${detail}.`, { cause: error });
}

/** "3, 5–7, 10" */
function pageList(pages: number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < pages.length; i++) {
    let j = i;
    while (j + 1 < pages.length && pages[j + 1] === pages[j]! + 1) j++;
    parts.push(i === j ? String(pages[i]) : `${pages[i]}–${pages[j]}`);
    i = j;
  }
  return parts.length > 8 ? `${parts.slice(0, 8).join(', ')}…` : parts.join(', ');
}

interface FirstPageHead {
  title: string;
  authors: string[];
  /** A date line near the top of the first page. */
  pageDate: HeaderInfo['publishedAt'];
  /** The paragraphs left once the title (and an author line) are taken. */
  rest: PdfParagraph[];
}

/**
 * The title, and the authors when the metadata has none, from the top of the first page: the title is its
 * largest text (a heading), the authors a line of names right under it.
 */
function firstPageHead(paragraphs: PdfParagraph[], metadata: PdfMetadata, fileName: string): FirstPageHead {
  const head = paragraphs.slice(0, FIRST_PAGE_HEAD).filter((p) => p.page === 1);
  const largest = Math.max(0, ...head.map((p) => p.size));
  let titleIndex = head.findIndex((p) => p.kind === 'heading' && p.size === largest);
  if (titleIndex < 0 && head[0] && head[0].text.length <= 150 && !/[.!?]$/.test(head[0].text) && head.length > 1) titleIndex = 0;

  let title = metadata.title;
  const taken = new Set<PdfParagraph>();
  const titleParagraph = titleIndex >= 0 ? head[titleIndex]! : undefined;
  if (title === null && titleParagraph) {
    title = titleParagraph.text;
    taken.add(titleParagraph);
  } else if (title !== null && titleParagraph && sameText(titleParagraph.text, title)) {
    taken.add(titleParagraph);
  }

  // Under the title: a line of names, a byline, a date line, in any order (up to three lines).
  let authors = metadata.authors;
  let pageDate: HeaderInfo['publishedAt'] = null;
  for (let k = titleIndex + 1; titleParagraph && taken.has(titleParagraph) && k <= titleIndex + 3 && k < head.length; k++) {
    const p = head[k]!;
    const names = authorLine(p.text);
    const info = names.length > 0 ? null : readHeaderLine(p.text);
    if (names.length === 0 && !info) break;
    if (authors.length === 0) authors = names.length > 0 ? names : info!.authors;
    pageDate ??= info?.publishedAt ?? null;
    taken.add(p);
  }
  // Else any date line near the top of the first page.
  for (const p of head) {
    if (pageDate || taken.has(p) || p.text.length > 80) continue;
    pageDate = readHeaderLine(p.text)?.publishedAt ?? null;
  }
  return { title: title ?? titleFromFileName(fileName), authors, pageDate, rest: paragraphs.filter((p) => !taken.has(p)) };
}

/**
 * "Jane Doe, John Roe and Ann Poe" under a title: every part a name of two to four capitalised words
 * (initials and particles such as "van" allowed), with footnote marks for affiliations dropped.
 */
function authorLine(text: string): string[] {
  if (text.length > 160 || /[.!?:]$/.test(text) || /\d{4}/.test(text)) return [];
  const parts = splitAuthors(text.replace(/[\d*†‡§]+(?=,|\s|$)/g, ''));
  if (parts.length === 0) return [];
  const isName = (part: string) => {
    const words = part.split(/\s+/);
    if (words.length < 2 || words.length > 4) return false;
    return words.every((w) => /^\p{Lu}[\p{L}'’.-]*$/u.test(w) || /^(?:van|von|der|de|da|del|della|di|du|la|le|bin|ibn|al|el)$/.test(w));
  };
  return parts.every(isName) ? parts : [];
}

function sameText(a: string, b: string): boolean {
  return collapseSpaces(a).toLowerCase() === collapseSpaces(b).toLowerCase();
}

/** Whether a file's first bytes say PDF (some PDFs carry junk before the header; the spec allows 1 KB). */
export function looksLikePdf(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return head.includes('%PDF-');
}

