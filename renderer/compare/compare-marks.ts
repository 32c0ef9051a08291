/**
 * Shared passages across up to six articles side by side. Pairwise alignment (shared/align.ts) finds what
 * two articles share; passages that overlap in one article are the same passage, so the pairs join into
 * passages shared by several articles ("shared with 4 outlets"). For the aligned layout, a chain of
 * passages in the same order in every article they appear in becomes rows: the text between two shared
 * passages fills the rows between them, so each shared passage stands level across the columns. Pure.
 */
import { alignPassages } from '../../shared/align';
import { UnionFind } from '../../shared/union-find';
import type { Mark } from '../text/segments';

export interface SharedMark extends Mark<'shared'> {
  /** The shared passage's id (index in `passages`). */
  data: string;
}

export interface PassagePart {
  column: number;
  start: number;
  end: number;
}

export interface SharedPassage {
  id: number;
  /** One part per column that has the passage, in column order. */
  parts: PassagePart[];
}

export interface CompareMarks {
  /** Marks per column. */
  columns: SharedMark[][];
  passages: SharedPassage[];
  /** Number of aligned pairs over all column pairs. */
  pairs: number;
}

export function compareMarks(texts: readonly string[]): CompareMarks {
  // Nodes: (column, range); overlapping ranges of one column are one node.
  const nodes: PassagePart[] = [];
  const sets = new UnionFind();
  const node = (column: number, start: number, end: number): number => {
    const found: number[] = [];
    nodes.forEach((n, i) => {
      if (n.column === column && n.start < end && start < n.end) found.push(i);
    });
    nodes.push({ column, start, end });
    const id = sets.add();
    for (const f of found) sets.unite(f, id);
    return id;
  };
  let pairs = 0;
  for (let i = 0; i < texts.length; i++) {
    for (let j = i + 1; j < texts.length; j++) {
      for (const p of alignPassages(texts[i]!, texts[j]!)) {
        pairs++;
        sets.unite(node(i, p.a[0], p.a[1]), node(j, p.b[0], p.b[1]));
      }
    }
  }
  const passages: SharedPassage[] = [];
  for (const list of sets.sets().map((set) => set.map((i) => nodes[i]!))) {
    const byColumn = new Map<number, PassagePart>();
    for (const n of list) {
      const part = byColumn.get(n.column);
      if (!part) byColumn.set(n.column, { ...n });
      else {
        part.start = Math.min(part.start, n.start);
        part.end = Math.max(part.end, n.end);
      }
    }
    if (byColumn.size < 2) continue;
    // A passage takes the quote marks and punctuation that close around it, so no row starts with a stray "”,".
    for (const part of byColumn.values()) {
      const text = texts[part.column]!;
      while (part.start > 0 && /[“"‘'(«]/.test(text[part.start - 1]!)) part.start--;
      while (part.end < text.length && /[”"’')\]».,;:!?]/.test(text[part.end]!)) part.end++;
    }
    passages.push({ id: passages.length, parts: [...byColumn.values()].sort((a, b) => a.column - b.column) });
  }
  // In reading order of the first column that has them.
  passages.sort((a, b) => a.parts[0]!.column - b.parts[0]!.column || a.parts[0]!.start - b.parts[0]!.start);
  passages.forEach((p, i) => (p.id = i));
  const columns: SharedMark[][] = texts.map(() => []);
  for (const p of passages) for (const part of p.parts) columns[part.column]!.push({ start: part.start, end: part.end, kind: 'shared', data: String(p.id) });
  return { columns, passages, pairs };
}

export function parsePassageId(data: string | undefined): number | null {
  return data !== undefined && /^\d+$/.test(data) ? Number(data) : null;
}

/** The next column after `column` (cycling) that has the passage, for "jump to the counterpart". */
export function nextPart(passage: SharedPassage, column: number): PassagePart | undefined {
  return passage.parts.find((p) => p.column > column) ?? passage.parts.find((p) => p.column !== column);
}

export interface AlignedRow {
  /** 'gap': each column's own text up to its next shared passage; 'shared': one shared passage. */
  kind: 'gap' | 'shared';
  passage: number | null;
  /** Per column: the range shown in this row (empty when the column has nothing here). */
  cells: { start: number; end: number }[];
}

/**
 * Rows that put each shared passage level across the columns. Passages are taken in the order of their
 * mean position; one that would go backwards in some article (told in another order there) is left out
 * of the chain and stays a mark inside the text.
 */
export function alignedRows(passages: readonly SharedPassage[], lengths: readonly number[]): AlignedRow[] {
  const position = (p: SharedPassage) => p.parts.reduce((n, part) => n + part.start / Math.max(1, lengths[part.column]!), 0) / p.parts.length;
  const ordered = [...passages].sort((a, b) => position(a) - position(b));
  const cursor = lengths.map(() => 0);
  const rows: AlignedRow[] = [];
  for (const p of ordered) {
    if (p.parts.some((part) => part.start < cursor[part.column]!)) continue;
    const gap = lengths.map((_, column) => {
      const part = p.parts.find((x) => x.column === column);
      return part ? { start: cursor[column]!, end: part.start } : { start: cursor[column]!, end: cursor[column]! };
    });
    if (gap.some((c) => c.end > c.start)) rows.push({ kind: 'gap', passage: null, cells: gap });
    const shared = lengths.map((_, column) => {
      const part = p.parts.find((x) => x.column === column);
      return part ? { start: part.start, end: part.end } : { start: cursor[column]!, end: cursor[column]! };
    });
    rows.push({ kind: 'shared', passage: p.id, cells: shared });
    for (const part of p.parts) cursor[part.column] = part.end;
  }
  const rest = lengths.map((length, column) => ({ start: cursor[column]!, end: length }));
  if (rest.some((c) => c.end > c.start)) rows.push({ kind: 'gap', passage: null, cells: rest });
  return rows;
}
