/**
 * The sample article's gold events (main/testdata/gold/seed/) against the event candidates found.
 * A gold event is found when a candidate has the same calendar range and its date words are the cue's
 * ("on Thursday" -> "Thursday"); gold events with the same date are matched one to one, each to the candidate
 * whose sentence shares most words with the gold description.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Analysis, EventCandidate } from '../../../shared/analysis';
import { parseArticle } from '../../formats/index';
import { analyze } from '../index';
import { REPO_ROOT } from './corpus';

export const SEED_GOLD = path.join(REPO_ROOT, 'main/testdata/gold/seed/china-weighing-lethal-weaponry-for-russia.gold.json');

export interface SeedGoldEvent {
  date: string | [string, string];
  cue: string;
  what: string;
  actors: string[];
  place?: string;
}

export interface SeedGold {
  file: string;
  metadata: { title: string; publishedAt: string };
  events: SeedGoldEvent[];
  entities: { person: string[]; organization: string[]; place: string[] };
  quotes: { speaker: string; starts: string }[];
}

export interface SeedEventMatch {
  expected: SeedGoldEvent;
  found: EventCandidate | null;
}

export async function loadSeed(): Promise<{ gold: SeedGold; text: string; publishedAt: string | null; analysis: Analysis }> {
  const gold = JSON.parse(await fs.readFile(SEED_GOLD, 'utf8')) as SeedGold;
  const bytes = await fs.readFile(path.join(REPO_ROOT, 'resources/sample-library', gold.file));
  const parsed = parseArticle(new Uint8Array(bytes), path.basename(gold.file));
  const publishedAt = parsed.publishedAt?.value ?? null;
  const analysis = analyze({ text: parsed.text, publishedAt, title: parsed.title });
  return { gold, text: parsed.text, publishedAt, analysis };
}

export function matchSeedEvents(gold: readonly SeedGoldEvent[], events: readonly EventCandidate[]): SeedEventMatch[] {
  const used = new Set<EventCandidate>();
  return gold.map((expected) => {
    const [start, end] = Array.isArray(expected.date) ? expected.date : [expected.date, expected.date];
    const cueWords = expected.cue.toLowerCase();
    const candidates = events.filter(
      (e) => !used.has(e) && e.date.range.start === start && e.date.range.end === end && cueWords.includes(e.date.text.toLowerCase().replace(/^the\s+/, '')),
    );
    // Among same-date candidates prefer the one whose sentence shares most words with the gold description, then actors.
    const goldWords = contentWords(expected.what);
    const score = (e: EventCandidate) =>
      [...contentWords(e.sentence)].filter((w) => goldWords.has(w)).length + expected.actors.filter((a) => e.actors.includes(a)).length;
    const found = candidates.sort((a, b) => score(b) - score(a) || a.start - b.start)[0] ?? null;
    if (found) used.add(found);
    return { expected, found };
  });
}

function contentWords(s: string): Set<string> {
  return new Set((s.toLowerCase().match(/\p{L}{4,}/gu) ?? []).filter((w) => !['that', 'with', 'from', 'have', 'been', 'would', 'will', 'about'].includes(w)));
}
