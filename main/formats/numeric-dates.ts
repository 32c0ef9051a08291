/**
 * Numeric dates whose order is ambiguous ("12/03/2021": 12 March or December 3?). A text settles it by how it
 * writes its other dates: "30 April" and "23/04/2021" are day-first, "April 30" and "04/23/2021" month-first;
 * prices in pounds or euros point to day-first Britain and Europe. Without such evidence the date stays unread.
 * (dates.ts's withNumericDatesResolved then rewrites the dates in the order found.)
 */

import { LOCAL_MONTH_NAMES, withAsciiDigits } from './dates';

const MONTH_NAME = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const DAY_MONTH = new RegExp(String.raw`\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH_NAME}(?![\p{L}])`, 'gu');
const MONTH_DAY = new RegExp(String.raw`\b${MONTH_NAME}\s+\d{1,2}(?:st|nd|rd|th)?(?!\d|\s*(?:%|per\b|million|billion))`, 'gu');
/** "14 novembre", "3. März", "3 de marzo", "3 d’abril": the languages whose month names dates.ts reads all write the day first. */
const LOCAL_DAY_MONTH = new RegExp(String.raw`\b\d{1,2}\.?\s+(?:de\s+|d['’])?(?:${LOCAL_MONTH_NAMES})(?![\p{L}])`, 'giu');
// (Hyphens and two-digit years too, as Dutch and Belgian sites print them: "23-11-26".)
const NUMERIC_DATE = /\b(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?!\d|[./-]\d)/g;

const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const WEEKDAY_NUMERIC_DATE = /\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+(\d{1,2})\/(\d{1,2})\/(\d{4})(?!\d)/gi;

/** The weekday (0 = Sunday) of a day, or -1 when there is no such day. */
function weekdayOf(year: number, month: number, day: number): number {
  if (month < 1 || month > 12 || day < 1 || day > 31) return -1;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 ? date.getUTCDay() : -1;
}

const MONTH_INDEX = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** The days the text writes with a month's name (or in a permalink), as "month-day" keys ("9 July" and "Jul 9" -> "7-9"). */
function wordedDays(text: string): Set<string> {
  const days = new Set<string>();
  // (And the days a permalink's path spells year first, "/2029/06/12/": no order to guess there.)
  for (const m of text.matchAll(/\/(?:19|20)\d{2}\/(\d{2})\/(\d{2})\//g)) if (+m[1]! >= 1 && +m[1]! <= 12) days.add(`${+m[1]!}-${+m[2]!}`);
  for (const m of [...text.matchAll(DAY_MONTH), ...text.matchAll(MONTH_DAY)]) {
    const day = /\d{1,2}/.exec(m[0])![0];
    const month = MONTH_INDEX.indexOf(/\p{L}{3}/u.exec(m[0].replace(/\bof\b/, ''))![0].toLowerCase()) + 1;
    if (month > 0) days.add(`${month}-${+day}`);
  }
  return days;
}

/**
 * Prices in the currencies of countries whose short dates put the day first (CLDR's date patterns): pounds, euros,
 * shekels, rupees, naira, cedis, Kenyan shillings, reais, lira, roubles, hryvnias, złoty, koruna, Australian and New
 * Zealand dollars. (Not the US dollar, the peso of the month-first Philippines, nor the year-first yen, yuan and won.)
 */
const DAY_FIRST_MONEY = /[£€₪₹₦₵₺₽₴]\s?\d|(?<![\p{L}\p{N}])(?:NIS|ILS|INR|Rs\.?|PKR|NGN|KSh|GH₵|R\$|A\$|AU\$|NZ\$)\s?\d|\d(?:\s?(?:mln|mld|tys|mil)\.?)?\s?(?:zł|Kč)(?![\p{L}])/u;

/** Letters in Arabic script that make a copy Arabic (a name or a word quoted in another language's copy has fewer). */
const MIN_ARABIC_LETTERS = 6;

/** True when the text writes dates day first, false when month first, null when it does not tell. */
export function writesDayFirst(raw: string): boolean | null {
  // (Eastern Arabic-Indic digits read as the ASCII ones.)
  const text = withAsciiDigits(raw);
  let dayFirst = (text.match(DAY_MONTH) ?? []).length;
  let monthFirst = (text.match(MONTH_DAY) ?? []).length;
  for (const m of text.matchAll(NUMERIC_DATE)) {
    // "03.04.2022": dates with dots are written day first (German, Nordic, Slavic and Swiss usage), never month first.
    if (m[0].includes('.')) dayFirst += 2;
    else if (+m[1]! > 12 && +m[3]! <= 12) dayFirst += 2;
    else if (+m[3]! > 12 && +m[1]! <= 12) monthFirst += 2;
  }
  // "Tue 04/09/2024": the weekday beside a date holds for one reading only (9 April 2024 was a Tuesday, 4 September a Wednesday).
  for (const m of text.matchAll(WEEKDAY_NUMERIC_DATE)) {
    const weekday = WEEKDAYS.indexOf(m[1]!.slice(0, 3).toLowerCase());
    const [a, b, y] = [+m[2]!, +m[3]!, +m[4]!];
    const asDayFirst = weekdayOf(y, b, a) === weekday;
    const asMonthFirst = weekdayOf(y, a, b) === weekday;
    if (asDayFirst && !asMonthFirst) dayFirst += 2;
    else if (asMonthFirst && !asDayFirst) monthFirst += 2;
  }
  // "09/07/2025" over a dateline's "Jul 9": a stamp and its story's dateline give the same day, one reading of it.
  const worded = wordedDays(text);
  for (const m of text.matchAll(NUMERIC_DATE)) {
    const [a, b] = [+m[1]!, +m[3]!];
    if (a === b || a > 12 || b > 12 || m[0].includes('.')) continue;
    const asDayFirst = worded.has(`${b}-${a}`);
    const asMonthFirst = worded.has(`${a}-${b}`);
    if (asDayFirst && !asMonthFirst) dayFirst += 3;
    else if (asMonthFirst && !asDayFirst) monthFirst += 3;
  }
  dayFirst += (text.match(LOCAL_DAY_MONTH) ?? []).length;
  if (DAY_FIRST_MONEY.test(text)) dayFirst += 1;
  // (Pages in Arabic script write numeric dates day first, as the Arab world and Iran do.)
  if ((text.match(/\p{Script=Arabic}/gu)?.length ?? 0) >= MIN_ARABIC_LETTERS) dayFirst += 2;
  if (dayFirst === monthFirst) return null;
  return dayFirst > monthFirst;
}
