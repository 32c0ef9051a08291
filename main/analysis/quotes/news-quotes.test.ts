/**
 * Attribution as news writes it: "she told reporters" (the listener is not the speaker), pronouns resolved to the
 * last person named whose given name fits, consecutive quotes of different speakers kept apart, and titles of
 * works in quotation marks that are no quotes. Invented examples.
 */
import { describe, expect, it } from 'vitest';
import type { Quote } from '../../../shared/analysis';
import { extractEntities } from '../entities/index';
import { splitSentences } from '../sentences';
import { extractQuotes } from './index';

function quotes(text: string): Quote[] {
  const sentences = splitSentences(text);
  return extractQuotes(text, extractEntities(text, sentences), sentences);
}
const bySpeaker = (found: Quote[]) => found.map((q) => [q.text, q.speaker, q.named]);

describe('who is speaking', () => {
  it('takes the subject of "told", never its object', () => {
    const found = quotes('Trade minister Amara Diallo arrived late. “We will not yield,” she told reporters. “Nor will we,” he told the BBC.');
    expect(bySpeaker(found)).toEqual([
      ['We will not yield,', 'Amara Diallo', true],
      // "he" cannot be Amara; nobody else was named.
      ['Nor will we,', null, false],
    ]);
    expect(found.map((q) => q.speaker)).not.toContain('reporters');
  });

  it('resolves a pronoun to the last person named whose given name fits it', () => {
    const text = 'Mayor Helen Ortiz met union leader Peter Novak. “The deal is fair,” she said. “It is a start,” he said.';
    expect(quotes(text).map((q) => q.speaker)).toEqual(['Helen Ortiz', 'Peter Novak']);
  });

  it('keeps a quote introduced in the next sentence ("She added: ...") apart from the one before it', () => {
    const text = 'Mayor Helen Ortiz spoke first. “The deal is fair,” said Ortiz, who chairs the board. She added: “We sign on Friday.”';
    expect(bySpeaker(quotes(text))).toEqual([
      ['The deal is fair,', 'Helen Ortiz', true],
      ['We sign on Friday.', 'Helen Ortiz', true],
    ]);
    // Without an attribution of its own, the next sentence's quote still continues the first one.
    expect(quotes('“So far,” Ortiz said. “the talks have gone well.”')).toHaveLength(1);
  });

  it('reads a person named with a role set off by commas', () => {
    const text = 'Her deputy, Kwame Asante, disagreed. “The plan fails,” he said.';
    expect(quotes(text).map((q) => q.speaker)).toEqual(['Kwame Asante']);
  });

  it('takes a name followed by its apposition after the quote ("..., X, the union\'s secretary, told reporters")', () => {
    const text = 'Talks stalled on Monday. “We will not take crumbs,” Delia Farrant, the union\'s regional secretary, told reporters. “It is fair,” Omar Keita, a U.S. envoy to the talks, said.';
    expect(bySpeaker(quotes(text))).toEqual([
      ['We will not take crumbs,', 'Delia Farrant', true],
      ['It is fair,', 'Omar Keita', true],
    ]);
  });

  it('reads names with abbreviated titles and initials ("said Dr. X", "Sen. X said")', () => {
    const text = 'The trial ended early. “The signal held,” said Dr. Imogen Fairweather, who led it. “We are pleased,” Sen. Walter J. Brandt said.';
    expect(quotes(text).map((q) => q.speaker)).toEqual(['Imogen Fairweather', 'Walter J. Brandt']);
  });

  it('takes the name in apposition after a description ("said the agency\'s head, X.")', () => {
    const text = 'The crater glowed overnight. “The dome may collapse,” said the agency\'s head, Marisol Quintero.';
    expect(bySpeaker(quotes(text))).toEqual([['The dome may collapse,', 'Marisol Quintero', true]]);
  });

  it('reads an unnamed source described by a role ("one fire commander said")', () => {
    const text = 'Crews worked all night. “We have never seen winds like this,” one fire commander said.';
    expect(bySpeaker(quotes(text))).toEqual([['We have never seen winds like this,', 'one fire commander', false]]);
  });

  it('takes the person named earlier when a bare surname is left untyped', () => {
    const found = quotes('Captain Tom Stone made a century.\n\n"It is the best ground in the world," Stone said.');
    expect(found.map((q) => q.speaker)).toEqual(['Tom Stone']);
  });

  it('still takes "said the minister" and "said Ortiz" after the quote', () => {
    const text = 'Helen Ortiz spoke. “The deal is fair,” said Ortiz. “We are ready,” said a city official.';
    expect(bySpeaker(quotes(text))).toEqual([
      ['The deal is fair,', 'Helen Ortiz', true],
      ['We are ready,', 'a city official', false],
    ]);
  });
});

describe('one quote or two', () => {
  it('keeps quotes apart when a sentence stands between them or the second has its own attribution', () => {
    const text = 'Helen Ortiz and Peter Novak met. “Prices must fall,” she said. The room went quiet. “They will,” she said. “Not yet,” Novak said.';
    expect(quotes(text).map((q) => q.text)).toEqual(['Prices must fall,', 'They will,', 'Not yet,']);
  });

  it('joins a quote that goes on right after its attribution', () => {
    const text = '“The port is not the problem,” said Peter Novak, the union leader. “The roads are.”';
    const found = quotes(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ text: 'The port is not the problem … The roads are.', speaker: 'Peter Novak' });
  });
});

describe('titles of works and nicknames', () => {
  it('takes a nickname between given name and surname for no quote', () => {
    const text = 'Boatman Ernesto "Boy" Dizon, 58, stayed ashore. "The sea is angry," Dizon said.';
    expect(quotes(text).map((q) => q.text)).toEqual(['The sea is angry,']);
  });

  it('is no quote', () => {
    const text = 'The senator appeared on “Face the Nation” and on the network\'s "This Week," then said “the bill is dead.”';
    expect(quotes(text).map((q) => q.text)).toEqual(['the bill is dead.']);
  });
});

describe('descriptions and names before the verb', () => {
  it('takes the name in apposition after a description before the verb ("..., his lawyer, Atty. X, said")', () => {
    const text = 'The count resumed at noon. “The machines failed for hours,” his lawyer, Atty. Celso Rivas, said in a text message. “We will appeal,” the club’s owner, Dana Brisk, told reporters.';
    expect(bySpeaker(quotes(text))).toEqual([
      ['The machines failed for hours,', 'Celso Rivas', true],
      ['We will appeal,', 'Dana Brisk', true],
    ]);
  });

  it('takes a speaker whose surname is also a word of place, and leaves honours out of the name', () => {
    const text = 'Judge Ann Meredith KC passed sentence. “You betrayed them,” she said. “It is done,” Ivo Hall told reporters.';
    expect(quotes(text).map((q) => q.speaker)).toEqual(['Ann Meredith', 'Ivo Hall']);
  });
});
