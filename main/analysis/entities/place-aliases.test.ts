/** place-aliases.json is derived data: it must be what place-aliases-build.ts makes from the pinned packages. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ALIASES_FILE, buildPlaceAliases } from './place-aliases-build';

describe('place-aliases.json', () => {
  it('is up to date with the GeoNames data it is built from', () => {
    const committed = JSON.parse(readFileSync(ALIASES_FILE, 'utf8'));
    expect(committed).toEqual(buildPlaceAliases());
    const kyiv = committed.cities.find(([name]: [string]) => name === 'Kyiv');
    expect(kyiv[1]).toContain('Kiev');
  }, 30_000);
});
