/**
 * Parts of the day told without a day of their own (all examples invented): "in the morning" is the story's day,
 * "at dawn" and "before dusk" are parts of the day too, and a recurring window ("from dusk to dawn") belongs to no
 * day. Also: a forecast of something "possible" on a weekday looks ahead.
 */
import { describe, expect, it } from 'vitest';
import type { Timex } from '../../../shared/analysis';
import { extractTimexes } from './index';

const PUBLISHED = '2031-03-12'; // a Wednesday

function all(text: string, publishedAt: string | null = PUBLISHED): Timex[] {
  return extractTimexes(text, { publishedAt });
}
const texts = (text: string, publishedAt: string | null = PUBLISHED) => all(text, publishedAt).map((t) => t.text);
const valueOf = (text: string, needle: string, publishedAt: string | null = PUBLISHED) => {
  const found = all(text, publishedAt).filter((t) => t.text === needle);
  expect(found.map((t) => t.text), `"${needle}" in "${text}"`).toEqual([needle]);
  return found[0]!.value;
};

describe('"in the morning" and kin', () => {
  it('is the part of the day the story has reached', () => {
    expect(valueOf('The ferry sailed on Monday. It had been held up by wind in the morning.', 'the morning')).toBe('2031-03-10TMO');
    expect(valueOf('A memorial will be held on Friday, with a burial in the afternoon.', 'the afternoon')).toBe('2031-03-14TAF');
    expect(valueOf('Rain fell during the night, officials said.', 'the night')).toBe('2031-03-12TNI');
  });
  it('is of no day when told as a habit', () => {
    expect(valueOf('The market usually opens in the morning.', 'the morning')).toBe('XXXX-XX-XXTMO');
  });
  it('leaves longer phrases and other uses alone', () => {
    expect(texts('The morning papers led with the vote.')).toEqual([]);
    expect(texts('She hosts the Morning Show.')).toEqual([]);
    expect(texts('They met in the morning session.')).toEqual([]);
    expect(texts('The bus leaves at 7 in the morning on Friday.')).toEqual(['7 in the morning', 'Friday']);
  });
});

describe('dawn and dusk', () => {
  it('reads them after a preposition of a moment, on the story\'s day', () => {
    expect(valueOf('Troops entered the town on Sunday shortly before dawn.', 'dawn')).toBe('2031-03-09TMO');
    expect(valueOf('The search was called off at dusk, police said.', 'dusk')).toBe('2031-03-12TEV');
  });
  it('reads a window from one to the other as recurring', () => {
    const found = all('The council imposed a curfew from dusk to dawn for a month.');
    expect(found.map((t) => [t.text, t.value])).toContainEqual(['dusk', 'XXXX-XX-XXTEV']);
    expect(found.map((t) => [t.text, t.value])).toContainEqual(['dawn', 'XXXX-XX-XXTMO']);
  });
  it('leaves figures of speech, names and compounds alone', () => {
    expect(texts('It marked the dawn of a new era.')).toEqual([]);
    expect(texts('Dawn Okafor chairs the board.')).toEqual([]);
    expect(texts('Police made arrests in pre-dawn raids.')).toEqual([]);
  });
});

describe('forecasts of what is possible', () => {
  it('look ahead, even in the past of reported speech', () => {
    expect(valueOf('Forecasters said more snow was possible on Friday.', 'Friday')).toBe('2031-03-14');
    expect(valueOf('Thunderstorms are possible Saturday.', 'Saturday')).toBe('2031-03-15');
  });
  it('but an outcome made possible is not a forecast', () => {
    expect(valueOf('The rescue, made possible by calm seas on Monday, ended well.', 'Monday')).toBe('2031-03-10');
  });
});

describe('two days sharing a plural part of the day', () => {
  it('gives the second day its part', () => {
    expect(valueOf('Frost is possible on Thursday and Friday mornings.', 'Friday mornings')).toBe('2031-03-14TMO');
    expect(valueOf('The gallery opens late on Saturday evenings.', 'Saturday evenings')).toBe('XXXX-WXX-6TEV');
  });
});

describe('"last" and a month', () => {
  it('is last year\'s when this year\'s would be the month just gone', () => {
    expect(valueOf('The novel came out last February.', 'last February')).toBe('2030-02');
    expect(valueOf('The novel came out last January.', 'last January')).toBe('2030-01');
    expect(valueOf('The mill closed last March.', 'last March')).toBe('2030-03');
  });
  it('is this year\'s further back in the year', () => {
    expect(valueOf('The plant closed last June.', 'last June', '2031-10-20')).toBe('2031-06');
    expect(valueOf('The plant closed last November.', 'last November')).toBe('2030-11');
  });
});

describe('clock times in the night', () => {
  it('puts a small hour of a night on the day after the evening it is named by', () => {
    expect(valueOf('A fire broke out on Monday night at about 2:15 a.m., police said.', '2:15 a.m.')).toBe('2031-03-11T02:15');
    expect(valueOf('A fire broke out on Monday night at about 11 p.m., police said.', '11 p.m.')).toBe('2031-03-10T23:00');
    expect(valueOf('Police said the raid began on Monday at 2 a.m.', '2 a.m.')).toBe('2031-03-10T02:00');
  });
});

describe('clock times after a night', () => {
  it('puts a small hour told after the night on the next day', () => {
    const text = 'Fire swept through a warehouse on Monday night. Police said it began at about 1:40 a.m.';
    expect(valueOf(text, '1:40 a.m.')).toBe('2031-03-11T01:40');
    expect(valueOf('Fire swept through a warehouse on Monday night. Police said it began at about 9 p.m.', '9 p.m.')).toBe('2031-03-10T21:00');
  });
});

describe('half years under report', () => {
  it('compares "a year earlier" with the same half', () => {
    const text = 'Profit for the six months to June 30 rose to $4 million from $3 million a year earlier.';
    expect(valueOf(text, 'a year earlier', '2031-08-20')).toBe('2030-H1');
    const other = 'Sales in the six months ended Dec. 31 fell 4%, compared with a year earlier.';
    expect(valueOf(other, 'a year earlier', '2032-02-20')).toBe('2030-H2');
    expect(valueOf('Revenue in the first half of 2031 rose from a year earlier.', 'a year earlier')).toBe('2030-H1');
  });
  it('leaves other spans alone', () => {
    expect(valueOf('Profit for the three months to June 30 rose from a year earlier.', 'a year earlier', '2031-08-20')).not.toMatch(/H/);
  });
});

describe('deadlines of a commitment', () => {
  it('look ahead of the committing, whatever its tense', () => {
    expect(valueOf('The ministry had promised the lenders new levies by the end of June.', 'the end of June')).toBe('2031-06');
    expect(valueOf('The mayor pledged a full report by Friday.', 'Friday')).toBe('2031-03-14');
  });
  it('but a deadline met is past', () => {
    expect(valueOf('The works were finished by Friday, the council said.', 'Friday')).toBe('2031-03-07');
    expect(valueOf('The ministry said the promised levies were collected by Monday.', 'Monday')).toBe('2031-03-10');
  });
});

describe('quarters counted from an end of a year', () => {
  it('reads two of them as a half year', () => {
    expect(valueOf('Sales fell in the first two quarters of 2030.', 'the first two quarters of 2030')).toBe('2030-H1');
    expect(valueOf('Growth slowed in the last two quarters of 2030.', 'the last two quarters of 2030')).toBe('2030-H2');
  });
  it('leaves other counts alone', () => {
    expect(texts('Sales fell in the first three quarters of 2030.')).not.toContain('the first three quarters of 2030');
  });
});

describe('the start of a schedule', () => {
  it('lies ahead when no verb near it says otherwise', () => {
    const text = 'The utility will ration power in parts of the northern and eastern districts for up to ten hours every two days starting Friday.';
    expect(valueOf(text, 'Friday')).toBe('2031-03-14');
  });
  it('keeps a past verb', () => {
    expect(valueOf('Starting Monday, the plant closed its doors.', 'Monday')).toBe('2031-03-10');
  });
});
