/** One entity's page: its articles, the quotes by and about it, and the timeline events involving it. */
import { useEffect, useState } from 'react';
import type { EntityKind } from '../../shared/analysis';
import type { EntityPage as Page, EntityQuote } from '../../shared/entities';
import { formatEventDate } from '../../shared/timeline';
import { useApi } from '../app/api-context';
import { formatPublished, plural } from '../app/format';
import { errorMessage } from '../client';

export interface EntityPageActions {
  /** Show the library with this query (the entity's articles). */
  onSearch(query: string): void;
  /** Open an article in the reader with [start, end) marked. */
  onOpenArticle(id: string, hit?: [number, number]): void;
  /** Show a timeline. */
  onOpenTimeline(id: string): void;
}

const KIND_LABEL: Record<EntityKind, string> = { person: 'Person', organization: 'Organisation', place: 'Place' };
const ROLE: Record<'actor' | 'place' | 'title', string> = { actor: 'among its actors', place: 'its place', title: 'named in its title' };

export function EntityPage({ kind, name, onSearch, onOpenArticle, onOpenTimeline }: { kind: EntityKind; name: string } & EntityPageActions) {
  const api = useApi();
  const [page, setPage] = useState<Page | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    setPage(null);
    api.getEntity({ kind, name }).then(
      (p) => live && setPage(p),
      (e) => live && setFailure(errorMessage(e)),
    );
    return () => {
      live = false;
    };
  }, [api, kind, name]);

  if (failure) return <p role="alert" className="error">This page could not be made: {failure}</p>;
  if (!page) return <p className="muted" aria-busy="true">Gathering articles, quotes and events about {name}…</p>;

  const quotes = (title: string, list: EntityQuote[], showSpeaker: boolean) => (
    <section className="entity-section" aria-label={title}>
      <h3>
        {title} <span className="facet-count">{list.length}</span>
      </h3>
      {list.length === 0 ? (
        <p className="muted">None found{page.articleCount > page.quotesFrom ? ` in the ${page.quotesFrom} most recent articles` : ''}.</p>
      ) : (
        <ul className="entity-quotes">
          {list.map((q) => (
            <li key={`${q.articleId}:${q.start}`}>
              <blockquote>“{q.text}”</blockquote>
              <p className="muted">
                {showSpeaker && q.speaker ? `${q.speaker} — ` : ''}
                <button type="button" className="link-button" onClick={() => onOpenArticle(q.articleId, [q.start, q.end])}>
                  {q.articleTitle}
                </button>
                {q.publisher ? ` · ${q.publisher}` : ''}
                {q.publishedAt ? ` · ${q.publishedAt.slice(0, 10)}` : ''}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );

  return (
    <article className="entity-page" aria-labelledby="entity-title">
      <header className="entity-header">
        <p className={`entity-kind entity-${kind}`}>{KIND_LABEL[kind]}</p>
        <h2 id="entity-title">{page.name}</h2>
        <p className="muted">
          {plural(page.articleCount, 'article')}
          {kind !== 'place' ? ` · ${plural(page.quotesBy.length, 'quote')} by` : ''} · {plural(page.quotesAbout.length, 'quote')} about · {plural(page.events.length, 'timeline event')}
        </p>
        <div className="entity-actions">
          <button type="button" onClick={() => onSearch(page.query)} title={page.query}>
            Search these articles
          </button>
          <code className="muted">{page.query}</code>
        </div>
      </header>
      <section className="entity-section" aria-label="Articles">
        <h3>
          Articles <span className="facet-count">{page.articleCount}</span>
        </h3>
        <ul className="entity-articles">
          {page.articles.map((a) => (
            <li key={a.id}>
              <button type="button" className="link-button" onClick={() => onOpenArticle(a.id)}>
                {a.title || a.path}
              </button>
              <span className="muted"> {[a.publisher, formatPublished(a.publishedAt)].filter(Boolean).join(' · ')}</span>
            </li>
          ))}
        </ul>
        {page.articleCount > page.articles.length && (
          <button type="button" className="link-button" onClick={() => onSearch(page.query)}>
            All {page.articleCount.toLocaleString('en')} in the library view
          </button>
        )}
      </section>
      {kind !== 'place' && quotes(`Quotes by ${page.name}`, page.quotesBy, false)}
      {quotes(`Quotes about ${page.name}`, page.quotesAbout, true)}
      <section className="entity-section" aria-label="Timeline events">
        <h3>
          Timeline events <span className="facet-count">{page.events.length}</span>
        </h3>
        {page.events.length === 0 ? (
          <p className="muted">No event of your timelines involves {page.name} yet.</p>
        ) : (
          <ul className="entity-events">
            {page.events.map((e) => (
              <li key={`${e.timelineId}:${e.eventId}`}>
                <span className="entity-event-date">{formatEventDate(e.date)}</span> {e.title}{' '}
                <span className="muted">
                  ({ROLE[e.role]}, in{' '}
                  <button type="button" className="link-button" onClick={() => onOpenTimeline(e.timelineId)}>
                    {e.timelineName}
                  </button>
                  )
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </article>
  );
}
