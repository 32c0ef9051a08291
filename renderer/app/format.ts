/** Display helpers for dates, authors and sources. Pure. */
import type { PublishedDate } from '../../shared/model';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "23 Feb 2023", "Feb 2023", "2023", "23 Feb 2023, 14:05" — as precise as the date is known, never more. */
export function formatPublished(date: PublishedDate | null | undefined): string {
  if (!date) return '';
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(?:T(\d{2}):(\d{2}))?/.exec(date.value);
  if (!m) return date.value;
  const [, y, mo, d, hh, mm] = m;
  const month = mo ? MONTHS[Number(mo) - 1] : undefined;
  if (date.precision === 'year' || !month) return y!;
  if (date.precision === 'month' || !d) return `${month} ${y}`;
  const day = `${Number(d)} ${month} ${y}`;
  if (date.precision === 'datetime' && hh && mm) return `${day}, ${hh}:${mm}`;
  return day;
}

/** The year of a publication date, for facets. */
export function yearOf(date: PublishedDate | null | undefined): string | null {
  const m = date ? /^(\d{4})/.exec(date.value) : null;
  return m ? m[1]! : null;
}

export function formatAuthors(authors: readonly string[]): string {
  if (authors.length <= 2) return authors.join(' and ');
  return `${authors.slice(0, -1).join(', ')} and ${authors[authors.length - 1]}`;
}

/** What is shown when an article names no publisher (the same words as the timeline exports). */
export const UNKNOWN_PUBLISHER = 'Unknown publisher';

/**
 * The source shown for an article: its publisher, else "Unknown publisher". Never the folder it sits in: a
 * folder is the user's collection (a topic, a project), not who published the article.
 */
export function sourceOf(article: { publisher: string | null }): string {
  return article.publisher || UNKNOWN_PUBLISHER;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}
