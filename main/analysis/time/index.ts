/**
 * Temporal expression recognition and normalisation for news text (TimeML TIMEX3).
 *
 * extractTimexes(text, { publishedAt }) finds dates, times, durations and sets and
 * normalises them against the publication date, news-style: past-tense reporting points
 * back ("on Wednesday" in a Thursday story is the day before), forward-looking verbs
 * point ahead ("will", "is due to", "next"), and "the next day" / "two days later" chain
 * from the last date mentioned (the reference time), not from publication.
 *
 * Conventions (MEANTIME/TimeML): determiners and modifiers are part of an expression
 * ("the past decade", "almost two years", "early 2009"); prepositions are not ("on", "in",
 * "over"); "two years ago" is the DURATION "two years" (placed in time by its range).
 * Weeks are ISO 8601 weeks. A year range ("from 2009 to 2011") is a DURATION that also
 * contains its endpoint DATEs, so results may nest (sorted by start, outer first).
 * `range` is the calendar placement (inclusive ISO days) or null (bare durations, sets,
 * PAST_REF/FUTURE_REF, or anything relative when publishedAt is null).
 *
 * Pure, synchronous, never throws, linear in the input (a hand-written tokeniser and
 * token-level rules: no backtracking regular expressions).
 */
import type { Timex } from '../../../shared/analysis';
import type { Precision } from '../../../shared/model';
import { type DayNumber, parseIsoDay } from './calendar';
import { type Context, type Match, Grammar, rulesFor } from './grammar';
import { type Resolved, clockOnDay } from './periods';
import { orientation } from './tense';
import { type Token, tokenize } from './tokens';
import { insideTitle, quotedTitles } from '../titles';

export interface ExtractTimexOptions {
  /** Publication day (ISO "YYYY-MM-DD", a longer ISO datetime is cut to its day), or null when unknown. */
  publishedAt: string | null;
  /**
   * Told when a rule or a resolver throws (a bug): that expression is skipped and the others are still found.
   * `offset` is where in the text the rule was tried.
   */
  onRuleError?: (error: unknown, offset: number) => void;
  tense?: never;
}

/** Sentence number of every token, for attaching clock times to the date of their sentence. */
function sentenceIndexes(tokens: readonly Token[]): Int32Array {
  const indexes = new Int32Array(tokens.length);
  let sentence = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.newline) sentence++;
    indexes[i] = sentence;
    if ((token.text === '.' || token.text === '!' || token.text === '?') && tokens[i + 1]?.spaced) {
      const before = tokens[i - 1];
      if (!(before && before.kind === 'word' && before.text.length === 1)) sentence++;
    }
  }
  return indexes;
}

interface Placed {
  match: Match;
  resolved: Resolved | null;
  /** The story's day when the expression was read (the last day placed before it, else publication). */
  storyDay: DayNumber | null;
  /** The story's day was reached by a night ("overnight", "on Monday night"): its small hours are the next day's. */
  storyNight: boolean;
}

export function extractTimexes(text: string, options: ExtractTimexOptions): Timex[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const publication = parseIsoDay(options?.publishedAt ?? null);
  const tokens = tokenize(text);
  const grammar = new Grammar(tokens);

  const matches: Match[] = [];
  for (let i = 0; i < tokens.length; ) {
    const token = tokens[i] as Token;
    let best: Match | null = null;
    for (const rule of rulesFor(token)) {
      let found: Match | null = null;
      try {
        found = rule(grammar, i);
      } catch (e) {
        found = null; // a rule bug must not cost the whole article its timexes, but it is reported
        options?.onRuleError?.(e, token.start);
      }
      if (found && found.to > i && (!best || found.to > best.to)) best = found;
    }
    if (best) {
      matches.push(best);
      i = best.to;
    } else {
      i++;
    }
  }

  // A title in quotation marks (ABC's “This Week”, the film “Next Friday”) names a work, not a time.
  const titles = quotedTitles(text);
  if (titles.length) {
    const kept = matches.filter((m) => !insideTitle(titles, (tokens[m.from] as Token).start, (tokens[m.to - 1] as Token).end));
    matches.length = 0;
    matches.push(...kept);
  }

  // Resolve in reading order so that relative expressions chain from the last date mentioned.
  let referenceDay: DayNumber | null = publication;
  let referencePrecision: Precision = 'day';
  let lastDay: DayNumber | null = publication;
  let lastNight = false;
  let lastHalf: DayNumber | null = null;
  let lastPeriod: Context['period'] = null;
  // A whole year told in a sentence, and which sentence (a bare month after it in that sentence is of that year).
  const sentences = sentenceIndexes(tokens);
  let yearOfSentence: { sentence: number; year: number } | null = null;
  const placed: Placed[] = [];
  const resolveOne = (match: Match): Resolved | null => {
    const context: Context = {
      publication,
      reference: referenceDay,
      referencePrecision,
      referenceDay: lastDay,
      period: lastPeriod,
      half: lastHalf,
      sentenceYear: yearOfSentence && yearOfSentence.sentence === sentences[match.from] ? yearOfSentence.year : null,
      orientation: () => orientation(tokens, match.from, match.to),
    };
    try {
      return match.clock ? null : match.resolve(context);
    } catch (e) {
      options?.onRuleError?.(e, (tokens[match.from] as Token).start);
      return null;
    }
  };
  let previousPlaced: Placed | undefined;
  for (const match of matches) {
    const resolved = resolveOne(match);
    const span = previousPlaced;
    previousPlaced = { match, resolved, storyDay: lastDay, storyNight: lastNight };
    placed.push(previousPlaced);
    for (const inner of match.nested ?? []) placed.push({ match: inner, resolved: resolveOne(inner), storyDay: lastDay, storyNight: lastNight });
    if (resolved && resolved.type === 'DATE' && resolved.precision === 'year' && resolved.range && /^\d{4}$/.test(resolved.value) && framesSentence(tokens, sentences, match)) {
      yearOfSentence = { sentence: sentences[match.from] as number, year: Number(resolved.value) };
    }
    if (resolved && resolved.range && !resolved.keepsReference && (resolved.type === 'DATE' || resolved.type === 'TIME' || resolved.places) && !resolved.value.endsWith('_REF')) {
      referenceDay = parseIsoDay(resolved.range.start);
      referencePrecision = resolved.precision === 'range' ? 'day' : resolved.precision;
      if (resolved.precision === 'day' || resolved.precision === 'datetime') {
        lastDay = referenceDay;
        lastNight = resolved.value.endsWith('TNI');
      }
      if (resolved.precision === 'quarter' || resolved.precision === 'month') lastPeriod = { day: referenceDay!, precision: resolved.precision };
      lastHalf = /-H[12]$/.test(resolved.value) ? referenceDay : halfEndingWith(tokens, span, match, resolved);
    }
  }

  // Clock times take the day of the nearest dated expression in their sentence, else the day the story has reached
  // ("He was arrested on Saturday. Police said the raid began at 6 a.m." is Saturday's 6 a.m.).
  for (let index = 0; index < placed.length; index++) {
    const entry = placed[index] as Placed;
    const clock = entry.match.clock;
    if (!clock) continue;
    const sentence = sentences[entry.match.from];
    let day: DayNumber | null = null;
    // "6 p.m. on Christmas Eve", "8 a.m. local time on Friday": the day named right after "on" is the clock's own.
    const after = placed[index + 1];
    const between = after ? text.slice(tokens[entry.match.to - 1]!.end, tokens[after.match.from]!.start) : '';
    const distances = /^\s+(?:[\p{L}.]+\s+){0,2}on\s+$/u.test(between) ? [1, -1, 2, -2, 3, -3] : [-1, 1, -2, 2, -3, 3];
    for (const distance of distances) {
      const other = placed[index + distance];
      if (!other || sentences[other.match.from] !== sentence) continue;
      if (other.resolved?.anchor !== undefined && other.resolved.type !== 'DURATION') {
        day = other.resolved.anchor;
        // A small hour of a night ("overnight ... at about 2 a.m.", "Friday night at 1:30 a.m.") falls on the day after
        // the evening the night is named by.
        if (other.resolved.value.endsWith('TNI') && clock.hour < SMALL_HOURS_END) day += 1;
        break;
      }
    }
    // A time of day with no day in its sentence that recurs (opening hours, timetables, shifts) belongs to no day.
    if (day === null && habitualClock(tokens, sentences, placed, index)) {
      entry.resolved = clockOnDay(null, clock);
      continue;
    }
    const storyDay = entry.storyDay !== null && entry.storyNight && clock.hour < SMALL_HOURS_END ? entry.storyDay + 1 : entry.storyDay;
    entry.resolved = clockOnDay(day ?? storyDay, clock);
  }

  const timexes: Timex[] = [];
  for (const { match, resolved } of placed) {
    if (!resolved) continue;
    const first = tokens[match.from];
    const last = tokens[match.to - 1];
    if (!first || !last) continue;
    timexes.push({
      text: text.slice(first.start, last.end),
      start: first.start,
      end: last.end,
      type: resolved.type,
      value: resolved.value,
      range: resolved.range,
      precision: resolved.precision,
    });
  }
  timexes.sort((a, b) => a.start - b.start || b.end - a.end);
  return timexes;
}

/** Words joining a reporting span to its last day: "the six months to June 30", "the six months ended Dec. 31". */
const SPAN_END_WORDS = new Set(['to', 'ended', 'ending', 'through', 'till', 'until']);

/**
 * The first day of the half year that a reporting span of six months ends on, when `match` is the end of one
 * ("the six months to June 30", "the six months to the end of December"), else null. `span` is the expression
 * placed before it.
 */
function halfEndingWith(tokens: readonly Token[], span: Placed | undefined, match: Match, resolved: Resolved): DayNumber | null {
  if (!span || span.match.to !== match.from - 1 || span.resolved?.value !== 'P6M') return null;
  if (!SPAN_END_WORDS.has((tokens[match.from - 1] as Token).lower)) return null;
  const end = resolved.range?.end;
  if (!end) return null;
  const month = end.slice(5, 7);
  if (month !== '06' && month !== '12') return null;
  return parseIsoDay(`${end.slice(0, 4)}-${month === '06' ? '01' : '07'}-01`);
}

/** Hours of a night that are already the next day's (midnight to before 6 a.m.). */
const SMALL_HOURS_END = 6;

/** Prepositions that may open a sentence's frame of time ("In 2031, ...", "During last year, ..."). */
const FRAME_PREPOSITIONS = new Set(['in', 'during', 'throughout', 'for']);

/**
 * The expression opens its sentence as a frame, set off by a comma ("Last year, ...", "In 2031, ..."): what the
 * sentence tells happened then (unlike "promoted in 2030 and relegated in May", two times of their own).
 */
function framesSentence(tokens: readonly Token[], sentences: Int32Array, match: Match): boolean {
  let first = match.from;
  if (FRAME_PREPOSITIONS.has(tokens[first - 1]?.lower ?? '') && sentences[first - 1] === sentences[first]) first -= 1;
  if (first > 0 && sentences[first - 1] === sentences[first]) return false;
  return tokens[match.to]?.text === ',';
}

const HABIT_ADVERBS = new Set(['usually', 'normally', 'typically', 'generally', 'routinely', 'regularly', 'always', 'often', 'customarily']);
const CLOCK_SPAN_OPENERS = new Set(['between', 'from']);
const CLOCK_SPAN_JOINERS = new Set(['and', 'to', 'until', 'till', 'through', '-', '–']);

/**
 * A clock time told as a habit rather than a moment: its sentence has a recurring expression ("every night", "on
 * weekends"), or an adverb of habit ("usually", "normally"), or it opens or closes a window of the day that is not
 * told in the past ("the clinic will open from 9am to 6pm", "crews work between 7 a.m. and 4 p.m.").
 */
function habitualClock(tokens: readonly Token[], sentences: Int32Array, placed: readonly Placed[], index: number): boolean {
  const entry = placed[index] as Placed;
  const sentence = sentences[entry.match.from];
  for (const other of placed) {
    if (sentences[other.match.from] === sentence && other.resolved?.type === 'SET') return true;
  }
  for (let i = entry.match.from - 1; i >= 0 && sentences[i] === sentence; i--) {
    if (HABIT_ADVERBS.has((tokens[i] as Token).lower)) return true;
  }
  for (let i = entry.match.to; i < tokens.length && sentences[i] === sentence; i++) {
    if (HABIT_ADVERBS.has((tokens[i] as Token).lower)) return true;
  }
  const word = (i: number) => (tokens[i] ? (tokens[i] as Token).lower : '');
  const before = word(entry.match.from - 1);
  const after = word(entry.match.to);
  const previous = placed[index - 1];
  const opens = CLOCK_SPAN_OPENERS.has(before) && CLOCK_SPAN_JOINERS.has(after) && placed[index + 1]?.match.clock !== undefined;
  const closes = CLOCK_SPAN_JOINERS.has(before) && previous?.match.clock !== undefined && previous.match.to === entry.match.from - 1 && CLOCK_SPAN_OPENERS.has(word(previous.match.from - 1));
  if (!opens && !closes) return false;
  return orientation(tokens, entry.match.from, entry.match.to) !== 'past';
}

export type { Timex };
