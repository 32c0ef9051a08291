import { describe, expect, it } from 'vitest';
import { readHeaderLine } from './byline';
import { parseArticle } from './index';
import { findHeaderBlock, headerAboveProse, headlineShape, outletOfSourceLine, type HeaderBlockReaders } from './txt-header-block';

// Every example here is invented: outlets, people and events.
const paragraphs = [
  'The harbour board voted on Tuesday to keep the old ferry pier open until the new terminal is finished, reversing a decision it made in the spring.',
  'Board chair Maren Holt said the pier would be inspected every month and closed at once if the engineers found any new cracks in the deck.',
  'Traders on the quay had collected more than 1,200 signatures asking the board to think again.',
];

function parse(lines: string[]) {
  return parseArticle(new TextEncoder().encode(lines.join('\n')), 'copy.txt');
}

const readers: HeaderBlockReaders = {
  read: (line) => readHeaderLine(line),
  isFurniture: (line) => /^(?:share|share this article|facebook|email|print|comments \(\d+\))$/i.test(line),
  isNameplate: (line) => /^The \p{Lu}\p{L}+ (?:Gazette|Courier|Echo)$/u.test(line),
};

describe('headlineShape', () => {
  it('refuses a line with an address: a mail field or a link, not a headline', () => {
    expect(headlineShape('From: The Harbour Gazette <news@harbourgazette.example>')).toBeLessThan(0);
    expect(headlineShape('Read the whole story at https://gazette.example/story')).toBeLessThan(0);
  });

  it('takes a headline in sentence case or title case, of 3 to 20 words, without a closing full stop', () => {
    expect(headlineShape('Harbour board keeps old ferry pier open until terminal is built')).toBeGreaterThan(0);
    expect(headlineShape('Harbour Board Keeps Old Pier Open for Another Year')).toBeGreaterThan(0);
    expect(headlineShape('Will the pier survive another winter?')).toBeGreaterThan(0);
    // A phrasal verb may end a headline.
    expect(headlineShape('Talks on the pier drag on')).toBeGreaterThanOrEqual(0);
  });

  it('refuses menus, counters, labels, sentences and lines that go on in the next', () => {
    expect(headlineShape('Northport Eastvale Kilbride Marsh Harbour')).toBeLessThan(0);
    expect(headlineShape('News · Sport · Business · Opinion')).toBeLessThan(0);
    expect(headlineShape('14 shares 3 comments 120 likes')).toBeLessThan(0);
    expect(headlineShape('The board voted to keep the pier open.')).toBeLessThan(0);
    expect(headlineShape('Statement issued by')).toBeLessThan(0);
    expect(headlineShape('HARBOUR BOARD KEEPS PIER OPEN')).toBeLessThan(0);
    // ... unless the caller knows the line heads the story.
    expect(headlineShape('HARBOUR BOARD KEEPS PIER OPEN', true)).toBeGreaterThan(0);
  });
});

describe('findHeaderBlock', () => {
  it('finds the headline with a credit and a date under it below a menu row', () => {
    const lines = ['Northport Eastvale Kilbride Marsh Harbour', 'Home News Sport Business', 'Harbour board keeps old ferry pier open until terminal is built', 'By Tomas Reyne', '12 March 2024', '', ...paragraphs];
    const block = findHeaderBlock(lines, readers);
    expect(block?.title).toBe('Harbour board keeps old ferry pier open until terminal is built');
    expect(block?.authors).toEqual(['Tomas Reyne']);
    expect(block?.publishedAt).toEqual({ value: '2024-03-12', precision: 'day' });
    expect(block?.end).toBe(5);
  });

  it('finds the headline under a date set above a share row, not the subhead under it', () => {
    const lines = ['Statement issued by', 'Quayside Holdings Ltd', '4 June 2024', 'Share this article', 'Facebook', 'Email', 'Quayside Holdings to reopen the old ferry pier as a market hall', 'Work on the listed building starts in the autumn and will take a year', '', ...paragraphs];
    const block = findHeaderBlock(lines, readers);
    expect(block?.title).toBe('Quayside Holdings to reopen the old ferry pier as a market hall');
    expect(block?.publishedAt).toEqual({ value: '2024-06-04', precision: 'day' });
  });

  it('reads a credit and a date on one line, and the nameplate over a headline', () => {
    const lines = ['The Harbour Gazette', 'Harbour board keeps old ferry pier open', 'written by Tomas Reyne / 12 March 2024', '', ...paragraphs];
    const block = findHeaderBlock(lines, readers);
    expect(block?.title).toBe('Harbour board keeps old ferry pier open');
    expect(block?.authors).toEqual(['Tomas Reyne']);
    expect(block?.publishedAt).toEqual({ value: '2024-03-12', precision: 'day' });
    expect(block?.publisher).toBe('The Harbour Gazette');
  });

  it('finds nothing without a credit or a date by a headline', () => {
    expect(findHeaderBlock(['Harbour board keeps old ferry pier open', '', ...paragraphs], readers)).toBeNull();
  });

  it('reads a 50,000-character line quickly', () => {
    const started = Date.now();
    const lines = [`a${' '.repeat(50_000)}b`, 'x'.repeat(50_000), 'Harbour board keeps old ferry pier open', 'By Tomas Reyne', ...paragraphs];
    expect(findHeaderBlock(lines, readers)?.title).toBe('Harbour board keeps old ferry pier open');
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});

describe('headerAboveProse and outletOfSourceLine', () => {
  it('reads the date line right above the first paragraph when no headline stands by it', () => {
    const lines = ['region banner', 'heading one Harbour board keeps old ferry pier open', 'Posted Tuesday 12 March 2024 6:40am', 'image The old ferry pier at low tide', ...paragraphs];
    expect(headerAboveProse(lines, readers).publishedAt).toEqual({ value: '2024-03-12', precision: 'day' });
  });

  it('names the outlet of a "Published in" or "read more at" line, not of a sentence', () => {
    const isNameplate = (name: string) => /^The \p{Lu}\p{L}+ Gazette$/u.test(name);
    expect(outletOfSourceLine('Published in The Harbour Gazette, March 13th, 2024', isNameplate)).toBe('The Harbour Gazette');
    expect(outletOfSourceLine('read more at The Harbour Gazette', isNameplate)).toBe('The Harbour Gazette');
    expect(outletOfSourceLine('Published in The Harbour Gazette and widely shared, the letter drew a reply.', isNameplate)).toBeNull();
  });
});

describe('parseTxt with the header block', () => {
  it('takes the headline under a row of place names, its bare credit and the first publication date', () => {
    const a = parse(['Northport Eastvale Kilbride Marsh Harbour', 'Latest Local Sport Business Opinion', 'Harbour board keeps old ferry pier open until terminal is built', 'Tomas Reyne', 'Published March 12, 2024', 'Updated March 13, 2024 9:05am', '', ...paragraphs.flatMap((p) => [p, '']), 'Published in The Harbour Gazette, March 13th, 2024', 'Comments (4)']);
    expect(a.title).toBe('Harbour board keeps old ferry pier open until terminal is built');
    expect(a.authors).toEqual(['Tomas Reyne']);
    expect(a.publishedAt).toEqual({ value: '2024-03-12', precision: 'day' });
    expect(a.publisher).toBe('The Harbour Gazette');
    expect(a.text).not.toContain('Updated');
    expect(a.text).toContain('reversing a decision');
  });

  it('takes a summary card: app tabs out, "short by NAME / time on date" as credit and date', () => {
    const a = parse(['Quickread', 'For You · Top Stories · Local', 'Harbour board keeps old ferry pier open till 2026', 'short by Tomas Reyne / 08:15 am on 12 Mar 2024,Tuesday', paragraphs[0]!, 'read more at The Harbour Gazette', 'Share · Save']);
    expect(a.title).toBe('Harbour board keeps old ferry pier open till 2026');
    expect(a.authors).toEqual(['Tomas Reyne']);
    expect(a.publishedAt).toEqual({ value: '2024-03-12', precision: 'day' });
    expect(a.text).not.toContain('short by');
  });
});
