/**
 * Up to six articles side by side (the columns scroll sideways when they do not fit), each headed by its
 * outlet and date. Passages several articles share (the same sentence or quotation, even slightly
 * reworded) are marked in every column that has them, with the number of other outlets that carry them;
 * a click shows every article that has the passage and jumps to the next one. "Align shared passages"
 * lays the articles out in rows so each shared passage stands level across the columns, the text between
 * them in the rows between. What only one article says stays plain.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type DragEvent, type ReactNode } from 'react';
import type { Article } from '../../shared/model';
import { useApi } from '../app/api-context';
import { formatPublished, plural } from '../app/format';
import { errorMessage } from '../client';
import { ArticleText } from '../reader/ArticleText';
import { DRAG_TYPE } from '../search/ResultsList';
import { blocksOf, segment, type Segment } from '../text/segments';
import { alignedRows, compareMarks, nextPart, parsePassageId, type SharedMark, type SharedPassage } from './compare-marks';

export const MAX_COMPARE = 6;

interface Props {
  ids: readonly string[];
  onRemove(id: string): void;
  onAdd(ids: string[]): void;
  onOpen(id: string): void;
}

type Loaded = { id: string; article: Article | null; error: string | null };

const outletOf = (a: Article | null | undefined) => a?.publisher ?? null;

export function CompareView({ ids, onRemove, onAdd, onOpen }: Props) {
  const api = useApi();
  const [loaded, setLoaded] = useState<Loaded[]>([]);
  const [linked, setLinked] = useState(false);
  const [aligned, setAligned] = useState(true);
  const [active, setActive] = useState<number | null>(null);
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

  const articles = useMemo(() => ids.map((id) => loaded.find((l) => l.id === id)).filter((l): l is Loaded => !!l), [loaded, ids]);
  const texts = useMemo(() => articles.map((l) => l.article?.text ?? ''), [articles]);
  const { columns, passages } = useMemo(() => compareMarks(texts), [texts]);
  const rows = useMemo(() => alignedRows(passages, texts.map((t) => t.length)), [passages, texts]);

  /** Other outlets (each counted once) that carry a passage, seen from one column. */
  const othersOf = (passage: SharedPassage, column: number): string[] => {
    const own = outletOf(articles[column]?.article);
    const names = new Map<string, string>();
    for (const part of passage.parts) {
      if (part.column === column) continue;
      const a = articles[part.column]?.article;
      const outlet = outletOf(a);
      if (outlet && outlet === own) continue;
      names.set(outlet ?? `#${part.column}`, outlet ?? a?.title ?? 'another article');
    }
    return [...names.values()];
  };

  const jump = (column: number, start: number) => {
    const target = columnRefs.current[column]?.querySelector<HTMLElement>(`a.mark-shared[data-start="${start}"]`);
    if (!target) return;
    target.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'smooth' });
    target.focus({ preventScroll: true });
    target.classList.remove('flash');
    void target.offsetWidth; // restart the animation
    target.classList.add('flash');
  };

  const onScroll = (index: number) => {
    if (!linked || aligned || syncing.current) return;
    const source = columnRefs.current[index];
    if (!source) return;
    const ratio = source.scrollTop / Math.max(1, source.scrollHeight - source.clientHeight);
    syncing.current = true;
    columnRefs.current.forEach((el, i) => {
      if (el && i !== index) el.scrollTop = ratio * (el.scrollHeight - el.clientHeight);
    });
    requestAnimationFrame(() => (syncing.current = false));
  };

  // Aligned rows: each row as tall as its tallest cell, so the shared passages stand level; the columns' headers
  // likewise, since a title or a byline that wraps to one more line would push a whole column down.
  const alignedBox = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const box = alignedBox.current;
    if (!box || !aligned) return;
    const sync = () => {
      const headers = [...box.querySelectorAll<HTMLElement>(':scope > .compare-column > header')];
      for (const h of headers) h.style.minHeight = '';
      const tallest = Math.max(0, ...headers.map((h) => h.offsetHeight));
      for (const h of headers) h.style.minHeight = `${tallest}px`;
      const cells = [...box.querySelectorAll<HTMLElement>('[data-row]')];
      for (const c of cells) c.style.minHeight = '';
      const heights = new Map<string, number>();
      for (const c of cells) heights.set(c.dataset.row!, Math.max(heights.get(c.dataset.row!) ?? 0, c.offsetHeight));
      for (const c of cells) c.style.minHeight = `${heights.get(c.dataset.row!)}px`;
    };
    sync();
    const ro = new ResizeObserver(() => requestAnimationFrame(sync));
    ro.observe(box);
    return () => ro.disconnect();
  }, [aligned, rows, articles]);

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
          Pick up to {MAX_COMPARE} articles: press <kbd>c</kbd> on a result, use “Add to compare” in the reader, or drag results here. Passages they share are marked in
          each, lined up across the columns, with the number of outlets that carry them; a click on one jumps to the next article that has it.
        </p>
      </section>
    );
  }

  /** A shared passage (or part of one) as a link; the passage's last piece carries the outlet count. */
  const renderSegment =
    (column: number) =>
    (s: Segment, text: string): ReactNode => {
      const piece = text.slice(s.start, s.end);
      const mark = s.marks.find((m) => m.kind === 'shared') as SharedMark | undefined;
      const id = parsePassageId(mark?.data);
      const passage = id !== null ? passages[id] : undefined;
      if (!passage) return piece;
      const others = othersOf(passage, column);
      const part = passage.parts.find((p) => p.column === column)!;
      const isEnd = s.end === part.end;
      const next = nextPart(passage, column);
      const count = others.length || passage.parts.length - 1;
      return (
        <span key={s.start}>
          <a
            href={`#shared-${passage.id}-${column}`}
            className={`mark-shared${active === passage.id ? ' active' : ''}`}
            data-start={s.start}
            data-passage={passage.id}
            title={`Shared with ${plural(count, 'outlet')}: ${others.join(', ') || 'another article'} — click to go to the next`}
            onClick={(e) => {
              e.preventDefault();
              setActive(passage.id);
              if (next) jump(next.column, next.start);
            }}
          >
            {piece}
          </a>
          {isEnd ? (
            <sup className="shared-count" aria-label={`shared with ${plural(count, 'outlet')}`} title={others.join(', ')}>
              {count}
            </sup>
          ) : null}
        </span>
      );
    };

  /** The text of [start, end) of one article, in its paragraphs, with the shared marks. */
  const slice = (column: number, start: number, end: number): ReactNode => {
    const a = articles[column]?.article;
    if (!a || end <= start) return null;
    return blocksOf(a.text, a.paragraphs)
      .filter((b) => b.end > start && b.start < end)
      .map((b) => (
        <p key={b.start}>
          {segment(Math.max(b.start, start), Math.min(b.end, end), columns[column] ?? []).map((s) => {
            const node = renderSegment(column)(s, a.text);
            return typeof node === 'string' ? <span key={s.start}>{node}</span> : node;
          })}
        </p>
      ));
  };

  const activePassage = active !== null ? passages[active] : undefined;
  const multi = passages.filter((p) => p.parts.length > 2).length;

  const header = (l: Loaded) => {
    const a = l.article;
    const title = a?.title || a?.path || l.id;
    return (
      <header>
        <h2 title={a?.path}>{title}</h2>
        {a && <p className="byline">{[a.publisher ?? 'Unknown outlet', formatPublished(a.publishedAt) || 'no date'].join(' · ')}</p>}
        <div className="column-actions">
          <button type="button" onClick={() => onOpen(l.id)}>
            Open in reader
          </button>
          <button type="button" aria-label={`Remove ${title} from compare`} onClick={() => onRemove(l.id)}>
            Remove
          </button>
        </div>
        {l.error && (
          <p role="alert" className="error">
            Could not open this article: {l.error}
          </p>
        )}
      </header>
    );
  };

  return (
    <section className={`compare${dragOver ? ' drag-over' : ''}`} aria-label="Compare" {...dropProps}>
      <div className="compare-toolbar" role="toolbar" aria-label="Compare options">
        <span aria-live="polite">
          {articles.length < 2
            ? 'Add one more article to compare.'
            : `${plural(passages.length, 'shared passage')}${multi ? `, ${multi} in three articles or more` : ''}`}
        </span>
        <label>
          <input type="checkbox" checked={aligned} onChange={(e) => setAligned(e.target.checked)} /> Align shared passages
        </label>
        {!aligned ? (
          <label>
            <input type="checkbox" checked={linked} onChange={(e) => setLinked(e.target.checked)} /> Link scrolling
          </label>
        ) : null}
        <span className="muted">
          {articles.length} of {MAX_COMPARE} articles
        </span>
      </div>
      {activePassage ? (
        <div className="compare-passage-bar" role="group" aria-label="Articles with this passage">
          <span>In {plural(activePassage.parts.length, 'article')}:</span>
          {activePassage.parts.map((part) => {
            const a = articles[part.column]?.article;
            return (
              <button key={part.column} type="button" onClick={() => jump(part.column, part.start)}>
                {a?.publisher ?? a?.title ?? `Column ${part.column + 1}`}
              </button>
            );
          })}
          <button type="button" className="icon-button" aria-label="Close passage bar" onClick={() => setActive(null)}>
            ×
          </button>
        </div>
      ) : null}
      {aligned && articles.length > 1 ? (
        <div className="compare-columns compare-aligned" ref={alignedBox} style={{ ['--columns' as string]: articles.length }}>
          {articles.map((l, index) => {
            const title = l.article?.title || l.article?.path || l.id;
            return (
              <section key={l.id} className="compare-column" aria-label={`Column ${index + 1}: ${title}`} ref={(el) => void (columnRefs.current[index] = el as HTMLDivElement | null)}>
                {header(l)}
                <div className="compare-body" tabIndex={0}>
                  {rows.map((row, r) => (
                    <div key={r} data-row={r} className={`compare-row ${row.kind}`}>
                      {slice(index, row.cells[index]!.start, row.cells[index]!.end)}
                    </div>
                  ))}
                </div>
              </section>
            );
          })}
        </div>
      ) : (
        <div className="compare-columns" style={{ ['--columns' as string]: Math.max(articles.length, 1) }}>
          {articles.map((l, index) => {
            const a = l.article;
            const title = a?.title || a?.path || l.id;
            return (
              <section key={l.id} className="compare-column" aria-label={`Column ${index + 1}: ${title}`}>
                {header(l)}
                <div className="compare-body" ref={(el) => void (columnRefs.current[index] = el)} onScroll={() => onScroll(index)} tabIndex={0}>
                  {a && <ArticleText text={a.text} paragraphs={a.paragraphs} marks={columns[index] ?? []} renderSegment={renderSegment(index)} />}
                </div>
              </section>
            );
          })}
        </div>
      )}
    </section>
  );
}
