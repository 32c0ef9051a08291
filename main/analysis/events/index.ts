/**
 * Event candidates: statements anchored to a calendar date. Each time expression that can be placed on the
 * calendar (a day, a weekend, "over the past year") yields one candidate: the clause it stands in, a short
 * readable summary of that clause, the people/organisations/places named there, the place where it happened
 * ("in Lisbon") and the quotation it belongs to, if any.
 *
 * Not events: vague references ("now", "recently": PRESENT_REF, PAST_REF), recurring times (SET), and dates in
 * bylines, date lines or footers (metadata, not happenings).
 */
import type { Entity, EventCandidate, Quote, Timex } from '../../../shared/analysis';
import { paragraphSpans, spanIndexAt, type TextSpan } from '../sentences';
import { itemsOverlapping, itemsWithin } from '../spans';
import { lexicon } from '../entities/lexicon';

/** Longest summary, in characters; longer clauses are cut at a word boundary around the date. */
const MAX_SUMMARY = 180;
/** A "sentence" longer than this (a page without full stops) is cut to a window around the date. */
const MAX_SENTENCE = 600;

export interface EventOptions {
  articleId?: string;
}

export function extractEvents(
  text: string,
  sentences: readonly TextSpan[],
  timexes: readonly Timex[],
  entities: readonly Entity[],
  quotes: readonly Quote[],
  options: EventOptions = {},
): EventCandidate[] {
  const paragraphs = paragraphSpans(text);
  const events: EventCandidate[] = [];
  const usedIds = new Set<string>();
  const placeable = timexes.filter((t) => t.range !== null && t.type !== 'SET' && !/_REF$/.test(t.value));
  // The ends of a range ("February 24" in "February 24-25") are part of its one event, not events of their own.
  const dated = outermost(placeable);
  for (const timex of dated) {
    const paragraph = paragraphs[spanIndexAt(paragraphs, timex.start)];
    if (!paragraph || (paragraph.end - paragraph.start < 300 && isMetadataLine(text.slice(paragraph.start, paragraph.end), timex))) continue;
    const fullSentence = sentences[spanIndexAt(sentences, timex.start)];
    if (!fullSentence) continue;
    const sentence = fullSentence.end - fullSentence.start > MAX_SENTENCE ? windowAround(text, fullSentence, timex) : fullSentence;
    const sentenceText = text.slice(sentence.start, sentence.end);
    // A sentence that is only a date ("March 1, 2008") says nothing happened.
    if (sentenceText.replace(timex.text, '').replace(/[\s\p{P}]/gu, '').length < 12) continue;

    const datedInSentence = itemsWithin(dated, sentence.start, sentence.end);
    const clause = datedInSentence.length > 1 ? clauseAround(text, sentence, timex) : sentence;
    const summary = summarize(text, clause, timex);
    // Who is involved: the names in the clause (the whole sentence when it has just this one date).
    const inScope = itemsWithin(entities, clause.start, clause.end);
    const place = placeOf(text, inScope);
    const actors: string[] = [];
    for (const e of inScope) {
      if (e.canonical === place || actors.includes(e.canonical)) continue;
      actors.push(e.canonical);
    }
    // "Brazilian farmers have been selling soy to Egypt ...": the country behind a demonym takes part too.
    for (const country of demonymCountries(text.slice(clause.start, clause.end))) if (!actors.includes(country) && country !== place) actors.push(country);
    const overlapping = itemsOverlapping(quotes, clause.start, clause.end, 5000)[0];
    const quoteIndex = overlapping ? quotes.indexOf(overlapping) : -1;

    let id = `${options.articleId ?? ''}:${clause.start}`;
    for (let n = 2; usedIds.has(id); n++) id = `${options.articleId ?? ''}:${clause.start}.${n}`;
    usedIds.add(id);
    events.push({
      id,
      date: { text: timex.text, start: timex.start, end: timex.end, value: timex.value, range: timex.range!, precision: timex.precision },
      start: clause.start,
      end: clause.end,
      sentence: sentenceText,
      summary,
      actors,
      place,
      quote: quoteIndex >= 0 ? quoteIndex : null,
    });
  }
  return events;
}

/** The timexes not lying inside another one (timexes come sorted by start, the longer first). */
function outermost(timexes: readonly Timex[]): Timex[] {
  const out: Timex[] = [];
  let cover: Timex | null = null;
  for (const t of timexes) {
    if (cover && t.end <= cover.end && (t.start > cover.start || t.end < cover.end)) continue;
    out.push(t);
    if (!cover || t.end > cover.end) cover = t;
  }
  return out;
}

/** A window of at most MAX_SENTENCE characters around the date, cut at word boundaries. */
function windowAround(text: string, sentence: TextSpan, timex: Timex): TextSpan {
  let start = Math.max(sentence.start, timex.start - MAX_SENTENCE / 2);
  let end = Math.min(sentence.end, Math.max(timex.end, start + MAX_SENTENCE));
  while (start > sentence.start && start < timex.start && !/\s/.test(text[start - 1]!)) start++;
  while (end < sentence.end && end > timex.end && !/\s/.test(text[end]!)) end--;
  return { start, end };
}

/** A byline ("by WorldTribune Staff, February 23, 2023"), a bare date line or a copyright footer. */
function isMetadataLine(paragraph: string, timex: Timex): boolean {
  if (/^\s*(?:by|posted|published|updated|last updated|first published)\b/i.test(paragraph) && paragraph.length < 160) return true;
  if (/©|\bcopyright\b|all rights reserved/i.test(paragraph)) return true;
  return paragraph.replace(timex.text, '').replace(/[\s\p{P}]/gu, '').length < 12;
}

/**
 * The clause around a date when the sentence holds several dates: comma-separated pieces, widened to the
 * neighbouring pieces until the clause says something (at least 60 characters).
 */
function clauseAround(text: string, sentence: TextSpan, timex: Timex): TextSpan {
  const pieces: TextSpan[] = [];
  let start = sentence.start;
  const re = /[,;:—]\s+/g;
  const body = text.slice(sentence.start, sentence.end);
  let m: RegExpExecArray | null;
  while ((m = re.exec(body))) {
    // "Lyon, France", "Ames, Iowa": a comma between two names is not a clause boundary.
    if (m[0].startsWith(',') && /\p{Lu}[\p{L}.]*$/u.test(body.slice(Math.max(0, m.index - 30), m.index)) && /^\p{Lu}/u.test(body.slice(m.index + m[0].length))) continue;
    const end = sentence.start + m.index;
    if (end > start) pieces.push({ start, end });
    start = sentence.start + m.index + m[0].length;
  }
  if (sentence.end > start) pieces.push({ start, end: sentence.end });
  const index = pieces.findIndex((p) => timex.start >= p.start && timex.start < p.end);
  if (index < 0) return sentence;
  let from = index;
  let to = index;
  const length = () => pieces[to]!.end - pieces[from]!.start;
  while (length() < 60 && (from > 0 || to < pieces.length - 1)) {
    if (to < pieces.length - 1) to++;
    else from--;
  }
  return { start: pieces[from]!.start, end: pieces[to]!.end };
}

/** The clause, readable and short: no parentheses, no quote marks around it, cut around the date if long. */
function summarize(text: string, clause: TextSpan, timex: Timex): string {
  let start = clause.start;
  let end = clause.end;
  let slice = text.slice(start, end);
  if (slice.length > MAX_SUMMARY) {
    // Start after the last "that"/"which"/"who" before the date: "... a bridge that local crews have been repairing".
    const relative = [...text.slice(start, timex.start).matchAll(/\b(?:that|which|who|where|when)\s+/g)].pop();
    if (relative && timex.end - (start + relative.index! + relative[0].length) >= 30) start += relative.index! + relative[0].length;
    slice = text.slice(start, end);
  }
  if (slice.length > MAX_SUMMARY) {
    // Keep a window around the date, cut at word boundaries.
    const from = Math.max(start, Math.min(timex.start - 60, end - MAX_SUMMARY));
    const to = Math.min(end, from + MAX_SUMMARY);
    let s = text.slice(from, to);
    if (from > start) s = '… ' + s.replace(/^\S*\s/, '');
    if (to < end) s = s.replace(/\s\S*$/, '') + ' …';
    return clean(s);
  }
  return clean(slice);
}

function clean(s: string): string {
  return s
    .replace(/\s*\([^()]*\)/g, '')
    .replace(/[“”"]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/[\s,;:.]+$/, '')
    .trim();
}

function demonymCountries(clause: string): string[] {
  const { demonyms } = lexicon();
  const countries: string[] = [];
  for (const m of clause.matchAll(/\b\p{Lu}\p{Ll}+\b/gu)) {
    const country = demonyms.get(m[0].toLowerCase());
    if (country && !countries.includes(country)) countries.push(country);
  }
  return countries;
}

/** The place where something happened: a place named after "in", "at", "near" or "from" in the clause. */
function placeOf(text: string, entities: readonly Entity[]): string | null {
  for (const e of entities) {
    if (e.kind !== 'place') continue;
    const before = text.slice(Math.max(0, e.start - 6), e.start);
    if (/\b(?:in|at|near)\s+$/i.test(before)) return e.canonical;
  }
  return null;
}
