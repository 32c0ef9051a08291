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

/** Segments covering [from, to) exactly, in order; marks outside are ignored, partial ones clipped. */
export function segment<K extends string>(from: number, to: number, marks: readonly Mark<K>[]): Segment<K>[] {
  const inside = marks.filter((m) => m.end > from && m.start < to && m.end > m.start);
  const cuts = new Set<number>([from, to]);
  for (const m of inside) {
    cuts.add(Math.max(from, m.start));
    cuts.add(Math.min(to, m.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment<K>[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    if (end <= start) continue;
    out.push({ start, end, marks: inside.filter((m) => m.start <= start && m.end >= end) });
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
