/**
 * `dossier eval --web <folder> [<folder>...] [--verbose] [--json]`: scores the web-page reader on folders
 * of pages with expected metadata (see main/formats/testdata/README.md) and prints, per folder, title
 * exact match, date, author and publisher accuracy and main-text P/R/F1; --verbose lists every miss.
 */
import { scoreFolder, type PageScore, type WebSummary } from './web-score';

const pct = (x: number) => (x * 100).toFixed(1).padStart(6);
const f3 = (x: number) => x.toFixed(3).padStart(7);

export function runWebEval(args: string[]): number {
  const folders = args.filter((a) => !a.startsWith('--'));
  if (folders.length === 0) {
    process.stderr.write('usage: dossier eval --web <folder> [<folder>...] [--verbose] [--json]\n');
    return 2;
  }
  const results = folders.map((folder) => ({ folder, ...scoreFolder(folder) }));
  if (args.includes('--json')) {
    process.stdout.write(JSON.stringify(results.map((r) => ({ folder: r.folder, summary: r.summary })), null, 2) + '\n');
    return 0;
  }
  const out: string[] = ['Dossier web-page reader — expected metadata and text per page', ''];
  out.push(`${'folder'.padEnd(40)} ${'pages'.padStart(5)} ${'title%'.padStart(6)} ${'date%'.padStart(6)} ${'author%'.padStart(7)} ${'publ%'.padStart(6)} ${'text P'.padStart(7)} ${'R'.padStart(7)} ${'F1'.padStart(7)}`);
  for (const r of results) out.push(row(r.folder, r.summary));
  for (const r of results) {
    const misses = r.pages.filter((p) => !(p.titleOk && p.dateOk && p.authorsOk && p.publisherOk) || p.text.f1 < 0.95 || p.error);
    if (!misses.length || !args.includes('--verbose')) continue;
    out.push('', r.folder);
    for (const p of misses) out.push(...describe(p));
  }
  process.stdout.write(out.join('\n') + '\n');
  return 0;
}

function row(folder: string, s: WebSummary): string {
  return `${folder.slice(-40).padEnd(40)} ${String(s.pages).padStart(5)} ${pct(s.title)} ${pct(s.date)} ${pct(s.authors).padStart(7)} ${pct(s.publisher)} ${f3(s.textPrecision)} ${f3(s.textRecall)} ${f3(s.textF1)}`;
}

function describe(p: PageScore): string[] {
  const lines = [`  ${p.name}${p.error ? `  ERROR ${p.error}` : ''}`];
  const f = p.found;
  if (!f) return lines;
  if (!p.titleOk) lines.push(`    title     ${JSON.stringify(f.title)}  expected ${JSON.stringify(p.expected.title)}`);
  if (!p.dateOk) lines.push(`    date      ${f.publishedAt ?? 'none'}  expected ${p.expected.publishedAt ?? 'none'}`);
  if (!p.authorsOk) lines.push(`    authors   ${JSON.stringify(f.authors)}  expected ${JSON.stringify(p.expected.authors)}`);
  if (!p.publisherOk) lines.push(`    publisher ${JSON.stringify(f.publisher)}  expected ${JSON.stringify(p.expected.publisher)}`);
  if (p.text.f1 < 0.95) lines.push(`    text      P ${p.text.precision.toFixed(3)} R ${p.text.recall.toFixed(3)} F1 ${p.text.f1.toFixed(3)}`);
  return lines;
}
