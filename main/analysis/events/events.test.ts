import { describe, it, expect } from 'vitest';
import { analyze } from '../index';
import { seedArticle } from '../testing/seed';

describe('events', () => {
  it('finds the sample article’s five gold events with their dates', () => {
    const seed = seedArticle();
    expect(seed.publishedAt).toBe('2023-02-23');
    const { events, quotes } = analyze(seed);
    const find = (dateText: string, start: string, end: string, contains: string) =>
      events.find((e) => e.date.text.endsWith(dateText) && e.date.range.start === start && e.date.range.end === end && e.sentence.includes(contains));

    const journal = find('Thursday', '2023-02-23', '2023-02-23', 'Wall Street Journal reported');
    expect(journal?.actors).toContain('Wall Street Journal');
    const weekend = find('weekend', '2023-02-18', '2023-02-19', 'formal warning');
    expect(weekend?.place).toBe('Munich');
    for (const actor of ['Antony Blinken', 'James Cleverly', 'Wang Yi']) expect(weekend?.actors).toContain(actor);
    const yellen = find('Thursday', '2023-02-23', '2023-02-23', 'Yellen');
    expect(yellen?.actors).toContain('Janet Yellen');
    const wang = find('Wednesday', '2023-02-22', '2023-02-22', 'Wang Wenbin');
    expect(wang?.actors).toContain('Wang Wenbin');
    const pastYear = find('past year', '2022-02-23', '2023-02-23', 'dual-use goods');
    expect(pastYear?.summary).toContain('Chinese companies have been providing Russia over the past year');

    // Two events from one sentence get their own clauses, summaries and ids.
    expect(journal!.start).not.toBe(pastYear!.start);
    expect(journal!.summary).not.toBe(pastYear!.summary);
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
    // The byline date is not an event; "now" is not a date of anything.
    expect(events.every((e) => e.date.value !== 'PRESENT_REF')).toBe(true);
    for (const e of events) {
      expect(seed.text.slice(e.date.start, e.date.end)).toBe(e.date.text);
      expect(seed.text.slice(e.start, e.end).length).toBeGreaterThan(0);
      if (e.quote !== null) expect(quotes[e.quote]).toBeDefined();
    }
  });

  it('skips undated statements and date-only lines, and links a quoted event to its quote', () => {
    const text =
      'by Staff Writer, March 3, 2021\n\nThe minister resigned. On Monday the minister said: “I am leaving politics.”\n\nMarch 1, 2021';
    const { events, quotes } = analyze({ text, publishedAt: '2021-03-03' });
    expect(events).toHaveLength(1);
    expect(events[0]!.date.range).toEqual({ start: '2021-03-01', end: '2021-03-01' });
    expect(events[0]!.quote).toBe(0);
    expect(quotes[0]!.text).toBe('I am leaving politics.');
  });
});
