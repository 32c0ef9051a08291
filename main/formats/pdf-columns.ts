/**
 * Reading order of a PDF page: finds column gutters and returns the page's text as segments, each a column
 * of lines to be read top to bottom, in the order a reader takes them. A page is cut into horizontal bands
 * at paragraph-sized gaps; neighbouring bands with the same gutters form one zone (a two-column article
 * under a full-width headline is two zones: the headline, then the columns), and each zone is read column
 * by column. Pure geometry.
 */
import type { Fragment } from './pdf-lines';

/** A line of one column: the fragments of one baseline in that column, joined. */
export interface Line {
  text: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
}

/** Lines read in one go: one column of one zone. */
export interface Segment {
  lines: Line[];
  /** The column's left and right edges (for indents and short lines). */
  left: number;
  right: number;
}

interface Gutter {
  x0: number;
  x1: number;
}

/** A vertical gap between rows wider than this many font sizes separates bands (normal leading is ~0.2–0.5). */
const BAND_GAP_EM = 0.7;
/** A gutter is at least this wide, in font sizes. */
const MIN_GUTTER_EM = 0.6;
/** Each side of a gutter needs this many fragments: two short lines side by side are not columns. */
const MIN_SIDE_FRAGMENTS = 2;

export function readingOrder(fragments: readonly Fragment[]): Segment[] {
  if (fragments.length === 0) return [];
  const bands = bandsOf(fragments);
  const segments: Segment[] = [];
  let zone: Fragment[] = [];
  let zoneGutters: Gutter[] = [];
  const flush = () => {
    if (zone.length > 0) segments.push(...readZone(zone, zoneGutters));
    zone = [];
    zoneGutters = [];
  };
  for (const band of bands) {
    const own = guttersOf(band);
    if (zone.length > 0 && own.length > 0 && zoneGutters.length > 0) {
      const together = guttersOf([...zone, ...band]);
      if (together.length > 0) {
        zone.push(...band);
        zoneGutters = together;
        continue;
      }
    }
    flush();
    zone = [...band];
    zoneGutters = own;
  }
  flush();
  return segments;
}

/** Fragments grouped into bands: runs of rows without a paragraph-sized vertical gap between them. */
function bandsOf(fragments: readonly Fragment[]): Fragment[][] {
  const sorted = [...fragments].sort((a, b) => a.y - b.y || a.x0 - b.x0);
  const bands: Fragment[][] = [];
  let band: Fragment[] = [];
  let bottom = -Infinity;
  for (const f of sorted) {
    const top = f.y - f.size;
    if (band.length > 0 && top - bottom > BAND_GAP_EM * f.size) {
      bands.push(band);
      band = [];
    }
    band.push(f);
    bottom = Math.max(bottom, f.y + f.size * 0.25);
  }
  if (band.length > 0) bands.push(band);
  return bands;
}

/**
 * Gutters of a set of fragments: vertical strips that no fragment crosses, with text on both sides that
 * overlaps vertically (columns stand side by side, not one above the other).
 */
export function guttersOf(fragments: readonly Fragment[]): Gutter[] {
  if (fragments.length < 2 * MIN_SIDE_FRAGMENTS) return [];
  // Coverage of the x axis, as sorted intervals merged where they overlap.
  const spans = fragments.map((f) => [f.x0, f.x1] as const).sort((a, b) => a[0] - b[0]);
  const sizes = fragments.map((f) => f.size).sort((a, b) => a - b);
  const typicalSize = sizes[Math.floor(sizes.length / 2)]!;
  const holes: Gutter[] = [];
  let reach = spans[0]![1];
  for (const [x0, x1] of spans.slice(1)) {
    if (x0 - reach >= MIN_GUTTER_EM * typicalSize) holes.push({ x0: reach, x1: x0 });
    reach = Math.max(reach, x1);
  }
  return holes.filter((g) => {
    const left = fragments.filter((f) => f.x1 <= g.x0);
    const right = fragments.filter((f) => f.x0 >= g.x1);
    if (left.length < MIN_SIDE_FRAGMENTS || right.length < MIN_SIDE_FRAGMENTS) return false;
    return verticalOverlap(left, right) > 0;
  });
}

function verticalOverlap(a: readonly Fragment[], b: readonly Fragment[]): number {
  // Loops rather than Math.min(...list): a page may hold tens of thousands of fragments.
  const range = (fs: readonly Fragment[]) => fs.reduce(([top, bottom], f) => [Math.min(top, f.y - f.size), Math.max(bottom, f.y)] as const, [Infinity, -Infinity] as const);
  const [a0, a1] = range(a);
  const [b0, b1] = range(b);
  return Math.min(a1, b1) - Math.max(a0, b0);
}

/** A zone read column by column (right to left for right-to-left scripts), each column top to bottom. */
function readZone(fragments: Fragment[], gutters: Gutter[]): Segment[] {
  const columns: Fragment[][] = Array.from({ length: gutters.length + 1 }, () => []);
  for (const f of fragments) {
    let k = 0;
    while (k < gutters.length && f.x0 >= gutters[k]!.x1 - 0.01) k++;
    f.column = k;
    columns[k]!.push(f);
  }
  const rtl = fragments.filter((f) => f.rtl).length > fragments.length / 2;
  if (rtl) columns.reverse();
  return columns.filter((c) => c.length > 0).map((c) => segmentOf(c, rtl));
}

function segmentOf(fragments: Fragment[], rtl: boolean): Segment {
  const sorted = [...fragments].sort((a, b) => a.y - b.y || a.x0 - b.x0);
  const lines: Line[] = [];
  let row: Fragment[] = [];
  const flush = () => {
    if (row.length === 0) return;
    // Pieces of one line cut apart by a wide (justified) space: back together, in reading order.
    row.sort((a, b) => (rtl ? b.x0 - a.x0 : a.x0 - b.x0));
    const size = row.reduce((s, f) => s + f.size * f.text.length, 0) / row.reduce((s, f) => s + f.text.length, 0);
    lines.push({
      text: row.map((f) => f.text).join(' '),
      x0: Math.min(...row.map((f) => f.x0)),
      x1: Math.max(...row.map((f) => f.x1)),
      y: row[0]!.y,
      size,
    });
    row = [];
  };
  for (const f of sorted) {
    const first = row[0];
    if (first && Math.abs(f.y - first.y) > 0.45 * Math.max(f.size, first.size)) flush();
    row.push(f);
  }
  flush();
  return { lines, left: lines.reduce((m, l) => Math.min(m, l.x0), Infinity), right: lines.reduce((m, l) => Math.max(m, l.x1), -Infinity) };
}
