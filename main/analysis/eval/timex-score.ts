/**
 * Scoring of temporal expressions against gold annotations (TempEval-3 style).
 *
 * scoreTimexes returns raw counts so an eval runner can sum them over files and compute
 * the scores once (micro-average) with timexScores:
 * - relaxed extraction: a system span matches a gold span when they overlap (one-to-one);
 * - strict extraction: identical offsets;
 * - value: among relaxed matches, identical TIMEX3 value; value F1 counts those as true positives;
 * - type: among relaxed matches, identical type; type F1 likewise.
 * Only spans starting before `annotatedUntil` count (the annotated region of a MEANTIME file).
 */

export interface ScoredTimex {
  start: number;
  end: number;
  type: string;
  value: string;
}

export interface Span {
  start: number;
  end: number;
}

export interface TimexCounts {
  gold: number;
  system: number;
  /** One-to-one overlapping pairs. */
  relaxed: number;
  /** Pairs with identical offsets. */
  strict: number;
  /** Relaxed pairs with the same value. */
  value: number;
  /** Relaxed pairs with the same type. */
  type: number;
}

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}

export interface TimexScores {
  relaxed: PRF;
  strict: PRF;
  value: PRF & { accuracy: number };
  type: PRF & { accuracy: number };
  counts: TimexCounts;
}

export function emptyCounts(): TimexCounts {
  return { gold: 0, system: 0, relaxed: 0, strict: 0, value: 0, type: 0 };
}

export function addCounts(a: TimexCounts, b: TimexCounts): TimexCounts {
  return {
    gold: a.gold + b.gold,
    system: a.system + b.system,
    relaxed: a.relaxed + b.relaxed,
    strict: a.strict + b.strict,
    value: a.value + b.value,
    type: a.type + b.type,
  };
}

function overlap(a: Span, b: Span): number {
  return Math.min(a.end, b.end) - Math.max(a.start, b.start);
}

function inside(span: Span, region: Span): boolean {
  return span.start < region.end && span.end > region.start;
}

export interface ScoreOptions {
  /** System spans to disregard because the gold does not annotate there (e.g. a corpus file's date line). */
  ignore?: readonly Span[];
}

/** One-to-one pairing of gold and system time expressions by overlap (exact spans first, then larger overlap, then closer starts). */
export function pairTimexes<G extends ScoredTimex, S extends ScoredTimex>(
  gold: readonly G[],
  system: readonly S[],
  annotatedUntil: number,
  options: ScoreOptions = {},
): { gold: G[]; system: S[]; pairs: { gold: G; system: S; exact: boolean }[]; missed: G[]; spurious: S[] } {
  const ignore = options.ignore ?? [];
  const inRegion = (timex: ScoredTimex) => timex.start < annotatedUntil && !ignore.some((region) => inside(timex, region));
  const goldIn = gold.filter(inRegion);
  const systemIn = system.filter(inRegion);
  const candidates: { g: number; s: number; exact: boolean; overlap: number; distance: number }[] = [];
  goldIn.forEach((g, gi) => {
    systemIn.forEach((s, si) => {
      const shared = overlap(g, s);
      if (shared > 0) {
        candidates.push({ g: gi, s: si, exact: g.start === s.start && g.end === s.end, overlap: shared, distance: Math.abs(g.start - s.start) });
      }
    });
  });
  candidates.sort((a, b) => Number(b.exact) - Number(a.exact) || b.overlap - a.overlap || a.distance - b.distance);
  const usedGold = new Set<number>();
  const usedSystem = new Set<number>();
  const pairs: { gold: G; system: S; exact: boolean }[] = [];
  for (const pair of candidates) {
    if (usedGold.has(pair.g) || usedSystem.has(pair.s)) continue;
    usedGold.add(pair.g);
    usedSystem.add(pair.s);
    pairs.push({ gold: goldIn[pair.g] as G, system: systemIn[pair.s] as S, exact: pair.exact });
  }
  return {
    gold: goldIn,
    system: systemIn,
    pairs,
    missed: goldIn.filter((_, i) => !usedGold.has(i)),
    spurious: systemIn.filter((_, i) => !usedSystem.has(i)),
  };
}

export function scoreTimexes(
  gold: readonly ScoredTimex[],
  system: readonly ScoredTimex[],
  annotatedUntil: number,
  options: ScoreOptions = {},
): TimexCounts {
  const paired = pairTimexes(gold, system, annotatedUntil, options);
  const counts = { ...emptyCounts(), gold: paired.gold.length, system: paired.system.length };
  for (const { gold: g, system: s, exact } of paired.pairs) {
    counts.relaxed++;
    if (exact) counts.strict++;
    if (g.value === s.value) counts.value++;
    if (g.type === s.type) counts.type++;
  }
  return counts;
}

function prf(truePositives: number, system: number, gold: number): PRF {
  const precision = system === 0 ? 0 : truePositives / system;
  const recall = gold === 0 ? 0 : truePositives / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

export function timexScores(counts: TimexCounts): TimexScores {
  return {
    relaxed: prf(counts.relaxed, counts.system, counts.gold),
    strict: prf(counts.strict, counts.system, counts.gold),
    value: { ...prf(counts.value, counts.system, counts.gold), accuracy: counts.relaxed === 0 ? 0 : counts.value / counts.relaxed },
    type: { ...prf(counts.type, counts.system, counts.gold), accuracy: counts.relaxed === 0 ? 0 : counts.type / counts.relaxed },
    counts,
  };
}

const DATE_LINE = /^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},\s+\d{4}\s*$/;

/**
 * The date line of a corpus article file (title line, blank line, "March 1, 2008", body...).
 * MEANTIME does not annotate it, and in the app it is metadata rather than article text,
 * so an evaluation passes it as `ignore`. Null when the file has no date line.
 */
export function corpusDateLine(raw: string): Span | null {
  let offset = 0;
  let seenTitle = false;
  for (const line of raw.split('\n')) {
    const start = offset;
    offset += line.length + 1;
    if (line.trim() === '') continue;
    if (!seenTitle) {
      seenTitle = true;
      continue;
    }
    return DATE_LINE.test(line.trim()) ? { start, end: start + line.length } : null;
  }
  return null;
}
