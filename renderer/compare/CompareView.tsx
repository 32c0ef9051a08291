/**
 * Two or three articles side by side. Passages they share (the same sentence or quotation,
 * even slightly reworded) are highlighted in each column; clicking one jumps to its
 * counterpart. What only one article says stays plain. Optional linked scrolling.
 */
import { useEffect, useMemo, useRef, useState, type DragEvent, type ReactNode } from 'react';
import type { Article } from '../../shared/model';
import { useApi } from '../app/api-context';
import { formatPublished, plural, sourceOf } from '../app/format';
import { errorMessage } from '../client';
import { ArticleText } from '../reader/ArticleText';
import { DRAG_TYPE } from '../search/ResultsList';
import type { Segment } from '../text/segments';
import { compareMarks, parseTarget } from './compare-marks';

export const MAX_COMPARE = 3;

interface Props {
  ids: readonly string[];
  onRemove(id: string): void;
  onAdd(ids: string[]): void;
  onOpen(id: string): void;
}

type Loaded = { id: string; article: Article | null; error: string | null };

export function CompareView({ ids, onRemove, onAdd, onOpen }: Props) {
  const api = useApi();
  const [loaded, setLoaded] = useState<Loaded[]>([]);
  const [linked, setLinked] = useState(false);
  const [dragOver, setDragOver] = useState(false);
  const columnRefs = useRef<(HTMLDivElement | null)[]>([]);
  const syncing = useRef(false);

  useEffect(() => {
    let live = true;
    Promise.all(
      ids.map((id) =>
        api.getArticle({ id }).then(
          (article): Loaded => ({ id, article, error: null }),
          (e): Loaded => ({ id, article: null, error: errorMessage(e) }),
        ),
      ),
    ).then((list) => live && setLoaded(list));
    return () => {
      live = false;
    };
  }, [api, ids]);

  const articles = useMemo(() => loaded.filter((l) => ids.includes(l.id)), [loaded, ids]);
  const texts = useMemo(() => articles.map((l) => l.article?.text ?? ''), [articles]);
  const { columns, pairs } = useMemo(() => compareMarks(texts), [texts]);

  const jump = (column: number, start: number) => {
    const target = columnRefs.current[column]?.querySelector<HTMLElement>(`[data-start="${start}"]`);
    if (!target) return;
    target.scrollIntoView({ block: 'center', behavior: 'smooth' });
    target.focus({ preventScroll: true });
    target.classList.remove('flash');
    void target.offsetWidth; // restart the animation
    target.classList.add('flash');
  };

  const onScroll = (index: number) => {
    if (!linked || syncing.current) return;
    const source = columnRefs.current[index];
    if (!source) return;
    const ratio = source.scrollTop / Math.max(1, source.scrollHeight - source.clientHeight);
    syncing.current = true;
    columnRefs.current.forEach((el, i) => {
      if (el && i !== index) el.scrollTop = ratio * (el.scrollHeight - el.clientHeight);
    });
    requestAnimationFrame(() => (syncing.current = false));
  };

  const onDrop = (e: DragEvent) => {
    const raw = e.dataTransfer.getData(DRAG_TYPE);
    setDragOver(false);
    if (!raw) return;
    e.preventDefault();
    e.stopPropagation();
    try {
      onAdd(JSON.parse(raw) as string[]);
    } catch {
      /* not ours */
    }
  };

  const dropProps = {
    onDragOver: (e: DragEvent) => {
      if (e.dataTransfer.types.includes(DRAG_TYPE)) {
        e.preventDefault();
        setDragOver(true);
      }
    },
    onDragLeave: () => setDragOver(false),
    onDrop,
  };

  if (ids.length === 0) {
    return (
      <section className={`compare empty-compare${dragOver ? ' drag-over' : ''}`} aria-label="Compare" {...dropProps}>
        <h2>Compare</h2>
        <p>
          Pick two or three articles: press <kbd>c</kbd> on a result, use “Add to compare” in the reader, or drag results here. Passages they share are highlighted in
          each, and a click on one jumps to its counterpart.
        </p>
      </section>
    );
  }

  return (
    <section className={`compare${dragOver ? ' drag-over' : ''}`} aria-label="Compare" {...dropProps}>
      <div className="compare-toolbar" role="toolbar" aria-label="Compare options">
        <span aria-live="polite">
          {articles.length < 2 ? 'Add one more article to compare.' : `${plural(pairs, 'shared passage')} highlighted`}
        </span>
        <label>
          <input type="checkbox" checked={linked} onChange={(e) => setLinked(e.target.checked)} /> Link scrolling
        </label>
      </div>
      <div className={`compare-columns columns-${Math.max(articles.length, 1)}`}>
        {articles.map((l, index) => {
          const a = l.article;
          const title = a?.title || a?.path || l.id;
          const renderSegment = (s: Segment, text: string): ReactNode => {
            const piece = text.slice(s.start, s.end);
            const mark = s.marks[0];
            const target = mark?.data ? parseTarget(mark.data) : null;
            if (!target) return piece;
            const other = articles[target.column]?.article;
            return (
              <a
                key={s.start}
                href={`#shared-${target.column}-${target.start}`}
                className="mark-shared"
                data-start={s.start}
                title={`Also in “${other?.title ?? 'another article'}” — click to jump there`}
                onClick={(e) => {
                  e.preventDefault();
                  jump(target.column, target.start);
                }}
              >
                {piece}
              </a>
            );
          };
          return (
            <section key={l.id} className="compare-column" aria-label={`Column ${index + 1}: ${title}`}>
              <header>
                <h2>{title}</h2>
                {a && <p className="byline">{[sourceOf(a), formatPublished(a.publishedAt)].filter(Boolean).join(' · ')}</p>}
                <div className="column-actions">
                  <button type="button" onClick={() => onOpen(l.id)}>
                    Open in reader
                  </button>
                  <button type="button" aria-label={`Remove ${title} from compare`} onClick={() => onRemove(l.id)}>
                    Remove
                  </button>
                </div>
              </header>
              <div className="compare-body" ref={(el) => void (columnRefs.current[index] = el)} onScroll={() => onScroll(index)} tabIndex={0}>
                {l.error && (
                  <p role="alert" className="error">
                    Could not open this article: {l.error}
                  </p>
                )}
                {a && <ArticleText text={a.text} paragraphs={a.paragraphs} marks={columns[index] ?? []} renderSegment={renderSegment} />}
              </div>
            </section>
          );
        })}
      </div>
    </section>
  );
}
