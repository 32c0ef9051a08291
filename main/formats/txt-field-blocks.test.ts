import { afterAll, describe, expect, it } from 'vitest';
import { TempFolder } from './temp-files.test-helper';

const folder = new TempFolder();
afterAll(() => folder.remove());

const body = [
  'MARLOW FERRY — The county board approved a second ferry for the Marlow crossing on Tuesday, ending a two-year dispute over who would pay for it.',
  '',
  'The new vessel will carry 40 cars and is due to enter service next spring, the board said in a statement after the vote.',
  '',
  '"This is the crossing our town has waited for," said board member Ines Calloway, who proposed the plan.',
];

describe('a story under a block of labelled fields', () => {
  it("reads a clipping report's tab-separated fields: headline, byline, the publication and its date, not the report's", () => {
    const a = folder.parse(
      'clip.txt',
      [
        'PRESS CLIPPINGS — WEEK 12',
        'Compiled by:\tOrla Pennant, Communications Officer',
        'Date compiled:\t22 March 2024',
        '',
        'Newspaper:\tThe Marlow Sentinel',
        'Date:\t19 March 2024 (Tuesday)',
        'Page:\t4',
        'Headline:\tCounty board backs second Marlow ferry',
        'Journalist:\tTeodor Vance and Amaya Reel',
        '',
        '[FULL TEXT]',
        '',
        ...body,
        '',
        '--- END OF ARTICLE ---',
        '',
        'Remarks:\tNeutral.',
      ].join('\n'),
    );
    expect(a.title).toBe('County board backs second Marlow ferry');
    expect(a.authors).toEqual(['Teodor Vance', 'Amaya Reel']);
    expect(a.publishedAt?.value).toBe('2024-03-19');
    expect(a.publisher).toBe('The Marlow Sentinel');
    expect(a.text.startsWith('MARLOW FERRY — The county board')).toBe(true);
    expect(a.text).not.toContain('Remarks');
    expect(a.text).not.toContain('END OF');
  });

  it("reads an agency's routing block: the reporter FROM it files, the dotted filing date, the suggested headline, the agency as publisher", () => {
    const a = folder.parse(
      'agency.txt',
      [
        'HARBOUR COURT NEWS',
        '',
        'TO:          All desks',
        'FROM:        Lewis Drummond, Portlee Sheriff Court',
        'FILED:       05.02.24  11:40',
        'SLUG:        COURT-FERRY',
        'WORDS:       210',
        '',
        'NOTE TO DESK: Check spelling of the accused before publication.',
        '',
        'SUGGESTED HEADLINE: Ferry deckhand fined over unsafe ramp',
        '',
        ...body,
        '',
        'ENDS',
      ].join('\n'),
    );
    expect(a.title).toBe('Ferry deckhand fined over unsafe ramp');
    expect(a.authors).toEqual(['Lewis Drummond']);
    expect(a.publishedAt?.value).toBe('2024-02-05');
    expect(a.publisher?.toLowerCase()).toBe('harbour court news');
    expect(a.text).not.toContain('NOTE TO DESK');
  });

  it("reads a feed reader's saved item: the outlet before the feed's label, the RFC 822 date", () => {
    const a = folder.parse(
      'feed.txt',
      ['Feed: The Marlow Sentinel - Top Stories', 'Title: County board backs second Marlow ferry', 'Author: Teodor Vance', 'Date: Tue, 19 Mar 2024 08:00:00 +0000', 'Link: https://sentinel.example/ferry', '', ...body].join('\n'),
    );
    expect(a.title).toBe('County board backs second Marlow ferry');
    expect(a.publisher).toBe('The Marlow Sentinel');
    expect(a.authors).toEqual(['Teodor Vance']);
  });

  it("reads a library database's record: the source line over its date, the unlabelled headline over the byline field, not the citation's access date", () => {
    const a = folder.parse(
      'record.txt',
      [
        'Newspaper Archive Online',
        'Record 2 of 9',
        '',
        'Marlow Sentinel (ME)',
        'March 19, 2024',
        'Section: News',
        'County board backs second Marlow ferry',
        'Author/Byline: Teodor Vance; Sentinel Staff Writer',
        'Word Count: 312',
        '',
        ...body,
        '',
        'Citation (APA)',
        'Vance, T. (2024, March 19). County board backs second Marlow ferry. Marlow Sentinel. Accessed 4 Jan. 2025.',
      ].join('\n'),
    );
    expect(a.title).toBe('County board backs second Marlow ferry');
    expect(a.authors).toEqual(['Teodor Vance']);
    expect(a.publishedAt?.value).toBe('2024-03-19');
    expect(a.text).not.toContain('Accessed');
  });

  it("prefers the publication's date label to a bare 'Date:' of the export above it", () => {
    const a = folder.parse(
      'export.txt',
      ['Date: 2 December 2024', 'Exported by: NewsTool 3.1', '', 'HEADLINE: County board backs second Marlow ferry', 'BYLINE: By TEODOR VANCE', 'PUBLICATION DATE: 19 March 2024', 'PUBLICATION: The Marlow Sentinel', '', ...body].join('\n'),
    );
    expect(a.publishedAt?.value).toBe('2024-03-19');
    expect(a.authors).toEqual(['Teodor Vance']);
  });

  it('reads the headline set alone under the field block, right above the story', () => {
    const a = folder.parse('slug.txt', ['PORTLEE PRESS AGENCY', '', 'SLUG: FERRY-BOARD', 'BY-LINE: Teodor Vance', 'DATE: 19/03/2024', 'WORDCOUNT: 220', '', 'County board backs second Marlow ferry', '', ...body, '', '-ENDS-', '', 'For more information call the newsdesk.'].join('\n'));
    expect(a.title).toBe('County board backs second Marlow ferry');
    expect(a.authors).toEqual(['Teodor Vance']);
    expect(a.publishedAt?.value).toBe('2024-03-19');
    expect(a.text).not.toContain('newsdesk');
  });

  it("reads a cutting's source and date fields, the headline and byline under them, without the edition note", () => {
    const a = folder.parse('cutting.txt', ['PRESS CUTTING', 'Source: The Marlow Sentinel (Print edition)', 'Date: Tuesday 19 March 2024', 'Page: 4', '', 'County board backs second Marlow ferry', '', 'By TEODOR VANCE', '', ...body].join('\n'));
    expect(a.title).toBe('County board backs second Marlow ferry');
    expect(a.publisher).toBe('The Marlow Sentinel');
    expect(a.publishedAt?.value).toBe('2024-03-19');
    expect(a.authors).toEqual(['Teodor Vance']);
  });

  it('drops every kind of edition note the plain-text readers know from a source field (one pattern for all)', () => {
    for (const note of ['(news portal)', '(TV channel)', '(Marathi monthly)', '(e-paper)']) {
      const a = folder.parse('cutting.txt', ['PRESS CUTTING', `Source: The Marlow Sentinel ${note}`, 'Date: Tuesday 19 March 2024', 'Page: 4', '', 'County board backs second Marlow ferry', '', 'By TEODOR VANCE', '', ...body].join('\n'));
      expect(a.publisher).toBe('The Marlow Sentinel');
    }
  });

  it("reads a field's slashed date in the order the whole log writes its dates", () => {
    const a = folder.parse(
      'log.txt',
      ['MEDIA MONITORING – Friday 22 March 2024', 'Compiled by: Ana Reyes', '', 'Publication:  The Marlow Sentinel', 'Date:         04/03/2024', 'Journalist:   Teodor Vance, Reporter', 'Headline:     County board backs second Marlow ferry', '', ...body].join('\n'),
    );
    expect(a.publishedAt?.value).toBe('2024-03-04');
    expect(a.title).toBe('County board backs second Marlow ferry');
  });

  it("ends the story at the rule under it, before the compiler's notes", () => {
    const a = folder.parse('ruled.txt', ['Publication:  The Marlow Sentinel', 'Date:         19 March 2024', 'Journalist:   Teodor Vance', 'Headline:     County board backs second Marlow ferry', '', '----------', '', ...body, '', '----------', 'Comms response: statement issued on Monday (see item 2a).'].join('\n'));
    expect(a.text).not.toContain('Comms response');
    expect(a.text).not.toContain('-----');
    expect(a.authors).toEqual(['Teodor Vance']);
  });
});

describe('speech after a colon is no field', () => {
  it('keeps a closing line of speech in the story under a field block', () => {
    const text = [
      'Headline:\tHarbour pier to reopen in spring',
      'Byline:\tJane Roe',
      'Publication:\tThe Example Gazette',
      'Date:\t4 March 2024',
      '',
      'The harbour pier will reopen in the spring after repairs to its deck, the council said on Monday evening.',
      '',
      'Work began in January and is on budget, according to a report presented to councillors.',
      '',
      'Police said: "Stay off the pier."',
      '',
    ].join('\n');
    const article = folder.parse('speech-after-fields.txt', text);
    expect(article.title).toBe('Harbour pier to reopen in spring');
    expect(article.text).toContain('Police said: "Stay off the pier."');
  });
});

describe("a library database's document page (text48 kinds, invented example)", () => {
  it('takes the paper the record gives "From:", without its place, over the company "Publisher:" names; a rights line and a citation end the story', () => {
    const text = ['Skip to main content', 'News Archive Online', 'Provided by: Harbour Public Library', 'Search', 'Back to results', 'Document 4 of 31', 'Cite', 'Print', 'Ferry operator adds a second daily crossing', 'Author: Jane Roe', 'Date: Sept. 15, 2028', 'From: The Harbour Times (Port Ellis, Fiji)', 'Publisher: Harbour Newspapers Ltd.', 'Document Type: Article', 'Length: 409 words', 'Full Text:', ...body.filter((l) => l !== ''), 'The crossing will run until December.', 'Copyright 2028 Harbour Newspapers Ltd.', 'Source Citation (MLA 9th Edition)', 'Roe, Jane. "Ferry operator adds a second daily crossing." The Harbour Times [Port Ellis, Fiji], 15 Sept. 2028, p. 3. Accessed 2 Oct. 2028.', 'Document Number: HPL|A801234567', '© 2028 News Archive Online'].join('\n');
    const a = folder.parse('library-document.txt', text);
    expect(a.title).toBe('Ferry operator adds a second daily crossing');
    expect(a.authors).toEqual(['Jane Roe']);
    expect(a.publishedAt?.value).toBe('2028-09-15');
    expect(a.publisher).toBe('The Harbour Times');
    expect(a.text).toBe([...body.filter((l) => l !== ''), 'The crossing will run until December.'].join('\n\n'));
  });

  it("reads a reference manager's report with German labels: the writers inverted in one field, the paper, the pasted page's own date", () => {
    const text = ['Projekt „Hafen (Dissertation)“', 'Literatur › Presse 2028 › Roe, Doe 2028', '', 'Dokumententyp: Zeitungsartikel', 'Autor: Roe, Jane; Doe, John', 'Titel: Ferry operator adds a second daily crossing', 'Zeitung: The Harbour Times', 'Datum: 15.08.2028', 'Online-Adresse: https://harbourtimes.example/2028/08/16/ferry', 'Zuletzt geprüft am: 18.08.2028', '', 'Notizen:', 'Volltext aus der Leseansicht kopiert am 18.08.2028. Das Datum im Feld oben stammt vom Kalender, auf der Seite steht der 16. August.', '', 'Ferry operator adds a second daily crossing', 'By Jane Roe and John Doe', '16 August 2028, 00:35 CEST', ...body.filter((l) => l !== '')].join('\n');
    const a = folder.parse('citavi.txt', text);
    expect(a.authors).toEqual(['Jane Roe', 'John Doe']);
    expect(a.publisher).toBe('The Harbour Times');
    expect(a.publishedAt?.value).toBe('2028-08-16');
  });
});

describe("a document of a library database in English with a Russian paper (text49 kinds, invented example)", () => {
  it('reads writers inverted in one field, the paper without its town in brackets, and stops at "Cite this document"', () => {
    const text = ['Universal Database', 'Document 3 of 12', '', 'Ферри начнёт ходить дважды в день', '', 'Source: Портовый курьер (Ош)', 'Date: October 13, 2028', 'Author(s): Роева, Анна; Доев, Иван', 'Words: 356', 'Publisher: ОсОО «Порт-Медиа»', '', 'Full text', '', 'Ферри начнёт ходить дважды в день', ...body.filter((l) => l !== ''), 'Cite this document (GOST)', 'Роева А., Доев И. Ферри // Портовый курьер (Ош). – 2028.'].join('\n');
    const a = folder.parse('udb.txt', text);
    expect(a.authors).toEqual(['Анна Роева', 'Иван Доев']);
    expect(a.publisher).toBe('Портовый курьер');
    expect(a.text).toBe(body.filter((l) => l !== '').join('\n\n'));
  });
});
