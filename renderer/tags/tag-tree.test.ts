import { describe, it, expect } from 'vitest';
import { displayTag, inheritedColor, tagTree } from './tag-tree';

describe('tagTree', () => {
  it('inserts implicit parents, sorts siblings and sums counts below', () => {
    const rows = tagTree([
      { name: 'region/china', color: null, count: 3 },
      { name: 'Important', color: '#ff0000', count: 1 },
      { name: 'region/russia', color: null, count: 2 },
      { name: 'region/china/beijing', color: null, count: 1 },
    ]);
    expect(rows.map((r) => [r.name, r.depth, r.count, r.total, r.implicit])).toEqual([
      ['Important', 0, 1, 1, false],
      ['region', 0, 0, 6, true],
      ['region/china', 1, 3, 4, false],
      ['region/china/beijing', 2, 1, 1, false],
      ['region/russia', 1, 2, 2, false],
    ]);
    expect(rows[3]!.label).toBe('beijing');
  });

  it('inherits the nearest ancestor colour', () => {
    const byName = new Map([
      ['region', { color: '#00ff00' }],
      ['region/china', { color: null }],
    ]);
    expect(inheritedColor('region/china/beijing', byName)).toBe('#00ff00');
    expect(inheritedColor('other', byName)).toBeNull();
    const rows = tagTree([
      { name: 'region', color: '#00ff00', count: 0 },
      { name: 'region/china', color: null, count: 1 },
    ]);
    expect(rows[1]!.color).toBe('#00ff00');
  });

  it('displays the hierarchy', () => {
    expect(displayTag('region/china')).toBe('region › china');
  });
});
