import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ParsedArticleSchema } from '../../shared/model';
import { parseArticle } from './index';
import { SAMPLE_ARTICLE, TempFolder, expectParagraphsTileText, goldDir, sampleLibraryDir } from './temp-files.test-helper';

const folder = new TempFolder();
afterAll(() => folder.remove());

describe('the sample article', () => {
  const bytes = new Uint8Array(readFileSync(join(sampleLibraryDir, SAMPLE_ARTICLE)));
  const article = parseArticle(bytes, SAMPLE_ARTICLE);
  const gold = JSON.parse(readFileSync(join(goldDir, 'seed/china-weighing-lethal-weaponry-for-russia.gold.json'), 'utf8'));

  it('reads title, author, publisher and date from the byline', () => {
    expect(article.format).toBe('txt');
    expect(article.title).toBe('Report: China seriously weighing sending lethal weaponry to Russia');
    expect(article.title).toBe(gold.metadata.title);
    expect(article.authors).toEqual(['WorldTribune Staff']);
    expect(article.publisher).toBe('WorldTribune');
    expect(article.publishedAt).toEqual({ value: '2023-02-23', precision: 'day' });
    expect(article.encoding).toBe('utf-8');
    expect(article.warnings).toEqual([]);
  });

  it('keeps the photo caption and the site footer out of the text', () => {
    expect(article.captions).toEqual([gold.metadata.caption]);
    expect(article.boilerplate).toEqual(gold.metadata.boilerplate);
    expect(article.text).not.toContain('Kremlin Press Office');
    expect(article.text).not.toContain('Action . . . .');
    expect(article.text).not.toContain(article.title);
    expect(article.text).not.toContain('WorldTribune Staff');
  });

  it('has 13 body paragraphs whose offsets slice the text', () => {
    const slices = expectParagraphsTileText(article);
    expect(slices).toHaveLength(13);
    expect(slices[0]).toMatch(/^Communist China is considering/);
    expect(slices.at(-1)).toMatch(/NATO combined\.”$/);
    expect(article.paragraphs.every((p) => p.kind === 'body')).toBe(true);
    expect(article.wordCount).toBe(article.text.split(/\s+/).length);
    expect(ParsedArticleSchema.parse(article)).toEqual(article);
  });
});

describe('plain-text shapes', () => {
  it('reads a byline with several authors and a date before the name', () => {
    const a = folder.parse('two.txt', 'Storm hits coast\n\nBy Jane Doe and John Roe | 5 March 2021\n\nThe storm arrived at dawn.\n');
    expect(a.authors).toEqual(['Jane Doe', 'John Roe']);
    expect(a.publisher).toBeNull();
    expect(a.publishedAt).toEqual({ value: '2021-03-05', precision: 'day' });
    expect(a.text).toBe('The storm arrived at dawn.');
  });

  it('reads a byline and a separate labelled date line', () => {
    const a = folder.parse('labelled.txt', 'Markets rally\nBy Ann Poe, Gazette Staff\nPublished: Tuesday, 9 June 2009\n\nStocks rose.\n');
    expect(a.authors).toEqual(['Ann Poe', 'Gazette Staff']);
    expect(a.publisher).toBe('Gazette');
    expect(a.publishedAt).toEqual({ value: '2009-06-09', precision: 'day' });
    expect(a.text).toBe('Stocks rose.');
  });

  it('gives no date (never today) when the article has none', () => {
    const a = folder.parse('nodate.txt', 'A title\n\nBy the end of the day, the deal was done.\n\nMore text.\n');
    expect(a.publishedAt).toBeNull();
    expect(a.authors).toEqual([]);
    expect(a.text).toBe('By the end of the day, the deal was done.\n\nMore text.');
  });

  it('dates a yearless dateline by a gallery caption shortly before it, and reads a closing nameplate of a blog', () => {
    const a = folder.parse(
      'caption.txt',
      'Ferry crews strike\n\n[1/2] Crews on the quay in Bergen, Norway, December 29, 2022. Fjordwire/Ola Brandt\n\nOSLO, Jan 3 (Fjordwire) - Ferry crews walked out on Tuesday.\n\nTalks resume next week.\n',
    );
    expect(a.publishedAt).toEqual({ value: '2023-01-03', precision: 'day' });
    const b = folder.parse('blog.txt', 'Ferry crews strike\n\nFerry crews walked out on Tuesday.\n\nTalks resume next week.\n\nLeave a comment\n\nTarnwick Civic Notes\n');
    expect(b.publisher).toBe('Tarnwick Civic Notes');
  });

  it('recognises other captions and footers by their shape', () => {
    const a = folder.parse(
      'furniture.txt',
      [
        'Floods in the north',
        'June 3, 2024',
        'Rain fell for a week.',
        'Rescue workers near the river bank / Getty Images',
        'Roads were closed.',
        'Share this',
        '© 2024 Northern Daily News',
        '',
      ].join('\n\n'),
    );
    expect(a.captions).toEqual(['Rescue workers near the river bank / Getty Images']);
    expect(a.boilerplate).toEqual(['Share this', '© 2024 Northern Daily News']);
    expect(a.text).toBe('Rain fell for a week.\n\nRoads were closed.');
  });

  it('joins hard-wrapped lines and peels furniture stuck to a paragraph', () => {
    const body = [
      'A long paragraph that was wrapped at a fixed width by an e-mail',
      'program, so every line is short and the paragraph continues on the',
      'next line until a blank line ends it.',
      '',
      'Second paragraph, also wrapped at a fixed width by the same program',
      'and ending here.',
      'Copyright 2001 The Wire Service',
    ].join('\n');
    const a = folder.parse('wrapped.txt', `Wrapped story\n\n${body}\n`);
    expect(a.text).toBe(
      'A long paragraph that was wrapped at a fixed width by an e-mail program, so every line is short and the paragraph continues on the next line until a blank line ends it.\n\n' +
        'Second paragraph, also wrapped at a fixed width by the same program and ending here.',
    );
    expect(a.boilerplate).toEqual(['Copyright 2001 The Wire Service']);
  });

  it('takes one paragraph per line when a text has no blank lines and long lines', () => {
    const line = (n: number) => `Paragraph ${n} says something long enough to be a real paragraph of news text, with a clause or two, and more words to pass one hundred characters.`;
    const a = folder.parse('lines.txt', `Title\n${line(1)}\n${line(2)}\n${line(3)}\n`);
    expect(expectParagraphsTileText(a)).toEqual([line(1), line(2), line(3)]);
  });

  it('uses the file name as title when the first line is a whole paragraph', () => {
    const first = 'x'.repeat(300);
    const a = folder.parse('my_saved-story.txt', `${first}\n\nSecond.\n`);
    expect(a.title).toBe('my saved story');
    expect(a.text).toBe(`${first}\n\nSecond.`);
  });
});

describe('wire copy and outlet bylines', () => {
  const story = 'Officials met on Thursday to discuss the port.\n\nThey agreed to meet again next month.\n';

  it('reads a credit line that names the outlet and the date', () => {
    const a = folder.parse('wire.txt', `Port talks resume\n\nReuters, February 23, 2023\n\n${story}`);
    expect(a.authors).toEqual([]);
    expect(a.publisher).toBe('Reuters');
    expect(a.publishedAt).toEqual({ value: '2023-02-23', precision: 'day' });
    expect(a.text).toBe('Officials met on Thursday to discuss the port.\n\nThey agreed to meet again next month.');
  });

  it.each([
    ['by FOXBusiness, February 23, 2023', 'FOXBusiness'],
    ['by Republic World, February 23, 2023', 'Republic World'],
    ['By Express News Service | February 23, 2023', 'Express News Service'],
  ])('puts the outlet of "%s" as publisher, not among the authors', (line, outlet) => {
    const a = folder.parse('outlet.txt', `Port talks resume\n\n${line}\n\n${story}`);
    expect(a.authors).toEqual([]);
    expect(a.publisher).toBe(outlet);
    expect(a.publishedAt).toEqual({ value: '2023-02-23', precision: 'day' });
  });

  it('reads "By NAME | OUTLET" and labelled dates, never taking the update for the publication', () => {
    const a = folder.parse(
      'labelled.txt',
      `Port talks resume\nBy Jane Doe | Lagos Evening Tribune\nUpdated 11:30 AM EST, Fri February 24, 2023\nPublished 10:05 AM EST, Thu February 23, 2023\n\n${story}`,
    );
    expect(a.authors).toEqual(['Jane Doe']);
    expect(a.publisher).toBe('Lagos Evening Tribune');
    expect(a.publishedAt).toEqual({ value: '2023-02-23', precision: 'day' });
    expect(a.text.startsWith('Officials met')).toBe(true);
  });

  it('uses an update date only when nothing else dates the article', () => {
    const a = folder.parse('updated.txt', `Port talks resume\n\nUpdated: 24 February 2023\n\n${story}`);
    expect(a.publishedAt).toEqual({ value: '2023-02-24', precision: 'day' });
  });

  it('takes the agency of an opening dateline as publisher, keeping the dateline in the text', () => {
    const a = folder.parse('dateline.txt', `Port talks resume\n\nFebruary 23, 2023\n\nCAIRO, Feb 23 (AP) — ${story}`);
    expect(a.publisher).toBe('AP');
    expect(a.publishedAt).toEqual({ value: '2023-02-23', precision: 'day' });
    expect(a.text.startsWith('CAIRO, Feb 23 (AP) — Officials met')).toBe(true);
    const own = folder.parse('own.txt', `Port talks resume\n\nBy Jane Doe, The Harbour Gazette\n\nCAIRO (AP) — ${story}`);
    expect(own.publisher).toBe('The Harbour Gazette');
  });

  it('reads a press-release dateline with a year as the date', () => {
    const a = folder.parse('release.txt', `Acme to buy Orchard Juices\n\nDENVER, March 6, 2024 /PRNewswire/ -- Acme Corp. today announced a deal.\n`);
    expect(a.publisher).toBe('PRNewswire');
    expect(a.publishedAt).toEqual({ value: '2024-03-06', precision: 'day' });
  });

  it('does not take a sentence about a place for a dateline', () => {
    const a = folder.parse('sentence.txt', `Port talks resume\n\nWashington said on Monday it would send envoys (AP) - officials say.\n\nMore text.\n`);
    expect(a.publisher).toBeNull();
  });
});

describe('what a copy brings above the headline', () => {
  const story = 'Officials met on Thursday to discuss the port.\n\nThey agreed to meet again next month.\n';

  it('skips a skip link and a menu, taking the nameplate among the menu words as publisher', () => {
    const a = folder.parse('menu.txt', `Skip to content\nThe Harbour Gazette\nWorld\nPolitics\nSign In\n\nPort talks resume\n\nBy Jane Doe\nMarch 3, 2023\n\n${story}`);
    expect(a.title).toBe('Port talks resume');
    expect(a.publisher).toBe('The Harbour Gazette');
    expect(a.authors).toEqual(['Jane Doe']);
    expect(a.text.startsWith('Officials met')).toBe(true);
  });

  it('skips a section label and a nameplate above the headline', () => {
    const a = folder.parse('kicker.txt', `The Valley Courier\n\nPOLITICS\n\nPort talks resume\n\nBy Jane Doe | 3 March 2023\n\n${story}`);
    expect(a.title).toBe('Port talks resume');
    expect(a.publisher).toBe('The Valley Courier');
  });

  it('keeps a short headline above a date line', () => {
    const a = folder.parse('short.txt', `Port reopens\n\nMarch 3, 2023\n\n${story}`);
    expect(a.title).toBe('Port reopens');
  });

  it('reads a forwarded newsletter: the mail date, the headline under the newsletter name', () => {
    const a = folder.parse(
      'fwd.txt',
      `---------- Forwarded message ---------\nFrom: The Morning Note <news@note.example>\nDate: Mon, Apr 3, 2023 at 6:01 AM\nSubject: Fwd: Port talks resume\nTo: <reader@mail.example>\n\nView in browser\n\nTHE MORNING NOTE\n\nPort talks resume\n\nBy Jane Doe\n\n${story}\n--\nYou are receiving this because you subscribed.\nUnsubscribe | Preferences\n`,
    );
    expect(a.title).toBe('Port talks resume');
    expect(a.publishedAt).toEqual({ value: '2023-04-03', precision: 'day' });
    expect(a.authors).toEqual(['Jane Doe']);
    expect(a.publisher).toBe('The Morning Note');
    expect(a.text).toBe('Officials met on Thursday to discuss the port.\n\nThey agreed to meet again next month.');
  });

  it('reads export fields and a Markdown-ish heading', () => {
    const a = folder.parse('fields.txt', `Title: Port talks resume\nAuthor: Jane Doe\nDate: 2023-05-02T14:30:00Z\nSource: Harbour Wire\n\n${story}`);
    expect(a).toMatchObject({ title: 'Port talks resume', authors: ['Jane Doe'], publisher: 'Harbour Wire' });
    expect(a.publishedAt?.value.slice(0, 10)).toBe('2023-05-02');
    const md = folder.parse('md.txt', `# Port talks resume\n\n*By Jane Doe* · The Harbour Gazette\n\n**Published:** 11 April 2023\n\n${story}`);
    expect(md).toMatchObject({ title: 'Port talks resume', authors: ['Jane Doe'], publisher: 'The Harbour Gazette' });
  });
});

describe('what sits between the headline and the story', () => {
  const story = 'Officials met on Thursday to discuss the port.\n\nThey agreed to meet again next month.\n';

  it('keeps a standfirst, bare name, outlet and role lines and share buttons out of the text', () => {
    const a = folder.parse(
      'zone.txt',
      `Port talks resume\n\nUnions say the deal falls short of what was promised\n\nJane Doe\nThe Harbour Gazette\nSenior Reporter\n3 March 2023 • 4 min read\n\nShare\nEmail\n\n${story}`,
    );
    expect(a.authors).toEqual(['Jane Doe']);
    expect(a.publisher).toBe('The Harbour Gazette');
    expect(a.publishedAt).toEqual({ value: '2023-03-03', precision: 'day' });
    expect(a.text).toBe('Officials met on Thursday to discuss the port.\n\nThey agreed to meet again next month.');
    expect(a.boilerplate).toContain('Unions say the deal falls short of what was promised');
  });

  it('drops a relative age without taking it for a date', () => {
    const a = folder.parse('age.txt', `Port talks resume\n\nUpdated 3 hours ago\n\n${story}`);
    expect(a.publishedAt).toBeNull();
    expect(a.text.startsWith('Officials met')).toBe(true);
  });

  it('keeps a first paragraph that is no standfirst', () => {
    const a = folder.parse('plain.txt', `Port talks resume\n\nOfficials met on Thursday.\n\nThey agreed to meet again.\n`);
    expect(a.text).toBe('Officials met on Thursday.\n\nThey agreed to meet again.');
  });

  it('takes a press release subhead out before the dateline', () => {
    const a = folder.parse('pr.txt', `FOR IMMEDIATE RELEASE\n\nAcme to open plant\n\nNew site will build robot arms\n\nDENVER, April 4, 2023 /BizWire/ -- Acme Corp. today announced a plant.\n\nMedia Contact:\nJane Doe\npress@acme.example\n\n###\n`);
    expect(a.title).toBe('Acme to open plant');
    expect(a.publishedAt).toEqual({ value: '2023-04-04', precision: 'day' });
    expect(a.text).toBe('DENVER, April 4, 2023 /BizWire/ -- Acme Corp. today announced a plant.');
    expect(a.authors).toEqual([]);
  });
});

describe('what follows the story', () => {
  const story = 'Officials met on Thursday to discuss the port.\n\nThey agreed to meet again next month.\n';

  it('reads wire credits as the authors and ends the story there', () => {
    const a = folder.parse('credits.txt', `Port talks resume\n\n${story}\nReporting by Jane Doe and John Roe; Editing by Ed Ito\n\nOur Standards: The Trust Principles.\n`);
    expect(a.authors).toEqual(['Jane Doe', 'John Roe']);
    expect(a.text).toBe('Officials met on Thursday to discuss the port.\n\nThey agreed to meet again next month.');
  });

  it('drops endnotes after a rule, a bio, a disclaimer, a correction and trailing link lists', () => {
    const a = folder.parse(
      'notes.txt',
      `Port talks resume\n\nBy Jane Doe\n\n${story}\nDoe is a lecturer in economics at a university.\n\nThe views expressed are the author's own.\n\nCorrection: An earlier version misstated the date.\n\nMore from the Gazette\n\nHarbour fees rise\n`,
    );
    expect(a.text).toBe('Officials met on Thursday to discuss the port.\n\nThey agreed to meet again next month.');
    const b = folder.parse('rule.txt', `Port talks resume\n\n${story}\n___\n\nRoe reported from the coast.\n`);
    expect(b.text).toBe('Officials met on Thursday to discuss the port.\n\nThey agreed to meet again next month.');
  });

  it('takes the copyright holder, a closing nameplate or a syndication note as the publisher', () => {
    expect(folder.parse('c.txt', `Port talks resume\n\n${story}\n© 2023 Harbour Gazette Ltd. All rights reserved.\n`).publisher).toBe('Harbour Gazette Ltd');
    expect(folder.parse('n.txt', `Port talks resume\n\n${story}\nThe Harbour Gazette\n`).publisher).toBe('The Harbour Gazette');
    const s = folder.parse('s.txt', `Port talks resume\n\n${story}\nThis article first appeared in The Harbour Gazette on 12 April 2023.\n`);
    expect(s.publisher).toBe('The Harbour Gazette');
    expect(s.publishedAt).toEqual({ value: '2023-04-12', precision: 'day' });
    expect(s.text.endsWith('next month.')).toBe(true);
  });

  it('names no publisher from a photo credit', () => {
    const a = folder.parse('credit.txt', `Port talks resume\n\nOfficials met on Thursday.\n\nThe quay at dawn (Photo: Jane Roe/Harbour Gazette)\n\nThey agreed to meet again.\n`);
    expect(a.publisher).toBeNull();
    expect(a.captions).toEqual(['The quay at dawn (Photo: Jane Roe/Harbour Gazette)']);
  });
});

describe('more shapes around the story', () => {
  const story = 'Officials met on Thursday to discuss the port.\n\nThey agreed to meet again next month.\n';

  it('reads a date and a name set above the headline', () => {
    const a = folder.parse('above.txt', `Sun, 12 Mar, 2023 - 18:30\nJane Doe\n\nPort talks resume\n\n${story}`);
    expect(a).toMatchObject({ title: 'Port talks resume', authors: ['Jane Doe'], publishedAt: { value: '2023-03-12', precision: 'day' } });
  });

  it('reads a message saved with its mail header, the sender outlet as publisher', () => {
    const a = folder.parse('mail.txt', `From: The Evening Note <note@mail.example>\nSent: Wednesday, April 5, 2023 7:30 PM\nSubject: Port talks resume\n\nPort talks resume\n\nBy Jane Doe\n\n${story}`);
    expect(a).toMatchObject({ title: 'Port talks resume', authors: ['Jane Doe'], publisher: 'The Evening Note', publishedAt: { value: '2023-04-05' } });
  });

  it('takes bare credit lines beside a relative age, giving no date', () => {
    const a = folder.parse('age.txt', `Port talks resume\n\nJane Doe\nHarbour News, Portville\n\nPublished 7 hours ago\n\n${story}`);
    expect(a).toMatchObject({ authors: ['Jane Doe'], publisher: 'Harbour News', publishedAt: null });
    expect(a.text.startsWith('Officials met')).toBe(true);
  });

  it('keeps a key-points box out of the text', () => {
    const a = folder.parse('box.txt', `Port talks resume\n\nBy Jane Doe\n3 March 2023\n\nKey points:\n- Talks resume\n- A deal is near\n\n${story}`);
    expect(a.text).toBe('Officials met on Thursday to discuss the port.\n\nThey agreed to meet again next month.');
  });

  it('drops a reporter contact line and names the outlet a closing prompt names', () => {
    const a = folder.parse('prompt.txt', `Port talks resume\n\nBy Jane Doe\n\n${story}\nJane Doe can be reached at 555-0100.\n\nSupport local journalism: subscribe to The Harbour Gazette today.\n`);
    expect(a.text.endsWith('next month.')).toBe(true);
    expect(a.publisher).toBe('The Harbour Gazette');
  });
});
