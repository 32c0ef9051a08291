/**
 * Character references (&amp;, &#8217;, &eacute; ...) decoded by the HTML parser's own decoder (the `entities`
 * package that htmlparser2, and so linkedom, uses), never by a hand-made table.
 */
import { decodeHTML, decodeHTMLAttribute, decodeHTMLStrict } from 'entities';

/** Text of a page read without a DOM: references decoded as a browser decodes text content. */
export function decodeTextReferences(text: string): string {
  return text.includes('&') ? decodeHTML(text) : text;
}

/** Markdown text: CommonMark decodes only complete references, each ending in ';'. */
export function decodeStrictReferences(text: string): string {
  return text.includes('&') ? decodeHTMLStrict(text) : text;
}

/** A reference left in metadata after the parser's own pass: "&#8216;", "&#038;", "&amp;" ... */
const LEFT_REFERENCE = /&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/;

/**
 * Metadata text as a reader should see it. The parser already decoded attribute values once, but publishing
 * systems often encode twice (`content="Farmers&amp;#8217; ..."` reaches us as "Farmers&#8217; ...") and write
 * references into JSON-LD strings, which the parser never decodes. At most two more passes, with attribute
 * rules (a bare "&copy" followed by letters stays as written), and only while a complete reference is left.
 */
export function decodeMetadataText(text: string): string {
  let out = text;
  for (let pass = 0; pass < 2 && LEFT_REFERENCE.test(out); pass++) out = decodeHTMLAttribute(out);
  return out;
}
