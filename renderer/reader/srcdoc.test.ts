import { describe, it, expect } from 'vitest';
import { ARTICLE_FRAME_CSP, buildSrcdoc, escapeHtml } from './srcdoc';

describe('buildSrcdoc', () => {
  it('puts the CSP meta before any article content', () => {
    const doc = buildSrcdoc('<p>Hello</p><script>alert(1)</script>', 'T');
    const csp = doc.indexOf(ARTICLE_FRAME_CSP);
    expect(csp).toBeGreaterThan(0);
    expect(csp).toBeLessThan(doc.indexOf('<p>Hello</p>'));
    expect(ARTICLE_FRAME_CSP).toContain("default-src 'none'");
    expect(ARTICLE_FRAME_CSP).not.toContain('script-src');
  });

  it('escapes the title so it cannot close the head', () => {
    const doc = buildSrcdoc('', '</title><script>x()</script>');
    expect(doc).not.toContain('<script>x()');
    expect(escapeHtml(`<a href="x" b='y'>&`)).toBe('&lt;a href=&quot;x&quot; b=&#39;y&#39;&gt;&amp;');
  });
});
