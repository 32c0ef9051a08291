/**
 * From analysis to drafts: each event candidate of an article becomes an event draft with one
 * source (the candidate's sentence as passage), and a passage the user selects becomes a draft
 * dated by the time expressions inside it (else by the article's own date).
 */
import type { Analysis, EventCandidate } from '../../shared/analysis';
import type { Article } from '../../shared/model';
import type { EventDraft, EventSource } from '../../shared/timeline';
import { capturePassage } from './anchor';
import { dateFromPublished, toEventDate } from './dates';

/** Key of a candidate in review queues: stable while the article's text does not change. */
export function candidateKey(articleId: string, c: Pick<EventCandidate, 'start' | 'date'>): string {
  return `${articleId}:${c.start}:${c.date.start}`;
}

export function sourceFor(article: Article, start: number, end: number, candidateKey: string | null = null): EventSource & { candidateKey: string | null } {
  return {
    articleId: article.id,
    articleTitle: article.title,
    publisher: article.publisher,
    publishedAt: article.publishedAt?.value ?? null,
    url: article.url,
    contentHash: article.contentHash,
    passage: capturePassage(article.text, start, end),
    status: 'ok',
    candidateKey,
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

/** One draft per event candidate of the article. */
export function draftsFromAnalysis(article: Article, analysis: Analysis): KeyedDraft[] {
  return analysis.events.map((c) => {
    const key = candidateKey(article.id, c);
    const draft: EventDraft = {
      title: shortTitle(c.summary || c.sentence),
      description: c.sentence.replace(/\s+/g, ' ').trim(),
      date: toEventDate(c.date),
      actors: [...new Set(c.actors)],
      place: c.place,
      tags: [],
      sources: [sourceFor(article, c.start, c.end, key)],
      origin: 'extracted',
    };
    return { key, draft };
  });
}

/** Thrown (a RangeError, so the service says it as a request error) when a passage cannot be dated. */
export const UNDATED_MESSAGE =
  'This article has no publication date and the passage names no date, so Dossier cannot date the event: set the article’s date (reader: Edit details), or select a passage that names a date.';

/**
 * A draft for the passage [start, end) the user selected. The date comes from the first placed
 * time expression inside the passage, else from the event candidate whose sentence holds it,
 * else from the article's publication date (marked approximate). An undated article is not given
 * a guessed date (today's, say): the caller is told to ask for the article's date.
 */
export function proposeFromPassage(article: Article, analysis: Analysis, start: number, end: number, now: Date): EventDraft {
  const s = Math.max(0, Math.min(start, article.text.length));
  const e = Math.max(s, Math.min(end, article.text.length));
  if (e === s) throw new RangeError('select some text of the article to make an event of it');
  const inside = <T extends { start: number; end: number }>(x: T) => x.start >= s && x.end <= e;
  const timex = analysis.timexes.find((t) => inside(t) && t.range && (t.type === 'DATE' || t.type === 'TIME'));
  const candidate = analysis.events.find((c) => c.start <= s && c.end >= e) ?? analysis.events.find((c) => c.date.start >= s && c.date.end <= e);
  if (!timex?.range && !candidate && !article.publishedAt) throw new RangeError(UNDATED_MESSAGE);
  const date = timex?.range
    ? toEventDate({ text: timex.text, value: timex.value, range: timex.range, precision: timex.precision })
    : candidate
      ? toEventDate(candidate.date)
      : dateFromPublished(article.publishedAt, now);
  const entities = analysis.entities.filter(inside);
  const actors = [...new Set(entities.filter((x) => x.kind !== 'place').map((x) => x.canonical))];
  const place = entities.find((x) => x.kind === 'place')?.canonical ?? candidate?.place ?? null;
  const quote = article.text.slice(s, e);
  return {
    title: shortTitle(quote),
    description: quote.replace(/\s+/g, ' ').trim(),
    date,
    actors: actors.length ? actors : (candidate?.actors ?? []),
    place,
    tags: [],
    sources: [sourceFor(article, s, e)],
    origin: 'manual',
  };
}
