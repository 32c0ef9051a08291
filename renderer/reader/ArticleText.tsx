/** An article's clean text in paragraphs, with marks (search hits, entities, quotes, shared passages) laid over it. */
import type { ReactNode } from 'react';
import type { Paragraph } from '../../shared/model';
import { blocksOf, segment, type Mark, type Segment } from '../text/segments';

interface Props {
  text: string;
  paragraphs: readonly Paragraph[];
  marks: readonly Mark[];
  /** Render one marked segment (default: spans with one class per mark kind). */
  renderSegment?: (segment: Segment, text: string) => ReactNode;
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

export function ArticleText({ text, paragraphs, marks, renderSegment = defaultSegment }: Props) {
  return (
    <>
      {blocksOf(text, paragraphs).map((block) => {
        const children = segment(block.start, block.end, marks).map((s) => {
          const node = renderSegment(s, text);
          return typeof node === 'string' ? <span key={s.start}>{node}</span> : node;
        });
        if (block.kind === 'heading') return <h3 key={block.start}>{children}</h3>;
        if (block.kind === 'quote') return <blockquote key={block.start}>{children}</blockquote>;
        return <p key={block.start}>{children}</p>;
      })}
    </>
  );
}
