/**
 * How the reader draws one piece of an article's text: every piece carries `data-start` (so a
 * selection maps back to text offsets, see text/selection.ts); search hits are <mark>s; highlights
 * carry their id and show their note on hover.
 */
import type { ReactNode } from 'react';
import type { Highlight } from '../../shared/notes';
import { markClasses } from './ArticleText';
import type { Segment } from '../text/segments';

export const HIGHLIGHT_KIND = 'highlight';

export function readerSegment(highlights: ReadonlyMap<string, Highlight>): (s: Segment, text: string) => ReactNode {
  return (s, text) => {
    const piece = text.slice(s.start, s.end);
    const highlight = s.marks.find((m) => m.kind.startsWith(`${HIGHLIGHT_KIND}-`));
    const own = highlight?.data ? highlights.get(highlight.data) : undefined;
    const title = [
      ...s.marks.filter((m) => !m.kind.startsWith(`${HIGHLIGHT_KIND}-`)).map((m) => m.data),
      own ? (own.note ? `Your note: ${own.note}` : 'Your highlight') : undefined,
    ]
      .filter(Boolean)
      .join('; ');
    const props = {
      className: markClasses(s.marks) || undefined,
      'data-start': s.start,
      'data-highlight': own?.id,
      title: title || undefined,
    };
    return s.marks.some((m) => m.kind === 'hit') ? (
      <mark key={s.start} {...props}>
        {piece}
      </mark>
    ) : (
      <span key={s.start} {...props}>
        {piece}
      </span>
    );
  };
}
