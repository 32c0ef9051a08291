import { describe, expect, it } from 'vitest';
import { writesDayFirst } from './numeric-dates';

describe('writesDayFirst', () => {
  it('reads the order from the dates a text spells out, its unambiguous numeric dates and its currency', () => {
    expect(writesDayFirst('The fair opens on Saturday 14 May and closes on 22 May.')).toBe(true);
    expect(writesDayFirst('The fair opens on May 14 and closes on May 22.')).toBe(false);
    expect(writesDayFirst('Filed 25/04/2022.')).toBe(true);
    expect(writesDayFirst('Filed 04/25/2022.')).toBe(false);
    expect(writesDayFirst('Tickets cost £12.')).toBe(true);
    expect(writesDayFirst('Tickets cost $12.')).toBeNull();
    expect(writesDayFirst('Stand: 03.04.2022. Die Halle kostet 4 Millionen Euro.')).toBe(true);
    expect(writesDayFirst('La salle ouvrira le 12 septembre, a annoncé le maire.')).toBe(true);
    expect(writesDayFirst('Laatste update: 24-11-26, 07:10')).toBe(true);
  });

  it('reads prices in the currencies of other day-first countries, and not in yen or pesos', () => {
    expect(writesDayFirst('Published: 06/04/2028. The work cost NIS 48 million.')).toBe(true);
    expect(writesDayFirst('Posted 06/04/2028. The bridge cost ₹120 crore.')).toBe(true);
    expect(writesDayFirst('Posted 06/04/2028. The bridge cost Rs. 120 crore.')).toBe(true);
    expect(writesDayFirst('Posted 06/04/2028. Fares rise to R$ 5,20.')).toBe(true);
    expect(writesDayFirst('Posted 06/04/2028. The hall cost 40 mln zł.')).toBe(true);
    expect(writesDayFirst('Posted 06/04/2028. The bridge cost ¥12 billion.')).toBeNull();
    expect(writesDayFirst('Posted 06/04/2028. Fares rise to ₱15.')).toBeNull();
  });

  it('does not take "May 5 per cent" or a count for a date', () => {
    expect(writesDayFirst('Prices rose in March 5 per cent, said Ida Lunde.')).toBeNull();
  });
});

describe('a weekday beside a numeric date', () => {
  it('settles the order when only one reading falls on that weekday', () => {
    // 5 March 2024 was a Tuesday, 3 May 2024 a Friday.
    expect(writesDayFirst('Aired: Tue 03/05/2024')).toBe(false);
    expect(writesDayFirst('Aired: Fri 03/05/2024')).toBe(true);
    expect(writesDayFirst('Aired: Sun 03/05/2024')).toBeNull();
  });
});

describe('the month names of the other languages the reader reads', () => {
  it('counts a day before a month name in any of them as day first', () => {
    expect(writesDayFirst('Dimecres, 6 de gener de 2027 ... 05/01/2027 23:41')).toBe(true);
    expect(writesDayFirst('Objavljeno 6. siječnja 2027. ... 05/01/2027')).toBe(true);
    expect(writesDayFirst('Publicat pe 6 ianuarie 2027 ... 05/01/2027')).toBe(true);
  });
});

describe('numeric dates on Arabic pages (text36 kinds, invented examples)', () => {
  it('reads them day first, in Eastern Arabic-Indic digits too', () => {
    expect(writesDayFirst('نُشر في: ١١/٦/٢٠٢٧ - ١١:٥٢ م')).toBe(true);
    expect(writesDayFirst('تاريخ النشر: 11/6/2027')).toBe(true);
  });
});
