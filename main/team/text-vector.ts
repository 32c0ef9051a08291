/**
 * An article's searchable form in PostgreSQL, built here in Node with the local engine's own
 * analysis (main/search/text-analysis.ts: the same tokens, stop words and stems), so a word
 * finds in the database exactly what it finds in a local library. PostgreSQL receives finished
 * `tsvector` literals and never applies a text-search configuration of its own.
 *
 * Three vectors per article:
 * - `tsv`: index terms (stems) of every field, weighted A title, B authors, C publisher,
 *   D body text and entities. GIN-indexed; answers unfielded words, prefixes and fuzzy words.
 * - `head`: the title, authors and publisher again (same weights), as index terms AND as exact
 *   lowercase tokens with accents folded (shared/fold.ts, as the local phrase check compares them) (prefixed `=`, stop words included). Small and stored inline; GIN-indexed;
 *   answers `title:` / `author:` / `source:` words and phrases, and title phrases.
 * - `words`: the body text as exact lowercase tokens (accents folded) at their positions, stop words included.
 *   Not indexed: it verifies `"phrases"` on the candidates the stems found. PostgreSQL keeps at
 *   most 256 positions per lexeme and positions up to 16383; a body beyond that gets no `words`
 *   (null) and its phrases are verified on the text itself (see query-sql.ts).
 * Fields are separated by a gap of positions so that no phrase runs from one into the next.
 */
import { foldAccents } from '../../shared/fold';
import { TermCache, tokenize } from '../search/text-analysis';

const terms = new TermCache();

/**
 * Bump when what a row is built from changes (tokens, stems, stop words, weights; the readers' text,
 * formats/index.ts READER_VERSION; the duplicate signature): rows with an older one are rebuilt by
 * `team push`. 2: reader version 2 (PDF, e-mail, MHT) and duplicate signatures (migration 002).
 * 3: reader version 3, accent folding (index terms and exact tokens), entities by kind (migration 003).
 */
export const SEARCH_VERSION = 3;

export const MAX_POSITION = 16383;
export const MAX_POSITIONS_PER_LEXEME = 256;
const FIELD_GAP = 2;

type Weight = 'A' | 'B' | 'C' | 'D';

export interface SearchableFields {
  title: string;
  authors: string[];
  publisher: string | null;
  text: string;
  /** Entity canonical names from the analysis (searchable words, like the local engine). */
  entities: string[];
}

export interface ArticleVectors {
  tsv: string;
  head: string;
  /** null when the body is too long for exact positions (phrases then check the text). */
  words: string | null;
}

const WEIGHT_SUFFIX = ['A', 'B', 'C', ''] as const;
const WEIGHT_CODE: Record<Weight, number> = { A: 0, B: 1, C: 2, D: 3 };

/** Accumulates lexeme -> positions (position * 4 + weight code) and writes a tsvector literal. */
class VectorBuilder {
  private readonly entries = new Map<string, number[]>();
  overflow = false;

  /** @param prefix written before every lexeme (the `=` of exact tokens), so keys stay the tokens themselves */
  constructor(private readonly prefix = '') {}

  add(lexeme: string, position: number, weight: Weight): void {
    let list = this.entries.get(lexeme);
    if (list === undefined) this.entries.set(lexeme, (list = []));
    if (list.length >= MAX_POSITIONS_PER_LEXEME || position > MAX_POSITION) {
      this.overflow = true;
      if (list.length >= MAX_POSITIONS_PER_LEXEME) return;
    }
    list.push(Math.min(position, MAX_POSITION) * 4 + WEIGHT_CODE[weight]);
  }

  literal(): string {
    let out = '';
    for (const [lexeme, positions] of this.entries) {
      if (out) out += ' ';
      out += quoteLexeme(this.prefix + lexeme) + ':';
      for (let i = 0; i < positions.length; i++) {
        const p = positions[i]!;
        out += (i ? ',' : '') + (p >> 2) + WEIGHT_SUFFIX[p & 3]!;
      }
    }
    return out;
  }
}

/** A lexeme quoted for tsvector/tsquery input: 'it''s' (tokens never hold quotes, but be safe). */
export function quoteLexeme(lexeme: string): string {
  return NEEDS_ESCAPE.test(lexeme) ? `'${lexeme.replace(/\\/g, '\\\\').replace(/'/g, "''")}'` : `'${lexeme}'`;
}
const NEEDS_ESCAPE = /['\\]/;

/** The exact-token lexeme of a lowercase token. */
export const exactLexeme = (token: string) => `=${token}`;

export function buildVectors(fields: SearchableFields): ArticleVectors {
  const tsv = new VectorBuilder();
  const head = new VectorBuilder();
  const headWords = new VectorBuilder('=');
  let position = 1;
  const field = (text: string, weight: Weight, intoHead: boolean) => {
    for (const token of tokenize(text)) {
      const term = terms.term(token);
      if (term !== null) {
        tsv.add(term, position, weight);
        if (intoHead) head.add(term, position, weight);
      }
      if (intoHead) headWords.add(foldAccents(token), position, weight);
      position++;
    }
    position += FIELD_GAP;
  };
  field(fields.title, 'A', true);
  for (const author of fields.authors) field(author, 'B', true);
  if (fields.publisher) field(fields.publisher, 'C', true);
  const words = new VectorBuilder('=');
  let wordPosition = 1;
  for (const token of tokenize(fields.text)) {
    const term = terms.term(token);
    if (term !== null) tsv.add(term, position, 'D');
    words.add(foldAccents(token), wordPosition++, 'D');
    position++;
  }
  position += FIELD_GAP;
  for (const entity of fields.entities) field(entity, 'D', false);
  return { tsv: tsv.literal(), head: `${head.literal()} ${headWords.literal()}`, words: words.overflow ? null : words.literal() };
}
