import { describe, expect, it } from 'vitest';
import { JoinedLines, joinLines } from './line-join';

describe('joinLines', () => {
  it('joins hyphenated words unless the document writes them with the hyphen', () => {
    const vocabulary = new Set(['well-known', 'column']);
    expect(joinLines('a col-', 'umn of text', vocabulary)).toBe('a column of text');
    expect(joinLines('a well-', 'known fact', vocabulary)).toBe('a well-known fact');
    expect(joinLines('an unusual infra-', 'structure', vocabulary)).toBe('an unusual infrastructure');
    expect(joinLines('the Franco-', 'German border', vocabulary)).toBe('the Franco-German border');
    expect(joinLines('soft\u00ad', 'ware', vocabulary)).toBe('software');
    expect(joinLines('1990–', '2000', vocabulary)).toBe('1990–2000');
    expect(joinLines('东京', '大学', vocabulary)).toBe('东京大学');
    expect(joinLines('end', 'start', vocabulary)).toBe('end start');
  });
});

/** The lines joined one after the other, each onto the whole text so far: what JoinedLines must give. */
function joinedOneByOne(lines: string[], vocabulary: ReadonlySet<string>): string {
  return lines.slice(1).reduce((text, line) => joinLines(text, line, vocabulary), lines[0]!);
}

function joinedLines(lines: string[], vocabulary: ReadonlySet<string>): JoinedLines {
  const text = new JoinedLines(lines[0]!, vocabulary);
  for (const line of lines.slice(1)) text.add(line);
  return text;
}

describe('JoinedLines', () => {
  const vocabulary = new Set(['well-known', 'column', 'co-operate']);

  it('gives what joining each line onto the whole text gives', () => {
    const cases = [
      ['The report on the', 'new col-', 'umn and a well-', 'known co-', 'operate clause.'],
      ['Dates: 1990–', '2000 and', 'and/', 'or'],
      ['东京', '大学', 'の', '研究'],
      // A soft hyphen taken off with nothing after it: the text's end goes back to what came before.
      ['a –\u00ad\u00ad', '', '', 'x'],
      ['ab-\u00ad', '', 'cd'],
      ['𝐀𝐁-', 'cd', '', '\u00ad', ''],
    ];
    for (const lines of cases) expect(joinedLines(lines, vocabulary).text).toBe(joinedOneByOne(lines, vocabulary));
  });

  it('keeps the last word whole and the character after it as the end', () => {
    const text = joinedLines(['The well-', 'known col-'], vocabulary);
    expect(text.text).toBe('The well-known col-');
    expect(text.end).toBe('col-');
  });

  it('tells a word the vocabulary holds when it has grown over many lines', () => {
    // "qz" on 120 lines, each split by a hyphen: the vocabulary writes the 80th join with its hyphen.
    const long = 'qz'.repeat(80);
    const lines = [...Array.from({ length: 120 }, () => 'qz-'), 'end'];
    const withHyphen = new Set([`${long}-qz`]);
    expect(joinedLines(lines, withHyphen).text).toBe(joinedOneByOne(lines, withHyphen));
    expect(joinedLines(lines, withHyphen).text.startsWith(`${long}-qz`)).toBe(true);
    expect(joinedLines(lines, new Set()).text).toBe(joinedOneByOne(lines, new Set()));
  });
});
