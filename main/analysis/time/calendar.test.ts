import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayFromYmd, daysInMonth, isoDay, isoWeek, isoWeekday, parseIsoDay, ymdFromDay } from './calendar';

describe('calendar arithmetic', () => {
  it('agrees with Date for any day between years 0 and 9999', () => {
    fc.assert(
      fc.property(fc.integer({ min: -719_162, max: 2_932_896 }), (day) => {
        const date = new Date(day * 86_400_000);
        const expected = { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
        expect(ymdFromDay(day)).toEqual(expected);
        expect(dayFromYmd(expected.year, expected.month, expected.day)).toBe(day);
        expect(daysInMonth(expected.year, expected.month)).toBe(new Date(Date.UTC(expected.year, expected.month, 0)).getUTCDate());
      }),
      { numRuns: 2000 },
    );
  });

  it('lets months overflow like Date.UTC', () => {
    expect(isoDay(dayFromYmd(2023, 13, 1))).toBe('2024-01-01');
    expect(isoDay(dayFromYmd(2023, 0, 1))).toBe('2022-12-01');
    expect(isoDay(dayFromYmd(2024, 3, 0))).toBe('2024-02-29');
  });

  it('numbers ISO weeks', () => {
    expect(isoWeek(dayFromYmd(2023, 2, 23))).toEqual({ year: 2023, week: 8 });
    expect(isoWeek(dayFromYmd(2021, 1, 3))).toEqual({ year: 2020, week: 53 });
    expect(isoWeek(dayFromYmd(2019, 12, 30))).toEqual({ year: 2020, week: 1 });
    expect(isoWeekday(dayFromYmd(2023, 2, 23))).toBe(4);
  });

  it('parses ISO days and rejects invalid ones', () => {
    expect(parseIsoDay('2023-02-23T10:00:00Z')).toBe(dayFromYmd(2023, 2, 23));
    expect(parseIsoDay('2023-02-30')).toBeNull();
    expect(parseIsoDay('yesterday')).toBeNull();
    expect(parseIsoDay(null)).toBeNull();
  });
});
