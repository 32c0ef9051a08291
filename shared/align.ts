/**
 * Passage alignment for side-by-side reading: find the sentences and quotations two articles
 * share, even with small wording differences ("would" / "will", a dropped adjective, a
 * different attribution around the same quote). Pure: no DOM, no Node.
 *
 * Method: split each text into units (sentences, plus quotations inside them), normalise
 * their words (case, accents, curly quotes, plural "s"), and compare the sets of word
 * bigrams (pairs made only of stop words are ignored). A pair of units is a match when
 * enough bigrams are shared, measured both as Dice overlap (the units say about the same
 * thing) and as containment (one unit, e.g. a quote, sits inside the other). Matches are
 * taken greedily, best first, one-to-one, and each side is narrowed to the stretch of words
 * the two actually share.
 */

/** [start, end) in UTF-16 code units of the text. */
export type TextRange = [number, number];

export interface AlignedPassage {
  /** Range in the first text. */
  a: TextRange;
  /** Range in the second text. */
  b: TextRange;
  /** 0..1, higher is closer. */
  score: number;
}

export interface AlignOptions {
  /** Minimum number of shared word bigrams (default 4: about five words in a row). */
  minShared?: number;
  /** Minimum Dice overlap of bigram sets for two units to match (default 0.5). */
  minDice?: number;
  /** Minimum share of the smaller unit's bigrams found in the other (default 0.75). */
  minContainment?: number;
}

const ABBREVIATIONS = new Set(
  'mr mrs ms dr prof sen rep gov gen col lt sgt st jr sr inc ltd co corp vs etc no jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '),
);

/** Split text into sentence ranges (trimmed), also breaking at line breaks. */
export function splitSentences(text: string): TextRange[] {
  const ranges: TextRange[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) ranges.push([s, e]);
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n') {
      push(i);
      start = i + 1;
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    // Swallow closing quotes/brackets and repeated punctuation after the mark.
    let j = i + 1;
    while (j < text.length && /[.!?"”’')\]]/.test(text[j]!)) j++;
    if (j < text.length && !/\s/.test(text[j]!)) continue;
    // Next non-space must look like a sentence start.
    let k = j;
    while (k < text.length && text[k] === ' ') k++;
    if (k < text.length && !/[\p{Lu}\p{N}"“‘'(\n]/u.test(text[k]!)) continue;
    if (ch === '.') {
      const before = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, i - 12), i))?.[1] ?? '';
      const word = before.toLowerCase();
      if (ABBREVIATIONS.has(word) || /^\p{L}$/u.test(before) || /\p{L}\.\p{L}/u.test(before)) continue;
    }
    push(j);
    start = j;
    i = j - 1;
  }
  push(text.length);
  return ranges;
}

/** Quotations inside the text (“…”, "…"), at least `minWords` words long. */
export function quotedSpans(text: string, minWords = 5): TextRange[] {
  const ranges: TextRange[] = [];
  const re = /“([^”\n]+)”|"([^"\n]+)"/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const inner = m[1] ?? m[2] ?? '';
    if (inner.trim().split(/\s+/).length >= minWords) {
      const s = m.index + 1;
      ranges.push([s, s + inner.length]);
    }
  }
  return ranges;
}

const STOP = new Set(
  'a an the and or but of to in on at by for with from as is are was were be been being it its this that these those he she they we you i his her their our said says say will would has have had not no than then there which who whom what when where also into about after before over'.split(' '),
);

interface Token {
  word: string;
  start: number;
  end: number;
}

function tokenize(text: string, range: TextRange): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(range[0], range[1]);
  const re = /[\p{L}\p{N}]+/gu;
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    let word = m[0].normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
    if (word === 's' || word === 't') continue; // the tail of "China's" / "don't"
    if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) word = word.slice(0, -1);
    tokens.push({ word, start: range[0] + m.index, end: range[0] + m.index + m[0].length });
  }
  return tokens;
}

interface Unit {
  range: TextRange;
  tokens: Token[];
  /** bigram -> token indexes where it starts */
  bigrams: Map<string, number[]>;
}

function makeUnit(text: string, range: TextRange): Unit {
  const tokens = tokenize(text, range);
  const bigrams = new Map<string, number[]>();
  for (let i = 0; i + 1 < tokens.length; i++) {
    const w1 = tokens[i]!.word;
    const w2 = tokens[i + 1]!.word;
    if (STOP.has(w1) && STOP.has(w2)) continue;
    const key = `${w1} ${w2}`;
    const at = bigrams.get(key);
    if (at) at.push(i);
    else bigrams.set(key, [i]);
  }
  return { range, tokens, bigrams };
}

/**
 * The word bigrams alignment compares (normalised words; pairs of two stop words left out): two texts
 * sharing fewer than `minShared` of them cannot align, so this is a cheap test before `alignPassages`.
 */
export function wordBigrams(text: string): Set<string> {
  return new Set(makeUnit(text, [0, text.length]).bigrams.keys());
}

function units(text: string): Unit[] {
  const ranges = [...splitSentences(text), ...quotedSpans(text)];
  return ranges.map((r) => makeUnit(text, r)).filter((u) => u.bigrams.size > 0);
}

/** Narrow a unit to the words taking part in the shared bigrams, unless that is most of it. */
function narrow(unit: Unit, shared: string[]): TextRange {
  let first = Infinity;
  let last = -Infinity;
  for (const key of shared) {
    for (const i of unit.bigrams.get(key) ?? []) {
      first = Math.min(first, i);
      last = Math.max(last, i + 1);
    }
  }
  if (!Number.isFinite(first)) return unit.range;
  const s = unit.tokens[first]!.start;
  const e = unit.tokens[last]!.end;
  const length = unit.range[1] - unit.range[0];
  return e - s >= 0.85 * length ? unit.range : [s, e];
}

const overlaps = (x: TextRange, y: TextRange) => x[0] < y[1] && y[0] < x[1];

/** Pairs of passages the two texts share, ordered by position in `a`. */
export function alignPassages(a: string, b: string, options: AlignOptions = {}): AlignedPassage[] {
  const minShared = options.minShared ?? 4;
  const minDice = options.minDice ?? 0.5;
  const minContainment = options.minContainment ?? 0.75;
  const unitsA = units(a);
  const unitsB = units(b);

  const byBigram = new Map<string, number[]>();
  unitsB.forEach((u, j) => {
    for (const key of u.bigrams.keys()) {
      const list = byBigram.get(key);
      if (list) list.push(j);
      else byBigram.set(key, [j]);
    }
  });

  type Candidate = { i: number; j: number; score: number; shared: string[] };
  const candidates: Candidate[] = [];
  unitsA.forEach((ua, i) => {
    const sharedWith = new Map<number, string[]>();
    for (const key of ua.bigrams.keys()) {
      for (const j of byBigram.get(key) ?? []) {
        const list = sharedWith.get(j);
        if (list) list.push(key);
        else sharedWith.set(j, [key]);
      }
    }
    for (const [j, shared] of sharedWith) {
      if (shared.length < minShared) continue;
      const ub = unitsB[j]!;
      const dice = (2 * shared.length) / (ua.bigrams.size + ub.bigrams.size);
      const containment = shared.length / Math.min(ua.bigrams.size, ub.bigrams.size);
      if (dice < minDice && containment < minContainment) continue;
      candidates.push({ i, j, score: Math.max(dice, 0.9 * containment), shared });
    }
  });

  candidates.sort((x, y) => y.score - x.score || x.i - y.i || x.j - y.j);
  const taken: AlignedPassage[] = [];
  for (const c of candidates) {
    const ra = narrow(unitsA[c.i]!, c.shared);
    const rb = narrow(unitsB[c.j]!, c.shared);
    if (taken.some((t) => overlaps(t.a, ra) || overlaps(t.b, rb))) continue;
    taken.push({ a: ra, b: rb, score: Math.round(c.score * 1000) / 1000 });
  }
  return taken.sort((x, y) => x.a[0] - y.a[0]);
}
