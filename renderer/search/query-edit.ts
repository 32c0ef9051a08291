/**
 * Editing the query text from the UI: facet clicks add or remove filters (`source:"X"`,
 * `tag:X`, `after:YYYY before:YYYY`, `person:"X"`), suggestions replace the word being typed. Pure.
 * The query language is the one of shared/query.ts.
 */
export type FacetKind = 'source' | 'year' | 'tag' | EntityKind;
type EntityKind = 'person' | 'organization' | 'place';

/** The query field of each entity kind. */
export const ENTITY_FIELD: Record<EntityKind, string> = { person: 'person', organization: 'org', place: 'place' };

/** A field value, quoted when it holds spaces or syntax characters. */
export function quoteValue(value: string): string {
  if (/^[^\s"():]+$/.test(value)) return value;
  return `"${value.replace(/"/g, '')}"`;
}

/** The query filter a facet value stands for. */
export function facetFilter(kind: FacetKind, value: string): string {
  switch (kind) {
    case 'source':
      return `source:${quoteValue(value)}`;
    case 'tag':
      return `tag:${quoteValue(value)}`;
    case 'year':
      return `after:${value} before:${value}`;
    default:
      // Always quoted: the whole name, not any name with these words.
      return entityFilter(kind, value);
  }
}

/** The filter for one person, organisation or place: its whole name, quoted. */
export function entityFilter(kind: EntityKind, name: string): string {
  return `${ENTITY_FIELD[kind]}:"${name.replace(/["\u201c\u201d]/g, ' ').replace(/\s+/g, ' ').trim()}"`;
}

/** Position of `filter` in the query as whole words, or -1. */
function findFilter(query: string, filter: string): number {
  let from = 0;
  for (;;) {
    const at = query.indexOf(filter, from);
    if (at < 0) return -1;
    const before = at === 0 ? ' ' : query[at - 1]!;
    const after = at + filter.length >= query.length ? ' ' : query[at + filter.length]!;
    if (/\s/.test(before) && /\s/.test(after)) return at;
    from = at + 1;
  }
}

export function hasFilter(query: string, filter: string): boolean {
  return findFilter(query, filter) >= 0;
}

/** Add the filter, or remove it if the query already has it. */
export function toggleFilter(query: string, filter: string): string {
  const at = findFilter(query, filter);
  if (at >= 0) return `${query.slice(0, at)}${query.slice(at + filter.length)}`.replace(/\s{2,}/g, ' ').trim();
  const base = query.trim();
  return base ? `${base} ${filter}` : filter;
}

/** The word being typed at the end of the query (what suggestions complete). */
export function currentWord(query: string): string {
  const m = /(?:^|\s)(-?)((?:[a-z]+:)?(?:"[^"]*|[^\s"]*))$/i.exec(query);
  return m ? m[2]! : '';
}

/** Replace the word being typed with a suggestion, quoting multi-word values, and add a space. */
export function applySuggestion(query: string, suggestion: string): string {
  const word = currentWord(query);
  const head = query.slice(0, query.length - word.length);
  const field = /^([a-z]+:)/i.exec(suggestion) ? '' : (/^([a-z]+:)/i.exec(word)?.[1] ?? '');
  const body = suggestion.includes(':') || suggestion.startsWith('"') ? suggestion : /\s/.test(suggestion) ? `"${suggestion.replace(/"/g, '')}"` : suggestion;
  return `${head}${field}${body} `;
}
