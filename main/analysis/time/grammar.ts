/**
 * The temporal grammar: rules that recognise an expression starting at a token and
 * return its extent plus a resolver that normalises it against the publication date
 * and the running reference time. Extents follow the MEANTIME/TimeML conventions:
 * determiners and modifiers ("the", "almost", "early") belong to the expression,
 * prepositions ("on", "in", "over", "since") and "ago" do not.
 */
import {
  type DayNumber,
  addMonths,
  dayFromYmd,
  isValidYmd,
  isoWeekday,
  quarterOf,
  shiftDay,
  ymdFromDay,
} from './calendar';
import {
  COUNTED_NOUNS,
  FREQUENCY_ADVERBS,
  MONTHS,
  MONTH_ABBREVIATIONS,
  NUMBER_WORDS,
  ORDINAL_WORDS,
  PARTS_OF_DAY,
  SEASONS,
  UNITS,
  type UnitCode,
  VAGUE_QUANTITIES,
  WEEKDAYS,
  WEEKDAYS_PLURAL,
} from './lexicon';
import {
  type Resolved,
  centuryPeriod,
  clockOnDay,
  dayPeriod,
  dayRange,
  decadePeriod,
  fiscalYearPeriod,
  halfPeriod,
  monthPeriod,
  partOfDayPeriod,
  quarterPeriod,
  reference,
  seasonPeriod,
  seasonYearOf,
  unresolved,
  weekPeriod,
  weekdayOnOrAfter,
  weekdayOnOrBefore,
  weekendPeriod,
  yearPeriod,
} from './periods';
import type { Orientation } from './tense';
import type { Precision } from '../../../shared/model';
import type { Token } from './tokens';

export interface Context {
  /** Publication day (document creation time), null when unknown. */
  publication: DayNumber | null;
  /** Where the last placed expression starts (for "the next day", "two days later"), and how precisely it is known. */
  reference: DayNumber | null;
  referencePrecision: Precision;
  /** The last day placed to the day (day-sized chaining: "the next day", "later that day"). */
  referenceDay: DayNumber | null;
  /** Tense orientation of the clause around the expression. */
  orientation: () => Orientation;
  /** The last quarter or month placed (a reporting period), for "the same period last year" told after other dates. */
  period?: { day: DayNumber; precision: 'quarter' | 'month' } | null;
  /**
   * The first day of the half year under report, when the last thing placed was one ("the first half of 2030", "the
   * six months to June 30"): "a year earlier" is then the same half a year back.
   */
  half?: DayNumber | null;
  /**
   * A whole year named earlier in the same sentence ("Last year, the city recorded most cases between August and
   * November"): the year of a bare month or day there. Null when none.
   */
  sentenceYear?: number | null;
}

export interface ClockTime {
  hour: number;
  minute: number;
  /** Offset to add to reach UTC, in minutes, or null for local time. */
  utcOffset: number | null;
}

export interface Match {
  from: number;
  /** Exclusive token index. */
  to: number;
  resolve: (context: Context) => Resolved | null;
  /** A clock time takes its day from a date in the same sentence (resolved afterwards). */
  clock?: ClockTime;
  /** Expressions nested inside this one ("2009" inside "from 2009 to 2011"). */
  nested?: Match[];
}

type Rule = (g: Grammar, i: number) => Match | null;

interface Quantity {
  /** null = unspecified ("several"). */
  value: number | null;
  next: number;
}

interface YearHit {
  year: number;
  next: number;
}

/** Fraction characters written after a number ("2½"). */
const VULGAR_FRACTIONS: ReadonlyMap<string, number> = new Map([['½', 0.5], ['¼', 0.25], ['¾', 0.75]]);

const MODIFIERS = new Set(['almost', 'nearly', 'about', 'approximately', 'around', 'roughly', 'some']);
const YEAR_PREPOSITIONS = new Set([
  'in', 'since', 'by', 'from', 'the', 'until', 'between', 'during', 'and', 'of', 'before', 'after', 'early', 'late',
  'mid', 'spring', 'summer', 'autumn', 'fall', 'winter', 'fiscal', 'to', 'through', 'till', 'or', 'for', 'on', 'year',
  'around', 'circa', 'about', 'throughout', 'at', 'than', 'into', 'as', 'over', 'that', 'this', 'when',
]);
/** Determiners that open a sentence before a year used as a modifier ("A 2031 law", "Their 1990 album"): not names. */
const YEAR_DETERMINERS = new Set(['A', 'An', 'Its', 'His', 'Her', 'Their', 'Our', 'My', 'Your', 'Each', 'Every', 'That', 'These', 'Those']);
const HOLIDAY_PREFIXES = new Set(['black', 'good', 'super', 'cyber', 'ash', 'bloody', 'easter', 'palm', 'holy', 'maundy', 'shrove', 'giving', 'small']);
const ZONES_UTC = new Set(['utc', 'gmt', 'z']);
const ZONES_LOCAL = new Set(['et', 'est', 'edt', 'pt', 'pst', 'pdt', 'ct', 'cst', 'cdt', 'mt', 'mst', 'mdt', 'bst', 'cet', 'cest', 'jst', 'ist', 'aest', 'aedt', 'hkt', 'sgt', 'msk', 'eet', 'eest', 'wib']);
const CLOCK_PREPOSITIONS = new Set(['at', 'by', 'until', 'till', 'from', 'around', 'before', 'after', 'since', 'about', 'approximately', 'to', 'and']);

/** Words of a game's play: in their sentence, "the fourth quarter" or "the second half" is a period of the game. */
const GAME_WORDS = new Set([
  'scored', 'scoring', 'trailed', 'trailing', 'rebounds', 'assists', 'touchdown', 'touchdowns', 'goals', 'halftime',
  'buzzer', 'fumble', 'interception', 'innings', 'basket', 'baskets', 'three-pointer', 'layup', 'dunk', 'penalty',
  'outscored', 'turnovers', 'fouls', 'jumper', 'jumpers', 'rebound', 'timeout', 'quarterback', 'overtime',
]);
/** Words of results and trade: in their sentence, "the second half" alone is a half of the year. */
const BUSINESS_WORDS = new Set([
  'sales', 'revenue', 'revenues', 'profit', 'profits', 'earnings', 'results', 'growth', 'margin', 'margins', 'demand',
  'costs', 'prices', 'output', 'economy', 'inflation', 'income', 'loss', 'losses', 'outlook', 'guidance', 'orders',
  'deliveries', 'volumes', 'turnover', 'dividend', 'spending', 'exports', 'imports', 'bookings', 'shipments',
]);
/** How far a game's words are looked for either side of a period (within its sentence). */
const GAME_REACH = 40;

export class Grammar {
  constructor(readonly tokens: readonly Token[]) {}

  /**
   * The sentence around token i tells a game: a word of play ("scored", "trailed") or a score ("led 70-53").
   */
  inGameSentence(i: number): boolean {
    return this.sentenceHas(i, (k) => {
      const token = this.tokens[k] as Token;
      if (token.kind === 'word') return GAME_WORDS.has(token.lower);
      // A score: two numbers under 200 joined by a hyphen ("118-111"), not a year range.
      return token.kind === 'number' && token.text.length <= 3 && this.gluedSymbol(k + 1, '-') && this.isNumber(k + 2) && this.glued(k + 2)
        && this.text(k + 2).length <= 3 && this.numberValue(k) < 200 && this.numberValue(k + 2) < 200;
    });
  }

  /** The sentence around token i tells of money or trade: an amount, a percentage or a word of results. */
  inBusinessSentence(i: number): boolean {
    return this.sentenceHas(i, (k) => {
      const token = this.tokens[k] as Token;
      if (token.kind === 'word') return BUSINESS_WORDS.has(token.lower);
      return token.kind === 'other' && '%$£€¥₹'.includes(token.text);
    });
  }

  /** Some token of the sentence around token i (up to GAME_REACH tokens either side) passes `test`. */
  private sentenceHas(i: number, test: (k: number) => boolean): boolean {
    const stop = (k: number): boolean => {
      const token = this.tokens[k] as Token;
      return (token.text === '.' || token.text === '!' || token.text === '?') && this.tokens[k + 1]?.spaced !== false;
    };
    for (let k = i - 1, steps = 0; k >= 0 && steps < GAME_REACH; k--, steps++) {
      if (stop(k)) break;
      if (test(k)) return true;
      if ((this.tokens[k] as Token).newline) break; // the first token of its line
    }
    for (let k = i + 1, steps = 0; k < this.tokens.length && steps < GAME_REACH; k++, steps++) {
      if (stop(k) || (this.tokens[k] as Token).newline) break;
      if (test(k)) return true;
    }
    return false;
  }

  token(i: number): Token | undefined {
    return this.tokens[i];
  }

  /** Lower-cased word at i, or '' when the token is not a word. */
  word(i: number): string {
    const token = this.tokens[i];
    return token && token.kind === 'word' ? token.lower : '';
  }

  text(i: number): string {
    return this.tokens[i]?.text ?? '';
  }

  isNumber(i: number): boolean {
    return this.tokens[i]?.kind === 'number';
  }

  numberValue(i: number): number {
    const token = this.tokens[i];
    return token && token.kind === 'number' ? Number(token.text) : NaN;
  }

  /** Token i is attached to the previous one (no whitespace). */
  glued(i: number): boolean {
    const token = this.tokens[i];
    return token !== undefined && i > 0 && !token.spaced;
  }

  capitalised(i: number): boolean {
    const token = this.tokens[i];
    if (!token || token.kind !== 'word') return false;
    const code = token.text.charCodeAt(0);
    if (code < 128) return code >= 65 && code <= 90;
    const first = token.text.charAt(0);
    return first === first.toUpperCase() && first !== first.toLowerCase();
  }

  /** A digit run of exactly `length` digits. */
  digits(i: number, length: number): boolean {
    const token = this.tokens[i];
    return token !== undefined && token.kind === 'number' && token.text.length === length;
  }

  /** Glued punctuation at i (e.g. "-" in "fifty-year"). */
  gluedSymbol(i: number, symbols: string): boolean {
    const token = this.tokens[i];
    return token !== undefined && token.kind === 'other' && symbols.includes(token.text) && this.glued(i);
  }

  /** Token i-1 is one of `symbols` and touches token i ("$2009", "-11" in "2009-11"). */
  symbolBefore(i: number, symbols: string): boolean {
    const previous = this.tokens[i - 1];
    return previous !== undefined && previous.kind === 'other' && symbols.includes(previous.text) && this.glued(i);
  }

  /** Skips an ordinal suffix glued to a day number ("2nd", "24th"). */
  afterOrdinalSuffix(i: number): number {
    const suffix = this.word(i);
    if ((suffix === 'st' || suffix === 'nd' || suffix === 'rd' || suffix === 'th') && this.glued(i)) return i + 1;
    return i;
  }

  /** A number glued to letters or digits around it is part of a code ("B52", "4G"), not a quantity. */
  isCodeLike(i: number): boolean {
    const previous = this.tokens[i - 1];
    const next = this.tokens[i + 1];
    if (previous && this.glued(i) && previous.kind === 'word') return true;
    if (next && this.glued(i + 1) && next.kind === 'word' && !['st', 'nd', 'rd', 'th', 's', 'am', 'pm', 'a', 'p'].includes(next.lower)) return true;
    return false;
  }

  quantity(i: number, allowArticle: boolean): Quantity | null {
    const word = this.word(i);
    if (this.isNumber(i)) {
      if (this.isCodeLike(i)) return null;
      if (this.symbolBefore(i, '$£€#.,/:')) return null;
      let value = this.numberValue(i);
      let next = i + 1;
      // At most a few thousands groups, so that "1,000,000,000,..." cannot make the scan quadratic.
      for (let groups = 0; groups < 4 && this.gluedSymbol(next, ',') && this.digits(next + 1, 3) && this.glued(next + 1); groups++) {
        value = value * 1000 + this.numberValue(next + 1);
        next += 2;
      }
      if (this.gluedSymbol(next, '.') && this.isNumber(next + 1) && this.glued(next + 1)) {
        value = Number(`${this.text(i)}.${this.text(next + 1)}`);
        next += 2;
      }
      if (this.gluedSymbol(next, ':/')) return null;
      // "2 1/2 years", "2½ years"
      const fraction = VULGAR_FRACTIONS.get(this.text(next));
      if (fraction !== undefined && this.glued(next)) return { value: value + fraction, next: next + 1 };
      if (this.isNumber(next) && this.gluedSymbol(next + 1, '/') && this.isNumber(next + 2) && this.glued(next + 2) && !this.glued(next)) {
        const numerator = this.numberValue(next);
        const denominator = this.numberValue(next + 2);
        if (numerator > 0 && numerator < denominator && (denominator === 2 || denominator === 4)) return { value: value + numerator / denominator, next: next + 3 };
      }
      return this.withHalf({ value, next });
    }
    if (word === 'a' || word === 'an') {
      if (this.word(i + 1) === 'few') return { value: null, next: i + 2 };
      if (this.word(i + 1) === 'couple' && this.word(i + 2) === 'of') return { value: 2, next: i + 3 };
      if (this.word(i + 1) === 'half') return { value: 0.5, next: i + 2 };
      // "a quarter of a century" (25 years), "a quarter of an hour"
      if (this.word(i + 1) === 'quarter' && this.word(i + 2) === 'of' && (this.word(i + 3) === 'a' || this.word(i + 3) === 'an') && this.unit(i + 4) && this.unit(i + 4) !== 'Q') {
        return { value: 0.25, next: i + 4 };
      }
      if (this.word(i + 1) === 'dozen') return { value: 12, next: i + 2 };
      return allowArticle ? { value: 1, next: i + 1 } : null;
    }
    if (word === 'half' && (this.word(i + 1) === 'a' || this.word(i + 1) === 'an')) return { value: 0.5, next: i + 2 };
    if (word === 'couple' && this.word(i + 1) === 'of') return { value: 2, next: i + 2 }; // "the next couple of years"
    if (VAGUE_QUANTITIES.has(word)) return { value: null, next: i + 1 };
    const base = NUMBER_WORDS.get(word);
    if (base !== undefined) {
      let value = base;
      let next = i + 1;
      if (base >= 20 && base < 100 && base % 10 === 0) {
        // "twenty-four", and "twenty four" as transcripts write it
        const hyphen = this.gluedSymbol(next, '-');
        const unit = NUMBER_WORDS.get(this.word(hyphen ? next + 1 : next));
        if (unit !== undefined && unit < 10) {
          value += unit;
          next += hyphen ? 2 : 1;
        }
      }
      return this.withHalf({ value, next });
    }
    return null;
  }

  private withHalf(quantity: Quantity): Quantity {
    const { next } = quantity;
    if (quantity.value !== null && this.word(next) === 'and' && this.word(next + 1) === 'a' && this.word(next + 2) === 'half') {
      return { value: quantity.value + 0.5, next: next + 3 };
    }
    return quantity;
  }

  /**
   * A year spoken in words, as broadcast transcripts write it: "nineteen sixty-seven", "nineteen eighty",
   * "nineteen oh five", "two thousand (and) one", "twenty fourteen". Only after a preposition, a month or "year"
   * ("in nineteen sixty-seven", "the spring of nineteen seventy-one"), where it cannot be a count.
   */
  spokenYear(i: number): YearHit | null {
    const first = NUMBER_WORDS.get(this.word(i));
    if (first === undefined) return null;
    const previous = this.word(i - 1);
    const afterDay = this.text(i - 1) === ',' && this.isNumber(i - 2); // "June 3, nineteen sixty-seven"
    // "nineteen eighty-four" (a teen number, then tens and units) reads as nothing but a year, wherever it stands
    // ("Berlin, nineteen eighty-nine.", "a nineteen ninety-seven attack").
    const teenThenCompound = first >= 11 && first <= 19 && (NUMBER_WORDS.get(this.word(i + 1)) ?? 0) >= 20 && (NUMBER_WORDS.get(this.word(i + 1)) ?? 0) % 10 === 0 &&
      this.gluedSymbol(i + 2, '-') && (NUMBER_WORDS.get(this.word(i + 3)) ?? 10) < 10;
    if (!YEAR_PREPOSITIONS.has(previous) && !MONTHS.has(previous) && !afterDay && !teenThenCompound) return null;
    let next: number;
    if (first === 2 && this.word(i + 1) === 'thousand') {
      next = i + 2;
      if (this.word(next) === 'and') next += 1;
      const rest = this.twoDigitWords(next);
      if (!rest) return { year: 2000, next: this.word(next) === 'and' ? next - 1 : next };
      return { year: 2000 + rest.value, next: rest.next };
    }
    if ((first >= 11 && first <= 19) || first === 20) {
      const century = first;
      next = i + 1;
      if (this.word(next) === 'hundred') return { year: century * 100, next: next + 1 };
      if (this.word(next) === 'oh') {
        const unit = NUMBER_WORDS.get(this.word(next + 1));
        return unit !== undefined && unit < 10 ? { year: century * 100 + unit, next: next + 2 } : null;
      }
      const rest = this.twoDigitWords(next);
      if (!rest || rest.value < 10) return null;
      return { year: century * 100 + rest.value, next: rest.next };
    }
    return null;
  }

  /** A number from ten to ninety-nine in words ("sixty-seven", "sixty seven", "twelve"). */
  private twoDigitWords(i: number): { value: number; next: number } | null {
    const base = NUMBER_WORDS.get(this.word(i));
    if (base === undefined || base >= 100 || this.word(i) === 'dozen') return null;
    if (base >= 20 && base % 10 === 0) {
      const hyphen = this.gluedSymbol(i + 1, '-');
      const unit = NUMBER_WORDS.get(this.word(hyphen ? i + 2 : i + 1));
      if (unit !== undefined && unit < 10) return { value: base + unit, next: hyphen ? i + 3 : i + 2 };
    }
    return { value: base, next: i + 1 };
  }

  /** A plausible year (1000-2099) at i, written in four digits (or spoken), not part of a larger number or code. */
  year(i: number): YearHit | null {
    if (this.tokens[i]?.kind === 'word') {
      const spoken = this.spokenYear(i);
      const after = this.word(spoken?.next ?? i);
      if (!spoken || COUNTED_NOUNS.has(after) || UNITS.has(after) || this.tokens[spoken.next]?.kind === 'number' || this.gluedSymbol(spoken.next, '-')) return null;
      return spoken;
    }
    if (!this.digits(i, 4)) return null;
    const year = this.numberValue(i);
    if (year < 1000 || year > 2099) return null;
    if (this.isCodeLike(i)) return null;
    // ("2031/32", a year across two, is let through; "2031/05/04" and "2031/7" are not years.)
    const acrossTwo = this.gluedSymbol(i + 1, '/') && this.glued(i + 2) && !this.gluedSymbol(i + 3, '/') &&
      ((this.digits(i + 2, 2) && this.numberValue(i + 2) === (year + 1) % 100) || (this.digits(i + 2, 4) && this.numberValue(i + 2) === year + 1));
    if (this.symbolBefore(i, '$£€#.,/:+') || this.gluedSymbol(i + 1, '%:') || (this.gluedSymbol(i + 1, '/') && !acrossTwo)) return null;
    if (this.gluedSymbol(i + 1, ',.') && this.isNumber(i + 2) && this.glued(i + 2)) return null;
    if (COUNTED_NOUNS.has(this.word(i + 1))) return null;
    return { year, next: i + 1 };
  }

  /** A year standing on its own: also not right after a proper name ("Expo 2010", "Windows 2000"). */
  standaloneYear(i: number): YearHit | null {
    const hit = this.year(i);
    if (!hit) return null;
    const previous = this.tokens[i - 1];
    // (A name before four digits makes a model or a title, "Windows 2000"; a year in words is a year. A determiner
    // capitalised only because it opens the sentence is no name: "A 2031 treaty set the border", "Its 1987 charter".)
    if (previous && previous.kind === 'word' && this.tokens[i]?.kind === 'number' && this.capitalised(i - 1) && !YEAR_PREPOSITIONS.has(previous.lower) && !MONTHS.has(previous.lower) && !YEAR_DETERMINERS.has(previous.text)) {
      return null;
    }
    if (previous && previous.kind === 'number') return null;
    return hit;
  }

  /** A month name at i; an abbreviation ("Feb.") only before a number or, with `afterDay`, after a day ("24 Feb"). */
  month(i: number, afterDay = false): { month: number; next: number; abbreviated: boolean } | null {
    const word = this.word(i);
    if (!word || !this.capitalised(i)) return null;
    const full = MONTHS.get(word);
    if (full !== undefined) return { month: full, next: i + 1, abbreviated: false };
    const short = MONTH_ABBREVIATIONS.get(word);
    if (short !== undefined) {
      const next = this.gluedSymbol(i + 1, '.') ? i + 2 : i + 1;
      if (this.isNumber(next) || afterDay) return { month: short, next, abbreviated: true };
    }
    return null;
  }

  /** A day of the month at i (1-31, optional ordinal suffix). */
  dayOfMonth(i: number): { day: number; next: number } | null {
    if (!this.isNumber(i) || this.text(i).length > 2) return null;
    const day = this.numberValue(i);
    if (day < 1 || day > 31) return null;
    if (this.gluedSymbol(i + 1, ':/.') && this.isNumber(i + 2)) return null;
    return { day, next: this.afterOrdinalSuffix(i + 1) };
  }

  unit(i: number): UnitCode | null {
    return UNITS.get(this.word(i)) ?? null;
  }
}

// ---------------------------------------------------------------------------
// Resolution helpers

function pickYearForMonthDay(publication: DayNumber, month: number, day: number, orientation: Orientation): DayNumber | null {
  const { year } = ymdFromDay(publication);
  const candidates: DayNumber[] = [];
  for (const y of [year - 1, year, year + 1]) {
    if (isValidYmd(y, month, day)) candidates.push(dayFromYmd(y, month, day));
  }
  return pickNearDay(publication, candidates, orientation);
}

/**
 * Of the same calendar day in consecutive years (ascending), the one a bare mention means ("on November 11",
 * "Christmas Eve"), by the tense of its clause.
 */
function pickNearDay(publication: DayNumber, candidates: readonly DayNumber[], orientation: Orientation): DayNumber | null {
  if (candidates.length === 0) return null;
  const { year } = ymdFromDay(publication);
  // A report rarely says "on November 11" of a day six days ahead in the past tense (or "by Jan. 14" of a
  // deadline a week gone in the future tense) unless the tense cue is misread: both readings tolerate a week.
  // And news style (AP) writes the year of any date outside the current year: a bare date a month ahead is
  // likelier this year's than one almost a year back ("the Jan. 14 deadline" in a story of January 6).
  if (orientation === 'future') return candidates.find((d) => d >= publication - 7) ?? null;
  if (orientation === 'past') {
    const past = [...candidates].reverse().find((d) => d <= publication + 7) ?? null;
    const soon = candidates.find((d) => d > publication + 7 && d <= publication + NEAR_AHEAD_DAYS && ymdFromDay(d).year === year);
    return past !== null && soon !== undefined && publication - past > FAR_BACK_DAYS ? soon : past;
  }
  let best = candidates[0] ?? null;
  for (const candidate of candidates) {
    if (best === null || Math.abs(candidate - publication) < Math.abs(best - publication)) best = candidate;
  }
  return best;
}

function pickYearForMonth(publication: DayNumber, month: number, orientation: Orientation): number {
  const { year, month: current } = ymdFromDay(publication);
  if (orientation === 'future') return month >= current ? year : year + 1;
  // Next month, even in a past-tense clause, is this year's ("gave them until mid-November", written in October).
  if (month === current + 1) return year;
  return month <= current ? year : year - 1;
}

/** A bare date of the publication year up to a month ahead (AP style writes the year of any other year's date)... */
const NEAR_AHEAD_DAYS = 31;
/** ...beats one more than nine months back. */
const FAR_BACK_DAYS = 270;

function weekdayFrom(publication: DayNumber, weekday: number, orientation: Orientation): DayNumber {
  return orientation === 'future' ? weekdayOnOrAfter(publication, weekday) : weekdayOnOrBefore(publication, weekday);
}

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}

function numberText(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 100) / 100);
}

/** The next smaller unit a fraction of a unit is written in (ISO 8601 has no fractional years): its size and designator. */
const FRACTION_UNITS: Partial<Record<UnitCode, { per: number; designator: string; time: boolean }>> = {
  Y: { per: 12, designator: 'M', time: false },
  M: { per: 30, designator: 'D', time: false },
  D: { per: 24, designator: 'H', time: true },
  H: { per: 60, designator: 'M', time: true },
  MIN: { per: 60, designator: 'S', time: true },
};

export function durationValue(value: number | null, unit: UnitCode): string {
  const fraction = value === null ? undefined : FRACTION_UNITS[unit];
  if (value !== null && fraction && !Number.isInteger(value) && Number.isInteger(Math.round((value % 1) * fraction.per * 100) / 100)) {
    // "half an hour" -> PT30M, "half a year" -> P6M, "2 1/2 years" -> P2Y6M, "a minute and a half" -> PT1M30S
    const whole = Math.floor(value);
    const part = Math.round((value - whole) * fraction.per);
    const head = whole > 0 ? durationValue(whole, unit) : fraction.time ? 'PT' : 'P';
    const joiner = fraction.time && !head.includes('T') ? 'T' : '';
    return `${head}${joiner}${part}${fraction.designator}`;
  }
  const n = value === null ? 'X' : numberText(value);
  switch (unit) {
    case 'S': return `PT${n}S`;
    case 'MIN': return `PT${n}M`;
    case 'H': return `PT${n}H`;
    case 'D': return `P${n}D`;
    case 'W': return `P${n}W`;
    case 'WE': return `P${n}WE`;
    case 'M': return `P${n}M`;
    case 'Q': return `P${n}Q`;
    case 'Y': return `P${n}Y`;
    case 'DE': return value === null ? 'PXY' : `P${numberText(value * 10)}Y`;
    case 'CE': return value === null ? 'PXY' : `P${numberText(value * 100)}Y`;
  }
}

/** Shifts a day by a signed amount of units, for anchored durations and "N days later". */
function shiftByUnit(day: DayNumber, amount: number, unit: UnitCode): DayNumber {
  switch (unit) {
    case 'S':
    case 'MIN':
      return day;
    case 'H':
      return day + Math.trunc(amount / 24);
    case 'D':
      return day + Math.round(amount);
    case 'W':
    case 'WE':
      return day + Math.round(amount * 7);
    case 'M':
      return shiftDay(day, Math.round(amount));
    case 'Q':
      return shiftDay(day, Math.round(amount * 3));
    case 'Y':
      return shiftDay(day, Math.round(amount * 12));
    case 'DE':
      return shiftDay(day, Math.round(amount * 120));
    case 'CE':
      return shiftDay(day, Math.round(amount * 1200));
  }
}

/** The calendar unit containing a day, at the precision of `unit`. */
function periodAt(day: DayNumber, unit: UnitCode): Resolved {
  const { year, month } = ymdFromDay(day);
  switch (unit) {
    case 'W':
      return weekPeriod(day);
    case 'WE':
      return weekendPeriod(day);
    case 'M':
      return monthPeriod(year, month);
    case 'Q':
      return quarterPeriod(year, quarterOf(month));
    case 'Y':
      return yearPeriod(year);
    case 'DE':
      return decadePeriod(year - (year % 10));
    case 'CE':
      return centuryPeriod(year - (year % 100));
    default:
      return dayPeriod(day);
  }
}

const UNIT_RANK: Record<UnitCode, number> = { S: 0, MIN: 0, H: 0, D: 1, W: 2, WE: 2, M: 3, Q: 4, Y: 5, DE: 6, CE: 7 };

function unitOfPrecision(precision: Precision): UnitCode {
  switch (precision) {
    case 'week': return 'W';
    case 'month': return 'M';
    case 'quarter': return 'Q';
    case 'season': return 'Q';
    case 'year': return 'Y';
    case 'decade': return 'DE';
    default: return 'D';
  }
}

/** The reference period shifted by `amount` units, placed no more precisely than the reference itself is known. */
function chained(c: Context, amount: number, unit: UnitCode): Resolved {
  // "He was shot last October. The gunman fled that same day": after a month told since the last day, a day chained
  // from the story lies in that month, on a day not given.
  if (UNIT_RANK[unit] <= 1 && amount === 0 && unit === 'D' && c.reference !== null && c.referencePrecision === 'month' && c.referenceDay !== null) {
    const month = ymdFromDay(c.reference);
    const last = ymdFromDay(c.referenceDay);
    if (month.year !== last.year || month.month !== last.month) return { ...unresolved('DATE', `${month.year}-${pad2(month.month)}-XX`), keepsReference: true };
  }
  if (UNIT_RANK[unit] <= 1 && c.referenceDay !== null) return dayPeriod(shiftByUnit(c.referenceDay, amount, unit));
  const anchor = c.reference ?? c.publication;
  if (anchor === null) return unresolved('DATE', xValue(unit));
  const referenceUnit = c.reference === null ? 'D' : unitOfPrecision(c.referencePrecision);
  const outUnit = UNIT_RANK[referenceUnit] > UNIT_RANK[unit] ? referenceUnit : unit;
  const shifted = shiftByUnit(anchor, amount, unit);
  if (UNIT_RANK[outUnit] <= 1) return dayPeriod(shifted);
  return periodAt(shifted, outUnit);
}

/** Precisions of a period that a comparison "a year earlier" / "a year ago" keeps ("third-quarter profit ... a year earlier"). */
const COMPARABLE_PRECISIONS: ReadonlySet<Precision> = new Set(['quarter', 'month']);

/**
 * "A year earlier", "a year ago", "the year-earlier quarter": set against a quarter (or month) that the story is
 * about, a comparison one year back lands on the same period of the year before. `notAfter`: the period must lie
 * before this day (for "ago": the reference is a period just reported, not one far away). Null otherwise. A
 * comparison does not move the story: the reference time stays on the period compared.
 */
function comparablePeriod(c: Context, amount: number, unit: UnitCode, notAfter: DayNumber | null = null): Resolved | null {
  if (unit === 'Y' && Math.abs(amount) === 1 && c.half !== undefined && c.half !== null && (notAfter === null || c.half <= notAfter)) {
    const { year, month } = ymdFromDay(c.half);
    return { ...halfPeriod(year + amount, month < 7 ? 1 : 2), keepsReference: true };
  }
  if (unit !== 'Y' || Math.abs(amount) !== 1 || c.reference === null || !COMPARABLE_PRECISIONS.has(c.referencePrecision)) return null;
  if (notAfter !== null && (c.reference > notAfter || c.reference < shiftByUnit(notAfter, -1, 'Y') - 92)) return null;
  const shifted = shiftByUnit(c.reference, amount, 'Y');
  return { ...periodAt(shifted, unitOfPrecision(c.referencePrecision)), keepsReference: true };
}

function xValue(unit: UnitCode): string {
  switch (unit) {
    case 'Y':
      return 'XXXX';
    case 'M':
      return 'XXXX-XX';
    case 'W':
      return 'XXXX-WXX';
    default:
      return 'XXXX-XX-XX';
  }
}

function anchoredDuration(value: string, from: DayNumber, to: DayNumber): Resolved {
  return { type: 'DURATION', value, range: dayRange(Math.min(from, to), Math.max(from, to)), precision: 'range' };
}

// ---------------------------------------------------------------------------
// Rules

const match = (from: number, to: number, resolve: Match['resolve'], extra?: Partial<Match>): Match => ({ from, to, resolve, ...extra });

/** Month-name dates: "February 24, 1955", "June 18", "April 2nd", "November 2006", "June", "Monday, June 5". */
const monthDate: Rule = (g, i) => {
  let start = i;
  let at = i;
  if (WEEKDAYS.has(g.word(i)) && g.capitalised(i)) {
    at = g.gluedSymbol(i + 1, ',') ? i + 2 : i + 1;
    // "Monday, March 20" or, in British order, "Monday 20 March".
    const dayFirst = g.dayOfMonth(at);
    if (!g.month(at) && !(dayFirst && g.month(dayFirst.next, true))) return null;
  } else if (g.word(i) === 'the' && g.dayOfMonth(i + 1) && g.word(g.afterOrdinalSuffix(i + 2)) === 'of') {
    // "the 24th of February"
    start = i;
    at = i + 1;
  }
  const monthHit = g.month(at);
  if (monthHit) {
    const { month } = monthHit;
    let next = monthHit.next;
    const dayHit = g.dayOfMonth(next);
    if (dayHit && !g.year(next)) {
      // "February 24-25", "Feb. 24–25, 2023", "February 27 – March 2": one range of days.
      const range = monthDayRange(g, start, month, dayHit.day, dayHit.next);
      if (range) return range;
      let after = dayHit.next;
      let year: number | null = null;
      const comma = g.gluedSymbol(after, ',') ? after + 1 : after;
      const yearHit = g.year(comma);
      if (yearHit) {
        year = yearHit.year;
        after = yearHit.next;
      } else if (g.word(after) === 'and' || g.word(after) === 'or') {
        // "Nov. 8 or 9, 2032": the year after the second day is the first one's too.
        const second = g.dayOfMonth(after + 1);
        const sharedYear = second ? yearAfterRange(g, second.next) : null;
        if (sharedYear) year = sharedYear.year;
      }
      return match(start, after, monthDayResolver(month, dayHit.day, year));
    }
    if (monthHit.abbreviated && !g.year(next)) return null;
    if (g.word(next) === 'of' && ['this', 'last', 'next'].includes(g.word(next + 1)) && g.word(next + 2) === 'year') {
      const shift = g.word(next + 1) === 'last' ? -1 : g.word(next + 1) === 'next' ? 1 : 0;
      return match(start, next + 3, (c) => {
        if (c.publication === null) return unresolved('DATE', `XXXX-${pad2(month)}`);
        return monthPeriod(ymdFromDay(c.publication).year + shift, month);
      });
    }
    // "in March that year", "May of that year", "June the same year": the month of the year the story is in.
    const thatAt = g.word(next) === 'of' ? next + 1 : next;
    const sameYear = g.word(thatAt) === 'that' && g.word(thatAt + 1) === 'year' ? thatAt + 2
      : (g.word(thatAt) === 'that' || g.word(thatAt) === 'the') && g.word(thatAt + 1) === 'same' && g.word(thatAt + 2) === 'year' ? thatAt + 3 : null;
    if (sameYear !== null && !g.gluedSymbol(sameYear, '-')) {
      return match(start, sameYear, (c) => {
        const base = c.reference ?? c.publication;
        return base === null ? unresolved('DATE', `XXXX-${pad2(month)}`) : monthPeriod(ymdFromDay(base).year, month);
      });
    }
    if (g.word(next) === 'of' && g.year(next + 1)) next += 1;
    else if (g.gluedSymbol(next, ',') && g.year(next + 1)) next += 1;
    const yearHit = g.year(next);
    if (yearHit) {
      return match(start, yearHit.next, () => monthPeriod(yearHit.year, month));
    }
    if (start !== i || at !== i) return null;
    // A bare month. "May" and "March" double as words: require a calendar context.
    if (month === 5 || month === 3) {
      // ("mid-March": the word before a glued hyphen)
      const previous = g.gluedSymbol(i - 1, '-') && g.glued(i) ? g.word(i - 2) : g.word(i - 1);
      const afterMonthDash = isMonthDash(g, i - 1) && MONTHS.has(g.word(i - 2)); // "January-March"
      if (!afterMonthDash && !['in', 'since', 'until', 'by', 'of', 'early', 'late', 'mid', 'end', 'start', 'last', 'next', 'this', 'during', 'before', 'after', 'through', 'from', 'to', 'till', 'and', 'or', 'between'].includes(previous)) return null;
    }
    return match(i, next, (c) => {
      if (c.sentenceYear != null && c.orientation() !== 'future') return monthPeriod(c.sentenceYear, month);
      if (c.publication === null) return unresolved('DATE', `XXXX-${pad2(month)}`);
      return monthPeriod(pickYearForMonth(c.publication, month, c.orientation()), month);
    });
  }
  // "11 December [2009]", "the 24th of February 1955"
  const dayHit = g.dayOfMonth(at);
  if (!dayHit) return null;
  // "24–25 Feb", "24-25 February 2023", "27 February – 2 March"
  const range = dayMonthRange(g, start, dayHit.day, dayHit.next);
  if (range) return range;
  let next = dayHit.next;
  if (g.word(next) === 'of') next += 1;
  const dayMonth = g.month(next, true);
  if (!dayMonth) return null;
  let end = dayMonth.next;
  let year: number | null = null;
  const comma = g.gluedSymbol(end, ',') ? end + 1 : end;
  const yearHit = g.year(comma);
  if (yearHit) {
    year = yearHit.year;
    end = yearHit.next;
  }
  return match(start, end, monthDayResolver(dayMonth.month, dayHit.day, year));
};

/** Words that may follow the second day of "on May 4 and 5": a preposition or a conjunction, not a counted noun. */
const AFTER_SECOND_DAY = new Set(['in', 'at', 'on', 'when', 'with', 'respectively', 'and', 'or', 'but', 'to', 'for', 'as', 'while', 'after', 'before']);

/**
 * The second day of "on May 4 and 5" / "June 9 or 10": a day of the month just named, in the year the first day was
 * placed in (the reference time) unless a year follows ("May 4 and 5, 2031").
 */
const secondDayOfMonth: Rule = (g, i) => {
  const joiner = g.word(i - 1);
  if (joiner !== 'and' && joiner !== 'or') return null;
  const dayHit = g.dayOfMonth(i);
  const firstDay = g.dayOfMonth(i - 2);
  if (!dayHit || !firstDay || firstDay.next !== i - 1 || g.text(i + 1) === '%') return null;
  const monthAt = g.gluedSymbol(i - 3, '.') ? i - 4 : i - 3;
  const monthHit = g.month(monthAt);
  if (!monthHit || monthHit.next !== i - 2 || g.numberValue(i - 2) >= dayHit.day) return null;
  const after = g.token(dayHit.next);
  const yearHit = yearAfterRange(g, dayHit.next);
  if (yearHit) return match(i, yearHit.next, monthDayResolver(monthHit.month, dayHit.day, yearHit.year));
  if (after && after.kind !== 'other' && !AFTER_SECOND_DAY.has(after.lower)) return null;
  return match(i, dayHit.next, (c) => {
    if (c.reference === null) return unresolved('DATE', `XXXX-${pad2(monthHit.month)}-${pad2(dayHit.day)}`);
    const { year } = ymdFromDay(c.reference);
    return isValidYmd(year, monthHit.month, dayHit.day) ? dayPeriod(dayFromYmd(year, monthHit.month, dayHit.day)) : null;
  });
};

/** Resolves a day of a month, in the year given or the one the tense points to. */
function monthDayResolver(month: number, dayOfMonth: number, givenYear: number | null): Match['resolve'] {
  return (c) => {
    let year = givenYear;
    if (year === null && c.sentenceYear != null && c.orientation() !== 'future') year = c.sentenceYear;
    if (year !== null) return isValidYmd(year, month, dayOfMonth) ? dayPeriod(dayFromYmd(year, month, dayOfMonth)) : null;
    if (c.publication === null) return unresolved('DATE', `XXXX-${pad2(month)}-${pad2(dayOfMonth)}`);
    const day = pickYearForMonthDay(c.publication, month, dayOfMonth, c.orientation());
    return day === null ? null : dayPeriod(day);
  };
}

/** The index after a range dash ("24-25", "24 – 25", "24—25"), or -1. */
function rangeDash(g: Grammar, i: number): number {
  const token = g.token(i);
  if (!token || token.kind !== 'other' || !'-–—'.includes(token.text) || token.newline) return -1;
  return g.token(i + 1)?.newline ? -1 : i + 1;
}

/** An optional ", 2023" / " 2023" after a range: the year of both ends. */
function yearAfterRange(g: Grammar, i: number): YearHit | null {
  return g.year(g.gluedSymbol(i, ',') ? i + 1 : i);
}

/** "February 24-25[, 2023]" or "February 27 – March 2[, 2023]", after the first day (`afterDay`). */
function monthDayRange(g: Grammar, start: number, month: number, firstDay: number, afterDay: number): Match | null {
  const dash = rangeDash(g, afterDay);
  if (dash < 0) return null;
  let secondMonth = month;
  let dayAt = dash;
  const monthHit = g.month(dash);
  if (monthHit) {
    secondMonth = monthHit.month;
    dayAt = monthHit.next;
  }
  const second = g.dayOfMonth(dayAt);
  if (!second || (secondMonth === month && second.day <= firstDay) || g.gluedSymbol(second.next, '-:/')) return null;
  if (g.gluedSymbol(second.next, '.,') && g.isNumber(second.next + 1) && g.glued(second.next + 1)) return null; // "24-25.5"
  if (!monthHit && (UNITS.has(g.word(second.next)) || COUNTED_NOUNS.has(g.word(second.next)) || g.word(second.next) === 'percent')) return null; // "May 3-5 days"
  const yearHit = yearAfterRange(g, second.next);
  const year = yearHit?.year ?? null;
  const end = yearHit ? yearHit.next : second.next;
  const first = match(start, afterDay, monthDayResolver(month, firstDay, secondMonth < month && year !== null ? year - 1 : year));
  const last = match(dash, second.next, monthDayResolver(secondMonth, second.day, year));
  return rangeOf(first, last, end);
}

/** "24–25 Feb[ 2023]" or "27 February – 2 March[ 2023]", after the first day (`afterDay`). */
function dayMonthRange(g: Grammar, start: number, firstDay: number, afterDay: number): Match | null {
  // "27 February – 2 March": the first month comes before the dash.
  const monthBefore = g.month(afterDay, true);
  const firstEnd = monthBefore ? monthBefore.next : afterDay;
  const at = rangeDash(g, firstEnd);
  if (at < 0) return null;
  const second = g.dayOfMonth(at);
  const monthHit = second ? g.month(second.next, true) : null;
  if (!second || !monthHit) return null;
  const secondMonth = monthHit.month;
  const month = monthBefore?.month ?? secondMonth;
  if (month === secondMonth && second.day <= firstDay) return null;
  const yearHit = yearAfterRange(g, monthHit.next);
  const year = yearHit?.year ?? null;
  const end = yearHit ? yearHit.next : monthHit.next;
  const first = match(start, firstEnd, monthDayResolver(month, firstDay, secondMonth < month && year !== null ? year - 1 : year));
  const last = match(at, end, monthDayResolver(secondMonth, second.day, year));
  return rangeOf(first, last, end);
}

/**
 * One range from two endpoints ("February 24-25", "from Monday to Wednesday"): a DURATION spanning both, holding
 * the endpoints as nested DATEs. An end placed before the start is read from the start instead ("Monday to
 * Wednesday" told on a Tuesday: the Wednesday after that Monday; "December 30 – January 2": the January after).
 */
function rangeOf(first: Match, second: Match, end: number = second.to): Match {
  // An end that names its year ("March 5, 2021") places the other one; else each is placed on its own, and an end
  // placed before the start is read from the start.
  const ends = (c: Context): [Resolved | null, Resolved | null] => {
    const a = first.resolve(c);
    const b = second.resolve(c);
    const aFixed = explicit(first, c);
    const bFixed = explicit(second, c);
    if (bFixed && !aFixed && b?.range) return [first.resolve(around(c, parseDay(b.range.start), 'past')), b];
    if (a?.range && (aFixed !== bFixed || !b?.range || b.range.end < a.range.start)) return [a, second.resolve(around(c, parseDay(a.range.start), 'future'))];
    return [a, b];
  };
  const start: Match = { ...first, resolve: (c) => ends(c)[0] };
  const last: Match = { ...second, to: end, resolve: (c) => ends(c)[1] };
  return match(first.from, end, (c) => {
    const [a, b] = ends(c);
    if (!a?.range || !b?.range || b.range.end < a.range.start) return null;
    const from = parseDay(a.range.start);
    const to = parseDay(b.range.end);
    const months = a.precision === 'month' && b.precision === 'month';
    const value = months ? `P${Math.round((to - from + 1) / 30.44)}M` : `P${to - from + 1}D`;
    return anchoredDuration(value, from, to);
  }, { nested: [start, last] });
}

/** The match places itself without the publication date (it names its year). */
function explicit(m: Match, c: Context): boolean {
  return m.resolve({ ...c, publication: null, reference: null, referenceDay: null })?.range != null;
}

/** A context that reads an underspecified expression from `day`, looking one way. */
function around(c: Context, day: DayNumber, orientation: Orientation): Context {
  return { ...c, publication: day, reference: day, referenceDay: day, referencePrecision: 'day', orientation: () => orientation };
}

/** Numeric dates: ISO "2008-03-06", US "7/8/07" or "7/8/2007". */
const numericDate: Rule = (g, i) => {
  if (!g.isNumber(i) || g.isCodeLike(i) || g.symbolBefore(i, '/-.:')) return null;
  if (g.digits(i, 4) && g.gluedSymbol(i + 1, '-') && g.digits(i + 2, 2) && g.glued(i + 2) && g.gluedSymbol(i + 3, '-') && g.digits(i + 4, 2) && g.glued(i + 4)) {
    const year = g.numberValue(i);
    const month = g.numberValue(i + 2);
    const day = g.numberValue(i + 4);
    if (!isValidYmd(year, month, day) || g.gluedSymbol(i + 5, '-:') ) return null;
    return match(i, i + 5, () => dayPeriod(dayFromYmd(year, month, day)));
  }
  if (g.text(i).length <= 2 && g.gluedSymbol(i + 1, '/') && g.isNumber(i + 2) && g.glued(i + 2) && g.text(i + 2).length <= 2 && g.gluedSymbol(i + 3, '/') && g.isNumber(i + 4) && g.glued(i + 4)) {
    const yearText = g.text(i + 4);
    if (yearText.length !== 2 && yearText.length !== 4) return null;
    if (g.gluedSymbol(i + 5, '/') || (g.isNumber(i + 6) && g.gluedSymbol(i + 5, '.'))) return null;
    const month = g.numberValue(i);
    const day = g.numberValue(i + 2);
    let year = g.numberValue(i + 4);
    if (yearText.length === 2) year += year < 50 ? 2000 : 1900;
    if (!isValidYmd(year, month, day)) return null;
    return match(i, i + 5, () => dayPeriod(dayFromYmd(year, month, day)));
  }
  return null;
};

/** "the weeks ahead", "the months to come": a stretch of unknown length from publication on. */
const stretchAhead: Rule = (g, i) => {
  if (g.word(i) !== 'the') return null;
  const unitWord = g.word(i + 1);
  const unit = g.unit(i + 1);
  if (!unit || unit === 'S' || unit === 'WE' || !unitWord.endsWith('s')) return null;
  // (not "the hours ahead of the vote": "ahead of" is a preposition)
  const end = g.word(i + 2) === 'ahead' && g.word(i + 3) !== 'of' ? i + 3 : g.word(i + 2) === 'to' && g.word(i + 3) === 'come' ? i + 4 : -1;
  if (end < 0) return null;
  return match(i, end, () => unresolved('DURATION', durationValue(null, unit)));
};

/**
 * "the full year", "the whole year", and the adjective "full-year" ("cut its full-year outlook"): the year under
 * discussion (results news: "sales for the full year rose").
 */
const wholeYear: Rule = (g, i) => {
  if (g.word(i) === 'full' && g.gluedSymbol(i + 1, '-') && g.word(i + 2) === 'year' && g.glued(i + 2) && !g.gluedSymbol(i + 3, '-')) {
    return match(i, i + 3, (c) => ({ ...chained(c, 0, 'Y'), keepsReference: true })); // an adjective: the story stays put
  }
  if (g.word(i) !== 'the' || !['full', 'whole', 'entire'].includes(g.word(i + 1)) || g.word(i + 2) !== 'year') return null;
  return match(i, i + 3, (c) => chained(c, 0, 'Y'));
};

/** "the rest of the week", "the remainder of the year": the period the story is in (a forecast's "from Thursday" on). */
const restOfPeriod: Rule = (g, i) => {
  if (g.word(i) !== 'the' || (g.word(i + 1) !== 'rest' && g.word(i + 1) !== 'remainder') || g.word(i + 2) !== 'of' || g.word(i + 3) !== 'the') return null;
  const unit = g.unit(i + 4);
  if (unit !== 'D' && unit !== 'W' && unit !== 'M' && unit !== 'Y' || g.word(i + 4).endsWith('s')) return null;
  return match(i, i + 5, (c) => ({ ...chained(c, 0, unit), keepsReference: true }));
};

/** Words after "for the year" that make it another period ("the year ended June 30", "the year before"). */
const NOT_AFTER_THE_UNIT = new Set(['ended', 'ending', 'to', 'before', 'after', 'earlier', 'later', 'ago', 'that', 'when', 'in', 'which', 'since', 'through', 'from', 'until', 'of']);

/** Units named before "of the year" when the year is the one under discussion ("its opening 11 weeks of the year"). */
const PARTS_OF_A_YEAR = new Set(['months', 'weeks', 'days', 'quarter', 'quarters', 'half', 'halves']);

/**
 * The year (week, month) under discussion in business copy: "For the year, sales rose 4%", "a high for the year of
 * $30", "the index fell 2% for the week", "over 20 weeks of the year". The same period as the story's time.
 */
const periodUnderDiscussion: Rule = (g, i) => {
  if (g.word(i) !== 'the') return null;
  const unitWord = g.word(i + 1);
  const unit = unitWord === 'year' ? 'Y' : unitWord === 'month' ? 'M' : unitWord === 'week' ? 'W' : null;
  // "the year's biggest gain", "the week's busiest session": the period the story is in.
  if (unit && !g.capitalised(i + 1) && g.gluedSymbol(i + 2, '\'’') && g.word(i + 3) === 's' && g.glued(i + 3) && g.token(i + 4)?.kind === 'word') {
    return match(i, i + 2, (c) => ({ ...chained(c, 0, unit), keepsReference: true }));
  }
  if (!unit || g.capitalised(i + 1) || g.gluedSymbol(i + 2, '-\'’')) return null;
  const before = g.word(i - 1);
  const next = g.token(i + 2);
  const closes = !next || next.kind === 'other' || (unit === 'Y' && g.word(i + 2) === 'of' && g.token(i + 3)?.kind === 'other');
  if (before === 'for') {
    if (!closes && NOT_AFTER_THE_UNIT.has(g.word(i + 2))) return null;
    if (!closes && unit !== 'Y') return null;
  } else if (before === 'of') {
    if (unit !== 'Y' || !PARTS_OF_A_YEAR.has(g.word(i - 2)) || (next && next.kind === 'word' && NOT_AFTER_THE_UNIT.has(next.lower))) return null;
  } else return null;
  return match(i, i + 2, (c) => ({ ...chained(c, 0, unit), keepsReference: true }));
};

/**
 * "the day before", "the year after", "the week before" used as adverbs (nothing follows but punctuation): one unit
 * before or after the story's time. ("the day before the vote" is relative to an event and left alone.)
 */
const unitBeforeAfter: Rule = (g, i) => {
  if (g.word(i) !== 'the') return null;
  const unit = g.unit(i + 1);
  if ((unit !== 'D' && unit !== 'W' && unit !== 'M' && unit !== 'Y') || g.word(i + 1).endsWith('s') || g.capitalised(i + 1)) return null;
  const direction = g.word(i + 2);
  if (direction !== 'before' && direction !== 'after') return null;
  const next = g.token(i + 3);
  // "the day before last Tuesday", "the day after March 3", "the day before Christmas": a day from that date.
  if (unit === 'D' && next && next.kind !== 'other') {
    const date = monthDate(g, i + 3) ?? deicticUnit(g, i + 3) ?? weekdayRule(g, i + 3) ?? holidayRule(g, i + 3);
    if (!date || date.from !== i + 3) return null;
    const shift = direction === 'before' ? -1 : 1;
    return match(i, date.to, (c) => {
      const resolved = date.resolve(c);
      if (!resolved || !resolved.range || resolved.precision !== 'day') return null;
      return dayPeriod(parseDay(resolved.range.start) + shift);
    });
  }
  if (next && (next.kind !== 'other' || next.text === '\'' || next.text === '’' || next.text === '-')) return null;
  return match(i, i + 3, (c) => chained(c, direction === 'before' ? -1 : 1, unit));
};

/** Decades named in words. */
const DECADE_WORDS: ReadonlyMap<string, number> = new Map([
  ['twenties', 20], ['thirties', 30], ['forties', 40], ['fifties', 50], ['sixties', 60], ['seventies', 70], ['eighties', 80], ['nineties', 90],
]);

/** The first year of a decade written with two digits ("the '90s", "the nineties"): the 1900s from the thirties on. */
function decadeOfTwoDigits(two: number): number {
  return (two >= 30 ? 1900 : 2000) + two;
}

/** Nouns of a period named by two years ("the 2031-32 season"). */
const SEASON_NOUNS = new Set(['season', 'campaign']);

/**
 * The first year of "2031-32", "2031/32" or "2031/2032" at i (a year, a glued dash or slash, the next year in two or
 * four digits), else null. The expression ends two tokens after the first year.
 */
function seasonYears(g: Grammar, i: number): number | null {
  const hit = g.year(i);
  if (!hit || !g.gluedSymbol(hit.next, '-–/') || !g.glued(hit.next + 1)) return null;
  if (g.digits(hit.next + 1, 2)) return g.numberValue(hit.next + 1) === (hit.year + 1) % 100 ? hit.year : null;
  if (g.gluedSymbol(hit.next, '/') && g.digits(hit.next + 1, 4)) return g.numberValue(hit.next + 1) === hit.year + 1 ? hit.year : null;
  return null;
}

/** A financial year named by the two years it straddles ("fiscal 2031/32", "the 2031-32 financial year"): valued by the first. */
function fiscalOfYears(first: number): Resolved {
  return seasonOfYears(first);
}

/** A season across two years: valued as the year it starts in, placed over both. */
function seasonOfYears(first: number): Resolved {
  return { ...yearPeriod(first), range: dayRange(dayFromYmd(first, 1, 1), dayFromYmd(first + 1, 12, 31)) };
}

/** Years, year ranges, decades and fiscal years. */
const yearExpression: Rule = (g, i) => {
  const word = g.word(i);
  // "the 1990s", "the '90s", "1990s"
  const hasThe = word === 'the';
  const at = hasThe ? i + 1 : i;
  if (g.digits(at, 4)) {
    // "1990s", "1980's"
    const apostrophe = (g.gluedSymbol(at + 1, '\'’') && g.word(at + 2) === 's' && g.glued(at + 2)) ? 1 : 0;
    if (g.word(at + 1 + apostrophe) === 's' && g.glued(at + 1 + apostrophe)) {
      const first = g.numberValue(at);
      if (first % 10 === 0 && first >= 1000 && first <= 2090 && !g.symbolBefore(at, '$£€')) {
        // "the 1800s" is a century; "the 2000s" is read as the decade, as news mostly means it
        const century = first % 100 === 0 && first < 2000;
        return match(i, at + 2 + apostrophe, () => (century ? centuryPeriod(first) : decadePeriod(first)));
      }
    }
  }
  if ((hasThe && g.text(at) === '\'' && g.digits(at + 1, 2)) || (g.text(i) === '\'' && g.digits(i + 1, 2) && !g.glued(i))) {
    const digitsAt = g.text(at) === '\'' ? at + 1 : i + 1;
    if (g.word(digitsAt + 1) === 's' && g.glued(digitsAt + 1)) {
      const two = g.numberValue(digitsAt);
      if (two % 10 === 0) return match(i, digitsAt + 2, () => decadePeriod(decadeOfTwoDigits(two)));
    }
  }
  // "the nineties", "the Eighties": a decade named in words, placed like "the '90s".
  const decadeWord = hasThe ? DECADE_WORDS.get(g.word(at)) : undefined;
  if (decadeWord !== undefined) return match(i, at + 1, () => decadePeriod(decadeOfTwoDigits(decadeWord)));
  if (hasThe && g.digits(at, 2) && g.word(at + 1) === 's' && g.glued(at + 1)) {
    const two = g.numberValue(at);
    if (two % 10 === 0 && two >= 20) return match(i, at + 2, () => decadePeriod(1900 + two));
  }
  // "the financial year", "last fiscal year", "the current fiscal year"
  {
    let at = i;
    let shift = 0;
    if (word === 'the') at += 1;
    const determiner = g.word(at);
    if (['this', 'last', 'next', 'current', 'previous'].includes(determiner)) {
      shift = determiner === 'last' || determiner === 'previous' ? -1 : determiner === 'next' ? 1 : 0;
      at += 1;
    }
    if (at > i && (g.word(at) === 'financial' || g.word(at) === 'fiscal') && g.word(at + 1) === 'year' && !g.year(at + 2)) {
      if (determiner === 'previous' && word !== 'the') return null;
      return match(i, at + 2, (c) => {
        const anchor = c.publication ?? c.reference;
        return anchor === null ? unresolved('DATE', 'XXXX') : fiscalYearPeriod(ymdFromDay(anchor).year + shift);
      });
    }
  }
  // "fiscal 2008", "fiscal year 2008", "FY2008"
  if (word === 'fiscal') {
    const yearAt = g.word(i + 1) === 'year' ? i + 2 : i + 1;
    const straddled = seasonYears(g, yearAt);
    if (straddled !== null) return match(i, yearAt + 3, () => fiscalOfYears(straddled));
    const hit = g.year(yearAt);
    if (hit) return match(i, hit.next, () => fiscalYearPeriod(hit.year));
  }
  if (g.text(i) === 'FY') {
    if (g.digits(i + 1, 4) && (g.glued(i + 1) || g.token(i + 1)?.spaced)) {
      const year = g.numberValue(i + 1);
      if (year >= 1900 && year <= 2099) return match(i, i + 2, () => fiscalYearPeriod(year));
    }
    if (g.digits(i + 1, 2) && g.glued(i + 1)) {
      const year = 2000 + g.numberValue(i + 1);
      return match(i, i + 2, () => fiscalYearPeriod(year));
    }
  }
  // "from 2009 to 2011", "between 2014 and 2016"
  if (word === 'from' || word === 'between') {
    const first = g.year(i + 1);
    const joiner = first ? g.word(first.next) : '';
    if (first && ((word === 'from' && (joiner === 'to' || joiner === 'until' || joiner === 'through')) || (word === 'between' && joiner === 'and'))) {
      const second = g.year(first.next + 1);
      if (second && second.year > first.year && second.year - first.year < 200) {
        const inner = [
          match(i + 1, first.next, () => yearPeriod(first.year)),
          match(first.next + 1, second.next, () => yearPeriod(second.year)),
        ];
        return match(i, second.next, () => anchoredDuration(`P${second.year - first.year}Y`, dayFromYmd(first.year, 1, 1), dayFromYmd(second.year, 12, 31)), { nested: inner });
      }
    }
    return null;
  }
  // "the 2031-32 season", "the 2032-33 campaign": a season named by the two years it straddles.
  if (hasThe && g.year(at) && seasonYears(g, at) !== null && SEASON_NOUNS.has(g.word(at + 3))) {
    const first = seasonYears(g, at) as number;
    return match(i, at + 4, () => seasonOfYears(first));
  }
  // "the 2031/32 financial year", "the 2031-32 fiscal year"
  if (hasThe && g.year(at) && seasonYears(g, at) !== null && (g.word(at + 3) === 'financial' || g.word(at + 3) === 'fiscal') && g.word(at + 4) === 'year') {
    const first = seasonYears(g, at) as number;
    return match(i, at + 5, () => fiscalOfYears(first));
  }
  const hit = g.standaloneYear(i);
  if (!hit) return null;
  // "2031/32": a financial, school or sports year across two.
  if (g.gluedSymbol(hit.next, '/') && seasonYears(g, i) !== null) return match(i, hit.next + 2, () => seasonOfYears(hit.year));
  // "2009-2011", "2009–11"
  if (g.gluedSymbol(hit.next, '-–') && g.isNumber(hit.next + 1) && g.glued(hit.next + 1)) {
    // "2030-31": two consecutive years in one short form name a season or a financial/school year, not a span.
    if (seasonYears(g, i) !== null) return match(i, hit.next + 2, () => seasonOfYears(hit.year));
    const text = g.text(hit.next + 1);
    let second = Number(text);
    if (text.length === 2) second += hit.year - (hit.year % 100);
    if ((text.length === 2 || text.length === 4) && second > hit.year && second - hit.year < 100) {
      const inner = [match(i, i + 1, () => yearPeriod(hit.year))];
      return match(i, hit.next + 2, () => anchoredDuration(`P${second - hit.year}Y`, dayFromYmd(hit.year, 1, 1), dayFromYmd(second, 12, 31)), { nested: inner });
    }
    return null;
  }
  return match(i, hit.next, () => yearPeriod(hit.year));
};

/** "early 2009", "mid-2011", "late last year", "the end of the year", "the beginning of March". */
const modifiedDate: Rule = (g, i) => {
  const word = g.word(i);
  let inner = -1;
  const afterThe = word === 'the' && ['early', 'late', 'mid'].includes(g.word(i + 1)) ? i + 1 : i;
  const modifier = g.word(afterThe);
  // "end-2031", "end-March", "start-2032": a period's end or start, written with a glued hyphen (wire and business copy).
  const boundary = (modifier === 'end' || modifier === 'start') && afterThe === i && g.gluedSymbol(i + 1, '-') && g.glued(i + 2);
  if (modifier === 'early' || modifier === 'late' || modifier === 'mid' || modifier === 'middle' || boundary) {
    inner = g.gluedSymbol(afterThe + 1, '-') ? afterThe + 2 : afterThe + 1;
    const decadeWord = afterThe !== i ? DECADE_WORDS.get(g.word(inner)) : undefined;
    if (decadeWord !== undefined) return match(i, inner + 1, () => decadePeriod(decadeOfTwoDigits(decadeWord))); // "the early eighties"
    // "the early 1990s", "the early summer" only
    if (afterThe !== i && !(g.digits(inner, 4) && g.word(inner + 1) === 's') && !(SEASONS.has(g.word(inner)) && !g.capitalised(inner))) return null;
  } else if (word === 'the' && ['beginning', 'start', 'end', 'middle', 'close', 'turn'].includes(g.word(i + (g.word(i + 1) === 'very' ? 2 : 1))) && g.word(i + (g.word(i + 1) === 'very' ? 3 : 2)) === 'of') {
    inner = i + (g.word(i + 1) === 'very' ? 4 : 3);
    const unitWord = g.word(inner + 1);
    if (g.word(inner) === 'the' && (unitWord === 'year' || unitWord === 'month' || unitWord === 'week' || unitWord === 'decade' || unitWord === 'century')) {
      const unit = g.unit(inner + 1) ?? 'Y';
      return match(i, inner + 2, (c) => {
        const anchor = c.publication ?? c.reference;
        if (anchor === null) return unresolved('DATE', xValue(unit));
        const period = periodAt(anchor, unit);
        return { ...period, anchor: undefined };
      });
    }
  } else {
    return null;
  }
  // "the early summer", "in late autumn" (a season with its year goes through the season rule below)
  const season = SEASONS.get(g.word(inner));
  if (season && !g.capitalised(inner) && !g.year(inner + 1) && !(g.word(inner + 1) === 'of' && g.year(inner + 2))) {
    if (afterThe === i && !SEASON_PREPOSITIONS.has(g.word(i - 1))) return null;
    return match(i, inner + 1, (c) => nearSeason(c, season));
  }
  // ("the end of March next year": a month of a relative year before a bare month.)
  for (const rule of [monthOfRelativeYear, yearExpression, monthDate, deicticUnit, weekdayRule, deicticDay, seasonRule]) {
    const found = rule(g, inner);
    if (found && found.from === inner && !found.nested) return match(i, found.to, found.resolve);
  }
  return null;
};

/** "this week", "last month", "next year", "this weekend", "last Monday", "next March", "this summer", "the past year", "the next four years". */
const deicticUnit: Rule = (g, i) => {
  let at = i;
  let prefix: 'earlier' | 'later' | null = null;
  if (g.word(at) === 'earlier' || g.word(at) === 'later') {
    prefix = g.word(at) as 'earlier' | 'later';
    at += 1;
    if (g.word(at) === 'in' && g.word(at + 1) === 'the') {
      // "earlier in the day", "later in the week"
      const unit = g.unit(at + 2);
      if (unit === 'D' || unit === 'W' || unit === 'M' || unit === 'Y') {
        return match(i, at + 3, (c) => chained(c, 0, unit));
      }
      return null;
    }
    if (g.word(at) === 'today' || g.word(at) === 'tonight') {
      const tonight = g.word(at) === 'tonight';
      return match(i, at + 1, (c) => (c.publication === null ? unresolved('DATE', 'PRESENT_REF') : tonight ? partOfDayPeriod(c.publication, 'NI') : dayPeriod(c.publication)));
    }
  }
  const hasThe = g.word(at) === 'the';
  if (hasThe) at += 1;
  let determiner = g.word(at);
  // "the prior year", "the prior quarter": business copy's "the previous" (not "prior to", "a prior conviction").
  if (determiner === 'prior' && hasThe && !g.gluedSymbol(at + 1, '-')) determiner = 'previous';
  if (determiner === 'this' && g.word(at + 1) === 'past' && !hasThe) {
    // "this past weekend" = "last weekend"
    determiner = 'last';
    at += 1;
  }
  // "that same year", "that very day": "the same year"
  let thatSame = false;
  if (determiner === 'that' && !hasThe && (g.word(at + 1) === 'same' || g.word(at + 1) === 'very')) {
    determiner = 'same';
    thatSame = true;
    at += 1;
  }
  if (!['this', 'last', 'next', 'past', 'coming', 'previous', 'following', 'current', 'that', 'same', 'recent', 'upcoming'].includes(determiner)) return null;
  if (prefix && hasThe) return null;
  // "the past few years", "the last two weeks", "the next six years", "the coming months"
  const quantityAt = at + 1;
  const quantity = g.quantity(quantityAt, false);
  const unitAt = quantity ? quantity.next : quantityAt;
  const unitWord = g.word(unitAt);
  const unit = g.unit(unitAt);
  const plural = unitWord.endsWith('s') || unitWord === 'centuries';
  if (unit && unit !== 'S' && (quantity || plural)) {
    if (!['last', 'past', 'next', 'coming', 'previous', 'following', 'recent', 'upcoming'].includes(determiner)) return null;
    // Without "the": "in recent weeks", and "in coming months" (news drops the article after a preposition, as
    // headlines do); "coming" alone may be a verb ("the storm, coming weeks after the flood").
    if (!hasThe && determiner !== 'recent' && !(determiner === 'coming' && TIME_SPAN_PREPOSITIONS.has(g.word(at - 1)))) return null;
    const amount = quantity ? quantity.value : null;
    const forward = determiner === 'next' || determiner === 'coming' || determiner === 'following' || determiner === 'upcoming';
    const relativeToReference = determiner === 'following' || determiner === 'previous';
    return match(i, unitAt + 1, (c) => {
      const value = durationValue(amount, unit);
      const anchor = relativeToReference ? (c.reference ?? c.publication) : c.publication;
      if (anchor === null || amount === null) return { type: 'DURATION', value, range: null, precision: 'unknown' };
      const other = shiftByUnit(anchor, forward ? amount : -amount, unit);
      return anchoredDuration(value, anchor, other);
    });
  }
  // Singular unit, weekday, month or season after the determiner.
  if (determiner === 'recent' || determiner === 'upcoming') return null;
  const target = at + 1;
  const targetWord = g.word(target);
  const weekday = WEEKDAYS.get(targetWord);
  const monthHit = g.month(target);
  const season = SEASONS.get(targetWord);
  const end = target + 1;
  // "the previous Friday", "the following Monday": told from the story's day, not from publication.
  if (weekday !== undefined && hasThe && g.capitalised(target) && (determiner === 'previous' || determiner === 'following')) {
    return match(i, end, (c) => {
      const base = c.referenceDay ?? c.publication;
      if (base === null) return unresolved('DATE', `XXXX-WXX-${weekday}`);
      return dayPeriod(determiner === 'previous' ? weekdayOnOrBefore(base - 1, weekday) : weekdayOnOrAfter(base + 1, weekday));
    });
  }
  if (weekday !== undefined && !hasThe && g.capitalised(target)) {
    if (determiner !== 'this' && determiner !== 'last' && determiner !== 'next' && determiner !== 'coming' && determiner !== 'past') return null;
    return match(i, end, (c) => {
      if (c.publication === null) return unresolved('DATE', `XXXX-WXX-${weekday}`);
      if (determiner === 'last' || determiner === 'past') return dayPeriod(weekdayOnOrBefore(c.publication - 1, weekday));
      if (determiner === 'next' || determiner === 'coming') return dayPeriod(weekdayOnOrAfter(c.publication + 1, weekday));
      return dayPeriod(weekdayFrom(c.publication, weekday, c.orientation()));
    });
  }
  if (monthHit && !monthHit.abbreviated && !hasThe && (determiner === 'this' || determiner === 'last' || determiner === 'next' || determiner === 'past' || determiner === 'coming')) {
    const month = monthHit.month;
    return match(i, end, (c) => {
      if (c.publication === null) return unresolved('DATE', `XXXX-${pad2(month)}`);
      const { year, month: current } = ymdFromDay(c.publication);
      // "last March" told in April or May is not the month just gone (that is "last month", "in March"): it is last
      // year's March. Further back in the year it is this year's ("last March", told in October).
      if (determiner === 'last' || determiner === 'past') return monthPeriod(month < current && (determiner === 'past' || current - month > RECENT_MONTHS) ? year : year - 1, month);
      if (determiner === 'next' || determiner === 'coming') return monthPeriod(month > current ? year : year + 1, month);
      return monthPeriod(year, month);
    });
  }
  // "that summer", "that same spring": the season of the year the story is in.
  // ("the prices that fall", "ideas that spring from": a relative "that" before the verbs "fall" and "spring" is left
  // alone unless a preposition or "later"/"earlier" comes first or punctuation after.)
  const seasonIsVerb = (targetWord === 'fall' || targetWord === 'spring') && !prefix && g.token(end)?.kind === 'word' && !['in', 'during', 'by', 'until', 'through', 'over', 'since', 'of'].includes(g.word(i - 1));
  if (season !== undefined && (determiner === 'that' || (determiner === 'same' && thatSame)) && !hasThe && !seasonIsVerb) {
    return match(i, end, (c) => {
      const base = c.reference ?? c.publication;
      return base === null ? unresolved('DATE', `XXXX-${season}`) : seasonPeriod(ymdFromDay(base).year, season);
    });
  }
  if (season !== undefined && (determiner === 'this' || determiner === 'last' || determiner === 'next' || determiner === 'past' || determiner === 'coming')) {
    return match(i, end, (c) => {
      if (c.publication === null) return unresolved('DATE', `XXXX-${season}`);
      const here = seasonYearOf(c.publication, season);
      let year = here.year;
      if (determiner === 'last' || determiner === 'past') year = here.contains ? year - 1 : seasonPeriodStartsAfter(c.publication, year, season) ? year - 1 : year;
      else if (determiner === 'next' || determiner === 'coming') year = here.contains ? year + 1 : seasonPeriodStartsAfter(c.publication, year, season) ? year : year + 1;
      // "this summer": the one of the publication year, whether past or to come
      return seasonPeriod(year, season);
    });
  }
  if (!unit || unit === 'S') return null;
  if (determiner === 'that' || determiner === 'same') {
    if ((hasThe || thatSame) !== (determiner === 'same')) return null;
    if (unit !== 'D' && unit !== 'W' && unit !== 'M' && unit !== 'Y') return null;
    // "that day" is too often not a date ("strong redemptions that day"); but "earlier that day", "on that day" and a
    // fronted "That day, ..." are the day the story is at.
    const dayAdverbial = g.word(i - 1) === 'on' || (g.capitalised(at) && g.gluedSymbol(end, ','));
    if (!prefix && determiner === 'that' && unit === 'D' && !dayAdverbial) return null;
    return match(i, end, (c) => (c.reference === null ? unresolved('DATE', xValue(unit)) : chained(c, 0, unit)));
  }
  if (hasThe) {
    if (determiner === 'this' || determiner === 'current') return null;
    if (determiner === 'last' && unit === 'Q') {
      // "the last quarter": the last complete quarter
      return match(i, end, (c) => {
        if (c.publication === null) return unresolved('DATE', 'XXXX-QX');
        const { year, month } = ymdFromDay(c.publication);
        const previous = addMonths(year, month, -3);
        return quarterPeriod(previous.year, quarterOf(previous.month));
      });
    }
    if (determiner === 'next' && unit === 'D') {
      return match(i, end, (c) => chained(c, 1, 'D'));
    }
    if (determiner === 'following' || determiner === 'previous') {
      const step = determiner === 'following' ? 1 : -1;
      return match(i, end, (c) => chained(c, step, unit));
    }
    // "the past year", "the last decade", "the next month": a duration reaching to/from publication
    const forward = determiner === 'next' || determiner === 'coming';
    // ("the past fortnight" is two weeks.)
    const size = targetWord === 'fortnight' ? 2 : 1;
    return match(i, end, (c) => {
      const value = durationValue(size, unit);
      if (c.publication === null) return { type: 'DURATION', value, range: null, precision: 'unknown' };
      return anchoredDuration(value, c.publication, shiftByUnit(c.publication, forward ? size : -size, unit));
    });
  }
  if (determiner === 'past' || determiner === 'previous' || determiner === 'following') return null;
  const step = determiner === 'last' ? -1 : determiner === 'next' || determiner === 'coming' ? 1 : 0;
  return match(i, end, (c) => {
    if (c.publication === null) return unresolved('DATE', xValue(unit));
    const publication = c.publication;
    if (unit === 'WE') {
      if (step === -1) return weekendPeriod(publication - 7);
      if (step === 1) return weekendPeriod(isoWeekday(publication) >= 6 ? publication + 7 : publication);
      // "this weekend": the weekend the tense points to, else the nearer one (the coming one from Wednesday on).
      const weekday = isoWeekday(publication);
      const orientation = c.orientation();
      if (weekday >= 6 || orientation === 'future' || (orientation === null && weekday >= 3)) return weekendPeriod(publication);
      return weekendPeriod(publication - 7);
    }
    if (unit === 'D') {
      return step === 0 ? dayPeriod(publication) : dayPeriod(publication + step);
    }
    return periodAt(shiftByUnit(publication, step, unit), unit);
  });
};

function seasonPeriodStartsAfter(publication: DayNumber, year: number, season: string): boolean {
  const range = seasonPeriod(year, season).range;
  return range !== null && range.start > dayPeriod(publication).value;
}

/** Prepositions before a stretch of time ("in coming months", "over coming weeks"). */
const TIME_SPAN_PREPOSITIONS = new Set(['in', 'over', 'for', 'during', 'within', 'throughout']);

/**
 * A month (and day) placed by a relative year: "June last year", "in January this year", "March 3 next year". TimeML
 * marks the whole phrase as one expression; the year counts from publication like "last year" on its own.
 */
const monthOfRelativeYear: Rule = (g, i) => {
  const hit = g.month(i);
  if (!hit) return null;
  const month = hit.month;
  let at = hit.next;
  const dayHit = g.dayOfMonth(at);
  const day = dayHit ? dayHit.day : null;
  if (dayHit) at = dayHit.next;
  const determiner = g.word(at);
  if ((determiner !== 'this' && determiner !== 'last' && determiner !== 'next') || g.word(at + 1) !== 'year') return null;
  if (g.gluedSymbol(at + 2, '-') || g.gluedSymbol(at + 2, '\'’')) return null; // "June last year-end", "May this year's"
  const step = determiner === 'last' ? -1 : determiner === 'next' ? 1 : 0;
  return match(i, at + 2, (c) => {
    if (c.publication === null) return unresolved('DATE', day === null ? `XXXX-${pad2(month)}` : `XXXX-${pad2(month)}-${pad2(day)}`);
    const year = ymdFromDay(c.publication).year + step;
    if (day === null) return monthPeriod(year, month);
    return isValidYmd(year, month, day) ? dayPeriod(dayFromYmd(year, month, day)) : null;
  });
};

/**
 * "year-end", "year end", "year's end": the end of a year, valued like "the end of the year" (the year itself). In
 * a past-tense clause it is the last one before publication ("shares have fallen 8% since year-end", written in
 * May: the end of last year); otherwise the current one ("the sale should close by year end").
 */
const yearEndRule: Rule = (g, i) => {
  if (g.word(i) !== 'year') return null;
  let end: number;
  if (g.gluedSymbol(i + 1, '-') && g.word(i + 2) === 'end' && g.glued(i + 2)) end = i + 3;
  else if (g.word(i + 1) === 'end' && !g.gluedSymbol(i + 2, '-')) end = i + 2;
  else if ((g.text(i + 1) === '\'' || g.text(i + 1) === '’') && g.word(i + 2) === 's' && g.word(i + 3) === 'end') end = i + 4;
  else return null;
  // "fiscal year end", "a year end to ..." are left to other readings; "the new year end" likewise.
  const before = g.word(i - 1);
  if (before === 'fiscal' || before === 'a' || before === 'financial' || before === 'new') return null;
  return match(i, end, (c) => {
    if (c.publication === null) return unresolved('DATE', 'XXXX');
    const year = ymdFromDay(c.publication).year;
    return yearPeriod(c.orientation() === 'past' ? year - 1 : year);
  });
};

/** Rules whose matches can be the ends of a range of days ("from Monday to Wednesday", "between March 3 and March 5"). */
function rangeEnd(g: Grammar, i: number, allowMonth: boolean): Match | null {
  let best: Match | null = null;
  for (const rule of [weekdayRule, monthDate, deicticDay, holidayRule]) {
    const found = rule(g, i);
    if (!found || found.from !== i || found.nested || found.clock || (best && best.to >= found.to)) continue;
    best = found;
  }
  if (!best) return null;
  // A bare month ("from March to May") only after "from"/"between"; never a month with a year range inside.
  const monthOnly = MONTHS.has(g.word(best.to - 1)) || MONTH_ABBREVIATIONS.has(g.word(best.to - 1));
  return monthOnly && !allowMonth ? null : best;
}

const RANGE_JOINERS = new Set(['to', 'until', 'till', 'through', 'thru']);

/** A dash between two month names: a hyphen only when written solid ("April-June"; " - " is a sentence dash). */
function isMonthDash(g: Grammar, i: number): boolean {
  const token = g.token(i);
  if (!token || token.kind !== 'other' || token.newline) return false;
  if (token.text === '–') return true;
  return token.text === '-' && g.glued(i) && g.glued(i + 1);
}

/**
 * Ranges of days between two day expressions: "from Monday to Wednesday", "Monday through Friday",
 * "between March 3 and March 5", "from March to May". One DURATION spanning both ends (so an event over several
 * days is one event), with the ends nested; the prepositions stay outside, as TimeML wants.
 */
const rangeRule: Rule = (g, i) => {
  const word = g.word(i);
  const introduced = word === 'from' || word === 'between';
  // "the April-June quarter", "January–March": two month names joined by a dash are a range on their own.
  const monthDash = !introduced && MONTHS.has(word) && isMonthDash(g, i + 1) && MONTHS.has(g.word(i + 2));
  const firstAt = introduced ? i + 1 : i;
  const first = rangeEnd(g, firstAt, introduced || monthDash);
  if (!first) return null;
  const joiner = g.token(first.to);
  if (!joiner || joiner.newline) return null;
  const joinerWord = joiner.kind === 'word' ? joiner.lower : joiner.text;
  const joins = word === 'between' ? joinerWord === 'and' : RANGE_JOINERS.has(joinerWord) || (joiner.kind === 'other' && '-–—'.includes(joiner.text));
  if (!joins) return null;
  // Without "from", only weekdays make a range on their own ("Monday through Friday"), and months joined by a dash.
  if (!introduced && !WEEKDAYS.has(g.word(i)) && !(monthDash && first.to === i + 1)) return null;
  const second = rangeEnd(g, first.to + 1, introduced || monthDash);
  if (!second) return null;
  return rangeOf(first, second);
};

// ---------------------------------------------------------------------------
// Reporting periods: the vocabulary of results and statistics ("the mill earned $8 million in its quarter to
// June 30 ... against $6 million in the year-earlier quarter"). A definite period refers to the one under
// discussion (the reference time) and a "year-earlier" one to the same period a year before.

/** The last quarter completed before a day. */
function lastCompletedQuarter(day: DayNumber): Resolved {
  const { year, month } = ymdFromDay(day);
  const previous = addMonths(year, month, -3);
  return quarterPeriod(previous.year, quarterOf(previous.month));
}

/** The quarter under discussion: the reference time when it is a quarter. */
function referenceQuarter(c: Context): Resolved | null {
  if (c.reference === null || c.referencePrecision !== 'quarter') return null;
  const { year, month } = ymdFromDay(c.reference);
  return quarterPeriod(year, quarterOf(month));
}


/** "year-earlier", "year-ago", "prior-year" (glued): the adjective of a comparison with the year before. */
function yearEarlierAt(g: Grammar, i: number): number {
  if (g.word(i) === 'year' && g.gluedSymbol(i + 1, '-') && (g.word(i + 2) === 'earlier' || g.word(i + 2) === 'ago') && g.glued(i + 2)) return i + 3;
  if (g.word(i) === 'prior' && g.gluedSymbol(i + 1, '-') && g.word(i + 2) === 'year' && g.glued(i + 2) && !g.gluedSymbol(i + 3, '-')) return i + 3;
  return -1;
}

const REPORTING_UNITS = new Set(['quarter', 'period']);

/**
 * "the quarter" / "that quarter" (the quarter under discussion, or the one ending on the date that follows:
 * "the quarter ended Sept. 30"), "the latest quarter", "the current quarter", "the year-earlier quarter",
 * "the year-ago period", a bare "year-earlier" ("a year-earlier loss"), "the year ended March 31" (a year-long
 * DURATION). Nothing when the story gives no period to refer to.
 */
const reportingPeriod: Rule = (g, i) => {
  // A bare "year-earlier" / "year-ago" before a noun ("against year-earlier sales of $2 million").
  const adjectiveEnd = yearEarlierAt(g, i);
  if (adjectiveEnd > 0) {
    if (!g.token(adjectiveEnd) || g.token(adjectiveEnd)?.kind !== 'word') return null;
    // After "the", it is part of a longer period ("the year-earlier quarter", "the year-ago nine months") unless it
    // modifies anything else ("the year-ago results were restated").
    const noun = g.word(adjectiveEnd);
    const period = REPORTING_UNITS.has(noun) || UNITS.has(noun) || ORDINAL_WORDS.has(noun) || NUMBER_WORDS.has(noun) || noun === 'fiscal' || noun === 'half';
    if ((g.word(i - 1) === 'the' || g.word(i - 1) === 'comparable') && period) return null;
    // With no quarter or month under discussion, business copy compares with the year before the current one (a
    // year told since, "Last year losses were $5 million", is itself the comparison, not a new present).
    return match(i, adjectiveEnd, (c) => {
      const from = c.publication ?? c.reference;
      return comparablePeriod(c, -1, 'Y') ?? (from === null ? null : { ...yearPeriod(ymdFromDay(from).year - 1), keepsReference: true });
    });
  }
  const determiner = g.word(i);
  if (determiner !== 'the' && determiner !== 'that') return null;
  let at = i + 1;
  let kind: 'this' | 'latest' | 'current' | 'earlier' = 'this';
  if (determiner === 'the') {
    if (g.word(at) === 'comparable') at += 1;
    const earlierEnd = yearEarlierAt(g, at);
    if (earlierEnd > 0) {
      kind = 'earlier';
      at = earlierEnd;
    } else if (g.word(at) === 'latest' || (g.word(at) === 'most' && g.word(at + 1) === 'recent')) {
      kind = 'latest';
      at += g.word(at) === 'most' ? 2 : 1;
    } else if (g.word(at) === 'current') {
      kind = 'current';
      at += 1;
    }
  }
  // "the 1989 period", "the 1988 quarter": the quarter under discussion, in that year.
  const yearHit = determiner === 'the' && kind === 'this' ? g.year(at) : null;
  if (yearHit && REPORTING_UNITS.has(g.word(yearHit.next)) && !g.gluedSymbol(yearHit.next + 1, '-')) {
    const year = yearHit.year;
    const isPeriodWord = g.word(yearHit.next) === 'period';
    return match(i, yearHit.next + 1, (c) => {
      const quarter = referenceQuarter(c);
      if (quarter) return quarterPeriod(year, Number(quarter.value.slice(-1)));
      // No quarter told: "the 1988 quarter" is the one last completed, in that year; "the 1988 period" that year.
      if (isPeriodWord || c.publication === null) return { ...yearPeriod(year), keepsReference: true };
      return { ...quarterPeriod(year, Number(lastCompletedQuarter(c.publication).value.slice(-1))), keepsReference: true };
    });
  }
  const unitWord = g.word(at);
  const end = at + 1;
  // Not "the quarter-point cut", "the quarter of a century", "the Latin Quarter", "the period of grace".
  if (g.gluedSymbol(end, '-') || g.word(end) === 'of' || g.capitalised(at)) return null;
  if (unitWord === 'year' && (kind === 'this' || kind === 'current') && determiner === 'the') {
    if (kind === 'current') return match(i, end, (c) => (c.publication === null ? unresolved('DATE', 'XXXX') : yearPeriod(ymdFromDay(c.publication).year)));
    // "the year ended March 31", "the year ending June 30", and in British usage "the year to November": a
    // twelve-month period (often a fiscal year).
    const verb = g.word(end);
    if (verb !== 'ended' && verb !== 'ending' && verb !== 'to') return null;
    const endDate = monthDate(g, end + 1);
    if (verb === 'to' && (!endDate || endDate.from !== end + 1)) return null;
    return match(i, end, (c) => {
      const last = endDate?.resolve(c);
      if (!last || !last.range) return unresolved('DURATION', 'P1Y');
      const lastDay = parseDay(last.range.end);
      return { ...anchoredDuration('P1Y', shiftByUnit(lastDay, -1, 'Y') + 1, lastDay), keepsReference: true };
    });
  }
  // "the week ended Saturday", "the week ending Feb. 3", "the week to Friday": the seven days up to that day;
  // "the week beginning June 8", "the week starting Monday", "the week commencing 8 June": the seven days from it.
  // Named as the ISO week that holds most of them (the date is an expression of its own).
  const weekFrom = WEEK_FIRST_DAY_FROM_ANCHOR.get(g.word(end));
  if (unitWord === 'week' && kind === 'this' && determiner === 'the' && weekFrom !== undefined) {
    const anchor = weekdayRule(g, end + 1) ?? monthDate(g, end + 1);
    if (!anchor || anchor.from !== end + 1) return null;
    return match(i, end, (c) => {
      const day = anchor.resolve(c);
      if (!day || !day.range || day.precision !== 'day') return null;
      const first = weekFrom === 0 ? parseDay(day.range.start) : parseDay(day.range.end) + weekFrom;
      return { ...weekPeriod(first + 3), range: dayRange(first, first + 6), keepsReference: true };
    });
  }
  if (!REPORTING_UNITS.has(unitWord)) return null;
  const isPeriod = unitWord === 'period';
  if (kind === 'current') {
    if (isPeriod) return null;
    return match(i, end, (c) => (c.publication === null ? unresolved('DATE', 'XXXX-QX') : resolveQuarterOf(c.publication)));
  }
  if (kind === 'earlier') {
    return match(i, end, (c) => {
      const same = comparablePeriod(c, -1, 'Y');
      if (same) return same;
      if (c.period) return yearBeforePeriod(c.period);
      if (isPeriod || c.publication === null) return null;
      const latest = lastCompletedQuarter(c.publication);
      return { ...quarterPeriod(Number(latest.value.slice(0, 4)) - 1, Number(latest.value.slice(-1))), keepsReference: true };
    });
  }
  if (kind === 'latest') {
    // (Results are reported after the quarter ends: with none told, the latest is the last one completed.)
    return match(i, end, (c) => referenceQuarter(c) ?? (c.publication === null ? null : lastCompletedQuarter(c.publication)));
  }
  // "the quarter", "that quarter": the one just named, or the one ending on the date that follows.
  if (isPeriod) return null; // "the period" alone is too vague
  const verb = g.word(end);
  const endDate = verb === 'ended' || verb === 'ending' ? monthDate(g, end + 1) : null;
  return match(i, end, (c) => {
    const last = endDate?.resolve(c);
    // The quarter holding the middle of the three months that end on the date.
    if (last && last.range) return resolveQuarterOf(parseDay(last.range.end) - 45);
    // Else the quarter under discussion, or (results are reported after the quarter ends) the last one completed.
    return referenceQuarter(c) ?? (c.publication === null ? null : lastCompletedQuarter(c.publication));
  });
};

/** Words after "the same period" that name the year before: "last year", "a year ago", "of the previous year". */
function yearBeforeAt(g: Grammar, at: number): number {
  if (g.word(at) === 'of') at += 1;
  if (g.word(at) === 'last' && g.word(at + 1) === 'year') return at + 2;
  if (g.word(at) === 'the' && (g.word(at + 1) === 'previous' || g.word(at + 1) === 'prior' || g.word(at + 1) === 'last') && g.word(at + 2) === 'year') return at + 3;
  if ((g.word(at) === 'a' || g.word(at) === 'one') && g.word(at + 1) === 'year' && (g.word(at + 2) === 'ago' || g.word(at + 2) === 'earlier' || g.word(at + 2) === 'before')) return at + 3;
  return -1;
}

/**
 * "the same period last year", "the corresponding quarter a year earlier", "the same month of the previous year":
 * the period under discussion (a quarter or a month), one year back; the whole year before when none is.
 */
const samePeriodLastYear: Rule = (g, i) => {
  if (g.word(i) !== 'the' || !['same', 'corresponding', 'comparable'].includes(g.word(i + 1))) return null;
  const unit = g.word(i + 2);
  if (unit !== 'period' && unit !== 'quarter' && unit !== 'month' && unit !== 'months') return null;
  // "the corresponding period of 2025", "the same quarter in 2030": the period under discussion, in that year.
  const yearHit = g.word(i + 3) === 'of' || g.word(i + 3) === 'in' ? g.year(i + 4) : null;
  if (yearHit) {
    const year = yearHit.year;
    return match(i, yearHit.next, (c) => {
      const period = c.reference !== null && COMPARABLE_PRECISIONS.has(c.referencePrecision) ? { day: c.reference, precision: c.referencePrecision as 'quarter' | 'month' } : c.period;
      if (!period) return { ...yearPeriod(year), keepsReference: true };
      const { year: periodYear } = ymdFromDay(period.day);
      return { ...periodAt(shiftByUnit(period.day, year - periodYear, 'Y'), unitOfPrecision(period.precision)), keepsReference: true };
    });
  }
  const end = yearBeforeAt(g, i + 3);
  if (end < 0) return null;
  return match(i, end, (c) => {
    const same = comparablePeriod(c, -1, 'Y');
    if (same) return same;
    // "the same period" needs a period to be the same as: the last quarter or month told, even if a day was named
    // since ("lettings fell in the first quarter, an agency said on Monday, from the same period last year").
    if (c.period) return yearBeforePeriod(c.period);
    // "the same quarter a year earlier" with no quarter told: results are of the last quarter completed.
    if (unit === 'quarter' && c.publication !== null) {
      const latest = lastCompletedQuarter(c.publication);
      return { ...quarterPeriod(Number(latest.value.slice(0, 4)) - 1, Number(latest.value.slice(-1))), keepsReference: true };
    }
    const from = c.reference ?? c.publication;
    return from === null ? unresolved('DATE', 'XXXX') : { ...yearPeriod(ymdFromDay(from).year - 1), keepsReference: true };
  });
};

/** The last quarter or month told, a year back (a comparison: the story stays where it was). */
function yearBeforePeriod(period: NonNullable<Context['period']>): Resolved {
  return { ...periodAt(shiftByUnit(period.day, -1, 'Y'), unitOfPrecision(period.precision)), keepsReference: true };
}

function resolveQuarterOf(day: DayNumber): Resolved {
  const { year, month } = ymdFromDay(day);
  return quarterPeriod(year, quarterOf(month));
}

function parseDay(iso: string): DayNumber {
  return dayFromYmd(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
}

/**
 * Weeks named by a day or a month: "the week of March 6" (the ISO week holding it), "the first week of May",
 * "the last week of June 2021" (the week holding that part of the month), "the week before last", "the week after
 * next".
 */
const weekOfRule: Rule = (g, i) => {
  if (g.word(i) !== 'the') return null;
  let at = i + 1;
  const ordinal = ORDINAL_WORDS.get(g.word(at)) ?? (g.word(at) === 'last' || g.word(at) === 'final' ? -1 : undefined);
  if (ordinal !== undefined) at += 1;
  if (g.word(at) !== 'week') return null;
  if (ordinal === undefined && (g.word(at + 1) === 'before' || g.word(at + 1) === 'after') && g.word(at + 2) === (g.word(at + 1) === 'before' ? 'last' : 'next')) {
    const step = g.word(at + 1) === 'before' ? -14 : 14;
    return match(i, at + 3, (c) => (c.publication === null ? unresolved('DATE', 'XXXX-WXX') : weekPeriod(c.publication + step)));
  }
  if (g.word(at + 1) !== 'of') return null;
  const inner = monthDate(g, at + 2);
  if (!inner || inner.from !== at + 2 || inner.nested) return null;
  return match(i, inner.to, (c) => {
    const period = inner.resolve(c);
    if (!period?.range) return null;
    const first = parseDay(period.range.start);
    if (period.precision === 'day') return ordinal === undefined ? weekPeriod(first) : null;
    if (period.precision !== 'month' || ordinal === undefined) return null;
    const last = parseDay(period.range.end);
    return weekPeriod(ordinal === -1 ? last - 3 : first + (ordinal - 1) * 7 + 3);
  });
};

/** "over the weekend", "the weekend", "at the weekend". */
const theWeekend: Rule = (g, i) => {
  if (g.word(i) !== 'the' || g.word(i + 1) !== 'weekend') return null;
  const previous = g.word(i - 1);
  const aheadOf = previous === 'of' && g.word(i - 2) === 'ahead';
  if (!aheadOf && !['over', 'at', 'on', 'during', 'for', 'across', 'through', 'throughout', 'until', 'by', 'since', 'before', 'after'].includes(previous)) return null;
  return match(i, i + 2, (c) => {
    if (c.publication === null) return unresolved('DATE', 'XXXX-WXX-WE');
    const weekend = isoWeekday(c.publication) >= 6;
    if (weekend || c.orientation() === 'future') return weekendPeriod(c.publication);
    return weekendPeriod(c.publication - 7);
  });
};

/** Days relative to publication: today, yesterday, tomorrow, tonight, this morning, last night, yesterday afternoon. */
const deicticDay: Rule = (g, i) => {
  const word = g.word(i);
  // "the day before yesterday", "the day after tomorrow"
  if (word === 'the' && g.word(i + 1) === 'day' && ((g.word(i + 2) === 'before' && g.word(i + 3) === 'yesterday') || (g.word(i + 2) === 'after' && g.word(i + 3) === 'tomorrow'))) {
    const shift = g.word(i + 3) === 'yesterday' ? -2 : 2;
    return match(i, i + 4, (c) => (c.publication === null ? unresolved('DATE', 'XXXX-XX-XX') : dayPeriod(c.publication + shift)));
  }
  const shifts: Record<string, number> = { today: 0, yesterday: -1, tomorrow: 1, tonight: 0 };
  const shift = shifts[word];
  if (shift !== undefined) {
    // "USA Today", "Psychology Today": a capitalised "Today" after a name is part of a title.
    if (word === 'today' && g.capitalised(i) && g.capitalised(i - 1) && !g.token(i)?.newline) return null;
    if (g.gluedSymbol(i + 1, '-') || g.symbolBefore(i, '-')) return null;
    const part = word === 'tonight' ? 'NI' : PARTS_OF_DAY.get(g.word(i + 1));
    const end = word !== 'tonight' && part ? i + 2 : i + 1;
    return match(i, end, (c) => {
      if (c.publication === null) return word === 'today' ? unresolved('DATE', 'PRESENT_REF') : unresolved('DATE', 'XXXX-XX-XX');
      const day = c.publication + shift;
      return part ? partOfDayPeriod(day, part) : dayPeriod(day);
    });
  }
  if (word === 'this' || word === 'last') {
    const part = PARTS_OF_DAY.get(g.word(i + 1));
    if (!part || (word === 'last' && part !== 'NI')) return null;
    const shiftDays = word === 'last' ? -1 : 0;
    return match(i, i + 2, (c) => (c.publication === null ? unresolved('TIME', `XXXX-XX-XXT${part}`) : partOfDayPeriod(c.publication + shiftDays, part)));
  }
  return null;
};

/**
 * Parts of a day told from the story's last day rather than from publication: "the next morning", "the following
 * evening", "the previous night", "that afternoon" (the day of the events just told); "mid-morning" and
 * "mid-afternoon", with a day after them ("mid-afternoon yesterday") or on the story's day; "overnight", the night
 * before publication in a report of the past (the night to come in a forecast).
 */
const chainedPartOfDay: Rule = (g, i) => {
  const word = g.word(i);
  if (word === 'overnight') {
    const next = g.token(i + 1);
    const after = g.word(i + 1);
    // "overnight rates", "an overnight stay": an adjective before its noun is not a time.
    const ends = !next || next.newline || next.kind === 'other' || OVERNIGHT_FOLLOWERS.has(after);
    if (!ends || g.word(i - 1) === 'an' || g.word(i - 1) === 'the') return null;
    return match(i, i + 1, (c) => {
      if (c.publication === null) return unresolved('TIME', 'XXXX-XX-XXTNI');
      if (c.orientation() === 'future') return partOfDayPeriod(c.publication, 'NI');
      // In a story told from an earlier day ("the ferry ran aground on Monday night; tugs worked overnight"),
      // the night after that day; else last night.
      const storyDay = c.referenceDay !== null && c.referenceDay < c.publication ? c.referenceDay : c.publication - 1;
      return partOfDayPeriod(storyDay, 'NI');
    });
  }
  if (word === 'mid' || word === 'midmorning' || word === 'midafternoon') {
    let at = i + 1;
    if (word === 'mid') {
      if (!g.gluedSymbol(i + 1, '-') || !g.glued(i + 2)) return null;
      at = i + 3;
    }
    const partWord = word === 'mid' ? g.word(i + 2) : word.slice(3);
    const part = partWord === 'morning' ? 'MO' : partWord === 'afternoon' ? 'AF' : null;
    if (!part) return null;
    const day = dayAfterClock(g, at);
    if (day) return match(i, day.to, (c) => {
      const placed = day.resolve(c);
      return placed?.anchor === undefined ? null : partOfDayPeriod(placed.anchor, part);
    });
    return match(i, at, (c) => {
      const base = c.referenceDay ?? c.publication;
      return base === null ? unresolved('TIME', `XXXX-XX-XXT${part}`) : partOfDayPeriod(base, part);
    });
  }
  if (TWILIGHT.has(word)) return twilight(g, i);
  let at = i;
  let step = 0;
  if (word === 'the' && PARTS_OF_DAY.has(g.word(i + 1))) return partOfStoryDay(g, i);
  if (word === 'the') {
    const determiner = g.word(i + 1);
    if (determiner === 'next' || determiner === 'following') step = 1;
    else if (determiner === 'previous' || determiner === 'preceding') step = -1;
    else if (determiner !== 'same') return null; // "the same evening": the story's day
    at = i + 2;
  } else if (word === 'that') {
    // "that evening", "that same night", "that very morning"
    at = g.word(i + 1) === 'same' || g.word(i + 1) === 'very' ? i + 2 : i + 1;
  } else {
    return null;
  }
  const part = PARTS_OF_DAY.get(g.word(at));
  if (!part) return null;
  return match(i, at + 1, (c) => {
    const base = c.referenceDay ?? c.publication;
    return base === null ? unresolved('TIME', `XXXX-XX-XXT${part}`) : partOfDayPeriod(base + step, part);
  });
};

/** How many months back a month named "last March" is still a month of this year's too recent to be meant. */
const RECENT_MONTHS = 2;

/** Prepositions that make "the morning" a time of the story's day ("fog delayed play in the morning"). */
const IN_PART_OF_DAY = new Set(['in', 'during', 'through', 'throughout']);

/** Words right after "the morning" that make it part of a longer phrase ("the morning of May 3", "the morning after"). */
const NOT_AFTER_PART_OF_DAY = new Set(['of', 'after', 'before', 'when', 'that', 'shift', 'session', 'sessions', 'papers', 'paper', 'news', 'show', 'rush', 'peak', 'star']);

/** Words of habit that make a part of the day a recurring one ("usually", "every"): told then of no day. */
const HABIT_WORDS = new Set(['usually', 'normally', 'typically', 'generally', 'routinely', 'regularly', 'always', 'often', 'every', 'each', 'sometimes', 'rarely', 'seldom']);

/** A word of habit within the sentence before `at` (the eight words before it). */
function habitBefore(g: Grammar, at: number): boolean {
  for (let back = 1; back <= 8; back++) {
    const token = g.token(at - back);
    if (!token || token.text === '.' || token.text === ';' || token.newline) return false;
    if (HABIT_WORDS.has(token.lower)) return true;
  }
  return false;
}

/**
 * "in the morning", "during the afternoon", "through the night": the part of the day the story has reached (the last
 * day told, else publication), "the match was delayed by fog in the morning"; a recurring one when told as a habit.
 * (The clock's "7 in the morning" is read by the clock rule, which starts earlier.)
 */
function partOfStoryDay(g: Grammar, i: number): Match | null {
  if (!IN_PART_OF_DAY.has(g.word(i - 1)) || g.capitalised(i + 1)) return null;
  const part = PARTS_OF_DAY.get(g.word(i + 1)) as string;
  if (NOT_AFTER_PART_OF_DAY.has(g.word(i + 2)) || g.gluedSymbol(i + 2, '-') || g.token(i + 2)?.text === '\'' || g.token(i + 2)?.text === '’') return null;
  const habit = habitBefore(g, i);
  return match(i, i + 2, (c) => {
    const base = c.referenceDay ?? c.publication;
    return base === null || habit ? unresolved('TIME', `XXXX-XX-XXT${part}`) : partOfDayPeriod(base, part);
  });
}

/** Dawn and dusk and their kin, as parts of the day. */
const TWILIGHT: ReadonlyMap<string, string> = new Map([
  ['dawn', 'MO'], ['daybreak', 'MO'], ['sunrise', 'MO'], ['dusk', 'EV'], ['sunset', 'EV'], ['nightfall', 'EV'], ['sundown', 'EV'],
]);

/** Prepositions of a moment before "dawn", "dusk" ("attacked at dawn", "a curfew until sunrise"). */
const TWILIGHT_PREPOSITIONS = new Set(['at', 'before', 'after', 'by', 'until', 'till', 'from', 'to', 'around', 'since', 'near', 'toward', 'towards', 'past']);

/**
 * "at dawn", "shortly before dusk", "until sunrise": a time of the story's day, of the part of the day it opens or
 * closes. Only after a preposition of a moment ("the dawn of a new era", "Dawn Smith", "pre-dawn raids" are not), and
 * of no day in a recurring window ("a curfew from dusk to dawn", "dawn-to-dusk fasting") or as a habit.
 */
function twilight(g: Grammar, i: number): Match | null {
  const word = g.word(i);
  const part = TWILIGHT.get(word) as string;
  if (g.capitalised(i) || g.symbolBefore(i, '-') || g.gluedSymbol(i + 1, '-')) return null;
  if (!TWILIGHT_PREPOSITIONS.has(g.word(i - 1))) return null;
  // A window from one twilight to the other ("from dusk to dawn", "from dawn until dusk") recurs: a curfew, a fast.
  const window = (TWILIGHT.has(g.word(i - 2)) && (g.word(i - 1) === 'to' || g.word(i - 1) === 'until' || g.word(i - 1) === 'till'))
    || (g.word(i - 1) === 'from' && TWILIGHT.has(g.word(i + 2)) && (g.word(i + 1) === 'to' || g.word(i + 1) === 'until' || g.word(i + 1) === 'till'));
  const habit = window || habitBefore(g, i);
  return match(i, i + 1, (c) => {
    const base = c.referenceDay ?? c.publication;
    return base === null || habit ? unresolved('TIME', `XXXX-XX-XXT${part}`) : partOfDayPeriod(base, part);
  });
}

/** Words that may follow the adverb "overnight" ("fighting raged overnight into Sunday"). */
const OVERNIGHT_FOLLOWERS = new Set([
  'into', 'on', 'in', 'at', 'and', 'as', 'while', 'when', 'after', 'before', 'to', 'from', 'near', 'across', 'following', 'amid', 'but',
  // an auxiliary: "overnight" ended the subject's phrase as an adverb ("the river overnight had risen")
  'had', 'has', 'have', 'was', 'were', 'is', 'are', 'will', 'would',
]);

/** A weekday on its own or with a part of the day: "Tuesday", "on Wednesday", "Friday morning", "Monday's". */
const weekdayRule: Rule = (g, i) => {
  const weekday = WEEKDAYS.get(g.word(i));
  if (weekday === undefined || !g.capitalised(i)) return null;
  const previous = g.token(i - 1);
  if (previous && previous.kind === 'word' && HOLIDAY_PREFIXES.has(previous.lower) && g.capitalised(i - 1)) return null;
  // "The Sunday Times", "the Sunday Telegraph": a title, not a day
  if (g.word(i - 1) === 'the' && g.capitalised(i + 1) && !MONTHS.has(g.word(i + 1)) && !PARTS_OF_DAY.has(g.word(i + 1))) return null;
  // "Saturday mornings" recurs (the set rule), unless the plural is for two days ("on Sunday and Monday evenings").
  if (PLURAL_PARTS_OF_DAY.has(g.word(i + 1)) && !((g.word(i - 1) === 'and' || g.word(i - 1) === 'or') && WEEKDAYS.has(g.word(i - 2)))) return null;
  // ("on Sunday and Monday evenings": the second day with its part of the day, one evening each.)
  const part = PARTS_OF_DAY.get(g.word(i + 1)) ?? PLURAL_PARTS_OF_DAY.get(g.word(i + 1));
  const end = part ? i + 2 : i + 1;
  return match(i, end, (c) => {
    if (c.publication === null) {
      if (c.reference !== null) {
        const day = weekdayFrom(c.reference, weekday, c.orientation());
        return part ? partOfDayPeriod(day, part) : dayPeriod(day);
      }
      return unresolved(part ? 'TIME' : 'DATE', `XXXX-WXX-${weekday}${part ? `T${part}` : ''}`);
    }
    const day = weekdayFrom(c.publication, weekday, c.orientation());
    return part ? partOfDayPeriod(day, part) : dayPeriod(day);
  });
};

/** Reference to now, the past or the future. */
const referenceWords: Rule = (g, i) => {
  const word = g.word(i);
  if (word === 'now' || word === 'currently' || word === 'presently' || word === 'nowadays') {
    if (g.gluedSymbol(i + 1, '-') || g.symbolBefore(i, '-')) return null;
    if (word === 'now' && g.word(i + 1) === 'that') return null; // "now that" is a conjunction
    return match(i, i + 1, (c) => reference('PRESENT_REF', c.publication));
  }
  if (word === 'recently' || word === 'lately') {
    const start = g.word(i - 1) === 'more' || g.word(i - 1) === 'most' || g.word(i - 1) === 'very' ? i - 1 : i;
    if (start !== i) return null; // handled when the scan reaches "more"
    return match(i, i + 1, (c) => reference('PAST_REF', c.publication));
  }
  if ((word === 'more' || word === 'most' || word === 'very') && (g.word(i + 1) === 'recently' || g.word(i + 1) === 'lately')) {
    return match(i, i + 2, (c) => reference('PAST_REF', c.publication));
  }
  if (word === 'the') {
    const previous = g.word(i - 1);
    if (g.word(i + 1) === 'past' && (previous === 'in' || previous === 'than')) {
      if (g.unit(i + 2) || g.quantity(i + 2, false)) return null;
      return match(i, i + 2, (c) => reference('PAST_REF', c.publication));
    }
    let at = i + 1;
    if (['near', 'foreseeable', 'distant', 'immediate', 'not-too-distant'].includes(g.word(at))) at += 1;
    if (g.word(at) === 'future' && (previous === 'in' || previous === 'for' || previous === 'into')) {
      return match(i, at + 1, (c) => reference('FUTURE_REF', c.publication));
    }
  }
  // "at a later date", "at an earlier time": an unspecified date (MEANTIME: XXXX-XX-XX)
  if ((word === 'a' || word === 'an') && (g.word(i + 1) === 'later' || g.word(i + 1) === 'earlier') && ['date', 'time', 'stage', 'point'].includes(g.word(i + 2))) {
    return match(i, i + 3, () => unresolved('DATE', 'XXXX-XX-XX'));
  }
  if (word === 'present' && g.word(i - 1) === 'at') return match(i, i + 1, (c) => reference('PRESENT_REF', c.publication));
  return null;
};

/** Durations: "two years", "18 months", "nearly three and a half hours", "27-year", "several years", "decades-long",
 *  "a week"; "two years ago" (the date it points at), "two days later" (a date chained from the reference time). */
const durationRule: Rule = (g, i) => {
  let start = i;
  let at = i;
  if (MODIFIERS.has(g.word(i))) at = i + 1;
  const word = g.word(at);
  // "decades-long", "years-long"
  if (at === i && UNITS.has(word) && word.endsWith('s') && g.gluedSymbol(i + 1, '-') && g.word(i + 2) === 'long') {
    const unit = UNITS.get(word) as UnitCode;
    return match(i, i + 3, () => unresolved('DURATION', durationValue(null, unit)));
  }
  // "over the years", "over the decades"
  if (word === 'over' && g.word(at + 1) === 'the' && (g.word(at + 2) === 'years' || g.word(at + 2) === 'decades' || g.word(at + 2) === 'centuries')) {
    if (g.word(at + 3) === 'of' || g.word(at + 3) === 'to' || g.word(at + 3) === 'since') return null;
    return match(i, at + 3, () => unresolved('DURATION', 'PXY'));
  }
  // "years ago", "just months ago", "decades ago": a time in the past, no count given.
  if (at === i && ['years', 'decades', 'months', 'weeks', 'days', 'centuries'].includes(word) && g.word(at + 1) === 'ago') {
    return match(i, at + 2, () => reference('PAST_REF', null));
  }
  // "for years", "in decades", "for months", "within weeks", "for days"
  if (['for', 'in', 'within'].includes(g.word(at - 1)) && at === i && ['years', 'decades', 'months', 'weeks', 'days', 'centuries', 'hours', 'minutes'].includes(word)) {
    if (g.word(at + 1) === 'of' || g.word(at + 1) === 'to' || g.gluedSymbol(at + 1, '-')) return null;
    const unit = UNITS.get(word) as UnitCode;
    return match(i, at + 1, () => unresolved('DURATION', durationValue(null, unit)));
  }
  const quantity = g.quantity(at, true);
  if (!quantity) return null;
  // "90 nights", "three nights": a stay counted in nights lasts that many days (not "Friday nights", a SET).
  const nights = quantity.value;
  if (g.word(quantity.next) === 'nights' && nights !== null && nights >= 2 && Number.isInteger(nights)) return match(start, quantity.next + 1, () => unresolved('DURATION', `P${nights}D`));
  let unitAt = quantity.next;
  const hyphenated = g.gluedSymbol(unitAt, '-') && g.glued(unitAt + 1);
  if (hyphenated) unitAt += 1;
  // "20 more years", "five straight days", "eight trading days": a word between the number and its unit.
  else if (quantity.value !== null && UNIT_MODIFIERS.has(g.word(unitAt)) && g.unit(unitAt + 1)) unitAt += 1;
  // "three lean years", "five hectic days": an adjective between a small count and a plural unit.
  else if (quantity.value !== null && quantity.value < 100 && describesUnit(g, unitAt)) unitAt += 1;
  const unitWord = g.word(unitAt);
  const unit = g.unit(unitAt);
  if (!unit) return null;
  // "at 1800 hours" is a military clock (wireClock), not eighteen hundred hours.
  if (unit === 'H' && g.digits(at, 4) && unitAt === at + 1 && ['at', 'by', 'until', 'till'].includes(g.word(at - 1)) && g.numberValue(at) % 100 < 60 && g.numberValue(at) < 2400) return null;
  if (yearEarlierAt(g, unitAt) > 0) return null; // "a year-earlier loss": the comparison adjective
  // "on a year-on-year basis", "a month-over-month rise": a comparison, not a length.
  if (g.gluedSymbol(unitAt + 1, '-') && ['on', 'over', 'to'].includes(g.word(unitAt + 2)) && g.gluedSymbol(unitAt + 3, '-') && g.unit(unitAt + 4) === g.unit(unitAt)) return null;
  // Units are common nouns: a capitalised one after a number names a work ("the show 48 Hours"), unless all is capitals.
  if (g.capitalised(unitAt) && g.text(unitAt) !== g.text(unitAt).toUpperCase()) return null;
  const article = g.word(at) === 'a' || g.word(at) === 'an';
  if (article && (unit === 'S' || unit === 'Q')) return null;
  if (hyphenated) {
    if (unitWord.endsWith('s') && unit !== 'S') return null;
    if (g.gluedSymbol(unitAt + 1, '-') && g.word(unitAt + 2) === 'old') return null; // ages
    if (unit === 'Q' && g.word(unitAt + 1) === 'time') return null; // "at three-quarter time": a break in a game
    let end = unitAt + 1;
    if (g.gluedSymbol(end, '-') && g.word(end + 1) === 'long') end += 2;
    if (quantity.value === null) return null;
    const value = quantity.value;
    return match(start, end, () => unresolved('DURATION', durationValue(value, unit)));
  }
  // Plural agreement: "two year" is not a duration (except "a year"/"one year")... unless it is a compound adjective
  // written without its hyphen, as transcripts do: "a five year low", "the three hour drive".
  if (quantity.value !== null && quantity.value > 1 && !unitWord.endsWith('s') && unit !== 'D' && unitWord !== 'centuries') {
    const noun = g.word(unitAt + 1);
    const compound = quantity.value < 1000 && COMPOUND_DETERMINERS.has(g.word(at - 1)) && noun !== '' && noun !== 'old' && noun !== 'olds' && g.token(unitAt + 1)?.spaced;
    if (!(unit === 'H' && (unitWord === 'hr' || unitWord === 'hrs')) && !compound) return null;
  }
  // "a minute and a half", "two years and a half"
  const andAHalf = quantity.value !== null && g.word(unitAt + 1) === 'and' && g.word(unitAt + 2) === 'a' && g.word(unitAt + 3) === 'half';
  // A fortnight is two weeks (British, Indian and Australian English).
  const perUnit = unitWord === 'fortnight' || unitWord === 'fortnights' ? 2 : 1;
  const amount = quantity.value === null ? null : (quantity.value + (andAHalf ? 0.5 : 0)) * perUnit;
  // "a week or so (ago)", "two years or so": the hedge belongs to the expression (the value is that of the count).
  const hedged = g.word(andAHalf ? unitAt + 4 : unitAt + 1) === 'or' && g.word(andAHalf ? unitAt + 5 : unitAt + 2) === 'so';
  const end = (andAHalf ? unitAt + 4 : unitAt + 1) + (hedged ? 2 : 0);
  const value = durationValue(amount, unit);
  const after = g.word(end);
  // "four days a week", "eight hours a day", "two weeks per year": a rate, one SET valued by its frame (TimeML's
  // freq is not kept).
  const frame = (after === 'a' || after === 'per') && quantity.value !== null && !article ? g.unit(end + 1) : null;
  if (frame && UNIT_RANK[frame] > UNIT_RANK[unit] && frame !== 'Q' && !g.gluedSymbol(end + 2, '-') && g.word(end + 2) !== 'ago' && g.word(end + 2) !== 'earlier' && g.word(end + 2) !== 'later') {
    return match(start, end + 2, () => unresolved('SET', durationValue(1, frame)));
  }
  // "Mr. Smith, 52 years old," and "a bridge 80 years old" give an age, as "the 52-year-old" does: not a time.
  if (after === 'old' && amount !== null) return null;
  // "15 a year", "three times a week", "$5 billion a year": a frequency (but "$5 billion a year ago" is a date)
  if (article && at === i && after !== 'ago' && after !== 'earlier' && after !== 'later') {
    const previous = g.token(i - 1);
    const previousWord = g.word(i - 1);
    if ((previous && previous.kind === 'number') || ['times', 'once', 'twice', 'thrice', 'million', 'billion', 'thousand', 'hundred', 'percent', 'cent'].includes(previousWord) || g.text(i - 1) === '%' || NUMBER_WORDS.has(previousWord)) {
      return match(i, end, () => unresolved('SET', value));
    }
    if (!['after', 'before', 'since', 'from', 'of'].includes(after) && countedBefore(g, i)) return match(i, end, () => unresolved('SET', value));
  }
  // "up 4% from a year earlier in September", "from a year ago in the third quarter": the comparison is with the
  // period named right after it, a year before.
  const periodAfter = (after === 'ago' || after === 'earlier') && amount === 1 && unit === 'Y' && g.word(end + 1) === 'in' ? comparedPeriodAt(g, end + 2) : null;
  if (periodAfter) {
    return match(start, end + 1, (c) => {
      const period = periodAfter.resolve(c);
      if (!period || !period.range || (period.precision !== 'month' && period.precision !== 'quarter')) return null;
      return { ...periodAt(shiftByUnit(parseDay(period.range.start), -1, 'Y'), unitOfPrecision(period.precision)), keepsReference: true };
    });
  }
  if (after === 'ago') {
    // TimeML: "two years ago" is the DATE it points at (1996 in a 1998 story), "ago" included, at the unit's
    // granularity; "a year ago" set against a quarter or month under discussion is that period a year before.
    return match(start, end + 1, (c) => {
      if (amount === null) return reference('PAST_REF', null);
      if (c.publication === null) return unresolved('DATE', xValue(unit));
      const same = comparablePeriod(c, -amount, unit, c.publication);
      if (same) return same;
      const day = shiftByUnit(c.publication, -amount, unit);
      const period = periodAt(day, unit === 'H' || unit === 'MIN' || unit === 'S' ? 'D' : unit === 'DE' || unit === 'CE' ? 'Y' : unit);
      return { ...period, anchor: unit === 'D' ? day : undefined };
    });
  }
  // "in two weeks' time", "in a year's time": the date that far ahead of publication.
  const apostrophe = g.gluedSymbol(end, '\'’') ? end + 1 : -1;
  const timeAt = apostrophe < 0 ? -1 : g.word(apostrophe) === 's' && g.glued(apostrophe) ? apostrophe + 1 : apostrophe;
  if (timeAt > 0 && g.word(timeAt) === 'time' && g.word(i - 1) === 'in' && amount !== null) {
    return match(start, timeAt + 1, (c) => {
      if (c.publication === null) return unresolved('DATE', xValue(unit));
      const day = shiftByUnit(c.publication, amount, unit);
      return UNIT_RANK[unit] <= 1 ? dayPeriod(day) : periodAt(day, unit === 'DE' || unit === 'CE' ? 'Y' : unit);
    });
  }
  if (after === 'from' && (g.word(end + 1) === 'now' || g.word(end + 1) === 'today')) {
    return match(start, end + 2, (c) => {
      if (c.publication === null || amount === null) return unresolved('DATE', xValue(unit));
      const day = shiftByUnit(c.publication, amount, unit);
      return UNIT_RANK[unit] <= 1 ? dayPeriod(day) : periodAt(day, unit === 'DE' || unit === 'CE' ? 'Y' : unit);
    });
  }
  if ((after === 'later' || after === 'earlier') && g.word(end + 1) !== 'than') {
    const sign = after === 'later' ? 1 : -1;
    // "a decade later" names a year (2010 after 2000), as "a decade ago" does.
    const inYears = unit === 'DE' || unit === 'CE';
    const shiftUnit: UnitCode = inYears ? 'Y' : unit;
    const shiftAmount = amount === null ? null : inYears ? amount * (unit === 'DE' ? 10 : 100) : amount;
    return match(start, end + 1, (c) => (shiftAmount === null ? unresolved('DATE', xValue(unit)) : (comparablePeriod(c, sign * shiftAmount, shiftUnit) ?? chained(c, sign * shiftAmount, shiftUnit))));
  }
  // "three years and two months", "four hours, 20 minutes": one length told in smaller and smaller units.
  if (amount !== null && Number.isInteger(amount) && !hedged) {
    const compound = compoundDuration(g, end, unit, amount);
    if (compound) return match(start, compound.end, () => unresolved('DURATION', compound.value));
  }
  return match(start, end, () => unresolved('DURATION', value));
};

/** Units of a length in the order ISO 8601 writes them, largest first. */
const COMPOUND_ORDER: UnitCode[] = ['Y', 'M', 'W', 'D', 'H', 'MIN', 'S'];
const COMPOUND_DESIGNATORS: Partial<Record<UnitCode, string>> = { Y: 'Y', M: 'M', W: 'W', D: 'D', H: 'H', MIN: 'M', S: 'S' };

/**
 * The rest of a length after its first part ("and four months", ", 30 seconds"): each further part a whole count of a
 * smaller unit, joined by "and" or a comma. Nothing when no part follows, or when the whole is a point in time
 * ("two years and three months ago" stays as it is read now).
 */
function compoundDuration(g: Grammar, at: number, unit: UnitCode, amount: number): { end: number; value: string } | null {
  const parts: Array<[UnitCode, number]> = [[unit, amount]];
  let end = at;
  for (let guard = 0; guard < 3; guard++) {
    const joiner = g.token(end);
    if (!joiner || joiner.newline) break;
    let next = end + 1;
    // Parts of a clock reading follow one another with no joiner: "2 hours 19 minutes 40 seconds".
    const last = parts[parts.length - 1]![0];
    if (joiner.kind === 'number' && (last === 'H' || last === 'MIN')) next = end;
    else if (joiner.kind === 'other' && joiner.text === ',' && g.word(next) === 'and') next += 1;
    else if (!(joiner.kind === 'word' && joiner.lower === 'and') && !(joiner.kind === 'other' && joiner.text === ',')) break;
    const quantity = g.quantity(next, false);
    if (!quantity || quantity.value === null || !Number.isInteger(quantity.value) || g.word(next) === 'a' || g.word(next) === 'an') break;
    const partUnit = g.unit(quantity.next);
    if (next === end && partUnit !== 'MIN' && partUnit !== 'S') break;
    if (!partUnit || COMPOUND_ORDER.indexOf(partUnit) <= COMPOUND_ORDER.indexOf(last) || g.gluedSymbol(quantity.next + 1, '-')) break;
    if (quantity.value > 1 && !g.word(quantity.next).endsWith('s')) break;
    parts.push([partUnit, quantity.value]);
    end = quantity.next + 1;
  }
  if (parts.length < 2) return null;
  const after = g.word(end);
  if (after === 'ago' || after === 'later' || after === 'earlier' || after === 'old' || after === 'a' || after === 'per') return null;
  if (parts.some(([u]) => !COMPOUND_DESIGNATORS[u])) return null;
  let value = 'P';
  let inTime = false;
  for (const [u, n] of parts) {
    if ((u === 'H' || u === 'MIN' || u === 'S') && !inTime) {
      value += 'T';
      inTime = true;
    }
    value += `${n}${COMPOUND_DESIGNATORS[u]}`;
  }
  return { end, value };
}

/** A month or a quarter named at `at` ("September", "the third quarter", "the quarter"), for a comparison before it. */
function comparedPeriodAt(g: Grammar, at: number): Match | null {
  for (const rule of [monthDate, quarterRule, reportingPeriod]) {
    const found = rule(g, at);
    if (found && found.from === at && !found.nested && !found.clock) return found;
  }
  return null;
}

/** Scales written glued to an amount ("£4m", "$2bn", "5k") or after it ("900 crore", "3 lakh"). */
const AMOUNT_SCALES = new Set(['m', 'bn', 'k', 'mn', 'crore', 'crores', 'lakh', 'lakhs', 'billions', 'millions', 'thousands']);

/**
 * A counted thing or an amount ends right before i, so "a year"/"a week" after it is a rate: "20 storms a year",
 * "about 2,000 new homes a year", "£4m a year", "900 crore a year".
 */
function countedBefore(g: Grammar, i: number): boolean {
  const previous = g.word(i - 1);
  if (AMOUNT_SCALES.has(previous) && (g.isNumber(i - 2) || NUMBER_WORDS.has(g.word(i - 2)))) return true;
  // A plural common noun, with at most one lower-case word between it and its number.
  if (!previous.endsWith('s') || previous.endsWith('ss') || g.capitalised(i - 1) || UNITS.has(previous) || g.token(i - 1)?.kind !== 'word') return false;
  for (const back of [2, 3]) {
    const at = i - back;
    if (g.isNumber(at) || (NUMBER_WORDS.has(g.word(at)) && !g.capitalised(at))) return !g.symbolBefore(at, ':');
    const token = g.token(at);
    if (!token || token.kind !== 'word' || g.capitalised(at) || UNITS.has(g.word(at))) return false;
  }
  return false;
}

/** Words that are not adjectives of a unit of time ("two million years", "three of the years", "ten light years"). */
const NOT_UNIT_ADJECTIVES = new Set([
  'million', 'billion', 'trillion', 'thousand', 'light', 'man', 'person', 'of', 'the', 'a', 'an', 'and', 'or', 'to', 'in', 'per',
  'times', 'percent', 'dollar', 'dog', 'school', 'tax', 'leap', 'fiscal', 'financial', 'academic', 'calendar',
]);

/** A lower-case word at i that describes the plural unit after it ("lean" in "three lean years"). */
function describesUnit(g: Grammar, i: number): boolean {
  const word = g.word(i);
  if (!word || g.capitalised(i) || NOT_UNIT_ADJECTIVES.has(word) || NUMBER_WORDS.has(word) || UNITS.has(word)) return false;
  const unitWord = g.word(i + 1);
  const unit = g.unit(i + 1);
  return unit !== null && unit !== 'S' && unitWord.endsWith('s') && !g.gluedSymbol(i + 2, '-') && g.token(i + 1)?.spaced === true;
}

/** Words that may stand between a number and its unit of time ("20 more years", "three consecutive months"). */
const UNIT_MODIFIERS = new Set(['more', 'additional', 'extra', 'further', 'straight', 'consecutive', 'successive', 'trading', 'business', 'working', 'calendar', 'full', 'long', 'single']);

/** Words before a number that make "number + singular unit" a compound adjective ("a five year low"). */
const COMPOUND_DETERMINERS = new Set(['a', 'an', 'the', 'this', 'that', 'its', 'his', 'her', 'their', 'our', 'your', 'each', 'every']);


/** Words after an adjective-like frequency word that show it is an adverb ("paid quarterly and in cash"). */
const NOT_NOUNS = new Set(['and', 'or', 'but', 'in', 'on', 'at', 'by', 'for', 'from', 'to', 'with', 'since', 'until', 'as', 'if', 'while', 'when', 'than']);

/** Verbs a newspaper is the subject of ("the daily said", "the weekly reported"). */
const PRESS_VERBS = new Set(['said', 'says', 'reported', 'reports', 'quoted', 'quotes', 'wrote', 'writes', 'added', 'cited', 'cites', 'carried', 'published', 'claimed', 'noted']);

/** "daily"/"weekly" at i used as a noun: a newspaper named after it ("the daily Kommersant"), or the subject of a press verb. */
function isPublicationNoun(g: Grammar, i: number): boolean {
  const next = g.token(i + 1);
  if (next && next.kind === 'word' && g.capitalised(i + 1) && !WEEKDAYS.has(g.word(i + 1)) && !MONTHS.has(g.word(i + 1))) return true;
  return PRESS_VERBS.has(g.word(i + 1)) && g.token(i + 1)?.kind === 'word';
}

/** Parts of the day in the plural, after a weekday ("Sunday mornings"). */
const PLURAL_PARTS_OF_DAY: ReadonlyMap<string, string> = new Map([['mornings', 'MO'], ['afternoons', 'AF'], ['evenings', 'EV'], ['nights', 'NI']]);

/** Sets: "every Monday", "each week", "every two years", "Mondays", "daily", "annual", "per year". */
const setRule: Rule = (g, i) => {
  const word = g.word(i);
  const frequency = FREQUENCY_ADVERBS.get(word);
  if (frequency) {
    if (g.gluedSymbol(i + 1, '-') || g.symbolBefore(i, '-')) return null;
    if (g.capitalised(i) && g.capitalised(i - 1)) return null; // "Lagos Daily"
    if (g.capitalised(i) && g.capitalised(i + 1)) return null; // "Daily Mail"
    // "the state-run daily Al Ahram", "the weekly Der Spiegel", "the party daily said": a newspaper, not a frequency.
    if ((word === 'daily' || word === 'weekly') && isPublicationNoun(g, i)) return null;
    // "its quarterly dividend", "quarterly results": in company news the adjective names a reporting period's item,
    // not a recurrence in time (TimeBank leaves it unmarked, like "annual").
    if (word === 'quarterly' && g.token(i + 1)?.kind === 'word' && !NOT_NOUNS.has(g.word(i + 1))) return null;
    return match(i, i + 1, () => unresolved('SET', frequency));
  }
  const pluralWeekday = WEEKDAYS_PLURAL.get(word);
  if (pluralWeekday !== undefined && g.capitalised(i)) {
    // "Sundays", "Friday nights" is written "Fridays" too; "Saturday mornings" below.
    return match(i, i + 1, () => unresolved('SET', `XXXX-WXX-${pluralWeekday}`));
  }
  // "Saturday mornings", "Friday nights": a weekday before a plural part of the day recurs.
  const weekdayOfParts = WEEKDAYS.get(word);
  const pluralPart = PLURAL_PARTS_OF_DAY.get(g.word(i + 1));
  // (After "Sunday and", the plural is agreement with two days: "the tides peak on Sunday and Monday evenings".)
  const coordinated = (g.word(i - 1) === 'and' || g.word(i - 1) === 'or') && WEEKDAYS.has(g.word(i - 2));
  if (weekdayOfParts !== undefined && pluralPart && g.capitalised(i) && !g.capitalised(i + 1) && !coordinated) {
    return match(i, i + 2, () => unresolved('SET', `XXXX-WXX-${weekdayOfParts}T${pluralPart}`));
  }
  if (word === 'per' && g.unit(i + 1) && g.unit(i + 1) !== 'S') {
    const unit = g.unit(i + 1) as UnitCode;
    return match(i, i + 2, () => unresolved('SET', durationValue(1, unit)));
  }
  if (word !== 'every' && word !== 'each') return null;
  let at = i + 1;
  let step = 1;
  if (g.word(at) === 'other') {
    step = 2;
    at += 1;
  }
  const weekday = WEEKDAYS.get(g.word(at));
  if (weekday !== undefined) {
    const part = PARTS_OF_DAY.get(g.word(at + 1));
    return match(i, part ? at + 2 : at + 1, () => unresolved('SET', `XXXX-WXX-${weekday}${part ? `T${part}` : ''}`));
  }
  const part = PARTS_OF_DAY.get(g.word(at));
  if (part) return match(i, at + 1, () => unresolved('SET', `XXXX-XX-XXT${part}`));
  // "every summer", "each winter"
  const season = SEASONS.get(g.word(at));
  if (season && !g.capitalised(at)) return match(i, at + 1, () => unresolved('SET', `XXXX-${season}`));
  const monthHit = g.month(at);
  if (monthHit && !monthHit.abbreviated) return match(i, at + 1, () => unresolved('SET', `XXXX-${pad2(monthHit.month)}`));
  const quantity = g.quantity(at, false);
  const unitAt = quantity ? quantity.next : at;
  const unit = g.unit(unitAt);
  if (!unit) return null;
  const amount = (quantity?.value ?? 1) * step;
  return match(i, unitAt + 1, () => unresolved('SET', durationValue(amount, unit)));
};

/**
 * "the last three months of 2031", "the first six months of 2030", "the first two quarters of 2030": months counted
 * from an end of a named year are a calendar quarter or half, a date (a count that is neither stays a duration: "the
 * first nine months").
 */
function monthsOfYear(g: Grammar, i: number): Match | null {
  if (g.word(i) !== 'the') return null;
  const side = g.word(i + 1);
  if (side !== 'first' && side !== 'last' && side !== 'final') return null;
  const quantity = g.quantity(i + 2, false);
  if (!quantity || g.word(quantity.next + 1) !== 'of') return null;
  const unit = g.word(quantity.next);
  // "the first two quarters of 1990", "the last two quarters of 2031": a half year too.
  const months = unit === 'months' ? quantity.value : unit === 'quarters' && quantity.value === 2 ? 6 : null;
  if (months !== 3 && months !== 6) return null;
  const yearHit = g.year(quantity.next + 2);
  if (!yearHit) return null;
  const first = side === 'first';
  const year = yearHit.year;
  if (months === 3) return match(i, yearHit.next, () => quarterPeriod(year, first ? 1 : 4));
  return match(i, yearHit.next, () => halfPeriod(year, first ? 1 : 2));
}

/** Quarters and halves: "the fourth quarter", "the last quarter", "Q1 2008", "first-quarter", "the first half of 2008". */
const quarterRule: Rule = (g, i) => {
  const counted = monthsOfYear(g, i);
  if (counted) return counted;
  let at = i;
  if (g.word(at) === 'the') at += 1;
  // "H1 2031", "H2": a half-year, as results are labelled (a year is required when "H" stands at a sentence start).
  if (g.text(at) === 'H' && g.isNumber(at + 1) && g.glued(at + 1) && (g.text(at + 1) === '1' || g.text(at + 1) === '2') && !g.glued(at + 2)) {
    const half = g.numberValue(at + 1);
    const yearHit = g.year(at + 2);
    if (yearHit) return match(i, yearHit.next, () => halfPeriod(yearHit.year, half));
    return null;
  }
  // "Q1", "Q1 2008"
  if (g.text(at) === 'Q' && g.isNumber(at + 1) && g.glued(at + 1) && g.text(at + 1).length === 1) {
    const quarter = g.numberValue(at + 1);
    if (quarter < 1 || quarter > 4) return null;
    const yearHit = g.year(at + 2);
    const end = yearHit ? yearHit.next : at + 2;
    return match(i, end, (c) => resolveQuarter(c, quarter, yearHit?.year ?? null));
  }
  // "the April-June quarter", "the July–September quarter": a calendar quarter named by its months.
  const firstMonth = g.month(at);
  if (at > i && firstMonth && !firstMonth.abbreviated && isMonthDash(g, at + 1) && g.word(at + 3) === 'quarter') {
    const lastMonth = g.month(at + 2);
    if (lastMonth && firstMonth.month % 3 === 1 && lastMonth.month === firstMonth.month + 2) {
      const quarter = quarterOf(firstMonth.month);
      return match(i, at + 4, (c) => {
        if (c.publication === null) return unresolved('DATE', `XXXX-Q${quarter}`);
        return quarterPeriod(pickYearForMonth(c.publication, lastMonth.month, c.orientation()), quarter);
      });
    }
  }
  // "the fiscal first quarter", "fiscal second-quarter", "the fiscal-first quarter": a company's own quarters,
  // named like calendar ones (their months are not known).
  if (g.word(at) === 'fiscal') at += g.gluedSymbol(at + 1, '-') ? 2 : 1;
  // "the 1988 second quarter"
  let leadingYear: number | null = null;
  if (at > i && g.year(at) && (ORDINAL_WORDS.has(g.word(at + 1)) || g.word(at + 1) === 'fiscal')) {
    leadingYear = g.numberValue(at);
    at += 1;
    if (g.word(at) === 'fiscal') at += 1;
  }
  // "the year-earlier third quarter": the same quarter a year before.
  let yearBack = 0;
  if (at > i) {
    const earlierEnd = yearEarlierAt(g, at);
    if (earlierEnd > 0) {
      yearBack = 1;
      at = earlierEnd;
    }
  }
  let ordinal = ORDINAL_WORDS.get(g.word(at));
  if (ordinal === undefined && g.isNumber(at) && g.text(at).length === 1 && g.afterOrdinalSuffix(at + 1) === at + 2) ordinal = g.numberValue(at);
  const last = g.word(at) === 'final' || g.word(at) === 'last';
  if (ordinal === undefined && !last) return null;
  let unitAt = ordinal !== undefined && g.isNumber(at) ? at + 2 : at + 1;
  if (g.gluedSymbol(unitAt, '-')) unitAt += 1;
  const unitWord = g.word(unitAt);
  if (unitWord !== 'quarter' && unitWord !== 'half') return null;
  if (at === i && unitWord === 'half' && !g.gluedSymbol(unitAt - 1, '-')) return null; // "second half" without "the" is too vague
  if (at === i && last) return null; // "last quarter" is handled as a deictic unit
  const half = unitWord === 'half';
  if (half && (ordinal ?? 0) > 2) return null;
  let end = unitAt + 1;
  let year: number | null = leadingYear;
  let relative = 0;
  if (g.word(end) === 'of') {
    const yearHit = g.year(end + 1);
    if (yearHit) {
      year = yearHit.year;
      end = yearHit.next;
    } else if (g.word(end + 1) === 'the' && g.word(end + 2) === 'year') {
      end += 3;
    } else if (['this', 'last', 'next'].includes(g.word(end + 1)) && g.word(end + 2) === 'year') {
      relative = g.word(end + 1) === 'last' ? -1 : g.word(end + 1) === 'next' ? 1 : 0;
      end += 3;
    } else if (half) {
      return null;
    }
  } else if (half) {
    // "the second half" alone, in business copy ("sales in the first half rose", "expects the second half to be
    // stronger"): a half of the year under discussion. Not a half of a game, nor "the first half-hour".
    if (at === i || g.gluedSymbol(end, '-') || !g.inBusinessSentence(i) || g.inGameSentence(i)) return null;
    const number = ordinal ?? 2;
    if (number > 2) return null;
    return match(i, end, (c) => {
      const day = c.period?.day ?? c.reference ?? c.publication;
      return day === null ? unresolved('DATE', `XXXX-H${number}`) : { ...halfPeriod(ymdFromDay(day).year, number), keepsReference: true };
    });
  }
  // "14 points in the fourth quarter", "led 70-53 early in the third quarter": a period of a game, not of a year.
  if (year === null && relative === 0 && g.word(end - 1) !== 'year' && g.inGameSentence(i)) return null;
  if (last && !half && year === null && relative === 0) {
    return match(i, end, (c) => {
      if (c.publication === null) return unresolved('DATE', 'XXXX-QX');
      const { year: y, month } = ymdFromDay(c.publication);
      const previous = addMonths(y, month, -3);
      return quarterPeriod(previous.year, quarterOf(previous.month));
    });
  }
  const number = last ? (half ? 2 : 4) : (ordinal ?? 1);
  return match(i, end, (c) => {
    let resolvedYear = year;
    if (resolvedYear === null && c.publication !== null && (relative !== 0 || g.word(end - 1) === 'year')) resolvedYear = ymdFromDay(c.publication).year + relative;
    if (half) {
      if (resolvedYear === null) return c.publication === null ? unresolved('DATE', `XXXX-H${number}`) : halfPeriod(ymdFromDay(c.publication).year, number);
      return halfPeriod(resolvedYear, number);
    }
    const quarter = resolveQuarter(c, number, resolvedYear);
    if (!yearBack || !quarter.range) return quarter;
    return { ...quarterPeriod(Number(quarter.value.slice(0, 4)) - yearBack, number), keepsReference: true };
  });
};

function resolveQuarter(c: Context, quarter: number, year: number | null): Resolved {
  if (year !== null) return quarterPeriod(year, quarter);
  if (c.publication === null) return unresolved('DATE', `XXXX-Q${quarter}`);
  const { year: current, month } = ymdFromDay(c.publication);
  const currentQuarter = quarterOf(month);
  // Looking ahead, the quarter just ended still counts as this year's: results for it are yet to be reported
  // ("expects to report third-quarter profit" in October).
  // (In January the quarter just ended is last year's fourth: "will report fourth-quarter results on Feb. 3".)
  if (c.orientation() === 'future') {
    const latest = lastCompletedQuarter(c.publication);
    if (Number(latest.value.slice(-1)) === quarter) return latest;
    return quarterPeriod(quarter >= currentQuarter ? current : current + 1, quarter);
  }
  return quarterPeriod(quarter <= currentQuarter ? current : current - 1, quarter);
}

/** Prepositions that make "the summer" a time: "in the spring", "deep into the summer", "planned for the autumn". */
const SEASON_PREPOSITIONS = new Set(['in', 'during', 'over', 'through', 'throughout', 'until', 'till', 'by', 'since', 'into', 'for']);

/** Seasons with a year or article: "summer 2008", "the summer of 2008", "in the spring". */
/** Words that may follow a bare season that is a time ("in spring and summer", "by summer when ..."). */
const BARE_SEASON_FOLLOWERS = new Set(['and', 'or', 'when', 'as', 'while', 'after', 'before', 'if', 'but', 'at', 'in', 'on', 'to', 'with', 'for', 'because', 'than', 'so', 'this', 'next', 'last', 'amid']);

/** Words after "the fall" that make it a drop: "the fall of the regime", "the fall from a roof", "the fall in prices". */
const FALL_AFTER_DROP = new Set(['of', 'from', 'in', 'off', 'on', 'at', 'to', 'was', 'is', 'has', 'had', 'and', 'that', 'which']);
/** Words of harm before "in the fall": the fall is an accident ("was badly injured in the fall"). */
const HARM_WORDS = new Set(['hurt', 'injured', 'injuries', 'killed', 'died', 'broke', 'fractured', 'suffered', 'wounded', 'survived']);

const seasonRule: Rule = (g, i) => {
  let at = i;
  if (g.word(at) === 'the') at += 1;
  const season = SEASONS.get(g.word(at));
  if (!season) return null;
  let end = at + 1;
  if (g.word(end) === 'of' && g.year(end + 1)) end += 1;
  const yearHit = g.year(end);
  if (yearHit) {
    const year = yearHit.year;
    return match(i, yearHit.next, () => seasonPeriod(year, season));
  }
  if (!SEASON_PREPOSITIONS.has(g.word(i - 1))) return null;
  // A bare season after a preposition of time ("by spring", "in summer", as British and Australian copy write it), in
  // lower case (not "Arab Spring") and not "fall" (a drop), nor a noun's modifier ("in summer months", "for winter tyres").
  if (at === i && (g.word(at) === 'fall' || g.capitalised(at) || g.token(at + 1)?.kind === 'word' && !BARE_SEASON_FOLLOWERS.has(g.word(at + 1)))) return null;
  // "the fall" is the season only after a preposition of time and with nothing of a drop after it (not "took the
  // fall", "after the fall of the regime", "injured in the fall from a ladder", "in the fall in prices").
  if (g.word(at) === 'fall' && (FALL_AFTER_DROP.has(g.word(end)) || g.gluedSymbol(end, '-') || !['in', 'during', 'by', 'until', 'till', 'for', 'through', 'throughout'].includes(g.word(i - 1)))) return null;
  if (g.word(at) === 'fall' && [2, 3, 4, 5].some((back) => HARM_WORDS.has(g.word(i - back)))) return null; // "was hurt in the fall"
  return match(i, end, (c) => nearSeason(c, season));
};

/** A season named without its year: the one under way, else the last or the next by the tense. */
function nearSeason(c: Context, season: string): Resolved {
  if (c.publication === null) return unresolved('DATE', `XXXX-${season}`);
  const here = seasonYearOf(c.publication, season);
  if (here.contains) return seasonPeriod(here.year, season);
  const startsAfter = seasonPeriodStartsAfter(c.publication, here.year, season);
  const future = c.orientation() === 'future';
  return seasonPeriod(future ? (startsAfter ? here.year : here.year + 1) : startsAfter ? here.year - 1 : here.year, season);
}

/**
 * "last season", "this season", "next season" (of a sport, a show, a harvest): the year before, of, or after
 * publication, as annotators value a season not otherwise placed. Not "the season" alone (too vague), nor "this
 * season-long slump" (an adjective).
 */
const relativeSeason: Rule = (g, i) => {
  const determiner = g.word(i);
  const shift = determiner === 'last' ? -1 : determiner === 'next' ? 1 : determiner === 'this' ? 0 : null;
  if (shift === null || g.word(i + 1) !== 'season' || g.capitalised(i + 1) || g.gluedSymbol(i + 2, '-')) return null;
  return match(i, i + 2, (c) => {
    const anchor = c.publication ?? c.reference;
    return anchor === null ? unresolved('DATE', 'XXXX') : { ...yearPeriod(ymdFromDay(anchor).year + shift), keepsReference: true };
  });
};

/** Prepositions before "the new year" when it is a time: "in the new year", "early in the new year", "until the new year". */
const NEW_YEAR_PREPOSITIONS = new Set(['in', 'into', 'until', 'till', 'by', 'after', 'before', 'over', 'for', 'during', 'through']);

/**
 * "the new year" (lower case; "New Year" is the holiday): the year about to begin, told in the last months of a year,
 * else the one under way ("a vote is expected in the new year", written in November).
 */
const theNewYear: Rule = (g, i) => {
  if (g.word(i) !== 'the' || g.text(i + 1) !== 'new' || g.text(i + 2) !== 'year' || !NEW_YEAR_PREPOSITIONS.has(g.word(i - 1))) return null;
  if (g.gluedSymbol(i + 3, '-') || g.isNumber(i + 3)) return null; // "the new year-round service", "the new year 7 intake"
  return match(i, i + 3, (c) => {
    if (c.publication === null) return unresolved('DATE', 'XXXX');
    const { year, month } = ymdFromDay(c.publication);
    return yearPeriod(month >= 9 ? year + 1 : year);
  });
};

/** Ordinals of centuries in words ("the nineteenth century"). */
const CENTURY_ORDINALS: ReadonlyMap<string, number> = new Map([
  ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6], ['seventh', 7], ['eighth', 8], ['ninth', 9],
  ['tenth', 10], ['eleventh', 11], ['twelfth', 12], ['thirteenth', 13], ['fourteenth', 14], ['fifteenth', 15], ['sixteenth', 16],
  ['seventeenth', 17], ['eighteenth', 18], ['nineteenth', 19], ['twentieth', 20],
]);

/**
 * Centuries: "the 20th century", "the nineteenth century", and without the article as a modifier ("a 12th century
 * church", "her 19th-century novels"). Not a name: "20th Century Fox".
 */
const centuryRule: Rule = (g, i) => {
  const at = g.word(i) === 'the' ? i + 1 : i;
  let ordinal: number;
  let after: number;
  if (g.isNumber(at) && g.text(at).length <= 2) {
    after = g.afterOrdinalSuffix(at + 1);
    if (after === at + 1) return null;
    ordinal = g.numberValue(at);
  } else {
    const spelled = CENTURY_ORDINALS.get(g.word(at));
    if (spelled === undefined) return null;
    ordinal = spelled;
    after = at + 1;
  }
  const hyphen = g.gluedSymbol(after, '-') && g.glued(after + 1) ? 1 : 0;
  if (g.word(after + hyphen) !== 'century') return null;
  if (ordinal < 1 || ordinal > 21) return null;
  if (g.capitalised(after + hyphen) && g.capitalised(after + hyphen + 1)) return null;
  // Without "the", only as a modifier of a noun ("an 11th century temple"), not "the second century-old bridge".
  if (at === i && g.gluedSymbol(after + hyphen + 1, '-')) return null;
  return match(i, after + hyphen + 1, () => centuryPeriod((ordinal - 1) * 100));
};

/** Easter Sunday of a year (Gregorian computus). */
function easter(year: number): DayNumber {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dayFromYmd(year, month, day);
}

type HolidayDay = (year: number) => DayNumber;

const fixedDay = (month: number, day: number): HolidayDay => (year) => dayFromYmd(year, month, day);

/** Holidays by their words (capitalised), longest first. */
const HOLIDAYS: readonly [readonly string[], HolidayDay][] = [
  [['christmas', 'eve'], fixedDay(12, 24)],
  [['christmas', 'day'], fixedDay(12, 25)],
  [['christmas'], fixedDay(12, 25)],
  [['boxing', 'day'], fixedDay(12, 26)],
  [['new', 'year', '\'', 's', 'eve'], fixedDay(12, 31)],
  [['new', 'year', '\'', 's', 'day'], fixedDay(1, 1)],
  [['new', 'year', '’', 's', 'eve'], fixedDay(12, 31)],
  [['new', 'year', '’', 's', 'day'], fixedDay(1, 1)],
  [['halloween'], fixedDay(10, 31)],
  [['valentine', '\'', 's', 'day'], fixedDay(2, 14)],
  [['valentine', '’', 's', 'day'], fixedDay(2, 14)],
  [['independence', 'day'], fixedDay(7, 4)],
  [['thanksgiving'], (year) => weekdayOnOrAfter(dayFromYmd(year, 11, 1), 4) + 21],
  // The US shopping days after Thanksgiving, and US Election Day (the Tuesday after the first Monday of November).
  [['black', 'friday'], (year) => weekdayOnOrAfter(dayFromYmd(year, 11, 1), 4) + 22],
  [['cyber', 'monday'], (year) => weekdayOnOrAfter(dayFromYmd(year, 11, 1), 4) + 25],
  [['election', 'day'], (year) => weekdayOnOrAfter(dayFromYmd(year, 11, 1), 1) + 1],
  [['easter'], easter],
  [['good', 'friday'], (year) => easter(year) - 2],
  // US Monday holidays (named mostly for their long weekends): the last Monday of May, the first of September.
  [['memorial', 'day'], (year) => weekdayOnOrBefore(dayFromYmd(year, 5, 31), 1)],
  [['labor', 'day'], (year) => weekdayOnOrAfter(dayFromYmd(year, 9, 1), 1)],
];

/** British bank-holiday Mondays named by their month: early May, late May (spring), August (summer). */
const BANK_HOLIDAYS: ReadonlyMap<string, HolidayDay> = new Map([
  ['early may', (year: number) => weekdayOnOrAfter(dayFromYmd(year, 5, 1), 1)],
  ['late may', (year: number) => weekdayOnOrBefore(dayFromYmd(year, 5, 31), 1)],
  ['may', (year: number) => weekdayOnOrBefore(dayFromYmd(year, 5, 31), 1)],
  ['spring', (year: number) => weekdayOnOrBefore(dayFromYmd(year, 5, 31), 1)],
  ['august', (year: number) => weekdayOnOrBefore(dayFromYmd(year, 8, 31), 1)],
  ['summer', (year: number) => weekdayOnOrBefore(dayFromYmd(year, 8, 31), 1)],
  ['easter', (year: number) => easter(year) + 1],
]);

/** The Saturday of the weekend a holiday belongs to: the one before a Monday, after a Thursday or Friday, around a Sunday. */
function holidayWeekendSaturday(day: DayNumber): DayNumber {
  const weekday = isoWeekday(day);
  return weekday <= 1 ? day - 2 : weekday >= 6 ? day - (weekday - 6) : day + (6 - weekday);
}

/**
 * A holiday's weekend: "the Labor Day weekend", "Easter weekend", "the Thanksgiving long weekend", and British "the
 * late May bank holiday weekend", "the August bank holiday weekend" (ISO week of that weekend, -WE). The holiday of
 * the year the tense points to, as for the holiday itself.
 */
const holidayWeekend: Rule = (g, i) => {
  let at = g.word(i) === 'the' ? i + 1 : i;
  let dayOf: HolidayDay | null = null;
  if (g.capitalised(at)) {
    for (const [words, holiday] of HOLIDAYS) {
      if (words.every((word, offset) => g.token(at + offset)?.lower === word)) {
        dayOf = holiday;
        at += words.length;
        break;
      }
    }
  }
  if (!dayOf) {
    // "[the] late May bank holiday weekend", "the August bank holiday weekend"
    const two = `${g.word(at)} ${g.word(at + 1)}`;
    const named = BANK_HOLIDAYS.has(two) && g.capitalised(at + 1) ? two : g.capitalised(at) ? g.word(at) : '';
    const holiday = BANK_HOLIDAYS.get(named);
    if (!holiday || g.word(at + named.split(' ').length) !== 'bank' || g.word(at + named.split(' ').length + 1) !== 'holiday') return null;
    dayOf = holiday;
    at += named.split(' ').length + 2;
  }
  const holidayDay = dayOf;
  // "Easter week", "Thanksgiving week", "the Christmas week": the ISO week the holiday falls in.
  if (g.word(at) === 'week' && !g.gluedSymbol(at + 1, '-')) {
    return match(i, at + 1, (c) => {
      if (c.publication === null) return unresolved('DATE', 'XXXX-WXX');
      const { year } = ymdFromDay(c.publication);
      const days = [year - 1, year, year + 1].map((y) => holidayDay(y));
      const chosen = pickNearDay(c.publication, days, c.orientation());
      return chosen === null ? null : weekPeriod(chosen);
    });
  }
  if (g.word(at) === 'long') at += 1;
  if (g.word(at) !== 'weekend' || g.gluedSymbol(at + 1, '-')) return null;
  return match(i, at + 1, (c) => {
    if (c.publication === null) return unresolved('DATE', 'XXXX-WXX-WE');
    const { year } = ymdFromDay(c.publication);
    const saturdays = [year - 1, year, year + 1].map((y) => holidayWeekendSaturday(holidayDay(y)));
    const orientation = c.orientation();
    const chosen = orientation === 'future' ? saturdays.find((d) => d + 1 >= c.publication!) : pickNearDay(c.publication, saturdays, orientation);
    return chosen === undefined || chosen === null ? null : weekendPeriod(chosen);
  });
};

/** Holidays: "Christmas", "New Year's Eve", "Thanksgiving", "Easter", "Christmas 2008". */
const holidayRule: Rule = (g, i) => {
  if (!g.capitalised(i)) return null;
  for (const [words, dayOf] of HOLIDAYS) {
    if (!words.every((word, offset) => g.token(i + offset)?.lower === word)) continue;
    // "Election Day" is the American date only as a name ("election day" is any country's polling day).
    if (words[0] === 'election' && !g.capitalised(i + 1)) continue;
    let end = i + words.length;
    if (g.word(end) === 'season' || g.word(end) === 'holidays') continue;
    const yearHit = g.year(end);
    if (yearHit) end = yearHit.next;
    return match(i, end, (c) => {
      if (yearHit) return dayPeriod(dayOf(yearHit.year));
      if (c.publication === null) return null;
      const { year } = ymdFromDay(c.publication);
      const orientation = c.orientation();
      // (Looking ahead, a holiday is the next one: "will strike over Christmas" in late December is this year's.)
      const chosen =
        orientation === 'future'
          ? [dayOf(year - 1), dayOf(year), dayOf(year + 1)].find((d) => d >= c.publication!)
          : pickNearDay(c.publication, [dayOf(year - 1), dayOf(year), dayOf(year + 1)], orientation);
      return chosen === undefined || chosen === null ? null : dayPeriod(chosen);
    });
  }
  return null;
};

/** Clock times: "3 p.m.", "6:40 p.m. (GMT +8)", "18:00 UTC", "at 08:30", "noon", "midnight". */
const clockRule: Rule = (g, i) => {
  const word = g.word(i);
  if (word === 'noon' || word === 'midday' || word === 'midnight') {
    if (!CLOCK_PREPOSITIONS.has(g.word(i - 1))) return null;
    // Midnight closes the day it belongs to, as TimeML writes it: "at midnight Friday" is Friday's T24:00.
    // A zone belongs to it as to any clock time ("noon ET", "midnight GMT", "noon local time on Friday").
    let next = i + 1;
    let utcOffset: number | null = null;
    const zone = zoneAfterClock(g, next, g.capitalised(next));
    if (zone) ({ utcOffset, next } = zone);
    next = afterZoneInWords(g, next);
    const clock: ClockTime = { hour: word === 'midnight' ? 24 : 12, minute: 0, utcOffset };
    const day = dayAfterClock(g, next) ?? (g.word(next) === 'on' ? dayAfterClock(g, next + 1) : null);
    if (day) return match(i, day.to, (c) => clockOnDay(day.resolve(c)?.anchor ?? null, clock));
    return match(i, next, () => null, { clock });
  }
  const wire = wireClock(g, i);
  if (wire) return wire;
  if (!g.isNumber(i) || g.text(i).length > 2 || g.isCodeLike(i) || g.symbolBefore(i, '$£€#.,/:-')) return null;
  let hour = g.numberValue(i);
  let minute = 0;
  let next = i + 1;
  let hasMinutes = false;
  let separator = '';
  if (g.gluedSymbol(next, ':.') && g.digits(next + 1, 2) && g.glued(next + 1)) {
    separator = g.text(next);
    minute = g.numberValue(next + 1);
    next += 2;
    hasMinutes = true;
    if (g.gluedSymbol(next, ':') && g.digits(next + 1, 2)) next += 2; // seconds
  }
  if (hour > 23 || minute > 59) return null;
  // a.m. / p.m.
  let meridiem: 'am' | 'pm' | null = null;
  const first = g.word(next);
  if ((first === 'a' || first === 'p') && g.gluedSymbol(next + 1, '.') && g.word(next + 2) === 'm') {
    meridiem = first === 'a' ? 'am' : 'pm';
    next += g.gluedSymbol(next + 3, '.') ? 4 : 3;
  } else if (first === 'am' || first === 'pm') {
    // "... 4 am ..." could be the verb ("those 4 am happy"): lower-case "am" after a bare number needs "at"/"by"...
    if (g.text(next) === 'am' && !hasMinutes && g.token(next)?.spaced && !CLOCK_PREPOSITIONS.has(g.word(i - 1))) return null;
    meridiem = first;
    next += 1;
  }
  if (meridiem) {
    if (hour < 1 || hour > 12) return null;
    if (meridiem === 'pm' && hour !== 12) hour += 12;
    if (meridiem === 'am' && hour === 12) hour = 0;
  }
  // "at 4 in the morning", "until 10 at night", "around 3 in the afternoon": the part of the day stands for a.m./p.m.
  // (TimeML: one TIME, value T04:00). Only after a clock preposition: "won 4 in the morning session" is a score.
  const dayPart = meridiem ? null : partOfDayAfterClock(g, next);
  if (dayPart && hour >= 1 && hour <= 12 && CLOCK_PREPOSITIONS.has(g.word(i - 1))) {
    if (hour === 12) hour = dayPart.part === 'MO' || dayPart.part === 'NI' ? 0 : 12;
    else if (dayPart.part === 'AF' || dayPart.part === 'EV' || (dayPart.part === 'NI' && hour >= 6)) hour += 12; // "2 at night" is 02:00
    const clock: ClockTime = { hour, minute, utcOffset: null };
    return match(i, dayPart.next, () => null, { clock });
  }
  // Zones
  let utcOffset: number | null = null;
  let zoned = false;
  const zone = zoneAfterClock(g, next, g.capitalised(next));
  if (zone) {
    ({ utcOffset, next } = zone);
    zoned = true;
  } else if (g.text(next) === '(' && ZONES_UTC.has(g.word(next + 1))) {
    const signed = zoneOffset(g, next + 2);
    const close = signed ? signed.next : next + 2;
    if (g.text(close) === ')') {
      utcOffset = signed ? signed.offset : 0;
      zoned = true;
      next = close + 1;
    }
  }
  if (!meridiem && !zoned) {
    // "at 08:30"; but "rose to 2.46" is a number: a decimal point makes a clock time only with a.m./p.m. or a zone.
    if (!hasMinutes || separator === '.' || !CLOCK_PREPOSITIONS.has(g.word(i - 1))) return null;
  }
  const clock: ClockTime = { hour, minute, utcOffset };
  // "9:15 a.m. local time", "7 p.m. Pacific time", "noon Beijing time": the zone named in words belongs to the time.
  next = afterZoneInWords(g, next);
  // "10 p.m. Wednesday", "noon Thursday", "5 p.m. EST Nov. 9": the day that follows is part of the time; so is the day
  // after "on" ("9pm on New Year's Eve", "7 p.m. Pacific time on Monday"): one point in time, one TIME.
  const day = dayAfterClock(g, next) ?? (g.word(next) === 'on' ? dayAfterClock(g, next + 1) : null);
  if (day) return match(i, day.to, (c) => clockOnDay(day.resolve(c)?.anchor ?? null, clock));
  return match(i, next, () => null, { clock });
};

/** US zones named by region after a clock time, with or without "time" ("8 p.m. Eastern"). */
const REGION_ZONES = new Set(['eastern', 'pacific', 'central', 'mountain']);

/**
 * After a clock time, past a zone named in words ("local time", "Beijing time", "Pacific time", "p.m. Eastern"): the
 * index after it, else `next` itself.
 */
function afterZoneInWords(g: Grammar, next: number): number {
  if ((g.word(next) === 'local' || (g.capitalised(next) && !WEEKDAYS.has(g.word(next)) && !MONTHS.has(g.word(next)))) && g.word(next + 1) === 'time') return next + 2;
  // "8 p.m. Eastern", but not "8 p.m. Eastern Europe time" nor "Central Park".
  if (REGION_ZONES.has(g.word(next)) && g.capitalised(next) && (g.token(next + 1)?.kind !== 'word' || g.word(next + 1) === 'on' || WEEKDAYS.has(g.word(next + 1)))) return next + 1;
  return next;
}

/**
 * A race time or a length read off a stopwatch, "h:mm:ss" ("won in 2:06:12", "a 1:58:40 half marathon"): a DURATION.
 * Not a clock time ("at 10:30:15", "2:06:12 p.m.", "09:15:00 GMT").
 */
const stopwatchTime: Rule = (g, i) => {
  if (!g.isNumber(i) || g.text(i).length !== 1 || g.isCodeLike(i) || g.symbolBefore(i, '$£€#.,/:-')) return null;
  if (!(g.gluedSymbol(i + 1, ':') && g.digits(i + 2, 2) && g.glued(i + 2) && g.gluedSymbol(i + 3, ':') && g.digits(i + 4, 2) && g.glued(i + 4))) return null;
  if (g.gluedSymbol(i + 5, ':.,') && g.isNumber(i + 6) && g.glued(i + 6)) return null; // more parts: not this shape
  if (CLOCK_PREPOSITIONS.has(g.word(i - 1)) && g.word(i - 1) !== 'about' && g.word(i - 1) !== 'around') return null;
  const after = g.word(i + 5);
  if (after === 'a' || after === 'p' || after === 'am' || after === 'pm' || ZONES_UTC.has(after) || ZONES_LOCAL.has(after)) return null;
  const hours = g.numberValue(i);
  const minutes = g.numberValue(i + 2);
  const seconds = g.numberValue(i + 4);
  if (minutes > 59 || seconds > 59) return null;
  const value = `PT${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${seconds || (!hours && !minutes) ? `${seconds}S` : ''}`;
  return match(i, i + 5, () => unresolved('DURATION', value));
};

/**
 * Wire-service and military clocks: four digits with a zone or "hours" ("at 0600 GMT", "1430 local time", "by 2359
 * UTC", "at 1800 hours"). Without one of them four digits are a year or a number.
 */
function wireClock(g: Grammar, i: number): Match | null {
  if (!g.digits(i, 4) || g.isCodeLike(i) || g.symbolBefore(i, '$£€#.,/:-') || g.gluedSymbol(i + 1, ':.,-')) return null;
  const hour = Math.floor(g.numberValue(i) / 100);
  const minute = g.numberValue(i) % 100;
  if (hour > 23 || minute > 59) return null;
  let next = i + 1;
  let utcOffset: number | null = null;
  const zoneWord = g.word(next);
  const zone = zoneAfterClock(g, next, g.text(next) === g.text(next).toUpperCase());
  if (zone) {
    ({ utcOffset, next } = zone);
  } else if (zoneWord === 'local' && g.word(next + 1) === 'time') {
    next += 2;
  } else if ((zoneWord === 'hours' || zoneWord === 'hrs') && CLOCK_PREPOSITIONS.has(g.word(i - 1))) {
    next += 1;
  } else {
    return null;
  }
  const clock: ClockTime = { hour, minute, utcOffset };
  const day = dayAfterClock(g, next) ?? (g.word(next) === 'on' ? dayAfterClock(g, next + 1) : null);
  if (day) return match(i, day.to, (c) => clockOnDay(day.resolve(c)?.anchor ?? null, clock));
  return match(i, next, () => null, { clock });
}

/**
 * A zone written after a clock time: a UTC-like zone with an optional signed offset ("GMT", "UTC+5:30") or a local
 * one in capitals ("EST", "IST"). `utcCased` says whether the word is cased as the caller's kind of clock wants
 * (capitalised after "9 p.m.", capitals after a wire clock's four digits).
 */
function zoneAfterClock(g: Grammar, at: number, utcCased: boolean): { utcOffset: number | null; next: number } | null {
  const word = g.word(at);
  if (ZONES_UTC.has(word) && utcCased) {
    const signed = zoneOffset(g, at + 1);
    return signed ? { utcOffset: signed.offset, next: signed.next } : { utcOffset: 0, next: at + 1 };
  }
  if (ZONES_LOCAL.has(word) && g.text(at) === g.text(at).toUpperCase()) return { utcOffset: null, next: at + 1 };
  return null;
}

/** "in the morning", "in the afternoon", "in the evening", "at night" after a clock number, or null. */
function partOfDayAfterClock(g: Grammar, at: number): { part: string; next: number } | null {
  if (g.word(at) === 'in' && g.word(at + 1) === 'the') {
    const part = PARTS_OF_DAY.get(g.word(at + 2));
    if (part && part !== 'NI') return { part, next: at + 3 };
  }
  if (g.word(at) === 'at' && g.word(at + 1) === 'night') return { part: 'NI', next: at + 2 };
  return null;
}

/** A day expression right after a clock time ("Wednesday", "Nov. 9", "today"), without a part of the day. */
function dayAfterClock(g: Grammar, at: number): Match | null {
  if (!g.token(at) || g.token(at)?.newline) return null;
  for (const rule of [weekdayRule, monthDate, deicticDay, holidayRule]) {
    const found = rule(g, at);
    if (found && found.from === at && !found.nested && !found.clock && !PARTS_OF_DAY.has(g.word(found.to - 1)) && g.word(at) !== 'tonight') return found;
  }
  return null;
}

function zoneOffset(g: Grammar, i: number): { offset: number; next: number } | null {
  const sign = g.text(i);
  if ((sign !== '+' && sign !== '-' && sign !== '−') || !g.isNumber(i + 1)) return null;
  let hours = g.numberValue(i + 1);
  let minutes = 0;
  let next = i + 2;
  if (g.text(i + 1).length === 4) {
    minutes = hours % 100;
    hours = Math.floor(hours / 100);
  } else if (g.gluedSymbol(next, ':') && g.digits(next + 1, 2)) {
    minutes = g.numberValue(next + 1);
    next += 2;
  }
  if (hours > 14 || minutes > 59) return null;
  const total = hours * 60 + minutes;
  return { offset: sign === '+' ? total : -total, next };
}

const DETERMINERS = ['this', 'last', 'next', 'past', 'coming', 'previous', 'following', 'current', 'that', 'same', 'recent', 'upcoming'];

/** Number words a spoken year can begin with ("nineteen sixty-seven", "two thousand one", "twenty fourteen"). */
const SPOKEN_YEAR_STARTS = ['eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'two'];

/** Each rule with the words that can begin it ('#' = a number, "'" = an apostrophe). */
const RULE_TRIGGERS: readonly [Rule, readonly string[]][] = [
  [monthDate, [...MONTHS.keys(), ...MONTH_ABBREVIATIONS.keys(), ...WEEKDAYS.keys(), 'the', '#']],
  [numericDate, ['#']],
  [yearExpression, ['the', 'fiscal', 'fy', 'from', 'between', 'this', 'last', 'next', 'current', 'previous', '\'', '#', ...SPOKEN_YEAR_STARTS]],
  [modifiedDate, ['early', 'late', 'mid', 'middle', 'end', 'start', 'the']],
  [stretchAhead, ['the']],
  [wholeYear, ['the', 'full']],
  [restOfPeriod, ['the']],
  [periodUnderDiscussion, ['the']],
  [unitBeforeAfter, ['the']],
  [deicticUnit, ['earlier', 'later', 'the', ...DETERMINERS]],
  [theWeekend, ['the']],
  [reportingPeriod, ['the', 'that', 'year', 'prior']],
  [samePeriodLastYear, ['the']],
  [yearEndRule, ['year']],
  [monthOfRelativeYear, [...MONTHS.keys(), ...MONTH_ABBREVIATIONS.keys()]],
  [weekOfRule, ['the']],
  [rangeRule, ['from', 'between', ...WEEKDAYS.keys(), ...MONTHS.keys()]],
  [deicticDay, ['today', 'yesterday', 'tomorrow', 'tonight', 'this', 'last', 'the']],
  [chainedPartOfDay, ['the', 'that', 'overnight', 'mid', 'midmorning', 'midafternoon', ...TWILIGHT.keys()]],
  [weekdayRule, [...WEEKDAYS.keys()]],
  [referenceWords, ['a', 'an', 'now', 'currently', 'presently', 'nowadays', 'recently', 'lately', 'more', 'most', 'very', 'the', 'present']],
  [durationRule, [...MODIFIERS, ...UNITS.keys(), ...VAGUE_QUANTITIES, ...NUMBER_WORDS.keys(), 'over', 'a', 'an', 'half', '#']],
  [setRule, [...FREQUENCY_ADVERBS.keys(), ...WEEKDAYS_PLURAL.keys(), ...WEEKDAYS.keys(), 'per', 'every', 'each']],
  [quarterRule, ['the', 'q', 'h', 'final', 'last', 'fiscal', ...ORDINAL_WORDS.keys(), '#']],
  [seasonRule, ['the', ...SEASONS.keys()]],
  [relativeSeason, ['last', 'this', 'next']],
  [theNewYear, ['the']],
  [holidayWeekend, ['the', 'early', 'late', 'may', 'august', 'spring', 'summer', 'easter', ...HOLIDAYS.map(([words]) => words[0] as string)]],
  [centuryRule, ['the', '#', ...CENTURY_ORDINALS.keys()]],
  [secondDayOfMonth, ['#']],
  [clockRule, ['noon', 'midday', 'midnight', '#']],
  [stopwatchTime, ['#']],
  [holidayRule, ['christmas', 'boxing', 'new', 'halloween', 'valentine', 'independence', 'thanksgiving', 'easter', 'good', 'black', 'cyber', 'election', 'memorial', 'labor']],
];

const RULES_BY_TRIGGER = new Map<string, Rule[]>();
for (const [rule, triggers] of RULE_TRIGGERS) {
  for (const trigger of triggers) {
    const list = RULES_BY_TRIGGER.get(trigger) ?? [];
    if (!list.includes(rule)) list.push(rule);
    RULES_BY_TRIGGER.set(trigger, list);
  }
}
const NO_RULES: readonly Rule[] = [];

/** The rules that may match at a token, in priority order (the longest match wins; ties go to the first). */
export function rulesFor(token: Token): readonly Rule[] {
  const key = token.kind === 'number' ? '#' : token.lower;
  return RULES_BY_TRIGGER.get(key) ?? NO_RULES;
}

/** The first day of "the week beginning/ending X", in days from X. */
const WEEK_FIRST_DAY_FROM_ANCHOR: ReadonlyMap<string, number> = new Map([['beginning', 0], ['starting', 0], ['commencing', 0], ['ended', -6], ['ending', -6], ['to', -6]]);
