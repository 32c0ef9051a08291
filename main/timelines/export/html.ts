/**
 * A self-contained HTML report: inline CSS, no scripts (a CSP forbids them too), every piece of text
 * through `escapeHtml`. Events grouped by date; each citation [n] links to the passage it cites in the
 * source notes, and each note links back to its event. Notes name outlet, headline, date and file.
 */
import type { Timeline } from '../../../shared/timeline';
import { copyParts, dateDisagreementText, Notes } from './cite';
import { escapeHtml, repeatsTitle, safeUrl } from './escape';
import { groupByDate } from './markdown';

const STYLE = `
body{font:16px/1.5 Georgia,'Times New Roman',serif;color:#1d1d1f;max-width:48rem;margin:2rem auto;padding:0 1rem}
h1{font-size:1.8rem;margin-bottom:.2rem}h2{font:600 1rem system-ui,sans-serif;color:#4a4a4f;border-bottom:1px solid #ddd;margin-top:2rem}
.meta{color:#666;font:.9rem system-ui,sans-serif}.event{margin:.8rem 0}.title{font-weight:bold}
.approx{font-style:italic;color:#7a5b00}.who{color:#555;font-size:.92rem}.disagree{color:#7a5b00;font-size:.92rem}sup a{text-decoration:none}
ol.notes{font-size:.88rem;color:#333}ol.notes blockquote{margin:.2rem 0 .4rem 1rem;font-style:italic}.changed{color:#a00}
:target{background:#fff3c4}
@media print{body{margin:0}a{color:inherit}}`;

export function timelineToHtml(timeline: Timeline): string {
  const h = escapeHtml;
  const notes = new Notes();
  const citedBy = new Map<number, number>();
  const body: string[] = [];
  let eventNumber = 0;
  for (const group of groupByDate(timeline.events)) {
    const approximate = group.events.every((e) => e.date.approximate);
    body.push(`<section><h2${approximate ? ' class="approx"' : ''}>${h(group.label)}</h2>`);
    for (const e of group.events) {
      const anchor = `event-${++eventNumber}`;
      const refs = notes
        .cite(e)
        .map((n) => {
          if (!citedBy.has(n)) citedBy.set(n, eventNumber);
          return `<sup><a href="#passage-${n}" title="the passage this cites">[${n}]</a></sup>`;
        })
        .join('');
      const who = [e.actors.length ? `Who: ${h(e.actors.join(', '))}` : '', e.place ? `Where: ${h(e.place)}` : '', e.date.text ? `Date from “${h(e.date.text)}”` : '']
        .filter(Boolean)
        .join(' · ');
      const disagreement = dateDisagreementText(e);
      body.push(
        `<div class="event" id="${anchor}"><span class="title">${h(e.title)}</span>${refs}` +
          (!repeatsTitle(e.description, e.title) ? `<div>${h(e.description)}</div>` : '') +
          (who ? `<div class="who">${who}</div>` : '') +
          (disagreement ? `<div class="disagree">Sources disagree on the date: ${h(disagreement)}</div>` : '') +
          `</div>`,
      );
    }
    body.push('</section>');
  }
  const noteItems = notes.all().map((note) => {
    const s = note.source;
    const label = `${h(note.outlet)}, “${h(note.headline)}”${note.date ? `, ${h(note.date)}` : ''}`;
    const url = safeUrl(s.url);
    const linked = url ? `<a href="${h(url)}" rel="noopener noreferrer">${label}</a>` : label;
    const file = note.file ? ` <span class="meta">(file ${h(note.file)})</span>` : '';
    const changed = s.status === 'source-changed' ? ' <span class="changed">(the article changed since; passage not found again)</span>' : '';
    const copies = s.copies.length
      ? `<div class="meta">Also published as: ${s.copies
          .map(copyParts)
          .map((c) => `${h(c.outlet)}, “${h(c.headline)}”${c.date ? `, ${h(c.date)}` : ''}${c.file ? ` (file ${h(c.file)})` : ''}`)
          .join('; ')}</div>`
      : '';
    const back = citedBy.has(note.n) ? ` <a href="#event-${citedBy.get(note.n)}" title="back to the event">↩</a>` : '';
    return `<li id="note-${note.n}"><cite>${linked}</cite>${file}${changed}${back}<blockquote id="passage-${note.n}">${h(s.passage.quote)}</blockquote>${copies}</li>`;
  });
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${h(timeline.name)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${h(timeline.name)}</h1>
${timeline.description ? `<p>${h(timeline.description)}</p>` : ''}
<p class="meta">${timeline.events.length} event${timeline.events.length === 1 ? '' : 's'} · exported from Dossier · dates marked “c.” are approximate</p>
${body.join('\n')}
${noteItems.length ? `<h2>Sources</h2>\n<ol class="notes">${noteItems.join('\n')}</ol>` : ''}
</body>
</html>
`;
}
