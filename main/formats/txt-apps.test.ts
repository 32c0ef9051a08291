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
  it('reads the words read on air; header fields give title, reporter and date; production labels, cues and the sign-off are out', () => {
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
      'The old bridge over the Vale will close for three weeks from Monday for repairs.\n\nThe bearings have worn out and we need to replace them to make it safe again.',
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

describe('threads copied from a social network', () => {
  const thread = [
    'Home',
    'Explore',
    '',
    'The Dunmore Herald',
    '@herald@news.dunmore.example',
    '',
    'Swimming baths to close for a year of repairs 🧵 1/4',
    '',
    '#Dunmore',
    '',
    'Mar 2, 2024, 08:10 · Web',
    '3 boosts · 5 favourites',
    '',
    'The Dunmore Herald',
    '@herald@news.dunmore.example',
    '',
    'The Victoria Road baths will shut in May while the roof is replaced. 2/4',
    '',
    'Mar 2, 2024, 08:11 · Web',
    '',
    'The Dunmore Herald',
    '@herald@news.dunmore.example',
    '',
    'The gym next door stays open 24/7 during the work. 3/4',
    '',
    'The Dunmore Herald',
    '@herald@news.dunmore.example',
    '',
    'Full story by @kemi@dunmore.social (Kemi Adeyinka) on our website:',
    'news.dunmore.example/baths-repairs',
    '4/4',
    '',
    'Ray Poole',
    '@raypoole@social.example',
    '@herald about time too.',
  ].join('\n');

  it("reads the account's posts: headline without counter and thread mark, paragraphs, the credited reporter", () => {
    const a = folder.parse('thread.txt', thread);
    expect(a.title).toBe('Swimming baths to close for a year of repairs');
    expect(a.authors).toEqual(['Kemi Adeyinka']);
    expect(a.publisher).toBe('The Dunmore Herald');
    expect(a.publishedAt?.value).toBe('2024-03-02');
    // Counters go, "24/7" stays; the link, hashtags, counts and the reply are not text.
    expect(a.text).toBe('The Victoria Road baths will shut in May while the roof is replaced.\n\nThe gym next door stays open 24/7 during the work.');
  });

  it('needs three posts by one account', () => {
    expect(unwrapAppCopy(['Jane Roe', '@jane@social.example', 'One post.', '', 'Bob Lee', '@bob@social.example', 'A reply.'].join('\n'))).toBeNull();
  });
});

describe('feed-reader panes', () => {
  it('reads the pane after the sidebar: feed name as outlet, headline, author, date; the address is not text', () => {
    const a = folder.parse(
      'pane.txt',
      [
        'Today\t4',
        'All Unread\t37',
        '',
        'Kestrel Valley News — Environment\t2',
        'Otters return to the Kestrel',
        'Kestrel Valley News — Environment',
        'Otters return to the Kestrel',
        'Pavel Marsh',
        '8 June 2023 at 07:45',
        '',
        'Otters have been filmed on the river for the first time in forty years.',
        '',
        'https://kestrelvalley.example/otters',
      ].join('\n'),
    );
    expect(a.title).toBe('Otters return to the Kestrel');
    expect(a.authors).toEqual(['Pavel Marsh']);
    expect(a.publisher).toBe('Kestrel Valley News');
    expect(a.publishedAt?.value).toBe('2023-06-08');
    expect(a.text).toBe('Otters have been filmed on the river for the first time in forty years.');
  });
  it('takes the headline above the feed name when an RSS author field and a date follow the name', () => {
    const a = folder.parse(
      'pane-above.txt',
      [
        'Starred\t3',
        'Unread\t12',
        'Marrow Bay Herald — Local\t5',
        'Ferry timetable cut for winter',
        'Marrow Bay Herald — Local · 2h',
        'Ferry timetable cut for winter',
        'Marrow Bay Herald — Local',
        'desk@marrowbay.example (Ines Calloway)',
        '03.11.2025, 08:10',
        '',
        'The island ferry will sail four times a day instead of six from next week, the operator said.',
      ].join('\n'),
    );
    expect(a.title).toBe('Ferry timetable cut for winter');
    expect(a.authors).toEqual(['Ines Calloway']);
    expect(a.publisher).toBe('Marrow Bay Herald');
    expect(a.publishedAt?.value).toBe('2025-11-03');
  });
});

describe('broadcast-monitoring clip reports', () => {
  it('reads the fields and the caption turns; the anchor, the service and its lines are not the story', () => {
    const a = folder.parse(
      'clip.txt',
      [
        'CLIPWATCH MEDIA MONITORING',
        '',
        'Station:   WKTB-TV (Channel 9, Harlow)',
        'Program:   Nine News at Five',
        'Air Date:  Wed 03/06/2024',
        'Headline:  Bridge inspection closes Route 4 overnight',
        'Reporter:  Dana Whitlock',
        'Anchor:    Luis Ferrante',
        '',
        'Transcript (from closed captions)',
        '',
        '>> GOOD EVENING. ROUTE 4 WILL CLOSE TONIGHT FOR A BRIDGE INSPECTION.',
        '>> CREWS WILL WORK FROM TEN UNTIL FIVE.',
        '',
        '------------------------',
        'Copyright 2024 ClipWatch Inc.',
      ].join('\n'),
    );
    expect(a.title).toBe('Bridge inspection closes Route 4 overnight');
    expect(a.authors).toEqual(['Dana Whitlock']);
    expect(a.publisher).toBe('WKTB-TV');
    // 6 March 2024 was a Wednesday, 3 June a Monday: the weekday settles the order.
    expect(a.publishedAt?.value).toBe('2024-03-06');
    expect(a.text).toBe('GOOD EVENING. ROUTE 4 WILL CLOSE TONIGHT FOR A BRIDGE INSPECTION.\n\nCREWS WILL WORK FROM TEN UNTIL FIVE.');
  });
});

describe('Kindle clippings', () => {
  it("reads the story's highlights among a book's, without the reader's notes, bookmarks or the reading times", () => {
    const clip = (document: string, kind: string, text: string) => [document, `- Your ${kind} on Location 10-12 | Added on Monday, 3 June 2024 22:10:05`, '', text, '=========='];
    const page = 'Dam inspection finds cracks in spillway - The Lakeside Courier (lakesidecourier.example)';
    const a = folder.parse(
      'My Clippings.txt',
      [
        ...clip('Winter Orchard (Ada Lune)', 'Highlight', 'The apples waited under the snow like a promise.'),
        ...clip(page, 'Highlight', 'By Ruth Okafor | 31 May 2024'),
        ...clip(page, 'Highlight', 'Engineers found three cracks in the spillway of the Lakeside dam during an inspection on Thursday, the water board said.'),
        ...clip(page, 'Note', 'check the 2019 report'),
        ...clip(page, 'Bookmark', ''),
        ...clip(page, 'Highlight', 'Repairs will start before the autumn rains.'),
        ...clip('Winter Orchard (Ada Lune)', 'Highlight', 'Nobody in the valley kept a calendar.'),
      ].join('\n'),
    );
    expect(a.title).toBe('Dam inspection finds cracks in spillway');
    expect(a.publisher).toBe('The Lakeside Courier');
    expect(a.authors).toEqual(['Ruth Okafor']);
    expect(a.publishedAt?.value).toBe('2024-05-31');
    expect(a.text).toBe('Engineers found three cracks in the spillway of the Lakeside dam during an inspection on Thursday, the water board said.\n\nRepairs will start before the autumn rains.');
  });
});

describe('a task board\'s card copied whole (text44 kinds, invented example)', () => {
  it('reads the story pasted into the card\'s description, past the team\'s note, and not its checklist or activity', () => {
    const story = [
      'The county council voted on Tuesday to rebuild the harbour road, which has flooded four times since the spring and closed twice for a week at a time.',
      'Work will start in March and is expected to take eleven months, the council\'s engineer told the meeting, with one lane kept open for buses throughout.',
      'Residents who use the road every day said the plan was welcome but had come too late for the winter, when the worst of the flooding usually comes.',
    ];
    const text = ['Harbour road — follow up', 'in list To verify', 'Members', 'JR', 'Labels', 'Roads', 'Dates', 'Mar 12 - Mar 19, 5:00 PM', 'Description', 'Edit', 'Pasted from their site on Friday. Need a second source on the cost figure. — Ann', '', 'The Harbour Tide', 'Local', 'Council backs rebuild of the harbour road after four floods', 'By Jane Roe', 'Thursday, March 9, 2028', ...story, '', 'Checklist', 'Call the engineer', 'Activity', 'Write a comment…', 'John Doe', 'Mar 13, 2028, 4:22 PM', 'Spoke to the engineer. He confirms the figure but says the work starts in April.'].join('\n');
    const a = folder.parse('card.txt', text);
    expect(a.title).toBe('Council backs rebuild of the harbour road after four floods');
    expect(a.publisher).toBe('The Harbour Tide');
    expect(a.publishedAt?.value).toBe('2028-03-09');
    expect(a.text).toBe(story.join('\n\n'));
  });
});

describe('a task board\'s card copied open over the board (text45 kinds, invented example)', () => {
  it('reads the card\'s description under the lists behind it, and not the first card of the board', () => {
    const story = [
      'The county council voted on Tuesday to rebuild the harbour road, which has flooded four times since the spring and closed twice for a week at a time.',
      'Work will start in March and is expected to take eleven months, the council\'s engineer told the meeting, with one lane kept open for buses throughout.',
      'Residents who use the road every day said the plan was welcome but had come too late for the winter, when the worst of the flooding usually comes.',
    ];
    const text = ['Trello', 'Workspaces', 'Recent', 'Starred', 'Templates', 'Create', 'Search', 'Coast monitoring', 'Board', 'Table', 'Filters', 'Share', 'Inbox', 'Westland: port fee rules — confirm with ministry statement', 'Eastport dredging follow-up', 'Harbour road — check council figures', '+ Add a card', 'Checking', 'Fuel queues — two sources disagree on dates', '+ Add a card', 'Done', 'Ferry levy story filed', '+ Add a card', 'Harbour road — check council figures', 'in list Inbox', 'Notifications', 'Watch', 'Labels', 'Roads', '+', 'Dates', 'Jun 19, 2028, 12:00 PM', 'Due soon', 'Description', 'Edit', 'Pasted from the Evening Post (their site was down later in the day, so keeping the full text here). Cost figures to be checked.', 'EVENING POST', 'News', 'Council backs rebuild of the harbour road after four floods', 'Jane Roe, Senior Reporter', 'Thursday, 15 June 2028', ...story, 'Source: https://www.eveningpost.example/news/2028/06/15/harbour-road', 'Attachments', 'dam_levels.png', 'Added Jun 16, 2028, 8:44 AM', 'Comment', 'Delete', 'Edit', 'Activity', 'Show details', 'Write a comment…', 'Ann Poe', 'Does the work start on Monday or Tuesday? Their graphic says Monday.', 'Jun 16, 2028, 8:55 AM • Reply • Delete', 'Tom Moe added this card to Inbox', 'Jun 16, 2028, 8:41 AM'].join('\n');
    const a = folder.parse('board-card.txt', text);
    expect(a.title).toBe('Council backs rebuild of the harbour road after four floods');
    expect(a.publishedAt?.value).toBe('2028-06-15');
    expect(a.authors).toEqual(['Jane Roe']);
    expect(a.text).toBe(story.join('\n\n'));
  });
});

describe('an issue copied from a code-hosting site (text46 kinds, invented example)', () => {
  it('reads the story pasted into the issue\'s first comment, its source link for the date, and not the claims list, events or later comments', () => {
    const story = [
      'WESTPORT – The county council voted on Tuesday to rebuild the harbour road, which has flooded four times since the spring and closed twice for a week at a time.',
      'Work will start in March and is expected to take eleven months, the council\'s engineer told the meeting, with one lane kept open for buses throughout.',
      'Residents who use the road every day said the plan was welcome but had come too late for the winter, when the worst of the flooding usually comes.',
    ];
    const text = ['Skip to content', 'Navigation Menu', 'coast-lab', '/', 'claims-tracker', 'Type / to search', 'Code', 'Issues', '42', 'Pull requests', '3', 'Verify: harbour road "four floods" (Harbour Post, Thu 13 Jul) #218', 'Open', 'ann-poe opened this issue 3 days ago · 3 comments', '@ann-poe', 'ann-poe commented 3 days ago • edited', 'Source: https://harbourpost.example/local/2028/07/14/harbour-road-rebuild', 'Pasting the full text because the site logs you out after two articles. Claims to check are listed at the bottom.', 'Harbour Post', 'Local', 'Council backs rebuild of the harbour road after four floods', 'Reporter: Jane Roe | Editor: John Doe', 'Friday, 14 July 2028 | 00:35', ...story, 'Claims to check:', '1. Four floods since the spring (whose count?)', '2. Eleven months of work', '👀 2', '@ann-poe ann-poe added the needs-source label 3 days ago', '@tom-moe', 'tom-moe commented 2 days ago', 'The council minutes say three floods, not four. The fourth was a burst main, which is not the same thing at all.', 'Add a comment'].join('\n');
    const a = folder.parse('issue.txt', text);
    expect(a.title).toBe('Council backs rebuild of the harbour road after four floods');
    expect(a.publishedAt?.value).toMatch(/^2028-07-14/);
    expect(a.authors).toEqual(['Jane Roe']);
    expect(a.publisher).toBe('Harbour Post');
    expect(a.text).toBe(story.join('\n\n'));
  });
});
