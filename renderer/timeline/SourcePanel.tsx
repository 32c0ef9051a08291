/** A source article with the event's passage highlighted and scrolled into view. */
import { useEffect, useRef, useState } from 'react';
import type { Article } from '../../shared/model';
import type { TimelineClient } from './types';

export interface SourceRef {
  articleId: string;
  start: number;
  end: number;
  changed?: boolean;
}

export function SourcePanel({ api, source, onClose }: { api: TimelineClient; source: SourceRef; onClose(): void }) {
  const [article, setArticle] = useState<Article | null>(null);
  const [error, setError] = useState<string | null>(null);
  const mark = useRef<HTMLElement>(null);

  useEffect(() => {
    let live = true;
    setArticle(null);
    setError(null);
    api.getArticle({ id: source.articleId }).then(
      (a) => live && setArticle(a),
      (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
  }, [api, source.articleId]);

  useEffect(() => {
    mark.current?.scrollIntoView({ block: 'center' });
  }, [article, source.start]);

  const text = article?.text ?? '';
  const start = Math.min(source.start, text.length);
  const end = Math.min(Math.max(source.end, start), text.length);
  return (
    <section className="tl-panel tl-source" aria-label="Source">
      <header className="tl-panel-head">
        <h2>{article ? article.title : 'Source'}</h2>
        <button type="button" className="icon-button" aria-label="Close source" onClick={onClose}>
          ×
        </button>
      </header>
      {error ? <p className="error">{error}</p> : null}
      {article ? (
        <>
          <p className="muted">
            {[article.publisher, article.publishedAt?.value, article.path].filter(Boolean).join(' · ')}
            {source.changed ? ' · the article changed since this passage was recorded; it could not be found again' : ''}
          </p>
          <div className="tl-article-text">
            {text.slice(0, start)}
            <mark ref={mark} aria-label="Source passage">
              {text.slice(start, end)}
            </mark>
            {text.slice(end)}
          </div>
        </>
      ) : null}
    </section>
  );
}
