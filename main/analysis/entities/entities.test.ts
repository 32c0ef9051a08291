import { describe, it, expect } from 'vitest';
import { extractEntities } from './index';
import { splitSentences } from '../sentences';
import { seedArticle } from '../testing/seed';
import type { Entity } from '../../../shared/analysis';

function entities(text: string): Entity[] {
  return extractEntities(text, splitSentences(text));
}
const named = (list: Entity[], kind: Entity['kind']) => [...new Set(list.filter((e) => e.kind === kind).map((e) => e.canonical))];

describe('entities', () => {
  it('strips titles and does not invent places from them', () => {
    const found = entities('U.S. Secretary of State Antony Blinken met British Foreign Secretary James Cleverly in Munich.');
    expect(named(found, 'person')).toEqual(['Antony Blinken', 'James Cleverly']);
    expect(found.find((e) => e.text.includes('State Antony'))).toBeUndefined();
    expect(named(found, 'place')).toEqual(['United States', 'Munich']);
    const blinken = found.find((e) => e.canonical === 'Antony Blinken')!;
    expect(blinken.text).toBe('Antony Blinken');
  });

  it('links later short forms to the most recent compatible full name', () => {
    const text =
      'Foreign Minister Wang Yi arrived on Monday. Spokesman Wang Wenbin said the talks were useful. "We agree," said Wang. Secretary of State Antony Blinken listened, and Blinken said little.';
    const found = entities(text);
    const wang = found.filter((e) => e.text === 'Wang');
    expect(wang.map((e) => e.canonical)).toEqual(['Wang Wenbin']);
    expect(found.filter((e) => e.text === 'Blinken').map((e) => [e.kind, e.canonical])).toEqual([['person', 'Antony Blinken']]);
  });

  it('folds possessives into the canonical name', () => {
    const found = entities('President Vladimir Putin spoke on Monday. Putin’s forces advanced while Putin\'s allies waited.');
    const putin = found.filter((e) => e.text === 'Putin');
    expect(putin).toHaveLength(2);
    for (const p of putin) expect(p).toMatchObject({ kind: 'person', canonical: 'Vladimir Putin' });
  });

  it('keeps multiword organisations whole', () => {
    const found = entities(
      'Vasily Kashin, the director of the Center for Comprehensive European and International Studies at Moscow’s Higher School of Economics, spoke to the Wall Street Journal. The U.S. Treasury agreed.',
    );
    const orgs = named(found, 'organization');
    expect(orgs).toContain('Center for Comprehensive European and International Studies');
    expect(orgs).toContain('Higher School of Economics');
    expect(orgs).toContain('Wall Street Journal');
    expect(orgs).toContain('U.S. Treasury');
    expect(named(found, 'place')).toEqual(['Moscow']);
    expect(named(found, 'person')).toEqual(['Vasily Kashin']);
  });

  it('tells products, dates and sentence openers from names', () => {
    const found = entities('On Thursday, Qatar Airways ordered 80 Boeing 787 jets. Sending them will take until March. Options remain open, Boeing said.');
    expect(found.map((e) => e.text)).not.toContain('Thursday');
    expect(found.map((e) => e.text)).not.toContain('Sending');
    expect(found.map((e) => e.text)).not.toContain('Options');
    expect(found.map((e) => e.text)).not.toContain('March');
    expect(named(found, 'organization')).toContain('Qatar Airways');
  });

  it('finds the sample article’s people, organisations and places', () => {
    const { text } = seedArticle();
    const found = entities(text);
    for (const e of found) expect(text.slice(e.start, e.end)).toBe(e.text);
    const people = named(found, 'person');
    for (const p of ['Vladimir Putin', 'Antony Blinken', 'James Cleverly', 'Wang Yi', 'Janet Yellen', 'Wang Wenbin', 'Vasily Kashin']) expect(people).toContain(p);
    const orgs = named(found, 'organization');
    for (const o of ['Wall Street Journal', 'NATO', 'CBS News', 'Chinese Foreign Ministry', 'Center for Comprehensive European and International Studies', 'Higher School of Economics', 'Munich Security Conference', 'U.S. Treasury']) {
      expect(orgs).toContain(o);
    }
    const places = named(found, 'place');
    for (const p of ['China', 'Russia', 'Ukraine', 'Munich', 'Bengaluru', 'India', 'Beijing', 'Moscow', 'United States']) expect(places).toContain(p);
    // Nothing the gold calls a person is read as anything else.
    for (const e of found) if (people.includes(e.canonical)) expect(e.kind).toBe('person');
    // "Blinken-Wang meeting": both names are recognised.
    const hyphen = text.indexOf('Blinken-Wang');
    expect(found.filter((e) => e.start >= hyphen && e.end <= hyphen + 12).map((e) => e.canonical)).toEqual(['Antony Blinken', 'Wang Yi']);
  });
});
