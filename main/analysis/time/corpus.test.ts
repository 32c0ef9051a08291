/**
 * Accuracy on the MEANTIME articles of the sample library against their gold annotations.
 * The extractor runs over each whole file (title, date line, body) anchored to the gold publication
 * date; the date line is metadata and unannotated, so it is ignored; only the annotated region counts.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { addCounts, corpusDateLine, emptyCounts, scoreTimexes, timexScores, type ScoredTimex, type TimexCounts } from '../eval/timex-score';
import { extractTimexes } from './index';

const repo = (path: string) => fileURLToPath(new URL(`../../../${path}`, import.meta.url));

interface Gold {
  publishedAt: string | null;
  timexes: ScoredTimex[];
  annotatedUntil: number;
}

function scoreFolder(folder: string): TimexCounts {
  const goldDir = repo(`main/testdata/gold/${folder}`);
  let counts = emptyCounts();
  for (const file of readdirSync(goldDir).filter((name) => name.endsWith('.gold.json'))) {
    const gold = JSON.parse(readFileSync(`${goldDir}/${file}`, 'utf8')) as Gold;
    const raw = readFileSync(repo(`resources/sample-library/${folder}/${file.replace('.gold.json', '.txt')}`), 'utf8');
    const system = extractTimexes(raw, { publishedAt: gold.publishedAt });
    const dateLine = corpusDateLine(raw);
    counts = addCounts(counts, scoreTimexes(gold.timexes, system, gold.annotatedUntil, { ignore: dateLine ? [dateLine] : [] }));
  }
  return counts;
}

describe('timexes on the MEANTIME corpus copies', () => {
  const airbus = scoreFolder('meantime-airbus');
  const apple = scoreFolder('meantime-apple');
  const all = timexScores(addCounts(airbus, apple));

  it('covers both folders', () => {
    expect(airbus.gold).toBeGreaterThan(50);
    expect(apple.gold).toBeGreaterThan(50);
  });

  it('reaches relaxed extraction F1 >= 0.90', () => {
    expect(all.relaxed.f1).toBeGreaterThanOrEqual(0.9);
  });

  it('reaches value F1 >= 0.80', () => {
    expect(all.value.f1).toBeGreaterThanOrEqual(0.8);
  });
});
