/**
 * Saved web pages: the main text by Readability on a linkedom document (fast), metadata from the page's
 * own declarations, and the content as sanitised HTML for the reader.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { ParsedArticle } from '../../shared/model';
import { mergeHeader, publisherFromAuthors, readHeaderLine, type HeaderInfo } from './byline';
import type { DecodedText } from './decode';
import { classifyBlock } from './furniture';
import { blocksOf } from './html-blocks';
import { readHtmlMetadata } from './html-metadata';
import { FormatProblem } from './problem';
import { sanitizeHtml } from './sanitize';
import { assembleArticle, collapseSpaces, titleFromFileName, type Block } from './text-blocks';

/** Readability output shorter than this (in characters) is not trusted as the article; the page body is used. */
const MIN_ARTICLE_CHARS = 80;

/** The charset a page declares in its first bytes (<meta charset> or http-equiv Content-Type). */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096)).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return m ? m[1]! : null;
}

export function parseHtml(decoded: DecodedText, fileName: string): ParsedArticle {
  const warnings = [...decoded.warnings];
  const source = decoded.text;
  const damage = describeDamage(source);
  if (damage) warnings.push(damage);

  const document = loadDocument(source);
  const meta = readHtmlMetadata(document);

  let contentHtml: string | null = null;
  let readabilityByline: string | null = null;
  try {
    // Readability rewrites the document it reads; the metadata was taken above, and the fallback re-parses.
    const article = new Readability(document, { keepClasses: false }).parse();
    if (article?.content && (article.textContent ?? '').trim().length >= MIN_ARTICLE_CHARS) {
      contentHtml = article.content;
      readabilityByline = article.byline ?? null;
    }
  } catch (err) {
    warnings.push(`The main text could not be isolated (${err instanceof Error ? err.message : String(err)}); the whole page was read.`);
  }
  if (contentHtml === null) contentHtml = bodyWithoutChrome(loadDocument(source));

  const html = sanitizeHtml(contentHtml);
  const { document: contentDoc } = parseHTML(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`);
  const found = blocksOf(contentDoc.body as unknown as Element);

  const title = meta.title ?? titleFromFileName(fileName);
  let blocks = found.blocks;
  // The headline often opens the content too; it is the title, not body text.
  const firstIndex = blocks.findIndex((b) => collapseSpaces(b.text) !== '');
  if (firstIndex >= 0 && blocks[firstIndex]!.kind === 'heading' && sameText(blocks[firstIndex]!.text, title)) {
    blocks = blocks.slice(firstIndex + 1);
  }

  const header: HeaderInfo = { authors: meta.authors, publisher: meta.publisher, publishedAt: meta.publishedAt };
  if (readabilityByline) {
    const info = readHeaderLine(/^by\b/i.test(readabilityByline.trim()) ? readabilityByline : `By ${readabilityByline}`);
    if (info) mergeHeader(header, info);
  }
  // Byline and date lines left at the top of the content belong to the header, not the body.
  let consumed = 0;
  while (consumed < Math.min(3, blocks.length) && blocks[consumed]!.kind === 'body') {
    const info = readHeaderLine(blocks[consumed]!.text);
    if (!info) break;
    mergeHeader(header, info);
    consumed++;
  }
  blocks = blocks.slice(consumed);

  const body: Block[] = [];
  const captions = [...found.captions];
  const boilerplate: string[] = [];
  for (const block of blocks) {
    const role = block.kind === 'quote' ? 'body' : classifyBlock(block.text);
    if (role === 'caption') captions.push(block.text);
    else if (role === 'boilerplate') boilerplate.push(block.text);
    else body.push(block);
  }

  if (body.length === 0) {
    if (meta.title === null) throw new FormatProblem('empty', 'The page has no readable text.');
    warnings.push('The page has a title but no readable article text.');
  }

  return assembleArticle({
    format: 'html',
    title,
    authors: header.authors,
    publisher: header.publisher ?? publisherFromAuthors(header.authors),
    publishedAt: header.publishedAt,
    blocks: body,
    captions,
    boilerplate,
    fileTags: [],
    url: meta.url,
    html,
    encoding: decoded.encoding,
    warnings,
  });
}

function loadDocument(source: string): Document {
  // linkedom needs a whole document: a bare fragment would become the document element itself.
  const whole = /<html[\s>]/i.test(source) ? source : `<!DOCTYPE html><html><head></head><body>${source}</body></html>`;
  const { document } = parseHTML(whole);
  return document as unknown as Document;
}

/** The page body without scripts and site chrome, for pages where Readability finds no article. */
function bodyWithoutChrome(document: Document): string {
  const body = (document.body ?? document.documentElement)?.cloneNode(true) as Element | null;
  if (!body) return '';
  for (const el of Array.from(body.querySelectorAll('script, style, noscript, template, nav, header, footer, aside, form'))) el.remove();
  return body.innerHTML;
}

function sameText(a: string, b: string): boolean {
  return collapseSpaces(a).toLowerCase() === collapseSpaces(b).toLowerCase();
}

const CLOSED_TAGS = ['html', 'body', 'div', 'span', 'a', 'table', 'section', 'article', 'main', 'ul', 'ol', 'blockquote', 'em', 'strong', 'b', 'i', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'script', 'style', 'title'];

/**
 * A short account of what is broken in the markup (unbalanced tags, a truncated tag), or null.
 * Parsers repair such pages silently; the user should still know the page may read oddly.
 */
export function describeDamage(source: string): string | null {
  const markup = withoutCommentsAndRawText(source);
  const counts = new Map<string, number>();
  for (const m of markup.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b[^<>]*?(\/?)>/g)) {
    const tag = m[2]!.toLowerCase();
    if (!CLOSED_TAGS.includes(tag) || m[3] === '/') continue;
    counts.set(tag, (counts.get(tag) ?? 0) + (m[1] ? -1 : 1));
  }
  const unbalanced = [...counts].filter(([, n]) => n !== 0).map(([tag]) => `<${tag}>`);
  const truncated = endsInsideTag(markup) || markup.includes('<!--');
  if (!truncated && unbalanced.length === 0) return null;
  const what = [
    truncated ? 'it ends inside a tag or comment' : null,
    unbalanced.length > 0 ? `unbalanced ${unbalanced.slice(0, 4).join(', ')} tags` : null,
  ].filter(Boolean);
  return `The HTML is malformed (${what.join('; ')}); it was read as far as possible.`;
}

/** Whether the markup stops in the middle of a tag ("<a href=..." with no ">"). Linear, for huge pages. */
function endsInsideTag(markup: string): boolean {
  const open = markup.lastIndexOf('<');
  return open >= 0 && markup.indexOf('>', open) < 0 && /^<[a-zA-Z/]/.test(markup.slice(open, open + 2));
}

/**
 * The markup without comments and without the contents of <script>/<style> (which may hold "<div>" strings).
 * An unclosed comment is left in place so that it can be reported. Linear in the length of the page.
 */
function withoutCommentsAndRawText(source: string): string {
  let out = '';
  let i = 0;
  const lower = source.toLowerCase();
  while (i < source.length) {
    const lt = source.indexOf('<', i);
    if (lt < 0) break;
    if (source.startsWith('<!--', lt)) {
      const end = source.indexOf('-->', lt + 4);
      if (end < 0) break;
      out += source.slice(i, lt);
      i = end + 3;
      continue;
    }
    const raw = /^<(script|style)\b/.exec(lower.slice(lt, lt + 8));
    if (raw) {
      const close = lower.indexOf(`</${raw[1]}`, lt);
      const openEnd = source.indexOf('>', lt);
      if (close < 0 || openEnd < 0 || openEnd > close) break;
      out += source.slice(i, openEnd + 1);
      i = close;
      continue;
    }
    out += source.slice(i, lt + 1);
    i = lt + 1;
  }
  return out + source.slice(i);
}
