import { describe, it, expect } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { ArticleText } from './ArticleText';
import { Highlighted } from '../search/Highlighted';

describe('ArticleText', () => {
  it('renders paragraphs with hits as <mark> and other marks as classed spans, escaping the text', () => {
    const text = 'Wang Yi met Blinken.\n\n<script>alert(1)</script> said Wang.';
    const html = renderToStaticMarkup(
      <ArticleText
        text={text}
        paragraphs={[
          { start: 0, end: 20, kind: 'body' },
          { start: 22, end: text.length, kind: 'quote' },
        ]}
        marks={[
          { start: 0, end: 7, kind: 'hit' },
          { start: 0, end: 7, kind: 'entity-person', data: 'person: Wang Yi' },
          { start: 12, end: 19, kind: 'entity-person', data: 'person: Antony Blinken' },
        ]}
      />,
    );
    expect(html).toContain('<p><mark class="mark-hit mark-entity-person" data-start="0" title="person: Wang Yi">Wang Yi</mark>');
    expect(html).toContain('<span class="mark-entity-person" data-start="12" title="person: Antony Blinken">Blinken</span>');
    expect(html).toContain('<blockquote>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script>');
  });

  it('marks where each page of a paged document begins, and the paragraphs that run across a page break', () => {
    const text = 'One.\n\nTwo runs on.\n\nThree.\n\nFour.';
    const html = renderToStaticMarkup(
      <ArticleText
        text={text}
        paragraphs={[
          { start: 0, end: 4, kind: 'body', page: 1 },
          { start: 6, end: 18, kind: 'body', page: 1, endPage: 2 },
          { start: 20, end: 26, kind: 'body', page: 2 },
          { start: 28, end: 33, kind: 'body', page: 3 },
        ]}
        marks={[]}
      />,
    );
    expect(html).toBe(
      '<span class="page-marker" data-page="1" aria-label="page 1">p. 1</span><p><span>One.</span></p>' +
        '<span class="page-marker" data-page="1" aria-label="pages 1–2">pp. 1–2</span><p><span>Two runs on.</span></p>' +
        '<p><span>Three.</span></p><span class="page-marker" data-page="3" aria-label="page 3">p. 3</span><p><span>Four.</span></p>',
    );
  });
});

describe('Highlighted', () => {
  it('wraps snippet highlight ranges in <mark>', () => {
    const html = renderToStaticMarkup(<Highlighted text="the Wang Yi meeting" ranges={[[4, 11]]} />);
    expect(html).toBe('<span>the </span><mark>Wang Yi</mark><span> meeting</span>');
  });
});
