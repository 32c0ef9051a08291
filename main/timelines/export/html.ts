/**
 * A self-contained HTML report: inline CSS, no scripts (a CSP forbids them too), every piece of
 * text escaped. Events grouped by date with numbered source notes, like the Markdown export.
 */
import type { EventSource, Timeline } from '../../../shared/timeline';
import { escapeHtml, repeatsTitle, safeUrl } from './escape';
import { groupByDate, sourceKey } from './markdown';

const STYLE = `
body{font:16px/1.5 Georgia,'Times New Roman',serif;color:#1d1d1f;max-width:48rem;margin:2rem auto;padding:0 1rem}
h1{font-size:1.8rem;margin-bottom:.2rem}h2{font:600 1rem system-ui,sans-serif;color:#4a4a4f;border-bottom:1px solid #ddd;margin-top:2rem}
.meta{color:#666;font:.9rem system-ui,sans-serif}.event{margin:.8rem 0}.title{font-weight:bold}
.approx{font-style:italic;color:#7a5b00}.who{color:#555;font-size:.92rem}sup a{text-decoration:none}
ol.notes{font-size:.88rem;color:#333}ol.notes q{font-style:italic}.changed{color:#a00}
@media print{body{margin:0}a{color:inherit}}`;

export function timelineToHtml(timeline: Timeline): string {
  const notes = new Map<string, { n: number; source: EventSource }>();
  const body: string[] = [];
  for (const group of groupByDate(timeline.events)) {
    const approximate = group.events.every((e) => e.date.approximate);
    body.push(`<section><h2${approximate ? ' class="approx"' : ''}>${escapeHtml(group.label)}</h2>`);
    for (const e of group.events) {
      const refs = e.sources
        .map((s) => {
          const key = sourceKey(s);
          if (!notes.has(key)) notes.set(key, { n: notes.size + 1, source: s });
          const n = notes.get(key)!.n;
          return `<sup><a href="#note-${n}">[${n}]</a></sup>`;
        })
        .join('');
      const who = [e.actors.length ? `Who: ${escapeHtml(e.actors.join(', '))}` : '', e.place ? `Where: ${escapeHtml(e.place)}` : '', e.date.text ? `Date from “${escapeHtml(e.date.text)}”` : '']
        .filter(Boolean)
        .join(' · ');
      body.push(
        `<div class="event"><span class="title">${escapeHtml(e.title)}</span>${refs}` +
          (!repeatsTitle(e.description, e.title) ? `<div>${escapeHtml(e.description)}</div>` : '') +
          (who ? `<div class="who">${who}</div>` : '') +
          `</div>`,
      );
    }
    body.push('</section>');
  }
  const noteItems = [...notes.values()].map(({ n, source: s }) => {
    const label = `${escapeHtml(s.publisher ?? 'Unknown publisher')}, “${escapeHtml(s.articleTitle)}”${s.publishedAt ? `, ${escapeHtml(s.publishedAt)}` : ''}`;
    const url = safeUrl(s.url);
    const linked = url ? `<a href="${escapeHtml(url)}" rel="noopener noreferrer">${label}</a>` : label;
    const changed = s.status === 'source-changed' ? ' <span class="changed">(the article changed since; passage not found again)</span>' : '';
    return `<li id="note-${n}">${linked}: <q>${escapeHtml(s.passage.quote)}</q> <span class="meta">(article ${escapeHtml(s.articleId)}, characters ${s.passage.start}–${s.passage.end})</span>${changed}</li>`;
  });
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(timeline.name)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${escapeHtml(timeline.name)}</h1>
${timeline.description ? `<p>${escapeHtml(timeline.description)}</p>` : ''}
<p class="meta">${timeline.events.length} event${timeline.events.length === 1 ? '' : 's'} · exported from Dossier · dates marked “c.” are approximate</p>
${body.join('\n')}
${noteItems.length ? `<h2>Sources</h2>\n<ol class="notes">${noteItems.join('\n')}</ol>` : ''}
</body>
</html>
`;
}
