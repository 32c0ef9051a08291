/**
 * Speed of extractTimexes on 5 KB news articles (the sample library's articles cut into
 * 5 KB pieces), against chrono-node parsing the same texts in the same run.
 * Run: npx tsx main/analysis/time/bench.ts
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as chrono from 'chrono-node';
import { extractTimexes } from './index';

const library = fileURLToPath(new URL('../../../resources/sample-library/', import.meta.url));
const texts: string[] = [];
for (const folder of readdirSync(library, { withFileTypes: true })) {
  if (!folder.isDirectory()) continue;
  for (const file of readdirSync(`${library}${folder.name}`)) {
    if (file.endsWith('.txt')) texts.push(readFileSync(`${library}${folder.name}/${file}`, 'utf8'));
  }
}
const joined = texts.join('\n\n');
const articles: string[] = [];
for (let offset = 0; offset + 5000 <= joined.length; offset += 5000) articles.push(joined.slice(offset, offset + 5000));

/** CPU milliseconds per article (CPU time, so that other processes on a shared machine distort it less). */
function msPerArticle(parse: (text: string) => unknown, rounds: number): number {
  const started = process.cpuUsage();
  for (let round = 0; round < rounds; round++) for (const article of articles) parse(article);
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000 / (rounds * articles.length);
}

const ours = (text: string) => extractTimexes(text, { publishedAt: '2008-03-01' });
const referenceDate = new Date('2008-03-01T12:00:00Z');
const baseline = (text: string) => chrono.parse(text, referenceDate);
msPerArticle(ours, 3);
msPerArticle(baseline, 1);
const oursMs = msPerArticle(ours, 20);
const baselineMs = msPerArticle(baseline, 3);
console.log(
  `timexes: ${articles.length} articles of 5 KB — extractTimexes ${oursMs.toFixed(2)} CPU ms/article ` +
    `(${Math.round(1000 / oursMs)} articles/s), chrono-node ${baselineMs.toFixed(2)} ms/article; ratio ${(oursMs / baselineMs).toFixed(3)}`,
);
