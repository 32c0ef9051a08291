import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { describeDamage } from './html-markup';
import { fullerSiteName } from './html-metadata';
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
    // (Highwire's "Family, Given", as a byline names the writers.)
    expect(a.authors).toEqual(['Jane Doe', 'John Roe']);
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

  it('reads the crawler view in <noscript> of an app shell saved before its script ran, and only then', () => {
    const story = '<h1>Water off in two suburbs on Tuesday</h1><p>The city will shut off water in Northcliff and Mayfield on Tuesday while a main is replaced, the utility said.</p><p>Tankers will stand at both schools from 7am.</p>';
    const shell = folder.parse('shell.html', `<html><head><title>Water off in two suburbs on Tuesday - Notices</title></head><body><section id="main"></section><noscript>${story}</noscript><script>start()</script></body></html>`);
    expect(shell.text).toContain('Tankers will stand at both schools');
    const full = folder.parse('full.html', `<html><head><title>Water off</title></head><body><article>${story}</article><noscript><p>Please enable JavaScript to use every feature of this site, including comments, maps and alerts.</p></noscript></body></html>`);
    expect(full.text).not.toContain('enable JavaScript');
  });

  it("leaves a scholarly site generator's appendix (reuse licence, BibTeX, how to cite) out of the text", () => {
    const a = folder.parse('quarto.html', `<html><head><title>Lichen survey</title></head><body><main><h1>Lichen survey</h1><p>${PARAGRAPHS[0]}</p><p>${PARAGRAPHS[1]}</p><div id="quarto-appendix"><section><h2>Citation</h2><pre><code>@online{roe2024, title = {Lichen survey}}</code></pre><div>For attribution, please cite this work as: Roe, Jane. 2024.</div></section></div></main></body></html>`);
    expect(a.text).toContain(PARAGRAPHS[1]!.slice(0, 30));
    expect(a.text).not.toContain('please cite');
  });

  it("dates a UTC stamp by the outlet's day where the page declares a one-zone region, and not otherwise", () => {
    const stamp = '<title>Bridge reopens</title><meta property="article:published_time" content="2025-03-11T23:35:00Z">';
    const nepal = folder.parse('np.html', page(stamp, BODY).replace('<html>', '<html lang="en-NP">'));
    expect(nepal.publishedAt).toEqual({ value: '2025-03-12T05:20:00+05:45', precision: 'datetime' });
    const bare = folder.parse('en.html', page(stamp, BODY).replace('<html>', '<html lang="en">'));
    expect(bare.publishedAt?.value.slice(0, 10)).toBe('2025-03-11');
  });

  it("takes the article's one <h1> over metadata titles that reword it, but not over the same headline behind a label", () => {
    const head = '<title>Ferry fares frozen | The Daily Example</title><meta property="og:title" content="Ferry fares frozen"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry fares frozen"}</script>';
    const reworded = folder.parse('h1-longer.html', page(head, `<h1>Island ferry fares frozen for a second year after protests</h1>${BODY}`));
    expect(reworded.title).toBe('Island ferry fares frozen for a second year after protests');
    const labelled = folder.parse('h1-label.html', page(head, `<h1>Watch: Ferry fares frozen</h1>${BODY}`));
    expect(labelled.title).toBe('Ferry fares frozen');
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

describe('web page headlines', () => {
  it.each([
    ['<title>Storm hits coast | The Harbour Gazette</title><meta property="og:site_name" content="The Harbour Gazette">', 'og:site_name'],
    ['<title>Storm hits coast - Kiln Engineering Blog</title><meta name="application-name" content="Kiln Engineering Blog">', 'application-name'],
    ['<title>Kiln Engineering Blog: Storm hits coast</title><meta name="application-name" content="Kiln Engineering Blog">', 'a "Site: " prefix'],
    ['<title>Storm hits coast | Weather | The Harbour Gazette</title><meta property="og:title" content="Storm hits coast">', 'og:title repeating the <title> without its additions'],
    ['<title>Storm hits coast | by Jane Doe | Field Notes | Medium</title><meta property="og:site_name" content="Medium"><script type="application/ld+json">{"@type":"Article","headline":"Storm hits coast - Field Notes - Medium","publisher":{"@type":"Organization","name":"Field Notes"}}</script>', 'JSON-LD publisher and platform'],
    ['<title>Storm hits coast – Valley Herald</title><link rel="canonical" href="https://www.valleyherald.example/2021/06/14/storm.html">', 'the domain'],
  ])('drops the site name known from %#: %s', (head, _why) => {
    expect(folder.parse('title.html', page(head, BODY)).title).toBe('Storm hits coast');
  });

  it('prefers the headline the page shows, and keeps a colon that belongs to the headline', () => {
    const shown = folder.parse('shown.html', page('<title>Harbour Chronicle | Storm hits coast</title>', `<h2>Storm hits coast</h2>${BODY}`));
    expect(shown.title).toBe('Storm hits coast');
    const colon = folder.parse('colon.html', page('<title>Storm Elin: power cut to thousands</title><meta property="og:site_name" content="Northwind">', BODY));
    expect(colon.title).toBe('Storm Elin: power cut to thousands');
  });

  it('takes the shown headline out of a title that adds a newsletter issue or a forum label before it', () => {
    const issue = folder.parse('issue.html', page('<title>Fenwick Weekly #87: Ferry timetable changes from May</title>', `<h1>Ferry timetable changes from May</h1>${BODY}`));
    expect(issue.title).toBe('Ferry timetable changes from May');
    const forum = folder.parse('forum.html', page('<title>Fenwick Parish Online :: View topic - Ferry timetable changes from May</title>', `<b>Ferry timetable changes from May</b>${BODY}<p>© 2004-2012 by Fenwick Parish Online</p>`));
    expect(forum.title).toBe('Ferry timetable changes from May');
    expect(forum.publisher).toBe('Fenwick Parish Online');
  });

  it('prefers the article\'s one <h1> to a metadata title rewritten for search engines', () => {
    const seo = folder.parse(
      'seo.html',
      page('<title>Ferry fares: what the new prices mean for you - Fenwick Post</title><meta property="og:title" content="Ferry fares: what the new prices mean for you">', `<h1>Harbour board raises ferry fares by a tenth from June</h1>${BODY}`),
    );
    expect(seo.title).toBe('Harbour board raises ferry fares by a tenth from June');
    // A heading edited by a word or two is still the headline the reader saw and cites: it stands over the declared title.
    const edited = folder.parse('edited.html', page('<meta property="og:title" content="Harbour board raises ferry fares by a tenth">', `<h1>Harbour board raises ferry fares by a tenth from June</h1>${BODY}`));
    expect(edited.title).toBe('Harbour board raises ferry fares by a tenth from June');
  });

  it('does not take a site name set as the banner\'s <h1> for the headline', () => {
    const html = `<html><head><meta property="og:title" content="Ferry fares rise"></head><body><header><h1>Fenwick Post, news for the whole valley</h1></header>
      <article>${BODY}</article></body></html>`;
    expect(folder.parse('banner.html', html).title).toBe('Ferry fares rise');
  });

  it('decodes character references in metadata, also when encoded twice', () => {
    const a = folder.parse(
      'refs.html',
      page(
        `<title>Council&amp;#39;s &amp;#8216;green&amp;#8217; plan &amp;#8211; Shire Echo</title>
         <meta property="og:site_name" content="Shire Echo">
         <script type="application/ld+json">{"@type":"NewsArticle","headline":"Council&#39;s &#8216;green&#8217; plan &#038; more","author":{"@type":"Person","name":"Bronwen Lloyd&#8209;Jones"}}</script>`,
        BODY,
      ),
    );
    expect(a.title).toBe('Council\'s ‘green’ plan & more');
    expect(a.authors).toEqual(['Bronwen Lloyd‑Jones']);
    const b = folder.parse('refs2.html', page('<meta property="og:title" content="Farmers&amp;#8217; cooperative opens">', BODY));
    expect(b.title).toBe('Farmers’ cooperative opens');
  });
});

describe('web page publication dates', () => {
  const date = (html: string) => folder.parse('dated.html', html).publishedAt?.value.slice(0, 10) ?? null;

  it('never takes a modification date when a publication date exists, whatever comes first', () => {
    expect(
      date(
        page(
          `<meta property="article:modified_time" content="2023-02-25T16:20:00Z"><meta property="article:published_time" content="2023-02-23T07:05:00Z">
           <script type="application/ld+json">{"@type":"NewsArticle","dateModified":"2023-02-25","headline":"H"}</script>`,
          `<h1>H</h1><p>Updated <time datetime="2023-02-25">Feb. 25</time></p>${BODY}`,
        ),
      ),
    ).toBe('2023-02-23');
    expect(date(page('<title>H</title>', `<h1>H</h1><p class="updated">Updated <time datetime="2023-02-25">Feb 25</time></p><p>Published <time datetime="2023-02-23">Feb 23</time></p>${BODY}`))).toBe('2023-02-23');
  });

  it('reads the date of a permalink when the page declares none', () => {
    expect(date(page('<title>H</title><link rel="canonical" href="https://news.example/2021/06/14/council-vote.html">', `<h1>H</h1>${BODY}<p class="comment">Posted on June 20, 2021</p>`))).toBe('2021-06-14');
    expect(date(page('<meta property="og:url" content="https://news.example/world/20190503/ferry">', BODY))).toBe('2019-05-03');
  });

  it('takes the <time> of the article header, not the sidebar\'s before it', () => {
    const html = page(
      '<title>Bus drivers accept offer</title>',
      `<aside class="latest"><time datetime="2022-10-19">19 Oct</time> <time datetime="2022-10-18">18 Oct</time></aside>
       <h1>Bus drivers accept offer</h1><time datetime="2022-10-14T18:45:00+01:00">Friday</time>${BODY}`,
    );
    expect(date(html)).toBe('2022-10-14');
  });

  it('reads "Published" lines near the headline, and a date header above it', () => {
    expect(date(page('<title>H</title>', `<h2>Lifeboat rescue</h2><div>Last updated: 9 August 2015 · Published: 8 August 2015</div>${BODY}`))).toBe('2015-08-08');
    expect(date(page('<title>Library hours</title>', `<h2 class="date-header">Tuesday, October 15, 2019</h2><h3>Library hours</h3>${BODY}`))).toBe('2019-10-15');
  });

  it('falls back on the copyright year as a last resort, as a year', () => {
    const a = folder.parse('copyright.html', page('<title>Club notes</title>', BODY));
    expect(a.publishedAt).toEqual({ value: '2023', precision: 'year' });
  });

  it('reads the RDFa Dublin Core date of a Drupal node, whatever layout classes its wrappers carry', () => {
    const html = `<html><head><title>Pier repairs begin | Kilbrannan Echo</title></head><body class="one-sidebar sidebar-second">
      <h1>Pier repairs begin</h1><div class="node node-promoted"><span property="dc:date dc:created" content="2021-04-13T10:00:00+01:00">Submitted by
      <a property="foaf:name" href="/users/ciaran">Ciarán Mac Giolla</a> on Tue, 04/13/2021</span>${BODY}</div>
      <p>© 2024 Kilbrannan Echo</p></body></html>`;
    const a = folder.parse('drupal.html', html);
    expect(a.publishedAt?.value.slice(0, 10)).toBe('2021-04-13');
    expect(a.authors).toEqual(['Ciarán Mac Giolla']);
  });

  it('reads the publication date in a Next.js payload, of the item whose headline is the page\'s', () => {
    const data = {
      props: {
        pageProps: {
          related: [{ title: 'Tram fares frozen', published_at: '2022-01-03T08:00:00Z' }],
          story: { headline: 'Ferry fares rise', published: 'yes', publishedDate: '2022-01-05T06:30:00Z' },
        },
      },
    };
    const html = page(`<title>Ferry fares rise</title><script id="__NEXT_DATA__" type="application/json">${JSON.stringify(data)}</script>`, `<h1>Ferry fares rise</h1>${BODY}`);
    expect(date(html)).toBe('2022-01-05');
  });

  it('prefers the article header\'s date to a payload item that is not the page\'s own, and skips promoted-story boxes', () => {
    const data = { props: { pageProps: { trending: [{ title: 'Tram fares frozen', publishedAt: '2021-11-30T08:00:00Z' }] } } };
    const html = page(
      `<title>Ferry fares rise</title><script id="__NEXT_DATA__" type="application/json">${JSON.stringify(data)}</script>`,
      `<div class="promoted-stories"><a href="/x">Tram fares frozen</a> <span class="published">2021-11-29</span></div><h1>Ferry fares rise</h1><time datetime="2022-01-05T06:30:00Z">5 January</time>${BODY}`,
    );
    expect(date(html)).toBe('2022-01-05');
  });

  it('reads Parse.ly and Sailthru tags, and hAtom "published"', () => {
    expect(date(page('<meta name="parsely-pub-date" content="2020-07-30T15:12:00Z">', BODY))).toBe('2020-07-30');
    expect(date(page('<meta name="sailthru.date" content="2020-07-29 15:12:00">', BODY))).toBe('2020-07-29');
    expect(date(page('<title>T</title>', `${BODY}<div class="post-footer">Posted at <abbr class="published" title="2019-10-15T21:40:00-04:00">9:40 PM</abbr></div>`))).toBe('2019-10-15');
  });
});

describe('web page credits', () => {
  it('keeps organisations out of the authors and uses them as publisher only when the page names no other', () => {
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"H","author":{"@type":"Organization","name":"Northwind News"}}</script>';
    const a = folder.parse('org.html', page(ld, BODY));
    expect(a.authors).toEqual([]);
    expect(a.publisher).toBe('Northwind News');
    const b = folder.parse('agency.html', page('<meta name="author" content="AFP"><meta property="og:site_name" content="The Indus Herald">', BODY));
    expect(b.authors).toEqual([]);
    expect(b.publisher).toBe('The Indus Herald');
  });

  it('finds the person in the page when the metadata names only the outlet or a URL', () => {
    const a = folder.parse(
      'person.html',
      page(
        '<meta name="author" content="https://social.example/prairiesentinel"><script type="application/ld+json">{"@type":"NewsArticle","headline":"H","author":{"@type":"NewsMediaOrganization","name":"NBN News"}}</script>',
        `<h1>H</h1><div class="byline"><span>By <span class="name">Anjali Mehra-Lowe</span></span><div>Business reporter, NBN News</div></div>${BODY}`,
      ),
    );
    expect(a.authors).toEqual(['Anjali Mehra-Lowe']);
    expect(a.text).not.toContain('Business reporter');
    expect(a.text).not.toContain('Anjali');
  });

  it('reads several authors from JSON-LD strings, repeated meta tags and rel=author links', () => {
    const str = folder.parse('str.html', page('<script type="application/ld+json">{"@type":"NewsArticle","headline":"H","author":"Chiamaka Eze and Tunde Bakare"}</script>', BODY));
    expect(str.authors).toEqual(['Chiamaka Eze', 'Tunde Bakare']);
    const repeated = folder.parse('rep.html', page('<meta name="article:author" content="Lars Eriksen"><meta name="article:author" content="Mei Takahashi">', BODY));
    expect(repeated.authors).toEqual(['Lars Eriksen', 'Mei Takahashi']);
    const rel = folder.parse('rel.html', page('<title>H</title>', `<h1>H</h1><p><a rel="author" href="/p/fm">Fiona McAllister</a> and <a rel="author" href="/p/tw">Tomasz Wróbel</a></p>${BODY}`));
    expect(rel.authors).toEqual(['Fiona McAllister', 'Tomasz Wróbel']);
  });

  it('reads a short author box under the headline as the byline, not as a biography', () => {
    const a = folder.parse('box.html', page('<title>Depot plan</title>', `<h1>Depot plan</h1><div class="author-box"><a href="/a/nm">Nomvula Dube</a> | Transport Reporter</div>${BODY}`));
    expect(a.authors).toEqual(['Nomvula Dube']);
    const bio = `<div class="author-bio"><a href="/a/nm">Nomvula Dube</a> has covered transport for the paper since 2009 and before that wrote about farming for a weekly in the Karoo.</div>`;
    expect(folder.parse('bio.html', page('<title>Depot plan</title>', `<h1>Depot plan</h1>${BODY}${bio}`)).authors).toEqual([]);
  });

  it('reads a "By NAME, Role" line under the headline of a page without metadata', () => {
    const a = folder.parse('old.html', `<html><head><title>NewsNet - World - Dam talks resume</title></head><body><a href="/"><img alt="NewsNet" src="l.gif"></a>
      <font size="4"><b>Dam talks resume</b></font><br><font size="2">By KAREEM HADDAD, Associated Press Writer<br>Published: Feb. 26, 2003</font>
      ${BODY}</body></html>`);
    expect(a.title).toBe('Dam talks resume');
    expect(a.authors).toEqual(['Kareem Haddad']);
    expect(a.publishedAt).toEqual({ value: '2003-02-26', precision: 'day' });
    expect(a.publisher).toBe('Associated Press');
  });
});

describe('markup of the 1990s', () => {
  it('reads attributes written in capitals like any others', () => {
    const a = folder.parse(
      'caps.html',
      `<HTML><HEAD><TITLE>Old News - Ferry back in service</TITLE><META NAME="Author" CONTENT="Jane Doe"><LINK REL="canonical" HREF="https://old.example/1999/04/02/ferry.html"></HEAD>
       <BODY><A HREF="/"><IMG SRC="logo.gif" ALT="Old News"></A><P>${PARAGRAPHS.join('</P><P>')}</P></BODY></HTML>`,
    );
    expect(a.title).toBe('Ferry back in service');
    expect(a.authors).toEqual(['Jane Doe']);
    expect(a.url).toBe('https://old.example/1999/04/02/ferry.html');
    expect(a.publishedAt).toEqual({ value: '1999-04-02', precision: 'day' });
  });
});

describe('shapes of other publishing systems', () => {
  it('takes a credit that is the site\'s own name for the outlet, and a web address in og:site_name for no name', () => {
    const a = folder.parse(
      'account.html',
      page(
        '<meta property="og:site_name" content="Studio Example"><meta itemprop="author" content="Studio Example">',
        `<h1>H</h1><span class="blog-author">Studio Example</span><p><em>Written by Priya Nair</em></p>${BODY}`,
      ),
    );
    expect(a.authors).toEqual(['Priya Nair']);
    expect(a.publisher).toBe('Studio Example');
    const b = folder.parse('urlsite.html', page('<meta property="og:site_name" content="https://www.kxyz.example">', `<h1>H</h1><p>By Jane Roe and KXYZ Staff</p>${BODY}`));
    expect(b.publisher).toBe('KXYZ');
  });

  it('keeps comment threads, cookie and newsletter boxes, related-link lists and class-marked captions out of the text', () => {
    const a = folder.parse(
      'boxes.html',
      page(
        '<title>H</title>',
        `<div class="cookie-banner"><p>We use cookies to give you the best experience.</p></div><h1>H</h1>${BODY}
         <p class="video-caption">Video: the ferry in two minutes</p>
         <div class="newsletter-inline"><p>Want more stories like this? Sign up here.</p></div>
         <div class="links-block"><h2>Related</h2><ul><li><a href="/a">Bridge closed for repairs</a></li><li><a href="/b">Bus fares rise</a></li></ul></div>
         <div id="comments"><p>Margaret P Says:</p><p>Wonderful evening, well done all of you.</p></div>`,
      ),
    );
    expect(a.text.split(/\n+/)).toEqual(PARAGRAPHS);
    expect(a.captions).toContain('Video: the ferry in two minutes');
  });

  it('leaves the kicker above the headline and a marked standfirst out of the text', () => {
    const a = folder.parse('kicker.html', page('<title>H</title>', `<p class="kicker">Politics</p><h1>H</h1><p class="standfirst">A short summary of the story.</p>${BODY}`));
    expect(a.text.split(/\n+/)).toEqual(PARAGRAPHS);
  });

  it('reads an old portal\'s table columns cell by cell, its <br><br> paragraphs apart', () => {
    const a = folder.parse(
      'portal.html',
      `<html><head><title>Fenwick Parish Online :: View topic - Hall roof mended</title></head><body><table><tr>
       <td><table><tr><td><b>Who's Online</b></td></tr><tr><td>There are currently, 3 guest(s) and 0 member(s) that are online.</td></tr></table></td>
       <td><b>Hall roof mended</b><br>Posted by Wilf Barron on 2011/10/02 18:20:11 (88 reads)<br><br>
       <font>${PARAGRAPHS.join('<br><br>')}</font><br><center><a href="p">Printer Friendly Page</a> <a href="f">Send this Story to a Friend</a></center></td>
       </tr></table><p>© 2004-2012 by Fenwick Parish Online</p></body></html>`,
    );
    expect(a.title).toBe('Hall roof mended');
    expect(a.authors).toEqual(['Wilf Barron']);
    expect(a.publishedAt?.value).toBe('2011-10-02');
    expect(a.text).toBe(PARAGRAPHS.join('\n\n'));
    const data = folder.parse('data-table.html', page('<title>Schemes</title>', `<h1>Schemes</h1>${BODY}<table><tr><td><p>Marshby sea wall</p></td><td><p>£24 million</p></td></tr></table>`));
    expect(data.text).toContain('Marshby sea wall | £24 million');
  });

  it('leaves a marked summary under the byline, contributor notes, the dates box and a gallery list out of the text', () => {
    const a = folder.parse(
      'summary.html',
      page(
        '<title>Ferry fares rise</title>',
        `<h1>Ferry fares rise</h1><div class="byline">By Wilf Barron</div><div class="dates"><time datetime="2022-03-01">1 March 2022</time></div>
         <div class="post-single__summary">Return tickets will cost a tenth more from June as fuel costs climb</div>
         ${BODY}<p class="feature__contributors"><em>Wilf Barron is a writer based in Fenwick.</em></p>
         <div class="app-published-dates"><p>Published 1 March 2022<br>Last updated 2 March 2022 <a href="#h">+ show all updates</a></p></div>
         <section class="gallery-list"><h2>More galleries</h2><a href="/g/1">Pictures: Regatta day</a><a href="/g/2">Pictures: Harbour lights</a></section>`,
      ),
    );
    expect(a.text).toBe(PARAGRAPHS.join('\n\n'));
    const lead = folder.parse('lead.html', page('<title>Ferry fares rise</title>', `<h1>Ferry fares rise</h1><p class="gem-c-lead-paragraph">Return tickets will cost a tenth more from June.</p>${BODY}`));
    expect(lead.text).toBe(PARAGRAPHS.join('\n\n'));
  });

  it('reads a gallery\'s captions as its text, without their credits, and a lone picture\'s caption as a caption', () => {
    const slides = ['Rowers carry the boat to the slipway.', 'The junior crew crosses the line first.', 'Spectators crowd the harbour wall.'];
    const gallery = slides.map((c, k) => `<figure><span class="count">${k + 1} of 3</span><img src="${k}.jpg" alt=""><figcaption>${c} <span class="photo-credit">Photo: Wilf Barron</span></figcaption></figure>`).join('');
    const a = folder.parse('gallery.html', page('<title>Regatta day</title>', `<h1>Regatta day</h1>${BODY}<div class="slides">${gallery}</div>`));
    expect(a.text).toBe([...PARAGRAPHS, ...slides].join('\n\n'));
    const single = folder.parse('single.html', page('<title>Regatta day</title>', `<h1>Regatta day</h1><figure><img src="1.jpg" alt=""><figcaption>${slides[0]}</figcaption></figure>${BODY}`));
    expect(single.text).toBe(PARAGRAPHS.join('\n\n'));
    const inline = PARAGRAPHS.map((p, k) => `<figure><img src="${k}.jpg" alt=""><figcaption>${slides[k]}</figcaption></figure><p>${p}</p>`).join('');
    expect(folder.parse('inline.html', page('<title>Regatta day</title>', `<h1>Regatta day</h1>${inline}`)).text).toBe(PARAGRAPHS.join('\n\n'));
  });

  it('takes the authors from closing agency credits when the page has no byline', () => {
    const a = folder.parse('credits.html', page('<title>H</title>', `<h1>H</h1>${BODY}<p>(Reporting by Jane Roe and John Doe; Editing by Tim Moe)</p>`));
    expect(a.authors).toEqual(['Jane Roe', 'John Doe']);
  });

  it('reads a byline laid out as one element per field', () => {
    const a = folder.parse(
      'fields.html',
      page('<title>H</title>', `<h1>H</h1><div data-testid="byline"><time datetime="2024-01-12T06:10:22Z">2 days ago</time><div data-testid="byline-contributors"><span>Jane Roe</span><span>Wales correspondent</span></div></div>${BODY}`),
    );
    expect(a.authors).toEqual(['Jane Roe']);
    expect(a.text.split(/\n+/)).toEqual(PARAGRAPHS);
  });

  it('prefers the day the header shows to a UTC time stamp that falls on the next day', () => {
    const a = folder.parse(
      'utc.html',
      page('<meta property="article:published_time" content="2024-03-04T00:12:09Z">', `<h1>H</h1><p>Published: Mar. 3, 2024 at 6:12 PM CST</p>${BODY}`),
    );
    expect(a.publishedAt?.value).toBe('2024-03-03');
    const same = folder.parse('utc2.html', page('<meta property="article:published_time" content="2024-03-04T10:12:09Z">', `<h1>H</h1><p>Published: Mar. 4, 2024</p>${BODY}`));
    expect(same.publishedAt?.value).toBe('2024-03-04T10:12:09Z');
  });

  it('takes an absolute link to the site\'s own root as the home link that names the site', () => {
    const html = `<html><head><title>H</title><meta property="og:url" content="https://ridge.example/2019/10/h.html"></head><body>
      <div class="header"><h1 class="title"><a href="https://ridge.example/">Notes from the Ridge</a></h1></div>
      <p><a href="https://www.blogplatform.example/">Powered by Blogplatform</a></p><h3>H</h3>${BODY}</body></html>`;
    expect(folder.parse('root.html', html).publisher).toBe('Notes from the Ridge');
  });

  it('leaves out a header block whose <br> lines are the headline, the byline and the date', () => {
    const html = page('<title>Dam talks resume</title>', `<p><b>Dam talks resume</b><br>By KAREEM HADDAD, Associated Press Writer<br>Published: Feb. 26, 2003</p>${BODY}`);
    const a = folder.parse('brheader.html', html);
    expect(a.text.split(/\n+/)).toEqual(PARAGRAPHS);
  });

  it('reads a French page\'s byline and date line', () => {
    const a = folder.parse('fr.html', page('<title>H</title>', `<h1>H</h1><div><span>Par Camille Roux et Julien Marchand</span><div>Publié le 14 mars 2021 à 10h32</div></div>${BODY}`));
    expect(a.authors).toEqual(['Camille Roux', 'Julien Marchand']);
    expect(a.publishedAt).toEqual({ value: '2021-03-14', precision: 'day' });
    expect(a.text.split(/\n+/)).toEqual(PARAGRAPHS);
  });
});

describe('web pages: dates in the page locale and Blogger posts', () => {
  it('reads a slashed date day first on a page whose locale writes the day first', () => {
    const html = `<!DOCTYPE html><html lang="en-NZ"><head><title>Bridge reopens</title></head><body>
      <main><h1>Harbour bridge reopens after repairs</h1><dl><dt>Published</dt><dd>04/06/2022 09:10 AM</dd></dl>${BODY}</main></body></html>`;
    expect(folder.parse('nz.html', html).publishedAt).toEqual({ value: '2022-06-04', precision: 'day' });
    const us = html.replace('lang="en-NZ"', 'lang="en-US"');
    expect(folder.parse('us.html', us).publishedAt).toEqual({ value: '2022-04-06', precision: 'day' });
  });

  it('reads the date header and "Posted by" of a Blogger post set inside its "widget Blog" box', () => {
    const html = `<!DOCTYPE html><html><head><title>Pondside News: Duck race raises funds</title></head><body>
      <div class="widget Blog" id="Blog1"><div class="date-outer"><h2 class="date-header"><span>Monday, May 2, 2022</span></h2>
      <div class="post hentry"><h3 class="post-title entry-title">Duck race raises funds</h3>
      <div class="post-body entry-content">${PARAGRAPHS.join('<br /><br />')}</div>
      <div class="post-footer"><span class="post-author vcard">Posted by <span class="fn"><a rel="author" href="https://blogger.example/profile/1">Tamsin Oakridge</a></span></span>
      <span class="post-timestamp">at <abbr class="published" title="2022-05-02T19:40:00+01:00">7:40 PM</abbr></span></div></div></div></div>
      <div class="widget BlogArchive"><h2>Blog Archive</h2><ul><li><span class="post-count-link">April 30, 2022</span></li></ul></div></body></html>`;
    const a = folder.parse('blogger.html', html);
    expect(a.authors).toEqual(['Tamsin Oakridge']);
    expect(a.publishedAt?.value.slice(0, 10)).toBe('2022-05-02');
  });
});

describe('web pages: organisations as creators', () => {
  it('takes a police force declared by Dublin Core as publisher, and its units as no author', () => {
    const html = `<!DOCTYPE html><html lang="en-GB"><head><title>Appeal after crash | Westmoor Valley Police</title>
      <meta name="DCTERMS.creator" content="Westmoor Valley Police; Press Unit"><meta name="DCTERMS.publisher" content="Westmoor Valley Police"></head>
      <body><main><h1>Appeal after crash</h1>${BODY}</main></body></html>`;
    const a = folder.parse('police.html', html);
    expect(a.authors).toEqual([]);
    expect(a.publisher).toBe('Westmoor Valley Police');
  });
});

describe('web pages: Firefox Reader View', () => {
  it('reads the credit line and takes the shown domain for the site', () => {
    const html = `<!DOCTYPE html><html><head><title>Ferry timetable changes for winter</title></head><body class="light sans-serif loaded">
      <div class="toolbar reader-toolbar"><button class="close-button"><div class="hover-label">Close</div></button></div>
      <div class="container"><div class="header reader-header"><a class="domain reader-domain" href="https://www.islandpost.example/ferry">islandpost.example</a>
      <h1 class="reader-title">Ferry timetable changes for winter</h1><div class="credits reader-credits">Morag Tulloch, Staff Writer</div>
      <div class="meta-data"><div class="reader-estimated-time">2–3 minutes</div></div></div><hr>
      <div class="content"><div class="mozilla-reader-content"><div id="readability-page-1" class="page">${BODY}</div></div></div></div></body></html>`;
    const a = folder.parse('reader-view.html', html);
    expect(a.authors).toEqual(['Morag Tulloch']);
    expect(a.publisher).toBe('islandpost.example');
  });
});

describe('web publisher: a credit that shortens the shown site name', () => {
  it.each([
    ['Ledger', 'The Pell County Ledger', 'The Pell County Ledger'],
    ['NHNS', 'The Northern Herald', 'The Northern Herald'],
    ['WKDP News', 'WKDP Valley Public Radio', 'WKDP Valley Public Radio'],
    ['Reuters', 'The Pell County Ledger', 'Reuters'],
    ['The Pell County Ledger', 'Ledger', 'The Pell County Ledger'],
  ])('%s shown as %s', (credited, shown, expected) => {
    expect(fullerSiteName(credited, shown)).toBe(expected);
  });

  it('names the outlet in full when the byline gives it short and nothing is declared', () => {
    const html = `<!DOCTYPE html><html><head><title>Pell County Ledger - News</title></head><body>
      <div class="masthead"><a href="/" class="logo">The Pell County Ledger</a></div>
      <div class="content"><h1>Library extends Saturday hours</h1><p class="byline">By Orla Benfield, Ledger Correspondent</p>${BODY}</div></body></html>`;
    expect(folder.parse('ledger.html', html).publisher).toBe('The Pell County Ledger');
  });
});

describe('web title: a section page title', () => {
  it('takes the shown headline over a <title> that is only the site and a section', () => {
    const html = `<html><head><title>The Pell County Ledger - Sports</title></head><body><table><tr><td class="masthead"><img alt="The Pell County Ledger"></td></tr>
      <tr><td><span class="headline">Tigers edge Hawks in overtime thriller at home</span><br><span class="body">${PARAGRAPHS.join('<br><br>')}</span></td></tr></table></body></html>`;
    expect(folder.parse('section-title.html', html).title).toBe('Tigers edge Hawks in overtime thriller at home');
  });

  it('keeps a short headline with no site part', () => {
    const html = page('<title>Storm hits coast</title>', `<h2 class="title">More from the newsroom today and tomorrow</h2>${BODY}`);
    expect(folder.parse('short-title.html', html).title).toBe('Storm hits coast');
  });
});

describe('web dates: a masthead issue date', () => {
  const webForms = (bar: string) => `<html><head><title>The Pell County Ledger - News</title></head><body><form id="aspnetForm" method="post">
    <input type="hidden" name="__VIEWSTATE" value="x"><table><tr><td class="datebar">${bar}</td></tr>
    <tr><td><span class="headline">Library extends Saturday hours for exam season</span><br><span class="body">${PARAGRAPHS.join('<br><br>')}</span></td></tr></table></form></body></html>`;

  it('dates a page with no other date by the issue date above its headline, inside a WebForms page form', () => {
    const a = folder.parse('issue-date.html', webForms('<span>Wednesday, October 9, 2013</span> | Serving Pell County since 1902 | <a href="/s">Subscribe</a>'));
    expect(a.publishedAt).toEqual({ value: '2013-10-09', precision: 'day' });
  });

  it('takes no date from a masthead line that is more than a date', () => {
    const a = folder.parse('no-issue-date.html', webForms('Founded October 9, 2013 by the county'));
    expect(a.publishedAt).toBeNull();
  });
});

describe('web pages of more shapes (heldout4 kinds, invented examples)', () => {
  it('dates a page by the "Filed" cell of its story header table', () => {
    const html = `<html><head><title>Wire | Story 88 | PORT-STRIKE/</title></head><body><table class="story-header"><tr><th>Slug</th><td>PORT-STRIKE/</td></tr><tr><th>Filed</th><td>2023-11-02 08:15 GMT</td></tr><tr><th>Words</th><td>410</td></tr><tr><th>Priority</th><td>Urgent</td></tr><tr><th>Topics</th><td>LAB TRN</td></tr></table>
      <h2>Dock workers walk out at three northern ports over pay offer</h2>${BODY}</body></html>`;
    expect(folder.parse('filed-cell.html', html).publishedAt?.value.slice(0, 10)).toBe('2023-11-02');
  });

  it('takes the headline over a terminal <title>, without its wire prefix', () => {
    const html = `<html><head><title>Wire | Story 88 | PORT-STRIKE/ (UPDATE 2)</title></head><body><div class="story"><h2 class="headline">UPDATE 2-Dock workers walk out at three northern ports over pay offer</h2>${BODY}</div></body></html>`;
    const a = folder.parse('wire-prefix.html', html);
    expect(a.title).toBe('Dock workers walk out at three northern ports over pay offer');
    expect(a.text).not.toContain('UPDATE 2-');
  });

  it("dates a podcast episode by its PodcastEpisode's datePublished", () => {
    const ld = { '@context': 'https://schema.org', '@type': 'PodcastEpisode', name: 'Why the buses stopped', datePublished: '2023-06-14' };
    const html = page(`<title>Why the buses stopped</title><script type="application/ld+json">${JSON.stringify(ld)}</script>`, `<h1>Why the buses stopped</h1>${BODY}`);
    expect(folder.parse('episode.html', html).publishedAt?.value).toBe('2023-06-14');
  });

  it('gives an event listing no date: its start and end dates and the copyright year are not publication dates', () => {
    const ld = { '@context': 'https://schema.org', '@type': 'Event', name: 'Winter Market on the Quay', startDate: '2023-12-02T10:00:00Z', endDate: '2023-12-03T16:00:00Z' };
    const html = page(`<title>Winter Market on the Quay</title><script type="application/ld+json">${JSON.stringify(ld)}</script>`, `<h1>Winter Market on the Quay</h1><ul><li>Dates: Sat 2 Dec 2023 – Sun 3 Dec 2023</li></ul>${BODY}`);
    expect(folder.parse('event.html', html).publishedAt).toBeNull();
  });

  it('takes a meta author that spells out a bare-domain site name for the outlet, and names the outlet so', () => {
    const html = page(
      '<title>Flood waters recede in the delta villages</title><meta name="author" content="Suara Delta"><meta property="og:site_name" content="SuaraDelta.example">',
      `<h1>Flood waters recede in the delta villages</h1><div class="info">Penulis: <a href="/p/1">Dewi Anggraeni Putri</a> | Editor: <a href="/e/2">Bambang Sutrisno</a></div><div class="time">Diterbitkan: Kamis, 9 November 2023 08:10 WIB</div>${BODY}`,
    );
    const a = folder.parse('bare-domain.html', html);
    expect(a.authors).toEqual(['Dewi Anggraeni Putri']);
    expect(a.publisher).toBe('Suara Delta');
    expect(a.publishedAt?.value).toBe('2023-11-09');
  });

  it('keeps the summary between the headline and the byline out of the text', () => {
    const html = page(
      '<title>Dock workers walk out at three northern ports</title>',
      `<h1>Dock workers walk out at three northern ports</h1><ul class="bullets"><li>Strike hits container traffic</li><li>Union rejects 4% offer</li></ul><p class="byline">By Ana Ruiz and Tom Vale</p>${BODY}`,
    );
    const a = folder.parse('summary.html', html);
    expect(a.text).not.toContain('Union rejects');
    expect(a.authors).toEqual(['Ana Ruiz', 'Tom Vale']);
  });

  it('keeps a chapeau and an ingress out of the text', () => {
    for (const cls of ['chapeau', 'article-ingress']) {
      const html = page('<title>La ville gèle les permis de chalets</title>', `<h1>La ville gèle les permis de chalets</h1><p class="${cls}">Le moratoire durera un an.</p><p class="auteur">Par Gabrielle Thériault</p>${BODY}`);
      expect(folder.parse(`${cls}.html`, html).text).not.toContain('Le moratoire');
    }
  });

  it('drops a comment thread named in another language, a figure credit beside the caption, and related links with dates', () => {
    const html = page(
      '<title>Nowy most otwarty</title>',
      `<h1>Nowy most otwarty</h1>${BODY}<figure><img src="a.jpg"><span class="img-copyright">Image source, Harbour Photo Agency</span><figcaption>The bridge at dusk</figcaption></figure>
      <section><h2>More on this story</h2><ul><li><a href="/a">Bridge plan approved after long delay</a><span>Published 3 May 2021</span></li><li><a href="/b">Traffic diverted for bridge works</a><span>Published 9 June 2022</span></li></ul></section>
      <div class="komentarze"><h3>Komentarze (2)</h3><div><b>czytelnik</b> <span>13.09.2023, 19:02</span><p>Nareszcie, po tylu latach czekania!</p></div></div>`,
    );
    const text = folder.parse('comments-pl.html', html).text;
    expect(text).not.toContain('Nareszcie');
    expect(text).not.toContain('Image source');
    expect(text).not.toContain('Bridge plan approved');
  });

  it('reads the paragraphs of a <pre> apart, so that wire notes in it are furniture', () => {
    const html = page('<title>Port strike ends</title>', `<h1>Port strike ends</h1><pre>\n    ${PARAGRAPHS.join('\n\n    ')}\n\n((ana.ruiz@agency.example; +44 20 5550 0100))\n</pre>`);
    const text = folder.parse('pre.html', html).text;
    expect(text).toContain(PARAGRAPHS[2]);
    expect(text).not.toContain('agency.example');
  });
});

describe('headlines, credits and dates of more page kinds', () => {
  it('drops a bracketed story label from the headline', () => {
    const a = folder.parse('label.html', page('<title>【独自】港町の市場、来春に移転へ</title><meta property="og:title" content="【独自】港町の市場、来春に移転へ">', `<h1>【独自】港町の市場、来春に移転へ</h1>${BODY}`));
    expect(a.title).toBe('港町の市場、来春に移転へ');
  });

  it('reads a print view: the <font> headline, the byline under it, the posted date and not the printed one', () => {
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Harbour Ledger - Print Article</title></head><body><table>
<tr><td><img src="/logo.gif" alt="Harbour Ledger"></td><td><font size="1">Printed on Monday, June 3, 2024 at 9:00 am</font></td></tr>
<tr><td colspan="2"><font size="5"><b>Ferry pier to close for repairs through the summer</b></font><br>
<font size="2"><b>By Marta Quillan, Ledger Editor</b></font><br><font size="1">Posted: Friday, May 31, 2024 5:00 am</font><br>
<div>${BODY}</div></td></tr>
<tr><td colspan="2"><font size="1">&copy; Copyright 2024, Harbour Ledger, Port Alden, ME.</font></td></tr></table></body></html>`;
    const a = folder.parse('print.html', html);
    expect(a.title).toBe('Ferry pier to close for repairs through the summer');
    expect(a.authors).toEqual(['Marta Quillan']);
    expect(a.publishedAt).toEqual({ value: '2024-05-31', precision: 'day' });
    expect(a.publisher).toBe('Harbour Ledger');
  });

  it('leaves out the editor a JSON-LD author list names beside the reporter', () => {
    const ld = JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Cashew growers ask for a new auction yard',
      author: [{ '@type': 'Person', name: 'Arjun Mehta-Rao' }, { '@type': 'Person', name: 'Kavita Pillai' }],
    });
    const a = folder.parse(
      'editor.html',
      page(`<title>Cashew growers ask for a new auction yard</title><script type="application/ld+json">${ld}</script>`, `<h1>Cashew growers ask for a new auction yard</h1><div>Reported By: <a href="/a">Arjun Mehta-Rao</a> | Edited By: <a href="/k">Kavita Pillai</a></div>${BODY}`),
    );
    expect(a.authors).toEqual(['Arjun Mehta-Rao']);
  });

  it('takes the people of the byline over a staff credit the JSON-LD declares an organisation', () => {
    const ld = JSON.stringify({ '@context': 'https://schema.org', '@type': 'Article', headline: 'Port adds cold storage', author: { '@type': 'Organization', name: 'Freight Weekly Staff' } });
    const a = folder.parse(
      'org.html',
      page(
        `<title>Port adds cold storage</title><meta name="parsely-author" content="Freight Weekly Staff"><script type="application/ld+json">${ld}</script>`,
        `<h1>Port adds cold storage</h1><div class="page-byline"><div class="author"><a href="/i">Ingrid Solberg</a><span>Contributing Editor</span></div><div class="author"><a href="/t">Tomás Ferreira</a><span>Senior Editor</span></div></div>${BODY}`,
      ),
    );
    expect(a.authors).toEqual(['Ingrid Solberg', 'Tomás Ferreira']);
  });
});

describe('web pages of heldout6 kinds (invented examples)', () => {
  it('takes the page own article among several JSON-LD article nodes, by its address', () => {
    const node = (slug: string, headline: string, date: string, author: string, extra: object = {}) => ({
      '@type': 'NewsArticle',
      '@id': `https://tidemouth.example/news/${slug}#article`,
      headline,
      datePublished: date,
      author: { '@type': 'Person', name: author },
      url: `https://tidemouth.example/news/${slug}`,
      ...extra,
    });
    const ld = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        node('pier-lights', 'Pier lights to be replaced', '2023-11-02T08:00:00-08:00', 'Rosa Lindqvist'),
        node('market-hall', 'Market hall reopens after fire', '2024-01-15T09:00:00-08:00', 'Oren Baptiste', { mainEntityOfPage: 'https://tidemouth.example/news/market-hall' }),
      ],
    });
    const a = folder.parse(
      'graph.html',
      page(`<title>Market hall reopens after fire</title><link rel="canonical" href="https://tidemouth.example/news/market-hall"><script type="application/ld+json">${ld}</script>`, `<h1>Market hall reopens after fire</h1>${BODY}`),
    );
    expect(a.authors).toEqual(['Oren Baptiste']);
    expect(a.publishedAt?.value.slice(0, 10)).toBe('2024-01-15');
  });

  it('dates a UTC time stamp by the same instant the page declares with its own offset', () => {
    const ld = JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Fish plant fire under control', datePublished: '2024-04-01T02:00:00Z' });
    const a = folder.parse(
      'offset.html',
      page(`<title>Fish plant fire under control</title><meta property="article:published_time" content="2024-03-31T23:30:00-02:30"><script type="application/ld+json">${ld}</script>`, `<h1>Fish plant fire under control</h1>${BODY}`),
    );
    expect(a.publishedAt?.value.slice(0, 10)).toBe('2024-03-31');
  });

  it('takes the shown headline when the page title is only the site name', () => {
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Gullwing Island Courier</title></head><body>
<header><h2 class="site-name"><a href="/">Gullwing Island Courier</a></h2></header>
<main><article><h1>Library extends its winter opening hours on the island</h1>${BODY}</article></main></body></html>`;
    expect(folder.parse('sitename.html', html).title).toBe('Library extends its winter opening hours on the island');
  });

  it('reads an epoch-millisecond publication date from embedded app state, the first publication over an update', () => {
    const state = JSON.stringify({ story: { headline: 'Canal bridge reopens to traffic', 'published-at': 1717430400000, 'first-published-at': 1717412400000 } });
    const a = folder.parse('epoch.html', page(`<title>Canal bridge reopens to traffic</title><script type="application/json" id="static-page">${state}</script>`, `<h1>Canal bridge reopens to traffic</h1>${BODY}`));
    expect(a.publishedAt?.value).toBe('2024-06-03T11:00:00.000Z');
  });

  it('leaves out a translator the JSON-LD lists as an author, credited after the story', () => {
    const ld = JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Tram depot gets new roof',
      author: [{ '@type': 'Person', name: 'Halyna Moroz' }, { '@type': 'Person', name: 'Dermot Kinsella' }],
    });
    const a = folder.parse(
      'translator.html',
      page(`<title>Tram depot gets new roof</title><script type="application/ld+json">${ld}</script>`, `<h1>Tram depot gets new roof</h1>${BODY}<p><em>Translated by Dermot Kinsella. Edited by Ivana Kral.</em></p>`),
    );
    expect(a.authors).toEqual(['Halyna Moroz']);
    expect(a.text).not.toContain('Translated by');
  });

  it('takes the reporter of a Chinese-language bracketed opener when there is no byline', () => {
    const body = '<p>〔記者陳怡君／北港報導〕北港鎮公所今天宣布，老街停車場將於下月啟用，共有一百二十個車位。</p><p>鎮長表示，停車場啟用後，老街假日的交通壅塞可望改善。</p><p>停車場第一個月免費開放。</p>';
    const a = folder.parse('opener.html', page('<title>北港老街停車場下月啟用</title>', `<h1>北港老街停車場下月啟用</h1>${body}`));
    expect(a.authors).toEqual(['陳怡君']);
    expect(a.text).toContain('〔記者陳怡君／北港報導〕');
  });

  it('reads an Arabic byline and a date in Eastern Arabic digits', () => {
    const a = folder.parse(
      'arabic.html',
      `<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>افتتاح سوق جديد في المدينة</title></head><body><main><article>
<h1>افتتاح سوق جديد في المدينة</h1><div class="meta"><span>كتب: ليلى منصور</span> <span>الأحد ٣ نوفمبر ٢٠٢٤ - ١١:٠٠ ص</span></div>
<p>افتتح محافظ المدينة صباح اليوم السوق الجديد الذي يضم أكثر من مئة محل تجاري في وسط البلدة القديمة.</p>
<p>وقال المحافظ إن السوق سيوفر فرص عمل لعدد كبير من شباب المدينة خلال الأشهر المقبلة.</p>
<p>ويعمل السوق يوميا من الساعة الثامنة صباحا حتى العاشرة مساء.</p></article></main></body></html>`,
    );
    expect(a.authors).toEqual(['ليلى منصور']);
    expect(a.publishedAt?.value).toBe('2024-11-03');
  });

  it('leaves a bold lead, a perex and the figure around a chart embed out of the text', () => {
    const a = folder.parse(
      'lead.html',
      page(
        '<title>Ferry fares rise in spring</title>',
        `<h1>Ferry fares rise in spring</h1><p class="lead"><strong>Tickets will cost a fifth more from April.</strong></p>${BODY}<figure class="chart"><h3>Fares since 2015</h3><p>Adult single, in euros</p><iframe src="https://charts.example/abc"></iframe><figcaption>Chart: Ann Poe • Source: Ferry board</figcaption></figure><p>The board meets again in May to review the timetable.</p>`,
      ),
    );
    expect(a.text).not.toContain('Tickets will cost');
    expect(a.text).not.toContain('Fares since 2015');
    expect(a.text).toContain('The board meets again in May');
  });
});

describe('web pages of heldout7 kinds (invented examples)', () => {
  it('leaves a bold șapou and a manchet out of the text', () => {
    for (const cls of ['sapou', 'article-manchet']) {
      const a = folder.parse(`${cls}.html`, page('<title>Bridge repairs finish early</title>', `<h1>Bridge repairs finish early</h1><div class="${cls}"><strong>The crossing reopens a month ahead of plan.</strong></div>${BODY}`));
      expect(a.text).not.toContain('The crossing reopens');
      expect(a.text).toContain(PARAGRAPHS[0]);
    }
  });

  it('leaves a box of summary bullets under its own heading out of the text', () => {
    const a = folder.parse(
      'summary-box.html',
      page(
        '<title>Growers buy grain dryers together</title>',
        `<h1>Growers buy grain dryers together</h1><div class="story-summary"><h3>What you need to know:</h3><ul><li>Rain spoiled a third of the harvest.</li><li>Each dryer takes two tonnes a day.</li></ul></div><p class="byline">By Ama Owusu-Lind</p>${BODY}`,
      ),
    );
    expect(a.text).not.toContain('What you need to know');
    expect(a.text).not.toContain('Rain spoiled');
    expect(a.authors).toEqual(['Ama Owusu-Lind']);
  });

  it('reads a Swahili "Na" credit after the headline, and no name from a nameless one', () => {
    const swahili = (credit: string) =>
      folder.parse('na.html', page('<title>Soko jipya lafunguliwa</title>', `<h1>Soko jipya lafunguliwa</h1><div class="meta">${credit}</div>${BODY}`));
    expect(swahili('Na Rehema Kilindo').authors).toEqual(['Rehema Kilindo']);
    expect(swahili('Na Rehema Kilindo na Juma Mrisho').authors).toEqual(['Rehema Kilindo', 'Juma Mrisho']);
    expect(swahili('Na Mwandishi Wetu').authors).toEqual([]);
    expect(swahili('Na Mwandishi Wetu').text).not.toContain('Mwandishi');
  });

  it('names the writer of an opinion piece from the author box after the text', () => {
    const ld = JSON.stringify({ '@context': 'https://schema.org', '@type': 'Article', headline: 'Our lakes need keepers', author: { '@type': 'Organization', name: 'Opinion Desk' } });
    const box = '<div class="author-box"><p><b>Vikram Deshmane</b></p><p><em>The writer is a retired engineer of the city water board. Views are personal.</em></p></div>';
    const a = folder.parse('oped.html', page(`<title>Our lakes need keepers</title><script type="application/ld+json">${ld}</script>`, `<h1>Our lakes need keepers</h1>${BODY}${box}`));
    expect(a.authors).toEqual(['Vikram Deshmane']);
    expect(a.text).not.toContain('The writer is');
  });

  it('names the writer from a note that opens with the name, and from a name set above the note in the text', () => {
    const box = '<div class="author-bio"><p>Marguerite Olsson-Beck is a professor of urban planning at Haldane University and writes on housing and transport.</p></div>';
    expect(folder.parse('bio.html', page('<title>Build the tram first</title>', `<h1>Build the tram first</h1>${BODY}${box}`)).authors).toEqual(['Marguerite Olsson-Beck']);
    const closing = `${BODY}<p>The council should decide this spring.</p><p><strong>Tobias Renwick</strong></p><p><em>The author teaches transport economics at Haldane University.</em></p>`;
    const b = folder.parse('closing.html', page('<title>Build the tram first</title>', `<h1>Build the tram first</h1>${closing}`));
    expect(b.authors).toEqual(['Tobias Renwick']);
    expect(b.text).not.toContain('The author teaches');
  });

  it('names the writer a note names inside it, and one a bio box under "About the author" names, out of the text', () => {
    const inside = `${BODY}<p><em>The writer, Tobias Renwick, is a former harbour master.</em></p>`;
    const a = folder.parse('inside.html', page('<title>Keep the harbour dredged</title>', `<h1>Keep the harbour dredged</h1>${inside}`));
    expect(a.authors).toEqual(['Tobias Renwick']);
    expect(a.text).not.toContain('harbour master');
    const about = `${BODY}<div class="bio"><h4>About the author</h4><p>Tobias Renwick is a former harbour master at Fenmoor.</p></div>`;
    const b = folder.parse('about.html', page('<title>Keep the harbour dredged</title>', `<h1>Keep the harbour dredged</h1>${about}`));
    expect(b.authors).toEqual(['Tobias Renwick']);
    expect(b.text).not.toContain('About the author');
  });

  it('reads a credit and date line with an Atlantic-zone time and an update without its year', () => {
    const a = folder.parse(
      'zone.html',
      page('<title>Ferry service resumes</title>', `<h1>Ferry service resumes</h1><div class="byline-details">Moira Kavanagh · Baymouth News Posted: Jan 09, 2024 6:30 AM NT | Last Updated: January 11</div>${BODY}`),
    );
    expect(a.authors).toEqual(['Moira Kavanagh']);
    expect(a.publishedAt?.value.slice(0, 10)).toBe('2024-01-09');
    expect(a.text).not.toContain('Posted');
  });
});

describe('web credits of heldout8 kinds (invented examples)', () => {
  const ld = (author: unknown) =>
    `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Culvert to close Mill Road', author })}</script>`;
  const head = (extra = '') => `<title>Culvert to close Mill Road</title>${extra}`;

  it('reads a writer named only in a data attribute of the byline block, not an id or an outlet', () => {
    const a = folder.parse('data-author.html', page(head(), `<h1>Culvert to close Mill Road</h1><div class="art-author" data-author-name="Orla Nic Giolla" data-author-id="5512"><img src="a.jpg" alt=""><button>Follow</button></div>${BODY}`));
    expect(a.authors).toEqual(['Orla Nic Giolla']);
    const b = folder.parse('data-slug.html', page(head(), `<h1>Culvert to close Mill Road</h1><div class="art-author" data-author="orla-nic-giolla"><img src="a.jpg" alt=""></div>${BODY}`));
    expect(b.authors).toEqual([]);
  });

  it('reads the author meta of analytics tags', () => {
    const a = folder.parse('cxense.html', page(head('<meta name="cXenseParse:author" content="Orla Nic Giolla">'), `<h1>Culvert to close Mill Road</h1>${BODY}`));
    expect(a.authors).toEqual(['Orla Nic Giolla']);
  });

  it('drops a staff account listed beside a named writer, and lets a staff-only declaration give way to the byline', () => {
    const a = folder.parse('staff-pair.html', page(head(ld([{ '@type': 'Person', name: 'Piet Okonkwo' }, { '@type': 'Person', name: 'KQRT Staff' }])), `<h1>Culvert to close Mill Road</h1>${BODY}`));
    expect(a.authors).toEqual(['Piet Okonkwo']);
    expect(a.publisher).toBe('KQRT');
    const b = folder.parse('staff-only.html', page(head(ld({ '@type': 'Person', name: 'KQRT Staff' })), `<h1>Culvert to close Mill Road</h1><p class="byline">By Piet Okonkwo and KQRT Staff</p>${BODY}`));
    expect(b.authors).toEqual(['Piet Okonkwo']);
    const c = folder.parse('staff-alone.html', page(head(ld({ '@type': 'Person', name: 'KQRT Staff' })), `<h1>Culvert to close Mill Road</h1>${BODY}`));
    expect(c.authors).toEqual(['KQRT Staff']);
  });

  it('takes a closing "Contributor:" line as the credit when the page has no byline, and out of the text', () => {
    const a = folder.parse('contributor.html', page(head(), `<h1>Culvert to close Mill Road</h1>${BODY}<p><strong>Contributor:</strong> Kojo Ampofo-Baah</p>`));
    expect(a.authors).toEqual(['Kojo Ampofo-Baah']);
    expect(a.text).not.toContain('Contributor');
    const b = folder.parse('contributor-byline.html', page(head(), `<h1>Culvert to close Mill Road</h1><p class="byline">By Piet Okonkwo</p>${BODY}<p><strong>Contributor:</strong> Kojo Ampofo-Baah</p>`));
    expect(b.authors).toEqual(['Piet Okonkwo']);
  });

  it('splits a byline block of a name link and an outlet line', () => {
    const a = folder.parse('name-outlet.html', page(head(), `<h1>Culvert to close Mill Road</h1><div class="byline"><a href="/staff/po">Piet Okonkwo</a><div>Harmon Falls Ledger</div></div>${BODY}`));
    expect(a.authors).toEqual(['Piet Okonkwo']);
  });

  it('reads the authors analytics tags declare (Parse.ly page JSON, Chartbeat) when the page shows none', () => {
    const a = folder.parse('chartbeat.html', page(head(`<script>_sf_async_config.sections = "News"; _sf_async_config.authors = "Piet Okonkwo,Lena Moss";</script>`), `<h1>Culvert to close Mill Road</h1>${BODY}`));
    expect(a.authors).toEqual(['Piet Okonkwo', 'Lena Moss']);
    const b = folder.parse('parsely.html', page(head(`<meta name="parsely-page" content='{"title":"Culvert","author":"Piet Okonkwo"}'>`), `<h1>Culvert to close Mill Road</h1>${BODY}`));
    expect(b.authors).toEqual(['Piet Okonkwo']);
    const c = folder.parse('chartbeat-byline.html', page(head(`<script>_sf_async_config.authors = "Harmon Ledger Staff";</script>`), `<h1>Culvert to close Mill Road</h1><p class="byline">By Lena Moss</p>${BODY}`));
    expect(c.authors).toEqual(['Lena Moss']);
  });

  it('reads the writer an SEO plugin declares in Twitter label and data pairs', () => {
    const a = folder.parse('yoast-twitter.html', page(head('<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Lena Moss"><meta name="twitter:label2" content="Est. reading time"><meta name="twitter:data2" content="3 minutes">'), `<h1>Culvert to close Mill Road</h1>${BODY}`));
    expect(a.authors).toEqual(['Lena Moss']);
  });

  it('reads the writer from the alt text of the byline picture when no text names them', () => {
    const a = folder.parse('avatar.html', page(head(), `<h1>Culvert to close Mill Road</h1><div class="author-avatar"><img src="a.jpg" alt="Piet Okonkwo"></div>${BODY}`));
    expect(a.authors).toEqual(['Piet Okonkwo']);
  });

  it('takes "From staff reports" for no author and no outlet, and a newsroom declared as an Organization for its outlet', () => {
    const a = folder.parse('staff-reports.html', page(head(), `<h1>Culvert to close Mill Road</h1><p class="byline">From staff reports</p>${BODY}`));
    expect(a.authors).toEqual([]);
    expect(a.publisher).toBe('The Daily Example');
    const b = folder.parse('newsroom.html', page(head(ld({ '@type': 'Organization', name: 'Harmon Ledger Newsroom' })), `<h1>Culvert to close Mill Road</h1><div class="meta"><span>By Piet Okonkwo</span></div>${BODY}`));
    expect(b.authors).toEqual(['Piet Okonkwo']);
    expect(b.publisher).toBe('Harmon Ledger');
  });

  it('leaves a section desk declared as an author out of the authors and the publisher', () => {
    const a = folder.parse('web-desk.html', page(head(ld({ '@type': 'Person', name: 'Web Desk' })), `<h1>Culvert to close Mill Road</h1><div class="author-info"><span class="author-name">Piet Okonkwo</span></div>${BODY}`));
    expect(a.authors).toEqual(['Piet Okonkwo']);
    expect(a.publisher).not.toBe('Web Desk');
  });
});

describe('web pages of heldout10 kinds (invented examples)', () => {
  const article = (fields: Record<string, unknown>) =>
    `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', ...fields })}</script>`;
  const HEADLINE = 'Harbour board delays dredging of the east channel until after the spring tides, citing a shortage of barges';

  it('takes the full headline the page shows over a metadata headline cut with an ellipsis', () => {
    for (const cut of [`${HEADLINE.slice(0, 60)}...`, `${HEADLINE.slice(0, 75)}…`]) {
      const a = folder.parse('cut.html', page(article({ headline: cut }) + '<meta property="og:title" content="Dredging delayed">', `<h1>${HEADLINE}</h1>${BODY}`));
      expect(a.title).toBe(HEADLINE);
    }
    // No shown heading completes it: the metadata headline stays.
    const b = folder.parse('cut-alone.html', page(article({ headline: 'Harbour board delays dredging of the east...' }), `<h2>Other news</h2>${BODY}`));
    expect(b.title).toBe('Harbour board delays dredging of the east...');
  });

  it('dates a page by the local wall-clock time it shows when the declared UTC stamp falls on the next or previous day', () => {
    const shown = (text: string) =>
      `<h1>Culvert to close Mill Road</h1><div class="field"><div class="field__label">Posted</div><div class="field__item"><time datetime="2025-05-07T02:10:00Z">${text}</time></div></div>${BODY}`;
    const a = folder.parse('local-evening.html', page('<meta property="article:published_time" content="2025-05-07T02:10:00+00:00">', shown('2025-05-06 22:10')));
    expect(a.publishedAt?.value.slice(0, 10)).toBe('2025-05-06');
    // The same day in both: the declared stamp stands.
    const b = folder.parse('same-day.html', page('<meta property="article:published_time" content="2025-05-07T14:10:00+00:00">', shown('2025-05-07 10:10').replace('02:10', '14:10')));
    expect(b.publishedAt?.value).toBe('2025-05-07T14:10:00+00:00');
  });

  it('reads labelled fields whose label and value are set apart ("Story by:" over the name), and not a photographer\'s', () => {
    const fields = (label: string) =>
      `<h1>Culvert to close Mill Road</h1><div class="field"><div class="field__label">${label}</div><div class="field__item">Odile Thibodeau</div></div><div class="field"><div class="field__label">Photos by:</div><div class="field__item">Anselm Gravier</div></div>${BODY}`;
    for (const label of ['Story by:', 'Written by:', 'Author:']) {
      const a = folder.parse('fields.html', page('<meta name="dcterms.creator" content="The Daily Example">', fields(label)));
      expect(a.authors).toEqual(['Odile Thibodeau']);
      expect(a.text).not.toContain('Anselm Gravier');
      expect(a.text).not.toContain('Photos by');
    }
  });

  it('reads a bilingual site\'s label pair and Welsh patronymic names', () => {
    const a = folder.parse('gan-by.html', page('', `<h1>Culvert to close Mill Road</h1><span class="credit"><span>Gan/By</span> <a href="/authors/x">Gethin ap Rhys</a></span>${BODY}`));
    expect(a.authors).toEqual(['Gethin ap Rhys']);
    const b = folder.parse('par-by.html', page('', `<h1>Culvert to close Mill Road</h1><p>Par/By Nia ferch Ifan</p>${BODY}`));
    expect(b.authors).toEqual(['Nia ferch Ifan']);
  });

  it('reads a two-digit year in a header date line in the order the page\'s locale writes dates', () => {
    const html = (lang: string) =>
      `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>Culvert to close Mill Road</title></head><body><article><h1>Culvert to close Mill Road</h1><p class="meta"><span class="date">04/03/25</span> · 3 min read</p>${BODY}</article></body></html>`;
    expect(folder.parse('gb.html', html('en-GB')).publishedAt?.value).toBe('2025-03-04');
    expect(folder.parse('us.html', html('en-US')).publishedAt?.value).toBe('2025-04-03');
  });

  it('dates a page from the flight rows a Next.js App Router page streams', () => {
    const row = (text: string) => `<script>self.__next_f.push([1,${JSON.stringify(text)}])</script>`;
    const scripts = row('5:["$","main",null,{"children":"$L6"}]\n') + row(`6:${JSON.stringify({ id: 4411, headline: 'Culvert to close Mill Road', publishedAt: '2025-04-12T07:45:00.000Z' })}\n`);
    const a = folder.parse('flight.html', page('', `<h1>Culvert to close Mill Road</h1>${BODY}${scripts}`));
    expect(a.publishedAt?.value.slice(0, 10)).toBe('2025-04-12');
  });

  it('dates a page from the page object Inertia.js renders into data-page', () => {
    const data = JSON.stringify({ component: 'Posts/Show', props: { post: { title: 'Culvert to close Mill Road', published_at: '2025-06-02 08:30:00', author: { name: 'Lena Moss' } } } });
    const a = folder.parse('inertia.html', page('', `<div id="app" data-page="${data.replace(/"/g, '&quot;')}"></div><h1>Culvert to close Mill Road</h1>${BODY}`));
    expect(a.publishedAt?.value.slice(0, 10)).toBe('2025-06-02');
  });

  it('names every co-author the byline shows when the metadata declares only the primary one, but not an agency or a photographer', () => {
    const meta = article({ headline: 'Culvert to close Mill Road', author: { '@type': 'Person', name: 'Lena Moss' } });
    const a = folder.parse('primary.html', page(meta, `<h1>Culvert to close Mill Road</h1><h4 class="author-name"><a href="/author/lena/">Lena Moss</a>, <a href="/author/piet/">Piet Okonkwo</a></h4>${BODY}`));
    expect(a.authors).toEqual(['Lena Moss', 'Piet Okonkwo']);
    const b = folder.parse('agency.html', page(meta, `<h1>Culvert to close Mill Road</h1><div class="byline">By Lena Moss and NZW</div>${BODY}`));
    expect(b.authors).toEqual(['Lena Moss']);
    const c = folder.parse('photo.html', page(meta, `<h1>Culvert to close Mill Road</h1><div class="byline">By Lena Moss</div><div class="photo-credit">Photo: Piet Okonkwo</div>${BODY}`));
    expect(c.authors).toEqual(['Lena Moss']);
  });

  it('leaves block editors\' cards, coloured fact boxes, author boxes, audio players and a bare "By" out of the text', () => {
    const a = folder.parse('cards.html', page('', `<h1>Culvert to close Mill Road</h1><div class="ArticlePage-authorBy">By</div><a href="/p/lena">Lena Moss</a>
<div class="AudioPlayer"><span>Listen to this article</span> <span>· 3 min</span></div>
<p>${PARAGRAPHS[0]}</p>
<figure class="kg-card kg-bookmark-card"><a href="/other"><div class="kg-bookmark-title">Bridge repairs begin next week on the river road</div><div class="kg-bookmark-description">Crews will work nights.</div></a></figure>
<div class="kg-card kg-cta-card"><h2>Sign up for the Daily Example</h2><p>Local news, free every Friday.</p></div>
<p>${PARAGRAPHS[1]}</p>
<div class="wp-block-group has-background"><h3>How to report a blocked drain</h3><p>Call the roads desk on the council line.</p></div>
<figure class="wp-block-pullquote"><blockquote><p>${PARAGRAPHS[1]}</p><cite>Roads manager</cite></blockquote></figure>
<p>${PARAGRAPHS[2]}</p>
<div class="post-author"><h5>Lena Moss</h5><p>Lena covers roads and transport.</p></div>`));
    expect(a.text).toBe(PARAGRAPHS.join('\n\n'));
    // A pull quote whose words stand nowhere else in the page is the only place of that quotation: it stays.
    const b = folder.parse('own-quote.html', page('', `<h1>Culvert to close Mill Road</h1><p>${PARAGRAPHS[0]}</p><figure class="wp-block-pullquote"><blockquote><p>We will reopen the road by June, whatever the weather does.</p></blockquote></figure><p>${PARAGRAPHS[2]}</p>`));
    expect(b.text).toContain('We will reopen the road by June, whatever the weather does.');
  });
});

describe('web pages: live badges, top bars and a live blog\'s start (web heldout12–14 kinds, invented examples)', () => {
  it('leaves a badge set apart at the start of the h1 out of the title, but keeps words that open the headline', () => {
    const badge = folder.parse(
      'badge.html',
      page('<title>Live: Ferry strike halts crossings | The Daily Example</title><meta property="og:title" content="LIVE: Ferries stop as crews walk out">', `<h1><span class="badge">Live</span> Ferry strike halts crossings to the islands</h1>${BODY}`),
    );
    expect(badge.title).toBe('Ferry strike halts crossings to the islands');
    const words = folder.parse('live-words.html', page('<title>Live music returns to the old pier</title>', `<h1>Live music returns to the old pier</h1>${BODY}`));
    expect(words.title).toBe('Live music returns to the old pier');
    const emphasis = folder.parse('emphasis.html', page('<title>x</title>', `<h1><em>Harbour</em> ferry fares rise again</h1>${BODY}`));
    expect(emphasis.title).toBe('Harbour ferry fares rise again');
  });

  it('dates a page by the date line under its headline, not by the top bar\'s day a line above it', () => {
    const a = folder.parse(
      'top-bar.html',
      `<html lang="en-GB"><head><meta property="article:published_time" content="2025-01-14T06:05:00+00:00"></head><body>
<div class="top"><span>Wednesday 15 January 2025</span> <a href="/epaper">Digital Edition</a></div>
<article><h1>Snow shuts the moor road</h1><p class="byline">By Ailsa Kerr</p><p class="dates"><time datetime="2025-01-14T06:05:00+00:00">14 January 2025, 6:05am</time> Last updated <time datetime="2025-01-15T00:41:00+00:00">15 January 2025, 12:41am</time></p>${BODY}</article></body></html>`,
    );
    expect(a.publishedAt?.value.slice(0, 10)).toBe('2025-01-14');
  });

  it('dates a live blog by its coverage start in the outlet\'s own offset when its datePublished is the UTC day before', () => {
    const ld = JSON.stringify({ '@context': 'https://schema.org', '@type': 'LiveBlogPosting', headline: 'Holiday rush at the ferry terminals', datePublished: '2025-03-27T23:50:00Z', coverageStartTime: '2025-03-28T05:50:00+06:00' });
    const a = folder.parse('live-start.html', page(`<script type="application/ld+json">${ld}</script>`, `<h1>Holiday rush at the ferry terminals</h1>${BODY}`));
    expect(a.publishedAt?.value.slice(0, 10)).toBe('2025-03-28');
  });
});

describe('web pages: update-only dates, other languages\' reading times, author cards and live blog entries (web heldout13 kinds)', () => {
  it('does not take the day a page shows as its local date when no real time zone puts the UTC stamp on it', () => {
    const head = '<meta property="article:published_time" content="2025-02-18T07:45:00+00:00"><meta property="article:modified_time" content="2025-02-19T10:12:33+00:00">';
    const a = folder.parse('update-shown.html', page(head, `<h1>Ferry strike halts crossings</h1><p class="meta">By Kojo Asante</p><p class="date"><time class="entry-date updated" datetime="2025-02-19T10:12:33+00:00">February 19, 2025</time></p>${BODY}`));
    expect(a.publishedAt?.value.slice(0, 10)).toBe('2025-02-18');
    // A stamp late in the UTC day is the next day east of it: the shown day is the local one.
    const late = folder.parse('late-stamp.html', page('<meta property="article:published_time" content="2025-02-18T21:45:00+00:00">', `<h1>Ferry strike halts crossings</h1><p class="meta">By Kojo Asante</p><p class="date">February 19, 2025</p>${BODY}`));
    expect(late.publishedAt?.value.slice(0, 10)).toBe('2025-02-19');
  });

  it('reads a date line with a French reading time beside it, and every writer of a header of author cards', () => {
    const ld = JSON.stringify({ '@type': 'NewsArticle', headline: 'Le traversier reprend du service', datePublished: '2025-03-21T00:45:00Z', author: { '@type': 'Person', name: 'Jeanne Roy' } });
    const a = folder.parse(
      'cards.html',
      page(
        `<script type="application/ld+json">${ld}</script>`,
        `<h1>Le traversier reprend du service</h1><div class="signatures"><div class="signature"><a class="signature__name" href="/auteur/jeanne-roy">Jeanne Roy</a> <span>à Québec</span></div><div class="signature"><a class="signature__name" href="/auteur/luc-cote">Luc Côté</a> <span>Journaliste</span></div></div><div class="dates"><time datetime="2025-03-21T00:45:00Z">20 mars 2025</time> <span>Mis à jour le 21 mars 2025</span> <span>Lecture de 4 min</span></div>${BODY}`,
      ),
    );
    expect(a.authors).toEqual(['Jeanne Roy', 'Luc Côté']);
    expect(a.publishedAt?.value.slice(0, 10)).toBe('2025-03-20');
  });

  it('leaves a live blog\'s entry headlines, as its JSON-LD lists them, out of the text', () => {
    const ld = JSON.stringify({ '@type': 'LiveBlogPosting', headline: 'Storm closes the coast road', datePublished: '2025-10-22T20:15:00Z', liveBlogUpdate: [{ '@type': 'BlogPosting', headline: 'Trains running again' }, { '@type': 'BlogPosting', headline: 'First damage on the coast' }] });
    const a = folder.parse(
      'entries.html',
      page(`<script type="application/ld+json">${ld}</script>`, `<h1>Storm closes the coast road</h1><div class="post"><h3>Trains running again</h3><p>${PARAGRAPHS[0]}</p></div><div class="post"><h3>First damage on the coast</h3><p>${PARAGRAPHS[1]}</p></div><h3>What the forecast says</h3><p>${PARAGRAPHS[2]}</p>`),
    );
    expect(a.text).not.toContain('Trains running again');
    expect(a.text).not.toContain('First damage on the coast');
    expect(a.text).toContain(PARAGRAPHS[0]);
  });
});

describe('web pages: a UTC stamp and a US dateline', () => {
  it('dates a page whose stamps are UTC by the day in the state its dateline names', () => {
    const head = '<meta property="article:published_time" content="2025-05-07T02:10:00Z">';
    const a = folder.parse('utc-dateline.html', page(head, `<h1>River bridge to shut</h1><p>SPRINGFIELD, Mo. (KFEN) — ${PARAGRAPHS[0]}</p><p>${PARAGRAPHS[1]}</p>`));
    expect(a.publishedAt?.value.slice(0, 10)).toBe('2025-05-06');
    const b = folder.parse('utc-no-state.html', page(head, `<h1>River bridge to shut</h1><p>LONDON — ${PARAGRAPHS[0]}</p><p>${PARAGRAPHS[1]}</p>`));
    expect(b.publishedAt?.value.slice(0, 10)).toBe('2025-05-07');
  });
});

describe('web pages: permalink days, dotted dates and author cards (web heldout14 kinds)', () => {
  it('dates a page by its permalink\'s day when its UTC stamp falls on the day before', () => {
    const a = folder.parse('permalink-day.html', page('<link rel="canonical" href="https://news.example/2025/04/24/port-scanners/"><meta property="article:published_time" content="2025-04-23T23:10:00+00:00">', `<h1>Port scanners halve waits</h1><p class="meta">2 days ago</p>${BODY}`));
    expect(a.publishedAt?.value.slice(0, 10)).toBe('2025-04-24');
    const b = folder.parse('permalink-far.html', page('<link rel="canonical" href="https://news.example/2025/04/24/port-scanners/"><meta property="article:published_time" content="2025-04-23T05:10:00+00:00">', `<h1>Port scanners halve waits</h1>${BODY}`));
    expect(b.publishedAt?.value.slice(0, 10)).toBe('2025-04-23');
  });

  it('dates a page by a dotted day-first date line with a two-digit year under its UTC stamp of the day before', () => {
    const a = folder.parse('dotted.html', page('<meta property="article:published_time" content="2025-05-18T21:47:00Z">', `<h1>Bus drivers to strike on Monday</h1><div class="published">Published: 19.05.25, 00:47</div>${BODY}`));
    expect(a.publishedAt?.value.slice(0, 10)).toBe('2025-05-19');
  });

  it('names every writer of author cards by the card\'s name, not the bureau beside it', () => {
    const ld = JSON.stringify({ '@type': 'NewsArticle', headline: 'Port to test hydrogen cranes', author: { '@type': 'Person', name: 'Haruka Ono' } });
    const a = folder.parse(
      'bureau-cards.html',
      page(`<script type="application/ld+json">${ld}</script>`, `<h1>Port to test hydrogen cranes</h1><div class="author-cards"><div class="author-card"><a class="author-name" href="/a/ono">Haruka Ono</a><span>Staff Writer</span></div><div class="author-card"><a class="author-name" href="/a/sato">Daiki Sato</a><span>Nagoya Bureau</span></div></div>${BODY}`),
    );
    expect(a.authors).toEqual(['Haruka Ono', 'Daiki Sato']);
  });
});

describe('web pages: a photographer under a labelled credit item', () => {
  it('takes no name under a "Fotos:" label for a writer', () => {
    const a = folder.parse(
      'labelled-items.html',
      page('', `<h1>Puente cerrado por obras</h1><div class="autoria"><div class="autoria-item"><div class="autoria-label">Texto:</div><a class="autoria-nombre" href="/autores/ana">Ana Rojas Vidal</a></div><div class="autoria-item"><div class="autoria-label">Fotos:</div><div class="autoria-nombre">Pablo Muñoz Lagos</div></div></div>${BODY}`),
    );
    expect(a.authors).toEqual(['Ana Rojas Vidal']);
  });
});

describe('web pages: local days beside UTC stamps, writers credited as a source, pull quotes (web18 kinds)', () => {
  it('dates a page by the local day its header shows under summary points, not the UTC stamp of the day before', () => {
    const a = folder.parse(
      'summary-points.html',
      page('<meta property="article:published_time" content="2026-03-11T22:30:00.000Z">', `<h1>Night ferries to run to the outer islands from May</h1><ul class="summary"><li>Six routes will run between midnight and 6am for a twelve-month trial from the start of May next year</li><li>Fares will range from $14 to $22, with operators paid a subsidy if passenger numbers fall short</li></ul><div class="authors"><a href="/a/roe">Jane Roe</a></div><div class="dates"><time>Published: 6:30am, 12 Mar 2026</time><span></span><time>Updated: 11:02am, 12 Mar 2026</time></div>${BODY}`),
    );
    expect(a.publishedAt?.value.slice(0, 10)).toBe('2026-03-12');
  });

  it('dates a blog post by the day it shows without a year beside a UTC stamp of the day before', () => {
    const a = folder.parse('yearless.html', page('<meta property="article:published_time" content="2026-03-11T21:30:00.000Z">', `<div class="post-meta"><span class="user-name">Jane Roe</span><ul><li><span title="Mar 12">Mar 12</span></li><li>3 min read</li></ul></div><h1>Cattle sales jump as dry autumn bites</h1>${BODY}`));
    expect(a.publishedAt?.value.slice(0, 10)).toBe('2026-03-12');
    // A stamp in the morning, UTC, is that day everywhere west of it and the next day nowhere: the stamp's day stays.
    const b = folder.parse('yearless-far.html', page('<meta property="article:published_time" content="2026-03-11T05:30:00.000Z">', `<div class="post-meta"><ul><li>Mar 12</li></ul></div><h1>Cattle sales jump as dry autumn bites</h1>${BODY}`));
    expect(b.publishedAt?.value.slice(0, 10)).toBe('2026-03-11');
  });

  it('takes a person named by a "Source:" line under the story for the writer, not an outlet so named', () => {
    const a = folder.parse('source-writer.html', page('', `<h1>Farmers demand bonus arrears</h1><div class="content">${BODY}</div><div class="article__source"><p>Source: Kwame Mensah-Bonsu</p></div>`));
    expect(a.authors).toEqual(['Kwame Mensah-Bonsu']);
    const b = folder.parse('source-outlet.html', page('', `<h1>Farmers demand bonus arrears</h1><div class="content">${BODY}</div><div class="article__source"><p>Source: Harbour News Agency</p></div>`));
    expect(b.authors).toEqual([]);
  });

  it('leaves a marked pull quote that repeats the text, a disclaimer, appeals and a print note out of the text', () => {
    const a = folder.parse(
      'pull-quote.html',
      page('', `<h1>Dike works delayed by a shortage of clay</h1><p>${PARAGRAPHS[0]}</p><p>${PARAGRAPHS[1]}</p><blockquote class="article__pullquote"><p>NATO allies have engaged in a number of closed-door appeals</p><cite>A diplomat</cite></blockquote><p>${PARAGRAPHS[2]}</p><p>The Harbour Post is a not-for-profit news service. We rely on readers to keep our journalism free for everyone to read.</p><p>Support us from £3 a month</p><p>Een versie van dit artikel verscheen ook in de krant van 13 maart 2026.</p><p>DISCLAIMER: The views and comments made by readers and contributors on this platform do not necessarily represent the views of the Harbour Post.</p>`),
    );
    expect(a.text).toBe(PARAGRAPHS.join('\n\n'));
  });
});

describe('web pages: the site a page shows over a builder\'s declared publisher, hCard bylines, names as shown (web19 kinds)', () => {
  it('takes og:site_name, which the page\'s title, logo and copyright show, over a JSON-LD publisher that is the web agency', () => {
    const ld = JSON.stringify({ '@context': 'https://schema.org', '@graph': [{ '@type': 'NewsArticle', headline: 'Mill start pushed back a week', publisher: { '@id': '#agency' } }, { '@id': '#agency', '@type': 'Organization', name: 'Harbour Web Studio' }] });
    const a = folder.parse('agency.html', `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Mill start pushed back a week | Fenwick Herald</title><meta content="Fenwick Herald" property="og:site_name"><script type="application/ld+json">${ld}</script></head><body><header><a href="/"><img src="/logo.svg" alt="Fenwick Herald"></a></header><article><h1>Mill start pushed back a week</h1>${BODY}</article><footer><p>&copy; Fenwick Herald 2025. Website by <a href="https://studio.example/">Harbour Web Studio</a>.</p></footer></body></html>`);
    expect(a.publisher).toBe('Fenwick Herald');
  });

  it('reads co-authors from an hCard byline whose line runs into the categories, and names as the page spells them', () => {
    const ld = JSON.stringify({ '@type': 'NewsArticle', headline: 'Market rebuild approved', author: [{ '@type': 'Person', name: 'Ana Cutajar' }] });
    const a = folder.parse(
      'vcard.html',
      page(`<script type="application/ld+json">${ld}</script>`, `<h1>Market rebuild approved</h1><div class="entry-meta"><span class="entry-meta-author author vcard">By <a class="fn" href="/a/ac">Ana Ċutajar</a> and <a class="fn" href="/a/jr">Jane O’Roe</a></span><span class="entry-meta-categories"><a href="/c/north">Northern</a>, <a href="/c/news">News</a></span></div>${BODY}`),
    );
    expect(a.authors).toEqual(['Ana Ċutajar', 'Jane O’Roe']);
  });

  it('names no writer for "Our Kandy Correspondent", and leaves a pull quote that opens with its quotation mark out of the text', () => {
    const a = folder.parse('our-correspondent.html', page('', `<h1>Lake walkway to close</h1><p class="byline">Written by: Our Westport Correspondent</p>${BODY}`));
    expect(a.authors).toEqual([]);
    const b = folder.parse(
      'quote-mark.html',
      page('', `<h1>Crab harvesters stay in port</h1><p>${PARAGRAPHS[0]}</p><p>“Every day we sit here is a day lost. The question is whether any of us can still afford to go out,” said one harvester.</p><blockquote class="pull-quote"><p>“The question is whether any of us can still afford to go out.”</p><cite>A harvester</cite></blockquote><p>${PARAGRAPHS[2]}</p>`),
    );
    expect(b.text).not.toContain('A harvester');
    expect(b.text.split('\n\n')).toHaveLength(3);
  });
});

describe('web pages: a signature\'s writers and a photographer\'s card (web20 kinds)', () => {
  it('reads every writer a signature names after "Par", and no photographer a byline card names as such', () => {
    const ld = JSON.stringify({ '@type': 'NewsArticle', headline: 'Coupures d’eau prolongées', author: [{ '@type': 'Person', name: 'Anne Roe' }] });
    const a = folder.parse('signature.html', page(`<script type="application/ld+json">${ld}</script>`, `<h1>Coupures d’eau prolongées</h1><div class="signature"><span>Par</span><div class="field__items"><div class="field__item"><a href="/a/ar">Anne Roe</a></div><span>et</span><div class="field__item"><a href="/a/kl">Kevin Li Wan Po</a></div></div></div>${BODY}`));
    expect(a.authors).toEqual(['Anne Roe', 'Kevin Li Wan Po']);
    const ld2 = JSON.stringify({ '@type': 'NewsArticle', headline: 'Algblomning stänger badplatser', author: [{ '@type': 'Person', name: 'Elin Roe' }, { '@type': 'Person', name: 'Anders Doe' }] });
    const b = folder.parse('photographer.html', page(`<script type="application/ld+json">${ld2}</script>`, `<h1>Algblomning stänger badplatser</h1><div class="bylines"><div class="byline"><div class="name">Elin Roe</div><div class="title">Reporter</div></div><div class="byline"><div class="name">Anders Doe</div><div class="title">Fotograf</div></div></div>${BODY}`));
    expect(b.authors).toEqual(['Elin Roe']);
  });
});

describe('web pages: the headline and names as the page spells them (web21 kinds)', () => {
  it('keeps the h1\'s curly quotation marks over the metadata\'s straight ones, and reads a Romanian "de A și B" byline', () => {
    const ld = JSON.stringify({ '@type': 'NewsArticle', headline: "Diver jailed over 'sunk' boat", author: [{ '@type': 'Person', name: 'Ioana Roe' }] });
    const a = folder.parse('curly.html', page(`<meta property="og:title" content="Diver jailed over 'sunk' boat"><script type="application/ld+json">${ld}</script>`, `<h1>Diver jailed over ‘sunk’ boat</h1><div class="article__authors">de <a href="/a/ir">Ioana Roe</a> și <a href="/a/rd">Radu Doe</a></div>${BODY}`));
    expect(a.title).toBe('Diver jailed over ‘sunk’ boat');
    expect(a.authors).toEqual(['Ioana Roe', 'Radu Doe']);
  });
});

describe('web pages: theme classes, trails, bios, full names and sign-offs (web22 kinds)', () => {
  it('reads the article of a page whose body class names a breadcrumb option, without its author box, trail or sign-off', () => {
    const a = folder.parse(
      'body-class.html',
      `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Quay fees frozen</title></head><body class="single has-breadcrumb-mobile-hidden"><div id="wrapper"><p class="arbo">Home &gt; Local &gt; Quay fees frozen</p><article><h1>Quay fees frozen</h1><div class="fusion-text">${PARAGRAPHS.slice(0, 2).map((p) => `<p>${p}</p>`).join('')}</div><div class="ad">Advertisement</div><div class="fusion-text"><p>${PARAGRAPHS[2]}</p><p>Harbour users said the freeze would help small boats through the winter.</p><p>Ana Roe, Harbour 9 News.</p></div><div class="m-a-box-bio"><p>Ana Roe covers the port and transport for Harbour 9 News.</p></div></article></div></body></html>`,
    );
    expect(a.text).toBe([...PARAGRAPHS, 'Harbour users said the freeze would help small boats through the winter.'].join('\n\n'));
    expect(a.authors).toEqual(['Ana Roe']);
  });

  it('names a writer as the byline spells her in full where the metadata drops her middle name', () => {
    const ld = JSON.stringify({ '@type': 'NewsArticle', headline: 'Bridge reopens to one lane', author: [{ '@type': 'Person', name: 'Ana Roe' }] });
    const a = folder.parse('full-name.html', page(`<script type="application/ld+json">${ld}</script>`, `<h1>Bridge reopens to one lane</h1><p class="byline">By Ana Maria Roe, Reporter</p>${BODY}`));
    expect(a.authors).toEqual(['Ana Maria Roe']);
  });

  it('dates a page by the shown day of an hAtom date whose title is the UTC stamp of the day before', () => {
    const a = folder.parse(
      'abbr.html',
      `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta property="og:locale" content="en_GB"><title>Water main repaired</title></head><body><article><h1>Water main repaired</h1><p class="info-publi"><abbr class="published" title="2026-09-17T22:05:00Z">Friday 18 September 2026</abbr>, by <span class="vcard author"><a class="fn">Ana Roe</a></span></p>${BODY}</article></body></html>`,
    );
    expect(a.publishedAt?.value).toBe('2026-09-18');
  });
});

describe('web pages: dates and credits set apart from the headline (web23 and web24 kinds, invented examples)', () => {
  it('reads a date from its own span in a header row that also holds a view count', () => {
    const a = folder.parse(
      'pieces.html',
      `<!DOCTYPE html><html><head><meta charset="utf-8"><meta property="article:published_time" content="2026-03-04T21:10:00+00:00"><title>Snow closes pass</title></head><body><article><div class="row"><span>3 hours ago</span> <span>05.03.2026, 02:10</span> <span>1 204</span></div><h1>Snow closes pass</h1>${BODY}</article></body></html>`,
    );
    expect(a.publishedAt?.value).toBe('2026-03-05');
  });

  it('dates a page by a "Posted:" field of a meta column beside the story, over a UTC stamp of the next day', () => {
    const a = folder.parse(
      'meta-column.html',
      `<!DOCTYPE html><html><head><meta charset="utf-8"><meta property="article:published_time" content="2026-03-08T04:52:00Z"><title>Hotel decision deferred</title></head><body><div class="layout"><aside class="layout__meta"><dl><dt>Posted:</dt><dd>Sat, 7 Mar 2026 11:52 PM</dd><dt>Updated:</dt><dd>Sun, 8 Mar 2026 10:15 AM</dd></dl></aside><article><h1>Hotel decision deferred</h1>${BODY}</article></div></body></html>`,
    );
    expect(a.publishedAt?.value).toBe('2026-03-07');
  });

  it('takes the shown first publication over a datePublished that is the shown update ("display date")', () => {
    const ld = JSON.stringify({ '@type': 'NewsArticle', headline: 'Corte de agua en el centro', datePublished: '2026-03-06T09:05:00-05:00' });
    const a = folder.parse(
      'display-date.html',
      page(`<script type="application/ld+json">${ld}</script>`, `<h1>Corte de agua en el centro</h1><div class="dates"><p>Actualizado el 6 de marzo de 2026 a las 09:05 h</p><p>Publicado el 5 de marzo de 2026 a las 22:50 h</p></div>${BODY}`),
    );
    expect(a.publishedAt?.value).toBe('2026-03-05');
  });

  it('reads co-authors from links to writers\' pages in a sidebar, but not a photographer\'s link or a hidden spelling', () => {
    const ld = JSON.stringify({ '@type': 'NewsArticle', headline: 'Ferry fares rise', author: { '@type': 'Person', name: 'Ana Roe' } });
    const a = folder.parse('sidebar-authors.html', page(`<script type="application/ld+json">${ld}</script>`, `<h1>Ferry fares rise</h1>${BODY}</article><aside class="sidebar"><dl><dt>Authors:</dt><dd><a href="/author/ana-roe" rel="author">Ana Roe</a>, <a href="/author/tim-doe" rel="author">Tim Doe</a></dd></dl></aside><article>`));
    expect(a.authors).toEqual(['Ana Roe', 'Tim Doe']);
    const b = folder.parse('photo-link.html', page(`<script type="application/ld+json">${ld}</script>`, `<h1>Ferry fares rise</h1><div class="credits"><span><span>Text</span> <a href="/author/ana-roe">Ana Roe</a></span> <span><span>Photography</span> <a href="/author/tim-doe">Tim Doe</a></span></div>${BODY}`));
    expect(b.authors).toEqual(['Ana Roe']);
    const c = folder.parse('hidden.html', page('', `<h1>Ferry fares rise</h1><div class="author-line"><a href="/author/ana-roe">Ana Roe</a><span class="hidden" itemprop="author">Анна Рое</span></div>${BODY}`));
    expect(c.authors).toEqual(['Ana Roe']);
  });

  it('names the writer a box of credits names where the metadata gives the editor it also names', () => {
    const a = folder.parse(
      'editor-meta.html',
      page('<meta property="article:author" content="Ann Poe">', `<h1>Highway closed by snow</h1>${BODY}<div class="news-author"><p>Author: <a href="/authors/tim-doe">Tim Doe</a></p><p>Editor: Ann Poe</p></div>`),
    );
    expect(a.authors).toEqual(['Tim Doe']);
  });

  it('reads labelled credit lines after the story, and leaves them and the editor\'s line out of the text', () => {
    const a = folder.parse('labelled.html', page('', `<h1>Metro fares unchanged</h1>${BODY}<p>Text: Ana Roe · Photos: Tim Doe</p><p>Go back</p>`));
    expect(a.authors).toEqual(['Ana Roe']);
    expect(a.text).toBe(PARAGRAPHS.join('\n\n'));
    const c = folder.parse('reporting.html', page('', `<h1>Metro fares unchanged</h1>${BODY}<p>Reporting: Ana Roe | Video: Tim Doe | Editing: Gazette Newsroom</p>`));
    expect(c.authors).toEqual(['Ana Roe']);
    expect(c.text).toBe(PARAGRAPHS.join('\n\n'));
    const b = folder.parse('authors-box.html', page('', `<h1>Metro fares unchanged</h1>${BODY}<div class="node__authors"><p>Authors: <a href="/team/ana-roe">Ana Roe</a>, <a href="/team/tim-doe">Tim Doe</a></p><p>Editor: <a href="/team/ann-poe">Ann Poe</a></p></div>`));
    expect(b.authors).toEqual(['Ana Roe', 'Tim Doe']);
    expect(b.text).toBe(PARAGRAPHS.join('\n\n'));
  });

  it('takes a distributed release\'s issuer for its publisher, and leaves its About, outlook and contact matter out', () => {
    const a = folder.parse(
      'release.html',
      `<!DOCTYPE html><html><head><meta charset="utf-8"><meta property="og:site_name" content="Harbour PR Wire"><title>Acme Heat signs loan</title></head><body><article><h1>Acme Heat signs loan</h1>${BODY}<p><b>About Acme Heat Ltd</b></p><p>Acme Heat Ltd builds district heating plants.</p><p><b>Forward-looking statements</b></p><p>This release contains forward-looking statements.</p><p>SOURCE Acme Heat Ltd</p></article></body></html>`,
    );
    expect(a.publisher).toBe('Acme Heat Ltd');
    expect(a.text).toBe(PARAGRAPHS.join('\n\n'));
  });

  it('leaves a column\'s closing note on its writer, its views disclaimer and the post navigation out of the text', () => {
    const a = folder.parse(
      'column.html',
      page('<meta name="author" content="Ana Roe">', `<h1>We keep paying for the same failure</h1>${BODY}<p>Ana Roe is an economist based in Westport. Her column appears every Thursday.</p><p>The views expressed in this column are those of the author and not of the Gazette.</p><div class="post-navigation"><a href="/p1"><span>Previous Post</span><h3>Why our councils cannot collect rates</h3></a></div>`),
    );
    expect(a.text).toBe(PARAGRAPHS.join('\n\n'));
  });

  it('names no writer for a government\'s press office', () => {
    const a = folder.parse('press-office.html', page('<meta name="author" content="Gabinet de Comunicació">', `<h1>El Govern licita la passarel·la</h1>${BODY}`));
    expect(a.authors).toEqual([]);
  });
});

describe('web pages: theme options on the page, accounts and spellings (web25 kinds, invented examples)', () => {
  it('dates a page by its marked day beside a UTC stamp of the next day, though the body\'s class names an author-bio option', () => {
    const a = folder.parse(
      'tweak.html',
      `<!DOCTYPE html><html><head><meta charset="utf-8"><meta property="article:published_time" content="2026-03-19T04:50:00+0000"><meta itemprop="author" content="Ledger Staff"><title>Council delays vote</title></head><body class="tweak-blog-item-show-author-bio"><article><div class="meta"><time class="dt-published" datetime="2026-03-18" pubdate>3/18/26</time> <span class="blog-meta-item--author">Ledger Staff</span></div><h1>Council delays vote</h1><p><strong>By Ana Roe</strong></p>${BODY}</article></body></html>`,
    );
    expect(a.publishedAt?.value).toBe('2026-03-18');
    expect(a.authors).toEqual(['Ana Roe']);
  });

  it('takes no writer from an account named after the site without its article, and a byline\'s spelling of a transliterated name', () => {
    const a = folder.parse('account.html', page('<meta property="og:site_name" content="The Harbour Standard"><meta name="author" content="Harbour Standard">', `<h1>Rice centre opens</h1>${BODY}<p><em>Story by Ana Roe | Photos by Tim Doe</em></p>`));
    expect(a.authors).toEqual(['Ana Roe']);
    const ld = JSON.stringify({ '@type': 'NewsArticle', headline: 'Night buses approved', author: [{ '@type': 'Person', name: 'Anahit Sargsian' }] });
    const b = folder.parse('respelled.html', page(`<script type="application/ld+json">${ld}</script>`, `<h1>Night buses approved</h1><p class="byline">By Anahit Sargsyan</p>${BODY}`));
    expect(b.authors).toEqual(['Anahit Sargsyan']);
  });
});

describe('web pages: layout wrappers, photographers and particles (web26 kinds, invented examples)', () => {
  it('reads the header of a page whose main column is classed "nosidebar", and a date row of pieces over the headline', () => {
    const a = folder.parse(
      'nosidebar.html',
      `<!DOCTYPE html><html><head><meta charset="utf-8"><meta property="article:published_time" content="2026-03-23T22:25:00+00:00"><title>Trolleybus loan approved</title></head><body><div id="page" class="sidemenu nosidebar"><div class="meta"><span class="date">24.03.2026 | 00:25</span> <span>Views: 1 482</span></div><h1>Trolleybus loan approved</h1>${BODY}<p class="author">Author: <a href="/search?author=Ana+Roe">Ana Roe</a></p></div><aside class="sidebar"><p>Latest news</p></aside></body></html>`,
    );
    expect(a.publishedAt?.value).toBe('2026-03-24');
    expect(a.authors).toEqual(['Ana Roe']);
  });

  it('names no writer the metadata lists whom the page shows only as a photographer, and keeps one it also credits as a writer', () => {
    const ld = JSON.stringify({ '@type': 'NewsArticle', headline: 'Boiler houses switch to gas', author: [{ '@type': 'Person', name: 'Ana Roe' }, { '@type': 'Person', name: 'Tim Doe' }] });
    const a = folder.parse('photographer-ld.html', page(`<script type="application/ld+json">${ld}</script>`, `<h1>Boiler houses switch to gas</h1><p class="byline">By Ana Roe</p><figure><img src="a.jpg"><figcaption>A chimney at dusk. <span class="credit">Photo: Tim Doe / Gazette</span></figcaption></figure>${BODY}`));
    expect(a.authors).toEqual(['Ana Roe']);
    const b = folder.parse('photographer-writer.html', page(`<script type="application/ld+json">${ld}</script>`, `<h1>Boiler houses switch to gas</h1><span class="autori"><a href="/autor/ana-roe">Ana Roe</a>, <a href="/autor/tim-doe">Tim Doe</a></span><figure><img src="a.jpg"><figcaption>A chimney at dusk. <span class="foto">Foto: Tim Doe</span></figcaption></figure>${BODY}`));
    expect(b.authors).toEqual(['Ana Roe', 'Tim Doe']);
  });

  it('reads a Faroese surname with its particle, and leaves production, update and membership notes out of the text', () => {
    const a = folder.parse(
      'particle.html',
      page('', `<h1>Salmon escape reported</h1><div class="byline"><span>Text:</span> <a href="/folk/x">Bárður í Dali</a></div>${BODY}<p>This story was produced by the Rural Health Reporting Collaborative, a partnership of two newsrooms.</p><p>This story has been updated with the number of fish recaptured.</p><p>You make this work possible.</p><p>The Gazette is member-supported. Become a sustaining member today.</p><p>Full or partial reproduction of materials is allowed only with an active hyperlink to the source.</p>`),
    );
    expect(a.authors).toEqual(['Bárður í Dali']);
    expect(a.text).toBe(PARAGRAPHS.join('\n\n'));
  });
});

describe('web pages: a writer named by an initial in the metadata (web27 kinds, invented example)', () => {
  it('names the writer as the byline spells the first name the metadata gives as an initial', () => {
    const ld = JSON.stringify({ '@type': 'NewsArticle', headline: 'Second dialysis machine arrives', author: [{ '@type': 'Person', name: 'J. Roe' }] });
    const a = folder.parse('initial.html', page(`<script type="application/ld+json">${ld}</script>`, `<h1>Second dialysis machine arrives</h1><p class="byline">By Jonah Q. Roe</p>${BODY}`));
    expect(a.authors).toEqual(['Jonah Q. Roe']);
  });
});

describe('web pages: foot credits, calendars, cards and pulled quotes (web28 and web29 kinds, invented examples)', () => {
  it('reads a writer credited at the foot with her station in brackets, and leaves a list of headlines under "Read also" out', () => {
    const a = folder.parse(
      'foot-credit.html',
      page('<meta property="og:site_name" content="Harbour Public Media">', `<h1>Tram fares frozen</h1>${BODY}<div class="cmp-text lsr-author"><em>Ana Roe (Harbour Radio)</em></div><div class="cmp-list"><h2>Read also</h2><ul><li>Budget passes final reading</li><li>Ferry adds winter sailings</li></ul></div>`),
    );
    expect(a.authors).toEqual(['Ana Roe']);
    expect(a.text).toBe(PARAGRAPHS.join('\n\n'));
  });

  it('leaves a Slovenian summary ("povzetek") and a "Preberite še:" link out of the text', () => {
    const a = folder.parse(
      'povzetek.html',
      page('', `<h1>Most bo zaprt</h1><div class="article__povzetek"><p><strong>Obnova bo trajala vse leto.</strong></p></div><p class="byline">Avtor: Ana Roe</p><p>${PARAGRAPHS[0]}</p><p class="preberite-se"><strong>Preberite še:</strong> <a href="/x">Kje bodo obvozi?</a></p><p>${PARAGRAPHS[1]}</p><p>${PARAGRAPHS[2]}</p>`),
    );
    expect(a.text).toBe(PARAGRAPHS.join('\n\n'));
  });

  it('reads a slashed date in the order that puts it beside the machine stamp, on a page whose locale does not say', () => {
    const head = '<meta property="article:published_time" content="2026-03-09T21:20:00Z">';
    const a = folder.parse('slashed.html', page(head, `<h1>Ring road lanes to close</h1><p class="byline">By Ana Roe</p><p class="date">Published: 10/03/2026 | 12:20 AM</p>${BODY}`));
    expect(a.publishedAt?.value).toBe('2026-03-10');
  });

  it('dates a page by the Ethiopian-calendar day it shows beside a UTC stamp of the evening before', () => {
    const head = '<meta property="article:published_time" content="2026-12-11T21:30:00Z">';
    const a = folder.parse('ethiopian.html', page(head, `<h1>Light rail adds night service</h1><div class="info"><span>Written by Ana Roe</span> <span class="date">Tahsas 3, 2019 E.C. | 12:30 AM</span></div>${BODY}`));
    expect(a.publishedAt?.value).toBe('2026-12-12');
  });

  it('takes the shown day over a machine stamp without a zone that falls on the evening before', () => {
    const head = '<meta property="article:published_time" content="2026-03-18 21:30:00">';
    const a = folder.parse('naive.html', page(head, `<h1>Snow closes mountain roads</h1><div class="post-meta"><span>Newsroom</span> <span>Mar 19, 2026</span></div>${BODY}`));
    expect(a.publishedAt?.value).toBe('2026-03-19');
  });

  it('names the writer of the one author card in the sidebar when the metadata credits the agency', () => {
    const head = '<meta name="author" content="Harbour Press Agency"><meta property="og:site_name" content="Harbour Press Agency">';
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8">${head}</head><body><main><article><h1>Onion imports suspended</h1>${BODY}<p>ABC/DEF/GHI</p></article></main><aside class="area-side"><div class="element type-author-card"><h3>Auteur</h3><div class="author-card"><span class="author-label">Par</span> <a class="author-name" href="/fr/auteurs/ana-roe/">Ana Roe</a> <span class="author-role">Service économique</span></div></div><div class="fil"><h3>Le fil</h3><ul><li><a href="/a">Bridge opens</a></li></ul></div></aside></body></html>`;
    const a = folder.parse('sidebar-card.html', html);
    expect(a.authors).toEqual(['Ana Roe']);
    expect(a.text).toBe(PARAGRAPHS.join('\n\n'));
  });

  it('reads an author card\'s "Words" row as the writer and its "Photographs" row as no one, and leaves a pulled quotation out', () => {
    const quote = '“The old men laughed at the pipes. Then in August our trees stayed green.”';
    const said = '“The old men laughed at the pipes,” she says. “Then in August our trees stayed green, and now they ask what it costs.”';
    const html = page(
      '<meta property="og:site_name" content="Valley Review">',
      `<div class="tags"><span>Long read</span> <span>North</span></div><div class="issue">Issue 23 · January 2027</div><h1>Apricots and water</h1><div class="post__descr">A short summary of the story under its headline.</div><p class="date">17.12.2026</p>${BODY}<blockquote class="t-redactor__quote">${quote}</blockquote><p>${said}</p><div class="vr-author-card"><div class="vr-author-card__row"><div class="vr-author-card__label">Words</div><div class="vr-author-card__name">Ana Roe</div><div class="vr-author-card__bio">Ana Roe is a writer based in the north.</div></div><div class="vr-author-card__row"><div class="vr-author-card__label">Photographs</div><div class="vr-author-card__name">Tim Doe</div></div></div>`,
    );
    const a = folder.parse('words-card.html', html);
    expect(a.authors).toEqual(['Ana Roe']);
    expect(a.publisher).toBe('Valley Review');
    expect(a.text).toBe([...PARAGRAPHS, said].join('\n\n'));
  });

  it('leaves a newsletter pitch in two parts and a readers\' funding appeal out of the text', () => {
    const a = folder.parse('pitches.html', page('', `<h1>Roads reopen</h1>${BODY}<p>Get our morning briefing</p><p>The day’s news from the valley in your inbox at 7 a.m.</p><p><em>The Gazette is run by local journalists. We are funded by readers. If you can, support our work.</em></p>`));
    expect(a.text).toBe(PARAGRAPHS.join('\n\n'));
  });
});

describe('web pages: credits in cards, columns, player lines and foot sentences (web30 kinds, invented examples)', () => {
  it('spells the writer as the sidebar card shows the name the metadata folds, and reads a video\'s reporter line', () => {
    const ld = JSON.stringify({ '@type': 'NewsArticle', headline: 'Queues at the border bridge', author: [{ '@type': 'Person', name: "'Mamosa Roesk" }] });
    const a = folder.parse('apostrophe.html', `<!DOCTYPE html><html><head><meta charset="utf-8"><script type="application/ld+json">${ld}</script></head><body><main><article><h1>Queues at the border bridge</h1>${BODY}</article></main><aside class="col article-aside"><div class="author-card"><a class="author-card__name" href="/authors/mamosa-roe">’Mamosa Roešk</a><span>Senior Reporter</span></div></aside></body></html>`);
    expect(a.authors).toEqual(['’Mamosa Roešk']);
    const b = folder.parse('video-credits.html', page('<meta name="author" content="Harbour TV Newsroom">', `<h1>Ferry cancelled after engine failure</h1><div class="player"><p class="video-credits">Reporter: Shenelle Roe | Camera: Kerwin Doe | Editor: Dion Poe</p></div>${BODY}<p>Watch Harbour News at 7 weeknights on Channel 7 and streaming on harbourtv.example/live.</p>`));
    expect(b.authors).toEqual(['Shenelle Roe']);
    expect(b.text).toBe(PARAGRAPHS.join('\n\n'));
  });

  it('reads the writer from the story\'s meta column set as an <aside>, and leaves a follow prompt in Bosnian out', () => {
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="author" content="Redakcija Sjeverni kurir"></head><body><div class="wrap"><aside class="meta-kolona"><p class="meta-autor"><span>Piše:</span> <a href="/autori/amra-roe">Amra Roe</a></p><p class="meta-foto"><span>Foto:</span> Edin Doe</p><p>Objavljeno: utorak, 22. decembar 2026. 23:50</p></aside><article><h1>Snijeg odsjekao sela</h1>${BODY}<p>Pratite Kurir na Viberu i budite prvi obaviješteni o najvažnijim vijestima.</p></article><aside class="desna-kolona"><h3>Najčitanije</h3><ul><li><a href="/x">Druga vijest</a></li></ul></aside></div></body></html>`;
    const a = folder.parse('meta-aside.html', html);
    expect(a.authors).toEqual(['Amra Roe']);
    expect(a.text).toBe(PARAGRAPHS.join('\n\n'));
  });

  it('dates a Plone page by its byline\'s "published", not the draft\'s creation, and reads a credit in sentences at the foot', () => {
    const head = '<meta name="DC.creator" content="gis-editor"><meta name="DC.date.created" content="2026-12-21T15:02:11-04:00"><meta name="DC.date.modified" content="2026-12-23T09:12:47-04:00">';
    const a = folder.parse('plone.html', page(head, `<h1 class="documentFirstHeading">Holiday grant for seniors</h1><div class="documentByLine">by gis-editor — <span class="documentPublished"><span>published</span> Dec 22, 2026 04:35 PM</span>, last modified Dec 23, 2026</div>${BODY}<p><em>Written by Kareem Roe, Public Information Officer. Photos: Tricia Doe.</em></p>`));
    expect(a.publishedAt?.value).toBe('2026-12-22');
    expect(a.authors).toEqual(['Kareem Roe']);
    expect(a.text).toBe(PARAGRAPHS.join('\n\n'));
  });

  it('takes the headline of a site builder\'s story header over a shorter metadata title, and a closing "This story was reported by"', () => {
    const head = '<meta property="og:title" content="Water prices double in the north – Harbour Local"><title>Water prices double in the north – Harbour Local</title>';
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8">${head}</head><body><nav><a href="./">Harbour Local</a> <a href="./stories">Stories</a></nav><header data-framer-name="Story Header"><p>Cost of living</p><h1>Water prices double in the north as fuel shortage bites before the holidays</h1><p>Dec 23, 2026</p></header><div class="rich">${BODY}<hr><p><em>This story was reported by Deng Roe, with photographs by Nyandeng Doe. Harbour Local is an independent newsroom.</em></p></div></body></html>`;
    const a = folder.parse('story-header.html', html);
    expect(a.title).toBe('Water prices double in the north as fuel shortage bites before the holidays');
    expect(a.authors).toEqual(['Deng Roe']);
  });
});

describe('web pages: a top bar\'s today near the headline (web30 kinds, invented example)', () => {
  it('takes no top bar\'s "Wednesday, 23 December 2026" for the shown day, but keeps a blog\'s date header and a section\'s dated line', () => {
    const head = '<meta property="article:published_time" content="2026-12-22T22:50:00+00:00">';
    const a = folder.parse('today-bar.html', `<!DOCTYPE html><html lang="bs"><head><meta charset="utf-8">${head}</head><body><div class="top"><span>Srijeda, 23. decembar 2026.</span></div><h1>Snijeg odsjekao sela</h1>${BODY}</body></html>`);
    expect(a.publishedAt?.value).not.toBe('2026-12-23');
    const b = folder.parse('date-header.html', `<!DOCTYPE html><html><head><meta charset="utf-8"><meta property="og:title" content="Departure charge raised"><meta property="article:published_time" content="2026-12-18T03:48:00Z"></head><body><h2 class="date-header">Thursday, December 17, 2026</h2><h3 class="entry-header">Departure charge raised</h3>${BODY}</body></html>`);
    expect(b.publishedAt?.value).toBe('2026-12-17');
  });
});

describe('web pages: credit boxes, staff in a byline and update notes (web31 kinds, invented examples)', () => {
  it('reads the writer of a "Reporting: · Editing:" line under the story, where the metadata names the station', () => {
    const ld = JSON.stringify({ '@type': 'NewsArticle', headline: 'Landslide cuts the coast road', author: { '@type': 'Organization', name: 'Harbour Radio' } });
    const a = folder.parse('credits-line.html', page(`<script type="application/ld+json">${ld}</script>`, `<h1>Landslide cuts the coast road</h1><div class="article__body">${BODY}</div><p class="article__credits">Reporting: Merle Roe &middot; Editing: Cuthbert Doe</p><div class="article__share"><span>Share</span> <a href="/s">Facebook</a></div>`));
    expect(a.authors).toEqual(['Merle Roe']);
  });

  it('takes no photographer the metadata lists as an author whom the byline labels "Photographs"', () => {
    const ld = JSON.stringify({ '@type': 'Article', headline: 'The last ledgers', author: [{ '@type': 'Person', name: 'Leonor Roe' }, { '@type': 'Person', name: 'Ho Wai Doe' }] });
    const a = folder.parse('words-photographs.html', page(`<script type="application/ld+json">${ld}</script>`, `<h1>The last ledgers</h1><p class="Theme-Byline">Words <strong>Leonor Roe</strong> &middot; Photographs <strong>Ho Wai Doe</strong></p>${BODY}`));
    expect(a.authors).toEqual(['Leonor Roe']);
  });

  it('adds the co-author a byline shows beside the outlet\'s staff', () => {
    const ld = JSON.stringify({ '@type': 'NewsArticle', headline: 'Last flight of the year delayed', author: [{ '@type': 'Person', name: 'Lagi Roe' }] });
    const a = folder.parse('staff-byline.html', page(`<script type="application/ld+json">${ld}</script>`, `<h1>Last flight of the year delayed</h1><p class="byline">Story by Lagi Roe and Mark Doe, Press Staff</p>${BODY}`));
    expect(a.authors).toEqual(['Lagi Roe', 'Mark Doe']);
  });
});

describe('web pages: signatures, credit boxes and post lines (web35 kinds, invented examples)', () => {
  it('reads a signature with the writer\'s role under the headline where the credit names the desk', () => {
    const a = folder.parse('signature-role.html', page('', `<h2>Le pont fermera trois semaines</h2><p class="post-info"><span>Par <a href="/pages/la-redaction">La Rédaction</a></span>, <time datetime="2027-03-17T08:30:00+00:00">mercredi 17 mars 2027, 08:30</time></p><p class="signature"><strong>Aya Roe</strong>, envoyée spéciale à Westport</p>${BODY}`));
    expect(a.authors).toEqual(['Aya Roe']);
  });

  it('gives a writer the second surname a labelled credit box adds to the metadata\'s name', () => {
    const ld = JSON.stringify({ '@type': 'NewsArticle', headline: 'Water committees map the springs', author: { '@type': 'Person', name: 'Wilma Roe' } });
    const a = folder.parse('second-surname.html', page(`<script type="application/ld+json">${ld}</script>`, `<h1>Water committees map the springs</h1><ul class="post__credits"><li>19 March 2027</li><li>Text: Wilma Roe Mamani</li><li>Photos: Tim Doe</li></ul>${BODY}`));
    expect(a.authors).toEqual(['Wilma Roe Mamani']);
  });

  it('takes no section a post line names after its dates for a writer, and reads the writers a first paragraph credits', () => {
    const a = folder.parse('post-meta.html', page('<meta property="og:site_name" content="Harbour Info"><meta property="article:author" content="Harbour Info">', `<h1>Le pont fermera trois semaines</h1><div class="post-meta"><span>Publié le</span> <time datetime="2027-03-20T21:50:00-04:00">2027-03-20</time> <span>Modifié le</span> <time datetime="2027-03-21T10:05:12-04:00">2027-03-21</time> <span>Dans</span> <a href="/categories/regions/">Régions</a></div><div class="post-body"><p><em>Par Ana Roe et Jean-Paul Doe, à Jacmel</em></p>${BODY}</div>`));
    expect(a.authors).toEqual(['Ana Roe', 'Jean-Paul Doe']);
  });
});

describe('web pages: live labels, abbreviated names, initialisms and property tables (web36 kinds, invented examples)', () => {
  it('drops a live label of another language from the headline, and keeps the full stop of an abbreviated name the metadata drops', () => {
    const ld = JSON.stringify({ '@type': 'NewsArticle', headline: 'Colata di detriti sulla cantonale', author: { '@type': 'Person', name: 'Andi Muh Roe' } });
    const a = folder.parse('diretta.html', page(`<script type="application/ld+json">${ld}</script>`, `<h1><span class="label-live">DIRETTA</span> Colata di detriti sulla cantonale</h1><div class="credit">Penulis: <a href="/penulis/andi">Andi Muh. Roe</a> | Editor: <a href="/editor/tim">Tim Doe</a></div>${BODY}`));
    expect(a.title).toBe('Colata di detriti sulla cantonale');
    expect(a.authors).toEqual(['Andi Muh. Roe']);
  });

  it('reads the writers a properties table names, and a publisher without the initials after its name', () => {
    const a = folder.parse('properties.html', page('<meta property="og:site_name" content="Harbour Irrigation Agency (HIA)">', `<h1>The last sloop builders of the island</h1><table class="notion-properties"><tr><th>Authors</th><td><span class="notion-person">Ana Roe</span> <span class="notion-person">Tim Doe</span></td></tr><tr><th>Photography</th><td>Max Major</td></tr></table>${BODY}`));
    expect(a.authors).toEqual(['Ana Roe', 'Tim Doe']);
    expect(a.publisher).toBe('Harbour Irrigation Agency');
  });
});

describe('web pages: print-edition days, county correspondents and places after the name (web37 kinds, invented examples)', () => {
  it('dates a story by the stamp with its time the day before the day its metadata declares without a time', () => {
    const ld = JSON.stringify({ '@type': 'NewsArticle', headline: 'Harbour road to close for repairs', datePublished: '2027-03-09' });
    const a = folder.parse('print-day.html', page(`<script type="application/ld+json">${ld}</script>`, `<h1>Harbour road to close for repairs</h1><div class="datum">Veröffentlicht: <time datetime="2027-03-08T18:30:00+02:00">08.03.2027 – 18:30</time></div><div class="print">Printausgabe: 09.03.2027, Seite 1</div>${BODY}`));
    expect(a.publishedAt?.value.slice(0, 10)).toBe('2027-03-08');
  });

  it('keeps a third name before a county correspondent\'s role, and reads a writer before the place after "do"', () => {
    const a = folder.parse('county.html', page('', `<h1>Harbour road to close for repairs</h1><div class="byline"><div class="authors">By <a href="/a/jane">Jane Aoko Roe</a></div><div class="role">Kisumu County Correspondent</div></div>${BODY}`));
    expect(a.authors).toEqual(['Jane Aoko Roe']);
    const b = folder.parse('do-place.html', page('', `<h1>Harbour road to close for repairs</h1><p class="entry-autor">Por <a href="/tag/ana-lopes/">Ana Lopes</a>, do Recife</p>${BODY}`));
    expect(b.authors).toEqual(['Ana Lopes']);
  });
});

describe('web pages: Drupal Paragraphs bodies and Joomla accounts (web38 kinds, invented examples)', () => {
  const story = [
    'Harbour departments have been told to find £18 million in savings before the end of the financial year in March, as the council tries to close a gap in its budget that officials put at more than five per cent of its spending.',
    'In a letter sent to directors last week and seen by the Chronicle, the finance office said every department must name cuts or deferrals by the end of the month, and that no new schemes could begin until the gap was closed.',
    'The letter says the pressures have come mostly from pay settlements agreed over the summer, higher than expected demand for care services and the cost of repairing the harbour road after four floods since the spring.',
    'Care is expected to face the largest single reduction in cash terms, although officials have said frontline services should be protected as far as possible and that no care home would close this winter because of the savings.',
    'A finance office spokesperson said the council was required by law to live within its budget and that difficult choices could not be avoided, adding that directors had been asked to look first at vacancies and at projects not yet begun.',
    'Trade unions reacted angrily to the letter. A regional organiser for the public services union said workers were being asked to pay for a funding model that had been broken for years and that the cuts would fall on the lowest paid.',
    'You cannot take eighteen million pounds out of public services in four months without people noticing, she said, adding that waiting lists would grow longer, roads would go unrepaired and classrooms would go without support.',
    'An economist at the harbour university said the scale of the savings was not unusual for a council of its size but that the timing made them harder to deliver, since most of the year\'s money was already committed by November.',
    'Departments tend to reach for the same things in the autumn, he said: freezes on hiring, building projects put back by a year, and cuts to the grants the council gives to community groups, which are the easiest to stop.',
    'The council is also waiting for the outcome of talks with the government over a revised funding formula, which all the parties on the council have said leaves the harbour short by several million pounds every year.',
    'Opposition councillors called for the leader to make a statement at the next full meeting, and the finance committee is due to be briefed by senior officials on the detail of the savings plan before the end of the month.',
    'Departments have also been asked to set out the likely effect of any proposed cuts on older and disabled residents, as the law requires, and to publish those assessments before any decision is taken by the committee.',
  ];
  const item = (paragraphs: string[]) => `<div class="field__item"><div class="paragraph paragraph--type--text"><div class="clearfix text-formatted field field--name-field-text field--type-text-long field--label-hidden field__item">${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</div></div></div>`;

  it('reads every Paragraphs item of a Drupal story body, whose fields are marked "label-hidden"', () => {
    const hidden = 'field--label-hidden';
    const body = `<div class="field field--name-field-paragraphs field--type-entity-reference-revisions ${hidden} field__items">${item(story.slice(0, 3))}<div class="field__item"><div class="paragraph paragraph--type--advertisement"><div class="ad-slot"><span class="ad-slot__label">Advertisement</span></div></div></div>${item(story.slice(3, 5))}<div class="field__item"><div class="paragraph paragraph--type--link"><div class="related-inline"><p><strong>Read more:</strong> <a href="/news/1">Bypass plans go on show</a></p></div></div></div>${item(story.slice(5, 9))}<div class="field__item"><div class="paragraph paragraph--type--newsletter"><div class="newsletter-inline"><h3>Harbour Briefing</h3><p>Get our council reporter's take on the week, every Friday. Sign up free.</p><form><input type="email" /><button>Sign up</button></form></div></div></div>${item(story.slice(9))}</div>`;
    const header = `<header class="article-header"><div class="field field--name-field-channel ${hidden} field__item"><a href="/news">News</a></div><h1 class="page-title"><span class="field field--name-title ${hidden}">Council backs rebuild of the harbour road</span></h1><div class="field field--name-field-teaser-text ${hidden} field__item">Every department has until March 19 to find savings as the floods squeeze the budget</div><div class="article-meta"><div class="article-meta__byline">By <a href="/authors/jane-roe">Jane Roe</a>, <span>Council Reporter</span></div><div class="article-meta__dates"><span>Published 2 days ago</span></div></div></header>`;
    const media = `<div class="field field--name-field-teaser-media ${hidden} field__item"><div class="media"><figure class="media-figure"><img src="/road.jpg" alt="The harbour road" /><figcaption><div class="field field--name-field-description ${hidden} field__item">The harbour road under water in October.</div><div class="field field--name-field-source ${hidden} field__item">Picture by Harbour Photos</div></figcaption></figure></div></div>`;
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Council backs rebuild of the harbour road | Harbour Chronicle</title></head><body><main class="container"><div class="layout-content"><div class="region region-content"><div class="block block-system block-system-main-block"><article class="node node--type-article node--view-mode-full">${header}${media}${body}<div class="field field--name-field-tags field--label-above"><div class="field__label">Topics</div><div class="field__items"><div class="field__item"><a href="/t/roads">Roads</a></div></div></div></article></div></div></div></main><footer><p>© 2027 Harbour Chronicle Ltd</p></footer></body></html>`;
    const a = folder.parse('paragraphs.html', html);
    expect(a.text).toBe(story.join('\n\n'));
  });
  it('takes Joomla\'s first account, "Super User", for no writer', () => {
    const a = folder.parse('joomla.html', page('<meta name="author" content="Super User">', `<h1>Council backs rebuild of the harbour road</h1><dl class="article-info"><dd class="createdby">Written by <span>Jane Roe</span></dd></dl>${BODY}`));
    expect(a.authors).toEqual(['Jane Roe']);
  });
});

describe('web pages: site accounts, names as the byline writes them, page builders and closing signatures (web39 kinds, invented examples)', () => {
  it('takes a "Web Admin" JSON-LD author for no one, and keeps the byline\'s spelling of a name the metadata reorders or spells out', () => {
    const ld = (name: string) => `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'Council backs rebuild of the harbour road', author: { '@type': 'Person', name } })}</script>`;
    const admin = folder.parse('admin.html', page(ld('Web Admin'), `<h1>Council backs rebuild of the harbour road</h1><p class="byline">Written by Jane Roe and John Doe</p>${BODY}`));
    expect(admin.authors).toEqual(['Jane Roe', 'John Doe']);
    const initial = folder.parse('initial.html', page(ld('Meena Sundar R'), `<h1>Council backs rebuild of the harbour road</h1><div class="byline">By <a class="author-link" href="/author/r-meena-sundar">R. Meena Sundar</a></div>${BODY}`));
    expect(initial.authors).toEqual(['R. Meena Sundar']);
    const hj = folder.parse('hj.html', page(ld('Nurul Ain Haji Rahman'), `<h1>Council backs rebuild of the harbour road</h1><dd class="createdby">Written by: <span>Nurul Ain Hj Rahman</span></dd>${BODY}`));
    expect(hj.authors).toEqual(['Nurul Ain Hj Rahman']);
  });

  it('reads a bold name and role opening the content, and an Elementor headline set inside the builder\'s widget', () => {
    const signed = folder.parse('signed.html', page('<meta name="author" content="Harbour Daily Reporter">', `<h1>Council backs rebuild of the harbour road</h1><p><strong>Jane Roe, Senior Business Reporter</strong></p>${BODY}`));
    expect(signed.authors).toEqual(['Jane Roe']);
    expect(signed.text).toBe(PARAGRAPHS.join('\n\n'));
    const elementor = folder.parse('elementor.html', page('<meta property="og:title" content="Harbour road: a rebuild at last">', `<div class="elementor-widget elementor-widget-theme-post-title"><div class="elementor-widget-container"><h1 class="elementor-heading-title">Council backs rebuild of the harbour road after four floods</h1></div></div>${BODY}`));
    expect(elementor.title).toBe('Council backs rebuild of the harbour road after four floods');
  });

  it('keeps the second surname a Spanish byline shows as one name, not a place set beside the name', () => {
    const ld = JSON.stringify({ '@type': 'NewsArticle', headline: 'Council backs rebuild of the harbour road', author: [{ '@type': 'Person', name: 'Ana Roe' }] });
    const es = (byline: string) => `<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><script type="application/ld+json">${ld}</script></head><body><article><h1>Council backs rebuild of the harbour road</h1>${byline}${BODY}</article></body></html>`;
    expect(folder.parse('surname.html', es('<span class="author">Por Ana Roe Díaz</span>')).authors).toEqual(['Ana Roe Díaz']);
    expect(folder.parse('place.html', es('<div class="byline"><a href="/autor/ana-roe">Ana Roe</a> <span class="location">Sevilla</span></div>')).authors).toEqual(['Ana Roe']);
  });

  it('takes a Portuguese "entrada" for the standfirst, and a signature closing the story above a related-news heading', () => {
    const entrada = folder.parse('entrada.html', page('', `<h1>Council backs rebuild of the harbour road</h1><div class="dc-artigo__entrada"><p>The council decided to close the road for as long as the works last.</p></div>${BODY}`));
    expect(entrada.text).toBe(PARAGRAPHS.join('\n\n'));
    const signed = folder.parse('vn.html', page('', `<h1>Council backs rebuild of the harbour road</h1>${BODY}<p style="text-align:right;"><strong>Minh Roe - Thu Doe</strong></p><h3 class="box-title">Tin liên quan</h3>`));
    expect(signed.authors).toEqual(['Minh Roe', 'Thu Doe']);
  });
});

describe('web pages: gated paragraphs, credit lines, Catalan surnames (web40 kinds, invented examples)', () => {
  it('keeps the paragraphs a paywall marks as its gated content', () => {
    const a = folder.parse('gated.html', page('', `<h1>Council backs rebuild of the harbour road</h1><p class="article__paragraph">${PARAGRAPHS[0]}</p><p class="article__paragraph paywall-content">${PARAGRAPHS[1]}</p><p class="article__paragraph paywall-content">${PARAGRAPHS[2]}</p><div class="paywall"><p>Subscribe to keep reading.</p></div>`));
    expect(a.text).toBe(PARAGRAPHS.join('\n\n'));
  });

  it('takes a photographer the JSON-LD lists as an author out where a credit line says "Photos by", and reads a Catalan name with two surnames', () => {
    const ld = JSON.stringify({ '@type': 'NewsArticle', headline: 'Council backs rebuild of the harbour road', author: [{ '@type': 'Person', name: 'Jane Roe' }, { '@type': 'Person', name: 'John Doe' }] });
    const a = folder.parse('credit-lines.html', page(`<script type="application/ld+json">${ld}</script>`, `<h1>Council backs rebuild of the harbour road</h1><span class="credit-line">Words by <a href="/people/jane-roe">Jane Roe</a></span> · <span class="credit-line">Photos by <a href="/people/john-doe">John Doe</a></span>${BODY}`));
    expect(a.authors).toEqual(['Jane Roe']);
    const b = folder.parse('catalan.html', page('<meta name="author" content="Marta Roe i Doe">', `<h1>Council backs rebuild of the harbour road</h1>${BODY}`));
    expect(b.authors).toEqual(['Marta Roe i Doe']);
  });
});

describe('web pages: logo headings, unlabelled credit lines, Gaelic names (web41 kinds, invented examples)', () => {
  it('takes the story\'s <h2> for the headline where the one <h1> is the logo and the metadata title is a rewrite', () => {
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Fuel shortage: fishermen stay ashore | The Harbour Ledger</title><meta property="og:site_name" content="The Harbour Ledger"></head><body><div class="logo"><h1><a href="/" title="The Harbour Ledger"><img src="/logo.png" alt="The Harbour Ledger"></a></h1></div><div class="item"><h2 class="itemTitle">Fishermen stay ashore for a third day over fuel shortage</h2>${BODY}</div></body></html>`;
    expect(folder.parse('k2.html', html).title).toBe('Fishermen stay ashore for a third day over fuel shortage');
  });

  it('takes a photographer out of the authors by an unlabelled credit line, not a writer credited for a caption\'s photo', () => {
    const ld = JSON.stringify({ '@type': 'NewsArticle', headline: 'Council backs rebuild of the harbour road', author: [{ '@type': 'Person', name: 'Jane Roe' }, { '@type': 'Person', name: 'John Doe' }] });
    const a = folder.parse('styled.html', page(`<script type="application/ld+json">${ld}</script>`, `<h1>Council backs rebuild of the harbour road</h1><div class="sc-a1"><p class="sc-b2"><span>Reporting by</span> <a href="/people/jane-roe">Jane Roe</a><span>; photography by</span> <a href="/people/john-doe">John Doe</a></p></div>${BODY}`));
    expect(a.authors).toEqual(['Jane Roe']);
    const b = folder.parse('caption.html', page(`<script type="application/ld+json">${ld}</script>`, `<h1>Council backs rebuild of the harbour road</h1><div class="byline">By Jane Roe and John Doe</div><figure><img src="/x.jpg" alt=""><figcaption>The road under water. <span class="credit">Photo by John Doe</span></figcaption></figure>${BODY}`));
    expect(b.authors).toEqual(['Jane Roe', 'John Doe']);
  });

  it('keeps a Gaelic name as the byline shows it where the metadata folds it', () => {
    const a = folder.parse('gaelic.html', page('<meta name="author" content="Eilidh Nic a Roe">', `<h1>Council backs rebuild of the harbour road</h1><div class="byline"><a class="byline-name" href="/authors/eilidh">Eilidh Nic a' Roe</a>, <span class="byline-role">Highland Affairs Correspondent</span></div>${BODY}`));
    expect(a.authors).toEqual(["Eilidh Nic a' Roe"]);
  });
});

describe('web pages: editors in credit boxes and companies beside the logo (web42 kinds, invented examples)', () => {
  it('takes the editor a credit box names out of the metadata\'s authors, with the box\'s parts set inline', () => {
    const ld = JSON.stringify({ '@type': 'NewsArticle', headline: 'Council backs rebuild of the harbour road', author: [{ '@type': 'Person', name: 'Ana Roe' }, { '@type': 'Person', name: 'Juan Doe' }, { '@type': 'Person', name: 'Carla Poe' }] });
    const a = folder.parse('edicion.html', page(`<script type="application/ld+json">${ld}</script>`, `<h1>Council backs rebuild of the harbour road</h1><div class="nota__firma"><span class="nota__autores">Por <a href="/autor/ana-roe">Ana Roe</a> y <a href="/autor/juan-doe">Juan Doe</a></span><span class="nota__edicion">Edición: <a href="/autor/carla-poe">Carla Poe</a></span></div>${BODY}`));
    expect(a.authors).toEqual(['Ana Roe', 'Juan Doe']);
    const b = folder.parse('penulis.html', page('<meta name="author" content="John Doe">', `<h1>Council backs rebuild of the harbour road</h1><div class="detail__author">Penulis: <a href="/penulis/jane-roe">Jane Roe</a> <span class="sep">|</span> Editor: <a href="/penulis/john-doe">John Doe</a></div>${BODY}`));
    expect(b.authors).toEqual(['Jane Roe']);
  });

  it('takes the paper the logo names over its publishing company, named as the JSON-LD author and in the copyright line', () => {
    const ld = JSON.stringify({ '@type': 'NewsArticle', headline: 'Council backs rebuild of the harbour road', author: { '@type': 'Organization', name: 'Harbour Sentinel Media LLC' } });
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Council backs rebuild of the harbour road | Harbour Sentinel</title><script type="application/ld+json">${ld}</script></head><body><header><a href="/" class="masthead__logo"><img src="/logo.svg" alt="Harbour Sentinel"></a></header><article><h1>Council backs rebuild of the harbour road</h1>${BODY}</article><footer><p>© 2028 Harbour Sentinel Media LLC · 1 Quay St, Westport</p></footer></body></html>`;
    expect(folder.parse('company.html', html).publisher).toBe('Harbour Sentinel');
  });
});

describe('web pages: credit rows, fact boxes and lead-ins (web43 kinds, invented examples)', () => {
  it('takes a photographer the JSON-LD lists as an author out where a credit row sets its label and name apart', () => {
    const ld = JSON.stringify({ '@type': 'NewsArticle', headline: 'Council backs rebuild of the harbour road', author: [{ '@type': 'Person', name: 'Jane Roe' }, { '@type': 'Person', name: "Cal O'Doe" }] });
    const a = folder.parse('credit-rows.html', page(`<script type="application/ld+json">${ld}</script>`, `<h1>Council backs rebuild of the harbour road</h1><div class="article-credits"><div class="credit-row"><div class="credit-label">Words by</div><a href="/people/jane-roe" class="credit-name">Jane Roe</a></div><div class="credit-dot">·</div><div class="credit-row"><div class="credit-label">Photography by</div><a href="/people/cal-odoe" class="credit-name">Cal O'Doe</a></div></div>${BODY}`));
    expect(a.authors).toEqual(['Jane Roe']);
  });

  it('leaves a fact box and a lead-in out of the text', () => {
    const a = folder.parse('factbox.html', page('', `<h1>Council backs rebuild of the harbour road</h1><p class="article__leadin">The road has flooded four times since the spring.</p>${BODY}<div class="factbox"><h3>Fakta: Hamnvägen</h3><p>Längd: 2,4 kilometer.</p><p>Kostnad: 41 miljoner kronor.</p></div>`));
    expect(a.text).toBe(PARAGRAPHS.join('\n\n'));
  });
});

describe('web pages: Drupal Paragraphs items, closed-up particles and a photographer\'s account (web44 kinds, invented examples)', () => {
  it('keeps every text item of a Drupal Paragraphs body, with ads and related links between them', () => {
    const item = (ps: string[]) => `<div class="field__item"><div class="paragraph paragraph--type--bp-text"><div class="paragraph__column"><div class="clearfix text-formatted field field--name-bp-text field--type-text-long field--label-hidden field__item">${ps.map((p) => `<p>${p}</p>`).join('')}</div></div></div></div>`;
    const more = [
      'The council said the first lane would close in March, the second in June, and that the whole road would reopen, with new drains, before the next winter.',
      'Bus operators said they had been told, in a letter from the council last week, that the timetable would not change during the work, though some stops would move.',
      'Traders on the quay, who have lost business during each flood, asked the council to keep deliveries possible before nine each morning and after six each evening.',
      'The engineer said the new road would stand a metre higher than the old one, with a wall on the seaward side, and that the pumps would be replaced as well.',
      'Opposition councillors, who voted for the plan, said the cost, put at four million, had risen by a third since the first estimate, and asked for a monthly report.',
      'The council said it would publish the timetable of the work on its website, in the library and at the harbour office, and hold a drop-in session in April.',
      'Residents of the streets behind the quay said they would watch the work closely, because the last repair, in 2019, had been finished late and over budget.',
    ];
    const body = `<div class="field field--name-field-paragraphs field--type-entity-reference-revisions field--label-hidden field__items">${item(PARAGRAPHS)}<div class="field__item"><div class="paragraph paragraph--type--bp-ad"><small class="ad-label">ADVERTISEMENT</small></div></div>${item(more)}</div>`;
    const a = folder.parse('drupal-paragraphs.html', page('', `<h1>Council backs rebuild of the harbour road</h1>${body}`));
    expect(a.text).toBe([...PARAGRAPHS, ...more].join('\n\n'));
  });

  it('keeps the byline\'s spelling of a name whose particle the metadata closes up ("AlRoe")', () => {
    const a = folder.parse('closed-up.html', page('<meta name="author" content="Fatima AlRoe">', `<h1>Council backs rebuild of the harbour road</h1><div class="byline"><span class="byline__name">Fatima Al Roe</span>, <span class="byline__role">Senior Reporter</span></div>${BODY}`));
    expect(a.authors).toEqual(['Fatima Al Roe']);
  });

  it('takes the writer a "Story: ... | Photos: ..." line names where the metadata\'s author is the photographer', () => {
    const a = folder.parse('photo-account.html', page('<meta name="author" content="John Doe">', `<h1>Council backs rebuild of the harbour road</h1><div class="meta-author"><span class="fn"><a href="/author/john/">John Doe</a></span></div>${BODY}<p class="byline-credit"><em>Story: Jane Roe | Photos: John Doe</em></p>`));
    expect(a.authors).toEqual(['Jane Roe']);
  });
});

describe('web pages: the byline\'s fuller or reordered name over the metadata\'s, and a credit at the foot (web45 kinds, invented examples)', () => {
  it('keeps a post-name, a second surname or a suffix the byline adds to the metadata\'s name, but not a place', () => {
    const a = folder.parse('post-name.html', page('<meta name="author" content="Marie Roe">', `<h1>Council backs rebuild of the harbour road</h1><div class="td-post-author-name">Par <a href="/author/marie-roe/">Marie Roe Ngoy</a></div>${BODY}`));
    expect(a.authors).toEqual(['Marie Roe Ngoy']);
    const b = folder.parse('suffix.html', page('<meta name="author" content="Remy Roe">', `<h1>Council backs rebuild of the harbour road</h1><div class="gnt_ar_by"><a class="gnt_ar_by_a" href="/staff/7390214001/remy-roe/">Rémy Roe Jr.</a></div>${BODY}`));
    expect(b.authors).toEqual(['Rémy Roe Jr.']);
    const c = folder.parse('place.html', page('<meta name="author" content="Marie Roe">', `<h1>Council backs rebuild of the harbour road</h1><div class="byline"><a href="/author/marie-roe/">Marie Roe London</a></div>${BODY}`));
    expect(c.authors).toEqual(['Marie Roe']);
  });

  it('keeps a Korean name as the byline sets it after "Reporter", where the metadata turns it round and drops the hyphen', () => {
    const a = folder.parse('korean.html', page('<meta name="author" content="Jiwoo Kim">', `<h1>Council backs rebuild of the harbour road</h1><ul class="infomation"><li><i class="icon-user-o"></i> Reporter Kim Ji-woo</li><li>Input 2028.06.13 00:25</li></ul>${BODY}`));
    expect(a.authors).toEqual(['Kim Ji-woo']);
  });

  it('takes the writer a "Besedilo:" credit at the foot names where the metadata gives only the newsroom', () => {
    const a = folder.parse('besedilo.html', page('<meta name="author" content="Uredništvo">', `<h1>Council backs rebuild of the harbour road</h1><div class="entry-meta">Avtor: <a href="/author/urednistvo/">Uredništvo</a></div>${BODY}<p class="avtorji-credit"><em>Besedilo: Nina Roe Doe, foto: Tadej Poe</em></p>`));
    expect(a.authors).toEqual(['Nina Roe Doe']);
  });
});

describe('web pages: the metadata\'s accents kept, and names the byline writes out in full (web46 kinds, invented examples)', () => {
  it('keeps the metadata\'s accented spelling where an author box folds it', () => {
    const ld = JSON.stringify({ '@type': 'NewsArticle', headline: 'Council backs rebuild of the harbour road', author: { '@type': 'Person', name: 'Máire Ní Roe' } });
    const a = folder.parse('accents.html', page(`<script type="application/ld+json">${ld}</script>`, `<h1>Council backs rebuild of the harbour road</h1><span class="meta-author"><a href="/author/maireniroe/" class="author-name">Máire Ní Roe</a></span>${BODY}<div class="author-info"><h3 class="author-name"><a href="/author/maireniroe/">Maire Ni Roe</a></h3></div>`));
    expect(a.authors).toEqual(['Máire Ní Roe']);
  });

  it('keeps a surname with its particles and a Filipino "Ma." with a compound surname that the metadata shortens', () => {
    const a = folder.parse('particles.html', page('<meta name="author" content="Carmen Roe">', `<h1>Council backs rebuild of the harbour road</h1><div class="entry-meta">By <a href="/author/carmen/">Carmen Roe de la Torre</a></div>${BODY}`));
    expect(a.authors).toEqual(['Carmen Roe de la Torre']);
    const b = folder.parse('ma.html', page('<meta name="author" content="Cristina Doe">', `<h1>Council backs rebuild of the harbour road</h1><div class="entry-meta">By <a href="/author/cristina/">Ma. Cristina Dela Roe-Doe</a></div>${BODY}`));
    expect(b.authors).toEqual(['Ma. Cristina Dela Roe-Doe']);
  });
});

describe('web pages: the header\'s byline over the metadata\'s other names, and more names (web47 kinds, invented examples)', () => {
  it('takes the writer the byline under the headline names where the metadata names the editor, a photographer\'s account or the staff', () => {
    const ld = JSON.stringify({ '@type': 'NewsArticle', headline: 'Council backs rebuild of the harbour road', author: { '@type': 'Person', name: 'Ann Poe' } });
    const a = folder.parse('editor-ld.html', page(`<script type="application/ld+json">${ld}</script>`, `<h1>Council backs rebuild of the harbour road</h1><div class="field field--name-field-byline">By Jane Roe</div>${BODY}<p class="editor-credit">Edited by Ann Poe</p>`));
    expect(a.authors).toEqual(['Jane Roe']);
    const b = folder.parse('photographer-meta.html', page('<meta name="author" content="Tom Moe">', `<h1>Council backs rebuild of the harbour road</h1><div class="Byline_byline__x1"><span class="Byline_name__y2">By <a href="/authors/jane-roe">Jane Roe</a></span>, Chief reporter</div>${BODY}<figure><img src="/a.jpg" alt=""><figcaption>The road under water. Photo: Tom Moe</figcaption></figure>`));
    expect(b.authors).toEqual(['Jane Roe']);
  });

  it('keeps the metadata\'s name where the byline gives it in another case, as Greek bylines do after their article', () => {
    const a = folder.parse('genitive.html', page('<meta name="author" content="Ελένη Ρόε">', `<h1>Council backs rebuild of the harbour road</h1><div class="article-byline"><a href="/author/eleni-roe/">Της Ελένης Ρόε</a></div>${BODY}`));
    expect(a.authors).toEqual(['Ελένη Ρόε']);
  });

  it('reads a surname of dotted initials ("K.C.") and a bold name with a role after a pipe under a caption', () => {
    const a = folder.parse('kc.html', page('<meta name="author" content="Ram Roe, Sarita Kc">', `<h1>Council backs rebuild of the harbour road</h1><div class="authors"><a href="/author/ram-roe">Ram Roe</a> &amp; <a href="/author/sarita-kc">Sarita K.C.</a></div>${BODY}`));
    expect(a.authors).toEqual(['Ram Roe', 'Sarita K.C.']);
    const b = folder.parse('enviado.html', page('<meta name="author" content="Redacción La Voz">', `<h1>Council backs rebuild of the harbour road</h1><div class="content-inner"><p>Brigadistas combaten un foco de incendio cerca del puerto, el jueves. Foto: Ana Poe / La Voz</p><p><strong>Juan Carlos Roe Doe</strong> | Enviado especial a San Juan de la Costa</p>${BODY}</div>`));
    expect(b.authors).toEqual(['Juan Carlos Roe Doe']);
  });
});

describe('web pages: names in the page\'s script and without the metadata\'s middle name, a bumped post, a channel prompt (web48 kinds, invented examples)', () => {
  it('takes the byline in the page\'s script where the metadata transliterates it, and the byline without the middle name the metadata adds', () => {
    const a = folder.parse('cyrillic.html', page('<meta name="author" content="Oksana Roieva">', `<h1>Council backs rebuild of the harbour road</h1><div class="article__author"><span>Автор:</span> <a href="/author/oksana-roieva">Оксана Роєва</a></div>${BODY}`));
    expect(a.authors).toEqual(['Оксана Роєва']);
    const ld = JSON.stringify({ '@type': 'NewsArticle', headline: 'Council backs rebuild of the harbour road', author: [{ '@type': 'Person', name: 'Jane Roe' }, { '@type': 'Person', name: 'Tomas Kumar Doe' }] });
    const b = folder.parse('middle.html', page(`<script type="application/ld+json">${ld}</script>`, `<h1>Council backs rebuild of the harbour road</h1><div class="ArticlePage-authors"><a href="/authors/jane-roe">Jane Roe</a> <a href="/authors/tomas-doe">Tomas Doe</a></div>${BODY}`));
    expect(b.authors).toEqual(['Jane Roe', 'Tomas Doe']);
  });

  it('dates a post the site moved forward by the day its note says it was first published', () => {
    const a = folder.parse('bumped.html', page('<meta property="article:published_time" content="2028-09-15T13:00:00+00:00">', `<h1>Council backs rebuild of the harbour road</h1>${BODY}<p class="update-note"><em>This story was first published on Tuesday, September 12, 2028 and has been updated with the council&#8217;s statement.</em></p>`));
    expect(a.publishedAt?.value).toBe('2028-09-12');
    const b = folder.parse('syndicated.html', page('<meta property="article:published_time" content="2028-09-15T13:00:00+00:00">', `<h1>Council backs rebuild of the harbour road</h1>${BODY}<p><em>This story was first published in The Harbour Times on September 12, 2028.</em></p>`));
    expect(b.publishedAt?.value.slice(0, 10)).toBe('2028-09-15');
  });

  it('leaves out a prompt to join the outlet\'s messaging channel, in English and in Ukrainian', () => {
    const a = folder.parse('channel.html', page('', `<h1>Council backs rebuild of the harbour road</h1>${BODY}<p>Підписуйтеся на наш Telegram-канал, щоб першими дізнаватися новини міста.</p><p>Join our WhatsApp channel for the day's headlines.</p>`));
    expect(a.text).not.toMatch(/Telegram|WhatsApp/);
  });
});

describe('web pages: the byline element over a night editor, given names the byline writes its own way, more credit labels (web49 kinds, invented examples)', () => {
  it('takes the writer the page\'s byline element names where the metadata names someone it does not show as a writer', () => {
    const a = folder.parse('night-editor.html', page('<meta name="author" content="Tom Moe">', `<h1>Council backs rebuild of the harbour road</h1><div class="kp-byline"><a class="kp-byline__name" href="/medarbetare/jane-roe">Jane Roe</a> <span class="kp-byline__role">reporter</span></div>${BODY}<p>News editor on duty tonight: Tom Moe.</p>`));
    expect(a.authors).toEqual(['Jane Roe']);
  });

  it('keeps the given name as the byline writes it (a short form, a local spelling), not in the metadata\'s Greek genitive', () => {
    const a = folder.parse('pet-name.html', page('<meta name="author" content="Jean-Pierre Roe">', `<h1>Council backs rebuild of the harbour road</h1><span class="article__author">Von <a href="/team/jean-pierre-roe">Jemp Roe</a></span>${BODY}`));
    expect(a.authors).toEqual(['Jemp Roe']);
    const b = folder.parse('galician.html', page('<meta name="DC.creator" content="José Manuel Roe"><meta name="author" content="José Manuel Roe">', `<h1>Council backs rebuild of the harbour road</h1>${BODY}<div class="sinatura"><span class="sinatura__nome">Xosé Manuel Roe</span></div>`));
    expect(b.authors).toEqual(['Xosé Manuel Roe']);
    const c = folder.parse('mongolian.html', page('<meta name="author" content="Saran Bold">', `<h1>Council backs rebuild of the harbour road</h1><span>By <a href="/authors/saran-b">B.Saran</a></span>${BODY}`));
    expect(c.authors).toEqual(['B.Saran']);
  });

  it('reads "Words & pictures:", a Persian reporter\'s line after the text, a Hebrew "מאת A וB" and an Arabic name the byline closes up', () => {
    const a = folder.parse('words-pictures.html', page('', `<h1>Council backs rebuild of the harbour road</h1><p class="post__credit">Words &amp; pictures: <a href="/archive?author=jane-roe">Jane Roe</a></p>${BODY}`));
    expect(a.authors).toEqual(['Jane Roe']);
    const b = folder.parse('persian.html', page('<meta name="author" content="admin">', `<h1>Council backs rebuild of the harbour road</h1>${BODY}<div class="story-xfields"><p class="xf-reporter">خبرنگار: نسرین رویی</p></div>`));
    expect(b.authors).toEqual(['نسرین رویی']);
    const c = folder.parse('hebrew.html', page('<meta name="author" content="Shira Roe">', `<h1>Council backs rebuild of the harbour road</h1><span class="article__authors">מאת <a href="/authors/shira-roe">שירה רו</a> ו<a href="/authors/jihan-doe">ג'יהאן דו</a></span>${BODY}`));
    expect(c.authors).toEqual(['שירה רו', "ג'יהאן דו"]);
    const d = folder.parse('arabic-spaced.html', page('<meta name="author" content="عبد الله الرو">', `<h1>Council backs rebuild of the harbour road</h1><div class="post-author">بقلم: <a href="/author/abdullah">عبدالله الرو</a></div>${BODY}`));
    expect(d.authors).toEqual(['عبدالله الرو']);
  });

  it('dates a page by its header\'s time and meta tags where a JSON-LD datePublished they both contradict is a draft\'s', () => {
    const ld = JSON.stringify({ '@type': 'NewsArticle', headline: 'Council backs rebuild of the harbour road', datePublished: '2028-10-14T16:10:00+05:30' });
    const a = folder.parse('draft-ld.html', page(`<meta property="article:published_time" content="2028-10-14T18:35:00+00:00"><script type="application/ld+json">${ld}</script>`, `<h1>Council backs rebuild of the harbour road</h1><p class="article__date"><time datetime="2028-10-14T18:35:00+00:00">Sunday, October 15, 2028 - 00:05</time></p>${BODY}`));
    expect(a.publishedAt?.value).toBe('2028-10-15');
  });
});

describe('web pages: a note\'s yearless first posting, "_" before a Chinese site name, East Asian sign-offs, labelled photographers (web50 kinds, invented examples)', () => {
  it('dates a bumped post by a note\'s "first posted online Nov. 15", in the year of the date it corrects', () => {
    const a = folder.parse('first-posted.html', page('<meta property="article:published_time" content="2028-11-17T10:00:00-07:00">', `<h1>Council backs rebuild of the harbour road</h1>${BODY}<p><em>Editor&#8217;s note: This story was first posted online Nov. 15 at 5:45 p.m. It was updated Nov. 17 with the council&#8217;s reply.</em></p>`));
    expect(a.publishedAt?.value).toBe('2028-11-15');
  });

  it('takes the <h1> over an SEO title whose "_" sets the site name apart, as Chinese sites write it', () => {
    const a = folder.parse('zh-title.html', page('<title>港口路12个小区今年加装电梯43部 首批居民“坐电梯回家”_港口网</title><meta property="og:title" content="港口路今年加装电梯43部，居民：半分钟到家">', `<h1 class="art-title">港口路12个小区今年加装电梯43部 首批居民“坐电梯回家”</h1>${BODY}`));
    expect(a.title).toBe('港口路12个小区今年加装电梯43部 首批居民“坐电梯回家”');
  });

  it('reads a Japanese bureau\'s sign-off closing the story where the metadata\'s author is the company', () => {
    const ld = JSON.stringify({ '@type': 'NewsArticle', headline: 'Council backs rebuild of the harbour road', author: { '@type': 'Organization', name: '港新聞社' } });
    const a = folder.parse('ja-sign-off.html', page(`<script type="application/ld+json">${ld}</script>`, `<h1>Council backs rebuild of the harbour road</h1>${BODY}<p>（港支局・山田花子）</p>`));
    expect(a.authors).toEqual(['山田花子']);
  });

  it('leaves out the photographer a labelled credit line names, and adds the co-writer the byline shows where the metadata listed the editor', () => {
    const ld = JSON.stringify({ '@type': 'NewsArticle', headline: 'Council backs rebuild of the harbour road', author: [{ '@type': 'Person', name: 'María Roe Doe' }, { '@type': 'Person', name: 'Jhon Poe' }] });
    const a = folder.parse('texto-fotos.html', page(`<script type="application/ld+json">${ld}</script>`, `<h1>Council backs rebuild of the harbour road</h1><p class="m-0">Texto: <a href="/autores/mroe">María Roe Doe</a> (@mroe) &middot; Fotos: <a href="/autores/jpoe">Jhon Poe</a></p>${BODY}`));
    expect(a.authors).toEqual(['María Roe Doe']);
    const sw = JSON.stringify({ '@type': 'NewsArticle', headline: 'Council backs rebuild of the harbour road', author: [{ '@type': 'Person', name: 'Rehema Roe' }, { '@type': 'Person', name: 'Salma Doe' }] });
    const b = folder.parse('na-na.html', page(`<script type="application/ld+json">${sw}</script>`, `<h1>Council backs rebuild of the harbour road</h1><p class="article__authors">Na <a href="/waandishi/rehema-roe">Rehema Roe</a> na <a href="/waandishi/juma-poe">Juma Poe</a>, Mbeya</p>${BODY}<p class="article__editor">Mhariri: Salma Doe</p>`));
    expect(b.authors).toEqual(['Rehema Roe', 'Juma Poe']);
  });

  it('reads the date under the headline in an article header a theme classes as a widget', () => {
    const html = `<!DOCTYPE html><html lang="pt"><head><meta charset="utf-8"><meta property="article:published_time" content="2028-11-13T22:35:08+00:00"></head><body><nav><a href="/">Home</a></nav><article><header class="entry-header"><div class="entry-header-details af-cat-widget-carousel"><h1 class="entry-title">Council backs rebuild of the harbour road</h1><div class="entry-meta"><span class="posts-date"><a href="/2028/11/14/">14 Novembro, 2028</a></span></div></div></header>${BODY}</article></body></html>`;
    const a = folder.parse('widget-header.html', html);
    expect(a.publishedAt?.value).toBe('2028-11-14');
  });
});

describe('web pages: a Russian "Текст и фото:" field, a second surname by its initial, the byline\'s photographer (web51 kinds, invented examples)', () => {
  it('reads a "Текст и фото:" field in the page\'s script over the metadata\'s Latin passport spelling', () => {
    const a = folder.parse('tekst-i-foto.html', page('<meta name="author" content="Irina Roeva">', `<h1>Council backs rebuild of the harbour road</h1><div class="field f_byline"><div class="title_left">Текст и фото:</div><div class="value">Ирина Роева</div></div>${BODY}`));
    expect(a.authors).toEqual(['Ирина Роева']);
  });

  it('keeps a second surname the byline gives by its initial', () => {
    const a = folder.parse('initial-surname.html', page('<meta name="author" content="Yaritza Roe Quintero">', `<h1>Council backs rebuild of the harbour road</h1><p><strong>Por Yaritza Roe Q.</strong> | Corresponsal en Sabanitas</p>${BODY}`));
    expect(a.authors).toEqual(['Yaritza Roe Q.']);
  });

  it('keeps the metadata\'s writer where the byline\'s account is the photographer a credit line names', () => {
    const ld = JSON.stringify({ '@type': 'Article', headline: 'Council backs rebuild of the harbour road', author: { '@type': 'Person', name: 'Dayana Roe' } });
    const a = folder.parse('byline-photographer.html', page(`<meta name="author" content="Vicente Doe"><script type="application/ld+json">${ld}</script>`, `<h1>Council backs rebuild of the harbour road</h1><span class="byline"><span class="author vcard"><a class="url fn n" href="/author/vdoe/">Vicente Doe</a></span></span>${BODY}<p class="credito-autores"><strong>Texto:</strong> Dayana Roe Pérez / <strong>Fotos:</strong> Vicente Doe</p>`));
    expect(a.authors).toEqual(['Dayana Roe Pérez']);
  });
});

describe('web pages: credits and dates of web53 kinds (invented examples)', () => {
  const H1 = '<h1>Council backs rebuild of the harbour road</h1>';

  it('keeps the byline without the grandfather\'s name the metadata adds to an Ethiopian writer\'s', () => {
    const ld = JSON.stringify({ '@type': 'NewsArticle', headline: 'Council backs rebuild of the harbour road', author: [{ '@type': 'Person', name: 'Abeba Roe Doe' }] });
    const a = folder.parse('grandfather.html', page(`<script type="application/ld+json">${ld}</script>`, `${H1}<p class="byline">By <a href="/authors/abeba-roe">Abeba Roe</a></p>${BODY}`));
    expect(a.authors).toEqual(['Abeba Roe']);
  });

  it('takes the writer a "Texto de" credit names over the site owner a "Publicado por" line and the metadata name', () => {
    const ld = JSON.stringify({ '@type': 'BlogPosting', headline: 'Council backs rebuild of the harbour road', author: { '@type': 'Person', name: 'Rui Doe' } });
    const a = folder.parse('texto-de.html', page(`<script type="application/ld+json">${ld}</script>`, `${H1}<p>Publicado por Rui Doe</p><p><em>Texto de Ana Roe Poe, em Bafatá</em></p>${BODY}<p><em>Edição: Rui Doe</em></p>`));
    expect(a.authors).toEqual(['Ana Roe Poe']);
    expect(a.text).not.toContain('Edição');
  });

  it('reads a heading without its permalink mark and the writers of a post\'s author profiles', () => {
    const profiles = '<div class="md-post__authors"><div class="md-profile"><span class="md-author"><img src="a.jpg" alt="Pema Roe"></span><span><strong>Pema Roe</strong><br>Reporter, Westport</span></div><div class="md-profile"><span class="md-author"><img src="b.jpg" alt="Karma Doe"></span><span><strong>Karma Doe</strong><br>Correspondent, Eastport</span></div></div>';
    const a = folder.parse('profiles.html', page('<meta name="author" content="Harbour Dispatch">', `${profiles}<h1 id="council">Council backs rebuild of the harbour road<a class="headerlink" href="#council" title="Permanent link">¶</a></h1>${BODY}`));
    expect(a.title).toBe('Council backs rebuild of the harbour road');
    expect(a.authors).toEqual(['Pema Roe', 'Karma Doe']);
  });

  it('takes the day the page shows over a stamp near midnight in a neighbouring zone\'s offset, a zone note aside', () => {
    const a = folder.parse('neighbour-zone.html', page('<meta property="article:published_time" content="2029-02-19T00:50:00-03:00">', `${H1}<p class="firma">Por Ana Roe Doe</p><p class="fecha">Domingo 18 de febrero de 2029 · 22:50 hrs (hora de la isla)</p>${BODY}`));
    expect(a.publishedAt?.value).toBe('2029-02-18');
    // (A stamp at midday of another day: the page shows another date, the stamp stands.)
    const b = folder.parse('midday.html', page('<meta property="article:published_time" content="2029-02-19T12:50:00-03:00">', `${H1}<p class="fecha">Domingo 18 de febrero de 2029</p>${BODY}`));
    expect(b.publishedAt?.value).toBe('2029-02-19T12:50:00-03:00');
  });

  it('reads a post line with its category after the time, a hyphenated surname the metadata halves, "By A with B" and a modifier-letter apostrophe', () => {
    const ld = JSON.stringify({ '@type': 'BlogPosting', headline: 'Council backs rebuild of the harbour road', datePublished: '2029-02-17T01:15:00Z', author: { '@type': 'Person', name: 'Ana Roe' } });
    const a = folder.parse('post-line.html', page(`<script type="application/ld+json">${ld}</script>`, `${H1}<div class="evo_post_info">Posted by aroe on Feb 16, 2029 at 9:15 pm in Transport</div><p><strong>By Ana Doe-Roe</strong></p>${BODY}`));
    expect(a.publishedAt?.value).toBe('2029-02-16');
    expect(a.authors).toEqual(['Ana Doe-Roe']);
    const b = folder.parse('with.html', page('<meta name="author" content="The Island Record">', `${H1}<p><em>By Rangi Roe with Lucy Doe</em></p>${BODY}`));
    expect(b.authors).toEqual(['Rangi Roe', 'Lucy Doe']);
    const c = folder.parse('okina.html', page("<meta name=\"author\" content=\"G'ayrat Roe\">", `${H1}${BODY}<div class="details">Muallif: Gʻayrat Roe | Sana: 14.02.2029</div>`));
    expect(c.authors).toEqual(['Gʻayrat Roe']);
  });
});

describe('web pages: credits and dates of web54 kinds (invented examples)', () => {
  const H1 = '<h1>Council backs rebuild of the harbour road</h1>';

  it('reads the info line a theme builds as a widget in the post\'s header, with its posted-by name and local day, and a Chinese name the metadata turns round', () => {
    const ld = JSON.stringify({ '@type': 'BlogPosting', headline: 'Council backs rebuild of the harbour road', datePublished: '2029-03-11T23:30:00Z', author: { '@type': 'Person', name: 'Vanessa Sio Wa Leong' } });
    const a = folder.parse('widget-info.html', `<!DOCTYPE html><html lang="pt-PT"><head><meta charset="utf-8"><script type="application/ld+json">${ld}</script></head><body><main><article class="evo_post"><header><div class="evo_widget widget_core_item_title">${H1}</div><div class="evo_widget widget_core_item_info_with_author">Publicado por <a class="user login">Leong Sio Wa</a> em <span class="timestamp">12/03/2029 às 07:30</span> em <a>Sociedade</a> · <a>4 comentários</a></div></header>${BODY}</article></main></body></html>`);
    expect(a.publishedAt?.value).toBe('2029-03-12');
    expect(a.authors).toEqual(['Leong Sio Wa']);
  });

  it('takes the writer of a "By" line where the page shows the metadata\'s author nowhere', () => {
    const ld = JSON.stringify({ '@type': 'BlogPosting', headline: 'Council backs rebuild of the harbour road', author: { '@type': 'Person', name: 'Mere Poe' } });
    const a = folder.parse('hidden-author.html', page('', `${H1}<p><strong>By Tangi Roe</strong></p>${BODY}<script type="application/ld+json">${ld}</script>`));
    expect(a.authors).toEqual(['Tangi Roe']);
  });

  it('keeps a West Frisian byline over the metadata\'s Dutch spelling of the name', () => {
    const a = folder.parse('frisian.html', page('<meta name="author" content="Geertje van der Roe">', `${H1}<p class="info">Troch Geartsje fan der Roe</p>${BODY}`));
    expect(a.authors).toEqual(['Geartsje fan der Roe']);
  });
});

describe('web pages: credits, dates and headings of web56 kinds (invented examples)', () => {
  const H1 = '<h1>Council backs rebuild of the harbour road</h1>';

  it('leaves out a heading\'s permalink whose mark is a zero-width space', () => {
    const a = folder.parse('zwsp-anchor.html', page('', `<h1 id="council">Council backs rebuild of the harbour road <a class="header-anchor" href="#council" aria-label="Permalink">&#8203;</a></h1>${BODY}`));
    expect(a.title).toBe('Council backs rebuild of the harbour road');
  });

  it('keeps a Hausa byline paragraph "Daga NAME, a TOWN" over the metadata\'s name with its hooked letter flattened', () => {
    const a = folder.parse('hausa.html', page('<meta name="author" content="Haruna Dan Roe">', `${H1}<p><strong>Daga Haruna Ɗan Roe, a Tessaoua</strong></p>${BODY}`));
    expect(a.authors).toEqual(['Haruna Ɗan Roe']);
  });

  it('dates a wiki story by its published line\'s machine value (the value-class pattern), not the UTC stamp of the publishing edit nor a related story in its infobox', () => {
    const a = folder.parse('wiki.html', page('<meta property="article:published_time" content="2029-05-17T03:20:00Z">', `${H1}<div class="infobox"><div>Related stories</div><ul><li><span class="date">21 November 2028</span>: <a href="/wiki/Older">Board delays vote on the harbour road</a></li></ul></div><p><strong class="published"><span class="value-title" title="2029-05-16"></span>Wednesday, May 16, 2029</strong></p>${BODY}`));
    expect(a.publishedAt?.value).toBe('2029-05-16');
  });

  it('takes the writer from the signature under the story where the byline and metadata name only the desk', () => {
    const a = folder.parse('signature.html', page('<meta name="author" content="La Rédaction">', `${H1}<p class="byline">Publié par La Rédaction</p>${BODY}<p class="signature" style="text-align: right;"><strong>Awa Roe</strong><br>Correspondante à Banfora</p>`));
    expect(a.authors).toEqual(['Awa Roe']);
  });

  it('reads a Georgian byline "ავტორი:" over the metadata\'s transliteration, and the local day of its Georgian date beside a UTC stamp of the day before', () => {
    const ld = JSON.stringify({ '@type': 'NewsArticle', headline: 'ქუთაისში ახალი ხიდი გაიხსნა', datePublished: '2029-05-14T20:50:00Z', author: { '@type': 'Person', name: 'Nino Roe' } });
    const a = folder.parse('georgian.html', `<!DOCTYPE html><html lang="ka"><head><meta charset="utf-8"><meta name="author" content="Nino Roe"><script type="application/ld+json">${ld}</script></head><body><article><h1>ქუთაისში ახალი ხიდი გაიხსნა</h1><div class="meta"><span class="author">ავტორი: ნინო როე</span> <span class="date">15 მაისი 2029, 00:50</span></div>${BODY}</article></body></html>`);
    expect(a.authors).toEqual(['ნინო როე']);
    expect(a.publishedAt?.value).toBe('2029-05-15');
  });
});

describe('web pages: credits and dates of web57 kinds (invented examples)', () => {
  const H1 = '<h1>Council backs rebuild of the harbour road</h1>';

  it('spells the writer as a labelled field shows her ("Автор" over the name), not as the metadata transliterates her', () => {
    const ld = JSON.stringify({ '@type': 'NewsArticle', headline: 'Council backs rebuild of the harbour road', author: { '@type': 'Person', name: 'Vesna Roeva' } });
    const a = folder.parse('field.html', page(`<script type="application/ld+json">${ld}</script>`, `${H1}<div class="field field--name-field-avtor"><div class="field__label">Автор</div><div class="field__item">Весна Роева</div></div>${BODY}`));
    expect(a.authors).toEqual(['Весна Роева']);
  });

  it('spells an Urdu byline "رپورٹ: NAME" as shown, not as the metadata transliterates it', () => {
    const a = folder.parse('urdu.html', page('<meta name="author" content="Nasreen Baloch">', `${H1}<span class="reporter">رپورٹ: نسرین بلوچ</span>${BODY}`));
    expect(a.authors).toEqual(['نسرین بلوچ']);
  });

  it('takes both writers of a Greek byline "Γράφουν: A, B" where the metadata names the first, transliterated', () => {
    const ld = JSON.stringify({ '@type': 'NewsArticle', headline: 'Council backs rebuild of the harbour road', author: { '@type': 'Person', name: 'Eleni Roidou' } });
    const a = folder.parse('greek.html', page(`<script type="application/ld+json">${ld}</script>`, `${H1}<div class="byline-acf"><p><span class="byline-label">Γράφουν:</span> Ελένη Ροΐδου, Στέλιος Δούκας</p></div>${BODY}`));
    expect(a.authors).toEqual(['Ελένη Ροΐδου', 'Στέλιος Δούκας']);
  });

  it('reads citation_author\'s "Family, Given" as the name, and a day-only citation date over a UTC stamp of the day before', () => {
    const a = folder.parse('citation.html', page('<meta name="citation_author" content="Roe, Grace"><meta name="citation_author" content="Doe, Joel"><meta property="article:published_time" content="2029-06-11T21:30:00Z"><meta name="citation_publication_date" content="2029-06-12">', `${H1}${BODY}`));
    expect(a.authors).toEqual(['Grace Roe', 'Joel Doe']);
    expect(a.publishedAt?.value).toBe('2029-06-12');
  });

  it('leaves out a person the JSON-LD lists in Latin letters whom the page shows nowhere, beside the writer its byline spells in Arabic', () => {
    const ld = JSON.stringify({ '@type': 'NewsArticle', headline: 'Council backs rebuild of the harbour road', author: [{ '@type': 'Person', name: 'Samer Alhalabi' }, { '@type': 'Person', name: 'Omar Doe' }] });
    const a = folder.parse('arabic-ld.html', page(`<script type="application/ld+json">${ld}</script>`, `${H1}<p class="byline">كتب: سامر الحلبي</p>${BODY}<p>تصوير: عمر دو</p>`));
    expect(a.authors).toEqual(['سامر الحلبي']);
  });

  it('keeps the glottal stop a Samoan name is shown with where the metadata drops it', () => {
    const a = folder.parse('okina.html', page('<meta name="author" content="Losa Faasaulu">', `${H1}<span class="user-name">Losa Fa‘asaulu</span>${BODY}`));
    expect(a.authors).toEqual(['Losa Fa‘asaulu']);
  });
});

describe('web pages: credits of web58 kinds (invented examples)', () => {
  const H1 = '<h1>Council backs rebuild of the harbour road</h1>';

  it('reads an isiXhosa credit "Ibhalwe nguA noB", its "by" and "and" set on the names', () => {
    const a = folder.parse('xhosa.html', page('', `${H1}<p class="byline"><em>Ibhalwe nguLuvuyo Roe noNomvula Doe</em></p>${BODY}`));
    expect(a.authors).toEqual(['Luvuyo Roe', 'Nomvula Doe']);
  });

  it('spells a Jawi byline "اوليه: NAME بن NAME" as shown, where the metadata writes the name in Rumi without "bin"', () => {
    const a = folder.parse('jawi.html', page('<meta name="author" content="Ahmad Zaki Omar">', `${H1}<span class="penulis">اوليه: أحمد زكي بن عمر</span>${BODY}`));
    expect(a.authors).toEqual(['أحمد زكي بن عمر']);
  });

  it('spells the writer as the credits line under the story shows her, and a Malayalam byline with its town, over the metadata\'s Latin', () => {
    const ru = folder.parse('credits.html', page('<meta name="author" content="Irina Roeva">', `${H1}${BODY}<p class="post-credits">Текст: Ирина Роева, фото: Андрес Поэ</p>`));
    expect(ru.authors).toEqual(['Ирина Роева']);
    const ml = folder.parse('malayalam.html', page('<meta name="author" content="Anil Kumar">', `${H1}<span class="byline">അനിൽ കുമാർ, ദോഹ</span>${BODY}`));
    expect(ml.authors).toEqual(['അനിൽ കുമാർ']);
  });

  it('takes the "Story by" writer where the metadata names the blog\'s owner, whom the page credits as the editor', () => {
    const a = folder.parse('edited.html', page('<meta name="author" content="Anya Poe">', `${H1}<p><em>Story by Kelvin Roe · Photos by Denise Doe</em></p>${BODY}<p><em>Edited by Anya Poe. Send news to tips@current.example.</em></p>`));
    expect(a.authors).toEqual(['Kelvin Roe']);
  });

  it('leaves out a photographer the JSON-LD adds where the byline credits him under Faroese "Myndir"', () => {
    const ld = JSON.stringify({ '@type': 'NewsArticle', headline: 'Council backs rebuild of the harbour road', author: [{ '@type': 'Person', name: 'Rúni Roe' }, { '@type': 'Person', name: 'Turið í Doe' }] });
    const a = folder.parse('faroese.html', page(`<script type="application/ld+json">${ld}</script>`, `${H1}<span class="hovundur">Tekstur: Rúni Roe · Myndir: Turið í Doe</span>${BODY}`));
    expect(a.authors).toEqual(['Rúni Roe']);
  });
});

describe('web pages: credits of web59 kinds (invented examples)', () => {
  it('adds the second writer a Georgian byline names in its own script where the metadata names the first in Latin letters', () => {
    const a = folder.parse('georgian-two.html', `<!DOCTYPE html><html lang="ka"><head><meta charset="utf-8"><meta name="author" content="Nino Roe"></head><body><article><h1>ქუთაისში ახალი ხიდი გაიხსნა</h1><span class="article-authors">ავტორები: <a href="/ka/author/17">ნინო როე</a>, <a href="/ka/author/22">ლაშა დოე</a></span>${BODY}</article></body></html>`);
    expect(a.authors).toEqual(['ნინო როე', 'ლაშა დოე']);
  });
});

describe('web pages: credits and dates of web60 kinds (invented examples)', () => {
  const H1 = '<h1>Council backs rebuild of the harbour road</h1>';

  it('spells a Thaana byline as shown over the metadata\'s Latin, and takes its Dhivehi day over a UTC stamp of the day before', () => {
    const a = folder.parse('dhivehi.html', `<!DOCTYPE html><html lang="dv" dir="rtl"><head><meta charset="utf-8"><meta name="author" content="Mariyam Shafeega"><meta property="article:published_time" content="2029-05-14T21:10:00.000Z"></head><body><article>${H1}<div class="article-meta"><a class="author" href="/author/mariyam-shafeega"><span>މަރިޔަމް ޝަފީގާ</span></a><span class="date">15 މެއި 2029 – 02:10</span></div>${BODY}</article></body></html>`);
    expect(a.authors).toEqual(['މަރިޔަމް ޝަފީގާ']);
    expect(a.publishedAt?.value).toBe('2029-05-15');
  });

  it('spells a Hindi "रिपोर्ट: NAME" credit as shown over the metadata\'s Latin', () => {
    const a = folder.parse('hindi.html', page('<meta name="author" content="Sunil Rohida">', `${H1}<p><strong>रिपोर्ट: सुनील रोहिदा</strong></p>${BODY}`));
    expect(a.authors).toEqual(['सुनील रोहिदा']);
  });

  it('names the journal a blog host\'s page shows as its home, not the host its og:site_name declares', () => {
    const a = folder.parse('journal.html', page('<meta property="og:site_name" content="LiveJournal"><meta property="og:url" content="https://harbour-courier.journalhost.example/4812.html">', `<h2 class="journal-title"><a href="https://harbour-courier.journalhost.example/">Harbour Courier</a></h2>${H1}${BODY}`));
    expect(a.publisher).toBe('Harbour Courier');
  });

  it('reads an Icelandic "Texti: A og B" credit whose second writer took the picture, where the metadata names the first in plain letters', () => {
    const a = folder.parse('icelandic.html', page('<meta name="author" content="Gudny Jonsdottir">', `${H1}<p class="byline">Texti: Guðný Jónsdóttir og Páll Roe</p><figure><img src="a.jpg" alt=""><figcaption>Höfnin í gær. Mynd: Páll Roe</figcaption></figure>${BODY}`));
    expect(a.authors).toEqual(['Guðný Jónsdóttir', 'Páll Roe']);
  });

  it('spells a Spanish writer as the credit line signs him, with his first surname, where the JSON-LD adds the second', () => {
    const ld = JSON.stringify({ '@type': 'NewsArticle', headline: 'Council backs rebuild of the harbour road', author: [{ '@type': 'Person', name: 'Ana Lucía Roe' }, { '@type': 'Person', name: 'Byron Doe Poe' }] });
    const a = folder.parse('surnames.html', `<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><script type="application/ld+json">${ld}</script></head><body><article>${H1}<p class="autores">Por Ana Lucía Roe y Byron Doé</p>${BODY}</article></body></html>`);
    expect(a.authors).toEqual(['Ana Lucía Roe', 'Byron Doé']);
  });

  it('takes the day a <time> element shows over its datetime, the same instant in UTC on the next day', () => {
    const a = folder.parse('time-text.html', page('', `${H1}${BODY}<p class="article_footer"><time datetime="2029-05-15T01:40:00Z" class="article_time">May 14, 2029</time></p>`));
    expect(a.publishedAt?.value).toBe('2029-05-14');
  });
});

describe('web pages: credits, dates and outlets of web61 kinds (invented examples)', () => {
  const H1 = '<h1>Council backs rebuild of the harbour road</h1>';

  it('reads a Serbian "Објавио ... дана DATE" line, the account no writer, its day over a UTC stamp of the day before', () => {
    const a = folder.parse('objavio.html', page('<meta property="article:published_time" content="2029-05-13T22:35:00+00:00">', `${H1}<p class="public-info"><b>Објавио Администратор дана 14.05.2029, 00:35</b></p>${BODY}`));
    expect(a.publishedAt?.value).toBe('2029-05-14');
    expect(a.authors).toEqual([]);
  });

  it('reads a Welsh credit "Gan A ac B" where the metadata names the first, and a Welsh date over a UTC stamp of the day after', () => {
    const a = folder.parse('welsh.html', page('<meta name="author" content="Mirta Roe"><meta property="article:published_time" content="2029-05-12T01:40:00Z">', `${H1}<p class="awdur">Gan Mirta Roe ac Alun Rhys Doe</p><p class="dyddiad">Dydd Gwener 11 Mai 2029 · 22:40</p>${BODY}`));
    expect(a.authors).toEqual(['Mirta Roe', 'Alun Rhys Doe']);
    expect(a.publishedAt?.value).toBe('2029-05-11');
  });

  it('spells a Hindi "द्वारा NAME" byline and an Amharic byline with its "by" set on the name as shown, over the metadata\'s Latin', () => {
    const hi = folder.parse('dvara.html', page('<meta name="author" content="Sunil Rohida">', `${H1}<div class="byline">द्वारा सुनील रोहिदा</div>${BODY}`));
    expect(hi.authors).toEqual(['सुनील रोहिदा']);
    const am = folder.parse('amharic.html', page('<meta name="author" content="Selamawit Tesfaye">', `${H1}<div class="byline"><span class="author">በሰላማዊት ተስፋዬ</span> <span class="sep">|</span> <span class="date">ሐሙስ ጥቅምት 1 ቀን 2022 ዓ.ም.</span></div>${BODY}`));
    expect(am.authors).toEqual(['ሰላማዊት ተስፋዬ']);
    expect(am.publishedAt?.value).toBe('2029-10-11');
  });

  it('reads a Tigrinya credit "ጸሓፍቲ፡ A፣ B", its label closed by the Ethiopic "፡", where the metadata names the first in Latin', () => {
    const a = folder.parse('tigrinya.html', page('<meta name="author" content="Haile Gebremichael">', `${H1}<p class="writers">ጸሓፍቲ፡ ሃይለ ገብረሚካኤል፣ ሳባ ተኽለ</p>${BODY}`));
    expect(a.authors).toEqual(['ሃይለ ገብረሚካኤል', 'ሳባ ተኽለ']);
  });

  it('spells the writer as a labelled credit line under the story does, where the metadata spells her another way, and names the journal of a "/@name" address on a blog host', () => {
    const a = folder.parse('foot-credit.html', page('<meta name="author" content="Алеся Жданович"><meta property="og:site_name" content="Teletype"><meta property="og:url" content="https://blogs.example/@harbour_courier/bridge">', `<header><a href="/" class="logo">Teletype</a><a href="/@harbour_courier" class="header__blog">Гродзенскі веснік</a></header>${H1}${BODY}<p><em>Тэкст: Алеся Ждановіч, фота: Віктар Каваль</em></p>`));
    expect(a.authors).toEqual(['Алеся Ждановіч']);
    expect(a.publisher).toBe('Гродзенскі веснік');
    expect(a.text).not.toContain('Тэкст');
  });

  it('reads the headline of a Mambo page\'s "contentheading" cell and the date of its "createdate" cell over a UTC stamp of the day before', () => {
    const a = folder.parse('mambo.html', `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Port de Westby : une chambre froide</title><meta property="og:title" content="Port de Westby : une chambre froide"><meta property="article:published_time" content="2029-05-09T22:40:00+00:00"></head><body><table class="contentpaneopen"><tr><td class="contentheading" width="100%">Westby : la nouvelle chambre froide du port change la vie des pêcheurs</td></tr></table><table class="contentpaneopen"><tr><td class="createdate">mercredi, 10 mai 2029 01:40</td></tr><tr><td>${BODY}</td></tr></table></body></html>`);
    expect(a.title).toBe('Westby : la nouvelle chambre froide du port change la vie des pêcheurs');
    expect(a.publishedAt?.value).toBe('2029-05-10');
  });
});

describe('web pages: credits of web59 kinds left from the stop before (invented examples)', () => {
  const H1 = '<h1>Council backs rebuild of the harbour road</h1>';

  it('reads the writer of a labelled credit paragraph where the metadata and the post name a desk ("Redakcia", "Haber Merkezi")', () => {
    const sk = folder.parse('redakcia.html', page('<meta name="author" content="Redakcia WH">', `${H1}<div class="eb-meta-author"><a href="/blogger/redakcia-wh" rel="author">Redakcia WH</a></div>${BODY}<p><strong>Text: Zuzana Roeová, foto: Ján Doe</strong></p>`));
    expect(sk.authors).toEqual(['Zuzana Roeová']);
    const tr = folder.parse('haber-merkezi.html', page('<meta name="author" content="Haber Merkezi">', `${H1}<p class="posted">Gönderen <a href="/profile/2-haber-merkezi/">Haber Merkezi</a></p><div class="fields"><span class="label">Muhabir:</span> Ayşe Roe, Emre Doe</div>${BODY}`));
    expect(tr.authors).toEqual(['Ayşe Roe', 'Emre Doe']);
  });

  it('spells a Hungarian woman\'s name as the byline does, family name first, where Slovak metadata adds "-ová"', () => {
    const a = folder.parse('hungarian.html', `<!DOCTYPE html><html lang="hu"><head><meta charset="utf-8"><meta name="author" content="Réka Roeová, Ádám Doe"></head><body><article>${H1}<span class="blog-author">Írta: <a href="/author:roe-reka">Roe Réka</a>, <a href="/author:doe-adam">Doe Ádám</a></span>${BODY}</article></body></html>`);
    expect(a.authors).toEqual(['Roe Réka', 'Doe Ádám']);
  });

  it('spells an Armenian byline as shown where the metadata romanises the name through Russian, without its "h"', () => {
    const a = folder.parse('armenian.html', page('<meta name="author" content="Ani Ovanesyan">', `${H1}<div class="news-property">Հեղինակ՝ <b>Անի Հովհաննիսյան</b></div>${BODY}`));
    expect(a.authors).toEqual(['Անի Հովհաննիսյան']);
  });

  it('adds the co-author a blogging platform links to by a "/@name" profile beside the metadata\'s one writer', () => {
    const a = folder.parse('coauthor.html', page('<meta name="author" content="Amina Roe">', `${H1}<div class="flex"><a href="https://blogs.example/@aminaroe" class="font-semibold">Amina Roe</a><span>and</span><a href="https://blogs.example/@peterdoe" class="font-semibold">Peter Doe</a></div>${BODY}`));
    expect(a.authors).toEqual(['Amina Roe', 'Peter Doe']);
  });
});

describe('web pages: dates and credits of web62 kinds (invented examples)', () => {
  const H1 = '<h1>Council backs rebuild of the harbour road</h1>';

  it('reads a Luxembourgish "Publizéiert:" line and a Gujarati date in Gujarati digits over a UTC stamp of the day before', () => {
    const lb = folder.parse('lb.html', page('', `${H1}<p><b>Text: Claudine Roe a Jang Doe</b></p><p class="datum"><small>Aktualiséiert: Freideg, 18. Mee 2029, 09:10<br>Publizéiert: Donneschdeg, 17. Mee 2029, 18:45</small></p>${BODY}`));
    expect(lb.publishedAt?.value).toBe('2029-05-17');
    expect(lb.authors).toEqual(['Claudine Roe', 'Jang Doe']);
    const gu = folder.parse('gu.html', page('<meta property="article:published_time" content="2029-05-16T22:30:00Z"><meta name="author" content="Hemal Patel">', `${H1}<p class="meta">લેખક: હેમલ પટેલ · ગુરુવાર, ૧૭ મે ૨૦૨૯ · સવારે ૧:૩૦</p>${BODY}`));
    expect(gu.publishedAt?.value).toBe('2029-05-17');
  });

  it('reads a Sinhala "වාර්තාව:" credit and a year-first Sinhala date over a UTC stamp of the day before', () => {
    const a = folder.parse('si.html', page('<meta property="article:published_time" content="2029-05-16T23:20:00Z"><meta name="author" content="Kasun De Silva">', `${H1}<p class="byline">වාර්තාව: කසුන් ද සිල්වා, ගාල්ල</p><p class="date">2029 මැයි 17, බ්‍රහස්පතින්දා පෙ.ව. 4.50</p>${BODY}`));
    expect(a.publishedAt?.value).toBe('2029-05-17');
  });

  it('reads a Kinyarwanda credit "Yanditswe na A na B" where the metadata names the first, and a Maithili date spelled with the half "म"', () => {
    const rw = folder.parse('rw.html', page('<meta name="author" content="Aline Roe">', `${H1}<p class="author">Yanditswe na Aline Roe na Eric Doe</p>${BODY}`));
    expect(rw.authors).toEqual(['Aline Roe', 'Eric Doe']);
    const mai = folder.parse('mai.html', page('<meta property="article:published_time" content="2029-11-16T18:45:00Z">', `${H1}<p class="date">शनि दिन, १७ नवम्बर २०२९ · ००:३०</p>${BODY}`));
    expect(mai.publishedAt?.value).toBe('2029-11-17');
  });
});

describe('web pages: credits of web63 kinds (invented examples)', () => {
  const H1 = '<h1>Council backs rebuild of the harbour road</h1>';

  it('reads a Northern Sámi "Teaksta: A ja B" credit where the metadata names the first writer in plain letters', () => {
    const a = folder.parse('sami.html', page('<meta name="author" content="Anne Kirste Roe">', `${H1}<p class="byline">Teaksta: Ánne Kirste Roe ja Niillas Áslat Doe</p>${BODY}`));
    expect(a.authors).toEqual(['Ánne Kirste Roe', 'Niillas Áslat Doe']);
  });

  it('spells the writer as a Ladin "Scrit da" or an Ilocano "Sinurat ni" credit shows her, over the metadata\'s spelling', () => {
    const lld = folder.parse('ladin.html', page('<meta name="author" content="Lucia Roe">', `${H1}<p class="autur">Scrit da Lüzia Roe</p>${BODY}`));
    expect(lld.authors).toEqual(['Lüzia Roe']);
    const ilo = folder.parse('ilocano.html', page('<meta name="author" content="laoagdesk">', `${H1}<p><em>Sinurat ni Rowena Roe-Doe</em></p>${BODY}`));
    expect(ilo.authors).toEqual(['Rowena Roe-Doe']);
  });

  it('spells a Georgian "ტექსტი: A, ფოტო: B" credit as shown, and leaves out the photographer the JSON-LD adds in Latin letters', () => {
    const ld = JSON.stringify({ '@type': 'NewsArticle', headline: 'Council backs rebuild of the harbour road', author: [{ '@type': 'Person', name: 'Tamar Roe' }, { '@type': 'Person', name: 'Levan Doe' }] });
    const a = folder.parse('georgian-credit.html', page(`<script type="application/ld+json">${ld}</script>`, `${H1}${BODY}<p>ტექსტი: თამარ როე, ფოტო: ლევან დოე</p>`));
    expect(a.authors).toEqual(['თამარ როე']);
  });
});
