/**
 * Search as you type: while a query is being typed, its last word is read as a prefix, so the
 * results follow each keystroke ("sanctions chi" searches `sanctions chi*`, "person:yel" searches
 * `person:yel*`). Pure; the search box and the bench use it.
 *
 * A query is searched as typed when its last word cannot be a prefix: it ends with a space, a
 * closing quote or parenthesis, "*" or "~"; the word is OR or AND, shorter than MIN_PREFIX_LENGTH,
 * or a tag or date value (tag:region already covers region/…, a date is not a word).
 */
import { MIN_PREFIX_LENGTH, parseQuery } from './query';

/** Fields whose value is a word that may be a prefix. */
const PREFIX_FIELDS = new Set(['title', 'author', 'source', 'person', 'org', 'place']);
const ENDS_IN_WORD = /[\p{L}\p{N}]$/u;

export function typingQuery(text: string): string {
  if (!ENDS_IN_WORD.test(text)) return text;
  const start = Math.max(text.lastIndexOf(' '), text.lastIndexOf('\t'), text.lastIndexOf('\n'), text.lastIndexOf('('), text.lastIndexOf('\u00a0')) + 1;
  let word = text.slice(start).replace(/^-/, '');
  if (/["\u201c\u201d*~]/.test(word) || word === 'OR' || word === 'AND') return text;
  const field = /^([a-z]+):/i.exec(word);
  if (field) {
    if (!PREFIX_FIELDS.has(field[1]!.toLowerCase())) return text;
    word = word.slice(field[0].length);
  }
  if ([...word].length < MIN_PREFIX_LENGTH) return text;
  const prefixed = `${text}*`;
  // Inside an unclosed phrase, or anything else the parser would not read as a prefix: as typed.
  return parseQuery(prefixed).error ? text : prefixed;
}
