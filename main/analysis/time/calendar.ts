/**
 * Calendar arithmetic on plain day numbers (days since 1970-01-01, UTC), so that
 * nothing depends on the machine's time zone.
 */

export type DayNumber = number;

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil; month/day may overflow). */
export function dayFromYmd(year: number, month: number, day: number): DayNumber {
  if (month < 1 || month > 12) {
    const index = year * 12 + (month - 1);
    year = Math.floor(index / 12);
    month = index - year * 12 + 1;
  }
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

export interface Ymd {
  year: number;
  month: number;
  day: number;
}

/** Inverse of dayFromYmd (civil_from_days). */
export function ymdFromDay(dayNumber: DayNumber): Ymd {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** ISO weekday: Monday = 1 ... Sunday = 7. */
export function isoWeekday(dayNumber: DayNumber): number {
  // 1970-01-01 was a Thursday (4).
  return ((((dayNumber + 3) % 7) + 7) % 7) + 1;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function isValidYmd(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function pad(value: number, width: number): string {
  const sign = value < 0 ? '-' : '';
  return sign + String(Math.abs(value)).padStart(width, '0');
}

export function isoDay(dayNumber: DayNumber): string {
  const { year, month, day } = ymdFromDay(dayNumber);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Parses "YYYY-MM-DD" (a longer ISO datetime is cut to its day); null when it is not a valid date. */
export function parseIsoDay(value: string | null | undefined): DayNumber | null {
  if (!value) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (!isValidYmd(year, month, day)) return null;
  return dayFromYmd(year, month, day);
}

/** ISO week-numbering year and week of a day. */
export function isoWeek(dayNumber: DayNumber): { year: number; week: number } {
  const thursday = dayNumber - isoWeekday(dayNumber) + 4;
  const year = ymdFromDay(thursday).year;
  const week = Math.floor((thursday - dayFromYmd(year, 1, 1)) / 7) + 1;
  return { year, week };
}

export function weekValue(dayNumber: DayNumber): string {
  const { year, week } = isoWeek(dayNumber);
  return `${pad(year, 4)}-W${pad(week, 2)}`;
}

/** Monday of the ISO week containing the day. */
export function weekStart(dayNumber: DayNumber): DayNumber {
  return dayNumber - isoWeekday(dayNumber) + 1;
}

export function addMonths(year: number, month: number, delta: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + delta;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** The same calendar day shifted by whole months/years, clamped to the month's end. */
export function shiftDay(dayNumber: DayNumber, months: number): DayNumber {
  const { year, month, day } = ymdFromDay(dayNumber);
  const target = addMonths(year, month, months);
  return dayFromYmd(target.year, target.month, Math.min(day, daysInMonth(target.year, target.month)));
}

export function quarterOf(month: number): number {
  return Math.floor((month - 1) / 3) + 1;
}
