import { describe, expect, it } from 'vitest';
import { chooseDate, dateDisagreements, type EventDate, type EventDraft, type EventSource, type SourceReading } from '../../shared/timeline';
import { judge, type Telling } from './identity';
import { groupHappenings, mergeEvents, mergeGroup, tellingOf } from './merge';

// Invented reports of invented happenings.
const day = (d: string): EventDate => ({ start: d, end: d, precision: 'day', approximate: false, value: d, text: null });
const range = (a: string, b: string): EventDate => ({ start: a, end: b, precision: 'range', approximate: false, value: null, text: 'over the weekend' });

function telling(over: Partial<Telling> & Pick<Telling, 'articleKey' | 'date' | 'passage'>): Telling {
  const t = { actor: null, action: null, statement: false, quote: null, place: null, actors: [], ...over };
  return { ...t, people: over.people ?? t.actors };
}

const QUOTE_A = 'We will not sign any deal that leaves our fishermen without access to the northern grounds';
const QUOTE_B = 'We will not sign a deal that leaves our fishermen without access to the northern fishing grounds';

describe('event identity', () => {
  it('takes two reports quoting one sentence with small wording differences for one happening', () => {
    const a = telling({ articleKey: 'a', date: day('2024-05-07'), passage: `“${QUOTE_A},” Nora Lindahl told reporters in Bergen on Tuesday.`, quote: QUOTE_A, actor: 'Nora Lindahl', statement: true, action: 'tell' });
    const b = telling({ articleKey: 'b', date: day('2024-05-07'), passage: `Fisheries Minister Nora Lindahl warned on Tuesday that the talks could fail.`, quote: QUOTE_B, actor: 'Nora Lindahl', statement: true, action: 'warn' });
    const j = judge(a, b);
    expect(j.same).toBe(true);
    expect(j.reasons[0]).toMatch(/^shares the quotation “(?:We will )?not sign any deal that leaves our fishermen/);
    expect(j.reasons[1]).toBe('on the same date (7 May 2024)');
  });

  it('takes the same actor saying something on the same day, naming the same party, for one happening', () => {
    const a = telling({ articleKey: 'a', date: day('2024-05-05'), passage: 'In an interview with Radio Nord on Sunday, Lindahl said new quotas were being drafted.', actor: 'Lindahl', statement: true, action: 'say', actors: ['Radio Nord', 'Lindahl'] });
    const b = telling({ articleKey: 'b', date: day('2024-05-05'), passage: 'Nora Lindahl told Radio Nord on Sunday that the ministry was drafting quotas.', actor: 'Nora Lindahl', statement: true, action: 'tell', actors: ['Nora Lindahl', 'Radio Nord'] });
    const j = judge(a, b);
    expect(j.same).toBe(true);
    expect(j.reasons).toEqual(['same actor (Lindahl) and action (said) on the same date (5 May 2024)', 'both name Radio Nord']);
  });

  it('keeps a weekend meeting in one city apart from a Sunday interview by the same person', () => {
    const meeting = telling({ articleKey: 'a', date: range('2024-05-04', '2024-05-05'), passage: 'Lindahl delivered a formal warning to the trawler owners over the weekend in Tromsø.', actor: 'Nora Lindahl', action: 'deliver', place: 'Tromsø', actors: ['Nora Lindahl'] });
    const interview = telling({ articleKey: 'b', date: day('2024-05-05'), passage: 'In an interview with Radio Nord on Sunday, Lindahl said new quotas were being drafted.', actor: 'Lindahl', statement: true, action: 'say', actors: ['Radio Nord'] });
    expect(judge(meeting, interview).same).toBe(false);
  });

  it('says "different" for different places, different actors and incompatible dates', () => {
    const base = { date: day('2024-05-07'), statement: true, action: 'say' };
    const bergen = telling({ ...base, articleKey: 'a', passage: 'Lindahl spoke in Bergen.', actor: 'Nora Lindahl', place: 'Bergen' });
    const oslo = telling({ ...base, articleKey: 'b', passage: 'Lindahl spoke in Oslo.', actor: 'Nora Lindahl', place: 'Oslo' });
    expect(judge(bergen, oslo)).toMatchObject({ same: false, conflict: 'different places (Bergen / Oslo)' });
    const other = telling({ ...base, articleKey: 'c', passage: 'Union leader Per Holm said on Tuesday that members would strike.', actor: 'Per Holm', actors: ['Per Holm'] });
    expect(judge(bergen, other)).toMatchObject({ same: false, conflict: 'different actors (Nora Lindahl / Per Holm)' });
    const year = telling({ ...base, articleKey: 'd', date: { ...day('2024-01-01'), end: '2024-12-31', precision: 'year' }, passage: 'Lindahl spoke in Bergen this year.', actor: 'Nora Lindahl' });
    expect(judge(bergen, year).same).toBe(false);
  });

  it('does not take shared framing for a shared fact: other figures, or another actor', () => {
    const frame = (company: string, figures: string) => `In stock exchange trading on Friday, ${company} closed at ${figures}.`;
    const acme = telling({ articleKey: 'a', date: day('2024-05-10'), passage: frame('Acme Shipping', '$46.50 a share, down $2.25'), actor: 'Acme Shipping', action: 'close' });
    const beta = telling({ articleKey: 'b', date: day('2024-05-10'), passage: frame('Beta Freight', '$60 a share, down 50 cents'), actor: 'Beta Freight', action: 'close' });
    expect(judge(acme, beta).same).toBe(false);
    const sameFigures = { ...beta, passage: frame('Beta Freight', '$46.50 a share, down $2.25') };
    expect(judge(acme, sameFigures).same).toBe(false); // the same figures, but another company
  });

  it('does not count the countries two reports name as the same people', () => {
    const base = { date: day('2024-05-10'), place: 'Mombasa', actors: ['Kenya', 'Tanzania'], people: [] as string[] };
    const blast = telling({ ...base, articleKey: 'a', passage: 'Two blasts shook the port of Mombasa on Friday, officials in Kenya and Tanzania said.' });
    const reaction = telling({ ...base, articleKey: 'b', passage: 'Ministers from Kenya and Tanzania met in Mombasa on Friday to discuss the ferry tariff.' });
    expect(judge(blast, reaction).same).toBe(false);
    const people = { people: ['Amina Odhiambo', 'Port Authority'] };
    expect(judge({ ...blast, ...people }, { ...reaction, ...people }).same).toBe(true);
  });

  it('accepts dates a day apart only with shared wording, and says so', () => {
    const a = telling({ articleKey: 'a', date: day('2024-05-07'), passage: `“${QUOTE_A},” Lindahl said.`, quote: QUOTE_A, actor: 'Nora Lindahl', statement: true });
    const b = telling({ articleKey: 'b', date: day('2024-05-08'), passage: `Lindahl said: “${QUOTE_B}.”`, quote: QUOTE_B, actor: 'Nora Lindahl', statement: true });
    expect(judge(a, b).reasons[1]).toBe('the dates differ by a day (7 May 2024 / 8 May 2024)');
    const unquoted = { ...b, quote: null, passage: 'Lindahl said the talks would go on.' };
    expect(judge(a, unquoted).same).toBe(false);
  });
});

describe('dates of merged events', () => {
  it('keeps the most precise date the sources support and lists the sources that disagree', () => {
    const weekend = range('2024-05-04', '2024-05-05');
    const sunday = day('2024-05-05');
    // Two sources say "over the weekend", one says "on Sunday": Sunday is within the weekend, so all three support it.
    expect(chooseDate([weekend, weekend, sunday])).toMatchObject({ date: { start: '2024-05-05', end: '2024-05-05' }, support: 3, disagreements: [] });
    // Three say Tuesday, one says Monday: Tuesday, and Monday is shown as a disagreement, not dropped.
    const choice = chooseDate([day('2024-05-07'), day('2024-05-06'), day('2024-05-07'), day('2024-05-07')])!;
    expect(choice.date.start).toBe('2024-05-07');
    expect(choice.disagreements).toEqual([{ date: day('2024-05-06'), sources: [1] }]);
  });
});

function source(articleId: string, publishedAt: string, passage: string, date: EventDate, reading: Partial<SourceReading> = {}): EventSource {
  return {
    articleId,
    articleTitle: `Report ${articleId}`,
    publisher: `Outlet ${articleId}`,
    publishedAt,
    url: null,
    path: `${articleId}.txt`,
    contentHash: 'h',
    passage: { start: 0, end: passage.length, quote: passage, before: '', after: '' },
    status: 'ok',
    candidateKey: `${articleId}:0:${date.start}`,
    date,
    reading: { headline: '', actor: null, action: null, statement: false, quote: null, place: null, actors: [], ...reading, people: reading.people ?? reading.actors ?? [] },
    merge: null,
    copies: [],
  };
}

function draft(title: string, s: EventSource): { key: string; draft: EventDraft } {
  return { key: s.candidateKey!, draft: { title, description: s.passage.quote, date: s.date!, actors: s.reading?.actors ?? [], place: s.reading?.place ?? null, tags: [], sources: [s], origin: 'extracted', dateFrom: 'sources' } };
}

describe('grouping candidates into happenings', () => {
  const speech = { actor: 'Nora Lindahl', statement: true, action: 'say', actors: ['Nora Lindahl'] };
  const a = draft('Lindahl: “We will not sign any deal …”', source('a', '2024-05-07', `“${QUOTE_A},” Lindahl said on Tuesday.`, day('2024-05-07'), { ...speech, quote: QUOTE_A }));
  const b = draft('Lindahl warns talks could fail', source('b', '2024-05-08', 'Lindahl warned on Tuesday that the talks could fail.', day('2024-05-07'), { ...speech, quote: QUOTE_B }));
  const c = draft('Lindahl says deal is off', source('c', '2024-05-09', `Lindahl said on Monday: “${QUOTE_B}.”`, day('2024-05-06'), { ...speech, quote: QUOTE_B }));
  const lede = draft('Lindahl warns fishing nations', source('a', '2024-05-07', 'Lindahl warned fishing nations on Tuesday.', day('2024-05-07'), { ...speech, action: 'warn', quote: QUOTE_A }));
  const other = draft('Holm says members will strike', source('b', '2024-05-08', 'Union leader Per Holm said on Tuesday that members would strike.', day('2024-05-07'), { actor: 'Per Holm', statement: true, action: 'say', actors: ['Per Holm'] }));

  it('puts every outlet quoting the sentence in one event, one source per article, with reasons and the date most sources give', () => {
    const groups = groupHappenings([a, b, c, lede, other]);
    expect(groups.map((g) => g.members.length).sort()).toEqual([1, 4]);
    const merged = mergeGroup(groups.find((g) => g.members.length === 4)!);
    // Article a told it twice (the lede and the quotation): it counts once.
    expect(merged.sources.map((s) => s.articleId)).toEqual(['a', 'b', 'c']);
    expect(merged.title).toBe(a.draft.title);
    expect(merged.sources[0]!.merge).toBeNull();
    for (const s of merged.sources.slice(1)) expect(s.merge!.reasons.join(' ')).toMatch(/shares the quotation/);
    // Two say Tuesday, one says Monday: Tuesday, with Monday shown.
    expect(merged.date.start).toBe('2024-05-07');
    expect(dateDisagreements(merged).map((d) => [d.date.start, d.sources.map((s) => s.articleId)])).toEqual([['2024-05-06', ['c']]]);
  });

  it('treats copies of one article as that article', () => {
    const copy = draft('Lindahl: “We will not sign any deal …”', { ...a.draft.sources[0]!, articleId: 'a-copy', candidateKey: 'a-copy:0:x' });
    const keyOf = (id: string) => (id === 'a-copy' ? 'a' : id);
    const groups = groupHappenings([a, copy, b], keyOf);
    expect(groups).toHaveLength(1);
    const merged = mergeGroup(groups[0]!, keyOf);
    expect(merged.sources.map((s) => s.articleId)).toEqual(['a', 'b']);
    expect(merged.sources[0]!.copies.map((x) => x.articleId)).toEqual(['a-copy']);
  });

  it('records a merge the user made, and a telling carries the source’s own date', () => {
    const at = '2024-06-01T00:00:00.000Z';
    const event = (d: { draft: EventDraft }, id: string) => ({ ...d.draft, id, createdAt: at, updatedAt: at });
    const merged = mergeEvents([event(a, 'e1'), event(other, 'e2')], at);
    expect(merged.sources[1]!.merge).toEqual({ by: 'user', reasons: ['merged by you'], at });
    expect(tellingOf(merged, merged.sources[1]!).actor).toBe('Per Holm');
  });
});
