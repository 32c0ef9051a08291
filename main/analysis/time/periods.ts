/**
 * Calendar periods as TIMEX3 values with their inclusive day ranges.
 */
import type { Precision } from '../../../shared/model';
import type { TimexType } from '../../../shared/analysis';
import {
  type DayNumber,
  dayFromYmd,
  daysInMonth,
  isoDay,
  isoWeekday,
  pad,
  weekStart,
  weekValue,
  ymdFromDay,
} from './calendar';

export interface Resolved {
  type: TimexType;
  value: string;
  range: { start: string; end: string } | null;
  precision: Precision;
  /** A day this expression places itself at, used as reference time for later relative expressions. */
  anchor?: DayNumber;
  /** A duration that also places an event in time ("two years ago"): it becomes the reference time. */
  places?: boolean;
  /** A comparison ("up from $5 a year earlier") that does not move the story: the reference time stays where it was. */
  keepsReference?: boolean;
}

function range(start: DayNumber, end: DayNumber): { start: string; end: string } {
  return { start: isoDay(start), end: isoDay(end) };
}

export function dayPeriod(day: DayNumber): Resolved {
  return { type: 'DATE', value: isoDay(day), range: range(day, day), precision: 'day', anchor: day };
}

export function partOfDayPeriod(day: DayNumber, part: string): Resolved {
  return { type: 'TIME', value: `${isoDay(day)}T${part}`, range: range(day, day), precision: 'day', anchor: day };
}

export function timePeriod(day: DayNumber, hour: number, minute: number, zone: string): Resolved {
  return {
    type: 'TIME',
    value: `${isoDay(day)}T${pad(hour, 2)}:${pad(minute, 2)}${zone}`,
    range: range(day, day),
    precision: 'datetime',
    anchor: day,
  };
}

/**
 * A clock time on a day (null: the day is unknown). `utcOffset` (minutes to add to reach UTC, or null for local
 * time) turns a zoned time into UTC ("18:00 GMT+8" -> 10:00Z), moving the day when it crosses midnight.
 */
export function clockOnDay(day: DayNumber | null, clock: { hour: number; minute: number; utcOffset: number | null }): Resolved {
  let { hour, minute } = clock;
  let zone = '';
  if (clock.utcOffset !== null) {
    zone = 'Z';
    let total = hour * 60 + minute - clock.utcOffset;
    if (day !== null) day += Math.floor(total / 1440);
    total = ((total % 1440) + 1440) % 1440;
    hour = Math.floor(total / 60);
    minute = total % 60;
  }
  if (day === null) return unresolved('TIME', `XXXX-XX-XXT${pad(hour, 2)}:${pad(minute, 2)}${zone}`);
  return timePeriod(day, hour, minute, zone);
}

export function weekPeriod(day: DayNumber): Resolved {
  const monday = weekStart(day);
  return { type: 'DATE', value: weekValue(day), range: range(monday, monday + 6), precision: 'week' };
}

/** The weekend (Saturday and Sunday) of the ISO week containing the day. */
export function weekendPeriod(day: DayNumber): Resolved {
  const saturday = weekStart(day) + 5;
  return { type: 'DATE', value: `${weekValue(day)}-WE`, range: range(saturday, saturday + 1), precision: 'range' };
}

export function monthPeriod(year: number, month: number): Resolved {
  const first = dayFromYmd(year, month, 1);
  return {
    type: 'DATE',
    value: `${pad(year, 4)}-${pad(month, 2)}`,
    range: range(first, first + daysInMonth(year, month) - 1),
    precision: 'month',
  };
}

export function quarterPeriod(year: number, quarter: number): Resolved {
  const first = dayFromYmd(year, quarter * 3 - 2, 1);
  const last = dayFromYmd(year, quarter * 3 + 1, 1) - 1;
  return { type: 'DATE', value: `${pad(year, 4)}-Q${quarter}`, range: range(first, last), precision: 'quarter' };
}

export function halfPeriod(year: number, half: number): Resolved {
  const first = dayFromYmd(year, half === 1 ? 1 : 7, 1);
  const last = dayFromYmd(year, half === 1 ? 7 : 13, 1) - 1;
  return { type: 'DATE', value: `${pad(year, 4)}-H${half}`, range: range(first, last), precision: 'range' };
}

const SEASON_MONTHS: Record<string, [number, number]> = { SP: [3, 5], SU: [6, 8], FA: [9, 11], WI: [12, 14] };

export function seasonPeriod(year: number, season: string): Resolved {
  const [from, to] = SEASON_MONTHS[season] ?? [1, 3];
  const first = dayFromYmd(year, from, 1);
  const last = dayFromYmd(year, to + 1, 1) - 1;
  return { type: 'DATE', value: `${pad(year, 4)}-${season}`, range: range(first, last), precision: 'season' };
}

/** The season (by its start year) that contains the day; winter belongs to the year it starts in. */
export function seasonYearOf(day: DayNumber, season: string): { year: number; contains: boolean } {
  const { year, month } = ymdFromDay(day);
  const [from, to] = SEASON_MONTHS[season] ?? [1, 3];
  if (season === 'WI' && month <= 2) return { year: year - 1, contains: true };
  return { year, contains: month >= from && month <= to };
}

export function yearPeriod(year: number): Resolved {
  return {
    type: 'DATE',
    value: pad(year, 4),
    range: range(dayFromYmd(year, 1, 1), dayFromYmd(year, 12, 31)),
    precision: 'year',
  };
}

/**
 * A company's or government's fiscal year, valued by its year as TimeBank writes it ("fiscal 2031" is 2031), not
 * placed on the calendar (its months are rarely told).
 */
export function fiscalYearPeriod(year: number): Resolved {
  return { ...yearPeriod(year), range: null, precision: 'year' };
}

/** The decade starting at `firstYear` (a multiple of ten): 1990 -> 199 (ISO 8601 reduced precision, as TimeML writes it). */
export function decadePeriod(firstYear: number): Resolved {
  return {
    type: 'DATE',
    value: pad(Math.floor(firstYear / 10), 3),
    range: range(dayFromYmd(firstYear, 1, 1), dayFromYmd(firstYear + 9, 12, 31)),
    precision: 'decade',
  };
}

/** The century of years firstYear..firstYear+99: 1900 -> 19. */
export function centuryPeriod(firstYear: number): Resolved {
  return {
    type: 'DATE',
    value: pad(Math.floor(firstYear / 100), 2),
    range: range(dayFromYmd(firstYear, 1, 1), dayFromYmd(firstYear + 99, 12, 31)),
    precision: 'range',
  };
}

export function reference(value: 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF', publication: DayNumber | null): Resolved {
  if (value === 'PRESENT_REF' && publication !== null) {
    return { type: 'DATE', value, range: range(publication, publication), precision: 'day' };
  }
  return { type: 'DATE', value, range: null, precision: 'unknown' };
}

export function unresolved(type: TimexType, value: string): Resolved {
  return { type, value, range: null, precision: 'unknown' };
}

export function weekdayOnOrBefore(day: DayNumber, weekday: number): DayNumber {
  return day - ((isoWeekday(day) - weekday + 7) % 7);
}

export function weekdayOnOrAfter(day: DayNumber, weekday: number): DayNumber {
  return day + ((weekday - isoWeekday(day) + 7) % 7);
}

export { range as dayRange };
