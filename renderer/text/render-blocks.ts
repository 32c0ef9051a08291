/**
 * The pieces an article's text is drawn in. A paragraph is one piece, unless it is very long (a
 * 5 MB file with no line breaks is one "paragraph"): then it is cut, at spaces, into pieces of about
 * MAX_BLOCK_CHARS that are drawn one after another as one paragraph, so that layout, highlighting
 * and virtual scrolling each deal with small pieces. Pure.
 */
import { blocksOf, type Block, type Mark } from './segments';

export const MAX_BLOCK_CHARS = 4000;

export interface RenderBlock extends Block {
  /** True for the second and later pieces of a cut paragraph: drawn without a paragraph gap before. */
  continued: boolean;
  /** True when the paragraph goes on in the next piece. */
  continues: boolean;
  /**
   * Paged documents (PDF), on a paragraph's first piece: "p. 4" where a new page begins, "pp. 4–5"
   * before a paragraph that runs across a page break, so a passage can be cited by page.
   */
  pageLabel: string | null;
}

/** A paragraph as the reader gets it: paged documents say which pages it is on. */
type PagedBlock = Block & { page?: number; endPage?: number };

/** Where to cut a piece starting at `start`: after a space in its last quarter if there is one, never inside a surrogate pair. */
function cutPoint(text: string, start: number, maxChars: number): number {
  const limit = start + maxChars;
  const space = text.lastIndexOf(' ', limit - 1);
  if (space >= limit - maxChars / 4) return space + 1;
  const code = text.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit;
}

export function renderBlocks(text: string, paragraphs: readonly PagedBlock[] | undefined, maxChars = MAX_BLOCK_CHARS): RenderBlock[] {
  const out: RenderBlock[] = [];
  let lastPage = 0;
  for (const block of blocksOf(text, paragraphs) as PagedBlock[]) {
    const { page } = block;
    const endPage = block.endPage ?? page;
    let pageLabel: string | null = null;
    if (page !== undefined && endPage !== undefined) {
      pageLabel = endPage > page ? `pp. ${page}–${endPage}` : page > lastPage ? `p. ${page}` : null;
      lastPage = Math.max(lastPage, endPage);
    }
    let start = block.start;
    while (block.end - start > maxChars) {
      const cut = cutPoint(text, start, maxChars);
      out.push({ start, end: cut, kind: block.kind, continued: start !== block.start, continues: true, pageLabel: start === block.start ? pageLabel : null });
      start = cut;
    }
    out.push({ start, end: block.end, kind: block.kind, continued: start !== block.start, continues: false, pageLabel: start === block.start ? pageLabel : null });
  }
  return out;
}

/**
 * The marks overlapping each block (blocks sorted and not overlapping). Each mark is placed by
 * binary search, so the work is O(marks × log blocks) plus what overlaps, never blocks × marks.
 */
export function marksByBlock<K extends string>(blocks: readonly Block[], marks: readonly Mark<K>[]): Mark<K>[][] {
  const out: Mark<K>[][] = blocks.map(() => []);
  for (const mark of marks) {
    if (mark.end <= mark.start) continue;
    // First block whose end is after the mark's start.
    let lo = 0;
    let hi = blocks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (blocks[mid]!.end <= mark.start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < blocks.length && blocks[i]!.start < mark.end; i++) out[i]!.push(mark);
  }
  return out;
}

/** The index of the block holding character `offset` (the last block when past the end; -1 when there are none). */
export function blockAt(blocks: readonly Block[], offset: number): number {
  let lo = 0;
  let hi = blocks.length - 1;
  if (hi < 0) return -1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (blocks[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
