/**
 * A sanitised HTML article inside a script-less frame (see srcdoc.ts), whose links never replace it.
 *
 * The frame is `sandbox="allow-same-origin"` and nothing more: no scripts can run in it (no
 * allow-scripts, and its own CSP has no script-src), no forms, popups or top navigation. Same
 * origin lets this page listen to clicks inside it, so that a link asks the reader what to do
 * instead of navigating the frame away from the article. What must never be added here is
 * allow-scripts: together with allow-same-origin it would let the page's content reach Dossier.
 */
import { useEffect, useRef } from 'react';
import { buildSrcdoc } from './srcdoc';

export const ARTICLE_FRAME_SANDBOX = 'allow-same-origin';

interface Props {
  html: string;
  title: string;
  /** A link in the article was followed (click, middle click or Enter): its href as written. */
  onLink(href: string): void;
}

export function SandboxedHtml({ html, title, onLink }: Props) {
  const frameRef = useRef<HTMLIFrameElement>(null);
  const onLinkRef = useRef(onLink);
  onLinkRef.current = onLink;

  useEffect(() => {
    const frame = frameRef.current;
    if (!frame) return;
    const intercept = (event: MouseEvent) => {
      if (event.button > 1) return;
      const anchor = (event.target as Element | null)?.closest?.('a[href]');
      if (!anchor) return;
      const href = anchor.getAttribute('href') ?? '';
      // In-page anchors scroll the frame as usual; everything else is the reader's to decide.
      if (href.trim().startsWith('#')) return;
      event.preventDefault();
      event.stopPropagation();
      onLinkRef.current(href);
    };
    let doc: Document | null = null;
    const attach = () => {
      doc?.removeEventListener('click', intercept, true);
      doc?.removeEventListener('auxclick', intercept, true);
      doc = frame.contentDocument;
      doc?.addEventListener('click', intercept, true);
      doc?.addEventListener('auxclick', intercept, true);
    };
    attach();
    frame.addEventListener('load', attach);
    return () => {
      frame.removeEventListener('load', attach);
      doc?.removeEventListener('click', intercept, true);
      doc?.removeEventListener('auxclick', intercept, true);
    };
  }, [html]);

  return (
    <iframe
      ref={frameRef}
      className="article-frame"
      title={`Article: ${title}`}
      sandbox={ARTICLE_FRAME_SANDBOX}
      referrerPolicy="no-referrer"
      srcDoc={buildSrcdoc(html, title)}
    />
  );
}
