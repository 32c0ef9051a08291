import { describe, it, expect } from 'vitest';
import { extractQuotes } from './index';
import { extractEntities } from '../entities/index';
import { splitSentences } from '../sentences';
import { seedArticle } from '../testing/seed';
import type { Quote } from '../../../shared/analysis';

function quotes(text: string): Quote[] {
  const sentences = splitSentences(text);
  return extractQuotes(text, extractEntities(text, sentences), sentences);
}

describe('quotes', () => {
  it('attributes the sample article’s four gold quotes', () => {
    const { text } = seedArticle();
    const found = quotes(text);
    const expected: [string, string][] = [
      ['Wall Street Journal', 'The Blinken-Wang meeting on the sidelines of the Munich Security Conference ended with no sign of common ground'],
      ['Janet Yellen', 'With respect to sanctions and aid to Russia, we have made clear'],
      ['Wang Wenbin', 'It is a known fact that NATO countries including the U.S. are the biggest source of weaponry'],
      ['Vasily Kashin', 'It’s not an issue of technology'],
    ];
    for (const [speaker, starts] of expected) {
      const quote = found.find((q) => q.text.startsWith(starts));
      expect(quote, starts).toBeDefined();
      expect(quote).toMatchObject({ speaker, named: true });
    }
    for (const q of found) expect(q.start).toBeLessThan(q.end);
  });

  it('joins a quote split by its attribution and names an anonymous source', () => {
    const { text } = seedArticle();
    const split = quotes(text).find((q) => q.text.startsWith('Until now'))!;
    expect(split.text).toBe('Until now … has been a certain amount of ambiguity about what practical help China might give Russia.');
    expect(split).toMatchObject({ speaker: 'a senior Western official', named: false });
    expect(text.slice(split.start, split.end)).toMatch(/^“Until now,” the Journal .* Russia\.”$/);
    // The Kashin quote goes on after "said Vasily Kashin, ...": one quote in two parts.
    const kashin = quotes(text).find((q) => q.speaker === 'Vasily Kashin')!;
    expect(kashin.text).toContain('It’s not an issue of technology … It’s primarily an issue of production capacity.');
  });

  it('keeps short scare quotes and attributes them to the source described', () => {
    const { text } = seedArticle();
    const tense = quotes(text).find((q) => q.text.startsWith('tense'))!;
    expect(tense).toMatchObject({ speaker: 'One of those sources', named: false });
  });

  it('follows a quotation across paragraphs', () => {
    const text =
      'Mayor Jane Doe spoke at length. “We will rebuild the bridge this year.\n\n“And we will pay for it without new taxes,” Doe said.\n\nThe council did not comment.';
    const found = quotes(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ speaker: 'Jane Doe', named: true });
    expect(found[0]!.text).toBe('We will rebuild the bridge this year. And we will pay for it without new taxes,');
  });

  it('reads straight quotes, attribution before the quote, and pronouns', () => {
    const text = 'Harbour board chair Dale Morgan said in an interview "Nobody thought the ferry would sail." He added: "We proved them wrong."';
    const found = quotes(text);
    expect(found.map((q) => [q.speaker, q.named])).toEqual([
      ['Dale Morgan', true],
      ['Dale Morgan', true],
    ]);
  });

  it('survives unmatched quote marks', () => {
    const text = 'He said “this never closes. And then “another one. ” Stray ” mark and "straight one.';
    expect(() => quotes(text)).not.toThrow();
    for (const q of quotes(text)) expect(q.end).toBeLessThanOrEqual(text.length);
  });
});
