/**
 * Running headers, footers and page numbers: text in the top or bottom rows of a page that repeats on many
 * pages (digits aside: "Annual Report 2023 · 7"), or that is just a page number ("12", "- 12 -", "Page 3 of
 * 9", "iv"). They are taken out of the text, which would otherwise be cut every page by "Page 3 of 9".
 */
import type { Fragment } from './pdf-lines';

export interface PageFragments {
  page: number;
  height: number;
  fragments: Fragment[];
}

/** How many rows at the top and at the bottom of a page may hold running heads and feet. */
const EDGE_ROWS = 2;
/** ...and only within this share of the page height from its edge. */
const EDGE_SHARE = 0.15;
/** A running head repeats on at least this share of the pages (and on two at least). */
const REPEAT_SHARE = 0.4;

const ROMAN = '(?=[ivxlcdm])m{0,3}(?:cm|cd|d?c{0,3})(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})';
const PAGE_NUMBER = new RegExp(
  `^(?:(?:page|p\\.?|pg\\.?|seite|página|pagina|pag\\.)\\s*)?[-–—]?\\s*(?:\\d{1,4}|${ROMAN})\\s*[-–—]?(?:\\s*(?:of|/|de|von|sur|di)\\s*\\d{1,4})?$`,
  'i',
);

export interface FurnitureResult {
  pages: PageFragments[];
  /** The text taken out, one entry per distinct running head or foot (page numbers not included). */
  removed: string[];
}

export function removeRunningFurniture(pages: readonly PageFragments[]): FurnitureResult {
  // Running heads are set no larger than the text; larger lines at the top of a page are titles, even
  // when the running head repeats them.
  const maxSize = bodySizeOf(pages) * 1.15;
  const edgeOf = pages.map((p) => edgeFragments(p).filter((f) => f.size <= maxSize));
  const pagesWithKey = new Map<string, Set<number>>();
  edgeOf.forEach((edge, i) => {
    for (const f of edge) {
      const key = keyOf(f.text);
      if (key === '') continue;
      let set = pagesWithKey.get(key);
      if (!set) pagesWithKey.set(key, (set = new Set()));
      set.add(i);
    }
  });
  const needed = Math.max(2, Math.ceil(pages.length * REPEAT_SHARE));
  const removed = new Set<string>();
  const result = pages.map((p, i) => {
    const drop = new Set<Fragment>();
    for (const f of edgeOf[i]!) {
      if (PAGE_NUMBER.test(f.text.trim())) drop.add(f);
      else if ((pagesWithKey.get(keyOf(f.text))?.size ?? 0) >= needed) {
        drop.add(f);
        removed.add(f.text);
      }
    }
    return drop.size === 0 ? p : { ...p, fragments: p.fragments.filter((f) => !drop.has(f)) };
  });
  return { pages: result, removed: [...removed] };
}

/** Fragments of the first and last EDGE_ROWS rows of a page, if they lie near its top or bottom edge. */
function edgeFragments(page: PageFragments): Fragment[] {
  // Rows: fragments whose baselines are within two points of each other.
  const sorted = [...page.fragments].sort((a, b) => a.y - b.y);
  const rows: Fragment[][] = [];
  for (const f of sorted) {
    const row = rows[rows.length - 1];
    if (row && f.y - row[row.length - 1]!.y < 2) row.push(f);
    else rows.push([f]);
  }
  const top = rows.slice(0, EDGE_ROWS).filter((row) => row[0]!.y <= page.height * EDGE_SHARE);
  const bottom = rows.slice(Math.max(EDGE_ROWS, rows.length - EDGE_ROWS)).filter((row) => row[0]!.y >= page.height * (1 - EDGE_SHARE));
  return [...top, ...bottom].flat();
}

/** The most common font size, weighted by characters. */
function bodySizeOf(pages: readonly PageFragments[]): number {
  const chars = new Map<number, number>();
  for (const p of pages) for (const f of p.fragments) chars.set(Math.round(f.size * 2) / 2, (chars.get(Math.round(f.size * 2) / 2) ?? 0) + f.text.length);
  let best = 0;
  let size = Infinity;
  for (const [s, n] of chars) if (n > best) (best = n), (size = s);
  return size;
}

/** Text compared across pages: case, spacing and digits (page numbers, dates) do not count. */
function keyOf(text: string): string {
  return text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
}
