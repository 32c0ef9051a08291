/**
 * Evaluates a parsed query against one shard: boolean structure, prefix/fuzzy expansion against
 * the shard's own term dictionary (with limits), phrases verified on the positional store,
 * field filters, dates and tags. Scores are MiniSearch's BM25 scores, summed over the parts that
 * match. Every intermediate result is a sorted DocScores list, so AND, OR and NOT are merges.
 */
import { foldAccents } from '../../shared/fold';
import type { QueryNode } from '../../shared/query';
import { type DocScores, filterDocs, intersect, NO_DOCS, subtract, union } from './doc-scores';
import { dayNumber } from './doc-table';
import { EntityMatcher } from './entity-table';
import { type IndexField, ShardIndex } from './shard';
import { stem } from './stem';
import type { ShardTags } from './tag-mirror';
import { foldedTokens, termOf, tokenize } from './text-analysis';

/**
 * A query as the shards see it. Tags live with the library, not in the index: the engine turns
 * `tag:` filters into the codes of the matching tag names (see tag-mirror.ts). Notes are not in
 * the index either: the engine turns `note:` words, and the notes side of plain words and phrases,
 * into the ids of the articles whose notes match (`ids`, with their scores; see note-matcher.ts).
 */
export type EvalNode =
  | Exclude<QueryNode, { kind: 'and' } | { kind: 'or' } | { kind: 'not' } | { kind: 'tag' } | { kind: 'note' }>
  | { kind: 'and'; children: EvalNode[] }
  | { kind: 'or'; children: EvalNode[] }
  | { kind: 'not'; child: EvalNode; position: number }
  | { kind: 'tag'; codes: number[] }
  | { kind: 'ids'; ids: string[]; scores: number[] };

/** Articles whose notes match a `note:` node, or a plain word or phrase (undefined: no notes to look in). */
export type NoteIds = (node: Extract<QueryNode, { kind: 'note' }>) => { ids: string[]; scores: number[] } | undefined;

/**
 * The engine's form of a parsed query: `tag:` filters become the codes of the tags they match;
 * `note:` words the articles whose notes match; a plain word or phrase matches the article or its notes.
 */
export function toEvalNode(node: QueryNode, tagCodes: (wanted: string) => number[], noteIds: NoteIds = () => undefined): EvalNode {
  switch (node.kind) {
    case 'and':
    case 'or':
      return { kind: node.kind, children: node.children.map((c) => toEvalNode(c, tagCodes, noteIds)) };
    case 'not':
      return { kind: 'not', child: toEvalNode(node.child, tagCodes, noteIds), position: node.position };
    case 'tag':
      return { kind: 'tag', codes: tagCodes(node.value.toLowerCase()) };
    case 'note': {
      const found = noteIds(node);
      return { kind: 'ids', ids: found?.ids ?? [], scores: found?.scores ?? [] };
    }
    case 'term':
    case 'phrase': {
      if (node.field !== null) return node;
      const found = noteIds({
        kind: 'note',
        text: node.text,
        match: node.kind === 'phrase' ? 'phrase' : node.match,
        distance: node.kind === 'term' ? node.distance : 0,
        position: node.position,
      });
      return found?.ids.length ? { kind: 'or', children: [node, { kind: 'ids', ids: found.ids, scores: found.scores }] } : node;
    }
    default:
      return node;
  }
}

const FIELD_OF: Record<'title' | 'author' | 'source', readonly IndexField[]> = {
  title: ['title'],
  author: ['authors'],
  source: ['publisher'],
};

/** How many dictionary terms a prefix or fuzzy word may expand to, per shard. */
function prefixLimit(length: number): number {
  return length <= 2 ? 12 : length === 3 ? 24 : 48;
}
const FUZZY_LIMIT = 16;

const isFilter = (n: EvalNode) => n.kind === 'not' || n.kind === 'date' || n.kind === 'tag' || n.kind === 'entity';

/** `person:`, `org:`, `place:` values to entity codes, for this thread's entities (see entity-table.ts). */
const entityMatcher = new EntityMatcher();

export class ShardQuery {
  constructor(
    private readonly shard: ShardIndex,
    /** Tag codes by short id (null: no article here has tags). */
    private readonly tags: ShardTags | null,
    /** Collects the index terms prefix/fuzzy words expanded to (for highlighting). */
    private readonly expanded: Set<string>,
  ) {}

  /** Matching documents and scores; null when the query only holds words that are ignored (stop words). */
  run(node: EvalNode): DocScores | null {
    return this.eval(node);
  }

  private eval(node: EvalNode): DocScores | null {
    switch (node.kind) {
      case 'term':
        return this.term(node);
      case 'phrase':
        return this.phrase(node.text, node.field);
      case 'and':
        return this.and(node.children);
      case 'or': {
        let acc: DocScores | null = null;
        for (const child of node.children) {
          const r = this.eval(child);
          if (r !== null) acc = acc === null ? r : union(acc, r);
        }
        return acc;
      }
      case 'not':
        return this.and([node]);
      case 'date':
      case 'tag':
      case 'entity':
        return this.filter(this.shard.allDocs(), node);
      case 'ids':
        return this.ids(node);
    }
  }

  /** The documents of this shard among the given ids, with the given scores. */
  private ids(node: Extract<EvalNode, { kind: 'ids' }>): DocScores {
    const found: [number, number][] = [];
    node.ids.forEach((id, i) => {
      const doc = this.shard.shortIdOf(id);
      if (doc !== undefined) found.push([doc, node.scores[i] ?? 0]);
    });
    found.sort((a, b) => a[0] - b[0]);
    return { docs: Int32Array.from(found, (f) => f[0]), scores: Float64Array.from(found, (f) => f[1]), length: found.length };
  }

  private and(children: EvalNode[]): DocScores | null {
    let acc: DocScores | null = null;
    for (const g of children) {
      if (isFilter(g)) continue;
      const r = this.eval(g);
      if (r === null) continue;
      acc = acc === null ? r : intersect(acc, r);
      if (acc.length === 0) return acc;
    }
    const filters = children.filter(isFilter);
    if (acc === null) {
      if (filters.length === 0) return null;
      acc = this.shard.allDocs();
    }
    // Cheap predicates first, exclusions (which evaluate a whole subquery) last.
    for (const f of filters) if (f.kind !== 'not') acc = this.filter(acc, f);
    for (const f of filters) {
      if (f.kind !== 'not' || acc.length === 0) continue;
      const excluded = this.eval(f.child);
      if (excluded !== null) acc = subtract(acc, excluded);
    }
    return acc;
  }

  private filter(acc: DocScores, f: EvalNode): DocScores {
    if (f.kind === 'date') {
      const { start, end } = this.shard.table;
      if (f.bound === 'after') {
        const from = dayNumber(f.start);
        return filterDocs(acc, (doc) => start[doc]! !== 0 && end[doc]! >= from);
      }
      const until = dayNumber(f.end);
      return filterDocs(acc, (doc) => start[doc]! !== 0 && start[doc]! <= until);
    }
    if (f.kind === 'entity') {
      const { mask, any } = entityMatcher.mask(f);
      if (!any) return NO_DOCS;
      const { entityCodes, entityFrom, entityTo } = this.shard.table;
      return filterDocs(acc, (doc) => {
        for (let i = entityFrom[doc]!, end = entityTo[doc]!; i < end; i++) if (mask[entityCodes[i]!] === 1) return true;
        return false;
      });
    }
    if (f.kind === 'tag') {
      const tags = this.tags;
      if (tags === null || f.codes.length === 0) return NO_DOCS;
      const wanted = new Set(f.codes);
      return filterDocs(acc, (doc) => {
        const own = tags.of(doc);
        if (own === undefined) return false;
        for (const code of own) if (wanted.has(code)) return true;
        return false;
      });
    }
    return acc;
  }

  private term(node: Extract<EvalNode, { kind: 'term' }>): DocScores | null {
    const tokens = tokenize(node.text);
    if (tokens.length === 0) return null;
    const fields = node.field ? FIELD_OF[node.field] : null;
    if (node.match === 'exact') {
      if (tokens.length > 1) return this.phrase(node.text, node.field);
      const t = termOf(tokens[0]!);
      return t === null ? null : this.shard.scoreTerms([t], 'OR', fields);
    }
    // Prefix or fuzzy apply to the last token; earlier ones (e.g. "covid-1*") must simply be present.
    const head = tokens.slice(0, -1).map(termOf).filter((t): t is string => t !== null);
    const last = foldAccents(tokens[tokens.length - 1]!);
    let expansions: string[];
    if (node.match === 'prefix') {
      expansions = this.shard.expandPrefix(last, prefixLimit(last.length), fields);
      const own = stem(last);
      if (this.shard.hasTerm(own) && !expansions.includes(own)) expansions.push(own);
    } else {
      const base = termOf(last) ?? last;
      expansions = this.shard.expandFuzzy(base, node.distance, FUZZY_LIMIT, fields);
    }
    for (const e of expansions) this.expanded.add(e);
    const scores = this.shard.scoreTerms(expansions, 'OR', fields);
    if (head.length === 0) return scores;
    return intersect(scores, this.shard.scoreTerms(head, 'AND', fields));
  }

  private phrase(text: string, field: 'title' | 'author' | 'source' | null): DocScores | null {
    const tokens = tokenize(text);
    if (tokens.length === 0) return null;
    const content = [...new Set(tokens.map(termOf).filter((t): t is string => t !== null))];
    const fields = field ? FIELD_OF[field] : null;
    const candidates = content.length > 0 ? this.shard.scoreTerms(content, 'AND', fields) : this.shard.allDocs();
    if (field === null) {
      const ids = this.shard.phraseIds(tokens);
      if (ids === null) return NO_DOCS;
      return this.shard.withPhrase(candidates, ids);
    }
    return filterDocs(candidates, (doc) => {
      const m = this.shard.meta.get(this.shard.idOf(doc) ?? '');
      if (!m) return false;
      const values = field === 'title' ? [m.title] : field === 'author' ? m.authors : m.publisher ? [m.publisher] : [];
      const folded = tokens.map(foldAccents);
      return values.some((v) => containsSequence(foldedTokens(v), folded));
    });
  }
}

export function containsSequence(haystack: string[], needle: string[]): boolean {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}
