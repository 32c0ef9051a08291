/**
 * Which way an underspecified expression ("on Wednesday", "in March") points from the
 * publication date: news reports the past unless a forward-looking verb governs it.
 * We look for the nearest tense cue in the clause, first to the left, then to the right.
 */
import type { Token } from './tokens';

export type Orientation = 'future' | 'past' | null;

const FUTURE_WORDS = new Set([
  'will', 'shall', 'upcoming', 'forthcoming', 'scheduled', 'slated', 'due', 'expected', 'planned', 'plans',
  'plan', 'planning', 'intends', 'intend', 'aims', 'hopes', 'next', 'tomorrow', 'until', 'till', 'soon', 'later',
  'begins', 'starts', 'opens', 'arrives', 'launches', 'ends', 'expires', 'takes', 'meets', 'heads', 'goes',
  // A present-tense copula next to a date is a schedule: "the funeral is on Monday", "the deadline is Friday".
  'is', 'are',
]);

const PAST_WORDS = new Set([
  'was', 'were', 'had', 'did', 'said', 'ago', 'last', 'yesterday', 'began', 'came', 'made', 'took', 'went', 'gave',
  'held', 'met', 'told', 'won', 'lost', 'left', 'saw', 'became', 'fell', 'rose', 'sold', 'bought', 'paid', 'spent',
  'wrote', 'spoke', 'found', 'got', 'brought', 'ran', 'hit', 'struck', 'flew', 'led', 'chose', 'drove', 'built',
  'sent', 'kept', 'felt', 'knew', 'thought', 'grew', 'shot', 'won', 'broke', 'stood', 'heard', 'meant', 'fought',
  'dealt', 'sought', 'began', 'earlier', 'previously', 'recently', 'since', 'died', 'been', 'has', 'have', 'begun',
  'gone', 'taken', 'given', 'seen', 'done', 'shown', 'written', 'spoken', 'chosen', 'fallen', 'risen', 'grown',
]);

/** Auxiliaries that make a following "to VERB" forward-looking ("is set to begin"). */
const FORWARD_BEFORE_TO = new Set(['set', 'due', 'going', 'expected', 'scheduled', 'slated', 'planned', 'plans', 'plan', 'aims', 'hopes', 'wants', 'is', 'are']);

function isBoundary(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  if (!token) return true;
  if (token.text === '!' || token.text === '?' || token.text === ';') return true;
  if (token.text !== '.') return false;
  // "U.S." and "Mr." do not end a clause.
  const before = tokens[index - 1];
  return !(before && before.kind === 'word' && (before.text.length === 1 || before.text === 'Mr' || before.text === 'Dr' || before.text === 'Inc'));
}

function cueOf(tokens: readonly Token[], index: number): Orientation {
  const token = tokens[index];
  if (!token || token.kind !== 'word') return null;
  const word = token.lower;
  if (FUTURE_WORDS.has(word)) return 'future';
  if (word === 'll' && tokens[index - 1]?.text === '\'') return 'future';
  if (word === 'to') {
    const before = tokens[index - 1];
    if (before && FORWARD_BEFORE_TO.has(before.lower)) return 'future';
    return null;
  }
  if (PAST_WORDS.has(word)) return 'past';
  if (word.length > 4 && word.endsWith('ed') && !word.endsWith('eed')) {
    // A participle after "be" ("will be shipped", "is to be held") takes its tense from the auxiliary.
    const before = tokens[index - 1]?.lower;
    if (before === 'be' || before === 'being') return null;
    return 'past';
  }
  return null;
}

const WINDOW = 16;

export function orientation(tokens: readonly Token[], from: number, to: number): Orientation {
  for (let index = from - 1, steps = 0; index >= 0 && steps < WINDOW; index--, steps++) {
    const token = tokens[index];
    if (!token) break;
    if (isBoundary(tokens, index)) break;
    const cue = cueOf(tokens, index);
    if (cue) return cue;
    if (token.newline) break;
  }
  for (let index = to, steps = 0; index < tokens.length && steps < WINDOW; index++, steps++) {
    const token = tokens[index];
    if (!token || isBoundary(tokens, index) || token.newline) break;
    const cue = cueOf(tokens, index);
    if (cue) return cue;
  }
  return null;
}
