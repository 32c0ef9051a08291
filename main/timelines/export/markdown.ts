/**
 * Markdown: a dated chronology grouped by date, each event citing its sources as footnotes [^n] (one per
 * distinct passage), each footnote naming outlet, headline, date and file, with the passage. Every piece of
 * text from the timeline or the articles goes through `escapeMarkdown`, so nothing in it becomes a link,
 * an image, HTML or formatting.
 */
import type { Timeline, TimelineEvent } from '../../../shared/timeline';
import { compareEventDates, formatEventDate } from '../dates';
import { copyParts, dateDisagreementText, Notes } from './cite';
import { repeatsTitle, safeUrl } from './escape';

export { sourceKey } from './cite';

/** Escapes characters Markdown would read as formatting, links or HTML; line breaks become spaces. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/([\\`*_{}[\]()#+!|<>~&])/g, '\\$1')
    .replace(/^(\s*)([-=]|\d+\.)/, '$1\\$2');
}

/** An autolink for an http(s) URL, or '' (no javascript:, data: or file: links). */
function markdownLink(url: string | null): string {
  const safe = safeUrl(url);
  return safe ? ` <${safe.replace(/[<>\s]/g, encodeURIComponent)}>` : '';
}

export function groupByDate(events: TimelineEvent[]): { label: string; events: TimelineEvent[] }[] {
  const groups: { label: string; events: TimelineEvent[] }[] = [];
  for (const e of [...events].sort((a, b) => compareEventDates(a.date, b.date))) {
    const label = formatEventDate(e.date);
    const last = groups[groups.length - 1];
    if (last && last.label === label) last.events.push(e);
    else groups.push({ label, events: [e] });
  }
  return groups;
}

export function timelineToMarkdown(timeline: Timeline): string {
  const md = escapeMarkdown;
  const lines: string[] = [`# ${md(timeline.name)}`, ''];
  if (timeline.description) lines.push(md(timeline.description), '');
  lines.push(`_${timeline.events.length} event${timeline.events.length === 1 ? '' : 's'}; sources cited as footnotes, first report first._`, '');
  const notes = new Notes();
  for (const group of groupByDate(timeline.events)) {
    lines.push(`## ${md(group.label)}`, '');
    for (const e of group.events) {
      const refs = notes.cite(e).map((n) => `[^${n}]`).join('');
      const disagreement = dateDisagreementText(e);
      const detail = [
        !repeatsTitle(e.description, e.title) ? md(e.description) : '',
        e.actors.length ? `Who: ${md(e.actors.join(', '))}.` : '',
        e.place ? `Where: ${md(e.place)}.` : '',
        e.date.text ? `Date from “${md(e.date.text)}”.` : '',
        disagreement ? `Sources disagree on the date: ${md(disagreement)}.` : '',
      ].filter(Boolean);
      lines.push(`- **${md(e.title)}**${refs}${detail.length ? ' — ' + detail.join(' ') : ''}`);
    }
    lines.push('');
  }
  const all = notes.all();
  if (all.length) {
    for (const note of all) {
      const s = note.source;
      const where = `${md(note.outlet)}, “${md(note.headline)}”${note.date ? `, ${md(note.date)}` : ''}${note.file ? `, file ${md(note.file)}` : ''}`;
      const copies = s.copies.length
        ? ` Also published as: ${s.copies.map((c) => copyParts(c)).map((c) => `${md(c.outlet)}, “${md(c.headline)}”${c.date ? `, ${md(c.date)}` : ''}${c.file ? `, file ${md(c.file)}` : ''}`).join('; ')}.`
        : '';
      const changed = s.status === 'source-changed' ? ' (the article changed since; passage not found again)' : '';
      lines.push(`[^${note.n}]: ${where}${markdownLink(s.url)}: “${md(s.passage.quote)}”${changed}${copies}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}
