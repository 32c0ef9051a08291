import { afterAll, describe, expect, it } from 'vitest';
import { TempFolder } from './temp-files.test-helper';
import { unwrapNewsDatabase } from './txt-databases';

const folder = new TempFolder();
afterAll(() => folder.remove());

describe('Factiva exports', () => {
  const factiva = [
    'Factiva',
    '',
    'Documents          Page 1 of 1 © 2023 Factiva, Inc. All rights reserved.',
    '',
    'HD  Harbour dredging contract goes to',
    '    Dutch firm',
    'BY  By Orla Penhaligon',
    'WC  212 words',
    'PD  3 November 2023',
    'SN  Portwenn Packet',
    'SC  PRTPKT',
    'CY  © 2023 Packet Newspapers plc.',
    '',
    'LP',
    'The harbour commissioners have awarded the dredging contract to a Rotterdam company.',
    '',
    'TD',
    'Work will start in January and last eleven weeks.',
    '',
    'IN a meeting on Friday, the board also set new mooring fees.',
    '',
    'NS  gcat : Political/General News',
    'PUB Packet Newspapers plc',
    'AN  Document PRTPKT0020231103ejb30000a',
    '',
    'Search Summary',
    'Timestamp     4 December 2023 10:02',
  ].join('\n');

  it('reads the codes: headline over two lines, byline, date, source; lead and text blocks are the story', () => {
    const a = folder.parse('factiva.txt', factiva);
    expect(a.title).toBe('Harbour dredging contract goes to Dutch firm');
    expect(a.authors).toEqual(['Orla Penhaligon']);
    expect(a.publishedAt?.value).toBe('2023-11-03');
    expect(a.publisher).toBe('Portwenn Packet');
    // "IN a meeting" is a sentence, not the industry code; index codes and the search summary are not text.
    expect(a.text).toBe(
      'The harbour commissioners have awarded the dredging contract to a Rotterdam company.\n\nWork will start in January and last eleven weeks.\n\nIN a meeting on Friday, the board also set new mooring fees.',
    );
  });

  it('leaves text with a stray code-like line alone', () => {
    expect(unwrapNewsDatabase(['HD  Not an export', '', 'Just a paragraph.'])).toBeNull();
  });
});

describe('Nexis Uni exports', () => {
  const nexis = [
    'User Name: GLENMORE COLLEGE',
    'Date and Time: Monday, March 4, 2024 9:30:00 AM EST',
    'Job Number: 1234567',
    '',
    'Document (1)',
    '',
    ' 1. Mill chimney to be saved after appeal',
    'Client/Matter: -None-',
    'Search Terms: chimney',
    'Content Type          Narrowed by',
    'News                  Sources: The Brackley Standard',
    '',
    '                       Mill chimney: landmark to be saved after appeal',
    '',
    '                              The Brackley Standard',
    '                            February 9, 2024 Friday',
    '                                  Main Edition',
    '',
    'Copyright 2024 Standard Group Ltd All Rights Reserved',
    '',
    'Section: LOCAL; Pg. 3',
    'Length: 98 words',
    'Byline: Tomasz Wren, Heritage Reporter',
    'Dateline: BRACKLEY',
    'Highlight: Inspector overturns demolition consent',
    '',
    'Body',
    '',
    '',
    'The 1870s chimney at Hollins Mill will stay after a planning inspector upheld an appeal.',
    '',
    'The owners said they would now look at repairing it.',
    '',
    '',
    'Load-Date: February 10, 2024',
    '',
    '',
    '  End of Document',
  ].join('\n');

  it('reads the headline, source and date above the fields, the byline without its role, the body', () => {
    const a = folder.parse('nexis.txt', nexis);
    expect(a.title).toBe('Mill chimney: landmark to be saved after appeal');
    expect(a.publisher).toBe('The Brackley Standard');
    // Not the download date (4 March) nor the load date (10 February).
    expect(a.publishedAt?.value).toBe('2024-02-09');
    expect(a.authors).toEqual(['Tomasz Wren']);
    // The highlight is a standfirst and the dateline field a bare place: neither is text.
    expect(a.text).toBe('The 1870s chimney at Hollins Mill will stay after a planning inspector upheld an appeal.\n\nThe owners said they would now look at repairing it.');
  });
});

describe('ProQuest records', () => {
  it('reads the full text between its label and the trailing fields, a surname-first author, the publication fields', () => {
    const a = folder.parse(
      'proquest.txt',
      [
        'Canal towpath to be resurfaced',
        '',
        'Author: Pellow, Martin',
        '',
        'Publication info: The Wrenfield Star; Wrenfield. 14 Feb 2024: A.6.',
        '',
        'Abstract: None available.',
        '',
        'Full text: The towpath between the two locks will be resurfaced this spring.',
        '',
        'Work starts in March, the trust said.',
        '',
        'Subject: Canals;',
        'Publication title: The Wrenfield Star',
        'Publication date: Feb 14, 2024',
        'ProQuest document ID: 2931155',
        'Last updated: 2024-02-15',
      ].join('\n'),
    );
    expect(a.title).toBe('Canal towpath to be resurfaced');
    expect(a.authors).toEqual(['Martin Pellow']);
    expect(a.publisher).toBe('The Wrenfield Star');
    expect(a.publishedAt?.value).toBe('2024-02-14');
    expect(a.text).toBe('The towpath between the two locks will be resurfaced this spring.\n\nWork starts in March, the trust said.');
  });
  it('takes the headline below the export counter, a "Byline:" credit and the paper without its place', () => {
    const a = folder.parse(
      'proquest-counter.txt',
      [
        'Document 2 of 7',
        '',
        'Ferry fares frozen for a second year',
        '',
        'Byline: Tamsin Orrell; Idris Vane',
        'Publication title: The Lowmarsh Courier; Lowmarsh',
        'Publication date: Sep 9, 2022',
        '',
        'Full text: LOWMARSH - Ferry fares will stay as they are until next autumn, the operator said on Friday.',
        '',
        'The freeze follows a year of complaints from island residents.',
        '',
        'ProQuest document ID: 7712004',
      ].join('\n'),
    );
    expect(a.title).toBe('Ferry fares frozen for a second year');
    expect(a.authors).toEqual(['Tamsin Orrell', 'Idris Vane']);
    expect(a.publisher).toBe('The Lowmarsh Courier');
    expect(a.publishedAt?.value).toBe('2022-09-09');
  });
});

describe('older LexisNexis copies', () => {
  it('starts the story after the capitals fields when no "Body" label sets it apart', () => {
    const a = folder.parse(
      'lexis.txt',
      [
        '                               1 of 3 DOCUMENTS',
        '',
        '                              The Corran Mercury',
        '',
        '                          October 2, 2019 Wednesday',
        '',
        'Lighthouse keeper\'s cottage sold',
        '',
        'SECTION: NEWS; Pg. 11',
        '',
        'LENGTH: 64 words',
        '',
        'BYLINE: Iona Breck',
        '',
        'The cottage beside Corran lighthouse has been sold to a local trust.',
        '',
        'It will open to visitors next summer.',
        '',
        'LOAD-DATE: October 3, 2019',
        '',
        'LANGUAGE: ENGLISH',
      ].join('\n'),
    );
    expect(a.title).toBe("Lighthouse keeper's cottage sold");
    expect(a.publisher).toBe('The Corran Mercury');
    expect(a.authors).toEqual(['Iona Breck']);
    expect(a.publishedAt?.value).toBe('2019-10-02');
    expect(a.text).toBe('The cottage beside Corran lighthouse has been sold to a local trust.\n\nIt will open to visitors next summer.');
  });
});

describe('EBSCOhost records and newer ProQuest layouts', () => {
  it('reads an EBSCOhost record: title without its full stop, authors a line each, the paper without its country', () => {
    const a = folder.parse(
      'ebsco.txt',
      [
        'EBSCOhost',
        'Record: 1',
        'Title: Quarry expansion approved despite dust complaints.',
        'Authors: Vasquez, Odile',
        'Brennan, Cathal',
        'Source: Dunmore Clarion (Ireland). 10/7/2021.',
        'Document Type: Article',
        'Subject Terms: *QUARRIES',
        '*DUST',
        'Accession Number: 9XK2200418',
        'Database: Newspaper Source',
        '',
        'QUARRY EXPANSION APPROVED DESPITE DUST COMPLAINTS',
        '',
        'The county council has approved a larger quarry at Ballyfin, despite complaints about dust from nearby homes.',
        '',
        'Work on the new face will begin next spring.',
        '',
        'Copyright of Dunmore Clarion is the property of its publisher and its content may not be copied without permission.',
      ].join('\n'),
    );
    expect(a.title).toBe('Quarry expansion approved despite dust complaints');
    expect(a.authors).toEqual(['Odile Vasquez', 'Cathal Brennan']);
    expect(a.publisher).toBe('Dunmore Clarion');
    expect(a.publishedAt?.value).toBe('2021-10-07');
    expect(a.text).toBe('The county council has approved a larger quarry at Ballyfin, despite complaints about dust from nearby homes.\n\nWork on the new face will begin next spring.');
  });

  it('reads a ProQuest record whose story sits under a "FULL TEXT" heading and over a "DETAILS" block', () => {
    const a = folder.parse(
      'proquest-details.txt',
      [
        'ProQuest',
        '',
        'Lifeboat station gets new crew room',
        '',
        'Quayle, Morwenna.',
        '',
        'FULL TEXT',
        'Volunteers at the lifeboat station will have a new crew room by the summer.',
        'The old one flooded twice last winter.',
        '',
        'DETAILS',
        '',
        'Title:\tLifeboat station gets new crew room',
        'Author:\tQuayle, Morwenna',
        'Publication title:\tThe Penhallow Packet; Penhallow (UK)',
        'Publication date:\tFeb 2, 2023',
        'ProQuest document ID:\t1234567',
      ].join('\n'),
    );
    expect(a.title).toBe('Lifeboat station gets new crew room');
    expect(a.authors).toEqual(['Morwenna Quayle']);
    expect(a.publisher).toBe('The Penhallow Packet');
    expect(a.publishedAt?.value).toBe('2023-02-02');
    expect(a.text).toContain('new crew room by the summer');
    expect(a.text).not.toContain('DETAILS');
  });
});
