/**
 * PDF text items -> lines. A PDF places runs of glyphs at coordinates and says nothing about lines,
 * columns or paragraphs; this module rebuilds the lines: runs on one baseline, in left-to-right order,
 * cut where a gap is wide enough to be a column gutter rather than a word space. Pure geometry, no pdf.js.
 *
 * Coordinates are those of the page as displayed: x to the right, y downwards, in points.
 */

/** A run of text as the PDF draws it, already turned upright (rotated pages straightened). */
export interface TextRun {
  text: string;
  /** Left edge and baseline. */
  x: number;
  y: number;
  width: number;
  /** Font size (glyph height) in points. */
  size: number;
  /** Right-to-left script (Arabic, Hebrew). */
  rtl?: boolean;
}

/** A piece of one line: runs on a shared baseline with no gutter-wide gap between them. */
export interface Fragment {
  text: string;
  x0: number;
  x1: number;
  /** Baseline. */
  y: number;
  size: number;
  rtl: boolean;
  /** Set by column detection: the column the fragment sits in, or -1 when it spans a gutter. */
  column?: number;
}

/** A gap wider than this many font sizes may be a column gutter (word spaces are about a quarter of one). */
const GUTTER_GAP_EM = 0.8;
/** A gap wider than this many font sizes between two runs is a word space. */
const SPACE_GAP_EM = 0.12;
/** Runs whose baselines differ by less than this share a line (superscripts sit about a third higher). */
const SAME_LINE_EM = 0.45;

/**
 * Groups runs into fragments. Runs are sorted top to bottom, grouped by baseline, then cut at wide gaps:
 * text in two columns on the same baseline becomes two fragments, which column detection then assigns.
 */
export function fragmentsOf(runs: readonly TextRun[]): Fragment[] {
  const usable = runs.filter((r) => r.text.trim() !== '' && r.size > 0 && Number.isFinite(r.x) && Number.isFinite(r.y));
  usable.sort((a, b) => a.y - b.y || a.x - b.x);
  const rows: TextRun[][] = [];
  let row: TextRun[] = [];
  let rowY = 0;
  let rowSize = 0;
  for (const run of usable) {
    if (row.length > 0 && Math.abs(run.y - rowY) <= SAME_LINE_EM * Math.max(run.size, rowSize)) {
      row.push(run);
      // The row's baseline is its main text's: superscripts (smaller) do not move it.
      if (run.size > rowSize) {
        rowY = run.y;
        rowSize = run.size;
      }
      continue;
    }
    if (row.length > 0) rows.push(row);
    row = [run];
    rowY = run.y;
    rowSize = run.size;
  }
  if (row.length > 0) rows.push(row);

  const fragments: Fragment[] = [];
  for (const r of rows) {
    r.sort((a, b) => a.x - b.x);
    let current: TextRun[] = [];
    const flush = () => {
      if (current.length > 0) fragments.push(fragmentOf(current));
      current = [];
    };
    for (const run of r) {
      const last = current[current.length - 1];
      if (last) {
        const gap = run.x - (last.x + last.width);
        if (gap > GUTTER_GAP_EM * Math.max(run.size, last.size)) flush();
      }
      current.push(run);
    }
    flush();
  }
  return fragments;
}

function fragmentOf(runs: TextRun[]): Fragment {
  let text = '';
  let x1 = -Infinity;
  // Size and baseline of the main text, weighted by characters: a superscript or a drop cap moves neither much.
  let sizeSum = 0;
  let chars = 0;
  let baseline = runs[0]!.y;
  let largest = 0;
  let rtlChars = 0;
  let prev: TextRun | undefined;
  for (const run of runs) {
    // Fake bold: some producers draw the same text twice, a fraction of a point apart.
    if (prev && run.text === prev.text && Math.abs(run.x - prev.x) < run.size * 0.2) continue;
    if (prev) text += joiner(prev, run, text);
    text += run.text;
    x1 = Math.max(x1, run.x + run.width);
    const n = run.text.length;
    if (run.size > largest) {
      largest = run.size;
      baseline = run.y;
    }
    sizeSum += run.size * n;
    chars += n;
    if (run.rtl) rtlChars += n;
    prev = run;
  }
  return { text: text.replace(/\s+/g, ' ').trim(), x0: runs[0]!.x, x1, y: baseline, size: sizeSum / chars, rtl: rtlChars > chars / 2 };
}

/** What goes between two runs of one fragment: a space for a visible gap, nothing for adjacent glyphs. */
function joiner(prev: TextRun, run: TextRun, textSoFar: string): string {
  if (/\s$/.test(textSoFar) || /^\s/.test(run.text)) return '';
  const gap = run.x - (prev.x + prev.width);
  return gap > SPACE_GAP_EM * Math.min(prev.size, run.size) ? ' ' : '';
}
