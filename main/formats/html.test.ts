import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { describeDamage } from './html-markup';
import { parseArticle } from './index';
import { FormatProblem } from './problem';
import { TempFolder, expectParagraphsTileText } from './temp-files.test-helper';

const folder = new TempFolder();
afterAll(() => folder.remove());

const PARAGRAPHS = [
  'Communist China is considering supplying lethal arms to Russia, officials said on Thursday, citing new intelligence.',
  'NATO allies have engaged in a number of closed-door appeals to China not to arm Russia, culminating in a warning in Munich.',
  'Blinken said in an interview with CBS News that China is seriously exploring supplying arms to Russia.',
];

function page(head: string, article: string): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8">${head}</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article>${article}</article>
<footer><p>© 2023 The Daily Example. All rights reserved.</p></footer></body></html>`;
}

const BODY = PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n');

describe('HTML metadata', () => {
  it('reads JSON-LD with @graph, @id references and author arrays, tolerating a malformed block', () => {
    const ld = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', '@id': '#site', name: 'Site name' },
        {
          '@type': ['NewsArticle'],
          headline: 'China weighs lethal aid',
          author: [{ '@type': 'Person', name: 'Jane Doe' }, { '@id': '#john' }],
          publisher: { '@id': '#org' },
          datePublished: '2023-02-23T10:00:00Z',
          mainEntityOfPage: { '@id': 'https://daily.example/china' },
        },
        { '@id': '#org', '@type': 'Organization', name: 'The Daily Example' },
        { '@id': '#john', '@type': 'Person', name: 'John Roe' },
      ],
    };
    const html = page(
      `<title>China weighs lethal aid | The Daily Example</title>
       <script type="application/ld+json">{ "broken": </script>
       <script type="application/ld+json">${JSON.stringify(ld)}</script>`,
      `<h1>China weighs lethal aid</h1><p class="byline">By Jane Doe</p>${BODY}`,
    );
    const a = folder.parse('ld.html', html);
    expect(a.format).toBe('html');
    expect(a.title).toBe('China weighs lethal aid');
    expect(a.authors).toEqual(['Jane Doe', 'John Roe']);
    expect(a.publisher).toBe('The Daily Example');
    expect(a.publishedAt).toEqual({ value: '2023-02-23T10:00:00Z', precision: 'datetime' });
    expect(a.url).toBe('https://daily.example/china');
    expect(expectParagraphsTileText(a)).toEqual(PARAGRAPHS);
    expect(a.warnings).toEqual([]);
  });

  it('reads JSON-LD given as a top-level array', () => {
    const ld = [{ '@type': 'BreadcrumbList' }, { '@type': 'Article', headline: 'Array headline', author: 'Ann Poe', publisher: 'Poe Press', datePublished: '2020-05-01' }];
    const a = folder.parse('array.html', page(`<script type="application/ld+json">${JSON.stringify(ld)}</script>`, BODY));
    expect(a.title).toBe('Array headline');
    expect(a.authors).toEqual(['Ann Poe']);
    expect(a.publisher).toBe('Poe Press');
    expect(a.publishedAt).toEqual({ value: '2020-05-01', precision: 'day' });
  });

  it('reads Open Graph, article:* and author meta tags and the canonical link', () => {
    const a = folder.parse(
      'og.html',
      page(
        `<title>Ignored title</title>
         <meta property="og:title" content="OG headline">
         <meta property="og:site_name" content="OG Site">
         <meta property="og:url" content="https://og.example/story">
         <link rel="canonical" href="https://og.example/canonical">
         <meta property="article:published_time" content="2019-07-04T08:30:00+02:00">
         <meta name="author" content="Sam Smith">`,
        BODY,
      ),
    );
    expect(a.title).toBe('OG headline');
    expect(a.publisher).toBe('OG Site');
    expect(a.authors).toEqual(['Sam Smith']);
    expect(a.publishedAt).toEqual({ value: '2019-07-04T08:30:00+02:00', precision: 'datetime' });
    expect(a.url).toBe('https://og.example/canonical');
  });

  it('reads citation_* and Dublin Core tags', () => {
    const a = folder.parse(
      'citation.html',
      page(
        `<meta name="citation_title" content="A study of jets">
         <meta name="citation_author" content="Doe, Jane"><meta name="citation_author" content="Roe, John">
         <meta name="citation_publication_date" content="2008/03/06">
         <meta name="DC.publisher" content="Journal of Flight">`,
        BODY,
      ),
    );
    expect(a.title).toBe('A study of jets');
    expect(a.authors).toEqual(['Doe, Jane', 'Roe, John']);
    expect(a.publishedAt).toEqual({ value: '2008-03-06', precision: 'day' });
    expect(a.publisher).toBe('Journal of Flight');
  });

  it.each([
    ['<meta name="date" content="2021-03-04">', { value: '2021-03-04', precision: 'day' }],
    ['<meta name="DC.date" content="March 2008">', { value: '2008-03', precision: 'month' }],
    ['<meta name="dcterms.date" content="Thursday, February 23, 2023">', { value: '2023-02-23', precision: 'day' }],
    ['<meta itemprop="datePublished" content="2011-10-06T09:15:00-07:00">', { value: '2011-10-06T09:15:00-07:00', precision: 'datetime' }],
  ])('reads the date from %s', (tag, date) => {
    expect(folder.parse('date.html', page(`<title>Dated</title>${tag}`, BODY)).publishedAt).toEqual(date);
  });

  it('drops the site name from a <title> when it names the publisher', () => {
    const a = folder.parse('suffix.html', page('<title>Storm hits coast | The Gazette</title><meta property="og:site_name" content="The Gazette">', BODY));
    expect(a.title).toBe('Storm hits coast');
    const b = folder.parse('prefix.html', page('<title>The Gazette - Storm: what we know</title><meta property="og:site_name" content="The Gazette">', BODY));
    expect(b.title).toBe('Storm: what we know');
  });

  it('falls back to <time datetime> and <title>', () => {
    const a = folder.parse('time.html', page('<title>Only a title tag</title>', `<time datetime="2011-10-06">Oct 6</time>${BODY}`));
    expect(a.title).toBe('Only a title tag');
    expect(a.publishedAt).toEqual({ value: '2011-10-06', precision: 'day' });
    expect(a.url).toBeNull();
  });

  it('keeps figure captions and page furniture out of the text', () => {
    const a = folder.parse(
      'figure.html',
      page('<title>T</title>', `${BODY}<figure><img src="https://img.example/a.jpg" alt=""><figcaption>Putin and Xi in Moscow</figcaption></figure><p>Share this</p>`),
    );
    expect(a.captions).toEqual(['Putin and Xi in Moscow']);
    expect(a.text).not.toContain('Putin and Xi in Moscow');
    expect(a.text).not.toContain('Share this');
    expect(a.html).toContain('<img src="https://img.example/a.jpg"');
  });
});

describe('hostile HTML', () => {
  const hostile = page(
    '<title>Hostile</title><style>body{background:url(https://evil.example/track)}</style><script>window.stolen = document.cookie</script>',
    `${BODY}
     <p>Officials pointed to <a href="javascript:alert(1)">one</a>, <a href="java&#x09;script:alert(2)">two</a>,
        <a href=" JAVASCRIPT:alert(3)">three</a> and <a href="https://safe.example/x" onclick="steal()" target="_blank">four</a>.</p>
     <img src="x" onerror="alert(4)"><img src="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=">
     <iframe src="https://evil.example/frame"></iframe><object data="evil.swf"></object><embed src="evil.swf">
     <svg onload="alert(5)"><circle r="1"/></svg><form action="https://evil.example"><input name="q"></form>
     <p style="position:fixed" onmouseover="alert(6)">Hover text stays as text.</p>`,
  );

  it('sanitises the content HTML', () => {
    const a = folder.parse('hostile.html', hostile);
    const html = a.html ?? '';
    expect(html).toContain('Communist China');
    expect(html).not.toMatch(/<script|<style|<iframe|<object|<embed|<svg|<form|<input/i);
    expect(html).not.toMatch(/\son[a-z]+=/i);
    expect(html).not.toMatch(/javascript:|java\s*script|data:/i);
    expect(html).not.toMatch(/style=|target=/i);
    expect(html).toContain('href="https://safe.example/x"');
    expect(html).toContain('rel="noopener noreferrer"');
  });

  it('keeps the words and drops the code', () => {
    const a = folder.parse('hostile.html', hostile);
    expect(a.text).toContain('Hover text stays as text.');
    expect(a.text).toContain('Officials pointed to one, two, three and four.');
    expect(a.text).not.toMatch(/stolen|cookie|alert|background/);
  });
});

describe('broken and odd HTML', () => {
  it('still yields text from unclosed and truncated markup, with a warning', () => {
    const a = folder.parse('broken.html', `<html><head><title>Broken page</title></head><body><div><p>${PARAGRAPHS[0]}<p>${PARAGRAPHS[1]}<b>bold <i>both</b> trailing</div></div><p>${PARAGRAPHS[2]}<a href="https://x.example`);
    expect(a.title).toBe('Broken page');
    expect(a.text).toContain(PARAGRAPHS[0]);
    expect(a.text).toContain(PARAGRAPHS[1]);
    expect(a.warnings).toHaveLength(1);
    expect(a.warnings[0]).toMatch(/HTML is malformed/);
    expectParagraphsTileText(a);
  });

  it('reads a bare fragment with no <html> or <body>', () => {
    const a = folder.parse('fragment.htm', `<h1>Fragment</h1>${BODY}`);
    expect(a.title).toBe('Fragment');
    expect(expectParagraphsTileText(a)).toEqual(PARAGRAPHS);
  });

  it('falls back to the body text when Readability finds no article', () => {
    const a = folder.parse('short.html', '<html><head><title>Short</title></head><body><div>Just one short line.</div><nav>Menu</nav></body></html>');
    expect(a.text).toBe('Just one short line.');
    expect(a.html).toContain('Just one short line.');
  });

  it('decodes a page that declares a legacy charset', () => {
    const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><title>Caf\u00e9 news</title></head><body><p>\u201cThe caf\u00e9 is open,\u201d she said. ${PARAGRAPHS[0]}</p></body></html>`;
    const a = folder.parse('latin.html', iconv.encode(html, 'windows-1252'));
    expect(a.encoding).toBe('windows-1252');
    expect(a.title).toBe('Café news');
    expect(a.text).toContain('“The café is open,” she said.');
  });

  it('rejects a page with no title and no text', () => {
    expect(() => folder.parse('blank.html', '<html><head><script>var x = 1;</script></head><body>  </body></html>')).toThrow(FormatProblem);
  });

  it('reports a page with a title but no text with a warning', () => {
    const a = folder.parse('titled.html', '<html><head><title>Only title</title></head><body><img src="a.png"></body></html>');
    expect(a.title).toBe('Only title');
    expect(a.text).toBe('');
    expect(a.warnings).toEqual(['The page has a title but no readable article text.']);
  });
});

describe('costly and pathological pages', () => {
  it('gives the same text without the sanitised html when asked not to build it', () => {
    const html = page('<title>T</title>', `${BODY}<script>alert(1)</script><iframe src="https://e.example">frame text</iframe>`);
    const full = folder.parse('full.html', html);
    const lean = parseArticle(new TextEncoder().encode(html), 'lean.html', { withHtml: false });
    expect(lean.html).toBeNull();
    expect(full.html).toContain(PARAGRAPHS[0]);
    expect({ ...lean, html: full.html }).toEqual(full);
  });

  it('reads absurdly deep markup as plain text, quickly and with a warning', () => {
    const deep = `<title>Deep page</title>${'<div>'.repeat(20000)}<p>Deep &amp; buried text.</p><script>alert(1)</script>${'</div>'.repeat(20000)}<p>After.</p>`;
    const a = folder.parse('deep.html', deep);
    expect(a.title).toBe('Deep page');
    expect(expectParagraphsTileText(a)).toEqual(['Deep & buried text.', 'After.']);
    expect(a.warnings).toEqual(['The page\'s markup is nested more than 150 levels deep; it was read as plain text.']);
    expect(a.html).toBe('<p>Deep &#38; buried text.</p>\n<p>After.</p>');
  });
});

describe('describeDamage', () => {
  it('passes well-formed markup, with void and implicitly closed elements', () => {
    expect(describeDamage('<html><body><p>One<p>Two<br><img src=x><div><span>a</span></div></body></html>')).toBeNull();
    expect(describeDamage('<div><script>if (a < b) { document.write("<div>") }</script></div>')).toBeNull();
  });

  it('names unbalanced tags and truncation', () => {
    expect(describeDamage('<div><span>text</div>')).toMatch(/<span>/);
    expect(describeDamage('<div>text</div><a href="x')).toMatch(/ends inside a tag/);
  });
});
