/**
 * Format-reader benchmark, for `npm run bench`. It times each reader on the sample article in three formats and
 * prints the ratio to a baseline measured in the same run (decoding the bytes and splitting paragraphs), so that
 * results compare across machines and loads; and a plain-text file built to be slow (one paragraph of 20,000 short
 * lines), against the same baseline on its own bytes: work that grows with the lines times the length shows as a
 * ratio in the thousands, where work that grows with the length stays near the sample's or below.
 * Needs the article's bytes: the caller reads the file (this module does no I/O).
 */
import { parseArticle } from './index';

export interface FormatBenchResult {
  name: string;
  msPerFile: number;
  /** msPerFile / baseline msPerFile (the baseline of the same bytes). */
  ratio: number;
}

function timePerCall(fn: () => unknown, minMs = 300, warmUps = 20): number {
  for (let i = 0; i < warmUps; i++) fn();
  let calls = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < minMs) {
    fn();
    calls++;
    elapsed = performance.now() - start;
  }
  return elapsed / calls;
}

/** Decoding the bytes and splitting paragraphs: what any reader does at the least. */
function baselineOf(bytes: Uint8Array, warmUps = 20): number {
  return timePerCall(() => new TextDecoder().decode(bytes).split(/\n\s*\n/), 300, warmUps);
}

/** A list of 20,000 short lines pasted without blank lines, then a sentence: one paragraph of 20,000 lines. */
export function manyShortLines(count = 20_000): Uint8Array {
  const sentence = 'The council said on Tuesday that the new bridge would open next spring.';
  const items = Array.from({ length: count }, (_, i) => `Item ${i + 1}`);
  return new TextEncoder().encode(['Bridge to open', '', sentence, '', ...items, sentence, ''].join('\n'));
}

/** Benchmarks the readers on one plain-text article (e.g. the sample library's WorldTribune story). */
export function benchFormats(sampleTxt: Uint8Array, log: (line: string) => void = console.log): FormatBenchResult[] {
  const text = new TextDecoder().decode(sampleTxt);
  const encoder = new TextEncoder();
  const paragraphs = text.split(/\n\s*\n/);
  const md = encoder.encode(`---\ntitle: ${JSON.stringify(paragraphs[0])}\ndate: 2023-02-23\n---\n\n${paragraphs.slice(1).join('\n\n')}`);
  const html = encoder.encode(
    `<!DOCTYPE html><html><head><title>${paragraphs[0]}</title><meta property="og:site_name" content="Site"></head><body>` +
      `<nav><a href="/">Home</a></nav><article><h1>${paragraphs[0]}</h1>${paragraphs.slice(1).map((p) => `<p>${p}</p>`).join('')}</article></body></html>`,
  );
  const lines = manyShortLines();

  const baseline = baselineOf(sampleTxt);
  const cases: [string, () => unknown][] = [
    ['txt', () => parseArticle(sampleTxt, 'sample.txt')],
    ['md', () => parseArticle(md, 'sample.md')],
    ['html (text only)', () => parseArticle(html, 'sample.html', { withHtml: false })],
    ['html (with sanitised html)', () => parseArticle(html, 'sample.html')],
  ];
  const results = cases.map(([name, fn]) => {
    const msPerFile = timePerCall(fn);
    return { name, msPerFile, ratio: msPerFile / baseline };
  });
  const linesBaseline = baselineOf(lines, 2);
  const linesMs = timePerCall(() => parseArticle(lines, 'many-lines.txt'), 1_000, 1);
  results.push({ name: 'txt, 20,000 short lines', msPerFile: linesMs, ratio: linesMs / linesBaseline });

  const report = [`formats: baseline (decode + split) ${(baseline * 1000).toFixed(1)} µs for ${sampleTxt.length} bytes, ${(linesBaseline * 1000).toFixed(1)} µs for the ${lines.length} bytes of 20,000 short lines`];
  for (const r of results) report.push(`formats: ${r.name.padEnd(28)} ${r.msPerFile.toFixed(3).padStart(9)} ms/file  ×${r.ratio.toFixed(0)} baseline`);
  for (const line of report) log(line);
  return results;
}
