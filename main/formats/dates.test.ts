import { describe, expect, it } from 'vitest';
import { findPublicationDate, isDayAndMonth, isOnlyDates, isTodayBar, numericDateOrder, parsePublicationDate, relativeDayOffset, withNumericDatesResolved } from './dates';

describe('parsePublicationDate', () => {
  it.each([
    ['February 23, 2023', '2023-02-23'],
    ['23 February 2023', '2023-02-23'],
    ['2023-02-23', '2023-02-23'],
    ['Feb. 23, 2023', '2023-02-23'],
    ['Feb 23 2023', '2023-02-23'],
    ['Thursday, February 23, 2023', '2023-02-23'],
    ['Sept. 3rd, 2021', '2021-09-03'],
    ['23rd of February, 2023', '2023-02-23'],
    ['2023/02/23', '2023-02-23'],
    ['31/12/2020', '2020-12-31'],
    ['12/31/2020', '2020-12-31'],
    ['20230223', '2023-02-23'],
    ['Thu, 23 Feb 2023 10:00:00 +0000', '2023-02-23'],
    ['Published: March 3, 2021 at 10:00 AM EST', '2021-03-03'],
    ['  March 1, 2008  ', '2008-03-01'],
    ['Mar - 12 - 2026 , 18:30', '2026-03-12'],
    ['15-Apr-2026 21:48 AST', '2026-04-15'],
  ])('%s is the day %s', (input, value) => {
    expect(parsePublicationDate(input)).toEqual({ value, precision: 'day' });
  });

  it('keeps ISO datetimes as given, with datetime precision', () => {
    expect(parsePublicationDate('2023-02-23T10:11:12Z')).toEqual({ value: '2023-02-23T10:11:12Z', precision: 'datetime' });
    expect(parsePublicationDate('2023-02-23T10:11:12.123+01:00')).toEqual({ value: '2023-02-23T10:11:12.123+01:00', precision: 'datetime' });
    expect(parsePublicationDate('2023-02-23 10:11')).toEqual({ value: '2023-02-23T10:11', precision: 'datetime' });
  });

  it('knows months and years', () => {
    expect(parsePublicationDate('March 2008')).toEqual({ value: '2008-03', precision: 'month' });
    expect(parsePublicationDate('Sept. 2008')).toEqual({ value: '2008-09', precision: 'month' });
    expect(parsePublicationDate('2008-03')).toEqual({ value: '2008-03', precision: 'month' });
    expect(parsePublicationDate('2008')).toEqual({ value: '2008', precision: 'year' });
    expect(parsePublicationDate(2008)).toEqual({ value: '2008', precision: 'year' });
  });

  it('reads Date objects as days', () => {
    expect(parsePublicationDate(new Date(Date.UTC(2021, 2, 4)))).toEqual({ value: '2021-03-04', precision: 'day' });
  });

  it('reads dotted numeric dates day-first, as the countries that write them do', () => {
    expect(parsePublicationDate('07.05.2021')).toEqual({ value: '2021-05-07', precision: 'day' });
    expect(parsePublicationDate('7.5.2021')).toEqual({ value: '2021-05-07', precision: 'day' });
    expect(findPublicationDate('Ola Brandt · 07.05.2021 · 4 min')?.date).toEqual({ value: '2021-05-07', precision: 'day' });
    expect(parsePublicationDate('05.31.2021')).toBeNull();
  });

  it('refuses impossible dates, ambiguous numbers and sentences', () => {
    expect(parsePublicationDate('2023-02-30')).toBeNull();
    expect(parsePublicationDate('February 29, 2023')).toBeNull();
    expect(parsePublicationDate('February 29, 2024')).toEqual({ value: '2024-02-29', precision: 'day' });
    expect(parsePublicationDate('2023-13-01')).toBeNull();
    expect(parsePublicationDate('03/04/2021')).toBeNull();
    expect(parsePublicationDate('On March 1, 2008, Boeing lost the contract.')).toBeNull();
    expect(parsePublicationDate('Mayday 2020')).toBeNull();
    expect(parsePublicationDate('')).toBeNull();
    expect(parsePublicationDate(null)).toBeNull();
    expect(parsePublicationDate('not a date')).toBeNull();
  });
});

describe('dates in French, German and Spanish', () => {
  it.each([
    ['14 mars 2021', '2021-03-14'],
    ['1er février 2022', '2022-02-01'],
    ['Publié le 14 mars 2021 à 10h32', '2021-03-14'],
    ['14. März 2021, 08:15 Uhr', '2021-03-14'],
    ['Sonntag, 3. Oktober 2021', '2021-10-03'],
    ['14 de marzo de 2021', '2021-03-14'],
    ['Domingo, 14 de marzo de 2021', '2021-03-14'],
    ['7 décembre 2020', '2020-12-07'],
  ])('%s is the day %s', (input, value) => {
    expect(parsePublicationDate(input)).toEqual({ value, precision: 'day' });
  });

  it('knows a month alone, and still refuses sentences', () => {
    expect(parsePublicationDate('juillet 2019')).toEqual({ value: '2019-07', precision: 'month' });
    expect(parsePublicationDate('Le 14 mars 2021, la ville a voté le budget.')).toBeNull();
  });
});

describe('findPublicationDate', () => {
  it('finds the date inside a byline and says where it is', () => {
    const line = 'by WorldTribune Staff, February 23, 2023';
    const found = findPublicationDate(line);
    expect(found?.date).toEqual({ value: '2023-02-23', precision: 'day' });
    expect(line.slice(found!.start, found!.end)).toBe('February 23, 2023');
  });

  it('does not find dates inside words or longer numbers', () => {
    expect(findPublicationDate('Version 12023-02-231 shipped')).toBeNull();
    expect(findPublicationDate('A remarkable outcome')).toBeNull();
  });
});

describe('dates of Italian, Portuguese and Dutch pages', () => {
  it.each([
    ['Pubblicato il 3 febbraio 2022 alle 17:45', '2022-02-03'],
    ['Publicado em 9 de junho de 2021 às 08h30', '2021-06-09'],
    ['wo 4 mrt 2020, 11:05 uur', '2020-03-04'],
    ['giovedì 21 ott 2021', '2021-10-21'],
    ['18 out 2019', '2019-10-18'],
  ])('%s', (input, expected) => {
    expect(parsePublicationDate(input)?.value).toBe(expected);
  });

  it('takes no word-like abbreviation for a month without a day', () => {
    expect(findPublicationDate('tickets sold out 2019 shows')).toBeNull();
  });
});

describe('numeric dates in the page locale', () => {
  it.each([
    ['pt-BR', 'day-first'],
    ['en_AU', 'day-first'],
    ['it', 'day-first'],
    ['en-US', 'month-first'],
    ['en', null],
    ['ja-JP', null],
    ['', null],
  ])('%s', (tag, expected) => {
    expect(numericDateOrder(tag)).toBe(expected);
  });

  it('rewrites ambiguous slashed dates in the given order, and nothing else', () => {
    expect(withNumericDatesResolved('Published 05/09/2021 10:15 AM', 'day-first')).toBe('Published 5 September 2021 10:15 AM');
    expect(withNumericDatesResolved('Posted 05/09/2021', 'month-first')).toBe('Posted 9 May 2021');
    expect(withNumericDatesResolved('05/09/2021', null)).toBe('05/09/2021');
    expect(withNumericDatesResolved('13/13/2021', 'day-first')).toBe('13/13/2021');
    expect(withNumericDatesResolved('04/03/25 · 3 min read', 'day-first', { twoDigitYears: true })).toBe('4 March 2025 · 3 min read');
    expect(withNumericDatesResolved('Posted 11/30/98', 'month-first', { twoDigitYears: true })).toBe('Posted 30 November 1998');
    expect(withNumericDatesResolved('04/03/25', 'day-first')).toBe('04/03/25');
    expect(withNumericDatesResolved('Ref 04/03/25/7', 'day-first', { twoDigitYears: true })).toBe('Ref 04/03/25/7');
  });

  it('rewrites hyphenated dates with the year last, never ISO dates or numbers in a longer run', () => {
    expect(withNumericDatesResolved('04-03-2025', 'day-first')).toBe('4 March 2025');
    expect(withNumericDatesResolved('Posted 11-30-2021', 'month-first')).toBe('Posted 30 November 2021');
    expect(withNumericDatesResolved('2025-03-04', 'day-first')).toBe('2025-03-04');
    expect(withNumericDatesResolved('Tel 04-03-2025-11', 'day-first')).toBe('Tel 04-03-2025-11');
    // (A page's header line with a two-digit year, "23-11-26, 23:51", as Dutch sites print it.)
    expect(withNumericDatesResolved('04-03-25, 23:51', 'day-first', { twoDigitYears: true })).toBe('4 March 2025, 23:51');
    expect(withNumericDatesResolved('04-03-25', 'day-first')).toBe('04-03-25');
  });
});

describe('date lines of more languages (one table of months, weekdays and labels per language)', () => {
  it.each([
    ['Publisert 7. april 2023 kl. 09.15', '2023-04-07'],
    ['Publiceret den 2. marts 2022', '2022-03-02'],
    ['Publicerad 14 augusti 2021 kl 08:30', '2021-08-14'],
    ['Opublikowano: 21.10.2023, 07:05', '2023-10-21'],
    ['czwartek 5 października 2023', '2023-10-05'],
    ['Diterbitkan: Kamis, 9 November 2023 08:10 WIB', '2023-11-09'],
    ['Yayınlanma: 17 Şubat 2022 Perşembe 10:20', '2022-02-17'],
    ['Publikováno 3. května 2021 v 12:00', '2021-05-03'],
    ['Julkaistu 12. joulukuuta 2020 klo 6.45', '2020-12-12'],
    ['Publicat luni, 8 ianuarie 2024, ora 10:00', '2024-01-08'],
    ['Publié le 19 mai 2022 à 7 h 30 HAE', '2022-05-19'],
  ])('%s', (text, expected) => {
    expect(parsePublicationDate(text)?.value).toBe(expected);
  });

  it('needs a day beside a month name that is also a word', () => {
    expect(parsePublicationDate('Mart 2024')).toBeNull();
    expect(parsePublicationDate('12 Mart 2024')?.value).toBe('2024-03-12');
  });

  it('tells a line of dates alone from a sentence that holds one', () => {
    expect(isOnlyDates('June 2, 1931 – Oct. 4, 2023')).toBe(true);
    expect(isOnlyDates('The bridge opened on June 2, 1931.')).toBe(false);
  });
});

describe('year-first dotted dates', () => {
  it.each([
    ['2024.10.08', '2024-10-08'],
    ['2024. 3. 5.', '2024-03-05'],
    ['2023.12.31 23:59', '2023-12-31'],
  ])('reads %s', (input, expected) => {
    expect(parsePublicationDate(input)).toEqual({ value: expected, precision: 'day' });
  });

  it('rejects impossible ones and finds them inside a line', () => {
    expect(parsePublicationDate('2024.13.01')).toBeNull();
    expect(findPublicationDate('입력 2024.10.08 14:32')?.date).toEqual({ value: '2024-10-08', precision: 'day' });
  });
});

describe('dates in more languages and scripts (invented examples)', () => {
  it.each([
    ['2023. október 9. 08:30', '2023-10-09'],
    ['Szerda, 2022. május 4.', '2022-05-04'],
    ['Πέμπτη, 9 Νοεμβρίου 2023, 10:05', '2023-11-09'],
    ['Thứ sáu, 14/6/2024, 16:20 (GMT+7)', '2024-06-14'],
    ['الأحد ٣ نوفمبر ٢٠٢٤ - ١١:٠٠ ص', '2024-11-03'],
    ['۱۴ مايو ۲۰۲۳', '2023-05-14'],
    ['2022年11月8日 09:15', '2022-11-08'],
    ['ngày 14 tháng 6 năm 2024', '2024-06-14'],
    ['Thứ sáu, 14 tháng 6, 2024 - 16:20', '2024-06-14'],
    ['8. 11. 2022 9:15', '2022-11-08'],
    ['November 8, 2022 @ 9:15pm', '2022-11-08'],
  ])('%s is the day %s', (input, value) => {
    expect(parsePublicationDate(input)).toEqual({ value, precision: 'day' });
  });

  it('keeps the offsets of a line with Eastern Arabic digits', () => {
    const line = 'نشر في ٢٠ يناير ٢٠٢٤';
    const found = findPublicationDate(line)!;
    expect(found.date.value).toBe('2024-01-20');
    expect(line.slice(found.start, found.end)).toBe('٢٠ يناير ٢٠٢٤');
  });

  it('does not read a year-first month name beside a time as a day', () => {
    expect(parsePublicationDate('2022. május 14:30')).toBeNull();
  });
});

describe('isDayAndMonth', () => {
  it.each(['March 7', ' 7 March', 'Mar. 7, 9:14 PM', '12 de marzo'])('sees a day and month without a year in %j', (text) => {
    expect(isDayAndMonth(text)).toBe(true);
  });
  it.each(['March 7, 2024', 'March 7 council meeting', 'May', 'set 4'])('not in %j', (text) => {
    expect(isDayAndMonth(text)).toBe(false);
  });
});

describe('dotted dates with a two-digit year', () => {
  it('reads them day first in a header line, whatever the page\'s order', () => {
    expect(withNumericDatesResolved('Published: 19.05.25, 00:47', null, { twoDigitYears: true })).toBe('Published: 19 May 2025, 00:47');
    expect(withNumericDatesResolved('Published: 19.05.25, 00:47', 'month-first', { twoDigitYears: true })).toBe('Published: 19 May 2025, 00:47');
    expect(withNumericDatesResolved('Published: 19.05.25, 00:47', null)).toBe('Published: 19.05.25, 00:47');
    expect(withNumericDatesResolved('Score 31.13.24', null, { twoDigitYears: true })).toBe('Score 31.13.24');
  });
});

describe('dates in the Ethiopian calendar', () => {
  it.each([
    ['Meskerem 1, 2017 E.C.', '2024-09-11'],
    ['Meskerem 1, 2016 E.C.', '2023-09-12'],
    ['Pagume 6, 2015 E.C.', '2023-09-11'],
    ['3 Tahsas 2019 E.C.', '2026-12-12'],
    ['Tahsas 3, 2019 E.C. | 12:30 AM', '2026-12-12'],
  ])('reads %j as %s', (text, value) => {
    expect(parsePublicationDate(text)?.value).toBe(value);
  });
  it('reads no Pagume 6 of a common year, and no month name without the era mark', () => {
    expect(parsePublicationDate('Pagume 6, 2016 E.C.')).toBeNull();
    expect(parsePublicationDate('Tahsas 3, 2019')).toBeNull();
  });
});

describe('dates in Cyrillic month names, and a slashed date either order reads the same', () => {
  it.each([
    ['02 януари 2027, 00:25', '2027-01-02'],
    ['23 декабря 2026 в 14:05', '2026-12-23'],
  ])('reads %j as %s', (text, value) => {
    expect(findPublicationDate(text)?.date.value).toBe(value);
  });
  it('resolves "01/01/2027" without an order, and leaves "03/04/2027" for the order to settle', () => {
    expect(withNumericDatesResolved('Publicado el: 01/01/2027 12:03', null)).toBe('Publicado el: 1 January 2027 12:03');
    expect(withNumericDatesResolved('03/04/2027', null)).toBe('03/04/2027');
  });
});

describe('dates in Catalan', () => {
  it('reads the Catalan months, with "de" and with the elided "d’" before a vowel', () => {
    expect(findPublicationDate('Dissabte, 9 de gener de 2027')?.date).toEqual({ value: '2027-01-09', precision: 'day' });
    expect(findPublicationDate('3 d’abril de 2027')?.date).toEqual({ value: '2027-04-03', precision: 'day' });
    expect(findPublicationDate("12 d'octubre de 2026")?.date).toEqual({ value: '2026-10-12', precision: 'day' });
    expect(findPublicationDate('Actualitzat: 6 de juliol de 2027')?.date).toEqual({ value: '2027-07-06', precision: 'day' });
  });
});

describe('an agency trailer\'s stamp and a top bar\'s items (text35 and web35 kinds, invented examples)', () => {
  it('reads the teleprinter trailer "171746 GMT MAR 27" as 17 March 2027', () => {
    expect(findPublicationDate('171746 GMT MAR 27')?.date.value).toBe('2027-03-17');
    expect(findPublicationDate('HPA 092305 UTC JUN 27')?.date.value).toBe('2027-06-09');
    expect(findPublicationDate('Call 172346 for tickets in March 27')).toBeNull();
  });

  it('reads a top bar whose items a dot sets apart, the day\'s name day beside the date, as today\'s bar', () => {
    expect(isTodayBar('Sobota 20. marca 2027 · meniny má Jana')).toBe(true);
    expect(isTodayBar('Westport · Tuesday, 3 March 2026 · 14:05')).toBe(false);
  });
});

describe('a Chinese top bar (text36 kinds, invented examples)', () => {
  it('reads the date with its weekday, town and weather as today\'s bar', () => {
    expect(isTodayBar('2027年6月13日 星期日　　西港 多云 26～33℃')).toBe(true);
  });
});

describe('the Syriac month names of Iraq and the Levant (text36 kinds, invented examples)', () => {
  it('reads "13 حزيران 2027" and a two-word name, "12 تشرين الأول 2027"', () => {
    expect(findPublicationDate('الأحد 13 حزيران 2027')?.date.value).toBe('2027-06-13');
    expect(findPublicationDate('12 تشرين الأول 2027')?.date.value).toBe('2027-10-12');
    expect(findPublicationDate('٣ كانون الثاني ٢٠٢٧')?.date.value).toBe('2027-01-03');
  });
});

describe('findPublicationDate: Haitian Creole, Malagasy, Faroese and Galician dates (text52 kinds, invented examples)', () => {
  it('reads their months and weekdays', () => {
    expect(findPublicationDate('Pibliye 13 fevriye 2029 – 10:40 PM')?.date.value).toBe('2029-02-13');
    expect(findPublicationDate('Alarobia 14 febroary 2029')?.date.value).toBe('2029-02-14');
    expect(findPublicationDate('týsdagur 13. februar 2029 kl. 23.10')?.date.value).toBe('2029-02-13');
    expect(findPublicationDate('Xoves, 15 de febreiro de 2029')?.date.value).toBe('2029-02-15');
    expect(isTodayBar('Vandredi 16 fevriye 2029')).toBe(true);
  });

  it('reads a short month name that is also a word ("me", Haitian Creole May) only beside a day', () => {
    expect(findPublicationDate('12 me 2029')?.date.value).toBe('2029-05-12');
    expect(findPublicationDate('Call me 2029')).toBeNull();
  });
});

describe('findPublicationDate: Solar Hijri and Ge\'ez-script Ethiopian dates, relative stamps (text54 kinds, invented examples)', () => {
  it('reads a Solar Hijri date in Persian or in Latin letters, and an Ethiopian one in Ge\'ez script', () => {
    expect(findPublicationDate('تاریخ انتشار: سه‌شنبه ۲۳ اسفند ۱۴۰۷ - ۰۰:۲۵')?.date.value).toBe('2029-03-13');
    expect(findPublicationDate('1 Farvardin 1408')?.date.value).toBe('2029-03-20');
    expect(findPublicationDate('ረቡዕ ታኅሣሥ 4 ቀን 2021 ዓ.ም.')?.date.value).toBe('2028-12-13');
  });

  it('names the days back a relative stamp counts, with its time only', () => {
    expect(relativeDayOffset('Вчера, 23:50')).toBe(1);
    expect(relativeDayOffset('Today at 09:12')).toBe(0);
    expect(relativeDayOffset('Yesterday')).toBeNull();
  });
});
