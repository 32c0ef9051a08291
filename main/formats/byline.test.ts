import { describe, expect, it } from 'vitest';
import { creditedEditors, isHeaderNoise, readByline, readClosingCredits, readHeaderLine, readLabelledCredit, readOpeningCredit, readSwahiliCredit, readWireCredits, sortCredits } from './byline';
import { personBeforeRole } from './names';

const day = (value: string) => ({ value, precision: 'day' });

describe('readHeaderLine: wire and byline shapes', () => {
  it.each([
    ['Reuters, February 23, 2023', [], 'Reuters', '2023-02-23'],
    ['AFP, 3 March 2021', [], 'AFP', '2021-03-03'],
    ['by FOXBusiness, February 23, 2023', [], 'FOXBusiness', '2023-02-23'],
    ['by Republic World, February 23, 2023', [], 'Republic World', '2023-02-23'],
    ['By Express News Service | Published: 5th May 2022', [], 'Express News Service', '2022-05-05'],
    ['by WorldTribune Staff, February 23, 2023', ['WorldTribune Staff'], 'WorldTribune', '2023-02-23'],
    ['By Jane Doe | Reuters', ['Jane Doe'], 'Reuters', null],
    ['By Jane Doe and John Roe, Associated Press', ['Jane Doe', 'John Roe'], 'Associated Press', null],
    ['By Priya Natarajan, Lagos Evening Tribune', ['Priya Natarajan'], 'Lagos Evening Tribune', null],
    ['By KAREEM HADDAD, Associated Press Writer', ['Kareem Haddad'], 'Associated Press', null],
    ['By Jane Doe, Staff Writer', ['Jane Doe'], null, null],
    ['By Jane Doe in Nairobi and John Roe in Kampala', ['Jane Doe', 'John Roe'], null, null],
    ['By Jane Doe for The Harbour Gazette', ['Jane Doe'], 'The Harbour Gazette', null],
    ['Posted by Ravi Menon on March 3, 2021', ['Ravi Menon'], null, '2021-03-03'],
    ['Written by Ana de la Cruz, News Editor', ['Ana de la Cruz'], null, null],
    ['Jane Doe, February 23, 2023', ['Jane Doe'], null, '2023-02-23'],
    ['By Jane Doe • Published February 23, 2023 • 4 min read', ['Jane Doe'], null, '2023-02-23'],
    ['Filed by Jane Doe, Bong County | April 16, 2026', ['Jane Doe'], null, '2026-04-16'],
    ['Filed: 15-Apr-2026 21:48 AST (16-Apr-2026 01:48 GMT)', [], null, '2026-04-15'],
    ['Issued: Friday, 17 April 2026 at 3:00 p.m.', [], null, '2026-04-17'],
  ])('%s', (line, authors, publisher, date) => {
    const info = readHeaderLine(line);
    expect(info).not.toBeNull();
    expect(info!.authors).toEqual(authors);
    expect(info!.publisher).toBe(publisher);
    expect(info!.publishedAt).toEqual(date === null ? null : day(date));
  });

  it('reads a court\'s labelled judgment date and a publication date label', () => {
    expect(readHeaderLine('Date of judgment: 14 February 2025')?.publishedAt?.value).toBe('2025-02-14');
    expect(readHeaderLine('Publication date: 3 May 2021')?.publishedAt?.value).toBe('2021-05-03');
  });

  it('reads labelled publication dates with times, zones and weekdays', () => {
    expect(readHeaderLine('Published 10:05 AM EST, Thu February 23, 2023')?.publishedAt).toEqual(day('2023-02-23'));
    expect(readHeaderLine('Published: 26th January 2024 10:15 PM IST')?.publishedAt).toEqual(day('2024-01-26'));
    expect(readHeaderLine('Tue 30 Nov 2021 17.45 GMT')?.publishedAt).toEqual(day('2021-11-30'));
    expect(readHeaderLine('February 23, 2023 10:05am · Updated 2 hours ago')?.publishedAt).toEqual(day('2023-02-23'));
    expect(readHeaderLine('First published on Mon 6 Jun 2022 09.00 BST')?.publishedAt).toEqual(day('2022-06-06'));
  });

  it('reads a "By" that opens one part of a strip, and "Originally published" as a publication label', () => {
    expect(readHeaderLine('The Fenmoor Star · 3 June 2024 · B2 · By Ola Brandt')).toMatchObject({ authors: ['Ola Brandt'], publisher: 'The Fenmoor Star', publishedAt: { value: '2024-06-03' } });
    expect(readHeaderLine('Originally published: June 3, 2024')).toMatchObject({ publisher: null, publishedAt: { value: '2024-06-03' } });
  });

  it('keeps a modification date apart: it never stands for the publication date', () => {
    const updated = readHeaderLine('Updated 11:30 AM EST, Fri February 24, 2023');
    expect(updated).toEqual({ authors: [], publisher: null, publishedAt: null, modifiedAt: day('2023-02-24') });
    const both = readHeaderLine('Last updated: Sunday, 9 August 2015, 10:12 · Published: Saturday, 8 August 2015, 19:40');
    expect(both?.publishedAt).toEqual(day('2015-08-08'));
    expect(both?.modifiedAt).toEqual(day('2015-08-09'));
    const agency = readHeaderLine('AFP Published August 17, 2022 Updated August 18, 2022 09:00am');
    expect(agency).toMatchObject({ publisher: 'AFP', publishedAt: day('2022-08-17'), modifiedAt: day('2022-08-18') });
  });

  it.each([
    'By the end of the day, the deal was done.', // "By" opening a sentence
    'By 2030, half the fleet will be electric.',
    'Saturday, March 2, 2024 Subscribe Log in', // a date beside site furniture
    'Reuters reported the deal on Friday.', // a sentence naming an outlet
    'Jane Doe', // a bare name without "By" or a date
    'Washington, February 23, 2023: the senate voted to adjourn early after a long debate',
  ])('%s is not a header line', (line) => {
    expect(readHeaderLine(line)).toBeNull();
  });
});

describe('credits', () => {
  it('reads credits without "By" when asked', () => {
    expect(readByline('Kavya Raghunath', { labelRequired: false })).toEqual({ authors: ['Kavya Raghunath'], publisher: null });
    expect(readByline('Kavya Raghunath')).toBeNull();
    expect(readByline('Business reporter, NBN News', { labelRequired: false })).toEqual({ authors: [], publisher: 'NBN News' });
    expect(readByline('Al Jazeera and news agencies', { labelRequired: false })).toEqual({ authors: [], publisher: 'Al Jazeera' });
  });

  it('takes a "By" line that credits no name ("By Staff Reporter") as the byline, naming nobody', () => {
    expect(readByline('By Staff Reporter')).toEqual({ authors: [], publisher: null });
    expect(readByline('By Our Correspondent')).toEqual({ authors: [], publisher: null });
    expect(readByline('Staff Reporter', { labelRequired: false })).toBeNull();
    expect(readHeaderLine('By Staff Writer, March 8, 2023')).toMatchObject({ publishedAt: { value: '2023-03-08' } });
  });

  it('sorts declared authors into people and outlets, dropping addresses', () => {
    expect(sortCredits(['Jane Doe and John Roe', 'Reuters', 'https://social.example/jdoe', 'admin'])).toEqual({ authors: ['Jane Doe', 'John Roe'], outlets: ['Reuters'] });
    expect(sortCredits(['Northgate Foods, Inc.'])).toEqual({ authors: [], outlets: ['Northgate Foods, Inc.'] });
  });
});

describe('header lines of other languages and layouts', () => {
  it('reads French, German and Spanish bylines and date labels', () => {
    expect(readByline('Par Camille Roux et Julien Marchand')?.authors).toEqual(['Camille Roux', 'Julien Marchand']);
    expect(readByline('Por Lucía Serrano y Diego Ibáñez')?.authors).toEqual(['Lucía Serrano', 'Diego Ibáñez']);
    expect(readByline('Von Anna Vogel')?.authors).toEqual(['Anna Vogel']);
    // "y" inside one name is not a list; "Von" opening a name is not a label.
    expect(readByline('By José Ortega y Gasset')?.authors).toEqual(['José Ortega y Gasset']);
    expect(readByline('Von Miller')).toBeNull();
    const fr = readHeaderLine('Publié le 14 mars 2021 à 10h32 Mis à jour le 15 mars 2021 à 08h05');
    expect(fr?.publishedAt).toEqual(day('2021-03-14'));
    expect(fr?.modifiedAt).toEqual(day('2021-03-15'));
    const de = readHeaderLine('Von Anna Vogel 14. März 2021, 08:15 Uhr Aktualisiert: 15.03.2021, 17:40 Uhr 12 Kommentare');
    expect(de?.authors).toEqual(['Anna Vogel']);
    expect(de?.publishedAt).toEqual(day('2021-03-14'));
    expect(de?.modifiedAt).toEqual(day('2021-03-15'));
    expect(readHeaderLine('Submitted on Tue, 03/16/2021 - 10:22')?.publishedAt).toEqual(day('2021-03-16'));
  });

  it('reads a name and a role written without a comma', () => {
    expect(readByline('By Jane Roe Contributing columnist')?.authors).toEqual(['Jane Roe']);
    expect(readByline('Jane Roe Wales correspondent', { labelRequired: false })?.authors).toEqual(['Jane Roe']);
    expect(readByline('By Senior Business Reporter')?.authors ?? []).toEqual([]);
  });

  it('takes a line of header furniture alone as a header line with no values', () => {
    expect(readHeaderLine('2 days ago')).toEqual({ authors: [], publisher: null, publishedAt: null, modifiedAt: null });
    expect(readHeaderLine('4 min read')).not.toBeNull();
    expect(readHeaderLine('Published')).toBeNull();
  });
});

describe('date labels with a joining word', () => {
  it('reads the Polish "dnia" and the Nordic "den" after a label of dates.ts languages', () => {
    expect(readHeaderLine('Opublikowano dnia 7 lipca 2023')?.publishedAt?.value).toBe('2023-07-07');
    expect(readHeaderLine('Gazeta Brzeska | Zaktualizowano dnia 9 lipca 2023')?.modifiedAt?.value).toBe('2023-07-09');
    expect(readHeaderLine('Publicerad den 2 oktober 2023')?.publishedAt?.value).toBe('2023-10-02');
  });
});

describe('credit labels and counts of CMSs', () => {
  it.each([
    ['Submitted by Orla Ní Dhuibhir on 3 March 2021', ['Orla Ní Dhuibhir'], '2021-03-03'],
    ['Interview by Tomás Venn · 2 hours ago', ['Tomás Venn'], null],
    ['Words and pictures by Hattie Brack Sun 4 Jun 2023', ['Hattie Brack'], '2023-06-04'],
    ['Posted by Rufus Callow on 2018/11/05 09:14:33 (1,204 reads)', ['Rufus Callow'], '2018-11-05'],
    ['Posted by Odile Marchetti Friday, 7 July 2023', ['Odile Marchetti'], '2023-07-07'],
    ['Henrike Vogt · 07.05.2021 · 4 min', ['Henrike Vogt'], '2021-05-07'],
  ])('%s', (line, authors, date) => {
    const info = readHeaderLine(line);
    expect(info?.authors).toEqual(authors);
    expect(info?.publishedAt ?? null).toEqual(date === null ? null : day(date));
  });

  it('keeps an outlet named after a comma out of the authors', () => {
    expect(sortCredits(['Dara Oyelaran, The Lakeshore Wire'])).toEqual({ authors: ['Dara Oyelaran'], outlets: ['The Lakeshore Wire'] });
    expect(readByline('Story by Pim Albers, Campus Communications')).toEqual({ authors: ['Pim Albers'], publisher: 'Campus Communications' });
  });

  it('leaves a surname that spells a weekday in the name', () => {
    expect(readHeaderLine('By Anh Tue, 3 May 2023')?.authors).toEqual(['Anh Tue']);
  });

  it('does not take a photo credit alone for a byline', () => {
    expect(readByline('Photographs by Hattie Brack')).toBeNull();
  });
});

describe('readClosingCredits', () => {
  it('takes reporters and writers from agency credits, not editors', () => {
    expect(readClosingCredits('(Reporting by Jane Roe in Paris and John Doe; Writing by Ann Poe; Editing by Tim Moe)')).toEqual(['Jane Roe', 'John Doe', 'Ann Poe']);
    expect(readClosingCredits('(Additional reporting by Ann Poe; Editing by Tim Moe)')).toEqual(['Ann Poe']);
    expect(readClosingCredits('(Editing by Tim Moe)')).toBeNull();
  });

  it('takes the person of a closing signature', () => {
    expect(readClosingCredits('— Jane Roe, club secretary')).toEqual(['Jane Roe']);
    expect(readClosingCredits('- The Editors')).toBeNull();
    expect(readClosingCredits('Reporting was hard that winter, she said; nobody came.')).toBeNull();
  });
});

describe('bare credits under a headline', () => {
  it('reads "NAME Role" as the person, the beat words being no part of the name', () => {
    expect(readByline('Jane Doe Transport correspondent', { labelRequired: false })).toEqual({ authors: ['Jane Doe'], publisher: null });
    expect(readByline('Ravi Menon Home affairs editor', { labelRequired: false })).toEqual({ authors: ['Ravi Menon'], publisher: null });
    expect(readByline('Senior Reporter', { labelRequired: false })).toBeNull();
  });

  it('drops an honorific before the name', () => {
    expect(readByline('By Prof. Jane Doe')).toEqual({ authors: ['Jane Doe'], publisher: null });
    expect(readByline('By Dr John Roe and Ann Poe')).toEqual({ authors: ['John Roe', 'Ann Poe'], publisher: null });
  });

  it('takes a name with an acronym for an outlet', () => {
    expect(readByline('By Jane Doe, XYZ Continental')).toEqual({ authors: ['Jane Doe'], publisher: 'XYZ Continental' });
  });

  it('sees reading times and relative ages as header noise', () => {
    expect(isHeaderNoise('4 min read')).toBe(true);
    expect(isHeaderNoise('Updated 3 hours ago')).toBe(true);
    expect(isHeaderNoise('Updated March 3, 2023')).toBe(false);
    expect(isHeaderNoise('Jane Doe')).toBe(false);
  });
});

describe('readWireCredits', () => {
  it('takes reporters and writers, not editors', () => {
    expect(readWireCredits('Reporting by Jane Doe and John Roe; Writing by Ann Poe; Editing by Ed Ito')).toEqual(['Jane Doe', 'John Roe', 'Ann Poe']);
    expect(readWireCredits('(Reporting by Jane Doe in Lima; Additional reporting by John Roe in Quito; Editing by Ed Ito)')).toEqual(['Jane Doe', 'John Roe']);
  });

  it('reads nothing in a sentence', () => {
    expect(readWireCredits('Reporting by the agency showed the port was closed.')).toBeNull();
    expect(readWireCredits('The report was written by Jane Doe.')).toBeNull();
  });
});

describe('more credit shapes', () => {
  it('keeps the date of a line whose credit names nobody', () => {
    expect(readHeaderLine('Staff Writer | 14 March 2023')).toEqual({ authors: [], publisher: null, publishedAt: day('2023-03-14'), modifiedAt: null });
    expect(readHeaderLine('Staff Writer')).toBeNull();
  });

  it('splits a name in capitals from the outlet after it', () => {
    expect(readByline('By JANE DOE Harbour Press Agency')).toEqual({ authors: ['Jane Doe'], publisher: 'Harbour Press Agency' });
  });
});

describe('credits with the "by" word of other European languages', () => {
  it('reads Italian "di", Danish "af" and a Dutch surname opening with particles', () => {
    expect(readByline('di Rosalba Tentori')?.authors).toEqual(['Rosalba Tentori']);
    expect(readByline('af Mette Kjærsgaard')?.authors).toEqual(['Mette Kjærsgaard']);
    expect(readByline('Door Femke van den Broek')?.authors).toEqual(['Femke van den Broek']);
  });

  it('reads an Italian credit beside its date line', () => {
    const info = readHeaderLine('di Ottavio Ranieri Pubblicato il 3 febbraio 2022 alle 17:45');
    expect(info?.authors).toEqual(['Ottavio Ranieri']);
    expect(info?.publishedAt).toEqual(day('2022-02-03'));
  });

  it('keeps a name that starts with "Di" whole', () => {
    expect(readByline('By Di Stefano')?.authors).toEqual(['Di Stefano']);
  });
});

describe('desk and team credits', () => {
  it('credits no author for "By X Team", but names the outlet', () => {
    expect(readByline('By Lantern Team')).toEqual({ authors: [], publisher: 'Lantern' });
  });
});

describe('a place after the outlet', () => {
  it('takes the name after the outlet for the place the outlet reports from', () => {
    expect(readByline('Por Inês Carvalhal, Gazeta do Planalto — Serra Alta')).toEqual({ authors: ['Inês Carvalhal'], publisher: 'Gazeta do Planalto' });
    expect(readByline('By Colm Rafferty | The Harbour Courier, Kilbeggan Cross')).toEqual({ authors: ['Colm Rafferty'], publisher: 'The Harbour Courier' });
  });
});

describe('credit labels with a colon', () => {
  it('reads "Words:" and "Text:" credits, and no photo credit', () => {
    expect(readByline('Words: Isla Macfarlane')?.authors).toEqual(['Isla Macfarlane']);
    expect(readByline('Text: Jonas Wendler')?.authors).toEqual(['Jonas Wendler']);
    expect(readByline('Photos: Isla Macfarlane')).toBeNull();
  });
});

describe('more credit labels', () => {
  it('reads the role label of the one who filed the story, not a presenter', () => {
    expect(readHeaderLine('Reporter: Odile Farrant')?.authors).toEqual(['Odile Farrant']);
    expect(readHeaderLine('Correspondent: Taro Whitfield')?.authors).toEqual(['Taro Whitfield']);
    expect(readHeaderLine('Presenter: Odile Farrant')).toBeNull();
  });

  it('reads "by" in Italian, Swedish and Danish only before a full name', () => {
    expect(readByline('Di Lucia Ferraresi')?.authors).toEqual(['Lucia Ferraresi']);
    expect(readByline('Av Sigrid Holmqvist')?.authors).toEqual(['Sigrid Holmqvist']);
    expect(readByline('Af Mette Kjærgaard')?.authors).toEqual(['Mette Kjærgaard']);
    expect(readByline('Door Maarten van der Berg')?.authors).toEqual(['Maarten van der Berg']);
    expect(readByline('Par Anne du Bois')?.authors).toEqual(['Anne du Bois']);
    expect(readByline('Di Stefano', { labelRequired: false })?.authors).not.toEqual(['Stefano']);
  });

  it('takes "Staff report" or "News release" for a label, never for the publisher', () => {
    expect(readByline('Staff report', { labelRequired: false })).toBeNull();
    expect(readByline('By Staff report')).toEqual({ authors: [], publisher: null });
    expect(readHeaderLine('News release, 3 May 2022')?.publisher ?? null).toBeNull();
  });
});

describe('credits with roles, editors and programmes beside the writer', () => {
  it('reads date labels of other languages apart from the credit', () => {
    const info = readHeaderLine('Autor: Zofia Kralewska | Opublikowano: 02.05.2023, 10:40 | Aktualizacja: 03.05.2023, 08:00');
    expect(info?.authors).toEqual(['Zofia Kralewska']);
    expect(info?.publishedAt).toEqual(day('2023-05-02'));
    expect(info?.modifiedAt).toEqual(day('2023-05-03'));
  });

  it('leaves the editor out of "Penulis: NAME | Editor: NAME"', () => {
    expect(readByline('Penulis: Dewi Anggraeni Putri | Editor: Bambang Sutrisno')?.authors).toEqual(['Dewi Anggraeni Putri']);
  });

  it('takes "X Staff Writer" after the writer for the outlet, not a second author', () => {
    expect(readByline('By Haruto Nakagawa / Kitamura Shinpo Staff Writer')).toEqual({ authors: ['Haruto Nakagawa'], publisher: 'Kitamura Shinpo' });
  });

  it('splits "NAME/Staff Reporter" at the slash', () => {
    expect(readByline('Marcia Whyte-Lennox/Staff Reporter', { labelRequired: false })?.authors).toEqual(['Marcia Whyte-Lennox']);
  });

  it('leaves out the programme the writer works under', () => {
    expect(readByline('Par Gabrielle Thériault, Initiative de journalisme local')?.authors).toEqual(['Gabrielle Thériault']);
  });

  it('reads an episode line as a date line', () => {
    expect(readHeaderLine('Episode 48 · Mar 3, 2023 · 22 min')?.publishedAt).toEqual(day('2023-03-03'));
  });
});

describe('credits and date lines of more languages and CMS shapes', () => {
  it('reads a local "by" label with a colon and a foreign job title as no outlet', () => {
    expect(readByline('Por: Lucía Ferraz Orozco | Corresponsal')).toEqual({ authors: ['Lucía Ferraz Orozco'], publisher: null });
    expect(readByline('Von: Jonas Häberli')?.authors).toEqual(['Jonas Häberli']);
    expect(readByline('Por Marina Tavares Leite, Enviada especial')?.authors).toEqual(['Marina Tavares Leite']);
  });

  it('reads a Korean, Japanese or Chinese name before the word for reporter as the credit', () => {
    expect(readByline('박서연 기자', { labelRequired: false })?.authors).toEqual(['박서연']);
    expect(readByline('佐藤健一記者')?.authors).toEqual(['佐藤健一']);
    expect(readByline('王小明 记者')?.authors).toEqual(['王小明']);
    expect(readHeaderLine('최지훈 기자 | 댓글 12')?.authors).toEqual(['최지훈']);
    expect(readByline('청솔시가 다음 달부터 노선을 늘린다고 기자들에게 밝혔다', { labelRequired: false })).toBeNull();
  });

  it('reads Korean, Dutch and Italian date labels, publication apart from update', () => {
    expect(readHeaderLine('입력 2024.03.05 09:12')?.publishedAt).toEqual(day('2024-03-05'));
    expect(readHeaderLine('수정 2024.03.05 11:40')).toMatchObject({ publishedAt: null, modifiedAt: day('2024-03-05') });
    expect(readHeaderLine('Door Redactie Stadsomroep Lindewaard 3 maart 2024, 10:15 Aangepast 4 maart 2024, 12:40')).toEqual({
      authors: [],
      publisher: 'Stadsomroep Lindewaard',
      publishedAt: day('2024-03-03'),
      modifiedAt: day('2024-03-04'),
    });
    expect(readHeaderLine('Pubblicato il 5 maggio 2024 alle 10:30 | Ultimo aggiornamento: 6 maggio 2024 alle 08:00')).toMatchObject({
      publishedAt: day('2024-05-05'),
      modifiedAt: day('2024-05-06'),
    });
  });

  it('reads relative ages in other languages as furniture of a date line', () => {
    expect(readHeaderLine('21/03/2024 08h40 Atualizado há 3 horas')?.publishedAt).toEqual(day('2024-03-21'));
    expect(readHeaderLine('Actualizado hace 2 horas')).not.toBeNull();
    expect(readHeaderLine('vor 5 Stunden')).not.toBeNull();
  });

  it('takes no publication date from a print view or a snapshot', () => {
    const printed = readHeaderLine('Printed on Tuesday, May 7, 2024 at 8:02 am');
    expect(printed).not.toBeNull();
    expect(printed?.publishedAt).toBeNull();
    expect(readHeaderLine('Retrieved 3 June 2024')?.publishedAt).toBeNull();
  });

  it('reads a dateline place beside its date as a header line naming no one', () => {
    expect(readHeaderLine('San Martín de los Olivos / 02.07.2024 11:20:00')).toEqual({ authors: [], publisher: null, publishedAt: day('2024-07-02'), modifiedAt: null });
  });

  it('reads people set one after another with their job titles', () => {
    expect(readByline('Ingrid Solberg Contributing Editor Tomás Ferreira Staff Writer', { labelRequired: false })?.authors).toEqual(['Ingrid Solberg', 'Tomás Ferreira']);
  });

  it('names the editors of a credit line', () => {
    expect(creditedEditors('Reported By: Arjun Mehta-Rao | Edited By: Kavita Pillai')).toEqual(['Kavita Pillai']);
    expect(creditedEditors('Penulis: Dewi Lestari | Editor: Bambang Sutrisno')).toEqual(['Bambang Sutrisno']);
    expect(creditedEditors('By Jane Roe and John Doe')).toEqual([]);
  });
});

describe('credits and date lines in more languages (invented examples)', () => {
  it.each([
    ['Szerző: Tóth Ildikó', ['Tóth Ildikó']],
    ['Tác giả: Phạm Minh Châu', ['Phạm Minh Châu']],
    ['كتب: ليلى منصور', ['ليلى منصور']],
    ['بقلم: يوسف الخطيب', ['يوسف الخطيب']],
  ])('%s credits %j', (line, authors) => {
    expect(readByline(line)?.authors).toEqual(authors);
  });

  it('reads a source field as the outlets the story draws on, not as people', () => {
    expect(readByline('Autor: Jana Dvořáková | Zdroj: ČTK, Vysočinský deník')).toEqual({ authors: ['Jana Dvořáková'], publisher: 'ČTK' });
  });

  it('takes the weekday of another language off the name before the date', () => {
    const info = readHeaderLine('كتب: ليلى منصور الأحد ٣ نوفمبر ٢٠٢٤ - ١١:٠٠ ص');
    expect(info?.authors).toEqual(['ليلى منصور']);
    expect(info?.publishedAt).toEqual(day('2024-11-03'));
  });

  it('sees a labelled date line without its year as a header line', () => {
    expect(readHeaderLine('Julkaistu 4.6. 9:40 Päivitetty 4.6. 12:05')).toEqual({ authors: [], publisher: null, publishedAt: null, modifiedAt: null });
    expect(readHeaderLine('Pekka 4.6. tuli kotiin')).toBeNull();
  });

  it('names translators and editors credited after the story', () => {
    expect(creditedEditors('Translated by Ruth Abernathy. Edited by Colm Feeney.')).toEqual(['Ruth Abernathy', 'Colm Feeney']);
    expect(creditedEditors('Translation: Ruth Abernathy')).toEqual(['Ruth Abernathy']);
    expect(creditedEditors('Ruth Abernathy translated the letters herself.')).toEqual([]);
  });

  it('reads the reporters of a Chinese-language bracketed opener, not the place', () => {
    expect(readOpeningCredit('〔記者陳怡君／北港報導〕北港鎮公所今天宣布……')).toEqual(['陳怡君']);
    expect(readOpeningCredit('【记者王小明、李华/江城报道】江城市今天……')).toEqual(['王小明', '李华']);
    expect(readOpeningCredit('〔即時新聞／綜合報導〕颱風今天……')).toBeNull();
  });
});

describe('header lines with zones of Canadian pages and updates without a year', () => {
  it('reads the credit and the publication date, and leaves the yearless update', () => {
    const info = readHeaderLine('Moira Kavanagh · Baymouth News Posted: Jan 09, 2024 6:30 AM NT | Last Updated: January 11');
    expect(info?.authors).toEqual(['Moira Kavanagh']);
    expect(info?.publisher).toBe('Baymouth News');
    expect(info?.publishedAt).toEqual(day('2024-01-09'));
    expect(info?.modifiedAt).toBeNull();
    expect(readHeaderLine('Published: 4:15 PM ADT, March 3, 2024')?.publisher).toBeNull();
  });

  it('does not read a day and month after a publication label as noise', () => {
    expect(readHeaderLine('Posted: Council meeting March 7')).toBeNull();
  });
});

describe('links glued to the writer name in a byline', () => {
  it.each([
    ['By Ama Owusu-Lind More by this Author', ['Ama Owusu-Lind']],
    ['By Ama Owusu-Lind View all posts', ['Ama Owusu-Lind']],
    ['By Ama Owusu-Lind Follow', ['Ama Owusu-Lind']],
  ])('reads %j', (line, authors) => {
    expect(readHeaderLine(line)?.authors).toEqual(authors);
  });
});

describe('credit labels of Romanian, South Slavic, Slovene, Lithuanian and Russian pages', () => {
  it.each([
    ['de Ioana Mărgineanu, 12 martie 2024', ['Ioana Mărgineanu']],
    ['Piše: Dragan Kovačić', ['Dragan Kovačić']],
    ['Avtor: Nika Zupan', ['Nika Zupan']],
    ['Autorius: Rūta Kalvaitė', ['Rūta Kalvaitė']],
    ['Автор: Ольга Смирнова', ['Ольга Смирнова']],
  ])('reads %j', (line, authors) => {
    expect(readHeaderLine(line)?.authors).toEqual(authors);
  });

  it('reads no credit from a capitalised "De" or a lower-case "de" before no full name', () => {
    expect(readHeaderLine('De Ioana Mărgineanu')).toBeNull();
    expect(readHeaderLine('de la Cruz')).toBeNull();
  });

  it('reads a lower-case "de" as a credit label only where the line is otherwise a credit (a date beside it, a credit element)', () => {
    // English copy wrapped inside a name, a Spanish or Portuguese "de" before a place or an outlet: no credit.
    expect(readHeaderLine('de Souza Ramos')).toBeNull();
    expect(readHeaderLine('de Buenos Aires Herald')).toBeNull();
    expect(readHeaderLine('de Ioana Mărgineanu')).toBeNull();
    expect(readByline('de Souza Ramos')).toBeNull();
    // Where the caller knows the line is the credit (the page's byline element), "de" is the Romanian label.
    expect(readByline('de Ioana Mărgineanu', { labelRequired: false })?.authors).toEqual(['Ioana Mărgineanu']);
    expect(readHeaderLine('de Ioana Mărgineanu | 12.03.2024 10:15')?.authors).toEqual(['Ioana Mărgineanu']);
  });
});

describe('date lines of Swahili and European Portuguese pages, and relative ages of more languages', () => {
  it.each([
    ['Jumatano, 6 Novemba 2024', '2024-11-06'],
    ['Imechapishwa: Agosti 21, 2024 saa 09:30', '2024-08-21'],
    ['Publicado a 3 Out 2024, 09:15', '2024-10-03'],
  ])('dates %j', (line, value) => {
    expect(readHeaderLine(line)?.publishedAt).toEqual(day(value));
  });

  it('reads a Swahili credit beside its date, never "Na" as part of the name', () => {
    const info = readHeaderLine('Na Zawadi Mnyampala Jumatano, 6 Novemba 2024');
    expect(info?.authors).toEqual(['Zawadi Mnyampala']);
    expect(readHeaderLine('Na Zawadi Mnyampala')).toBeNull();
  });

  it.each(['Opdateret for 3 timer siden', 'Uppdaterad för 2 timmar sedan', 'Actualizat acum 2 ore', 'Aktualizacja 2 godziny temu'])('reads %j as a header line with no date', (line) => {
    expect(readHeaderLine(line)).toEqual({ authors: [], publisher: null, publishedAt: null, modifiedAt: null });
  });
});

describe('credit parts that name no writer (heldout8 kinds, invented examples)', () => {
  it('leaves the photographers of a credit line out of the authors', () => {
    expect(readByline('Words: Oskar Lindqvist | Pictures: Mina Farouk')?.authors).toEqual(['Oskar Lindqvist']);
    expect(readByline('Story by Oskar Lindqvist; photos by Mina Farouk and Ted Ames')?.authors).toEqual(['Oskar Lindqvist']);
    expect(readByline('Written by Oskar Lindqvist and edited by Mina Farouk')?.authors).toEqual(['Oskar Lindqvist']);
  });

  it('reads past the writer\'s handle or e-mail after the name', () => {
    expect(readByline('By Oskar Lindqvist @oskarl_news')?.authors).toEqual(['Oskar Lindqvist']);
    expect(readByline('By Oskar Lindqvist oskar.lindqvist@fjordpost.example')?.authors).toEqual(['Oskar Lindqvist']);
  });

  it('takes a section desk after the writer for no outlet, and a "Contributor:" label as a credit label', () => {
    expect(readByline('By Oskar Lindqvist, Metro Desk')).toEqual({ authors: ['Oskar Lindqvist'], publisher: null });
    expect(readByline('By Oskar Lindqvist, Fjordpost Regional Desk')).toEqual({ authors: ['Oskar Lindqvist'], publisher: 'Fjordpost' });
    expect(readByline('Contributor: Oskar Lindqvist')?.authors).toEqual(['Oskar Lindqvist']);
    expect(readByline('Contributing: Oskar Lindqvist')).toBeNull();
  });

  it('takes reports put together by staff or wires for a credit naming no one', () => {
    expect(readByline('From staff reports', { labelRequired: false })).toBeNull();
    expect(readByline('By staff and wire reports')).toEqual({ authors: [], publisher: null });
  });

  it('takes "Agencies" and a site\'s "Admin" account for credits naming no outlet', () => {
    expect(readByline('By Agencies')).toEqual({ authors: [], publisher: null });
    expect(readByline('By Oskar Lindqvist, Agencies')).toEqual({ authors: ['Oskar Lindqvist'], publisher: null });
    expect(readByline('Admin', { labelRequired: false })).toBeNull();
  });

  it('keeps a dated line with a desk that names no outlet a header line', () => {
    expect(readHeaderLine('Web Desk | 12 March 2024')?.publishedAt).toEqual(day('2024-03-12'));
  });
});

describe('readHeaderLine: a mail header date with a negative UTC offset', () => {
  it('reads "Date: Tue, 19 Mar 2024 09:00:00 -0500" as the day, the offset being no credit', () => {
    expect(readHeaderLine('Date: Tue, 19 Mar 2024 09:00:00 -0500')?.publishedAt?.value).toBe('2024-03-19');
    expect(readHeaderLine('Date: Tue, 19 Mar 2024 09:00:00 -0000')?.publishedAt?.value).toBe('2024-03-19');
  });
});

describe('readByline: credits of hosts, article labels and student writers', () => {
  it("reads a host's credit, an 'Author of the article:' label and drops a year level after a name", () => {
    expect(readByline('Hosted by Marta Quell')?.authors).toEqual(['Marta Quell']);
    expect(readByline('Author of the article: Petra Lindgard')?.authors).toEqual(['Petra Lindgard']);
    expect(readByline('Written by Tomas Arden (Year 10) and Lea Vorn (Grade 9)')?.authors).toEqual(['Tomas Arden', 'Lea Vorn']);
  });
});

describe('readHeaderLine: date lines of episodes and pages with both dates', () => {
  it('reads the publication date after an update, and an episode day with its duration', () => {
    expect(readHeaderLine('Updated Apr. 9, 2024, 8:10 a.m. ET | Published Apr. 8, 2024, 5:00 p.m. ET')?.publishedAt?.value).toBe('2024-04-08');
    expect(readHeaderLine('Thu 2 May 2024 · 31 min')?.publishedAt?.value).toBe('2024-05-02');
    expect(readHeaderLine('Thu 2 May 2024 · 1 hr 12 min')?.publishedAt?.value).toBe('2024-05-02');
    expect(readHeaderLine('Published on: 2 May 2024 | 07:15 EAT')?.publishedAt?.value).toBe('2024-05-02');
    expect(readHeaderLine('Posted Thursday 2 May 2024')?.publishedAt?.value).toBe('2024-05-02');
  });
});

describe('credits of feeds, correspondents and abbreviated roles', () => {
  it('reads a live page\'s credit and its "First post" date beside the update', () => {
    expect(readHeaderLine('Live coverage by Ilse Brandt, Omar Haddou and Lea Vogt')?.authors).toEqual(['Ilse Brandt', 'Omar Haddou', 'Lea Vogt']);
    const stamp = readHeaderLine('Updated 9 Oct 2023 01:10 CEST | First post 8 Oct 2023 07:00 CEST');
    expect(stamp?.publishedAt).toEqual(day('2023-10-08'));
    expect(stamp?.publisher).toBeNull();
  });

  it('leaves the photographer of a Spanish credit line out of the authors', () => {
    expect(readHeaderLine('Texto: Inés Varela · Fotos: Tomás Quiroga')?.authors).toEqual(['Inés Varela']);
  });

  it('reads a date line whose meridiem is spaced with full stops ("7:02 p. m.")', () => {
    expect(readHeaderLine('4 de junio de 2024 - 7:02 p. m.')?.publishedAt).toEqual(day('2024-06-04'));
  });

  it('reads a staff credit that names no one as a credit line without a label, and no bare role as one', () => {
    expect(readHeaderLine('Our Correspondent')?.authors).toEqual([]);
    expect(readHeaderLine('Our Staff Reporter, Kisumu')?.authors).toEqual([]);
    expect(readHeaderLine('Reporter')).toBeNull();
    expect(readHeaderLine('Staff Writer')).toBeNull();
  });

  it('reads a date line whose update is a hedged age ("Updated about 5 hours ago")', () => {
    expect(readHeaderLine('Published June 3, 2024 Updated about 5 hours ago')?.publishedAt).toEqual(day('2024-06-03'));
  });

  it('reads the name of an RSS author field, not its address', () => {
    expect(readByline('desk@gazette.example (Jane Roe)', { labelRequired: false })?.authors).toEqual(['Jane Roe']);
    expect(readByline('By desk@gazette.example (Jane Roe)')?.authors).toEqual(['Jane Roe']);
    expect(readByline('desk@gazette.example (Harbour Gazette Ltd)', { labelRequired: false })).toBeNull();
  });

  it('reads "From NAME in PLACE" as a correspondent\'s credit, and a role there as a credit without a name', () => {
    expect(readHeaderLine('From Tobias Wren in Mombasa')?.authors).toEqual(['Tobias Wren']);
    expect(readHeaderLine('From Our Correspondent in Lagos')?.authors).toEqual([]);
    expect(readHeaderLine('From Monday in March')).toBeNull();
  });

  it('leaves an abbreviated correspondent\'s role out of the names, but not the surname Corr', () => {
    expect(readByline('By Mala Dissanayake, Staff Corr.')?.authors).toEqual(['Mala Dissanayake']);
    expect(readByline('By Mala Dissanayake, Kurunegala Spl. Corr.')?.authors).toEqual(['Mala Dissanayake']);
    expect(readByline('By Aoife Corr')?.authors).toEqual(['Aoife Corr']);
  });
});

describe('credits of heldout13–15 kinds (invented examples)', () => {
  it('reads names joined by commas or a local "and", with a footnote\'s mark, before a channel with a number', () => {
    expect(readByline('Dana Levi , Amit Cohen | Galil 12', { labelRequired: false })).toEqual({ authors: ['Dana Levi', 'Amit Cohen'], publisher: 'Galil 12' });
    expect(readByline('Por Marta Ribeiro e Caio Nunes*', { labelRequired: false })?.authors).toEqual(['Marta Ribeiro', 'Caio Nunes']);
    expect(readByline('Jeanne Roy à Québec', { labelRequired: false })?.authors).toEqual(['Jeanne Roy']);
    expect(readByline('Maria da Silva', { labelRequired: false })?.authors).toEqual(['Maria da Silva']);
  });

  it('reads places in brackets after several names, a web edition after "FOR", and French capitals surnames', () => {
    expect(readByline('By Ada Eze (Abuja), Emeka Obi (Enugu) & Tunde Ade (Ibadan)')?.authors).toEqual(['Ada Eze', 'Emeka Obi', 'Tunde Ade']);
    expect(readByline('PORT TALLIS (AP)', { labelRequired: false })?.authors ?? []).toEqual([]);
    expect(readByline('By JANE ROE and JOHN DOE FOR HARBOURONLINE')).toEqual({ authors: ['Jane Roe', 'John Doe'], publisher: 'HARBOURONLINE' });
    expect(readByline('Camille ROUSSEL et Julien FERRAND.', { labelRequired: false })?.authors).toEqual(['Camille Roussel', 'Julien Ferrand']);
    expect(readByline('Kindly Share This Story:', { labelRequired: false })).toBeNull();
  });

  it('reads the names after a role set before them in lower case, a region opening it', () => {
    expect(readByline('By Europe correspondent Jane Roe')?.authors).toEqual(['Jane Roe']);
    expect(readByline('By national transport reporter Jane Roe and John Doe')?.authors).toEqual(['Jane Roe', 'John Doe']);
    expect(readByline('By Jane Roe, political reporter')?.authors).toEqual(['Jane Roe']);
  });

  it('reads "From NAME, PLACE" as a correspondent\'s credit, and the British desks\' "Our Political Staff" as naming no one', () => {
    expect(readByline('From Emeka Obi, Enugu', { labelRequired: false })).toEqual({ authors: ['Emeka Obi'], publisher: null });
    expect(readByline('By Our Political Staff')).toEqual({ authors: [], publisher: null });
    expect(readByline('By Our Foreign Staff')).toEqual({ authors: [], publisher: null });
  });

  it('reads a date line with the time before the date and the outlet before both', () => {
    expect(readHeaderLine('The Harbour Post / 05:12 PM March 03, 2025')).toEqual({ authors: [], publisher: 'The Harbour Post', publishedAt: day('2025-03-03'), modifiedAt: null });
    expect(readHeaderLine('20 mars 2025 Mis à jour le 21 mars 2025 Lecture de 4 min')).toEqual({ authors: [], publisher: null, publishedAt: day('2025-03-20'), modifiedAt: day('2025-03-21') });
  });
});

describe('readHeaderLine: a date line that opens with its weekday before the byline', () => {
  it('reads "Friday 18 September 2026, by A, B" as the day and both writers', () => {
    const info = readHeaderLine('Friday 18 September 2026, by Ana Roe, Tim Doe');
    expect(info?.publishedAt?.value).toBe('2026-09-18');
    expect(info?.authors).toEqual(['Ana Roe', 'Tim Doe']);
    expect(readHeaderLine('Tue 3 March 2026 | By Ana Roe')?.authors).toEqual(['Ana Roe']);
  });
});

describe('credits and date lines of more pages (web27 and text28 kinds, invented examples)', () => {
  it('reads a role in brackets after a name with an initial, "Escrito por", a labelled credit line and a site account', () => {
    expect(readByline('by Ana B. Roe (Senior Reporter)')?.authors).toEqual(['Ana B. Roe']);
    expect(readByline('Escrito por Ana Vanessa Roe Mora')?.authors).toEqual(['Ana Vanessa Roe Mora']);
    expect(readByline('Text: Elin Roe · Foto: Tim Doe')?.authors).toEqual(['Elin Roe']);
    expect(readByline('Story and photos: Rilang Roe', { labelRequired: false })?.authors).toEqual(['Rilang Roe']);
    const account = readHeaderLine('Submitted by webdesk on 3 December 2026');
    expect(account?.publishedAt?.value).toBe('2026-12-03');
    expect(account?.authors).toEqual([]);
    expect(readHeaderLine('Diciembre 03 de 2026 - 11:52 p. m.')?.publishedAt?.value).toBe('2026-12-03');
  });

  it('takes no share row or share button for a writer', () => {
    expect(readByline('Facebook X WhatsApp', { labelRequired: false })).toBeNull();
    expect(readByline('Dela', { labelRequired: false })?.authors ?? []).toEqual([]);
  });
});

describe('credits and date lines of more pages (web28, text29, web29 and text30 kinds, invented examples)', () => {
  it('reads a writer with her station in brackets, and places the writers filed from set apart by slashes as no credit', () => {
    expect(readByline('Ana Roe (Harbour Radio)', { labelRequired: false })).toEqual({ authors: ['Ana Roe'], publisher: 'Harbour Radio' });
    expect(readByline('A Coruña / Madrid', { labelRequired: false })).toBeNull();
    expect(readByline('Ana Roe / Madrid', { labelRequired: false })?.authors).toEqual(['Ana Roe']);
    const places = readHeaderLine('A Coruña / Madrid - 16 dic 2026 - 23:58 CET');
    expect(places?.publishedAt?.value).toBe('2026-12-16');
    expect(places?.authors).toEqual([]);
  });

  it('reads a role with the place it is held in after a name, and a first publication on a named site', () => {
    expect(readByline('Par Ana ROE, correspondante à Agadir')?.authors).toEqual(['Ana Roe']);
    expect(readHeaderLine('First published on gazette.example on Friday, 11 December 2026')?.publishedAt?.value).toBe('2026-12-11');
    const issue = readHeaderLine('Issue 23 · January 2027');
    expect(issue?.publisher).toBeNull();
  });

  it('reads an agency\'s closing credits followed by the desk\'s contact in double brackets', () => {
    expect(readWireCredits('(Reporting by Ana Roe; Editing by Tim Doe) ((desk@agency.example; +1 555 0100))')).toEqual(['Ana Roe']);
  });
});

describe('credits of more copies (text31 kinds, invented examples)', () => {
  it('reads surnames in capitals after given names, and a writer\'s one name after a full name, but an agency in capitals as none', () => {
    expect(readByline('Par Ndèye Fatou SARR et Ousmane BA')?.authors).toEqual(['Ndèye Fatou Sarr', 'Ousmane Ba']);
    expect(readByline('Par Hery Rakotoarisoa et Fanja')?.authors).toEqual(['Hery Rakotoarisoa', 'Fanja']);
    expect(readByline('By Khamphone Sisavath and Noy')?.authors).toEqual(['Khamphone Sisavath', 'Noy']);
    expect(readByline('By Jane Roe and AFP')).toEqual({ authors: ['Jane Roe'], publisher: 'AFP' });
    expect(readByline('By Jane Roe, Radio ABC')).toEqual({ authors: ['Jane Roe'], publisher: 'Radio ABC' });
  });

  it('reads Albanian, Bosnian and Croatian bylines and dates, and a town and region set before a date by a slash', () => {
    expect(readByline('Nga ARBEN ÇELA')?.authors).toEqual(['Arben Çela']);
    expect(readHeaderLine('24 Dhjetor 2026, 23:47')?.publishedAt?.value).toBe('2026-12-24');
    expect(readHeaderLine('Objavljeno: ponedjeljak, 21. decembar 2026. u 23:59')?.publishedAt?.value).toBe('2026-12-21');
    expect(readHeaderLine('3. prosinca 2026. u 14:05')?.publishedAt?.value).toBe('2026-12-03');
    const place = readHeaderLine('Nicoya, Guanacaste / sábado 26 de diciembre de 2026, 11:50 p. m.');
    expect(place?.publishedAt?.value).toBe('2026-12-26');
    expect(place?.publisher).toBeNull();
  });
});

describe('credits and date labels of more copies (text33 kinds, invented examples)', () => {
  it('takes the town a pipe sets after a writer for no writer, but keeps a second writer whose given name is known', () => {
    expect(readByline('Jelena Roe | Donja Lastva', { labelRequired: false })?.authors).toEqual(['Jelena Roe']);
    expect(readByline('Jane Roe | John Doe', { labelRequired: false })?.authors).toEqual(['Jane Roe', 'John Doe']);
  });

  it('reads "Online seit:", "Erschienen" and "Mis en ligne le" as the date a story was published', () => {
    expect(readHeaderLine('Online seit: Dienstag, 5. Januar 2027, 23:48 Uhr')).toMatchObject({ publisher: null, publishedAt: day('2027-01-05') });
    expect(readHeaderLine('Erschienen am 5. Januar 2027')).toMatchObject({ publisher: null, publishedAt: day('2027-01-05') });
    expect(readHeaderLine('Mis en ligne le 5 janvier 2027 à 18h02')).toMatchObject({ publisher: null, publishedAt: day('2027-01-05') });
  });
});

describe('credits and date lines of more copies (text35 and web35 kinds, invented examples)', () => {
  it('reads given names in title case over a surname in capitals, writers before the place they file from, and Italian "Servizio di"', () => {
    expect(readByline('Par Jean DUPONT et Marie LEROY à Lyon')?.authors).toEqual(['Jean Dupont', 'Marie Leroy']);
    expect(readByline('Par Jeanne Roy et Paul-Henri Roux, à Jacmel')?.authors).toEqual(['Jeanne Roy', 'Paul-Henri Roux']);
    expect(readByline('Por Ana Lopes e João Silva, no Mindelo')).toMatchObject({ authors: ['Ana Lopes', 'João Silva'], publisher: null });
    expect(readByline('Servizio di Anna Rossi')?.authors).toEqual(['Anna Rossi']);
    expect(readByline('di Anna Rossi · foto di Marco Bianchi')).toMatchObject({ authors: ['Anna Rossi'], publisher: null });
  });

  it('reads "Laatst bijgewerkt", "Modifié le", a section after the dates and a reading time in Slovak as no writer', () => {
    expect(readHeaderLine('Laatst bijgewerkt: 6 januari 2027 08:05')).toMatchObject({ publisher: null, authors: [] });
    expect(readHeaderLine('Publié le 2027-03-20 Modifié le 2027-03-21 Dans Régions Temps de lecture : 4 minutes')).toMatchObject({ authors: [], publishedAt: day('2027-03-20'), modifiedAt: day('2027-03-21') });
    expect(readHeaderLine('16. marca 2027 - Čítanie: 3 minúty')).toMatchObject({ authors: [], publishedAt: day('2027-03-16') });
  });
});

describe('credit lines of more copies (text36 kinds, invented examples)', () => {
  it('reads the line under a Chinese headline: its date, source and reporters, not its editor or font-size control', () => {
    expect(readHeaderLine('2027-06-10 00:06　来源：西港日报　作者：记者 张丽萍 李志刚　字号：大 中 小')).toMatchObject({ authors: ['张丽萍', '李志刚'], publisher: '西港日报' });
  });

  it('takes a name before a part with its own "By" for the feed\'s, and reads a date line with a view count after the time', () => {
    expect(readHeaderLine('Harbour Matin · by Ana Roe · Wed, Jun 9, 2027 22:20')).toMatchObject({ authors: ['Ana Roe'], publisher: 'Harbour Matin' });
    expect(readHeaderLine('June 10, 2027, 00:35   2 417')).toMatchObject({ publishedAt: day('2027-06-10') });
  });
});

describe('credit lines of more copies (text37 and web37 kinds, invented examples)', () => {
  it('reads a writer before the place she files from after "do"/"da", and "NAME, CITY" in a script without capitals', () => {
    expect(readByline('Por Ana Lopes, do Recife')).toMatchObject({ authors: ['Ana Lopes'], publisher: null });
    expect(readByline('Por Ana Lopes e João Silva, da Praia')).toMatchObject({ authors: ['Ana Lopes', 'João Silva'], publisher: null });
    expect(readByline('Por Ana da Silva')?.authors).toEqual(['Ana da Silva']);
    expect(readByline('अनीता शर्मा, जयपुर', { labelRequired: false })?.authors).toEqual(['अनीता शर्मा']);
    expect(readByline('المدينة - سامر خليل الحداد', { labelRequired: false })?.authors).toEqual(['سامر خليل الحداد']);
  });

  it('reads Dutch "en" between two writers, several one-word places they filed from, and photo and editing parts', () => {
    expect(readByline('Tekst: Anouk Roe en Sanne de Vries | Foto\'s: Ingrid Doe')?.authors).toEqual(['Anouk Roe', 'Sanne de Vries']);
    expect(readByline('Por Juan Pérez en Buenos Aires')?.authors).toEqual(['Juan Pérez']);
    expect(readByline('By JANE ROE and JOHN DOE in Westport and Millbrook')?.authors).toEqual(['Jane Roe', 'John Doe']);
    expect(readByline('By Jane Roe in Westport and John Doe')?.authors).toEqual(['Jane Roe', 'John Doe']);
    expect(readByline('Texto: Ana Lopes | Foto: João Silva | Edição: M.C.')).toMatchObject({ authors: ['Ana Lopes'], publisher: null });
  });

  it('reads Swahili date lines told in the parts of the day, and a Swahili credit in capitals', () => {
    expect(readHeaderLine('Imechapishwa: Jumatano, Septemba 22, 2027 saa 6:15 usiku')).toMatchObject({ authors: [], publishedAt: day('2027-09-22') });
    expect(readHeaderLine('Imesasishwa: Jumatano, Septemba 22, 2027 saa 3:40 asubuhi')).toMatchObject({ authors: [], modifiedAt: day('2027-09-22') });
    expect(readSwahiliCredit('Na AMINA RAJABU na JUMA HAMISI')?.authors).toEqual(['Amina Rajabu', 'Juma Hamisi']);
  });
});

describe('credit lines of more copies (text39 and web39 kinds, invented examples)', () => {
  it('reads the Greek "Γράφει ο/η" before a writer, and takes a site\'s "Web Admin" account for no one', () => {
    expect(readByline('Γράφει η Ελένη Ρόη')?.authors).toEqual(['Ελένη Ρόη']);
    expect(readByline('Γράφει ο Νίκος Δόε')?.authors).toEqual(['Νίκος Δόε']);
    expect(readByline('Web Admin', { labelRequired: false })?.authors ?? []).toEqual([]);
    expect(readByline('By Jane Roe', { labelRequired: false })?.authors).toEqual(['Jane Roe']);
  });
});

describe('credit lines of more copies (text41 and web41 kinds, invented examples)', () => {
  it('reads "Last Update:" as an update, a Dutch "en" before a second writer, and a Turkish place in capitals after a dash', () => {
    expect(readHeaderLine('Last Update: 10.02.2028 09:05')).toMatchObject({ authors: [], modifiedAt: day('2028-02-10') });
    expect(readByline('Door Anouk Van den Berg en Lotte De Vries')?.authors).toEqual(['Anouk Van den Berg', 'Lotte De Vries']);
    expect(readByline('Por Juan Pérez en Buenos Aires')?.authors).toEqual(['Juan Pérez']);
    expect(readByline('Ayşe Roe - İZMİR', { labelRequired: false })).toMatchObject({ authors: ['Ayşe Roe'], publisher: null });
  });

  it('reads a Gaelic name with "Nic a\'" before a beat\'s role, and takes "Door Redactie" for no one', () => {
    expect(readByline('Eilidh Nic a\' Roe, Highland Affairs Correspondent', { labelRequired: false })?.authors).toEqual(['Eilidh Nic a\' Roe']);
    expect(personBeforeRole('Highland Affairs Correspondent')).toBeNull();
    expect(readByline('Door Redactie | 10 februari 2028', { labelRequired: false })?.authors ?? []).toEqual([]);
  });
});

describe('credit lines of more copies (text42 and web42 kinds, invented examples)', () => {
  it('reads "Words: A. Pictures: B.", labelled credits of other languages, the Kalenjin "arap" and an ʻokina opening a surname', () => {
    expect(readLabelledCredit('Words: Jane Roe. Pictures: John Doe.')).toEqual(['Jane Roe']);
    expect(readLabelledCredit('Penulis: Jane Roe | Editor: John Doe')).toEqual(['Jane Roe']);
    expect(readByline('By Kiprono arap Roe')?.authors).toEqual(['Kiprono arap Roe']);
    expect(readByline('By Keoni Roe, Leilani ʻAkana and Marcus Doe')?.authors).toEqual(['Keoni Roe', 'Leilani ʻAkana', 'Marcus Doe']);
  });
});

describe('credit lines of more copies (text43 kinds, invented examples)', () => {
  it('leaves out the academic degrees Central European names carry, with their full stop, but not a name without one', () => {
    expect(readByline('Von Mag. Katharina Roe')?.authors).toEqual(['Katharina Roe']);
    expect(readByline('Von Mag. Dr. Jana Roe')?.authors).toEqual(['Jana Roe']);
    expect(readByline('Autor: Ing. Jan Novák')?.authors).toEqual(['Jan Novák']);
    expect(readByline('Autor: PhDr. Eva Nováková')?.authors).toEqual(['Eva Nováková']);
    expect(readByline('By Ing Roe')?.authors).toEqual(['Ing Roe']);
  });
});

describe('credit lines of more copies (text45 and web45 kinds, invented examples)', () => {
  it('reads the Croatian "i" and "Pišu:" between two writers, not the Catalan "i" between two surnames', () => {
    expect(readByline('Pišu: Ivana Roe Doe i Ante Poe')?.authors).toEqual(['Ivana Roe Doe', 'Ante Poe']);
    expect(readByline('By Anna Roe i Doe')?.authors).toEqual(['Anna Roe i Doe']);
  });

  it('leaves out an e-mail in square brackets after the names, and reads a role set before a name as its label', () => {
    expect(readByline('BY JANE ROE, JOHN DOE [jroe@gazette.example]')?.authors).toEqual(['Jane Roe', 'John Doe']);
    expect(readByline('Reporter Kim Ji-woo', { labelRequired: false })?.authors).toEqual(['Kim Ji-woo']);
  });

  it('reads the Slovenian "Besedilo:" and a picture credit after a comma in a labelled line of credits', () => {
    expect(readLabelledCredit('Besedilo: Nina Roe Doe, foto: Tadej Poe')).toEqual(['Nina Roe Doe']);
    expect(readLabelledCredit('Text: Jane Roe, John Doe')).toEqual(['Jane Roe', 'John Doe']);
  });
});

describe('credit lines of more copies (text46 kinds, invented examples)', () => {
  it('takes a town named by its generic word ("Port", "Fort", "Lake") after a writer\'s name for where she files from, not a second writer', () => {
    expect(readByline('By Jane Roe, Port Westby')?.authors).toEqual(['Jane Roe']);
    expect(readByline('By Jane Roe, Fort Millbrook')?.authors).toEqual(['Jane Roe']);
    expect(readByline('By Jane Roe, Ann Poe')?.authors).toEqual(['Jane Roe', 'Ann Poe']);
  });
});

describe('readByline: Tagalog "Ni" and the Balinese "Ni" of a name (text51 kinds, invented examples)', () => {
  it('reads "Ni" as "by" before a Tagalog credit, but keeps it in a Balinese woman\'s name', () => {
    expect(readByline('Ni Ana Roe at Rogelio Doe')?.authors).toEqual(['Ana Roe', 'Rogelio Doe']);
    expect(readByline('By Ni Luh Putu Ayu Roe')?.authors).toEqual(['Ni Luh Putu Ayu Roe']);
    expect(readByline('Ni Made Roe', { labelRequired: true })).toBeNull();
  });
});

describe('readByline: a role in brackets after a writer (text51 kinds, invented example)', () => {
  it('leaves out "(correspondant régional)" between two writers, names in capitals given in normal case', () => {
    expect(readByline('Par Jeanne ROE (correspondante régionale) et Paul DOE-POE')?.authors).toEqual(['Jeanne Roe', 'Paul Doe-Poe']);
  });
});

describe('readByline: credits of text52 kinds (invented examples)', () => {
  it('reads the Haitian Creole "Pa A ak B", the Malagasy "Nosoratan\'i A sy B" and the Slovene dual "Avtorja: A in B"', () => {
    expect(readByline('Pa Marjorie Roe-Doe ak Frantz Poe')?.authors).toEqual(['Marjorie Roe-Doe', 'Frantz Poe']);
    expect(readByline("Nosoratan'i Hery Roe sy Fanja Doe")?.authors).toEqual(['Hery Roe', 'Fanja Doe']);
    expect(readByline('Avtorja: Nina Roe in Luka Doe Poe')?.authors).toEqual(['Nina Roe', 'Luka Doe Poe']);
    // ("ak" and "in" split writers only after their own language's label.)
    expect(readByline('By Jane Roe in Westport')?.authors).toEqual(['Jane Roe']);
  });

  it('reads the writers before a photo credit set after them with a mere space, in English and Faroese', () => {
    expect(readByline('Text: Jane Roe and John Doe Photos: Ann Poe')?.authors).toEqual(['Jane Roe', 'John Doe']);
    expect(readByline('Tekstur: Rógvi á Roe og Marjun í Doe Myndir: Hans Poe')?.authors).toEqual(['Rógvi á Roe', 'Marjun í Doe']);
  });
});

describe('readByline: credits of text54 and web54 kinds (invented examples)', () => {
  it('splits an Arabic credit at the "و" set on the last name, not at the first letter of Walid or Wafaa', () => {
    expect(readByline('كتب: محمود رو ونهى دو')?.authors).toEqual(['محمود رو', 'نهى دو']);
    expect(readByline('كتب: محمود رو وليد')?.authors).toEqual(['محمود رو وليد']);
  });

  it('reads a writer with her paper in quotation marks, a West Frisian "Troch" credit and a French blog\'s "Publié par NAME le"', () => {
    expect(readByline('Rūta Roienė, „Uosto žinios“')).toEqual({ authors: ['Rūta Roienė'], publisher: 'Uosto žinios' });
    expect(readByline('Troch Sjoukje fan der Roe')?.authors).toEqual(['Sjoukje fan der Roe']);
    expect(readHeaderLine('Publié par Maïté Roe le dimanche 18 mars 2029 à 22:30')?.authors).toEqual(['Maïté Roe']);
    expect(readHeaderLine('Publicado por Leong Sio Wa em 12.03.2029 às 07:30 em Sociedade · 4 comentários')?.publishedAt?.value).toBe('2029-03-12');
  });

  it('reads a Korean sign-off after the town it was filed from', () => {
    expect(readClosingCredits('서귀포=오한별 기자')).toEqual(['오한별']);
  });
});
