/**
 * Evaluates a parsed query against one shard: boolean structure, prefix/fuzzy expansion against
 * the shard's own term dictionary (with limits), phrases verified on the positional store,
 * field filters and dates. Scores are MiniSearch's BM25 scores, summed over the parts that match.
 */
import type { QueryNode } from '../../shared/query';
import { type IndexField, ShardIndex } from './shard';
import { stem } from './stem';
import { termOf, tokenize } from './text-analysis';

/** A query as the shards see it: tags are resolved by the engine (it owns no tags) into id sets. */
export type EvalNode =
  | Exclude<QueryNode, { kind: 'and' } | { kind: 'or' } | { kind: 'not' } | { kind: 'tag' }>
  | { kind: 'and'; children: EvalNode[] }
  | { kind: 'or'; children: EvalNode[] }
  | { kind: 'not'; child: EvalNode; position: number }
  | { kind: 'ids'; set: number };

/** Scores by document short id (MiniSearch's internal number for a document). */
type Scores = Map<number, number>;

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

export class ShardQuery {
  constructor(
    private readonly shard: ShardIndex,
    private readonly idSets: ReadonlySet<string>[],
    /** Collects the index terms prefix/fuzzy words expanded to (for highlighting). */
    private readonly expanded: Set<string>,
  ) {}

  /** Matching documents and scores; null when the query only holds words that are ignored (stop words). */
  run(node: EvalNode): Scores | null {
    return this.eval(node);
  }

  private all(): Scores {
    const out: Scores = new Map();
    for (const id of this.shard.shortIds()) out.set(id, 0);
    return out;
  }

  private eval(node: EvalNode): Scores | null {
    switch (node.kind) {
      case 'term':
        return this.term(node);
      case 'phrase':
        return this.phrase(node.text, node.field);
      case 'and':
        return this.and(node.children);
      case 'or': {
        let acc: Scores | null = null;
        for (const child of node.children) {
          const r = this.eval(child);
          if (r === null) continue;
          if (acc === null) acc = new Map(r);
          else for (const [id, s] of r) acc.set(id, (acc.get(id) ?? 0) + s);
        }
        return acc;
      }
      case 'not':
        return this.and([node]);
      case 'date':
      case 'ids':
        return this.filter(this.all(), node);
    }
  }

  private and(children: EvalNode[]): Scores | null {
    const generators: EvalNode[] = [];
    const filters: EvalNode[] = [];
    for (const c of children) (c.kind === 'not' || c.kind === 'date' || c.kind === 'ids' ? filters : generators).push(c);
    let acc: Scores | null = null;
    for (const g of generators) {
      const r = this.eval(g);
      if (r === null) continue;
      if (acc === null) {
        acc = r;
      } else {
        const [small, large]: [Scores, Scores] = acc.size <= r.size ? [acc, r] : [r, acc];
        const next: Scores = new Map();
        for (const [id, s] of small) {
          const t = large.get(id);
          if (t !== undefined) next.set(id, s + t);
        }
        acc = next;
      }
      if (acc.size === 0) return acc;
    }
    const exclusions: Scores[] = [];
    const predicates: EvalNode[] = [];
    for (const f of filters) {
      if (f.kind !== 'not') predicates.push(f);
      else {
        const excluded = this.eval(f.child);
        if (excluded !== null) exclusions.push(excluded);
      }
    }
    if (acc === null) {
      if (exclusions.length === 0 && predicates.length === 0) return null;
      acc = this.all();
    }
    for (const p of predicates) acc = this.filter(acc, p);
    for (const excluded of exclusions) {
      const kept: Scores = new Map();
      for (const [id, s] of acc) if (!excluded.has(id)) kept.set(id, s);
      acc = kept;
    }
    return acc;
  }

  private filter(acc: Scores, f: EvalNode): Scores {
    const out: Scores = new Map();
    if (f.kind === 'not') {
      const allowed = this.and([f]);
      if (allowed === null) return acc;
      for (const [id, s] of acc) if (allowed.has(id)) out.set(id, s);
    } else if (f.kind === 'ids') {
      const set = this.idSets[f.set]!;
      for (const [id, s] of acc) if (set.has(this.shard.idOf(id)!)) out.set(id, s);
    } else if (f.kind === 'date') {
      for (const [id, s] of acc) {
        const m = this.shard.meta.get(this.shard.idOf(id)!);
        if (!m || m.start === null || m.end === null) continue;
        if (f.bound === 'after' ? m.end >= f.start : m.start <= f.end) out.set(id, s);
      }
    } else {
      return acc;
    }
    return out;
  }

  private term(node: Extract<EvalNode, { kind: 'term' }>): Scores | null {
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
    const last = tokens[tokens.length - 1]!;
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
    const required = this.shard.scoreTerms(head, 'AND', fields);
    const out: Scores = new Map();
    for (const [id, s] of scores) {
      const r = required.get(id);
      if (r !== undefined) out.set(id, s + r);
    }
    return out;
  }

  private phrase(text: string, field: 'title' | 'author' | 'source' | null): Scores | null {
    const tokens = tokenize(text);
    if (tokens.length === 0) return null;
    const content = [...new Set(tokens.map(termOf).filter((t): t is string => t !== null))];
    const fields = field ? FIELD_OF[field] : null;
    const candidates = content.length > 0 ? this.shard.scoreTerms(content, 'AND', fields) : this.all();
    const out: Scores = new Map();
    if (field === null) {
      const ids = this.shard.phraseIds(tokens);
      if (ids === null) return out;
      for (const [id, s] of candidates) if (this.shard.hasPhrase(this.shard.idOf(id)!, ids)) out.set(id, s);
      return out;
    }
    for (const [id, s] of candidates) {
      const m = this.shard.meta.get(this.shard.idOf(id)!);
      if (!m) continue;
      const values = field === 'title' ? [m.title] : field === 'author' ? m.authors : m.publisher ? [m.publisher] : [];
      if (values.some((v) => containsSequence(tokenize(v), tokens))) out.set(id, s);
    }
    return out;
  }
}

export function containsSequence(haystack: string[], needle: string[]): boolean {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}
