/**
 * The matches of one shard while a query is evaluated: short ids in ascending order with their
 * scores, in two typed arrays. Boolean operators are merges of sorted lists, so evaluating a
 * query allocates a few arrays (outside the JS heap) instead of one Map entry per match —
 * no per-hit objects for the garbage collector, and linear time for AND, OR and NOT.
 */
export interface DocScores {
  /** Short ids, strictly ascending; only the first `length` entries are used. */
  readonly docs: Int32Array;
  readonly scores: Float64Array;
  readonly length: number;
}

export const NO_DOCS: DocScores = { docs: new Int32Array(0), scores: new Float64Array(0), length: 0 };

/** Documents in both; scores added. */
export function intersect(a: DocScores, b: DocScores): DocScores {
  const n = Math.min(a.length, b.length);
  if (n === 0) return NO_DOCS;
  const docs = new Int32Array(n);
  const scores = new Float64Array(n);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) {
    const x = a.docs[i]!;
    const y = b.docs[j]!;
    if (x === y) {
      docs[k] = x;
      scores[k++] = a.scores[i++]! + b.scores[j++]!;
    } else if (x < y) i++;
    else j++;
  }
  return { docs, scores, length: k };
}

/** Documents in either; scores added where both have them. */
export function union(a: DocScores, b: DocScores): DocScores {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  const docs = new Int32Array(a.length + b.length);
  const scores = new Float64Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length || j < b.length) {
    const x = i < a.length ? a.docs[i]! : Infinity;
    const y = j < b.length ? b.docs[j]! : Infinity;
    if (x === y) {
      docs[k] = x;
      scores[k++] = a.scores[i++]! + b.scores[j++]!;
    } else if (x < y) {
      docs[k] = x;
      scores[k++] = a.scores[i++]!;
    } else {
      docs[k] = y;
      scores[k++] = b.scores[j++]!;
    }
  }
  return { docs, scores, length: k };
}

/** Documents of `a` that are not in `b`; scores of `a`. */
export function subtract(a: DocScores, b: DocScores): DocScores {
  if (a.length === 0 || b.length === 0) return a;
  const docs = new Int32Array(a.length);
  const scores = new Float64Array(a.length);
  let j = 0;
  let k = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a.docs[i]!;
    while (j < b.length && b.docs[j]! < x) j++;
    if (j < b.length && b.docs[j] === x) continue;
    docs[k] = x;
    scores[k++] = a.scores[i]!;
  }
  return { docs, scores, length: k };
}

/** Documents of `a` for which `keep(doc)` holds. */
export function filterDocs(a: DocScores, keep: (doc: number) => boolean): DocScores {
  const docs = new Int32Array(a.length);
  const scores = new Float64Array(a.length);
  let k = 0;
  for (let i = 0; i < a.length; i++) {
    const doc = a.docs[i]!;
    if (!keep(doc)) continue;
    docs[k] = doc;
    scores[k++] = a.scores[i]!;
  }
  return { docs, scores, length: k };
}

/** The list as [doc, score] pairs (tests, debugging). */
export function entriesOf(a: DocScores): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < a.length; i++) out.push([a.docs[i]!, a.scores[i]!]);
  return out;
}
