import { afterAll, describe, expect, it } from 'vitest';
import { TempFolder } from './temp-files.test-helper';
import { unwrapAppCopy } from './txt-apps';

const folder = new TempFolder();
afterAll(() => folder.remove());

describe('ANPA wire copy', () => {
  const wire = [
    'ZCZC',
    'b0733',
    'u a BC-Glassford-Strike 11-02 0311',
    '^BC-Glassford-Strike,0311<',
    '^Glassworkers end six-week strike after pay deal<',
    '^Eds: Updates with vote count.<',
    '^By TOMAS KILBRIDE-ASH=',
    '^Harbourline Wire Service Staff Writer=',
    '   GLASSFORD (HWS) _ Workers at the Glassford bottle plant voted Friday to end a six-week strike.',
    '   ``We got most of what we asked for,\'\' union steward Ilse Monroe said.',
    '   hws/tka/pr',
    '   END',
    'HWS-QQ-11-02-23 1702EST<',
    'NNNN',
  ].join('\n');

  it('reads the caret headline and byline, the agency from the staff line, the date from the closing stamp', () => {
    const a = folder.parse('wire.txt', wire);
    expect(a.title).toBe('Glassworkers end six-week strike after pay deal');
    expect(a.authors).toEqual(['Tomas Kilbride-Ash']);
    expect(a.publisher).toBe('Harbourline Wire Service');
    expect(a.publishedAt?.value).toBe('2023-11-02');
    // Indented lines are paragraphs; codes, the editors' note and the desk's initials are not text.
    expect(a.text).toBe(
      "GLASSFORD (HWS) _ Workers at the Glassford bottle plant voted Friday to end a six-week strike.\n\n``We got most of what we asked for,'' union steward Ilse Monroe said.",
    );
  });

  it('leaves text without caret lines alone', () => {
    expect(unwrapAppCopy('^Not a wire<\nJust a line.\nEND')).toBeNull();
  });
});

describe('a Telegram channel post', () => {
  it('reads the channel as publisher, the day-first date, the bold headline and the credit; pins, links, tags and counts are out', () => {
    const a = folder.parse(
      'post.txt',
      [
        'Valdora Evening Wire, [03.11.2023 18:40]',
        '⚡️ **Tram line closed after overhead cable snaps**',
        '',
        'Trams between the station and the old port are suspended while engineers replace a cable.',
        '',
        '🔹 Replacement buses run every ten minutes.',
        '',
        '✍️ Author: Nadia Ferrucci',
        '📍 Valdora',
        '',
        '👉 More: https://valdoraeveningwire.example/tram',
        '#trams #Valdora',
        '👍 88  😮 12',
        '👁 9.1K  edited 19:02',
      ].join('\n'),
    );
    expect(a.title).toBe('Tram line closed after overhead cable snaps');
    expect(a.publisher).toBe('Valdora Evening Wire');
    expect(a.publishedAt?.value).toBe('2023-11-03');
    expect(a.authors).toEqual(['Nadia Ferrucci']);
    expect(a.text).toBe('Trams between the station and the old port are suspended while engineers replace a cable.\n\nReplacement buses run every ten minutes.');
  });
});

describe('Slack messages pasted as text', () => {
  it('reads the longest message from the headline its link unfurl names; the sharer, the unfurl, reactions and replies are out', () => {
    const a = folder.parse(
      'slack.txt',
      [
        'Oren Batista  9:05 AM',
        'for the planning call',
        'The Colbury Ledger',
        'Library to stay open until 9pm on weekdays',
        'Colbury’s central library will open later from next month after…',
        'colburyledger.example',
        '',
        'Oren Batista  9:07 AM',
        'pasting the text:',
        'Library to stay open until 9pm on weekdays',
        'By Wen Adeyemi | March 4, 2024',
        'Colbury’s central library will open until 9pm on weekdays from April, the town council said on Monday.',
        '',
        'The change is paid for by closing the reading room on Sunday mornings.',
        '(edited)',
        ':tada: 3',
        '2 replies Last reply today at 9:30 AM',
        '',
        'Mira Lund  9:12 AM',
        'nice, thanks',
      ].join('\n'),
    );
    expect(a.title).toBe('Library to stay open until 9pm on weekdays');
    expect(a.publisher).toBe('The Colbury Ledger');
    expect(a.authors).toEqual(['Wen Adeyemi']);
    expect(a.publishedAt?.value).toBe('2024-03-04');
    expect(a.text).toBe(
      'Colbury’s central library will open until 9pm on weekdays from April, the town council said on Monday.\n\nThe change is paid for by closing the reading room on Sunday mornings.',
    );
  });
});

describe('a broadcast script', () => {
  it('reads the words read on air; header fields give title, reporter and date; production labels and cues are out', () => {
    const a = folder.parse(
      'script.txt',
      [
        'VALE RADIO NEWS - BULLETIN SCRIPT',
        'Bulletin: 13:00  Monday 2 September 2024',
        'Presenter: Colm Ashdown',
        'Slug: BRIDGE WORKS',
        'Headline: Old bridge to close for repairs',
        'Reporter: Yusra Penhale',
        'Dur: 0\'40"',
        '',
        'CUE: The old bridge over the Vale will close for three weeks from Monday for repairs.',
        '',
        'CLIP (Ed Morrow, engineer) IN: "The bearings..." OUT: "...safe again." DUR: 0\'09"',
        'The bearings have worn out and we need to replace them to make it safe again.',
        '',
        'Yusra Penhale, Vale Radio News.',
        '-- ENDS --',
        'Next: WEATHER',
      ].join('\n'),
    );
    expect(a.title).toBe('Old bridge to close for repairs');
    expect(a.authors).toEqual(['Yusra Penhale']);
    expect(a.publishedAt?.value).toBe('2024-09-02');
    expect(a.publisher).toBe('Vale Radio');
    expect(a.text).toBe(
      'The old bridge over the Vale will close for three weeks from Monday for repairs.\n\nThe bearings have worn out and we need to replace them to make it safe again.\n\nYusra Penhale, Vale Radio News.',
    );
  });
});

describe('a newspaper page in columns', () => {
  it('reads the running head, a headline over lines, indented paragraphs, hyphens undone but in a name; pull quote, specks and jump line out', () => {
    const a = folder.parse(
      'page.txt',
      [
        'THE ORRINGTON HERALD  Friday, 6 September 2024              11',
        ': .  ,',
        'School bus',
        'route cut as',
        'drivers leave',
        'By MAEVE DOLAN',
        'Transport Reporter',
        'Parents in three villages will have',
        'to drive children to school from next',
        'week after the county cut a bus route',
        'for lack of drivers, the Herald has',
        'learned.  |',
        '  The county said it had adver-',
        'tised the driving jobs twice. "We',
        '',
        '   "We simply cannot',
        '   find drivers"',
        '',
        'simply cannot find drivers this',
        'year," said Cllr Ravi Thorne-',
        'Wallis.',
        '~  Parents plan to meet on Tuesday.',
        '       Continued on Page 14',
      ].join('\n'),
    );
    expect(a.title).toBe('School bus route cut as drivers leave');
    expect(a.publisher).toBe('The Orrington Herald');
    expect(a.authors).toEqual(['Maeve Dolan']);
    expect(a.publishedAt?.value).toBe('2024-09-06');
    expect(a.text).toBe(
      [
        'Parents in three villages will have to drive children to school from next week after the county cut a bus route for lack of drivers, the Herald has learned.',
        'The county said it had advertised the driving jobs twice. "We simply cannot find drivers this year," said Cllr Ravi Thorne-Wallis.',
        'Parents plan to meet on Tuesday.',
      ].join('\n\n'),
    );
  });

  it('needs a running head with a date and a page number', () => {
    expect(unwrapAppCopy(['School bus', 'route cut', 'By JO ROE', 'Parents in three villages will have', 'to drive children.'].join('\n'))).toBeNull();
  });
});

describe('what is no Slack paste', () => {
  it('needs a sender name over the time, not a label with figures', () => {
    expect(unwrapAppCopy('Route 9  10:42 AM\nBuses resume after the snow.\n\nMore later.')).toBeNull();
  });
});
