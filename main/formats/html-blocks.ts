/**
 * The readable blocks of (sanitised) article HTML: paragraphs, headings, list items, quotes, table rows,
 * and figure captions kept apart.
 */
import type { Block } from './text-blocks';

const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup',
  'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th',
  'thead', 'tr', 'ul', 'caption',
]);
/** Elements whose content is never article text (the same ones the sanitiser drops, so text does not depend on it). */
const SKIPPED_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'head', 'title', 'button', 'select', 'option', 'textarea', 'input',
  'svg', 'math', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'canvas', 'video', 'audio', 'map',
]);
const HEADING = /^h[1-6]$/;

export interface HtmlBlocks {
  blocks: Block[];
  captions: string[];
}

/** Walks an element (usually a body) and returns its text blocks in reading order. */
export function blocksOf(root: Element): HtmlBlocks {
  const out: HtmlBlocks = { blocks: [], captions: [] };
  const withBlocks = new Set<Element>();
  markElementsWithBlocks(root, withBlocks);
  walk(root, false, out, withBlocks);
  return out;
}

/** Records every element that has a block element below it (one pass, instead of a search per element). */
function markElementsWithBlocks(element: Element, withBlocks: Set<Element>): boolean {
  let found = false;
  for (const child of Array.from(element.children)) {
    const below = markElementsWithBlocks(child, withBlocks);
    if (below || BLOCK_TAGS.has(child.tagName.toLowerCase())) found = true;
  }
  if (found) withBlocks.add(element);
  return found;
}

function walk(element: Element, quote: boolean, out: HtmlBlocks, withBlocks: Set<Element>): void {
  let inline = '';
  const flush = () => {
    if (inline.trim() !== '') out.blocks.push({ text: inline, kind: quote ? 'quote' : 'body' });
    inline = '';
  };
  for (const child of Array.from(element.childNodes)) {
    if (child.nodeType === 3) {
      inline += collapseWhiteSpace(child.textContent ?? '');
      continue;
    }
    if (child.nodeType !== 1) continue;
    const el = child as Element;
    const tag = el.tagName.toLowerCase();
    if (SKIPPED_TAGS.has(tag)) continue;
    if (tag === 'br') {
      inline += '\n';
    } else if (tag === 'figcaption' || tag === 'caption') {
      flush();
      const caption = inlineText(el);
      if (caption.trim()) out.captions.push(caption);
    } else if (HEADING.test(tag)) {
      flush();
      out.blocks.push({ text: inlineText(el), kind: 'heading' });
    } else if (tag === 'pre') {
      flush();
      // Paragraphs set in a <pre> (wire terminals, plain-text archives) are separated by blank lines: one block each.
      for (const paragraph of (el.textContent ?? '').split(/\n[ \t]*\n/)) {
        if (paragraph.trim() !== '') out.blocks.push({ text: paragraph.replace(/^\s*\n|\s+$/g, '').replace(/^[ \t]+(?=\S)/, ''), kind: quote ? 'quote' : 'body' });
      }
    } else if (tag === 'tr' && !Array.from(el.children).some(isLayoutCell)) {
      // A row of a data table; a row whose cells hold tables, or a heading or paragraphs, is page layout (an old portal's
      // columns, a story's cell in a table-built CMS such as uCoz), walked below.
      flush();
      const cells = Array.from(el.children).map((cell) => inlineText(cell).replace(/\s+/g, ' ').trim());
      const row = cells.filter((c) => c !== '').join(' | ');
      if (row) out.blocks.push({ text: row, kind: quote ? 'quote' : 'body' });
    } else if (tag === 'blockquote' || (tag === 'q' && withBlocks.has(el))) {
      flush();
      walk(el, true, out, withBlocks);
    } else if (BLOCK_TAGS.has(tag) || withBlocks.has(el)) {
      flush();
      walk(el, quote, out, withBlocks);
    } else {
      inline += inlineText(el);
    }
  }
  flush();
}

/** A table cell of page layout: it holds a table, a heading, or more than one paragraph or box (a data table's cell holds one). */
function isLayoutCell(cell: Element): boolean {
  return cell.querySelector('table, h1, h2, h3, h4, h5, h6') !== null || cell.querySelectorAll('p, div, ul, ol, blockquote').length >= 2;
}

/** Text of an inline subtree, with <br> as a newline and skipped elements left out. */
function inlineText(element: Element): string {
  let text = '';
  for (const child of Array.from(element.childNodes)) {
    if (child.nodeType === 3) text += collapseWhiteSpace(child.textContent ?? '');
    else if (child.nodeType === 1) {
      const el = child as Element;
      const tag = el.tagName.toLowerCase();
      if (tag === 'br') text += '\n';
      else if (!SKIPPED_TAGS.has(tag)) text += inlineText(el);
    }
  }
  return text;
}

/** HTML white space (newlines included) in ordinary text is one space; only <br> and <pre> break lines. */
function collapseWhiteSpace(text: string): string {
  return text.replace(/[ \t\n\r\f]+/g, ' ');
}
