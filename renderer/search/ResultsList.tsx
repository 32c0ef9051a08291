/**
 * The results: a virtualised, multi-select listbox. Only the rows on screen exist in the DOM and
 * only their pages are fetched. Click opens, Ctrl/Cmd+click toggles, Shift+click selects a range,
 * the checkbox toggles; rows can be dragged onto "Compare".
 */
import { forwardRef, useEffect, useImperativeHandle, useRef, type KeyboardEvent, type MouseEvent } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { SearchHit } from '../../shared/contract';
import { formatAuthors, formatPublished, sourceOf } from '../app/format';
import { TagChip } from '../tags/TagChip';
import { Highlighted } from './Highlighted';
import type { SearchResults } from './use-search';

/** First guess of a row's height; rows are measured once rendered. */
export const ROW_HEIGHT = 96;
export const DRAG_TYPE = 'application/x-dossier-ids';

export interface ResultsListHandle {
  focus(): void;
}

interface Props {
  results: SearchResults;
  active: number;
  onActive(index: number): void;
  selected: ReadonlySet<string>;
  onSelectedChange(next: Set<string>): void;
  onOpen(index: number): void;
  openId: string | null;
}

export const ResultsList = forwardRef<ResultsListHandle, Props>(function ResultsList(
  { results, active, onActive, selected, onSelectedChange, onOpen, openId },
  ref,
) {
  const parentRef = useRef<HTMLDivElement>(null);
  const anchor = useRef<number | null>(null);
  const virtualizer = useVirtualizer({
    count: results.total,
    getScrollElement: () => parentRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 6,
  });
  useImperativeHandle(ref, () => ({ focus: () => parentRef.current?.focus() }));

  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? -1;
  const { load, generation } = results;
  useEffect(() => {
    if (last >= first) load(first, last + 1);
  }, [first, last, load, generation]);

  useEffect(() => {
    if (active >= 0 && active < results.total) virtualizer.scrollToIndex(active, { align: 'auto' });
  }, [active, results.total, virtualizer]);

  const toggle = (id: string) => {
    const next = new Set(selected);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    onSelectedChange(next);
  };
  const selectRange = (from: number, to: number, additive: boolean) => {
    const next = additive ? new Set(selected) : new Set<string>();
    for (const id of results.idsBetween(from, to)) next.add(id);
    onSelectedChange(next);
  };

  const onRowClick = (e: MouseEvent, index: number, hit: SearchHit) => {
    if ((e.target as HTMLElement).closest('input,button')) return;
    if (e.shiftKey) {
      selectRange(anchor.current ?? active ?? index, index, e.ctrlKey || e.metaKey);
      onActive(index);
    } else if (e.ctrlKey || e.metaKey) {
      toggle(hit.article.id);
      anchor.current = index;
      onActive(index);
    } else {
      anchor.current = index;
      onActive(index);
      onOpen(index);
    }
  };

  const onKeyDown = (e: KeyboardEvent) => {
    const move = (to: number) => {
      e.preventDefault();
      e.stopPropagation();
      const target = Math.max(0, Math.min(results.total - 1, to));
      if (e.shiftKey) {
        selectRange(anchor.current ?? Math.max(active, 0), target, true);
      } else anchor.current = target;
      onActive(target);
    };
    const from = Math.max(active, 0);
    switch (e.key) {
      case 'ArrowDown':
        return move(active < 0 ? 0 : from + 1);
      case 'ArrowUp':
        return move(from - 1);
      case 'PageDown':
        return move(from + 10);
      case 'PageUp':
        return move(from - 10);
      case 'Home':
        return move(0);
      case 'End':
        return move(results.total - 1);
      case ' ': {
        e.preventDefault();
        e.stopPropagation();
        const hit = results.hitAt(from);
        if (hit) toggle(hit.article.id);
        return;
      }
      case 'Enter':
        e.preventDefault();
        e.stopPropagation();
        if (active >= 0) onOpen(active);
        return;
    }
  };

  const activeRendered = active >= first && active <= last;
  return (
    <div
      ref={parentRef}
      className="results"
      role="listbox"
      aria-label="Results"
      aria-multiselectable="true"
      aria-busy={results.loading}
      data-answered={results.answered}
      aria-activedescendant={activeRendered ? `result-${active}` : undefined}
      tabIndex={0}
      onKeyDown={onKeyDown}
      onFocus={() => {
        if (active < 0 && results.total > 0) onActive(0);
      }}
    >
      <div className="results-spacer" style={{ height: virtualizer.getTotalSize() }}>
        {items.map((item) => {
          const hit = results.hitAt(item.index);
          const isActive = item.index === active;
          if (!hit) {
            return (
              <div
                key={item.key}
                id={`result-${item.index}`}
                role="option"
                aria-selected={false}
                aria-posinset={item.index + 1}
                aria-setsize={results.total}
                aria-busy="true"
                className={`result-row loading${isActive ? ' active' : ''}`}
                data-index={item.index}
                ref={virtualizer.measureElement}
                style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
              >
                Loading…
              </div>
            );
          }
          const a = hit.article;
          const isSelected = selected.has(a.id);
          const titleId = `result-${item.index}-title`;
          const copies = hit.copies ?? [];
          const original = hit.copyOf ? copies.find((c) => c.id === hit.copyOf) : undefined;
          return (
            <div
              key={item.key}
              id={`result-${item.index}`}
              role="option"
              aria-selected={isSelected}
              aria-current={a.id === openId ? 'true' : undefined}
              aria-posinset={item.index + 1}
              aria-setsize={results.total}
              aria-labelledby={titleId}
              data-article-id={a.id}
              className={`result-row${isActive ? ' active' : ''}${isSelected ? ' selected' : ''}${a.id === openId ? ' open' : ''}${original ? ' copy' : ''}`}
              data-index={item.index}
              ref={virtualizer.measureElement}
              style={{ transform: `translateY(${item.start}px)` }}
              draggable
              onDragStart={(e) => {
                const ids = isSelected ? [...selected] : [a.id];
                e.dataTransfer.setData(DRAG_TYPE, JSON.stringify(ids));
                e.dataTransfer.setData('text/plain', a.title);
                e.dataTransfer.effectAllowed = 'copy';
              }}
              onClick={(e) => onRowClick(e, item.index, hit)}
            >
              <input
                type="checkbox"
                tabIndex={-1}
                aria-label={`Select ${a.title}`}
                checked={isSelected}
                onChange={() => {
                  toggle(a.id);
                  anchor.current = item.index;
                }}
                onClick={(e) => {
                  if (e.shiftKey) {
                    e.preventDefault();
                    selectRange(anchor.current ?? item.index, item.index, true);
                  }
                }}
              />
              <div className="result-main">
                <div className="result-title" id={titleId}>
                  {original ? <span className="copy-of">Copy · </span> : null}
                  {a.title || a.path}
                </div>
                <div className="result-meta">
                  {[sourceOf(a), formatPublished(a.publishedAt), formatAuthors(a.authors)].filter(Boolean).join(' · ')}
                </div>
                {original ? (
                  <p className="result-copies">
                    {hit.copyKind === 'exact' ? 'The same text as' : 'The same story, republished with small edits, as'} “{original.title}” ({original.publisher ?? original.path}): counted once.
                  </p>
                ) : copies.length ? (
                  <p className="result-copies" title={copies.map((c) => c.path).join('\n')}>
                    Also in the library as {copies.length === 1 ? 'a copy' : `${copies.length} copies`}:{' '}
                    {copies.map((c) => `${c.publisher ?? 'unknown outlet'} (${c.path})`).join('; ')}
                  </p>
                ) : null}
                {!original && hit.snippet.text && (
                  <p className="snippet">
                    <Highlighted text={hit.snippet.text} ranges={hit.snippet.highlights} />
                  </p>
                )}
                {hit.noteSnippet && (
                  <p className="snippet note-snippet">
                    <span className="note-label">Your note:</span> <Highlighted text={hit.noteSnippet.text} ranges={hit.noteSnippet.highlights} />
                  </p>
                )}
                {a.tags.length > 0 && (
                  <ul className="tag-list" aria-label="Tags">
                    {a.tags.map((t) => (
                      <li key={t}>
                        <TagChip name={t} />
                      </li>
                    ))}
                  </ul>
                )}
              </div>
            </div>
          );
        })}
      </div>
    </div>
  );
});
