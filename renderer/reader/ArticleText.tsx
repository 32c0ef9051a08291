/** An article's clean text in paragraphs, with marks (search hits, entities, quotes, shared passages) laid over it. */
import { Fragment, type ReactNode } from 'react';
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
  let lastPage = 0;
  return (
    <>
      {blocksOf(text, paragraphs).map((block, i) => {
        const children = segment(block.start, block.end, marks).map((s) => {
          const node = renderSegment(s, text);
          return typeof node === 'string' ? <span key={s.start}>{node}</span> : node;
        });
        // Paged documents (PDF): a marker where a new page begins, and before a paragraph that runs across a
        // page break, so a passage can be cited as "p. 4".
        const page = paragraphs[i]?.page;
        const endPage = paragraphs[i]?.endPage ?? page;
        const label = page === undefined || endPage === undefined ? null : endPage > page ? `pp. ${page}–${endPage}` : page > lastPage ? `p. ${page}` : null;
        const marker = label ? (
          <span className="page-marker" data-page={page} aria-label={label.replace(/^pp?\. /, (m) => (m === 'pp. ' ? 'pages ' : 'page '))}>
            {label}
          </span>
        ) : null;
        if (endPage !== undefined) lastPage = Math.max(lastPage, endPage);
        const body =
          block.kind === 'heading' ? <h3>{children}</h3> : block.kind === 'quote' ? <blockquote>{children}</blockquote> : <p>{children}</p>;
        return marker ? (
          <Fragment key={block.start}>
            {marker}
            {body}
          </Fragment>
        ) : (
          <Fragment key={block.start}>{body}</Fragment>
        );
      })}
    </>
  );
}
