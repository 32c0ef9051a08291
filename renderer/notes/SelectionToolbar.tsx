/**
 * The little toolbar that appears over a passage selected in the reader: highlight it in a colour,
 * or highlight it and write a note at once. With the keyboard: select (Shift+arrows with caret
 * browsing), then press h; the toolbar's buttons are also reachable with Tab.
 */
import { useEffect, useState } from 'react';
import { HIGHLIGHT_COLORS, type HighlightColor } from '../../shared/notes';
import { selectionSpan } from '../text/selection';

interface Props {
  /** The element the article's text is drawn in. */
  container: HTMLElement | null;
  text: string;
  onHighlight(span: { start: number; end: number }, color: HighlightColor, withNote: boolean): void;
}

interface Shown {
  span: { start: number; end: number };
  top: number;
  left: number;
}

export function SelectionToolbar({ container, text, onHighlight }: Props) {
  const [shown, setShown] = useState<Shown | null>(null);

  useEffect(() => {
    if (!container) return;
    const doc = container.ownerDocument;
    const update = () => {
      const span = selectionSpan(container, text);
      const selection = doc.getSelection();
      if (!span || !selection || selection.rangeCount === 0) return setShown(null);
      const rect = selection.getRangeAt(0).getBoundingClientRect();
      setShown({ span, top: Math.max(4, rect.top - 42), left: Math.max(4, Math.min(rect.left, doc.documentElement.clientWidth - 330)) });
    };
    doc.addEventListener('selectionchange', update);
    return () => doc.removeEventListener('selectionchange', update);
  }, [container, text]);

  if (!shown) return null;
  const act = (color: HighlightColor, withNote: boolean) => {
    onHighlight(shown.span, color, withNote);
    container?.ownerDocument.getSelection()?.removeAllRanges();
    setShown(null);
  };
  return (
    <div className="selection-toolbar" role="toolbar" aria-label="Highlight the selection" style={{ top: shown.top, left: shown.left }} onMouseDown={(e) => e.preventDefault()}>
      {HIGHLIGHT_COLORS.map((color) => (
        <button key={color} type="button" className={`swatch hl-${color}`} aria-label={`Highlight in ${color}`} title={`Highlight in ${color}`} onClick={() => act(color, false)} />
      ))}
      <button type="button" onClick={() => act('yellow', true)}>
        Highlight with a note
      </button>
    </div>
  );
}
