/**
 * One entity's page: the articles the analysis found it in (a `person:`/`org:`/`place:` search),
 * the quotes it said and the quotes that name it (from those articles' analyses, cached by
 * content), and the timeline events that involve it (its actors, its place, or named in its title).
 *
 * Names are compared as the search compares them (main/search/entity-table.ts nameKey: case and
 * accents ignored), so the page agrees with the search it links to.
 */
import type { Analysis, EntityKind } from '../../shared/analysis';
import type { DossierApi, Req } from '../../shared/contract';
import type { EntityEvent, EntityPage, EntityQuote } from '../../shared/entities';
import type { ArticleSummary } from '../../shared/model';
import { compareEventDates } from '../../shared/timeline';
import { nameKey } from '../search/entity-table';

const FIELD: Record<EntityKind, string> = { person: 'person', organization: 'org', place: 'place' };

/** The search that finds an entity's articles: its whole name, quoted. */
export function entityQuery(kind: EntityKind, name: string): string {
  return `${FIELD[kind]}:"${name.replace(/["\u201c\u201d]/g, ' ').replace(/\s+/g, ' ').trim()}"`;
}

export type EntityPageApi = Pick<DossierApi, 'search' | 'getAnalysis' | 'listTimelines' | 'getTimeline'>;

export async function entityPage(api: EntityPageApi, req: Req<'getEntity'>): Promise<EntityPage> {
  const { kind, name } = req;
  const limit = req.limit ?? 100;
  const query = entityQuery(kind, name);
  const found = await api.search({ query, sort: 'date-desc', offset: 0, limit });
  if (found.error) throw new Error(`entity search ${query}: ${found.error.message}`);
  const articles = found.hits.map((h) => h.article);
  const key = nameKey(name);

  const quotesBy: EntityQuote[] = [];
  const quotesAbout: EntityQuote[] = [];
  for (const article of articles) {
    let analysis: Analysis;
    try {
      analysis = await api.getAnalysis({ id: article.id });
    } catch {
      continue; // an article that cannot be analysed has no quotes to show
    }
    for (const q of analysis.quotes) {
      const quote = toQuote(article, q);
      if (q.speaker !== null && nameKey(q.speaker) === key) quotesBy.push(quote);
      else if (analysis.entities.some((e) => e.kind === kind && e.start >= q.start && e.end <= q.end && nameKey(e.canonical) === key)) quotesAbout.push(quote);
    }
  }

  const events: EntityEvent[] = [];
  const { timelines } = await api.listTimelines({});
  for (const summary of timelines) {
    const timeline = await api.getTimeline({ id: summary.id }).catch(() => null);
    if (!timeline) continue;
    for (const event of timeline.events) {
      const role = event.actors.some((a) => nameKey(a) === key)
        ? 'actor'
        : event.place !== null && nameKey(event.place) === key
          ? 'place'
          : containsWords(nameKey(event.title), key)
            ? 'title'
            : null;
      if (role) events.push({ timelineId: timeline.id, timelineName: timeline.name, eventId: event.id, title: event.title, date: event.date, role });
    }
  }
  events.sort((a, b) => compareEventDates(a.date, b.date) || a.timelineName.localeCompare(b.timelineName));

  return { kind, name, query, articleCount: found.total, articles, quotesBy, quotesAbout, events, quotesFrom: articles.length };
}

function toQuote(article: ArticleSummary, q: Analysis['quotes'][number]): EntityQuote {
  return {
    articleId: article.id,
    articleTitle: article.title,
    publisher: article.publisher,
    publishedAt: article.publishedAt?.value ?? null,
    text: q.text,
    start: q.start,
    end: q.end,
    speaker: q.speaker,
  };
}

/** Whether `words` (a name key) appears in `text` (a name key) as whole words. */
function containsWords(text: string, words: string): boolean {
  return words.length > 0 && ` ${text} `.includes(` ${words} `);
}
