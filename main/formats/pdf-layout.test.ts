/** The geometry of PDF text, on made-up runs: lines, columns, paragraphs, running heads. */
import { describe, expect, it } from 'vitest';
import { readingOrder } from './pdf-columns';
import { removeRunningFurniture } from './pdf-furniture';
import { fragmentsOf, type TextRun } from './pdf-lines';
import { paragraphsOf, vocabularyOf } from './pdf-paragraphs';

const WIDTH = 6; // points per character, near enough for these tests
const run = (text: string, x: number, y: number, size = 10, rtl = false): TextRun => ({ text, x, y, width: text.length * WIDTH, size, rtl });

/** Lines of one column, 14 points apart, starting at `top`. */
function column(x: number, top: number, lines: string[]): TextRun[] {
  return lines.map((text, i) => run(text, x, top + i * 14));
}

describe('reading order', () => {
  it('reads three columns under a full-width headline column by column', () => {
    const runs = [
      run('A headline that spans the whole width of the page', 50, 60, 20),
      ...column(50, 120, ['left one', 'left two', 'left three']),
      ...column(250, 120, ['middle one', 'middle two', 'middle three']),
      ...column(450, 120, ['right one', 'right two']),
    ];
    const segments = readingOrder(fragmentsOf(runs));
    expect(segments.map((s) => s.lines.map((l) => l.text))).toEqual([
      ['A headline that spans the whole width of the page'],
      ['left one', 'left two', 'left three'],
      ['middle one', 'middle two', 'middle three'],
      ['right one', 'right two'],
    ]);
  });

  it('keeps a single column whole even where its lines have wide justified spaces', () => {
    const runs = [
      ...column(50, 100, ['a long line of plain body text that fills the column', 'another long line of plain body text in it']),
      // One justified line drawn word by word, with a gap wider than a word space.
      run('short', 50, 128),
      run('words', 95, 128),
      ...column(50, 142, ['and a last line that closes the paragraph here']),
    ];
    expect(readingOrder(fragmentsOf(runs)).map((s) => s.lines.map((l) => l.text))).toEqual([
      ['a long line of plain body text that fills the column', 'another long line of plain body text in it', 'short words', 'and a last line that closes the paragraph here'],
    ]);
  });

  it('reads right-to-left columns from the right', () => {
    const runs = [...column(300, 100, ['first column', 'first column']), ...column(50, 100, ['second column', 'second column'])].map((r) => ({ ...r, rtl: true }));
    expect(readingOrder(fragmentsOf(runs)).map((s) => s.lines[0]!.text)).toEqual(['first column', 'second column']);
  });
});

describe('paragraphs', () => {
  const build = (lines: string[][]) => {
    const pages = lines.map((col, i) => ({ page: i + 1, segments: readingOrder(fragmentsOf(column(50, 100, col))) }));
    return paragraphsOf(pages, { vocabulary: vocabularyOf(pages) }).map((p) => [p.text, p.page, p.endPage]);
  };

  it('ends a paragraph at a short line that ends a sentence, and goes on across a page that stops mid-sentence', () => {
    expect(
      build([
        ['The first paragraph is long enough to fill its', 'column and ends here.', 'The second one starts here and runs on to', 'the foot of the page without stopping at'],
        ['the page break, where it goes on.', 'A third paragraph that is long enough to fill', 'the column.'],
      ]),
    ).toEqual([
      ['The first paragraph is long enough to fill its column and ends here.', 1, 1],
      ['The second one starts here and runs on to the foot of the page without stopping at the page break, where it goes on.', 1, 2],
      ['A third paragraph that is long enough to fill the column.', 2, 2],
    ]);
  });
});

describe('running heads and page numbers', () => {
  it('drops text repeated at the top or foot of pages and lone page numbers, not the title above them', () => {
    const page = (n: number, extra: TextRun[]) => ({
      page: n,
      height: 800,
      fragments: fragmentsOf([
        ...extra,
        ...column(50, 200, ['Body text of the page that is not furniture at all.', 'More body text.']),
        run(n % 2 ? `Page ${n} of 3` : ['i', 'ii', 'iii'][n - 1]!, 280, 770, 9),
      ]),
    });
    const { pages, removed } = removeRunningFurniture([
      page(1, [run('Annual Review 2023', 50, 40, 24)]),
      page(2, [run('Annual Review 2023 · 2', 50, 40, 9)]),
      page(3, [run('Annual Review 2023 · 3', 50, 40, 9)]),
    ]);
    expect(pages.map((p) => p.fragments.map((f) => f.text))).toEqual([
      ['Annual Review 2023', 'Body text of the page that is not furniture at all.', 'More body text.'],
      ['Body text of the page that is not furniture at all.', 'More body text.'],
      ['Body text of the page that is not furniture at all.', 'More body text.'],
    ]);
    expect(removed).toEqual(['Annual Review 2023 · 2', 'Annual Review 2023 · 3']);
  });
});
