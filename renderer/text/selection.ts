/**
 * The user's selection in an article's text, as offsets in Article.text. The text is drawn in
 * segments that each carry `data-start` (their offset in the text) and hold exactly that stretch of
 * it, so a selection point maps back to the text whatever the paragraphs, marks or virtual
 * scrolling around it.
 */

const SEGMENT = '[data-start]';

function segmentOf(node: Node): HTMLElement | null {
  const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  return (element?.closest(SEGMENT) as HTMLElement | null) ?? null;
}

/** The text offset of a selection point inside `container` (null when it is outside every segment). */
function pointOffset(container: HTMLElement, node: Node, offset: number, edge: 'start' | 'end'): number | null {
  const segment = segmentOf(node);
  const doc = container.ownerDocument;
  if (segment && container.contains(segment)) {
    const before = doc.createRange();
    before.setStart(segment, 0);
    before.setEnd(node, offset);
    return Number(segment.dataset.start) + before.toString().length;
  }
  // Between segments (a paragraph's edge): the start of the next segment, or the end of the previous one.
  const point = doc.createRange();
  point.setStart(node, offset);
  const segments = [...container.querySelectorAll<HTMLElement>(SEGMENT)];
  for (let i = 0; i < segments.length; i++) {
    const at = doc.createRange();
    at.selectNodeContents(segments[i]!);
    if (point.compareBoundaryPoints(Range.START_TO_START, at) <= 0) {
      if (edge === 'start') return Number(segments[i]!.dataset.start);
      const previous = segments[i - 1];
      return previous ? Number(previous.dataset.start) + (previous.textContent ?? '').length : null;
    }
  }
  const last = segments.at(-1);
  return edge === 'end' && last ? Number(last.dataset.start) + (last.textContent ?? '').length : null;
}

/** [start, end) of the current selection in the text drawn in `container`, blanks trimmed; null when nothing is selected there. */
export function selectionSpan(container: HTMLElement, text: string): { start: number; end: number } | null {
  const selection = container.ownerDocument.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return null;
  let start = pointOffset(container, range.startContainer, range.startOffset, 'start');
  let end = pointOffset(container, range.endContainer, range.endOffset, 'end');
  if (start === null || end === null) return null;
  if (end < start) [start, end] = [end, start];
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}
