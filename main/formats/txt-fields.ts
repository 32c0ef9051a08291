/**
 * Export fields ("Title: ...", "Author: ...", "Published: ...", "Source: ...") above a story's paragraphs: the one
 * shape every wrapper reader (feeds, subtitles, app copies, news-database exports) rewrites a story into, so the
 * plain-text reader needs to know only that one.
 */

/** "Name: value" lines for the entries that have a value, each value on one line. */
export function fields(entries: [string, string | null | undefined][]): string[] {
  return entries.filter(([, value]) => value != null && value.trim() !== '').map(([name, value]) => `${name}: ${value!.replace(/\s+/g, ' ').trim()}`);
}

/**
 * Lines gathered into paragraphs, as a wrapper reader takes a story's text out of its copy: each line of a
 * paragraph is added, and the paragraph ended at a blank line or a mark; a paragraph is its lines joined by a space.
 */
export class ParagraphLines {
  readonly paragraphs: string[] = [];
  private lines: string[] = [];

  add(line: string): void {
    this.lines.push(line);
  }

  /** Ends the paragraph being gathered, if a line of it was added. */
  end(): void {
    if (this.lines.length > 0) this.paragraphs.push(this.lines.join(' '));
    this.lines = [];
  }

  /** No line added yet. */
  get empty(): boolean {
    return this.paragraphs.length === 0 && this.lines.length === 0;
  }
}

/** Field lines, a blank line, then the paragraphs, each followed by a blank line. */
export function withParagraphs(header: string[], paragraphs: string[]): string {
  return [...header, '', ...paragraphs.flatMap((p) => [p, ''])].join('\n');
}

/**
 * What a source field or a cited original says of the copy after the outlet's name: "(Marathi daily)", "(Print
 * edition)", "(online)", "(news portal)", "(TV channel)". The one edition-note pattern of the plain-text readers.
 */
const EDITION_NOTE = /\s*\([^)]*\b(?:edition|daily|weekly|monthly|newspaper|paper|magazine|print|online|web|e-?paper|portal|channel)\b[^)]*\)/i;

/** An outlet's name without the note on its edition that follows it ("The Gazette (Print edition)" -> "The Gazette"). */
export function withoutEditionNote(name: string): string {
  return name.replace(EDITION_NOTE, '').trim();
}

/** Of a chat's messages or a channel's posts, the one whose lines hold the most text (the first of equals): the story passed on. */
export function longestMessage<T>(messages: readonly T[], linesOf: (message: T) => readonly string[]): T {
  return messages.reduce((a, b) => (linesOf(b).join(' ').length > linesOf(a).join(' ').length ? b : a));
}
