import { describe, expect, it } from 'vitest';
import type { Entity, EntityKind, Quote, Timex } from '../../../shared/analysis';
import { analyze } from '../index';
import { paragraphSpans, splitSentences } from '../sentences';
import { readEvent } from './headline';

// Invented sentences; entities, quotes and dates given by hand so the test is about the headline alone.
function reading(text: string, names: [string, EntityKind, string?][], dates: string[], quotes: { text: string; speaker: string; named?: boolean }[] = []) {
  const entities: Entity[] = [];
  for (const [name, kind, canonical] of names) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      if (entities.some((e) => at >= e.start && at < e.end)) continue; // "Jensen" inside "Carla Jensen"
      entities.push({ text: name, start: at, end: at + name.length, kind, canonical: canonical ?? name });
    }
  }
  entities.sort((a, b) => a.start - b.start);
  const timexes: Timex[] = dates.map((d) => {
    const at = text.indexOf(d);
    return { text: d, start: at, end: at + d.length, type: 'DATE', value: '2024-05-07', range: { start: '2024-05-07', end: '2024-05-07' }, precision: 'day' };
  });
  const quoteList: Quote[] = quotes.map((q) => {
    const at = text.indexOf(q.text);
    return { text: q.text, start: at, end: at + q.text.length, speaker: q.speaker, named: q.named ?? true };
  });
  const firstSentence = splitSentences(text)[0]!;
  return readEvent({ text, clause: firstSentence, entities, quotes: quoteList, timexes, paragraphs: paragraphSpans(text), anchor: timexes[0] });
}

describe('event headlines', () => {
  it('says who did what, in the present tense, without titles or the date', () => {
    const r = reading('Finance Minister Carla Jensen on Monday warned banks against lending to the port authority.', [['Carla Jensen', 'person'], ['Jensen', 'person', 'Carla Jensen']], ['on Monday']);
    expect(r.headline).toBe('Carla Jensen warns banks against lending to port authority');
    expect(r).toMatchObject({ actor: 'Carla Jensen', action: 'warn', statement: true });
  });

  it('uses the short name the article itself uses for a person', () => {
    const text = 'Finance Minister Carla Jensen on Monday warned banks against lending to the port authority. Jensen spoke in Oslo.';
    const r = reading(text, [['Carla Jensen', 'person'], ['Jensen', 'person', 'Carla Jensen']], ['on Monday']);
    expect(r.headline).toBe('Jensen warns banks against lending to port authority');
  });

  it('puts a first-person quotation after the speaker’s name', () => {
    const q = 'We will not sign this agreement in its present form';
    const r = reading(`“${q},” Jensen told reporters in Oslo on Monday.`, [['Jensen', 'person', 'Carla Jensen'], ['Oslo', 'place']], ['on Monday'], [{ text: `${q},`, speaker: 'Carla Jensen' }]);
    expect(r.headline).toBe('Jensen: “We will not sign this agreement in its present form”');
    expect(r).toMatchObject({ actor: 'Carla Jensen', statement: true, quote: 0 });
  });

  it('reports what was said before a postponed attribution, without the speaker’s title', () => {
    const r = reading('The city will close its harbour to cruise ships from June, Mayor Tom Reilly said on Friday.', [['Tom Reilly', 'person']], ['on Friday']);
    expect(r.headline).toBe('Tom Reilly says city will close its harbour to cruise ships from June');
  });

  it('keeps the addressee of a warning and brings reported speech back to the present', () => {
    const r = reading('Jensen warned lenders on Monday that they would face higher capital requirements if they kept financing the project.', [['Jensen', 'person', 'Carla Jensen']], ['on Monday']);
    expect(r.headline).toBe('Jensen warns lenders they will face higher capital requirements if they kept financing project');
  });

  it('writes the passive as a participle, the future with "to", and the subject of an action', () => {
    expect(reading('Two customs officers were arrested in Lyon on Saturday.', [['Lyon', 'place']], ['on Saturday']).headline).toBe('Two customs officers arrested in Lyon');
    expect(reading('The transport ministers will meet in Vienna on Monday.', [['Vienna', 'place']], ['on Monday']).headline).toBe('Transport ministers to meet in Vienna');
    const action = reading('Dock workers in Antwerp stopped loading grain ships on Monday.', [['Antwerp', 'place']], ['on Monday']);
    expect(action.headline).toBe('Dock workers in Antwerp stop loading grain ships');
    expect(action).toMatchObject({ actor: null, action: 'stop', statement: false });
  });

  it('finds the quotation a dated lede reports in the next paragraph', () => {
    const q = 'Nobody will be allowed to dump waste in these waters again';
    const text = `Environment Minister Ola Berg on Monday warned shipping companies against dumping waste at sea.\n\n“${q},” Berg said.`;
    const r = reading(text, [['Ola Berg', 'person'], ['Berg', 'person', 'Ola Berg']], ['on Monday'], [{ text: `${q},`, speaker: 'Ola Berg' }]);
    expect(r.quote).toBe(0);
    expect(r.headline).toBe('Berg warns shipping companies against dumping waste at sea');
  });

  it('never returns an empty headline, even for a sentence without a verb it can use', () => {
    const r = reading('A quiet day at the harbour on Monday.', [], ['on Monday']);
    expect(r.headline.length).toBeGreaterThan(5);
  });

  it('reads every candidate of a real analysis', () => {
    const text = 'by Example Staff, May 7, 2024\n\nHarbour master Lena Vik said on Tuesday that the northern pier would reopen next week.\n\n“We are nearly done,” Vik said.';
    const analysis = analyze({ text, publishedAt: '2024-05-07' });
    expect(analysis.events.length).toBeGreaterThan(0);
    const timexes = [...analysis.timexes].sort((a, b) => a.start - b.start);
    const read = analysis.events.map((e) =>
      readEvent({ text, clause: { start: e.start, end: e.end }, entities: analysis.entities, quotes: analysis.quotes, timexes, paragraphs: paragraphSpans(text), anchor: { start: e.date.start, end: e.date.end } }),
    );
    for (const r of read) expect(r.headline).toMatch(/^\p{Lu}/u);
    expect(read[0]!.headline).toMatch(/^(Lena )?Vik says northern pier will reopen/);
  });
});
