import { describe, expect, it } from 'vitest';
import { DocTable } from './doc-table';

const meta = { start: '2024-01-02', end: '2024-01-02', publisher: 'Reuters' };

describe('DocTable entity runs', () => {
  it('keeps each document’s entity codes through replacements, compacting what replaced documents left', () => {
    const table = new DocTable();
    const positions = new Uint16Array(0);
    for (let round = 0; round < 400; round++) {
      for (let d = 0; d < 10; d++) table.set(d, `doc${d}`, positions, meta, Int32Array.from({ length: 20 }, (_, k) => round * 1000 + d * 20 + k));
    }
    for (let d = 0; d < 10; d++) expect([...table.entitiesOf(d)]).toEqual(Array.from({ length: 20 }, (_, k) => 399 * 1000 + d * 20 + k));
    // 400 rounds of 200 codes were written; the array holds a small multiple of the 200 live ones.
    expect(table.entityCodes.length).toBeLessThanOrEqual(2048);
    table.clear(3);
    expect(table.entitiesOf(3)).toHaveLength(0);
    table.set(3, 'doc3', positions, meta, undefined);
    expect(table.entitiesOf(3)).toHaveLength(0);
    expect([...table.entitiesOf(4)]).toHaveLength(20);
  });
});
