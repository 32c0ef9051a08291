/**
 * An article's clean text in paragraphs, with marks (search hits, entities, quotes, shared passages)
 * laid over it. Long paragraphs are drawn in pieces (text/render-blocks.ts) and marks are bucketed
 * per piece, so the work grows with the text, not with text × marks. A large article given a scroll
 * container is virtualised: only the pieces on screen exist in the DOM, so a multi-megabyte file
 * opens at once and the page stays responsive. Smaller ones are drawn whole (the browser's find in
 * page then sees all of it).
 */
import { memo, useEffect, useMemo, type ReactNode } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { Paragraph } from '../../shared/model';
import { blockAt, marksByBlock, renderBlocks, type RenderBlock } from '../text/render-blocks';
import { segment, type Mark, type Segment } from '../text/segments';

/** Above either of these an article is virtualised (when the caller gives a scroll container). */
export const VIRTUALISE_CHARS = 200_000;
export const VIRTUALISE_BLOCKS = 1500;

interface Props {
  text: string;
  paragraphs: readonly Paragraph[];
  marks: readonly Mark[];
  /** Render one marked segment (default: spans with one class per mark kind). */
  renderSegment?: (segment: Segment, text: string) => ReactNode;
  /**
   * The element that scrolls the text; given, large articles are virtualised inside it. Pass it as
   * state (set from a callback ref), so that this re-renders once the element exists.
   */
  scrollElement?: HTMLElement | null;
  /** A character offset whose piece must be drawn and scrolled to (the current search hit). */
  focus?: number;
}

export function markClasses(marks: readonly Mark[]): string {
  return marks.map((m) => `mark-${m.kind}`).join(' ');
}

function defaultSegment(s: Segment, text: string): ReactNode {
  const piece = text.slice(s.start, s.end);
  if (s.marks.length === 0) return piece;
  const hit = s.marks.some((m) => m.kind === 'hit');
  const title = s.marks
    .map((m) => m.data)
    .filter(Boolean)
    .join('; ');
  const className = markClasses(s.marks);
  return hit ? (
    <mark key={s.start} className={className} data-start={s.start} title={title || undefined}>
      {piece}
    </mark>
  ) : (
    <span key={s.start} className={className} data-start={s.start} title={title || undefined}>
      {piece}
    </span>
  );
}

const BlockView = memo(function BlockView({
  block,
  text,
  marks,
  renderSegment,
}: {
  block: RenderBlock;
  text: string;
  marks: readonly Mark[];
  renderSegment: (segment: Segment, text: string) => ReactNode;
}) {
  const children = segment(block.start, block.end, marks).map((s) => {
    const node = renderSegment(s, text);
    return typeof node === 'string' ? <span key={s.start}>{node}</span> : node;
  });
  const className = [block.continued ? 'continued' : '', block.continues ? 'continues' : ''].filter(Boolean).join(' ') || undefined;
  const body =
    block.kind === 'heading' ? (
      <h3 className={className}>{children}</h3>
    ) : block.kind === 'quote' ? (
      <blockquote className={className}>{children}</blockquote>
    ) : (
      <p className={className}>{children}</p>
    );
  if (!block.pageLabel) return body;
  const spoken = block.pageLabel.replace(/^pp?\. /, (m) => (m === 'pp. ' ? 'pages ' : 'page '));
  return (
    <>
      <span className="page-marker" data-page={block.pageLabel.replace(/^pp?\. (\d+).*$/, '$1')} aria-label={spoken}>
        {block.pageLabel}
      </span>
      {body}
    </>
  );
});

/** A first guess of a piece's height before it is measured: ~75 characters a line, 28 px a line, plus the gap. */
const estimateHeight = (block: RenderBlock) => Math.ceil((block.end - block.start) / 75) * 28 + (block.continues ? 0 : 17);

export function ArticleText({ text, paragraphs, marks, renderSegment = defaultSegment, scrollElement, focus }: Props) {
  const blocks = useMemo(() => renderBlocks(text, paragraphs), [text, paragraphs]);
  const buckets = useMemo(() => marksByBlock(blocks, marks), [blocks, marks]);
  const virtual = scrollElement !== undefined && (text.length > VIRTUALISE_CHARS || blocks.length > VIRTUALISE_BLOCKS);
  const virtualizer = useVirtualizer({
    count: virtual ? blocks.length : 0,
    getScrollElement: () => scrollElement ?? null,
    estimateSize: (i) => estimateHeight(blocks[i]!),
    overscan: 6,
  });

  // Scrolling works once the virtualiser knows its scroll element's size (it has drawn something).
  const ready = virtualizer.getVirtualItems().length > 0;
  useEffect(() => {
    if (!virtual || !ready || focus === undefined) return;
    const index = blockAt(blocks, focus);
    if (index >= 0) virtualizer.scrollToIndex(index, { align: 'center' });
  }, [virtual, ready, focus, blocks, virtualizer]);

  const draw = (i: number) => <BlockView key={blocks[i]!.start} block={blocks[i]!} text={text} marks={buckets[i]!} renderSegment={renderSegment} />;

  if (!virtual) return <>{blocks.map((_, i) => draw(i))}</>;
  return (
    <div className="virtual-text" style={{ height: virtualizer.getTotalSize() }}>
      {virtualizer.getVirtualItems().map((item) => (
        <div key={item.key} data-index={item.index} ref={virtualizer.measureElement} className="virtual-block" style={{ transform: `translateY(${item.start}px)` }}>
          {draw(item.index)}
        </div>
      ))}
    </div>
  );
}
