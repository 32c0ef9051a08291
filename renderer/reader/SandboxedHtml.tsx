import { buildSrcdoc } from './srcdoc';

/** A sanitised HTML article inside a script-less, origin-less frame (see srcdoc.ts). */
export function SandboxedHtml({ html, title }: { html: string; title: string }) {
  return <iframe className="article-frame" title={`Article: ${title}`} sandbox="" referrerPolicy="no-referrer" srcDoc={buildSrcdoc(html, title)} />;
}
