import { afterAll, describe, expect, it } from 'vitest';
import { TempFolder, expectParagraphsTileText } from './temp-files.test-helper';

const folder = new TempFolder();
afterAll(() => folder.remove());

const WITH_FRONT_MATTER = `---
title: Airbus wins Qatar order
authors:
  - Jane Doe
  - name: John Roe
date: 2005-06-13
source: https://news.example/airbus-qatar
publisher: Example News
tags: [aviation, Airbus]
---

# Airbus wins Qatar order

Airbus has won an order **worth $15bn** from _Qatar Airways_, [the airline](https://qatar.example) said.
Its chief said so on Monday.

> "We are delighted," a spokesman said.

## Background

- Boeing lost the bid
- The order covers *sixty* jets

Use \`npm test\` &amp; read the code:

\`\`\`
const order = 60;
\`\`\`

![Plane on the tarmac](plane.jpg)
`;

describe('Markdown articles', () => {
  it('reads front matter metadata', () => {
    const a = folder.parse('qatar.md', WITH_FRONT_MATTER);
    expect(a.format).toBe('md');
    expect(a.title).toBe('Airbus wins Qatar order');
    expect(a.authors).toEqual(['Jane Doe', 'John Roe']);
    expect(a.publishedAt).toEqual({ value: '2005-06-13', precision: 'day' });
    expect(a.url).toBe('https://news.example/airbus-qatar');
    expect(a.publisher).toBe('Example News');
    expect(a.fileTags).toEqual(['aviation', 'Airbus']);
    expect(a.warnings).toEqual([]);
  });

  it('strips Markdown syntax to clean text with headings and quotes marked', () => {
    const a = folder.parse('qatar.md', WITH_FRONT_MATTER);
    const slices = expectParagraphsTileText(a);
    expect(slices).toEqual([
      'Airbus has won an order worth $15bn from Qatar Airways, the airline said. Its chief said so on Monday.',
      '"We are delighted," a spokesman said.',
      'Background',
      'Boeing lost the bid',
      'The order covers sixty jets',
      'Use npm test & read the code:',
      'const order = 60;',
    ]);
    expect(a.paragraphs.map((p) => p.kind)).toEqual(['body', 'quote', 'heading', 'body', 'body', 'body', 'body']);
    expect(a.captions).toEqual(['Plane on the tarmac']);
    expect(a.text).not.toMatch(/[*_#>`]|\]\(/);
  });

  it('takes the first # heading as title without front matter, and a byline under it', () => {
    const a = folder.parse('plain.md', '# Boeing unveils 777\n\n*By Ann Poe, February 17, 2005*\n\nBoeing unveiled a plane.\n');
    expect(a.title).toBe('Boeing unveils 777');
    expect(a.authors).toEqual(['Ann Poe']);
    expect(a.publishedAt).toEqual({ value: '2005-02-17', precision: 'day' });
    expect(a.text).toBe('Boeing unveiled a plane.');
  });

  it('falls back to the file name for the title', () => {
    const a = folder.parse('notes_on-boeing.markdown', 'Just a paragraph of notes.\n');
    expect(a.title).toBe('notes on boeing');
    expect(a.text).toBe('Just a paragraph of notes.');
  });

  it('warns about bad front matter and still reads the body', () => {
    const a = folder.parse('bad.md', '---\ntitle: [unclosed\nauthor: : :\n---\n# Real title\n\nBody text.\n');
    expect(a.warnings).toHaveLength(1);
    expect(a.warnings[0]).toMatch(/front matter is not valid YAML/);
    expect(a.title).toBe('Real title');
    expect(a.text).toBe('Body text.');
  });

  it('warns about an unclosed front matter block', () => {
    const a = folder.parse('open.md', '---\ntitle: x\n\nBody text.\n');
    expect(a.warnings[0]).toMatch(/no closing/);
    expect(a.text).toContain('Body text.');
  });

  it('reads month dates, a source name and comma-separated tags', () => {
    const a = folder.parse('month.md', '---\ntitle: "Notes: March"\ndate: March 2008\nsource: The Gazette\ntags: one, two\n---\nText.\n');
    expect(a.title).toBe('Notes: March');
    expect(a.publishedAt).toEqual({ value: '2008-03', precision: 'month' });
    expect(a.publisher).toBe('The Gazette');
    expect(a.url).toBeNull();
    expect(a.fileTags).toEqual(['one', 'two']);
  });

  it('warns about a date it cannot read instead of guessing', () => {
    const a = folder.parse('baddate.md', '---\ndate: sometime soon\n---\nText.\n');
    expect(a.publishedAt).toBeNull();
    expect(a.warnings[0]).toMatch(/not a date/);
  });
});

describe('front matter credits', () => {
  it('takes an outlet declared as author for the publisher, unless a field names one', () => {
    const a = folder.parse('wire.md', '---\ntitle: Port talks\nauthor: Reuters\n---\n\nOfficials met.\n');
    expect(a.authors).toEqual([]);
    expect(a.publisher).toBe('Reuters');
    const b = folder.parse('both.md', '---\ntitle: Port talks\nauthor: [Jane Doe, AFP]\npublisher: The Harbour Gazette\n---\n\nOfficials met.\n');
    expect(b.authors).toEqual(['Jane Doe']);
    expect(b.publisher).toBe('The Harbour Gazette');
  });
});

describe('what a read-later export adds around the story', () => {
  const story = 'The ferry to Lindholm Quay resumed on Monday.\n\nCrews worked through the weekend.\n';

  it('keeps a "Read more" pointer set as a quote out of the text', () => {
    const a = folder.parse('pointer.md', `# Ferry resumes\n\n${story}\n> **Read more:** [Quay repairs finished](https://quay.example/r)\n\nTickets are half price this week.\n`);
    expect(a.text).not.toContain('Quay repairs finished');
    expect(a.text).toContain('Tickets are half price this week.');
    expect(a.boilerplate).toContain('Read more: Quay repairs finished');
  });

  it('takes what follows a rule at the very end for endnotes, not a section break in the story', () => {
    const a = folder.parse('rule.md', `# Ferry resumes\n\n${story}\n---\n\n*Related: [Quay repairs finished](https://quay.example/r)*\n`);
    expect(a.text).toBe('The ferry to Lindholm Quay resumed on Monday.\n\nCrews worked through the weekend.');
    const b = folder.parse('break.md', `# Ferry resumes\n\n${story}\n---\n\nOne.\n\nTwo.\n\nThree.\n\nFour.\n`);
    expect(b.text).toContain('Four.');
  });
});

describe('a notes app clipping (Obsidian web clipper)', () => {
  it('reads wiki links as their shown words; highlights, footnote marks, callouts, footnotes and the notes after a rule are no text', () => {
    const a = folder.parse(
      'clip.md',
      [
        '---',
        'title: "Harbour wall repairs to start in May"',
        'source: "https://www.portmellonnews.example/harbour-wall"',
        'site: "Port Mellon News"',
        'author:',
        '  - "[[Amara Lindqvist]]"',
        'published: 2025-04-02',
        'created: 2025-04-09',
        '---',
        '> [!note] Why I kept this',
        '> Ask the council about the budget.',
        '',
        'Repairs to the [[Port Mellon]] harbour wall will start in May, the [[Harbour Board|harbour board]] said.',
        '',
        'The work will cost ==£2.1 million== and take a year.[^1]',
        '',
        '---',
        '## My notes',
        '- check tender',
        '',
        '[^1]: The board met on Tuesday.',
      ].join('\n'),
    );
    expect(a.authors).toEqual(['Amara Lindqvist']);
    expect(a.publisher).toBe('Port Mellon News');
    expect(a.publishedAt?.value).toBe('2025-04-02');
    expect(a.text).toBe('Repairs to the Port Mellon harbour wall will start in May, the harbour board said.\n\nThe work will cost £2.1 million and take a year.');
  });
});

describe('web clipper exports', () => {
  const story = [
    'HARROWGATE: The borough will close its last paper mill in March, ending two centuries of paper-making in the valley, the owners said on Monday.',
    'About 140 workers will be offered jobs at the group’s other sites, a spokesman said.',
    '“We kept it going as long as the orders came,” mill manager Petra Lindqvist said.',
  ];

  it('reads a MarkDownload clip: the page title over its own headline, the excerpt, breadcrumbs and a name above the date line', () => {
    const a = folder.parse(
      'clip.txt',
      [
        '# Valley’s last paper mill to close in March | The Dale Courier',
        '',
        '> ## Excerpt',
        '> Two centuries of paper-making end as orders dry up.',
        '',
        '---',
        '',
        '[Home](https://dale.example/) / [Business](https://dale.example/business)',
        '',
        '## Valley’s last paper mill to close in March',
        '',
        '[![Owen Price](https://dale.example/img/owen.jpg)](https://dale.example/author/owen-price)',
        '',
        '**[Owen Price](https://dale.example/author/owen-price)**',
        '',
        'Published: 3 February 2025, 6:40 am · Updated: 3 February 2025, 9:05 am',
        '',
        ...story.flatMap((p) => [p, '']),
      ].join('\n'),
    );
    expect(a.title).toBe('Valley’s last paper mill to close in March');
    expect(a.publisher).toBe('The Dale Courier');
    expect(a.authors).toEqual(['Owen Price']);
    expect(a.publishedAt?.value.slice(0, 10)).toBe('2025-02-03');
    expect(a.text).toBe(story.join('\n\n'));
  });

  it('takes the page’s own headline when the clipped title is the same words without a site name', () => {
    const a = folder.parse('clip2.md', ['# Valley’s last paper mill to close in March', '', '[Business](https://dale.example/business)', '', '## Valley’s last paper mill to close in March', '', ...story.flatMap((p) => [p, ''])].join('\n'));
    expect(a.title).toBe('Valley’s last paper mill to close in March');
    expect(a.text).toBe(story.join('\n\n'));
  });

  it('keeps a note’s own paragraphs above a heading that repeats its title', () => {
    const first = 'The council set its budget on Tuesday night after a four-hour meeting that ran past midnight.';
    const second = 'Councillors agreed to raise the rates by four per cent, less than the six per cent first proposed.';
    const a = folder.parse('note.md', ['# Budget day', '', first, '', second, '', '## Budget day', '', 'The vote was seven to two.'].join('\n'));
    expect(a.text).toContain(first);
    expect(a.text).toContain(second);
  });
});
