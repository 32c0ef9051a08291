/**
 * The user's notes, searchable. Notes change far more often than articles and without the article
 * changing, so they are not in the shards (that would mean re-indexing an article, and re-saving its
 * shard, on every keystroke saved): like tags, they belong to the library's data and are mirrored
 * here, in the main thread, from the notes store (the service feeds `set` on every change, including
 * hand edits the watcher reports). At query time the engine asks which articles' notes match each
 * word or phrase and hands the shards those ids (query-eval `ids` nodes): `note:` looks in notes
 * only, a plain word or phrase in the article or its notes.
 *
 * Words are analysed as the index analyses text (text-analysis.ts), so `sanction` finds
 * "sanctions" in a note as it does in an article. Scores are BM25 over the notes, on the scale of
 * the index's text field.
 */
import { withinEditDistance } from '../../shared/edit-distance';
import { containsSequence } from './query-eval';
import { stem } from './stem';
import { termOf, tokenize } from './text-analysis';

export interface NoteQuery {
  text: string;
  match: 'exact' | 'prefix' | 'fuzzy' | 'phrase';
  distance: number;
}

/** Articles whose notes match, with a score each (parallel arrays). */
export interface NoteMatches {
  ids: string[];
  scores: number[];
}

export const NO_NOTE_MATCHES: NoteMatches = { ids: [], scores: [] };

interface NoteDoc {
  tokens: string[];
  terms: Map<string, number>;
}

const K1 = 1.2;
const B = 0.7;

export class NoteMatcher {
  private readonly docs = new Map<string, NoteDoc>();
  private totalLength = 0;
  private version = 0;

  /** Changes whenever any note changed. */
  get revision(): number {
    return this.version;
  }

  get size(): number {
    return this.docs.size;
  }

  /** The searchable text of an article's notes ('' or no texts: it has none). */
  set(articleId: string, texts: readonly string[]): void {
    this.remove(articleId);
    const tokens = tokenize(texts.filter(Boolean).join('\n'));
    if (!tokens.length) return;
    const terms = new Map<string, number>();
    for (const token of tokens) {
      const term = termOf(token);
      if (term) terms.set(term, (terms.get(term) ?? 0) + 1);
    }
    this.docs.set(articleId, { tokens, terms });
    this.totalLength += tokens.length;
    this.version++;
  }

  remove(articleId: string): void {
    const old = this.docs.get(articleId);
    if (!old) return;
    this.docs.delete(articleId);
    this.totalLength -= old.tokens.length;
    this.version++;
  }

  /** The articles whose notes match one word or phrase of a query. */
  match(query: NoteQuery): NoteMatches {
    if (this.docs.size === 0) return NO_NOTE_MATCHES;
    const tokens = tokenize(query.text);
    if (!tokens.length) return NO_NOTE_MATCHES;
    if (query.match === 'phrase' || (query.match === 'exact' && tokens.length > 1)) return this.phrase(tokens);
    const head = tokens.slice(0, -1).map(termOf).filter((t): t is string => t !== null);
    const last = tokens[tokens.length - 1]!;
    let wanted: (term: string) => boolean;
    if (query.match === 'prefix') {
      const own = stem(last);
      wanted = (term) => term.startsWith(last) || term === own;
    } else if (query.match === 'fuzzy') {
      const base = termOf(last) ?? last;
      wanted = (term) => withinEditDistance(term, base, query.distance);
    } else {
      const term = termOf(last);
      if (term === null) return NO_NOTE_MATCHES; // a stop word: ignored, as the index ignores it
      wanted = (t) => t === term;
    }
    return this.score((doc) => head.every((h) => doc.terms.has(h)), wanted);
  }

  private phrase(tokens: string[]): NoteMatches {
    const content = tokens.map(termOf).filter((t): t is string => t !== null);
    if (!content.length) {
      // Only stop words ("to be or not to be"): no term to score, the sequence itself decides.
      const ids = [...this.docs].filter(([, doc]) => containsSequence(doc.tokens, tokens)).map(([id]) => id);
      return { ids, scores: ids.map(() => 1) };
    }
    return this.score(
      (doc) => containsSequence(doc.tokens, tokens),
      (term) => content.includes(term),
    );
  }

  /** BM25 of the matching terms in the documents `keep` accepts. */
  private score(keep: (doc: NoteDoc) => boolean, wanted: (term: string) => boolean): NoteMatches {
    const matches: { id: string; doc: NoteDoc; terms: [string, number][] }[] = [];
    for (const [id, doc] of this.docs) {
      if (!keep(doc)) continue;
      const terms = [...doc.terms].filter(([term]) => wanted(term));
      if (terms.length) matches.push({ id, doc, terms });
    }
    const n = this.docs.size;
    const average = this.totalLength / n;
    const documentFrequency = new Map<string, number>();
    for (const m of matches) for (const [term] of m.terms) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
    const ids: string[] = [];
    const scores: number[] = [];
    for (const m of matches) {
      let score = 0;
      for (const [term, tf] of m.terms) {
        const df = documentFrequency.get(term)!;
        const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
        score += idf * ((tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * m.doc.tokens.length) / average)));
      }
      ids.push(m.id);
      scores.push(score);
    }
    return { ids, scores };
  }
}
