import { describe, expect, it } from 'vitest';
import { sanitizeHtml } from './sanitize';

describe('sanitizeHtml (DOMPurify over jsdom)', () => {
  it('removes scripts, styles, frames, plug-ins, forms and SVG', () => {
    const out = sanitizeHtml(
      '<p>Keep</p><script>alert(1)</script><style>p{}</style><iframe src="https://e.example"></iframe>' +
        '<object data="x.swf"></object><embed src="x.swf"><form action="https://e.example"><input></form>' +
        '<svg onload="alert(1)"></svg><math><mi>x</mi></math><noscript>n</noscript><base href="https://e.example/">',
    );
    expect(out).toBe('<p>Keep</p>');
  });

  it('removes event handlers, style, target and data attributes', () => {
    const out = sanitizeHtml('<p onclick="a()" onmouseover="b()" style="color:red" data-x="1">t</p><img src="https://i.example/a.png" onerror="c()">');
    expect(out).toBe('<p>t</p><img src="https://i.example/a.png">');
  });

  it('drops javascript:, vbscript: and data: URLs however they are disguised', () => {
    const out = sanitizeHtml(
      '<a href="javascript:alert(1)">a</a><a href="JaVaScRiPt:alert(1)">b</a><a href="java&#x09;script:alert(1)">c</a>' +
        '<a href="  javascript:alert(1)">d</a><a href="vbscript:msgbox">e</a><a href="data:text/html,<script>alert(1)</script>">f</a>' +
        '<img src="data:image/png;base64,AAAA"><img srcset="https://i.example/a.png 1x, data:image/png;base64,AA 2x">',
    );
    expect(out).not.toMatch(/href=|src=|srcset=/);
    expect(out).toContain('>a</a>');
  });

  it('keeps http(s), mailto and relative links, marked noopener', () => {
    const out = sanitizeHtml('<a href="https://n.example/a">x</a><a href="mailto:a@b.example">m</a><a href="/rel">r</a><a href="#f">f</a>');
    expect(out).toBe(
      '<a href="https://n.example/a" rel="noopener noreferrer">x</a><a href="mailto:a@b.example" rel="noopener noreferrer">m</a>' +
        '<a href="/rel" rel="noopener noreferrer">r</a><a href="#f" rel="noopener noreferrer">f</a>',
    );
  });

  it('keeps ordinary article markup', () => {
    const html = '<h2>Head</h2><p>Text <em>em</em> <strong>b</strong></p><blockquote><p>q</p></blockquote><ul><li>i</li></ul><figure><img src="https://i.example/a.jpg" alt="A"><figcaption>Cap</figcaption></figure>';
    expect(sanitizeHtml(html)).toBe(html);
  });
});
