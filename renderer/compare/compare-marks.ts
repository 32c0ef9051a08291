/** Shared-passage marks for 2–3 articles side by side, from pairwise alignment. Pure. */
import { alignPassages } from '../../shared/align';
import type { Mark } from '../text/segments';

export interface SharedMark extends Mark<'shared'> {
  /** Column and start offset of the counterpart passage ("col:start"). */
  data: string;
}

export interface CompareMarks {
  /** Marks per column. */
  columns: SharedMark[][];
  /** Number of aligned pairs over all column pairs. */
  pairs: number;
}

export function compareMarks(texts: readonly string[]): CompareMarks {
  const columns: SharedMark[][] = texts.map(() => []);
  let pairs = 0;
  for (let i = 0; i < texts.length; i++) {
    for (let j = i + 1; j < texts.length; j++) {
      for (const p of alignPassages(texts[i]!, texts[j]!)) {
        pairs++;
        columns[i]!.push({ start: p.a[0], end: p.a[1], kind: 'shared', data: `${j}:${p.b[0]}` });
        columns[j]!.push({ start: p.b[0], end: p.b[1], kind: 'shared', data: `${i}:${p.a[0]}` });
      }
    }
  }
  return { columns, pairs };
}

export function parseTarget(data: string): { column: number; start: number } | null {
  const m = /^(\d+):(\d+)$/.exec(data);
  return m ? { column: Number(m[1]), start: Number(m[2]) } : null;
}
