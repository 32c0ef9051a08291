/**
 * analyze(): the whole reading of one article body — time expressions, entities, quotes, event candidates.
 *
 * Robust by construction: every stage runs on its own and a failing stage yields an empty list instead of
 * an exception, recorded in `failures` (stage and reason) so that the article can be shown as a problem; very
 * long texts are analysed up to MAX_ANALYSED_CHARS (the rest is left unread rather than risking a stall); all
 * offsets index the `text` given (so text.slice(start, end) === item.text).
 */
import type { Analysis, AnalysisStage, Entity, EventCandidate, Quote, StageFailure, Timex } from '../../shared/analysis';
import { extractTimexes } from './time/index';
import { extractEntities } from './entities/index';
import { extractQuotes } from './quotes/index';
import { extractEvents } from './events/index';
import { splitSentences, type TextSpan } from './sentences';

/**
 * Bump when the output of analyze() changes for the same input: cached analyses of older versions are ignored.
 * Notes (from 7 on):
 * 7: entities: datelines, double-barrelled surnames, surnames that are words of place, given names that are places,
 *    teams by plural names, places by lists, travel and qualified heads, hospitals and venues as places, employers
 *    before titles, readings without any cue yielding to cued ones.
 *    Time expressions: ages, rates ("four days a week"), wire clocks, years across two, "the week ended Friday" and more.
 * 8: time expressions: midnight as T24:00 of its day, lengths in several units, "the last three months of 2031" as a
 *    quarter, rates after counted things ("15 cyclones a year"), "the past fortnight", habitual clock times (no day).
 *    Entities: teams named after towns no gazetteer knows, parties and legislatures by one word, clubs by their first
 *    word, states of a federation, places by shape (X-on-Y), cue nouns (seat of, mine, shaft, fort), routes and venues;
 *    employers of roles, service districts, firms named like people; no short form of a body from the name after its "of".
 * 9: time expressions: fiscal years valued by their year (not FY), quarters of a game left alone, "the second half" of
 *    results copy, "the fall", "by spring", "last season", "the new year", holiday weekends, "the week beginning",
 *    race times, stays in nights, noon/midnight with zones, "prior-year", "the corresponding period of 2025", "a year
 *    earlier in September"; directions of weekdays after "for", in reported speech, with fixtures' plural present and
 *    of dates moved ("adjourned to Friday"); a bare month in the year that frames its sentence; holiday weeks ("Easter
 *    week"), "the day before last Tuesday", "March that year", "That day," fronted, "the same evening", "that
 *    summer", a day's outcome ("Wednesday's ruling") as past.
 *    Entities: names read by no cue take the kind of the places (not countries) or people listed with them; wards and
 *    neighbourhoods of; seas by their adjective; the world's regions; AP abbreviations of states ("Van Nuys, Calif.");
 *    places in apposition, by what a state has, across a border, before a lower-case council or mayor; clubs by a word
 *    only clubs bear; a person after a place's possessive, by a given name that is a word when the surname recurs, by a
 *    month that is a given name; a name opening its sentence before a cue (verb, shares, apposition), or opening a longer
 *    name, or an acronym of a body named in full; ends of a way after a word of travel; adjectives of faiths are no names.
 * 10: time expressions: "in the morning" on the story's day, "at dawn"/"before dusk" (a dusk-to-dawn window: no day),
 *    "Tuesday and Wednesday mornings", forecasts "possible" on a day, "last March" told in May as last year's, small
 *    hours of a night on the next day, "a year earlier" after a half year ("the six months to June 30") as that half,
 *    "the first two quarters of 2030" as a half, a deadline after a commitment ("had promised ... by June") ahead,
 *    "starting Wednesday" ahead unless a verb of its clause says otherwise.
 *    "likely" before a verb is a guess, not a forecast (no forward cue); "councillors" after a name makes no place.
 *    Entities: elided particles ("Côte d'Ivoire"), Arabic's lower-case article ("al-Shabaab"), legal forms before a name
 *    ("PT"), zones after a.m./p.m., party labels and honorifics (engineers', Malaysian, West African) before a person;
 *    a country (or one of the UK's four nations) as its national side stays a place; "mayor of" and "parts of" a place;
 *    known names opened by a common word at a sentence start; trade houses and bodies; towns of 15,000+ for names no
 *    cue types; the two ends of "between" after travel; brand words with an inner capital.
 * 11: entities: a rarer trade noun opening a sentence ("Glaciologist", "Playmaker"), known by its ending, is a title
 *    before the name after it. Time: a day a past state lasted "until" ("had kept it quiet until Monday", "stayed shut
 *    until Monday") is gone; a date scheduled across a preposition ("payable on April 20") lies ahead. In a match
 *    report a known town's name before a plural nickname ("Port Carrick Sharks") is a team; a describing word opening
 *    the sentence before a known place ("Landlocked Mongolia", "Neighbouring Kenya") is no part of its name.
 * 12: time: a participle of a plan used as an adjective ("the hastily planned tour") sets no tense; nouns of a
 *    commitment take a forward infinitive ("an agreement to buy ... in October"); an abbreviation's point before a
 *    comma ends no clause; a sentence-opening determiner before a year is no name ("A 2027 law").
 */
export const ANALYSIS_VERSION = 12;

/** Longest text analysed (about 60 pages); an article longer than that is analysed up to here. */
export const MAX_ANALYSED_CHARS = 300_000;

export interface AnalyzeInput {
  /** The clean body text (Article.text). */
  text: string;
  /** Publication date (ISO day or datetime) used to place relative dates ("on Thursday"); null if unknown. */
  publishedAt: string | null;
  /** The title. Not analysed (offsets index `text` only); accepted so callers can pass the article as is. */
  title?: string;
  /** Prefix for event ids, so they are unique across articles. */
  articleId?: string;
}

export function analyze(input: AnalyzeInput): Analysis {
  const fullText = typeof input?.text === 'string' ? input.text : '';
  // Cut at a line break or space near the limit so no word or surrogate pair is split.
  const text = fullText.length > MAX_ANALYSED_CHARS ? cutText(fullText, MAX_ANALYSED_CHARS) : fullText;
  const publishedAt = typeof input?.publishedAt === 'string' ? input.publishedAt : null;

  const failures: StageFailure[] = [];
  const stage = <T>(name: AnalysisStage, run: () => T, fallback: T): T => {
    try {
      return run();
    } catch (e) {
      failures.push({ stage: name, message: describe(e) });
      return fallback;
    }
  };
  const sentences = stage<TextSpan[]>('sentences', () => splitSentences(text), []);
  const onRuleError = (e: unknown, offset: number) => failures.push({ stage: 'timexes', message: `a rule failed at character ${offset}: ${describe(e)}` });
  const timexes = stage<Timex[]>('timexes', () => extractTimexes(text, { publishedAt, onRuleError }).filter((t) => validSpan(text, t)), []);
  const entities = stage<Entity[]>('entities', () => extractEntities(text, sentences).filter((e) => validSpan(text, e)), []);
  const quotes = stage<Quote[]>('quotes', () => extractQuotes(text, entities, sentences).filter((q) => q.start >= 0 && q.end <= text.length && q.start < q.end), []);
  const events = stage<EventCandidate[]>('events', () => extractEvents(text, sentences, timexes, entities, quotes, { articleId: input?.articleId }), []);
  const analysis: Analysis = { version: ANALYSIS_VERSION, timexes, entities, quotes, events };
  // One failure per stage is enough to show the problem (a rule may fail many times in one article).
  if (failures.length) analysis.failures = failures.filter((f, i) => failures.findIndex((g) => g.stage === f.stage) === i);
  return analysis;
}

function describe(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  return message.length > 300 ? `${message.slice(0, 300)}…` : message;
}

function validSpan(text: string, item: { text: string; start: number; end: number }): boolean {
  return item.start >= 0 && item.end <= text.length && item.start < item.end && text.slice(item.start, item.end) === item.text;
}

function cutText(text: string, limit: number): string {
  let cut = text.lastIndexOf('\n', limit);
  if (cut < limit * 0.9) cut = text.lastIndexOf(' ', limit);
  if (cut < limit * 0.9) {
    cut = limit;
    const code = text.charCodeAt(cut - 1);
    if (code >= 0xd800 && code <= 0xdbff) cut--; // do not split a surrogate pair
  }
  return text.slice(0, cut);
}

export { splitSentences } from './sentences';
export type { Analysis };
