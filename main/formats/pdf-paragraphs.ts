/**
 * Lines in reading order -> paragraphs. Within a column, a paragraph ends at a larger vertical gap, a change
 * of font size, a first-line indent, a list item, or a short line that ends a sentence. A paragraph cut by
 * the end of a column or a page goes on in the next one when its text plainly continues. Words hyphenated at
 * a line end are joined again, using the document's own vocabulary to tell "col-umn" from "well-known".
 */
import { JoinedLines } from './line-join';
import type { Line, Segment } from './pdf-columns';

export interface PageSegments {
  /** 1-based page number. */
  page: number;
  segments: Segment[];
}

export interface PdfParagraph {
  text: string;
  kind: 'body' | 'heading';
  page: number;
  endPage: number;
  /** Font size of the paragraph's text. */
  size: number;
  lines: Line[];
}

/** A gap this much wider than the document's usual line spacing starts a paragraph. */
const GAP_FACTOR = 1.35;
/** Font sizes differing by more than this fraction belong to different paragraphs. */
const SIZE_CHANGE = 0.12;
/** Text this much larger than the body text, and short, is a heading. */
const HEADING_FACTOR = 1.15;
const MAX_HEADING_CHARS = 200;
const SENTENCE_END = /[.!?…:;"”’»)\]]$/;
const LIST_ITEM = /^(?:[•▪◦‣●○■□–—*-]\s|\(?\d{1,2}[.)]\s|\(?[a-z][.)]\s)/;

export interface ParagraphOptions {
  /** Lowercased words (with and without inner hyphens) seen anywhere in the document. */
  vocabulary: ReadonlySet<string>;
}

/** The document's words, for telling line-end hyphenation from real hyphens. */
export function vocabularyOf(pages: readonly PageSegments[]): Set<string> {
  const words = new Set<string>();
  for (const p of pages) {
    for (const s of p.segments) {
      for (const l of s.lines) for (const m of l.text.toLowerCase().matchAll(/\p{L}+(?:-\p{L}+)*/gu)) words.add(m[0]);
    }
  }
  return words;
}

export function paragraphsOf(pages: readonly PageSegments[], options: ParagraphOptions): PdfParagraph[] {
  const stats = documentStats(pages);
  const out: PdfParagraph[] = [];
  // The text of each paragraph that has more than one line, set on it when all lines are in.
  const joined = new Map<PdfParagraph, JoinedLines>();
  const appendLine = (p: PdfParagraph, line: Line, page: number): void => {
    let text = joined.get(p);
    if (!text) joined.set(p, (text = new JoinedLines(p.text, options.vocabulary)));
    text.add(line.text);
    p.lines.push(line);
    p.endPage = page;
  };
  for (const { page, segments } of pages) {
    for (const segment of segments) {
      let current: PdfParagraph | null = null;
      let prev: Line | null = null;
      for (const line of segment.lines) {
        if (current && prev && !startsParagraph(prev, line, segment, stats)) {
          appendLine(current, line, page);
        } else {
          const continued: PdfParagraph | null = current === null ? continuationTarget(out, line, segment, stats) : null;
          if (continued) {
            appendLine(continued, line, page);
            current = continued;
          } else {
            current = { text: line.text, kind: 'body', page, endPage: page, size: line.size, lines: [line] };
            out.push(current);
          }
        }
        prev = line;
      }
    }
  }
  for (const [p, text] of joined) p.text = text.text;
  for (const p of out) {
    if (p.size >= stats.bodySize * HEADING_FACTOR && p.text.length <= MAX_HEADING_CHARS && !/[.!?]$/.test(p.text)) p.kind = 'heading';
  }
  return out;
}

interface Stats {
  /** The most common font size, weighted by characters. */
  bodySize: number;
  /** Usual baseline-to-baseline distance, in font sizes. */
  leading: number;
}

function documentStats(pages: readonly PageSegments[]): Stats {
  const sizeChars = new Map<number, number>();
  const ratios: number[] = [];
  for (const p of pages) {
    for (const s of p.segments) {
      let prev: Line | null = null;
      for (const l of s.lines) {
        const key = Math.round(l.size * 2) / 2;
        sizeChars.set(key, (sizeChars.get(key) ?? 0) + l.text.length);
        if (prev && Math.abs(prev.size - l.size) <= SIZE_CHANGE * l.size) {
          const ratio = (l.y - prev.y) / l.size;
          if (ratio > 0.5 && ratio < 4) ratios.push(ratio);
        }
        prev = l;
      }
    }
  }
  let bodySize = 10;
  let best = -1;
  for (const [size, chars] of sizeChars) if (chars > best) (best = chars), (bodySize = size);
  ratios.sort((a, b) => a - b);
  // The lower quartile: most consecutive lines are inside paragraphs, but in spaced layouts not overwhelmingly so.
  const leading = ratios.length > 0 ? ratios[Math.floor(ratios.length / 4)]! : 1.2;
  return { bodySize, leading };
}

function startsParagraph(prev: Line, line: Line, segment: Segment, stats: Stats): boolean {
  const size = Math.max(prev.size, line.size);
  if (Math.abs(prev.size - line.size) > SIZE_CHANGE * size) return true;
  const gap = (line.y - prev.y) / line.size;
  if (gap > stats.leading * GAP_FACTOR || gap < 0) return true;
  if (LIST_ITEM.test(line.text)) return true;
  const em = line.size;
  // First-line indent (and not the return from an indented first line to the margin).
  if (line.x0 > prev.x0 + 0.8 * em && line.x0 > segment.left + 0.8 * em) return true;
  // A line that stops well short of the column's edge and ends a sentence ends its paragraph.
  const shortBy = segment.right - prev.x1;
  if (shortBy > Math.max(4 * em, 0.2 * (segment.right - segment.left)) && SENTENCE_END.test(prev.text)) return true;
  return false;
}

/**
 * The paragraph the first line of a column goes on with, if it does: the last body paragraph (footnotes and
 * other small print at the foot of the page in between are passed over) when its text stops mid-sentence or
 * the new line starts in lower case, and the new line is not indented, a list item or of another size.
 */
function continuationTarget(out: PdfParagraph[], line: Line, segment: Segment, stats: Stats): PdfParagraph | null {
  for (let k = out.length - 1; k >= 0 && k >= out.length - 6; k--) {
    const p = out[k]!;
    const small = p.size < stats.bodySize * (1 - SIZE_CHANGE);
    if (small && Math.abs(line.size - p.size) > SIZE_CHANGE * p.size) continue;
    if (Math.abs(line.size - p.size) > SIZE_CHANGE * Math.max(line.size, p.size)) return null;
    if (LIST_ITEM.test(line.text)) return null;
    const lowerStart = /^\p{Ll}/u.test(line.text);
    const indented = line.x0 > segment.left + 0.8 * line.size;
    if (indented && !lowerStart) return null;
    const last = p.lines[p.lines.length - 1]!;
    return lowerStart || !SENTENCE_END.test(last.text) ? p : null;
  }
  return null;
}
