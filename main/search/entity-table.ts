/**
 * The people, organisations and places of the index: each document's entities (canonical name
 * and kind, from the analysis) interned per thread to small numbers (codes). A document carries
 * its codes in an Int32Array (doc-table.ts); `person:`, `org:` and `place:` filters become a mask
 * over codes; facets and the library's entity list count codes, never strings.
 *
 * Names are compared with accents folded and case ignored, word by word: `person:"Janet Yellen"`
 * is the whole name, `person:yellen` any person whose name has the word, `person:yel*` a word
 * starting so.
 */
import type { EntityKind } from '../../shared/analysis';
import { foldedTokens } from './text-analysis';

export interface IndexEntity {
  kind: EntityKind;
  /** The analysis' canonical name. */
  name: string;
}

export const ENTITY_KINDS: readonly EntityKind[] = ['person', 'organization', 'place'];
const LETTER: Record<EntityKind, string> = { person: 'P', organization: 'O', place: 'L' };
const KIND_OF_LETTER: Record<string, EntityKind> = { P: 'person', O: 'organization', L: 'place' };

/** One string per entity: a kind letter (P, O, L) and the name. How shard files and hosts name them. */
export function entityKey(kind: EntityKind, name: string): string {
  return LETTER[kind] + name;
}

export function parseEntityKey(key: string): IndexEntity | null {
  const kind = KIND_OF_LETTER[key[0] ?? ''];
  return kind && key.length > 1 ? { kind, name: key.slice(1) } : null;
}

const nameKeys = new Map<string, string>();

/** How names are compared: lowercase, accents folded, words joined by one space. Memoised: names recur in every search's facets. */
export function nameKey(name: string): string {
  let key = nameKeys.get(name);
  if (key === undefined) {
    if (nameKeys.size >= 100_000) nameKeys.clear();
    key = foldedTokens(name).join(' ');
    nameKeys.set(name, key);
  }
  return key;
}

/** The entities this thread has seen, by code. Codes only grow (a thread's index is never shrunk). */
export class EntityDictionary {
  readonly keys: string[] = [];
  readonly kinds: EntityKind[] = [];
  /** Each code's kind as its index in ENTITY_KINDS (what hot loops read). */
  kindIndex = new Uint8Array(256);
  /** Each name's folded tokens (what filters compare). */
  readonly tokens: string[][] = [];
  private readonly codes = new Map<string, number>();

  get size(): number {
    return this.keys.length;
  }

  code(kind: EntityKind, name: string): number {
    return this.codeOfKey(entityKey(kind, name));
  }

  codeOfKey(key: string): number {
    let code = this.codes.get(key);
    if (code === undefined) {
      const entity = parseEntityKey(key);
      if (!entity) throw new Error(`not an entity key: ${JSON.stringify(key.slice(0, 40))}`);
      code = this.keys.length;
      // A copy: the key may be a slice of a large JSON text (a shard file) that would stay alive.
      const own = (' ' + key).slice(1);
      this.codes.set(own, code);
      this.keys.push(own);
      this.kinds.push(entity.kind);
      if (code >= this.kindIndex.length) {
        const grown = new Uint8Array(this.kindIndex.length * 2);
        grown.set(this.kindIndex);
        this.kindIndex = grown;
      }
      this.kindIndex[code] = ENTITY_KINDS.indexOf(entity.kind);
      this.tokens.push(foldedTokens(entity.name));
    }
    return code;
  }

  /** The distinct codes of a document's entities (undefined when it has none). */
  codesOf(entities: readonly IndexEntity[]): Int32Array | undefined {
    if (entities.length === 0) return undefined;
    const codes = new Set<number>();
    for (const e of entities) if (e.name.trim()) codes.add(this.code(e.kind, e.name));
    return codes.size ? Int32Array.from(codes) : undefined;
  }
}

/** This thread's dictionary (shared by all its shards, like the facet values of doc-table.ts). */
export const ENTITIES = new EntityDictionary();

export interface EntityFilterSpec {
  entity: EntityKind;
  value: string;
  /** The whole name (a quoted value) rather than words of it. */
  exact: boolean;
  /** The value's last word is a prefix. */
  prefix: boolean;
}

/** Whether a name (folded tokens) matches a filter's value (folded tokens). */
export function nameMatches(name: readonly string[], value: readonly string[], exact: boolean, prefix: boolean): boolean {
  const n = value.length;
  if (n === 0 || n > name.length || (exact && n !== name.length)) return false;
  const last = n - 1;
  outer: for (let start = 0; start + n <= name.length; start++) {
    for (let j = 0; j < n; j++) {
      const word = name[start + j]!;
      const ok = prefix && j === last ? word.startsWith(value[j]!) : word === value[j];
      if (!ok) continue outer;
    }
    return true;
  }
  return false;
}

const MAX_CACHED_FILTERS = 256;

/**
 * Which entity codes a filter matches, as a mask indexed by code. Cached per filter; codes added
 * to the dictionary since are checked on the next call only (typing `person:yel*` repeatedly
 * costs one pass over new names).
 */
export class EntityMatcher {
  private readonly cache = new Map<string, { scanned: number; mask: Uint8Array; any: boolean }>();

  constructor(private readonly dictionary: EntityDictionary = ENTITIES) {}

  mask(spec: EntityFilterSpec): { mask: Uint8Array; any: boolean } {
    const key = `${spec.entity}\u0000${spec.exact ? 1 : 0}${spec.prefix ? 1 : 0}\u0000${spec.value}`;
    let entry = this.cache.get(key);
    const d = this.dictionary;
    if (!entry) {
      if (this.cache.size >= MAX_CACHED_FILTERS) this.cache.clear();
      entry = { scanned: 0, mask: new Uint8Array(Math.max(64, d.size)), any: false };
      this.cache.set(key, entry);
    }
    if (entry.scanned < d.size) {
      if (entry.mask.length < d.size) {
        const grown = new Uint8Array(Math.max(d.size, entry.mask.length * 2));
        grown.set(entry.mask);
        entry.mask = grown;
      }
      const value = foldedTokens(spec.value);
      for (let code = entry.scanned; code < d.size; code++) {
        if (d.kinds[code] === spec.entity && nameMatches(d.tokens[code]!, value, spec.exact, spec.prefix)) {
          entry.mask[code] = 1;
          entry.any = true;
        }
      }
      entry.scanned = d.size;
    }
    return entry;
  }
}

/**
 * Sums [entity key, count] pairs from several hosts into one list per entity, most frequent
 * first. Spellings of one name that differ only by case or accents are one entity, shown as its
 * most frequent spelling.
 */
export function mergeEntityCounts(pairs: Iterable<readonly [string, number]>): { kind: EntityKind; name: string; count: number }[] {
  // By kind and compared name; `spellings` only when a second spelling turns up (rare).
  const merged = new Map<string, { kind: EntityKind; name: string; first: number; total: number; spellings: Map<string, number> | null }>();
  for (const [key, n] of pairs) {
    const kind = KIND_OF_LETTER[key[0] ?? ''];
    if (!kind || key.length < 2) continue;
    const name = key.slice(1);
    const id = key[0]! + nameKey(name);
    const m = merged.get(id);
    if (!m) merged.set(id, { kind, name, first: n, total: n, spellings: null });
    else {
      m.total += n;
      if (m.spellings === null && name === m.name) m.first += n;
      else {
        m.spellings ??= new Map([[m.name, m.first]]);
        m.spellings.set(name, (m.spellings.get(name) ?? 0) + n);
      }
    }
  }
  const out: { kind: EntityKind; name: string; count: number }[] = [];
  for (const m of merged.values()) {
    let name = m.name;
    if (m.spellings) {
      let best = -1;
      for (const [spelling, n] of m.spellings) if (n > best || (n === best && spelling < name)) [name, best] = [spelling, n];
    }
    out.push({ kind: m.kind, name, count: m.total });
  }
  return out.sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
