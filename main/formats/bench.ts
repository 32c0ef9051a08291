/**
 * Format-reader benchmark, for `npm run bench` (the CLI's bench command can call it). It times each reader on
 * the sample article in three formats and prints the ratio to a baseline measured in the same run (decoding
 * the bytes and splitting paragraphs), so that results compare across machines and loads.
 * Needs the article's bytes: the caller reads the file (this module does no I/O).
 */
import { parseArticle } from './index';

export interface FormatBenchResult {
  name: string;
  msPerFile: number;
  /** msPerFile / baseline msPerFile. */
  ratio: number;
}

function timePerCall(fn: () => unknown, minMs = 300): number {
  for (let i = 0; i < 20; i++) fn();
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

  const baseline = timePerCall(() => new TextDecoder().decode(sampleTxt).split(/\n\s*\n/));
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
  log(`formats: baseline (decode + split) ${(baseline * 1000).toFixed(1)} µs for ${sampleTxt.length} bytes`);
  for (const r of results) log(`formats: ${r.name.padEnd(28)} ${r.msPerFile.toFixed(3)} ms/file  ×${r.ratio.toFixed(0)} baseline`);
  return results;
}
