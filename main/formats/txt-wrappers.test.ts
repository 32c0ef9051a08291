import { afterAll, describe, expect, it } from 'vitest';
import { TempFolder } from './temp-files.test-helper';
import { inTextCase, unwrapCopy } from './txt-wrappers';

const folder = new TempFolder();
afterAll(() => folder.remove());

describe('feed items pasted as text', () => {
  it('reads an RSS item: title with references, dc:creator in CDATA, RFC 822 pubDate, escaped HTML body, source', () => {
    const a = folder.parse(
      'item.txt',
      [
        '<item>',
        '  <title>Ferry operator&#39;s new route approved</title>',
        '  <link>https://www.elmportcourier.example/news/ferry-route</link>',
        '  <dc:creator><![CDATA[Dara Quill]]></dc:creator>',
        '  <pubDate>Tue, 04 Mar 2025 09:10:00 +0000</pubDate>',
        '  <description>&lt;p&gt;The harbour board approved the route on Monday.&lt;/p&gt;&lt;p&gt;Sailings start in June &amp;amp; run daily.&lt;/p&gt;</description>',
        '  <source url="https://www.elmportcourier.example/rss">The Elmport Courier</source>',
        '</item>',
      ].join('\n'),
    );
    expect(a.title).toBe("Ferry operator's new route approved");
    expect(a.authors).toEqual(['Dara Quill']);
    expect(a.publishedAt?.value).toBe('2025-03-04');
    expect(a.publisher).toBe('The Elmport Courier');
    expect(a.text).toBe('The harbour board approved the route on Monday.\n\nSailings start in June & run daily.');
  });

  it('reads an Atom entry inside its feed: the author name, the published date, the feed title\'s outlet without its section', () => {
    const a = folder.parse(
      'entry.txt',
      '<feed xmlns="http://www.w3.org/2005/Atom"><title>The Elmport Courier - Local news</title>\n<entry><title type="html">Tram line &amp; depot approved</title>\n<author><name>Priya Castellane</name></author><published>2023-09-14T08:00:00Z</published>\n<content type="html">&lt;p&gt;Councillors approved the tram line on Wednesday.&lt;/p&gt;</content></entry></feed>',
    );
    expect(a.title).toBe('Tram line & depot approved');
    expect(a.authors).toEqual(['Priya Castellane']);
    expect(a.publishedAt?.value.slice(0, 10)).toBe('2023-09-14');
    expect(a.publisher).toBe('The Elmport Courier');
    expect(a.text).toBe('Councillors approved the tram line on Wednesday.');
  });
});

describe('subtitles saved as text', () => {
  it('reads WebVTT: NOTE fields as title, reporter, broadcast date and source; one paragraph per cue', () => {
    const a = folder.parse(
      'report.txt',
      'WEBVTT\n\nNOTE\nTitle: Orchard growers fear late frost\nProgramme: Valley Tonight\nBroadcast: 2024-04-03\nReporter: Ines Farrow\nSource: Valley Television\n\n1\n00:00:00.000 --> 00:00:04.000\nA late frost has hit the orchards\nalong the valley floor.\n\n2\n00:00:04.200 --> 00:00:07.000\n<v Grower>We could lose half the crop.\n',
    );
    expect(a.title).toBe('Orchard growers fear late frost');
    expect(a.authors).toEqual(['Ines Farrow']);
    expect(a.publishedAt?.value).toBe('2024-04-03');
    expect(a.publisher).toBe('Valley Television');
    expect(a.text).toBe('A late frost has hit the orchards along the valley floor.\n\nWe could lose half the crop.');
  });

  it('reads SubRip cues without numbers or timings, and takes no cue for a headline', () => {
    const a = folder.parse(
      'ferry-report.txt',
      '1\n00:00:01,000 --> 00:00:04,000\nThe ferry service resumed\nthis morning after repairs.\n\n2\n00:00:04,500 --> 00:00:08,000\nPassengers said they were relieved.\n',
    );
    expect(a.title).toBe('ferry report');
    expect(a.text).toBe('The ferry service resumed this morning after repairs.\n\nPassengers said they were relieved.');
  });
});

describe('chat exports', () => {
  it('keeps the forwarded story of a chat, without prefixes, senders, the chat title or replies', () => {
    const a = folder.parse(
      'chat.txt',
      [
        'WhatsApp Chat with Street Group',
        '',
        '[03/02/2024, 18:20] Tomas: Forwarded',
        '[03/02/2024, 18:20] Tomas: *Harbour wall repairs to start in May*',
        '[03/02/2024, 18:20] Tomas: _The Elmport Courier | Dara Quill | 2 February 2024_',
        '',
        'Repairs to the harbour wall will start in May, the port authority said on Friday, after storms damaged a 40-metre section last winter.',
        '',
        'The work is expected to take three months.',
        '[03/02/2024, 18:25] Ines: Finally 👍',
      ].join('\n'),
    );
    expect(a.title).toBe('Harbour wall repairs to start in May');
    expect(a.authors).toEqual(['Dara Quill']);
    expect(a.publisher).toBe('The Elmport Courier');
    expect(a.publishedAt?.value).toBe('2024-02-02');
    expect(a.text).toBe(
      'Repairs to the harbour wall will start in May, the port authority said on Friday, after storms damaged a 40-metre section last winter.\n\nThe work is expected to take three months.',
    );
  });

  it('reads the Android export prefix ("dd/mm/yyyy, hh:mm - Name:")', () => {
    const out = unwrapCopy('03/02/2024, 18:20 - Tomas: Look\n03/02/2024, 18:21 - Ines: Harbour wall repairs to start in May\nRepairs to the harbour wall will start in May, the port authority said on Friday.\n03/02/2024, 18:25 - Tomas: Finally');
    expect(out?.text).toBe('Harbour wall repairs to start in May\nRepairs to the harbour wall will start in May, the port authority said on Friday.');
  });
});

describe('Teletext pages', () => {
  it('drops the header row, banner and fastext row; the capitals headline in the story\'s case; footer service and date', () => {
    const a = folder.parse(
      'page.txt',
      [
        'P150  VALEVIEW 150 Tue 4 Mar 08:15:22',
        '',
        ' VALEVIEW        LOCAL NEWS        150',
        '',
        ' ELMPORT FERRY SAILINGS',
        ' RESUME AFTER REPAIRS',
        '',
        'Ferry sailings from Elmport resumed',
        'this morning after two weeks of repairs',
        'to the ramp.',
        '',
        ' Sport 300  Tides 460  Next 151',
        '',
        ' ValeView Text 04/03/25',
      ].join('\n'),
    );
    expect(a.title).toBe('Elmport ferry sailings resume after repairs');
    expect(a.publisher).toBe('ValeView Text');
    expect(a.publishedAt?.value).toBe('2025-03-04');
    expect(a.authors).toEqual([]);
    expect(a.text).toBe('Ferry sailings from Elmport resumed this morning after two weeks of repairs to the ramp.');
  });

  it('cases a capitals headline by the words of the story, proper names kept', () => {
    expect(inTextCase('GALE HITS KELLANBY COAST', 'Winds hit the coast at Kellanby overnight. A gale warning stays.')).toBe('Gale hits Kellanby coast');
  });
});

describe('text without a wrapper', () => {
  it('is left to the plain-text reader', () => {
    expect(unwrapCopy('Harbour wall repairs to start in May\n\nRepairs will start in May.')).toBeNull();
  });
});

describe('text-mode browser dumps', () => {
  it('drops link numbers, the link-rel line, image lines and the list of link targets', () => {
    const a = folder.parse(
      'dump.txt',
      [
        '   #[1]Fellside Echo - Feed',
        '',
        '   [2]Fellside Echo',
        '',
        '   [3]Home > [4]News',
        '',
        '       Quarry road to get new crossing',
        '',
        '   By [5]Ana Quist',
        '   Published: 12 May 2023',
        '',
        '   [6][IMG] The quarry road',
        '',
        '   A zebra crossing will be added outside the school on the quarry',
        '   road after a [7]petition by parents, the county council said on',
        '   Friday.',
        '',
        'References',
        '',
        '   1. https://fellside.example/feed/',
        '   2. https://fellside.example/',
        '   3. https://fellside.example/',
        '   4. https://fellside.example/news/',
        '   5. https://fellside.example/author/aquist/',
        '   6. https://fellside.example/quarry.jpg',
        '   7. https://petitions.example/quarry',
      ].join('\n'),
    );
    expect(a.title).toBe('Quarry road to get new crossing');
    expect(a.authors).toEqual(['Ana Quist']);
    expect(a.publishedAt?.value).toBe('2023-05-12');
    expect(a.text).toBe('A zebra crossing will be added outside the school on the quarry road after a petition by parents, the county council said on Friday.');
  });

  it('leaves bracketed numbers without a list of targets alone', () => {
    expect(unwrapCopy('Prices [1]rose, [2]fell and [3]rose again.\n\nReferences\n\nSmith (2020).')).toBeNull();
  });
});

describe('shared documents downloaded with comments', () => {
  it("drops the comment anchors, the comment list and the document's own title above the story", () => {
    const a = folder.parse(
      'doc.txt',
      [
        '\uFEFFCopy of Ferry piece for Monday',
        'Comment freely',
        '',
        'Night ferry to run all summer',
        'By Ola Brandt',
        '2 June 2023',
        '',
        'The night ferry will run every weekend until September.[a]',
        '',
        'Tickets stay at four pounds.[b]',
        '',
        '',
        '[a]Check this against last year - Sam',
        '[b]Price confirmed.',
      ].join('\n'),
    );
    expect(a.title).toBe('Night ferry to run all summer');
    expect(a.authors).toEqual(['Ola Brandt']);
    expect(a.text).toBe('The night ferry will run every weekend until September.\n\nTickets stay at four pounds.');
  });
});

describe("a browser's print running lines", () => {
  it('drops the print date, page title, address and page counter; keeps the site after the bar', () => {
    const a = folder.parse(
      'print.txt',
      [
        '21/06/2023, 10:02 Lido to open early | Ashby Post',
        'Lido to open early',
        'By Nell Garvey',
        'Published 14 June 2023',
        'The lido will open on Saturday, a week earlier than planned.',
        'https://ashbypost.example/lido 1/2',
        '21/06/2023, 10:02 Lido to open early | Ashby Post',
        'Lifeguards have been recruited from the swimming club.',
        'https://ashbypost.example/lido 2/2',
      ].join('\n'),
    );
    expect(a.publisher).toBe('Ashby Post');
    expect(a.publishedAt?.value).toBe('2023-06-14');
    expect(a.text).not.toMatch(/1\/2|10:02/);
  });
});

describe('OneNote pages', () => {
  it("reads what was pasted into a page, not the page's title, the day it was made or the notes after it", () => {
    const paragraphs = [
      'The county council said on Monday that the river bridge on the main road into town will close for three weeks from next month while engineers replace its bearings.',
      'Buses will run on a diversion through the town centre, adding about ten minutes to each journey, the council said.',
    ];
    const a = folder.parse(
      'onenote.txt',
      ['Bridge – for the residents meeting', 'Wednesday, 7 May 2025', '10:42 AM', '', 'River bridge to shut for three weeks', 'By Anika Stroud', 'Posted Mon 5 May 2025 at 6:10am', ...paragraphs, '', 'Pasted from <https://news.example/2025/05/05/bridge>', '', '→ ask the council for the detour map'].join('\n'),
    );
    expect(a.title).toBe('River bridge to shut for three weeks');
    expect(a.authors).toEqual(['Anika Stroud']);
    expect(a.publishedAt?.value).toBe('2025-05-05');
    expect(a.text).not.toContain('detour map');
    expect(a.text).not.toContain('Pasted from');
  });
});

describe('a notes-database page copied as text (text43 kinds, invented example)', () => {
  const story = [
    'Westport council voted late on Monday to rebuild the harbour road, which has flooded four times since the spring and closed twice for a week at a time.',
    'Work will start in March and is expected to take eleven months, the council\'s engineer told the meeting, with one lane kept open for buses throughout.',
    'Residents who use the road every day said the plan was welcome but had come too late for the winter, when the worst of the flooding usually comes.',
  ];
  const page = (properties: string[]) =>
    ['HL – harbour road notes', ...properties, '📌 Compare with the county plan due in May.', '---', 'Westport', 'Council backs rebuild of the harbour road after four floods', 'The road has flooded four times since the spring.', 'By Jane Roe-Doe', '2028-03-14 00:25', ...story, '▸ My notes', '• Ask the engineer for the costings', '• Check the county plan'].join('\n');

  it('reads the pasted story, not the page\'s title, creation time, callout or notes, and takes the source property for the outlet', () => {
    const a = folder.parse('notion.txt', page(['Source', 'Harbour Ledger', 'URL', 'https://harbourledger.example/news/harbour-road', 'Created', 'March 17, 2028 7:12 PM', 'Tags', 'roads, floods']));
    expect(a.title).toBe('Council backs rebuild of the harbour road after four floods');
    expect(a.publishedAt?.value).toMatch(/^2028-03-14/);
    expect(a.authors).toEqual(['Jane Roe-Doe']);
    expect(a.publisher).toBe('Harbour Ledger');
    expect(a.text).toBe(story.join('\n\n'));
  });

  it('takes a source property that is the story\'s address for its link, not its outlet', () => {
    const a = folder.parse('notion-link.txt', page(['Source', 'https://harbourledger.example/news/harbour-road', 'Created', 'March 17, 2028 7:12 PM', 'Tags', 'roads']));
    expect(a.publishedAt?.value).toMatch(/^2028-03-14/);
    expect(a.publisher ?? '').not.toMatch(/^https?:/);
    expect(a.text).toBe(story.join('\n\n'));
  });
});

describe('a chat saved from a desktop messenger (text45 kinds, invented example)', () => {
  it('reads the story one member pasted into a chat whose messages open with the sender and time in brackets', () => {
    const story = [
      'The county council voted on Tuesday to rebuild the harbour road, which has flooded four times since the spring and closed twice for a week at a time.',
      'Work will start in March and is expected to take eleven months, the council\'s engineer told the meeting, with one lane kept open for buses throughout.',
      'Residents who use the road every day said the plan was welcome but had come too late for the winter, when the worst of the flooding usually comes.',
    ];
    const text = ['Coast desk (4) Chats', 'Date Saved : 2028-06-17 09:41:22', '', '--------------- Thursday, June 15, 2028 ---------------', '[Ann Poe] [5:48 PM] Heads up, the council is supposed to vote on the road today', '[Tom Moe] [5:52 PM] send it over when it is out', '--------------- Friday, June 16, 2028 ---------------', '[Ann Poe] [12:15 AM] Site keeps timing out so here is the text', 'The Harbour Herald', 'Local', 'Council backs rebuild of the harbour road after four floods', 'Published : June 15, 2028 - 23:47', ...story, 'BY JANE ROE, JOHN DOE [jroe@harbourherald.example]', '[Tom Moe] [12:31 AM] thanks!! the cost is higher than I expected', '[Ann Poe] [8:09 AM] yes everything on their site is local time'].join('\n');
    const a = folder.parse('messenger.txt', text);
    expect(a.title).toBe('Council backs rebuild of the harbour road after four floods');
    expect(a.publisher).toBe('The Harbour Herald');
    expect(a.authors).toEqual(['Jane Roe', 'John Doe']);
    expect(a.text).toBe(story.join('\n\n'));
  });
});

describe('a media log record and a chat history exported as rows (text48 kinds, invented examples)', () => {
  const story = [
    'The district council voted on Monday to close the old quarry road to lorries from the first of next month, after residents of two villages complained of dust and cracked walls.',
    'Lorries will use a new bypass instead, which adds four kilometres to each trip, the council\'s roads officer told the meeting, and the quarry has agreed to pay for the extra signs.',
    'Residents who had campaigned for the closure since the spring said they were relieved but would watch whether drivers kept to the new route at night.',
    'The quarry\'s manager said the firm would fit covers to every lorry by the end of the month and had already hired a second water bowser to damp down the yard on dry days.',
    'Councillors will review the closure in six months, when the roads officer is due to report on traffic counts on the bypass and on any damage to the village streets.',
  ];

  it('reads the pasted story out of an expanded record\'s full-text field, not the record\'s own name, logger or dates', () => {
    const text = ['Dust Watch — Media log 2028', 'Data', 'Automations', 'Grid view', 'Quarry road: lorries banned (Courier)', '3 of 98', 'Item', 'Quarry road: lorries banned (Courier)', 'Outlet', 'The Vale Courier', 'Date seen', '21/03/2028', 'Logged by', 'Ann Poe', 'Status', 'To verify', 'URL', 'https://valecourier.example/news/quarry-road-lorries', 'Full text', 'THE VALE COURIER', 'Council closes quarry road to lorries after dust complaints', 'By Jane Roe-Doe, Valeford', 'Tuesday, 14 March 2028', ...story, 'Attachments', 'courier_p5.jpg', 'Notes', 'Ask the council for the vote record.', 'Activity', 'Ann Poe created this record', '3/21/2028 2:14pm'].join('\n');
    const a = folder.parse('record.txt', text);
    expect(a.title).toBe('Council closes quarry road to lorries after dust complaints');
    expect(a.authors).toEqual(['Jane Roe-Doe']);
    expect(a.publishedAt?.value).toMatch(/^2028-03-14/);
    expect(a.publisher).toBe('The Vale Courier');
    expect(a.text).toBe(story.join('\n\n'));
  });

  it('takes the record\'s headline field, and leaves its UTC date for the day the pasted story gives', () => {
    const text = ['Roads Media Monitor 2028', 'Coverage', 'Grid view', 'Quarry road (14 Mar)', 'Record 7 of 40', 'Headline', 'Council closes quarry road to lorries after dust complaints', 'Outlet', 'The Vale Courier', 'Pub date (UTC)', '3/13/2028 11:40pm', 'Added', '3/15/2028 9:03am', 'Added by', 'Ann Poe', 'Full text', 'Jane Roe', 'Valeford', 'Published at : March 14, 2028', ...story, 'Notes', 'Use the residents\' quote in the brief. — AP', 'Comments', 'Tom Moe', '3/15/2028 10:12am', 'Checked the figures.'].join('\n');
    const a = folder.parse('record-utc.txt', text);
    expect(a.title).toBe('Council closes quarry road to lorries after dust complaints');
    expect(a.authors).toEqual(['Jane Roe']);
    expect(a.publishedAt?.value).toMatch(/^2028-03-14/);
    expect(a.publisher).toBe('The Vale Courier');
    expect(a.text).toBe(story.join('\n\n'));
  });

  it('reads the longest message of a chat exported as comma-separated rows, a quoted field over many lines', () => {
    const pasted = ['The Vale Courier', 'Council closes quarry road to lorries after dust complaints', 'By Jane Roe and John Doe', 'March 14, 2028 | 11:50 PM', ...story, '(end of article)'];
    const rows = [
      'Date,Time,Sender Name,Sender Phone Number,Message',
      '14/03/2028,17:58,Ann Poe,+44 7700 900001,"Anyone seen the council vote on the quarry road?"',
      '14/03/2028,18:03,Tom Moe,+44 7700 900002,"Not yet, will look tonight"',
      '15/03/2028,00:24,Tom Moe,+44 7700 900002,"https://valecourier.example/news/2028/03/14/quarry-road-lorries"',
      `15/03/2028,00:26,Tom Moe,+44 7700 900002,"Their site is slow, so the text is here:\n\n${pasted.join('\n').replace(/"/g, '""')}"`,
      '15/03/2028,00:31,Ann Poe,+44 7700 900001,"Thanks, that ""four kilometres"" figure is new"',
      '15/03/2028,07:13,Ann Poe,+44 7700 900001,"Sticker message"',
    ];
    const a = folder.parse('chat.csv.txt', rows.join('\n'));
    expect(a.title).toBe('Council closes quarry road to lorries after dust complaints');
    expect(a.authors).toEqual(['Jane Roe', 'John Doe']);
    expect(a.publishedAt?.value).toMatch(/^2028-03-14/);
    expect(a.publisher).toBe('The Vale Courier');
    expect(a.text).toBe(story.join('\n\n'));
  });
});
