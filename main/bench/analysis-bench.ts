/**
 * Analysis throughput: articles of about 5 KB per second on one core (this thread), for Dossier's analyze()
 * (time expressions, entities, quotes, events) against an out-of-the-box baseline measured in the same run:
 * compromise (people, organisations, places) + chrono-node (dates) on the same texts.
 * Articles are built from the bundled sample library's paragraphs, so the numbers reflect real news prose.
 * Target: at least 50 articles/s.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../analysis/index';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ARTICLE_BYTES = 5 * 1024;
const TARGET_PER_SECOND = 50;

export interface AnalysisBenchOptions {
  /** Articles per measured pass (default 150). */
  articles?: number;
}

export async function runAnalysisBench(options: AnalysisBenchOptions = {}): Promise<string> {
  const count = options.articles ?? 150;
  const articles = await buildArticles(count);
  const publishedAt = '2023-02-23';

  // Warm up both (gazetteers and compromise's lexicon load once; the JIT settles).
  const warm = articles.slice(0, 10);
  for (const text of warm) analyze({ text, publishedAt });
  const baseline = await loadBaseline();
  for (const text of warm) baseline(text, publishedAt);

  const ours = measure(() => {
    for (const text of articles) analyze({ text, publishedAt });
  });
  const theirs = measure(() => {
    for (const text of articles) baseline(text, publishedAt);
  });
  const oursRate = count / (ours / 1000);
  const theirsRate = count / (theirs / 1000);
  const kb = articles.reduce((a, t) => a + Buffer.byteLength(t), 0) / articles.length / 1024;
  return [
    'Analysis (one core, this thread; rates from CPU time)',
    `  articles: ${count} of ${kb.toFixed(1)} KB (paragraphs of the sample library)`,
    `  Dossier analyze():                 ${oursRate.toFixed(1).padStart(7)} articles/s  (${(ours / count).toFixed(2)} ms each)  target >= ${TARGET_PER_SECOND}: ${oursRate >= TARGET_PER_SECOND ? 'met' : 'NOT MET'}`,
    `  baseline compromise + chrono-node: ${theirsRate.toFixed(1).padStart(7)} articles/s  (${(theirs / count).toFixed(2)} ms each)`,
    `  ratio: ${(oursRate / theirsRate).toFixed(2)}x the baseline's throughput`,
  ].join('\n');
}

/** CPU time of this process in ms (user + system): a single-core measure that other busy processes on the machine do not inflate. */
function measure(run: () => void): number {
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

type Baseline = (text: string, publishedAt: string) => unknown;

async function loadBaseline(): Promise<Baseline> {
  const nlp = (await import('compromise')).default;
  const chrono = await import('chrono-node');
  return (text, publishedAt) => {
    const doc = nlp(text);
    const people = doc.people().out('array') as string[];
    const organizations = doc.organizations().out('array') as string[];
    const places = doc.places().out('array') as string[];
    const dates = chrono.parse(text, new Date(`${publishedAt}T12:00:00Z`));
    return people.length + organizations.length + places.length + dates.length;
  };
}

/** Articles of about 5 KB: paragraphs of the sample library's texts, taken in a rotating order. */
async function buildArticles(count: number): Promise<string[]> {
  const paragraphs: string[] = [];
  const root = path.join(REPO_ROOT, 'resources/sample-library');
  for (const folder of await fs.readdir(root, { withFileTypes: true })) {
    if (!folder.isDirectory()) continue;
    for (const name of (await fs.readdir(path.join(root, folder.name))).sort()) {
      if (!name.endsWith('.txt')) continue;
      const text = await fs.readFile(path.join(root, folder.name, name), 'utf8');
      for (const p of text.split(/\n\s*\n/).slice(2)) if (p.trim().length > 80) paragraphs.push(p.trim());
    }
  }
  if (paragraphs.length === 0) throw new Error('the sample library has no text to build benchmark articles from');
  const articles: string[] = [];
  let next = 0;
  for (let i = 0; i < count; i++) {
    const parts: string[] = [];
    let size = 0;
    while (size < ARTICLE_BYTES) {
      const p = paragraphs[(next += 7) % paragraphs.length]!;
      parts.push(p);
      size += Buffer.byteLength(p) + 2;
    }
    articles.push(parts.join('\n\n'));
  }
  return articles;
}
