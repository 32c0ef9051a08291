/**
 * Relaxed entity scoring against MEANTIME-style gold: a system mention is right when it overlaps a gold
 * mention of the same kind. Gold spans are whole noun phrases and may nest, so both sides are counted
 * by overlap: precision over system mentions, recall over gold mentions. Gold `other` (products,
 * financial instruments) is neither right nor wrong: a system mention that overlaps only `other` gold is
 * not counted. Only what starts in [from, annotatedUntil) is scored.
 */
export interface GoldEntity {
  text: string;
  kind: 'person' | 'organization' | 'place' | 'other';
  start: number;
  end: number;
}

export interface SystemEntity {
  start: number;
  end: number;
  kind: 'person' | 'organization' | 'place';
  text?: string;
}

export interface Counts {
  /** System mentions that overlap a gold mention of the same kind. */
  truePositives: number;
  /** System mentions counted (not ignored). */
  system: number;
  /** Gold mentions found by a system mention of the same kind. */
  found: number;
  /** Gold mentions counted (not `other`). */
  gold: number;
}

export interface EntityScore {
  all: Counts;
  byKind: Record<'person' | 'organization' | 'place', Counts>;
  /** For inspection: system mentions counted wrong, gold mentions missed. */
  falsePositives: SystemEntity[];
  missed: GoldEntity[];
}

const KINDS = ['person', 'organization', 'place'] as const;

export function emptyCounts(): Counts {
  return { truePositives: 0, system: 0, found: 0, gold: 0 };
}

export function addCounts(a: Counts, b: Counts): Counts {
  return { truePositives: a.truePositives + b.truePositives, system: a.system + b.system, found: a.found + b.found, gold: a.gold + b.gold };
}

export function prf(c: Counts): { precision: number; recall: number; f1: number } {
  const precision = c.system ? c.truePositives / c.system : 0;
  const recall = c.gold ? c.found / c.gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

export function scoreEntities(gold: readonly GoldEntity[], system: readonly SystemEntity[], annotatedUntil: number, from = 0): EntityScore {
  const inRegion = (e: { start: number }) => e.start >= from && e.start < annotatedUntil;
  const goldIn = gold.filter(inRegion);
  const systemIn = system.filter(inRegion);
  const byKind = { person: emptyCounts(), organization: emptyCounts(), place: emptyCounts() };
  const falsePositives: SystemEntity[] = [];
  const missed: GoldEntity[] = [];
  for (const s of systemIn) {
    const touching = goldIn.filter((g) => overlaps(g, s));
    const right = touching.some((g) => g.kind === s.kind);
    const ignored = !right && touching.length > 0 && touching.every((g) => g.kind === 'other');
    if (ignored) continue;
    byKind[s.kind].system++;
    if (right) byKind[s.kind].truePositives++;
    else falsePositives.push(s);
  }
  for (const g of goldIn) {
    if (g.kind === 'other') continue;
    byKind[g.kind].gold++;
    if (systemIn.some((s) => s.kind === g.kind && overlaps(g, s))) byKind[g.kind].found++;
    else missed.push(g);
  }
  const all = KINDS.reduce((acc, k) => addCounts(acc, byKind[k]), emptyCounts());
  return { all, byKind, falsePositives, missed };
}
