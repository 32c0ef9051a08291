/**
 * Markdown: a dated chronology grouped by date, each event citing its sources as footnotes [^n]
 * (one footnote per distinct passage), the footnotes listing publisher, title, date and quote.
 */
import type { EventSource, Timeline, TimelineEvent } from '../../../shared/timeline';
import { compareEventDates, formatEventDate } from '../dates';
import { repeatsTitle } from './escape';

/** Escapes characters Markdown would read as formatting, links or HTML. */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/([\\`*_{}[\]()#+!|<>~])/g, '\\$1').replace(/^(\s*)([-=]|\d+\.)/, '$1\\$2');
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

export function sourceKey(s: EventSource): string {
  return `${s.articleId}:${s.passage.start}:${s.passage.end}`;
}

export function timelineToMarkdown(timeline: Timeline): string {
  const lines: string[] = [`# ${escapeMarkdown(timeline.name)}`, ''];
  if (timeline.description) lines.push(escapeMarkdown(timeline.description), '');
  lines.push(`_${timeline.events.length} event${timeline.events.length === 1 ? '' : 's'}; sources cited as footnotes, first report first._`, '');
  const notes = new Map<string, { n: number; source: EventSource }>();
  for (const group of groupByDate(timeline.events)) {
    lines.push(`## ${escapeMarkdown(group.label)}`, '');
    for (const e of group.events) {
      const refs = e.sources
        .map((s) => {
          const key = sourceKey(s);
          if (!notes.has(key)) notes.set(key, { n: notes.size + 1, source: s });
          return `[^${notes.get(key)!.n}]`;
        })
        .join('');
      const detail = [
        !repeatsTitle(e.description, e.title) ? escapeMarkdown(e.description) : '',
        e.actors.length ? `Who: ${escapeMarkdown(e.actors.join(', '))}.` : '',
        e.place ? `Where: ${escapeMarkdown(e.place)}.` : '',
        e.date.text ? `Date from “${escapeMarkdown(e.date.text)}”.` : '',
      ].filter(Boolean);
      lines.push(`- **${escapeMarkdown(e.title)}**${refs}${detail.length ? ' — ' + detail.join(' ') : ''}`);
    }
    lines.push('');
  }
  if (notes.size) {
    for (const { n, source: s } of notes.values()) {
      const where = `${escapeMarkdown(s.publisher ?? 'Unknown publisher')}, “${escapeMarkdown(s.articleTitle)}”${s.publishedAt ? `, ${s.publishedAt}` : ''}`;
      const link = s.url && /^https?:\/\//.test(s.url) ? ` <${s.url.replace(/[<>\s]/g, encodeURIComponent)}>` : '';
      const changed = s.status === 'source-changed' ? ' (the article changed since; passage not found again)' : '';
      lines.push(`[^${n}]: ${where}${link}: “${escapeMarkdown(s.passage.quote)}” (Dossier article ${s.articleId}, characters ${s.passage.start}–${s.passage.end})${changed}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}
