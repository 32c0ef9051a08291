/**
 * Shapes of time expressions in wire copy, business news and broadcast transcripts: reporting periods,
 * comparisons with the year before, ranges of days, clock times with their day, spoken numbers, titles of
 * works in quotation marks, and the tense cues that place a bare "Friday" or "Dec. 14". All examples are
 * invented; each shape has negative examples that must not match.
 */
import { describe, expect, it } from 'vitest';
import type { Timex } from '../../../shared/analysis';
import { extractTimexes } from './index';

const THURSDAY = '2023-02-23';

function all(text: string, publishedAt: string | null = THURSDAY): Timex[] {
  return extractTimexes(text, { publishedAt });
}

function one(text: string, needle: string, publishedAt: string | null = THURSDAY): Timex {
  const found = all(text, publishedAt).filter((t) => t.text === needle);
  expect(found.map((t) => t.text), `"${needle}" in "${text}"`).toEqual([needle]);
  return found[0]!;
}

const valueOf = (text: string, needle: string, publishedAt: string | null = THURSDAY) => one(text, needle, publishedAt).value;

describe('reporting periods of business news', () => {
  const OCTOBER = '2022-10-27';

  it('reads "a year earlier" / "a year ago" set against a quarter as the same quarter of the year before', () => {
    const text = 'The brewer booked third-quarter profit of $5 million, against $3 million a year earlier. Its revenue reached $90 million, compared with $80 million a year ago.';
    expect(one(text, 'a year earlier', OCTOBER)).toMatchObject({ type: 'DATE', value: '2021-Q3', range: { start: '2021-07-01', end: '2021-09-30' } });
    // The comparison does not move the story: the second one still compares with the third quarter.
    expect(valueOf(text, 'a year ago', OCTOBER)).toBe('2021-Q3');
  });

  it('reads the year-earlier and year-ago periods, the latest and the current quarter', () => {
    const text = 'The lender said net income for the quarter slid to $2 million, after $4 million in the year-earlier quarter. In the year-ago period, fees were higher.';
    expect(valueOf(text, 'the quarter', OCTOBER)).toBe('2022-Q3');
    expect(valueOf(text, 'the year-earlier quarter', OCTOBER)).toBe('2021-Q3');
    expect(valueOf(text, 'the year-ago period', OCTOBER)).toBe('2021-Q3');
    expect(valueOf('Revenue climbed 8% in the latest quarter.', 'the latest quarter', OCTOBER)).toBe('2022-Q3');
    expect(valueOf('The firm expects a loss in the current quarter.', 'the current quarter', OCTOBER)).toBe('2022-Q4');
    expect(valueOf('Margins were wider during the year-earlier third quarter.', 'the year-earlier third quarter', OCTOBER)).toBe('2021-Q3');
    expect(valueOf('Sales slipped in the 2021 second quarter.', 'the 2021 second quarter', OCTOBER)).toBe('2021-Q2');
    expect(valueOf('Shipments doubled during the fiscal first quarter.', 'the fiscal first quarter', OCTOBER)).toBe('2022-Q1');
    expect(valueOf('Bookings cooled over the last half of 2021.', 'the last half of 2021')).toBe('2021-H2');
  });

  it('reads "the quarter ended Sept. 30" from its end date and "the year ended March 31" as a twelve-month duration', () => {
    const text = 'In the quarter ended June 30, the chain lost money. Over the year ended March 31, it made $4 million.';
    const found = all(text, OCTOBER);
    expect(found.find((t) => t.text === 'the quarter')?.value).toBe('2022-Q2');
    expect(found.find((t) => t.text === 'June 30')?.value).toBe('2022-06-30');
    expect(found.find((t) => t.text === 'the year')).toMatchObject({ type: 'DURATION', value: 'P1Y', range: { start: '2021-04-01', end: '2022-03-31' } });
  });

  it('reads a bare "year-earlier" before a noun', () => {
    const text = 'The miner reported third-quarter earnings of $7 million, after a year-earlier loss of $1 million.';
    expect(valueOf(text, 'year-earlier', OCTOBER)).toBe('2021-Q3');
  });

  it('leaves other quarters and periods alone', () => {
    const text = 'He lives in the old quarter of the city. A quarter of the shares changed hands. The period of grace ended. The Latin Quarter was busy.';
    expect(all(text, OCTOBER)).toEqual([]);
    expect(all('Prices rose for the period.', OCTOBER)).toEqual([]);
  });
});

describe('quarters in the year the tense points to', () => {
  it('keeps the quarter just ended in this year when results are still to come', () => {
    expect(valueOf('Acme expects to report third-quarter profit next week.', 'third-quarter', '2022-10-27')).toBe('2022-Q3');
    expect(valueOf('Acme expects first-quarter sales to rise.', 'first-quarter', '2022-10-27')).toBe('2023-Q1');
  });
});

describe('weeks named by a day or a month', () => {
  it('reads "the week of March 6", "the first week of May 2021", "the last week of June 2021", "the week before last"', () => {
    expect(one('Talks are set for the week of March 6.', 'the week of March 6')).toMatchObject({ value: '2023-W10', range: { start: '2023-03-06', end: '2023-03-12' } });
    expect(valueOf('Sales peaked in the first week of May 2021.', 'the first week of May 2021')).toBe('2021-W18');
    expect(valueOf('Sales slumped in the last week of June 2021.', 'the last week of June 2021')).toBe('2021-W25');
    expect(valueOf('He left the week before last.', 'the week before last')).toBe('2023-W06');
  });

  it('leaves other weeks to the other rules', () => {
    expect(all('The week of talks ended.').map((t) => t.text)).toEqual([]);
    expect(all('The week of the 24th was wet.').map((t) => t.text)).toEqual([]);
  });
});

describe('ranges of days', () => {
  it('reads "February 24-25", "24–25 Feb" and cross-month ranges as one range with its ends nested', () => {
    const found = all('The summit is scheduled for February 24-25.');
    expect(found[0]).toMatchObject({ text: 'February 24-25', type: 'DURATION', value: 'P2D', range: { start: '2023-02-24', end: '2023-02-25' }, precision: 'range' });
    expect(found.slice(1).map((t) => [t.text, t.value])).toEqual([
      ['February 24', '2023-02-24'],
      ['25', '2023-02-25'],
    ]);
    expect(one('Talks were held 24–25 Feb in Geneva.', '24–25 Feb').range).toEqual({ start: '2023-02-24', end: '2023-02-25' });
    expect(one('The fair ran 30 December – 2 January 2023.', '30 December – 2 January 2023').range).toEqual({ start: '2022-12-30', end: '2023-01-02' });
    expect(one('Voting runs Feb. 27 - March 2, 2024.', 'Feb. 27 - March 2, 2024')).toMatchObject({ value: 'P5D', range: { start: '2024-02-27', end: '2024-03-02' } });
  });

  it('reads "from Monday to Wednesday", "Monday through Friday" and "between March 3 and March 5"', () => {
    expect(one('The fair will run from Monday to Wednesday.', 'Monday to Wednesday')).toMatchObject({ type: 'DURATION', value: 'P3D', range: { start: '2023-02-27', end: '2023-03-01' } });
    expect(one('Shops were shut Monday through Friday.', 'Monday through Friday').range).toEqual({ start: '2023-02-20', end: '2023-02-24' });
    expect(one('It snowed between March 3 and March 5, 2021.', 'March 3 and March 5, 2021').range).toEqual({ start: '2021-03-03', end: '2021-03-05' });
    expect(one('Prices climbed from March to May 2022.', 'March to May 2022')).toMatchObject({ value: 'P3M', range: { start: '2022-03-01', end: '2022-05-31' } });
  });

  it('reads two months joined by a dash as one range, and "the April-June quarter" as that calendar quarter', () => {
    expect(one('Output rose in the April-June quarter.', 'the April-June quarter')).toMatchObject({ type: 'DATE', value: '2022-Q2', range: { start: '2022-04-01', end: '2022-06-30' } });
    expect(one('Output rose in April-June.', 'April-June')).toMatchObject({ type: 'DURATION', value: 'P3M', range: { start: '2022-04-01', end: '2022-06-30' } });
    // Months that are not a calendar quarter stay a range of months.
    expect(all('Output rose in the February-April quarter.').map((t) => t.text)).toContain('February-April');
    expect(one('Exports fell in January–March.', 'January–March')).toMatchObject({ value: 'P3M' });
    // A dash after one month only is not a range, and "May" still needs a calendar context.
    expect(all('The April-to-date figures are out.').map((t) => t.text)).toEqual(['April']);
    expect(all('Sales rose in June - May we add, sharply.').map((t) => t.text)).toEqual(['June']);
  });

  it('does not make ranges of scores, counts or single dates', () => {
    expect(all('The team won 24-25 on Monday.').map((t) => t.text)).toEqual(['Monday']);
    expect(all('The index rose 3-5 percent in May 2022.').map((t) => t.text)).toEqual(['May 2022']);
    expect(all('He met her on Monday, then flew to Paris.').map((t) => t.text)).toEqual(['Monday']);
    expect(all('Shares rose from Monday, traders said.').map((t) => t.text)).toEqual(['Monday']);
  });
});

describe('weekends and fortnights', () => {
  it('reads "this weekend" in the present tense as the nearer weekend: the coming one from Wednesday on', () => {
    expect(valueOf('The festival returns this weekend.', 'this weekend')).toBe('2023-W08-WE');
    expect(valueOf('The festival returns this weekend.', 'this weekend', '2023-02-20')).toBe('2023-W07-WE');
    expect(valueOf('Protesters marched this weekend, police said.', 'this weekend')).toBe('2023-W07-WE');
  });

  it('counts a fortnight as two weeks', () => {
    expect(valueOf('The talks dragged on for nearly a fortnight.', 'nearly a fortnight')).toBe('P2W');
    expect(valueOf('The ward closed for three fortnights.', 'three fortnights')).toBe('P6W');
  });
});

describe('parts of a day told from the story\'s day', () => {
  it('places "the next morning", "that evening" and "the previous night" from the last day told', () => {
    const text = 'The fire broke out on Monday. The next morning, crews returned. That evening, the road reopened. The previous night had been calm.';
    expect(one(text, 'The next morning')).toMatchObject({ type: 'TIME', value: '2023-02-21TMO' });
    expect(valueOf(text, 'That evening')).toBe('2023-02-21TEV');
    expect(valueOf(text, 'The previous night')).toBe('2023-02-20TNI');
  });

  it('reads "mid-afternoon yesterday" and "overnight" as times of a day', () => {
    expect(one('The blast came mid-afternoon yesterday.', 'mid-afternoon yesterday')).toMatchObject({ type: 'TIME', value: '2023-02-22TAF' });
    expect(valueOf('Rebels attacked overnight, the army said.', 'overnight')).toBe('2023-02-22TNI');
    expect(valueOf('Crews will work overnight to clear it.', 'overnight')).toBe('2023-02-23TNI');
  });

  it('leaves "overnight" before a noun alone', () => {
    expect(all('The bank raised its overnight rate. Shares rose in overnight trading. It was an overnight success.')).toEqual([]);
  });
});

describe('clock times with their day', () => {
  it('reads "10 p.m. Wednesday", "noon Thursday", "9 a.m. EST Tuesday" as one TIME', () => {
    expect(one('The deadline passed at 10 p.m. Wednesday.', '10 p.m. Wednesday')).toMatchObject({ type: 'TIME', value: '2023-02-22T22:00', precision: 'datetime' });
    expect(valueOf('Polls closed at noon Thursday.', 'noon Thursday')).toBe('2023-02-23T12:00');
    expect(valueOf('The offer was extended until 9 a.m. EST Tuesday.', '9 a.m. EST Tuesday')).toBe('2023-02-28T09:00');
    expect(valueOf('The ship docked at 5 p.m. Feb. 9.', '5 p.m. Feb. 9')).toBe('2023-02-09T17:00');
  });

  it('does not read decimal numbers as clock times', () => {
    expect(all('The index rose to 2.46 from 2.35 at the close.')).toEqual([]);
    expect(valueOf('The train leaves at 9.30 a.m.', '9.30 a.m.')).toBe('2023-02-23T09:30');
  });
});

describe('durations as broadcast transcripts and wire copy write them', () => {
  it('reads spoken compound numbers, fractions and "and a half"', () => {
    expect(valueOf('Over the last twenty four hours the river rose.', 'the last twenty four hours')).toBe('PT24H');
    expect(valueOf('It took a minute and a half.', 'a minute and a half')).toBe('PT1M30S');
    expect(valueOf('He served 2 1/2 years in prison.', '2 1/2 years')).toBe('P2Y6M');
    expect(valueOf('The strike lasted 2½ days.', '2½ days')).toBe('P2DT12H');
    expect(valueOf('It needs half an hour.', 'half an hour')).toBe('PT30M');
  });

  it('reads a compound adjective written without its hyphen and words between a number and its unit', () => {
    expect(valueOf('The peso fell to a five year low.', 'five year')).toBe('P5Y');
    expect(valueOf('After the three hour meeting, they left.', 'three hour')).toBe('PT3H');
    expect(valueOf('The plant may run 20 more years.', '20 more years')).toBe('P20Y');
    expect(valueOf('Shares fell for eight trading days.', 'eight trading days')).toBe('P8D');
    expect(all('The two year olds played. He scored in the 1998 second half.').filter((t) => t.type === 'DURATION')).toEqual([]);
  });

  it('reads years spoken in words after a preposition or a month', () => {
    expect(valueOf('The band formed in nineteen sixty-seven.', 'nineteen sixty-seven')).toBe('1967');
    expect(valueOf('The dam was finished in the spring of nineteen seventy-one.', 'the spring of nineteen seventy-one')).toBe('1971-SP');
    expect(valueOf('By two thousand one the plant had closed.', 'two thousand one')).toBe('2001');
    expect(valueOf('He was born May nineteen oh five.', 'May nineteen oh five')).toBe('1905-05');
    // Counts, not years: no preposition before them, or a unit or a counted noun after them.
    expect(all('Nineteen ninety people came. It lasted for two thousand years. In twenty fourteen-year-olds we trust.').filter((t) => t.type === 'DATE')).toEqual([]);
  });
});

describe('periods named in words', () => {
  it('reads decades in words like "the \'90s"', () => {
    expect(valueOf('Prices soared in the nineties.', 'the nineties')).toBe('199');
    expect(valueOf('He grew up in the early eighties.', 'the early eighties')).toBe('198');
    expect(all('Nineties music is back.').map((t) => t.text)).toEqual([]);
  });

  it('reads "the next couple of years", "the weeks ahead" and "the full year"', () => {
    expect(one('The plant will close over the next couple of years.', 'the next couple of years')).toMatchObject({ type: 'DURATION', value: 'P2Y' });
    expect(valueOf('In the weeks ahead, talks resume.', 'the weeks ahead')).toBe('PXW');
    expect(valueOf('The months to come will be hard.', 'The months to come')).toBe('PXM');
    expect(valueOf('Sales in 2021 fell, and for the full year the firm lost money.', 'the full year')).toBe('2021');
    expect(all('The hours ahead of the vote were tense.').map((t) => t.text)).toEqual([]);
  });
});

describe('a capitalised unit after a number names a work', () => {
  it('reads "48 Hours" mid-sentence as a title, "48 hours" and "48 HOURS" as durations', () => {
    expect(all('She told the show 48 Hours about the case.')).toEqual([]);
    expect(valueOf('The strike lasted 48 hours.', '48 hours')).toBe('PT48H');
    expect(valueOf('STRIKE LASTED 48 HOURS', '48 HOURS')).toBe('PT48H');
  });
});

describe('titles of works in quotation marks are not dates', () => {
  it('drops calendar words inside a quoted title', () => {
    expect(all('The senator, appearing on the network\'s "This Week," said talks would go on.')).toEqual([]);
    expect(all('She reviewed the film “Next Friday” for the paper.')).toEqual([]);
    expect(all('He appeared on the “Today” show.')).toEqual([]);
    expect(all('She writes for Psychology Today and Market Weekly.')).toEqual([]);
  });

  it('keeps quoted speech that holds a date', () => {
    expect(valueOf('“Next Monday,” he said, “we will act.”', 'Next Monday')).toBe('2023-02-27');
    expect(valueOf('He said the vote was "on Monday" and left.', 'Monday')).toBe('2023-02-20');
    expect(valueOf('She called it "a deal for this week" on air.', 'this week')).toBe('2023-W08');
  });
});

describe('more shapes of dates and periods', () => {
  it('reads "every quarter" as a set, and a weekday before a British day-month date as one date', () => {
    expect(one('The fund pays out every quarter.', 'every quarter')).toMatchObject({ type: 'SET', value: 'P1Q' });
    expect(valueOf('The hearing was adjourned until Monday 20 March.', 'Monday 20 March', '2023-03-15')).toBe('2023-03-20');
    expect(valueOf('It reopens on Tuesday, 4 June.', 'Tuesday, 4 June', '2024-05-20')).toBe('2024-06-04');
  });

  it('reads "the same period last year" as the period under discussion a year back', () => {
    const text = 'Sales in the third quarter rose to $8 million from $6 million in the same period last year.';
    expect(valueOf(text, 'the same period last year', '2022-10-27')).toBe('2021-Q3');
    expect(valueOf('Exports fell 3% from the same month a year earlier.', 'the same month a year earlier', '2022-10-27')).toBe('2021');
  });
});

describe('tense cues that place a bare date', () => {
  const OCTOBER = '2022-10-27';

  it('reads participles after "be" and modal verbs forward', () => {
    expect(valueOf('The bonus will be paid Dec. 14, the firm said.', 'Dec. 14', OCTOBER)).toBe('2022-12-14');
    expect(valueOf('The court said the files must be handed over by Jan. 14.', 'Jan. 14', OCTOBER)).toBe('2023-01-14');
    expect(valueOf('A report to be released in early November will settle it.', 'early November', OCTOBER)).toBe('2022-11');
    expect(valueOf('The council put off until Tuesday morning its vote on the budget.', 'Tuesday morning')).toBe('2023-02-28TMO');
  });

  it('reads a bare date a month ahead as this year\'s, as news style writes the year of any other', () => {
    expect(valueOf('The union offered no reason for the Jan. 14 cutoff.', 'Jan. 14', '2023-01-06')).toBe('2023-01-14');
    expect(valueOf('The league gave the club until mid-November to pay.', 'mid-November', '2022-10-27')).toBe('2022-11');
    expect(valueOf('The board approved a bonus, payable Dec. 7.', 'Dec. 7', '2022-10-27')).toBe('2022-12-07');
    expect(valueOf('The school named a new head, effective Feb. 1.', 'Feb. 1', '2022-10-27')).toBe('2023-02-01');
    // A date long gone stays in the past.
    expect(valueOf('The plant closed on Dec. 7.', 'Dec. 7', '2023-02-23')).toBe('2022-12-07');
    expect(valueOf('Sales fell in December.', 'December', '2023-02-23')).toBe('2022-12');
  });

  it('reads "could" before a verb, "set for", and a participle after an adverb or "and" forward', () => {
    expect(valueOf('Officials said a draft could be circulated on Tuesday evening.', 'Tuesday evening')).toBe('2023-02-28TEV');
    expect(valueOf('Another inch of rain could fall through Monday morning.', 'Monday morning')).toBe('2023-02-27TMO');
    expect(valueOf('The mayor could not be reached on Monday.', 'Monday')).toBe('2023-02-20');
    expect(valueOf('The vote is now set for Friday.', 'Friday')).toBe('2023-02-24');
    const both = all('The plan is due to be formally adopted on Tuesday and published on Wednesday.');
    expect(both.map((t) => t.value)).toEqual(['2023-02-28', '2023-03-01']);
    // "and" with a past verb keeps the past.
    expect(all('He was arrested on Monday and charged on Tuesday.').map((t) => t.value)).toEqual(['2023-02-20', '2023-02-21']);
  });

  it('reads a clock time, its zone in words and the day after "on" as one time', () => {
    const text = 'The launch, first planned for March 9, is now set for 8 a.m. local time on Friday.';
    expect(one(text, '8 a.m. local time on Friday')).toMatchObject({ type: 'TIME', value: '2023-02-24T08:00' });
    expect(one('The fireworks will start at 9pm on New Year\'s Eve.', '9pm on New Year\'s Eve', '2030-12-20')).toMatchObject({ type: 'TIME', value: '2030-12-31T21:00' });
    expect(valueOf('Bidders must file by 4 p.m. on May 12 at the latest.', '4 p.m. on May 12', '2031-05-02')).toBe('2031-05-12T16:00');
    // "on" before something that is not a day leaves the clock alone.
    expect(all('The shop opens at 9 a.m. on weekdays.').map((t) => t.text)).toEqual(['9 a.m.']);
  });

  it('gives a clock time with no day in its sentence the day the story has reached', () => {
    const text = 'The marathon was held on Saturday in Lindqvist. The winner crossed the line at about 11am, organisers said.';
    expect(valueOf(text, '11am', '2031-04-13')).toBe('2031-04-12T11:00');
    // With no day told yet, the publication day.
    expect(valueOf('The plant reopened at 6 a.m., the company said.', '6 a.m.')).toBe('2023-02-23T06:00');
  });

  it('does not take a noun "plans" or "hopes" for a forward-looking verb', () => {
    expect(valueOf('On Friday, holiday plans for thousands of travellers were upset by a strike.', 'Friday')).toBe('2023-02-17');
    expect(valueOf('On Friday, her hopes of a medal ended in the heats.', 'Friday')).toBe('2023-02-17');
    expect(valueOf('On Friday, the club plans to unveil its new coach.', 'Friday')).toBe('2023-02-24');
    expect(valueOf('The mayor hopes to sign the deal on Friday.', 'Friday')).toBe('2023-02-24');
  });

  it('does not take adjectives, "next to" or past modals for tense', () => {
    expect(valueOf('A fire next to the station destroyed a kiosk on Friday.', 'Friday')).toBe('2023-02-17');
    expect(valueOf('The special dividend is payable Jan. 2.', 'Jan. 2', OCTOBER)).toBe('2023-01-02');
    expect(valueOf('The mayor could not be reached Wednesday.', 'Wednesday')).toBe('2023-02-22');
    expect(valueOf('Until Thursday, police had not released a name.', 'Thursday')).toBe(THURSDAY);
    expect(valueOf('It should have opened on Monday.', 'Monday')).toBe('2023-02-20');
  });
});

describe('a month placed by a relative year', () => {
  it('reads "June last year", "January this year" and "March 3 next year" as one expression', () => {
    expect(one('The plant closed in June last year.', 'June last year')).toMatchObject({ type: 'DATE', value: '2022-06', range: { start: '2022-06-01', end: '2022-06-30' } });
    expect(valueOf('Talks began in January this year.', 'January this year')).toBe('2023-01');
    expect(valueOf('The bridge will open on March 3 next year.', 'March 3 next year')).toBe('2024-03-03');
  });

  it('leaves a month apart from a later "last year"', () => {
    const texts = all('Sales rose in June, up from last year.').map((t) => t.text);
    expect(texts).toEqual(['June', 'last year']);
  });
});

describe('the end of a year written "year-end"', () => {
  const MAY = '2023-05-10';

  it('reads "by year-end" ahead and "since year-end" back', () => {
    expect(one('The sale should close by year-end.', 'year-end', MAY)).toMatchObject({ type: 'DATE', value: '2023' });
    expect(valueOf('The index has fallen 8% since year-end.', 'year-end', MAY)).toBe('2022');
    expect(valueOf('The council hopes to finish the road by year end.', 'year end', MAY)).toBe('2023');
    expect(valueOf('Bonuses were paid at year’s end.', 'year’s end', MAY)).toBe('2022');
  });

  it('leaves other ends alone', () => {
    expect(all('The fiscal year end moved to June.', MAY).map((t) => t.text)).not.toContain('year end');
  });
});

describe('stretches ahead written without "the"', () => {
  it('reads "in coming months" like "in the coming months"', () => {
    expect(one('Prices should ease in coming months.', 'coming months')).toMatchObject({ type: 'DURATION', value: 'PXM' });
  });

  it('does not read the verb "coming" as a determiner', () => {
    expect(all('The storm, coming weeks after the flood, hit hard.').map((t) => t.text)).not.toContain('coming weeks');
  });
});

describe('clock hours told by the part of the day', () => {
  it('reads "at 4 in the morning", "until 10 at night" and "around 3 in the afternoon" with the day of the sentence', () => {
    expect(valueOf('Police arrived on Tuesday at 4 in the morning.', '4 in the morning')).toBe('2023-02-21T04:00');
    expect(valueOf('The bars will stay open on Friday until 10 at night.', '10 at night')).toBe('2023-02-24T22:00');
    expect(valueOf('On Monday, around 3 in the afternoon, the vote began.', '3 in the afternoon')).toBe('2023-02-20T15:00');
  });

  it('does not read scores or counts as clock times', () => {
    expect(all('The team scored 4 in the morning session.').map((t) => t.text)).not.toContain('4 in the morning');
  });
});

describe('periods, seasons and holidays of news', () => {
  it('does not end the clause at a decimal point ("7.5 litres")', () => {
    expect(valueOf('Water use hit 7.5 litres a head in the summer and should fall.', 'the summer', '2031-11-20')).toBe('2031-SU');
  });

  it('compares "the same period" and "the year-ago period" with the last quarter told, past any day named since', () => {
    const text = 'Lettings fell 3% in the first quarter, an agency said on Monday, compared with the same period last year.';
    expect(valueOf(text, 'the same period last year', '2031-04-09')).toBe('2030-Q1');
    const mill = 'Turnover at the Korvath mill grew in the July-September quarter, it said on Tuesday, from the year-ago period.';
    expect(valueOf(mill, 'the year-ago period', '2031-10-22')).toBe('2030-Q3');
  });

  it('reads "the summer" after "into" or "for", and "the autumn", but not "the fall" without a year', () => {
    expect(valueOf('The bakery struggled to meet orders deep into the summer.', 'the summer', '2031-10-02')).toBe('2031-SU');
    expect(valueOf('A second tour of the museum is planned for the autumn.', 'the autumn', '2031-03-08')).toBe('2031-FA');
    expect(all('The minister took the fall for the delay.').map((t) => t.text)).toEqual([]);
  });

  it('places "overnight" on the night after the story\'s day, also before an auxiliary', () => {
    const text = 'The ferry ran aground on Monday night. Tugs pulled it free overnight and it sailed on Tuesday.';
    expect(valueOf(text, 'overnight', '2031-03-13')).toBe('2031-03-10TNI');
    expect(valueOf('The river overnight had risen by a metre.', 'overnight', '2031-03-13')).toBe('2031-03-12TNI');
    expect(all('Overnight rates rose.', '2031-03-13').map((t) => t.text)).toEqual([]);
  });

  it('reads a season named by two years as one season, valued as its first year', () => {
    expect(one('Dunmore Athletic went down in the 2031-32 season.', 'the 2031-32 season')).toMatchObject({ type: 'DATE', value: '2031', range: { start: '2031-01-01', end: '2032-12-31' } });
    expect(valueOf('The college admitted more students in 2030-31.', '2030-31')).toBe('2030');
    expect(one('Output grew in 2009-2011.', '2009-2011')).toMatchObject({ type: 'DURATION', value: 'P2Y' });
    expect(one('Output grew in 2009-12.', '2009-12')).toMatchObject({ type: 'DURATION', value: 'P3Y' });
  });

  it('reads "within weeks" and "for days" as vague durations', () => {
    expect(one('The ministry will act within weeks.', 'weeks')).toMatchObject({ type: 'DURATION', value: 'PXW' });
    expect(one('The town was cut off for days.', 'days')).toMatchObject({ type: 'DURATION', value: 'PXD' });
  });

  it('reads holidays among the years like bare dates, and Black Friday and (capitalised) Election Day', () => {
    const closure = 'The Marlow library was told to stay shut between Christmas Eve and 28 December.';
    expect(all(closure, '2030-12-13').filter((t) => t.type === 'DATE').map((t) => t.value)).toEqual(['2030-12-24', '2030-12-28']);
    expect(valueOf('Toy sales slumped around Black Friday.', 'Black Friday', '2031-12-10')).toBe('2031-11-28');
    expect(valueOf('The mayor will keep knocking on doors until Election Day.', 'Election Day', '2032-10-20')).toBe('2032-11-02');
    expect(all('Voters went to the polls on election day.', '2031-07-05').map((t) => t.text)).toEqual([]);
  });

  it('reads "a single week", "three lean years" and "the year to October" as durations', () => {
    expect(one('The survey ran for a single week.', 'a single week')).toMatchObject({ type: 'DURATION', value: 'P1W' });
    expect(one('After three lean years, the orchard paid again.', 'three lean years')).toMatchObject({ value: 'P3Y' });
    expect(all('The probe is ten light years away.').map((t) => t.text)).toEqual([]);
    const found = all('Bus journeys grew 4% in the year to October.', '2031-11-20');
    expect(found.map((t) => [t.text, t.type, t.value])).toEqual([['the year', 'DURATION', 'P1Y'], ['October', 'DATE', '2031-10']]);
  });

  it('reads "the rest of the week" as the week the story has reached', () => {
    const text = 'Snow is expected from Thursday, with frost forecast for the rest of the week.';
    expect(one(text, 'the rest of the week', '2031-03-09')).toMatchObject({ type: 'DATE', value: '2031-W11' });
    expect(all('The rest of the days were dry.', '2031-03-09').map((t) => t.text)).toEqual([]);
  });

  it('reads the adjective "full-year" as the year under discussion, and leaves the adjective "quarterly" alone', () => {
    expect(valueOf('The brickmaker cut its full-year outlook on Monday.', 'full-year')).toBe('2023');
    expect(all('The co-operative trimmed its quarterly payout.').map((t) => t.text)).toEqual([]);
    expect(one('Interest is paid quarterly.', 'quarterly')).toMatchObject({ type: 'SET', value: 'P3M' });
  });
});

describe('more tense cues', () => {
  it('reaches a verb of direction across a compound object', () => {
    expect(valueOf('The panel summoned the 19-year-old striker to appear on April 10.', 'April 10')).toBe('2023-04-10');
  });

  it('reads a schedule in the past perfect and a record "set on" a date as past', () => {
    expect(valueOf('The ballot had been due to close Friday evening.', 'Friday evening')).toBe('2023-02-17TEV');
    expect(valueOf('The sale had been scheduled to end at midnight Friday.', 'midnight Friday')).toBe('2023-02-17T24:00');
    expect(valueOf('The ballot is due to close Friday.', 'Friday')).toBe('2023-02-24');
    expect(valueOf('She is a second off the best time set on Aug. 6.', 'Aug. 6')).toBe('2022-08-06');
  });

  it('counts "the previous Friday" and "the following Monday" from the story\'s day', () => {
    const text = 'The glacier moved 3 metres on Tuesday, twice as far as on the previous Friday. Surveyors returned the following Monday.';
    expect(valueOf(text, 'the previous Friday')).toBe('2023-02-17');
    expect(valueOf(text, 'the following Monday')).toBe('2023-02-20');
  });
});

describe('lengths told in several units', () => {
  it('reads "N years and M months" and "N hours, M minutes" as one duration', () => {
    expect(one('The treasurer was jailed for six years and three months.', 'six years and three months')).toMatchObject({ type: 'DURATION', value: 'P6Y3M' });
    expect(valueOf('The crossing took three hours, 40 minutes.', 'three hours, 40 minutes')).toBe('PT3H40M');
    expect(valueOf('The siege lasted two days and 14 hours.', 'two days and 14 hours')).toBe('P2DT14H');
  });

  it('keeps the parts apart when the second is larger, not a count, or a point in time', () => {
    expect(all('The walk took two hours and a cup of tea.').map((t) => t.text)).toEqual(['two hours']);
    expect(all('She served nine years, and three of them abroad.').map((t) => t.text)).toEqual(['nine years']);
    expect(all('It ran for ten minutes and two hours more.').map((t) => t.text)).toEqual(['ten minutes', 'two hours']);
    expect(all('The scheme began four years and two months ago.').map((t) => t.text)).not.toContain('four years and two months');
  });
});

describe('months counted from an end of a named year', () => {
  it('reads three months as the quarter and six as the half', () => {
    expect(one('Sales fell in the last three months of 2031.', 'the last three months of 2031')).toMatchObject({ type: 'DATE', value: '2031-Q4' });
    expect(valueOf('Output rose in the first three months of 2030.', 'the first three months of 2030')).toBe('2030-Q1');
    expect(valueOf('The mine lost money in the first six months of 2029.', 'the first six months of 2029')).toBe('2029-H1');
  });

  it('leaves other counts, and months with no year, as durations', () => {
    expect(all('Profit rose in the first nine months of 2030.').map((t) => t.value)).toContain('P9M');
    expect(valueOf('Prices doubled over the last three months.', 'the last three months')).toBe('P3M');
  });
});

describe('rates after a counted thing', () => {
  it('reads "a year" after counted things and amounts as a set', () => {
    expect(one('The coast is struck by about 15 cyclones a year.', 'a year')).toMatchObject({ type: 'SET', value: 'P1Y' });
    expect(valueOf('Planners expect 3,000 new flats a year.', 'a year')).toBe('P1Y');
    expect(valueOf('The change would save the county £3.4m a year.', 'a year')).toBe('P1Y');
    expect(valueOf('The board spends 400 crore a year on roads.', 'a year')).toBe('P1Y');
  });

  it('keeps "a year" a duration or date when nothing is counted before it', () => {
    expect(one('The rebuild took a year.', 'a year').type).toBe('DURATION');
    expect(one('They opened 12 shops a year ago.', 'a year ago').type).toBe('DATE');
    expect(one('The two clubs met at Wembley a year after the final.', 'a year').type).toBe('DURATION');
    expect(one('Both sides agreed to pause talks for a year.', 'a year').type).toBe('DURATION');
  });
});

describe('the past fortnight', () => {
  it('is two weeks back from publication', () => {
    expect(one('Trade has slowed over the past fortnight.', 'the past fortnight')).toMatchObject({ type: 'DURATION', value: 'P2W', range: { start: '2023-02-09', end: '2023-02-23' } });
    expect(valueOf('Trade has slowed over the past week.', 'the past week')).toBe('P1W');
  });
});

describe('clock times told as a habit', () => {
  it('gives no day to opening hours, shifts and timetables', () => {
    expect(valueOf('The new clinic will open from 8am to 8pm.', '8am')).toBe('XXXX-XX-XXT08:00');
    expect(valueOf('Crews work between 7 a.m. and 4 p.m.', '4 p.m.')).toBe('XXXX-XX-XXT16:00');
    expect(valueOf('The ferry usually leaves at 6.15am.', '6.15am')).toBe('XXXX-XX-XXT06:15');
    expect(valueOf('She walks the dog every night at 10pm.', '10pm')).toBe('XXXX-XX-XXT22:00');
  });

  it('keeps the day of a clock time told as a moment', () => {
    expect(valueOf('The protest started at 3pm.', '3pm')).toBe('2023-02-23T15:00');
    expect(valueOf('Polls were open from 7 a.m. to 7 p.m.', '7 a.m.')).toBe('2023-02-23T07:00');
    expect(valueOf('Polls will open from 7 a.m. to 7 p.m. on Friday.', '7 a.m.')).toBe('2023-02-24T07:00');
  });
});

describe('modern earnings and forward-looking copy', () => {
  const JANUARY = '2026-01-21';

  it('reads a quarter still to be reported in January as last year\'s fourth', () => {
    expect(valueOf('The toolmaker will report fourth-quarter results on Feb. 3.', 'fourth-quarter', JANUARY)).toBe('2025-Q4');
    expect(valueOf('The toolmaker expects the first quarter to be slower.', 'the first quarter', JANUARY)).toBe('2026-Q1');
    expect(valueOf('The toolmaker expects the third quarter to be slower.', 'the third quarter', JANUARY)).toBe('2026-Q3');
  });

  it('reads the present of a schedule\'s closing or opening as ahead', () => {
    const NOVEMBER = '2026-11-04'; // a Wednesday
    expect(valueOf('The curfew lifts at midnight Tuesday.', 'midnight Tuesday', NOVEMBER)).toBe('2026-11-10T24:00');
    expect(valueOf('The exhibition closes on Sunday.', 'Sunday', NOVEMBER)).toBe('2026-11-08');
    expect(valueOf('The exhibition closed on Sunday.', 'Sunday', NOVEMBER)).toBe('2026-11-01');
  });

  it('reads "prior-year" and "the prior year" like "year-earlier" and "the previous year"', () => {
    const NOVEMBER = '2026-11-04';
    const text = 'Operating profit at the glassmaker rose in the third quarter from the prior-year quarter.';
    expect(valueOf(text, 'the prior-year quarter', NOVEMBER)).toBe('2026-Q3'.replace('2026', '2025'));
    expect(valueOf('Margins widened in the third quarter from prior-year levels.', 'prior-year', NOVEMBER)).toBe('2025-Q3');
    expect(valueOf('Exports fell from the prior year.', 'the prior year', NOVEMBER)).toBe('2025');
    expect(all('Prior to the vote, the judge noted a prior conviction.', NOVEMBER)).toEqual([]);
  });

  it('gives noon and midnight their zone and their day, and reads "p.m. Eastern"', () => {
    const NOVEMBER = '2026-11-04'; // a Wednesday
    expect(one('Negotiators broke off at noon on Friday.', 'noon on Friday', NOVEMBER)).toMatchObject({ type: 'TIME', value: '2026-10-30T12:00' });
    expect(valueOf('The ceasefire took hold at midnight local time.', 'midnight local time', NOVEMBER)).toBe('2026-11-04T24:00');
    expect(valueOf('The offer lapsed at noon ET.', 'noon ET', NOVEMBER)).toBe('2026-11-04T12:00');
    expect(valueOf('The count ended at 9 p.m. Eastern.', '9 p.m. Eastern', NOVEMBER)).toBe('2026-11-04T21:00');
    expect(valueOf('She left at 3 p.m. Central Park was empty.', '3 p.m.', NOVEMBER)).toBe('2026-11-04T15:00');
  });

  it('places a day that something is for, a day joined to another, and a day inside reported speech', () => {
    const TUESDAY = '2026-10-20';
    const text = 'Schools in the province were closed for Wednesday and Thursday.';
    expect(valueOf(text, 'Wednesday', TUESDAY)).toBe('2026-10-21');
    expect(valueOf(text, 'Thursday', TUESDAY)).toBe('2026-10-22');
    expect(valueOf('Ferries were halted on Saturday and Sunday.', 'Sunday', TUESDAY)).toBe('2026-10-18');
    expect(valueOf('The forecaster said winds on Friday night would reach 90 km/h.', 'Friday night', TUESDAY)).toBe('2026-10-23TNI');
    expect(valueOf('The minister said on Friday that fares would rise.', 'Friday', TUESDAY)).toBe('2026-10-16');
    expect(valueOf('Tembo told reporters outside the court on Monday evening that buses would run.', 'Monday evening', TUESDAY)).toBe('2026-10-19TEV');
  });

  it('reads the plural present of a fixture as ahead, and the noun as no cue', () => {
    const TUESDAY = '2026-10-20';
    expect(valueOf('The Hawks host Riverton on Friday.', 'Friday', TUESDAY)).toBe('2026-10-23');
    expect(valueOf('The Hawks begin a road trip on Sunday.', 'Sunday', TUESDAY)).toBe('2026-10-25');
    expect(valueOf('After a slow start on Sunday, the Hawks won.', 'Sunday', TUESDAY)).toBe('2026-10-18');
  });

  it('leaves the quarters and breaks of a game alone', () => {
    const DECEMBER = '2026-12-02';
    expect(all('Mbeki scored 21 points, 9 of them in the fourth quarter, as the Otters won 101-95.', DECEMBER).map((t) => t.text)).not.toContain('the fourth quarter');
    expect(all('The Otters led 60-41 early in the third quarter.', DECEMBER).map((t) => t.text)).toEqual([]);
    expect(all('The Swans trailed by 9 points at three-quarter time.', DECEMBER)).toEqual([]);
    expect(all('The Otters outscored the Hawks 31-20 in the third quarter.', DECEMBER)).toEqual([]);
    expect(valueOf('The index gained 120 points in the third quarter.', 'the third quarter', DECEMBER)).toBe('2026-Q3');
    expect(valueOf('The airline said its losses in the fourth quarter fell.', 'the fourth quarter', DECEMBER)).toBe('2026-Q4');
  });

  it('reads "the first half" and "the second half" alone in results copy as halves of the year under discussion', () => {
    const SEPTEMBER = '2026-09-02';
    expect(valueOf('Brokers said margins in the second half would widen.', 'the second half', SEPTEMBER)).toBe('2026-H2');
    expect(valueOf('Sales rose 9% to $3 billion in 2025. In the first half, sales rose 2%.', 'the first half', SEPTEMBER)).toBe('2025-H1');
    expect(all('The Otters scored twice in the second half.', SEPTEMBER)).toEqual([]);
    expect(all('The film drags in the second half.', SEPTEMBER)).toEqual([]);
  });

  it('reads "the fall" after a preposition of time as the season, and leaves a drop alone', () => {
    const JUNE = '2026-06-02';
    expect(valueOf('The county expects to apply for the grant in the fall.', 'the fall', JUNE)).toBe('2026-FA');
    expect(valueOf('The board will vote on the plan by the fall.', 'the fall', JUNE)).toBe('2026-FA');
    for (const text of ['She broke her hip in the fall from a ladder.', 'Shares dropped in the fall in oil prices.', 'He was hurt in the fall, police said.', 'After the fall of the regime, exiles returned.', 'The aide took the fall.']) {
      expect(all(text, JUNE), text).toEqual([]);
    }
  });

  it('reads "last season", "this season" and "next season" as years from publication', () => {
    const MARCH = '2026-03-29';
    expect(valueOf('It was the club\'s first win since round 4 last season.', 'last season', MARCH)).toBe('2025');
    expect(valueOf('The striker has scored 12 goals this season.', 'this season', MARCH)).toBe('2026');
    expect(valueOf('The festival will return next season.', 'next season', MARCH)).toBe('2027');
    expect(all('The season opener was delayed.', MARCH)).toEqual([]);
  });

  it('reads "the corresponding period of 2025" as the period under discussion in that year, and a month of next year after "the end of"', () => {
    const APRIL = '2026-04-29';
    const text = 'Net income in the first quarter rose to $6 million from $4 million in the corresponding period of 2025.';
    expect(valueOf(text, 'the corresponding period of 2025', APRIL)).toBe('2025-Q1');
    expect(valueOf('The lender must raise capital by the end of March next year.', 'the end of March next year', APRIL)).toBe('2027-03');
  });

  it('places a bare month in the year that opens its sentence as a frame, and only then', () => {
    const SEPTEMBER = '2026-09-14';
    const text = 'Last year, the district logged 900 cases, most of them between mid-August and early November.';
    expect(valueOf(text, 'mid-August', SEPTEMBER)).toBe('2025-08');
    expect(valueOf('In 2024, the mill closed in June.', 'June', SEPTEMBER)).toBe('2024-06');
    expect(valueOf('The club was promoted in 2022 and finished 9th in May.', 'May', SEPTEMBER)).toBe('2026-05');
    expect(valueOf('Last year, sales fell, but the firm will open a store in March.', 'March', SEPTEMBER)).toBe('2027-03');
  });

  it('reads race times: units in a row and stopwatch readings, not clock times', () => {
    expect(valueOf('Chebet won in 2 hours 21 minutes 5 seconds.', '2 hours 21 minutes 5 seconds')).toBe('PT2H21M5S');
    expect(valueOf('The hearing lasted 3 hours 15 minutes.', '3 hours 15 minutes')).toBe('PT3H15M');
    expect(one('Kiprono crossed the line in 2:07:45, a course record.', '2:07:45')).toMatchObject({ type: 'DURATION', value: 'PT2H7M45S' });
    expect(one('The bell rang at 9:15:00 GMT.', '9:15:00 GMT').type).toBe('TIME');
    expect(one('The photo was taken at 2:06:12 p.m.', '2:06:12 p.m.').type).toBe('TIME');
  });

  it('counts a stay in nights as days, and reads "likely" as a forecast', () => {
    const FRIDAY = '2026-12-04';
    expect(valueOf('Hosts may let their homes for no more than 60 nights a year.', '60 nights', FRIDAY)).toBe('P60D');
    expect(one('The ferry sails on Friday nights.', 'Friday nights', FRIDAY).type).toBe('SET');
    expect(valueOf('The forecaster said gusts were likely on Sunday morning.', 'Sunday morning', FRIDAY)).toBe('2026-12-06TMO');
  });

  it('reads "likely" before a verb as a guess, not a forecast: the verb gives the tense', () => {
    const FRIDAY = '2026-12-04';
    expect(valueOf('The crash on Sunday likely killed dozens of geese.', 'Sunday', FRIDAY)).toBe('2026-11-29');
    expect(valueOf('Police believe the gang likely fled on Sunday.', 'Sunday', FRIDAY)).toBe('2026-11-29');
    expect(valueOf('On Sunday the squall likely toppled three sheds.', 'Sunday', FRIDAY)).toBe('2026-11-29');
    // The predicate of a forecast still looks ahead.
    expect(valueOf('Sleet is likely on Sunday.', 'Sunday', FRIDAY)).toBe('2026-12-06');
    expect(valueOf('A settlement is unlikely before Sunday.', 'Sunday', FRIDAY)).toBe('2026-12-06');
  });

  it('reads "the same quarter a year earlier" with no quarter told as the last completed quarter, a year back', () => {
    expect(valueOf('Bookings fell 3% from the same quarter a year earlier.', 'the same quarter a year earlier', '2026-11-04')).toBe('2025-Q3');
  });

  it('reads "the new year" after a preposition, and "until at least Sunday" as ahead', () => {
    const NOVEMBER = '2026-11-18';
    expect(valueOf('A final vote is expected in the new year.', 'the new year', NOVEMBER)).toBe('2027');
    expect(valueOf('Talks will resume in the new year.', 'the new year', '2027-01-06')).toBe('2027');
    expect(all('The carrier launched the new year 7 timetable.', NOVEMBER)).toEqual([]);
    expect(valueOf('The heat is forecast to last until at least Sunday.', 'Sunday', NOVEMBER)).toBe('2026-11-22');
  });

  it('compares "a year earlier" with the month or quarter named right after it', () => {
    const NOVEMBER = '2026-11-04';
    expect(valueOf('Rents rose 4% from a year earlier in September.', 'a year earlier', NOVEMBER)).toBe('2025-09');
    expect(valueOf('Bookings climbed 8% from a year ago in the third quarter.', 'a year ago', NOVEMBER)).toBe('2025-Q3');
    expect(valueOf('Rents rose 4% from a year earlier.', 'a year earlier', NOVEMBER)).toBe('2025');
  });

  it('reads a date after "ahead of" in a past-tense clause as the nearest one', () => {
    expect(valueOf('Retailers had cut stock ahead of Christmas.', 'Christmas', '2026-08-19')).toBe('2026-12-25');
    expect(valueOf('Shoppers crowded the stores ahead of Christmas.', 'Christmas', '2026-12-27')).toBe('2026-12-25');
  });

  it('reads a bare season after a preposition of time, and the present "runs from" of a schedule', () => {
    const NOVEMBER = '2026-11-04';
    expect(valueOf('The brewer hopes to have the line running by spring.', 'spring', NOVEMBER)).toBe('2027-SP');
    expect(valueOf('The board will decide in spring, when the budget is set.', 'spring', NOVEMBER)).toBe('2027-SP');
    expect(all('Drivers must fit winter tyres in winter months.', NOVEMBER)).toEqual([]);
    expect(all('The Arab Spring protests spread.', NOVEMBER)).toEqual([]);
    expect(valueOf('The fair runs from June 11 to July 19.', 'June 11', NOVEMBER)).toBe('2027-06-11');
    expect(valueOf('The fair ran from June 11 to July 19.', 'June 11', NOVEMBER)).toBe('2026-06-11');
  });

  it('reads the new date of a thing moved as ahead', () => {
    const NOVEMBER = '2026-11-04'; // a Wednesday
    expect(valueOf('The inquiry was adjourned to Friday.', 'Friday', NOVEMBER)).toBe('2026-11-06');
    expect(valueOf('The launch has been pushed back to June.', 'June', NOVEMBER)).toBe('2027-06');
    expect(valueOf('The launch was delayed in June.', 'June', NOVEMBER)).toBe('2026-06');
  });

  it('reads "the week beginning June 8" and "the week starting Monday" as the ISO week from that day', () => {
    const MAY = '2026-05-20';
    expect(one('Voting opens the week beginning June 8.', 'the week', MAY)).toMatchObject({ value: '2026-W24', range: { start: '2026-06-08', end: '2026-06-14' } });
    expect(valueOf('Talks will be held in the week starting Monday.', 'the week', MAY)).toBe('2026-W22');
  });

  it('keeps a possessive weekday after "for" to its tense', () => {
    expect(valueOf('The group claimed responsibility for Friday\'s attack.', 'Friday', '2026-10-20')).toBe('2026-10-16');
  });

  it('reads a holiday\'s weekend as the ISO weekend it falls in', () => {
    const MAY = '2026-05-14';
    expect(one('Airports expect record crowds over the Memorial Day weekend.', 'the Memorial Day weekend', MAY)).toMatchObject({ value: '2026-W21-WE', range: { start: '2026-05-23', end: '2026-05-24' } });
    expect(valueOf('Traffic was heavy over the Labor Day weekend.', 'the Labor Day weekend', MAY)).toBe('2025-W35-WE');
    expect(valueOf('Stores were busy over the Thanksgiving weekend.', 'the Thanksgiving weekend', MAY)).toBe('2025-W48-WE');
    expect(valueOf('Rail services will be cut over the late May bank holiday weekend.', 'the late May bank holiday weekend', MAY)).toBe('2026-W21-WE');
    expect(valueOf('Beaches were packed on the August bank holiday weekend.', 'the August bank holiday weekend', MAY)).toBe('2025-W34-WE');
    expect(valueOf('The fair opens on Labor Day.', 'Labor Day', MAY)).toBe('2026-09-07');
  });

  it('reads a holiday\'s week as the ISO week it falls in', () => {
    const MAY = '2026-05-14';
    expect(one('Churches were full during Easter week.', 'Easter week', MAY)).toMatchObject({ value: '2026-W14', range: { start: '2026-03-30', end: '2026-04-05' } });
    expect(valueOf('Shoppers are expected to return in Christmas week.', 'Christmas week', MAY)).toBe('2026-W52');
    expect(valueOf('Flights were cancelled during Thanksgiving week.', 'Thanksgiving week', MAY)).toBe('2025-W48');
    expect(valueOf('Traffic was heavy over the Labor Day weekend.', 'the Labor Day weekend', MAY)).toBe('2025-W35-WE');
  });

  it('reads a day\'s outcome named by its day as past, whatever the verb of reacting to it', () => {
    const FRIDAY = '2026-06-19';
    expect(valueOf('The family said they would look for ways to get around Wednesday\'s ruling.', 'Wednesday', FRIDAY)).toBe('2026-06-17');
    expect(valueOf('Her lawyers will appeal Tuesday\'s verdict.', 'Tuesday', FRIDAY)).toBe('2026-06-16');
    expect(valueOf('Investors are waiting for Monday\'s ruling.', 'Monday', FRIDAY)).toBe('2026-06-22');
    expect(valueOf('Shares will be volatile ahead of Tuesday\'s decision.', 'Tuesday', FRIDAY)).toBe('2026-06-23');
  });

  it('reads a month of "that year" and a fronted "That day," from the story\'s own time', () => {
    const JUNE = '2026-06-17';
    expect(valueOf('She was elected in 2019. In March that year, she resigned.', 'March that year', JUNE)).toBe('2019-03');
    expect(valueOf('She was elected in 2019. She returned in May of the same year.', 'May of the same year', JUNE)).toBe('2019-05');
    expect(valueOf('The river rose on March 3. That day, the mayor declared an emergency.', 'That day', JUNE)).toBe('2026-03-03');
    expect(valueOf('The river rose on March 3. On that day, schools closed.', 'that day', JUNE)).toBe('2026-03-03');
    expect(all('The river rose on March 3. Traders sold heavily that day.', JUNE).map((t) => t.text)).toEqual(['March 3']);
  });

  it('reads "the same evening" and "that summer" from the story\'s own day and year', () => {
    const JUNE = '2026-06-17';
    expect(valueOf('The vote was held on May 2. Results came the same evening.', 'the same evening', JUNE)).toBe('2026-05-02TEV');
    expect(valueOf('The vote was held on May 2. That same night, crowds gathered.', 'That same night', JUNE)).toBe('2026-05-02TNI');
    expect(valueOf('In 2021 the firm doubled its staff. That summer, it moved to Berlin.', 'That summer', JUNE)).toBe('2021-SU');
    expect(valueOf('In 2021 the firm grew. In that spring, it opened a lab.', 'that spring', JUNE)).toBe('2021-SP');
    expect(all('In 2021 the firm grew. Shares that fall sharply are sold. Ideas that spring from research win.', JUNE).map((t) => t.text)).toEqual(['2021']);
  });

  it('reads "the day before/after" a date as the day next to it', () => {
    const JUNE = '2026-06-17'; // a Wednesday
    expect(valueOf('The talks stalled the day before last Tuesday.', 'the day before last Tuesday', JUNE)).toBe('2026-06-15');
    expect(valueOf('The museum reopened the day after March 3.', 'the day after March 3', JUNE)).toBe('2026-03-04');
    expect(valueOf('Shops closed early the day before Christmas.', 'the day before Christmas', JUNE)).toBe('2025-12-24');
    expect(valueOf('He had resigned the day before.', 'the day before', JUNE)).toBe('2026-06-16');
    expect(all('She spoke the day before the vote.').map((t) => t.text)).toEqual([]);
  });

  it('reads the present of an event on a programme as ahead', () => {
    const JUNE = '2026-06-17'; // a Wednesday
    expect(valueOf('The minister travels to Paris on Thursday.', 'Thursday', JUNE)).toBe('2026-06-18');
    expect(valueOf('The court hears the appeal in October.', 'October', JUNE)).toBe('2026-10');
    expect(valueOf('Applications open in February.', 'February', JUNE)).toBe('2027-02');
    expect(valueOf('The MPs return to Westminster in September.', 'September', JUNE)).toBe('2026-09');
    expect(valueOf('The minister travelled to Paris on Thursday.', 'Thursday', JUNE)).toBe('2026-06-11');
    expect(valueOf('Voters head to the polls on Sunday.', 'Sunday', JUNE)).toBe('2026-06-21');
    expect(valueOf('The head of the agency resigned on Sunday.', 'Sunday', JUNE)).toBe('2026-06-14');
  });

  it('leaves "year-on-year" and "year over year" comparisons alone', () => {
    expect(all('Sales rose 5% on a year-on-year basis.')).toEqual([]);
    expect(all('Rents posted a month-over-month rise.')).toEqual([]);
    expect(all('Sales rose 5% year over year.')).toEqual([]);
  });

  it('reads "within minutes" and "for hours" as lengths of no count', () => {
    expect(valueOf('Crews arrived within minutes.', 'minutes')).toBe('PTXM');
    expect(valueOf('Residents queued for hours.', 'hours')).toBe('PTXH');
  });
});
