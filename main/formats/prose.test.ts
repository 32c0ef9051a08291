import { describe, expect, it } from 'vitest';
import { isProse, isStoryLine } from './prose';

describe('prose among header lines', () => {
  it('takes a long sentence with words in lower case for prose, not a headline or a tagline of ten words', () => {
    expect(isProse('The council said on Tuesday that the bridge across the river would open to traffic next spring, after delays.')).toBe(true);
    expect(isProse('Bridge across the river to open next spring, the council says after two years of delays')).toBe(false);
    expect(isProse('The student paper of Harbourside High since 1990, written by its pupils.')).toBe(false);
  });

  it('takes any line longer than a header line for prose, however it ends', () => {
    expect(isProse(`${'Bridge '.repeat(30)}and more`)).toBe(true);
  });

  it('lets a closing quotation mark or bracket follow the stop', () => {
    expect(isProse('“The bridge will open to traffic next spring, after two years of delays,” the council said on Tuesday.”')).toBe(true);
    expect(isProse('The council said the bridge across the river would open next spring (after two years of delays.)')).toBe(true);
    expect(isProse('The council said the bridge across the river would open to traffic next spring, after two years of “delays”')).toBe(false);
  });
});

describe('the first line of a story under lines of fields', () => {
  it('is any sentence of ten words, or a long line', () => {
    expect(isStoryLine('The council said on Tuesday that the bridge would open.')).toBe(true);
    expect(isStoryLine('  The council said on Tuesday that the bridge would open.  ')).toBe(true);
    expect(isStoryLine('Source: The Harbour Gazette, print edition, page 4.')).toBe(false);
    expect(isStoryLine(`${'bridge '.repeat(24)}`)).toBe(true);
    expect(isStoryLine('The council said on Tuesday that the bridge would open next spring')).toBe(false);
    expect(isStoryLine('The council said on Tuesday that the bridge is “open to traffic”')).toBe(false);
    expect(isStoryLine('The council said on Tuesday that the bridge is “open to traffic.”')).toBe(true);
  });

  it('is stricter in a header: a sentence of ten words there may be a tagline', () => {
    const sentence = 'The council said on Tuesday that the bridge would open.';
    expect(isStoryLine(sentence)).toBe(true);
    expect(isProse(sentence)).toBe(false);
  });
});
