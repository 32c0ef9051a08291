/**
 * The reader: metadata header (with the user's corrections, and the form to correct it), tags,
 * notes and highlights, and the clean text with the current query's hits and the user's highlights
 * marked; entities and quotes marked on demand from the analysis. HTML articles render sandboxed
 * (or as their clean text, to highlight it).
 */
import { forwardRef, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Analysis } from '../../shared/analysis';
import { MAX_HIT_RANGES } from '../../shared/contract';
import type { CopyGroup } from '../../shared/contract';
import type { ArticleMetadata, MetadataField } from '../../shared/metadata';
import type { Article } from '../../shared/model';
import type { Highlight, HighlightColor } from '../../shared/notes';
import { useApi, useEvent } from '../app/api-context';
import { formatAuthors, formatPublished, plural, sourceOf } from '../app/format';
import { errorMessage } from '../client';
import { useToasts } from '../app/toasts';
import { openOriginal } from './open-original';
import { ArticleTags } from '../tags/ArticleTags';
import { useTags } from '../tags/tags-context';
import { rangesToMarks, type Mark } from '../text/segments';
import { ArticleText } from './ArticleText';
import { LinkDialog } from './LinkDialog';
import { CorrectionsNote, MetadataForm } from './MetadataEditor';
import { HIGHLIGHT_KIND, readerSegment } from './reader-segment';
import { SandboxedHtml } from './SandboxedHtml';
import { linkTarget, type LinkTarget } from '../../shared/external-url';
import { EventFromHighlight } from '../notes/EventFromHighlight';
import { colorOf, NotesPanel } from '../notes/NotesPanel';
import { SelectionToolbar } from '../notes/SelectionToolbar';
import { useArticleNotes, useNoteActions } from '../notes/use-notes';
import { isTextField } from '../app/keyboard';
import { selectionSpan } from '../text/selection';

interface Props {
  id: string;
  /** Hit ranges in Article.text for the query the article was opened from. */
  hits: readonly (readonly [number, number])[];
  onClose(): void;
  onCompare(id: string): void;
  /** Open another article (one of this article's copies). */
  onOpenArticle?(id: string): void;
  /** Open the details form on this field (e.g. the date, asked for by a timeline); the nonce makes a repeat ask count. */
  editRequest?: { field: MetadataField; nonce: number } | null;
}

export const Reader = forwardRef<HTMLInputElement, Props>(function Reader({ id, hits: allHits, onClose, onCompare, onOpenArticle, editRequest }, tagInputRef) {
  const api = useApi();
  const { version } = useTags();
  const [article, setArticle] = useState<Article | null>(null);
  const [metadata, setMetadata] = useState<ArticleMetadata | null>(null);
  const [editing, setEditing] = useState<MetadataField | null>(null);
  const [changes, setChanges] = useState(0);
  const [showNotes, setShowNotes] = useState(false);
  const [focusHighlight, setFocusHighlight] = useState<string | null>(null);
  const [eventFor, setEventFor] = useState<Highlight | null>(null);
  const [asText, setAsText] = useState(false);
  const [goTo, setGoTo] = useState<number | undefined>(undefined);
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
    Promise.all([api.getArticle({ id }), api.getArticleMetadata({ id })]).then(
      ([a, m]) => {
        if (!live) return;
        setArticle(a);
        setMetadata(m);
      },
      (e) => live && setFailure(errorMessage(e)),
    );
    return () => {
      live = false;
    };
  }, [api, id, version, changes]);
  // Corrected, re-read or re-indexed (here, from the command line, by hand): show it as it is now.
  useEvent('libraryChanged', (change) => {
    if (change.changed.includes(id)) setChanges((c) => c + 1);
  });

  useEffect(() => {
    setAnalysis(null);
    setAnalysisError(null);
    setHitIndex(0);
    setEditing(null);
    setEventFor(null);
    setAsText(false);
  }, [id]);

  useEffect(() => {
    if (editRequest) setEditing(editRequest.field);
  }, [editRequest]);

  const { notes, set: setNotes } = useArticleNotes(id);
  const actions = useNoteActions(setNotes);
  const highlights = notes?.highlights ?? [];
  const highlightMap = useMemo(() => new Map(highlights.map((h) => [h.id, h])), [highlights]);
  const renderSegment = useMemo(() => readerSegment(highlightMap), [highlightMap]);
  useEffect(() => {
    if (highlights.length > 0) setShowNotes(true);
  }, [id, highlights.length]);

  const highlight = useCallback(
    async (span: { start: number; end: number }, color: HighlightColor, withNote: boolean) => {
      const made = await actions.addHighlight(id, span.start, span.end, color);
      if (made) {
        setShowNotes(true);
        setFocusHighlight(withNote ? made.id : null);
      }
    },
    [actions, id],
  );

  // "h" highlights the selected passage.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'h' || e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
      if (e.target instanceof Element && isTextField(e.target)) return;
      const body = bodyRef.current;
      const text = article?.text;
      if (!body || !text) return;
      const span = selectionSpan(body, text);
      if (!span) return;
      e.preventDefault();
      void highlight(span, 'yellow', false);
      body.ownerDocument.getSelection()?.removeAllRanges();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [article, highlight]);

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
    // A highlight whose passage is gone from the article is listed, not drawn at a wrong place.
    for (const h of highlights) if (h.status !== 'source-changed') out.push({ start: h.passage.start, end: h.passage.end, kind: `${HIGHLIGHT_KIND}-${colorOf(h)}`, data: h.id });
    return out;
  }, [hits, hitIndex, showAnalysis, analysis, highlights]);

  // Show a highlight's passage when asked from the notes.
  useEffect(() => {
    if (goTo === undefined) return;
    let frames = 0;
    let request = 0;
    const find = () => {
      const span = bodyRef.current?.querySelector(`[data-start="${goTo}"]`);
      if (span) {
        span.scrollIntoView?.({ block: 'center' });
        span.classList.add('flash');
        setTimeout(() => span.classList.remove('flash'), 1200);
        setGoTo(undefined);
      } else if (frames++ < 120) request = requestAnimationFrame(find);
    };
    request = requestAnimationFrame(find);
    return () => cancelAnimationFrame(request);
  }, [goTo]);

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
  if (!article || article.id !== id || !metadata || metadata.id !== id) {
    return (
      <article className="reader" aria-label="Reader" aria-busy="true">
        <p className="muted">Opening…</p>
      </article>
    );
  }

  const meta = [formatAuthors(article.authors), sourceOf(article), formatPublished(article.publishedAt)].filter(Boolean);
  const showHtml = article.html !== null && !asText;
  const noteCount = highlights.length + (notes?.note ? 1 : 0);
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
          <button type="button" aria-pressed={editing !== null} onClick={() => setEditing((e) => (e ? null : 'title'))}>
            Edit details
          </button>
          <button type="button" aria-pressed={showNotes} onClick={() => setShowNotes((s) => !s)}>
            Notes{noteCount ? ` (${noteCount})` : ''}
          </button>
          {article.html !== null && (
            <button type="button" aria-pressed={asText} onClick={() => setAsText((t) => !t)} title="Read (and highlight) the article's clean text instead of the saved page">
              Read as text
            </button>
          )}
          {!showHtml && (
            <button type="button" aria-pressed={showAnalysis} onClick={() => setShowAnalysis((s) => !s)}>
              Entities and quotes
            </button>
          )}
          {hits.length > 0 && !showHtml && (
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
        <CorrectionsNote metadata={metadata} onEdit={(field) => setEditing(field ?? 'title')} />
        {editing && (
          <MetadataForm
            key={`${metadata.id}:${editing}`}
            metadata={metadata}
            focus={editing}
            onDone={() => {
              setEditing(null);
              setChanges((c) => c + 1);
            }}
          />
        )}
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
        {showNotes && (
          <NotesPanel
            articleId={article.id}
            notes={notes}
            actions={actions}
            focusId={focusHighlight}
            onGoTo={(h) => {
              if (showHtml) setAsText(true);
              setGoTo(h.passage.start);
            }}
            onMakeEvent={(h) => setEventFor(h)}
          />
        )}
      </header>
      {showHtml ? (
        <SandboxedHtml html={article.html!} title={article.title} onLink={(href) => setLink(linkTarget(href, article.url))} />
      ) : (
        <div
          className="reader-body"
          ref={attachBody}
          onClick={(e) => {
            // A click on a highlight opens its note (unless the user is selecting text).
            const target = e.target instanceof Element ? e.target.closest<HTMLElement>('[data-highlight]') : null;
            if (!target || !e.currentTarget.ownerDocument.getSelection()?.isCollapsed) return;
            setShowNotes(true);
            setFocusHighlight(target.dataset.highlight ?? null);
          }}
        >
          <ArticleText
            text={article.text}
            paragraphs={article.paragraphs}
            marks={marks}
            renderSegment={renderSegment}
            scrollElement={bodyElement}
            focus={goTo ?? hits[hitIndex]?.[0]}
          />
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
      {!showHtml && <SelectionToolbar container={bodyElement} text={article.text} onHighlight={(span, color, withNote) => void highlight(span, color, withNote)} />}
      {eventFor && (
        <EventFromHighlight
          articleId={article.id}
          highlight={eventFor}
          articleDated={article.publishedAt !== null}
          onClose={() => setEventFor(null)}
          onAddDate={() => setEditing('publishedAt')}
        />
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
