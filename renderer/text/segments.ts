/**
 * Cutting a stretch of text into pieces by overlapping marks (search hits, entities, quotes,
 * aligned passages), so that each piece knows every mark covering it. Pure.
 */
export interface Mark<K extends string = string> {
  start: number;
  end: number;
  kind: K;
  /** Optional payload, e.g. an entity's canonical name or the id of an aligned passage. */
  data?: string;
}

export interface Segment<K extends string = string> {
  start: number;
  end: number;
  marks: Mark<K>[];
}

/**
 * Segments covering [from, to) exactly, in order; marks outside are ignored, partial ones clipped.
 * One sweep over the sorted mark edges, so a stretch with many marks costs O(k log k), not O(k²).
 */
export function segment<K extends string>(from: number, to: number, marks: readonly Mark<K>[]): Segment<K>[] {
  const inside = marks.filter((m) => m.end > from && m.start < to && m.end > m.start);
  const edges: { at: number; mark: Mark<K>; opens: boolean }[] = [];
  for (const m of inside) {
    edges.push({ at: Math.max(from, m.start), mark: m, opens: true });
    edges.push({ at: Math.min(to, m.end), mark: m, opens: false });
  }
  edges.sort((a, b) => a.at - b.at);
  const out: Segment<K>[] = [];
  // Marks covering the current piece, in the order they were given (so classes keep their order).
  const order = new Map(inside.map((m, i) => [m, i]));
  const active = new Set<Mark<K>>();
  let at = from;
  let e = 0;
  while (at < to) {
    for (; e < edges.length && edges[e]!.at <= at; e++) {
      const edge = edges[e]!;
      if (edge.opens) active.add(edge.mark);
      else active.delete(edge.mark);
    }
    const next = e < edges.length ? Math.min(edges[e]!.at, to) : to;
    const covering = active.size ? [...active].sort((a, b) => order.get(a)! - order.get(b)!) : [];
    out.push({ start: at, end: next, marks: covering });
    at = next;
  }
  return out;
}

/** Ranges as [start, end) tuples -> marks of one kind. */
export function rangesToMarks<K extends string>(ranges: readonly (readonly [number, number])[], kind: K): Mark<K>[] {
  return ranges.map(([start, end]) => ({ start, end, kind }));
}

export interface Block {
  start: number;
  end: number;
  kind: 'body' | 'heading' | 'quote';
}

/** Paragraph blocks of a text: the article's own paragraphs if it has them, else blank-line splits. */
export function blocksOf(text: string, paragraphs: readonly Block[] | undefined): Block[] {
  if (paragraphs && paragraphs.length > 0) return [...paragraphs];
  const out: Block[] = [];
  const re = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].trim()) out.push({ start: m.index, end: m.index + m[0].length, kind: 'body' });
  }
  return out;
}
