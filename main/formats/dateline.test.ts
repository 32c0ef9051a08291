import { describe, expect, it } from 'vitest';
import { emptyHeader } from './byline';
import { completeFromDateline, readDateline } from './dateline';

describe('readDateline', () => {
  it.each([
    ['WASHINGTON (Reuters) - The president said on Monday...', 'WASHINGTON', 'Reuters'],
    ['LONDON, Feb 23 (AP) — Shares fell in early trading...', 'LONDON', 'AP'],
    ['NAIROBI, Kenya (AP) _ Rescue workers searched...', 'NAIROBI, Kenya', 'AP'],
    ['ST. LOUIS (AP) -- A jury found...', 'ST. LOUIS', 'AP'],
    ['BEIJING, March 12 (Xinhua) -- China will...', 'BEIJING', 'Xinhua'],
    ['HAVANA (AP ) -- Officials said...', 'HAVANA', 'AP'],
    ['SPRINGFIELD, MO. (AP)-- The council...', 'SPRINGFIELD, MO.', 'AP'],
    ['Kyiv, Feb 23 (Reuters) - Ukraine said...', 'Kyiv', 'Reuters'],
    ['NEW YORK (CNN) — Stocks rallied...', 'NEW YORK', 'CNN'],
  ])('%s is an agency dateline', (paragraph, place, agency) => {
    expect(readDateline(paragraph)).toMatchObject({ place, agency, date: null });
  });

  it('reads staff datelines, with the place in capitals, after any dash or a colon', () => {
    expect(readDateline('WASHINGTON — The Senate voted...')).toMatchObject({ place: 'WASHINGTON', agency: null });
    expect(readDateline('OSAKA – At 80, she still...')).toMatchObject({ place: 'OSAKA', agency: null });
    expect(readDateline('KARACHI: The port reopened...')).toMatchObject({ place: 'KARACHI', agency: null });
    expect(readDateline('SPRINGFIELD, Ill. _ The mayor said...')).toMatchObject({ place: 'SPRINGFIELD, Ill.', agency: null });
  });

  it('reads a day-first date before the agency, and a colon after it', () => {
    expect(readDateline('Lisbon, 4 March 2022 (Iberian News Agency) – The ministry said...')).toMatchObject({
      place: 'Lisbon',
      agency: 'Iberian News Agency',
      date: { value: '2022-03-04', precision: 'day' },
    });
    expect(readDateline('Pune, Mar 14 (XNS): The council said...')).toMatchObject({ place: 'Pune', agency: 'XNS', date: null });
  });

  it('reads a press-release dateline with its year and distributor', () => {
    const d = readDateline('DENVER, March 6, 2024 /PRNewswire/ -- Acme Corp. today announced...');
    expect(d).toMatchObject({ place: 'DENVER', agency: 'PRNewswire', date: { value: '2024-03-06', precision: 'day' } });
    expect('DENVER, March 6, 2024 /PRNewswire/ -- Acme Corp. today announced...'.slice(d!.end)).toBe('Acme Corp. today announced...');
  });

  it.each([
    'Washington said on Monday it would act.', // a sentence, not a place in capitals
    'NATO said on Monday it would act.', // capitals but no dateline separator
    'BREAKING: A fire broke out...', // a kicker label
    'UPDATE — Officials now say...',
    'Shares of Northgate (NGF) - the company said...', // a parenthesis inside a sentence
    'I — for one — disagree.',
    'The minister (left) - pictured...',
  ])('%s is not a dateline', (paragraph) => {
    expect(readDateline(paragraph)).toBeNull();
  });

  it('completes a header from the opening paragraphs, never over its own values', () => {
    const header = emptyHeader();
    completeFromDateline(header, ['A standfirst without a dateline.', 'CAIRO (AP) — Talks resumed...']);
    expect(header.publisher).toBe('AP');
    expect(header.publishedAt).toBeNull();
    const own = { ...emptyHeader(), publisher: 'The Daily Example' };
    completeFromDateline(own, ['CAIRO (AP) — Talks resumed...']);
    expect(own.publisher).toBe('The Daily Example');
  });

  it('gives a yearless dateline the year of a photo taken shortly before, and no year otherwise', () => {
    const opening = ['OSLO, Jan 3 (Fjordwire) - Ferry crews walked out on Tuesday.'];
    const header = emptyHeader();
    completeFromDateline(header, opening, ['Crews on the quay in Bergen, Norway, December 29, 2022. Fjordwire/Ola Brandt']);
    expect(header.publishedAt).toEqual({ value: '2023-01-03', precision: 'day' });
    const far = emptyHeader();
    completeFromDateline(far, opening, ['Crews on the quay in Bergen, Norway, June 2, 2019. Fjordwire/Ola Brandt']);
    expect(far.publishedAt).toBeNull();
  });
});
