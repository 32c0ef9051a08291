/** Word tokens with offsets, as the entity and quote finders see them. */

export interface Token {
  text: string;
  lower: string;
  start: number;
  /** End of the word without a possessive ending ("Putin" in "Putin’s"). */
  end: number;
  /** End including the possessive ending. */
  fullEnd: number;
  possessive: boolean;
  /** Starts with an upper-case letter. */
  cap: boolean;
}

/** Abbreviations whose final period belongs to the word. */
const KEEP_PERIOD = new Set(['inc', 'corp', 'ltd', 'co', 'mr', 'mrs', 'ms', 'dr', 'jr', 'sr', 'st', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'capt', 'prof', 'rev', 'bros', 'plc', 'no']);

// A word: letters/digits joined by inner apostrophes, ampersands, periods or hyphens ("U.S", "AT&T", "Alder-Okafor", "O'Neill").
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:[’'&.\-][\p{L}\p{N}][\p{L}\p{N}\p{M}]*)*/gu;

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(text)) && m.index < to) {
    let word = m[0];
    const start = m.index;
    let fullEnd = start + word.length;
    if (fullEnd > to) break;
    // Keep the period of "U.S." and "Inc." as part of the word.
    if (text[fullEnd] === '.' && (/^(\p{L}\.)+\p{L}$/u.test(word) || KEEP_PERIOD.has(word.toLowerCase()) || word === 'Ing' || word === 'Engr' || /^\p{Lu}$/u.test(word))) {
      word += '.';
      fullEnd++;
    }
    let end = fullEnd;
    let possessive = false;
    const poss = /['’]s$/.exec(word);
    if (poss && word.length > 2) {
      end = fullEnd - 2;
      possessive = true;
      word = word.slice(0, -2);
    } else if (/s$/.test(word) && (text[fullEnd] === '’' || text[fullEnd] === "'") && !/\p{L}/u.test(text[fullEnd + 1] ?? '')) {
      // "Ferris' Garden Centre": plural possessive; the apostrophe is not part of the word.
      possessive = true;
      fullEnd++;
    }
    tokens.push({ text: word, lower: word.toLowerCase(), start, end, fullEnd, possessive, cap: /^\p{Lu}/u.test(word) });
  }
  return tokens;
}
