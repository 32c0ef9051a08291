/**
 * Article HTML made safe to show: DOMPurify over one shared jsdom window (DOMPurify does nothing on linkedom,
 * and jsdom takes ~100 ms to start, so the window is created once, on first use). jsdom itself is loaded then too:
 * its modules take about a second to load, which a command that sanitises nothing (a search) should not pay.
 */
import { createRequire } from 'node:module';
import createDOMPurify, { type DOMPurify } from 'dompurify';

const FORBIDDEN_TAGS = [
  'script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'form', 'input', 'button',
  'textarea', 'select', 'option', 'link', 'meta', 'base', 'svg', 'math', 'noscript', 'template', 'portal',
];
const URL_ATTRIBUTES = ['href', 'src', 'srcset', 'action', 'formaction', 'poster', 'background', 'cite', 'longdesc', 'xlink:href', 'data'];
/** Schemes an article link or image may use; anything else (javascript:, data:, vbscript:, file:) is dropped. */
const SAFE_URL = /^(?:https?:|mailto:|#|\/|\.|[^:]*$)/i;

let purifier: DOMPurify | null = null;

function getPurifier(): DOMPurify {
  if (purifier) return purifier;
  const { JSDOM } = createRequire(import.meta.url)('jsdom') as typeof import('jsdom');
  const { window } = new JSDOM('<!DOCTYPE html><html><body></body></html>');
  const instance = createDOMPurify(window as unknown as Parameters<typeof createDOMPurify>[0]);
  instance.addHook('afterSanitizeAttributes', (node) => {
    for (const name of URL_ATTRIBUTES) {
      const value = node.getAttribute(name);
      if (value === null) continue;
      // Browsers ignore control characters and spaces inside a scheme ("java\tscript:").
      const compact = value.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
      const urls = name === 'srcset' ? compact.split(',').map((c) => c.replace(/\s.*$/, '')) : [compact];
      if (!urls.every((u) => SAFE_URL.test(u))) node.removeAttribute(name);
    }
    if (node.tagName === 'A' && node.hasAttribute('href')) node.setAttribute('rel', 'noopener noreferrer');
  });
  purifier = instance;
  return instance;
}

export function sanitizeHtml(html: string): string {
  return getPurifier().sanitize(html, {
    FORBID_TAGS: FORBIDDEN_TAGS,
    FORBID_ATTR: ['style', 'target', 'srcdoc', 'ping'],
    ALLOW_DATA_ATTR: false,
    ALLOW_UNKNOWN_PROTOCOLS: false,
  }) as string;
}
