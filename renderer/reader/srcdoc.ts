/**
 * The document an HTML article is shown in: an <iframe sandbox="" srcdoc=…> (no scripts, an
 * opaque origin) whose own CSP forbids everything but inline styles and data: images. The HTML
 * is already sanitised by main; this is the second lock, so that a <script>, an onerror= or a
 * javascript: link that slipped through still never runs or loads anything.
 */
export const ARTICLE_FRAME_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/** Escape text for an HTML attribute or text node. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

export function buildSrcdoc(html: string, title: string): string {
  return [
    '<!doctype html><html><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${ARTICLE_FRAME_CSP}">`,
    '<meta name="color-scheme" content="light dark">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${escapeHtml(title)}</title>`,
    '</head><body>',
    // The CSP meta must come first: anything before it would run under no policy.
    html,
    '</body></html>',
  ].join('');
}
