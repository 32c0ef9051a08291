/**
 * The reader: metadata header, tags, and the clean text with the current query's hits marked;
 * entities and quotes marked on demand from the analysis. HTML articles render sandboxed.
 */
import { forwardRef, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Analysis } from '../../shared/analysis';
import { MAX_HIT_RANGES } from '../../shared/contract';
import type { CopyGroup } from '../../shared/contract';
import type { Article } from '../../shared/model';
import { useApi } from '../app/api-context';
import { formatAuthors, formatPublished, plural, sourceOf } from '../app/format';
import { errorMessage } from '../client';
import { useToasts } from '../app/toasts';
import { openOriginal } from './open-original';
import { ArticleTags } from '../tags/ArticleTags';
import { useTags } from '../tags/tags-context';
import { rangesToMarks, type Mark } from '../text/segments';
import { ArticleText } from './ArticleText';
import { LinkDialog } from './LinkDialog';
import { SandboxedHtml } from './SandboxedHtml';
import { linkTarget, type LinkTarget } from '../../shared/external-url';

interface Props {
  id: string;
  /** Hit ranges in Article.text for the query the article was opened from. */
  hits: readonly (readonly [number, number])[];
  onClose(): void;
  onCompare(id: string): void;
  /** Open another article (one of this article's copies). */
  onOpenArticle?(id: string): void;
}

export const Reader = forwardRef<HTMLInputElement, Props>(function Reader({ id, hits: allHits, onClose, onCompare, onOpenArticle }, tagInputRef) {
  const api = useApi();
  const { version } = useTags();
  const [article, setArticle] = useState<Article | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [showAnalysis, setShowAnalysis] = useState(false);
  const [analysis, setAnalysis] = useState<Analysis | null>(null);
  const [analysisError, setAnalysisError] = useState<string | null>(null);
  const [hitIndex, setHitIndex] = useState(0);
  const [link, setLink] = useState<LinkTarget | null>(null);
  const [opening, setOpening] = useState(false);
  const toasts = useToasts();
  const bodyRef = useRef<HTMLDivElement | null>(null);
  // Also as state: the virtualised text needs to re-render once its scroll container exists.
  const [bodyElement, setBodyElement] = useState<HTMLDivElement | null>(null);
  const attachBody = useCallback((element: HTMLDivElement | null) => {
    bodyRef.current = element;
    setBodyElement(element);
  }, []);
  // The search marks at most MAX_HIT_RANGES hits of an article (and says when there are more).
  const hits = useMemo(() => (allHits.length > MAX_HIT_RANGES ? allHits.slice(0, MAX_HIT_RANGES) : allHits), [allHits]);

  const showOriginal = () => {
    setOpening(true);
    openOriginal(api, id).then(
      (how) => how === 'downloaded' && toasts.notify({ message: 'The original file was saved to your downloads.' }),
      (e) => toasts.notify({ kind: 'error', message: `The original file could not be opened: ${errorMessage(e)}` }),
    ).finally(() => setOpening(false));
  };
  const [copies, setCopies] = useState<CopyGroup | null>(null);

  // The same article elsewhere in the library (a copy, or the same story republished).
  useEffect(() => {
    let live = true;
    setCopies(null);
    api.duplicates({ ids: [id] }).then(
      (r) => live && setCopies(r.groups[0] ?? null),
      () => live && setCopies(null),
    );
    return () => {
      live = false;
    };
  }, [api, id]);

  useEffect(() => {
    let live = true;
    setFailure(null);
    api.getArticle({ id }).then(
      (a) => live && setArticle(a),
      (e) => live && setFailure(errorMessage(e)),
    );
    return () => {
      live = false;
    };
  }, [api, id, version]);

  useEffect(() => {
    setAnalysis(null);
    setAnalysisError(null);
    setHitIndex(0);
  }, [id]);

  useEffect(() => {
    if (!showAnalysis || analysis) return;
    let live = true;
    api.getAnalysis({ id }).then(
      (a) => live && setAnalysis(a),
      (e) => live && setAnalysisError(errorMessage(e)),
    );
    return () => {
      live = false;
    };
  }, [api, id, showAnalysis, analysis]);

  const marks = useMemo<Mark[]>(() => {
    const out: Mark[] = rangesToMarks(hits, 'hit');
    const current = hits[hitIndex];
    if (current) out.push({ start: current[0], end: current[1], kind: 'current-hit' });
    if (showAnalysis && analysis) {
      for (const e of analysis.entities) out.push({ start: e.start, end: e.end, kind: `entity-${e.kind}`, data: `${e.kind}: ${e.canonical}` });
      for (const q of analysis.quotes) out.push({ start: q.start, end: q.end, kind: 'quote', data: q.speaker ? `quote: ${q.speaker}` : 'quote: unknown speaker' });
    }
    return out;
  }, [hits, hitIndex, showAnalysis, analysis]);

  // Bring the current hit into view (ArticleText draws its piece first when the text is virtualised).
  const articleId = article?.id;
  useEffect(() => {
    const current = hits[hitIndex];
    if (!current || !articleId) return;
    let frames = 0;
    let request = 0;
    const find = () => {
      const mark = bodyRef.current?.querySelector(`mark.mark-hit[data-start="${current[0]}"]`);
      if (mark) mark.scrollIntoView?.({ block: 'center' });
      else if (frames++ < 120) request = requestAnimationFrame(find);
    };
    request = requestAnimationFrame(find);
    return () => cancelAnimationFrame(request);
  }, [articleId, hitIndex, hits]);

  if (failure) {
    return (
      <article className="reader" aria-label="Reader">
        <p role="alert" className="error">
          This article could not be opened: {failure}
        </p>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </article>
    );
  }
  if (!article || article.id !== id) {
    return (
      <article className="reader" aria-label="Reader" aria-busy="true">
        <p className="muted">Opening…</p>
      </article>
    );
  }

  const meta = [formatAuthors(article.authors), sourceOf(article), formatPublished(article.publishedAt)].filter(Boolean);
  return (
    <article className="reader" aria-label="Reader">
      <header className="reader-header">
        <div className="reader-actions" role="toolbar" aria-label="Article actions">
          <button type="button" onClick={() => onCompare(article.id)} title="Add to compare (c)">
            Add to compare
          </button>
          <button type="button" onClick={showOriginal} disabled={opening} title="Open the article's file in another program, or save a copy">
            Open original
          </button>
          {article.html === null && (
            <button type="button" aria-pressed={showAnalysis} onClick={() => setShowAnalysis((s) => !s)}>
              Entities and quotes
            </button>
          )}
          {hits.length > 0 && article.html === null && (
            <span className="hit-nav">
              <button type="button" aria-label="Previous hit" onClick={() => setHitIndex((i) => (i - 1 + hits.length) % hits.length)}>
                ↑
              </button>
              <span aria-live="polite" title={allHits.length > hits.length ? `The first ${hits.length.toLocaleString('en')} hits are marked` : undefined}>
                {allHits.length > hits.length ? `${hits.length.toLocaleString('en')}+ hits` : plural(hits.length, 'hit')}
              </span>
              <button type="button" aria-label="Next hit" onClick={() => setHitIndex((i) => (i + 1) % hits.length)}>
                ↓
              </button>
            </span>
          )}
          <button type="button" className="icon-button" aria-label="Close reader" title="Close (Escape)" onClick={onClose}>
            ×
          </button>
        </div>
        <h2 id="reader-title">{article.title || article.path}</h2>
        {meta.length > 0 && <p className="byline">{meta.join(' · ')}</p>}
        <dl className="article-meta">
          <dt>File</dt>
          <dd className="path">{article.path}</dd>
          {article.url && (
            <>
              <dt>Source URL</dt>
              <dd className="path">{article.url}</dd>
            </>
          )}
          <dt>Words</dt>
          <dd>{article.wordCount.toLocaleString('en')}</dd>
          {pageCount(article) > 0 && (
            <>
              <dt>Pages</dt>
              <dd>{pageCount(article)}</dd>
            </>
          )}
        </dl>
        {copies && copies.members.length > 1 ? (
          <div className="reader-copies" role="note" aria-label="Copies of this article">
            {copies.primary === article.id ? 'Also in the library as:' : 'A copy — counted once, under the original:'}
            <ul>
              {copies.members
                .filter((m) => m.id !== article.id)
                .map((m) => (
                  <li key={m.id}>
                    <button type="button" className="link-button" onClick={() => onOpenArticle?.(m.id)} disabled={!onOpenArticle}>
                      {m.publisher ?? 'Unknown outlet'}, “{m.title}”
                    </button>{' '}
                    <span className="muted">
                      {m.path} · {m.primary ? 'the original' : m.kind === 'exact' ? 'the same text' : `republished with small edits (${Math.round(m.similarity * 100)}% the same wording)`}
                    </span>
                  </li>
                ))}
            </ul>
          </div>
        ) : null}
        <ArticleTags ref={tagInputRef} articleId={article.id} tags={article.tags} fileTags={article.fileTags} />
        {article.attachments && article.attachments.length > 0 && (
          <details className="attachments">
            <summary>Attachments ({article.attachments.length})</summary>
            <ul aria-label="Attachments">
              {article.attachments.map((a, i) => (
                <li key={i}>
                  {a.name} <span className="muted">({a.mediaType}, {formatSize(a.size)})</span>
                </li>
              ))}
            </ul>
          </details>
        )}
        {article.warnings.length > 0 && (
          <ul className="warnings" aria-label="Reading warnings">
            {article.warnings.map((w, i) => (
              <li key={i}>{w}</li>
            ))}
          </ul>
        )}
        {showAnalysis && (
          <p className="legend" aria-live="polite">
            {analysisError ? (
              <span className="error">Analysis failed: {analysisError}</span>
            ) : analysis ? (
              <>
                <span className="mark-entity-person">person</span> <span className="mark-entity-organization">organisation</span>{' '}
                <span className="mark-entity-place">place</span> <span className="mark-quote">quotation</span> — {plural(analysis.entities.length, 'entity', 'entities')},{' '}
                {plural(analysis.quotes.length, 'quote')}
              </>
            ) : (
              'Analysing…'
            )}
          </p>
        )}
      </header>
      {article.html !== null ? (
        <SandboxedHtml html={article.html} title={article.title} onLink={(href) => setLink(linkTarget(href, article.url))} />
      ) : (
        <div className="reader-body" ref={attachBody}>
          <ArticleText text={article.text} paragraphs={article.paragraphs} marks={marks} scrollElement={bodyElement} focus={hits[hitIndex]?.[0]} />
          {article.captions.length > 0 && (
            <details className="captions">
              <summary>Photo captions ({article.captions.length})</summary>
              <ul>
                {article.captions.map((c, i) => (
                  <li key={i}>{c}</li>
                ))}
              </ul>
            </details>
          )}
        </div>
      )}
      <LinkDialog target={link} desktop={'dossier' in window} onClose={() => setLink(null)} />
    </article>
  );
});

/** The last page a paragraph of a paged document (PDF) is on; 0 for other formats. */
function pageCount(article: Article): number {
  return article.paragraphs.reduce((n, p) => Math.max(n, p.endPage ?? p.page ?? 0), 0);
}

function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}
