/**
 * Citations shared by the exports: each distinct passage becomes one numbered note naming the outlet, the
 * article's headline, its date and its file (never an internal id), with the passage and the article's
 * other copies; and each event's date disagreement in words. The formats escape these with their own escape.
 */
import { citationParts, dateDisagreements, formatEventDate, formatPublishedAt, type ArticleCopyRef, type EventSource, type TimelineEvent } from '../../../shared/timeline';

export interface Note {
  n: number;
  source: EventSource;
  outlet: string;
  headline: string;
  /** "14 Mar 2023", or '' when the article has no date. */
  date: string;
  /** Library-relative file, or ''. */
  file: string;
}

export function sourceKey(s: EventSource): string {
  return `${s.articleId}:${s.passage.start}:${s.passage.end}`;
}

/** Numbers the passages in the order the events cite them. */
export class Notes {
  private readonly byKey = new Map<string, Note>();

  /** The note numbers an event cites, adding new notes as they come. */
  cite(event: TimelineEvent): number[] {
    return event.sources.map((s) => {
      const key = sourceKey(s);
      let note = this.byKey.get(key);
      if (!note) {
        note = { n: this.byKey.size + 1, source: s, ...citationParts(s) };
        this.byKey.set(key, note);
      }
      return note.n;
    });
  }

  all(): Note[] {
    return [...this.byKey.values()];
  }
}

/** "Riverside Daily, “Headline”, 14 Mar 2023, file riverside/a.txt" for each other copy of an article. */
export function copyParts(copy: ArticleCopyRef): { outlet: string; headline: string; date: string; file: string } {
  return { outlet: copy.publisher ?? 'Unknown outlet', headline: copy.articleTitle || (copy.path ?? ''), date: formatPublishedAt(copy.publishedAt), file: copy.path ?? '' };
}

/** "The Northern Courier gives 13 Mar 2023" for each date the sources give that the event's date is not within. */
export function dateDisagreementText(event: TimelineEvent): string | null {
  const disagreements = dateDisagreements(event);
  if (disagreements.length === 0) return null;
  return disagreements.map((d) => `${[...new Set(d.sources.map((s) => s.publisher ?? s.articleTitle))].join(', ')} ${d.sources.length === 1 ? 'gives' : 'give'} ${formatEventDate(d.date)}`).join('; ');
}
