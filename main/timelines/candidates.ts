/**
 * From analysis to drafts: each event candidate of an article becomes an event draft with one source (the
 * candidate's sentence as passage, the date it gives, and how it tells the event), titled with a headline
 * read from the sentence (analysis/events/headline.ts). Headlines are read here, when candidates are
 * reviewed, not in the analysis pass: the grammar costs about a millisecond a sentence, which every indexed
 * article would pay otherwise; readings are remembered per article content. A passage the user selects becomes a draft dated by the passage itself, else by the
 * sentence it stands in, else by the article's publication date — never by today: an article without a
 * date says so (`dateSource: 'none'`) and the user is asked.
 */
import type { Analysis, EventCandidate } from '../../shared/analysis';
import type { Article } from '../../shared/model';
import type { EventDate, EventDraft, EventSource, SourceReading } from '../../shared/timeline';
import { readEvent, type EventReading } from '../analysis/events/headline';
import { paragraphSpans } from '../analysis/sentences';
import { capturePassage } from './anchor';
import { dateFromPublished, toEventDate } from './dates';

/** Key of a candidate in review queues: stable while the article's text does not change. */
export function candidateKey(articleId: string, c: Pick<EventCandidate, 'start' | 'date'>): string {
  return `${articleId}:${c.start}:${c.date.start}`;
}

export function sourceFor(
  article: Article,
  start: number,
  end: number,
  candidateKey: string | null = null,
  extra: { date?: EventDate | null; reading?: SourceReading | null } = {},
): EventSource & { candidateKey: string | null } {
  return {
    articleId: article.id,
    articleTitle: article.title,
    publisher: article.publisher,
    publishedAt: article.publishedAt?.value ?? null,
    url: article.url,
    path: article.path,
    contentHash: article.contentHash,
    passage: capturePassage(article.text, start, end),
    status: 'ok',
    candidateKey,
    date: extra.date ?? null,
    reading: extra.reading ?? null,
    merge: null,
    copies: [],
  };
}

const MAX_TITLE = 140;

export function shortTitle(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= MAX_TITLE) return clean;
  const cut = clean.slice(0, MAX_TITLE);
  const space = cut.lastIndexOf(' ');
  return (space > 60 ? cut.slice(0, space) : cut) + '…';
}

export interface KeyedDraft {
  key: string;
  draft: EventDraft;
}

/** A reading as a source keeps it: the quotation by its words, with the place and people of the passage. */
function sourceReading(read: EventReading, analysis: Analysis, place: string | null, actors: string[], span: { start: number; end: number }): SourceReading {
  const people = [...new Set(analysis.entities.filter((x) => x.kind !== 'place' && x.start >= span.start && x.end <= span.end).map((x) => x.canonical))];
  return {
    people,
    headline: read.headline,
    actor: read.actor,
    action: read.action,
    statement: read.statement,
    quote: read.quote !== null ? (analysis.quotes[read.quote]?.text ?? null) : null,
    place,
    actors,
  };
}

/** Readings already made, by article content and candidate (a review queue is loaded again after each action). */
const readings = new Map<string, SourceReading>();
const MAX_READINGS = 20_000;

/** How a candidate tells its event: headline, actor, action, and the quotation's words. */
export function readCandidate(article: Pick<Article, 'text' | 'contentHash'>, analysis: Analysis, c: EventCandidate, prepared?: { timexes: Analysis['timexes']; paragraphs: ReturnType<typeof paragraphSpans> }): SourceReading {
  const key = `${article.contentHash}:${c.start}:${c.end}:${c.date.start}`;
  const known = readings.get(key);
  if (known) return known;
  const read = readEvent({
    text: article.text,
    clause: { start: c.start, end: c.end },
    entities: analysis.entities,
    quotes: analysis.quotes,
    timexes: prepared?.timexes ?? [...analysis.timexes].sort((a, b) => a.start - b.start),
    paragraphs: prepared?.paragraphs ?? paragraphSpans(article.text),
    anchor: { start: c.date.start, end: c.date.end },
  });
  const reading = sourceReading(read, analysis, c.place, [...new Set(c.actors)], c);
  if (readings.size >= MAX_READINGS) readings.delete(readings.keys().next().value!);
  readings.set(key, reading);
  return reading;
}

/** One draft per event candidate of the article. */
export function draftsFromAnalysis(article: Article, analysis: Analysis): KeyedDraft[] {
  const prepared = { timexes: [...analysis.timexes].sort((a, b) => a.start - b.start), paragraphs: paragraphSpans(article.text) };
  return analysis.events.map((c) => {
    const key = candidateKey(article.id, c);
    const date = toEventDate(c.date);
    const reading = readCandidate(article, analysis, c, prepared);
    const draft: EventDraft = {
      title: shortTitle(reading.headline || c.summary || c.sentence),
      description: c.sentence.replace(/\s+/g, ' ').trim(),
      date,
      actors: [...new Set(c.actors)],
      place: c.place,
      tags: [],
      sources: [sourceFor(article, c.start, c.end, key, { date, reading })],
      origin: 'extracted',
      dateFrom: 'sources',
    };
    return { key, draft };
  });
}

/** Where a proposed event's date came from; 'none' when the article has no date and the user must give one. */
export type DateSource = 'passage' | 'sentence' | 'article' | 'none';

/**
 * A draft for the passage [start, end) the user selected. The date comes from the first placed time
 * expression inside the passage, else from the event candidate whose sentence holds it, else from the
 * article's publication date (marked approximate); an article without a date gives `dateSource: 'none'`
 * and a placeholder date the user has to replace (the dialog asks for it).
 */
export function proposeFromPassage(article: Article, analysis: Analysis, start: number, end: number): EventDraft & { dateSource: DateSource } {
  const s = Math.max(0, Math.min(start, article.text.length));
  const e = Math.max(s, Math.min(end, article.text.length));
  if (e === s || !article.text.slice(s, e).trim()) throw new RangeError('select some text of the article to make an event of it');
  const inside = <T extends { start: number; end: number }>(x: T) => x.start >= s && x.end <= e;
  const timex = analysis.timexes.find((t) => inside(t) && t.range && (t.type === 'DATE' || t.type === 'TIME') && !/_REF$/.test(t.value));
  const candidate = analysis.events.find((c) => c.start <= s && c.end >= e) ?? analysis.events.find((c) => c.date.start >= s && c.date.end <= e);
  let date: EventDate;
  let dateSource: DateSource;
  if (timex?.range) {
    date = toEventDate({ text: timex.text, value: timex.value, range: timex.range, precision: timex.precision });
    dateSource = 'passage';
  } else if (candidate) {
    date = toEventDate(candidate.date);
    dateSource = 'sentence';
  } else if (article.publishedAt) {
    date = dateFromPublished(article.publishedAt);
    dateSource = 'article';
  } else {
    // Nothing to go on: a placeholder the dialog does not show; the user gives the date.
    date = { start: '1970-01-01', end: '1970-01-01', precision: 'day', approximate: false, value: null, text: null };
    dateSource = 'none';
  }
  const entities = analysis.entities.filter(inside);
  const actors = [...new Set(entities.filter((x) => x.kind !== 'place').map((x) => x.canonical))];
  const place = entities.find((x) => x.kind === 'place')?.canonical ?? candidate?.place ?? null;
  const quote = article.text.slice(s, e);
  const read = readEvent({
    text: article.text,
    clause: { start: s, end: e },
    entities: analysis.entities,
    quotes: analysis.quotes,
    timexes: [...analysis.timexes].sort((a, b) => a.start - b.start),
    paragraphs: paragraphSpans(article.text),
    anchor: timex ? { start: timex.start, end: timex.end } : undefined,
  });
  const reading = sourceReading(read, analysis, place, actors.length ? actors : (candidate?.actors ?? []), { start: s, end: e });
  return {
    title: shortTitle(read.headline || quote),
    description: quote.replace(/\s+/g, ' ').trim(),
    date,
    actors: reading.actors,
    place,
    tags: [],
    sources: [sourceFor(article, s, e, null, { date: dateSource === 'none' ? null : date, reading })],
    origin: 'manual',
    dateFrom: 'user',
    dateSource,
  };
}
