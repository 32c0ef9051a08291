import { describe, expect, it } from 'vitest';
import { withinEditDistance } from './edit-distance';

describe('withinEditDistance', () => {
  it('counts insertions, deletions and substitutions up to the limit', () => {
    expect(withinEditDistance('sargsyan', 'sargsian', 1)).toBe(true);
    expect(withinEditDistance('hovhannisyan', 'hovhannisian', 2)).toBe(true);
    expect(withinEditDistance('roe', 'doe', 0)).toBe(false);
    expect(withinEditDistance('kitten', 'sitting', 2)).toBe(false);
    expect(withinEditDistance('kitten', 'sitting', 3)).toBe(true);
  });
});
