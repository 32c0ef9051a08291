/**
 * Markup read as markup, without a DOM: how broken it is, and its text as plain paragraphs. Linear in the
 * length of the page whatever its nesting, for pages too deep or too odd for a DOM reader.
 */
import { decodeTextReferences } from './entities';
import { blankLineParagraphs } from './text-blocks';

/** Block-level tags whose boundaries separate paragraphs when markup is read as plain text. */
const PLAIN_BLOCK_BOUNDARY = /^<\/?(?:p|div|br|h[1-6]|li|ul|ol|tr|table|section|article|blockquote|pre|header|footer|main|aside|nav|figure|figcaption|dd|dt|dl|hr)\b/i;

/** The paragraphs of a page straight from its markup: tags dropped, block boundaries kept, entities decoded. */
export function markupParagraphs(source: string): string[] {
  const body = source.replace(/^[\s\S]*?<body\b[^>]*>/i, '');
  const text = withoutCommentsAndRawText(body).replace(/<[^<>]*>?/g, (tag) => (PLAIN_BLOCK_BOUNDARY.test(tag) ? '\n\n' : ''));
  return blankLineParagraphs(decodeTextReferences(text));
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
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
 * The markup without comments and without the contents of <script>, <style>, <title> and <textarea>
 * (raw text that may hold "<div>" strings, and is never body text).
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
    const raw = /^<(script|style|title|textarea)\b/.exec(lower.slice(lt, lt + 10));
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
