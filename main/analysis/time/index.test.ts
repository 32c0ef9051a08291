import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { TimexSchema, type Timex } from '../../../shared/analysis';
import { extractTimexes } from './index';

const THURSDAY = '2023-02-23';

/** The timexes whose text is exactly `needle`. */
function find(text: string, needle: string, publishedAt: string | null = THURSDAY): Timex[] {
  return extractTimexes(text, { publishedAt }).filter((timex) => timex.text === needle);
}

function only(text: string, needle: string, publishedAt: string | null = THURSDAY): Timex {
  const found = find(text, needle, publishedAt);
  expect(found.map((t) => t.text), `"${needle}" in "${text}"`).toEqual([needle]);
  return found[0] as Timex;
}

function value(text: string, needle: string, publishedAt: string | null = THURSDAY): string {
  return only(text, needle, publishedAt).value;
}

describe('the sample article (published Thursday 2023-02-23)', () => {
  const path = fileURLToPath(new URL('../../../resources/sample-library/worldtribune/china-weighing-lethal-weaponry-for-russia.txt', import.meta.url));
  const text = readFileSync(path, 'utf8');
  const timexes = extractTimexes(text, { publishedAt: THURSDAY });

  it('places both "on Thursday" on the publication day', () => {
    const thursdays = timexes.filter((t) => t.text === 'Thursday');
    expect(thursdays).toHaveLength(2);
    for (const thursday of thursdays) {
      expect(thursday).toMatchObject({ type: 'DATE', value: '2023-02-23', range: { start: '2023-02-23', end: '2023-02-23' }, precision: 'day' });
    }
  });

  it('places "over the weekend" on the weekend just gone', () => {
    const weekend = timexes.find((t) => t.text === 'the weekend');
    expect(weekend).toMatchObject({ type: 'DATE', value: '2023-W07-WE', range: { start: '2023-02-18', end: '2023-02-19' } });
    expect(text.slice((weekend as Timex).start - 5, (weekend as Timex).end)).toBe('over the weekend');
  });

  it('places "on Wednesday" on the day before', () => {
    const wednesday = timexes.find((t) => t.text === 'Wednesday');
    expect(wednesday).toMatchObject({ type: 'DATE', value: '2023-02-22', range: { start: '2023-02-22', end: '2023-02-22' } });
  });

  it('reads "over the past year" as a year-long duration ending at publication', () => {
    const year = timexes.find((t) => t.text === 'the past year');
    expect(year).toMatchObject({ type: 'DURATION', value: 'P1Y', range: { start: '2022-02-23', end: '2023-02-23' } });
  });

  it('produces schema-valid timexes whose text is the slice they point at', () => {
    for (const timex of timexes) {
      expect(TimexSchema.parse(timex)).toEqual(timex);
      expect(text.slice(timex.start, timex.end)).toBe(timex.text);
    }
  });
});

describe('weekdays and tense', () => {
  it('reads a bare weekday in past-tense reporting as the most recent one', () => {
    expect(value('The minister resigned on Monday.', 'Monday')).toBe('2023-02-20');
    expect(value('Apple announced Tuesday that it would cut prices.', 'Tuesday')).toBe('2023-02-21');
    expect(value('Officials met on Thursday.', 'Thursday')).toBe(THURSDAY);
  });

  it('pushes a weekday forward after a forward-looking verb', () => {
    expect(value('The company will report results on Monday.', 'Monday')).toBe('2023-02-27');
    expect(value('The trial is set to begin on Saturday in London.', 'Saturday')).toBe('2023-02-25');
    expect(value('The board is due to meet on Friday.', 'Friday')).toBe('2023-02-24');
    expect(value('The visit will be rescheduled for Tuesday.', 'Tuesday')).toBe('2023-02-28');
    expect(value('The funeral is on Monday.', 'Monday')).toBe('2023-02-27');
  });

  it('keeps present-perfect and past clauses pointing back', () => {
    expect(value('The company has cut 500 jobs since January.', 'January')).toBe('2023-01');
    expect(value('He is the chief executive who resigned on Monday.', 'Monday')).toBe('2023-02-20');
    expect(value('Apple will hold an event on Friday, the company said Monday.', 'Monday')).toBe('2023-02-20');
    expect(value('Apple will hold an event on Friday, the company said Monday.', 'Friday')).toBe('2023-02-24');
  });

  it('reads the grammar around the date, not just the nearest verb form', () => {
    // A present passive schedules; "supposed to" and "as early as" look ahead.
    expect(value('The appeal is heard in May at the higher court.', 'May')).toBe('2023-05');
    expect(value('The talks are supposed to conclude by Friday.', 'Friday')).toBe('2023-02-24');
    expect(value('The envoy could arrive as early as Tuesday, aides said.', 'Tuesday')).toBe('2023-02-28');
    // Verbs of commitment and direction take an infinitive of a later action.
    expect(value('A judge ordered the firm to appear on March 9.', 'March 9')).toBe('2023-03-09');
    expect(value('The union agreed to end the strike on Monday.', 'Monday')).toBe('2023-02-27');
    // ...but a date right after the governing verb is the time of the commitment itself.
    expect(value('The union agreed on Monday to end the strike.', 'Monday')).toBe('2023-02-20');
    // "the plan" is a noun: the verb before it sets the tense.
    expect(value('The council announced the plan Tuesday.', 'Tuesday')).toBe('2023-02-21');
    // "is since" stays past: the adverb is not a participle.
    expect(value('The change is measured since January.', 'January')).toBe('2023-01');
  });

  it('resolves last/next/this weekday', () => {
    expect(value('He spoke last Tuesday.', 'last Tuesday')).toBe('2023-02-21');
    expect(value('He speaks next Tuesday.', 'next Tuesday')).toBe('2023-02-28');
    expect(value('They left last Thursday.', 'last Thursday')).toBe('2023-02-16');
  });

  it('attaches a part of the day to the weekday as a TIME', () => {
    expect(only('The press conference was held on Friday morning.', 'Friday morning')).toMatchObject({ type: 'TIME', value: '2023-02-17TMO' });
  });

  it('excludes "on" and keeps a possessive weekday', () => {
    expect(value("Monday's email announcement surprised staff.", 'Monday')).toBe('2023-02-20');
  });
});

describe('weekends', () => {
  it('reads "over the weekend" and "this weekend" in past reporting as the weekend just gone', () => {
    expect(only('Talks collapsed over the weekend.', 'the weekend')).toMatchObject({ value: '2023-W07-WE', range: { start: '2023-02-18', end: '2023-02-19' } });
    expect(value('It became public this weekend, when a magazine cited documents.', 'this weekend')).toBe('2023-W07-WE');
    expect(value('Protesters gathered last weekend.', 'last weekend')).toBe('2023-W07-WE');
  });

  it('reads a forward-looking weekend as the coming one', () => {
    expect(only('The leaders will meet this weekend.', 'this weekend')).toMatchObject({ value: '2023-W08-WE', range: { start: '2023-02-25', end: '2023-02-26' } });
  });
});

describe('months and calendar dates', () => {
  it('reads a bare month as the last one unless the verb looks forward', () => {
    expect(only('Sales fell in January.', 'January')).toMatchObject({ value: '2023-01', range: { start: '2023-01-01', end: '2023-01-31' }, precision: 'month' });
    expect(value('The lawsuit was filed in October.', 'October')).toBe('2022-10');
    expect(only('The plant will open in March.', 'March')).toMatchObject({ value: '2023-03', range: { start: '2023-03-01', end: '2023-03-31' } });
  });

  it('reads full and partial dates', () => {
    expect(value('He was born on February 24, 1955.', 'February 24, 1955')).toBe('1955-02-24');
    expect(value('The plane first flew on 11 December 2009.', '11 December 2009')).toBe('2009-12-11');
    expect(value('The office called on February 3 for a re-run.', 'February 3')).toBe('2023-02-03');
    expect(value('According to an April 2nd report, sales rose.', 'April 2nd')).toBe('2022-04-02');
    expect(value('The store opens on March 1.', 'March 1')).toBe('2023-03-01');
    expect(value('Delivery is expected in November 2024.', 'November 2024')).toBe('2024-11');
    expect(value('The leave started in January of this year.', 'January of this year')).toBe('2023-01');
    expect(value('The filing, dated 2021-07-04, was public.', '2021-07-04')).toBe('2021-07-04');
    expect(value('The date 7/8/07 matched the designation.', '7/8/07')).toBe('2007-07-08');
    expect(value('It happened on Monday, June 5, 2017.', 'Monday, June 5, 2017')).toBe('2017-06-05');
  });

  it('does not take words for months', () => {
    expect(find('You may go; the soldiers march on.', 'may')).toEqual([]);
    expect(extractTimexes('May I ask whether they march?', { publishedAt: THURSDAY })).toEqual([]);
  });
});

describe('years, decades, quarters, seasons', () => {
  it('reads years ("since 2009") with their range', () => {
    expect(only('Prices have risen since 2009.', '2009')).toMatchObject({ type: 'DATE', value: '2009', range: { start: '2009-01-01', end: '2009-12-31' }, precision: 'year' });
    expect(value('The deliveries are in time for the 2008 Beijing Olympic Games.', '2008')).toBe('2008');
  });

  it('does not read counts, money, codes or product names as years', () => {
    const text = 'It sold 2,400 units and 2000 jobs for $2010 million; the A380 and Windows 2000 shipped, 1999 people came, Route 2009 closed and it weighs 1996 kg.';
    expect(extractTimexes(text, { publishedAt: THURSDAY })).toEqual([]);
  });

  it('reads decades and centuries', () => {
    expect(only('Growth peaked in the 1990s.', 'the 1990s')).toMatchObject({ value: '199', range: { start: '1990-01-01', end: '1999-12-31' }, precision: 'decade' });
    expect(value("Music of the '80s returned.", "the '80s")).toBe('198');
    expect(value('Steel dominated the 20th century.', 'the 20th century')).toBe('19');
  });

  it('reads quarters and halves', () => {
    expect(only('Profit rose in the fourth quarter.', 'the fourth quarter')).toMatchObject({ value: '2022-Q4', range: { start: '2022-10-01', end: '2022-12-31' } });
    expect(value('Profit rose in the first quarter.', 'the first quarter')).toBe('2023-Q1');
    expect(value('Profit doubled during the last quarter.', 'the last quarter')).toBe('2022-Q4');
    expect(value('Output rose in the third quarter of 2008.', 'the third quarter of 2008')).toBe('2008-Q3');
    expect(value('Sales fell in Q2 2021.', 'Q2 2021')).toBe('2021-Q2');
    expect(value('Growth slowed in the first half of 2019.', 'the first half of 2019')).toBe('2019-H1');
  });

  it('reads seasons', () => {
    expect(value('The service launches in the fall of 2011.', 'the fall of 2011')).toBe('2011-FA');
    expect(only('The jet will fly this summer.', 'this summer')).toMatchObject({ value: '2023-SU', range: { start: '2023-06-01', end: '2023-08-31' } });
    expect(value('Prices rose last summer.', 'last summer')).toBe('2022-SU');
  });

  it('keeps modifiers in the extent', () => {
    expect(value('He took leave in early 2009.', 'early 2009')).toBe('2009');
    expect(value('It is to be released in mid-2011.', 'mid-2011')).toBe('2011');
    expect(value('Apple passed the chain at the beginning of the year.', 'the beginning of the year')).toBe('2023');
  });
});

describe('deictic expressions', () => {
  it('reads today, yesterday, tomorrow, tonight and parts of this day', () => {
    expect(value('Apple today launched a phone.', 'today')).toBe(THURSDAY);
    expect(value('Jobs died yesterday.', 'yesterday')).toBe('2023-02-22');
    expect(value('Voting ends tomorrow.', 'tomorrow')).toBe('2023-02-24');
    expect(only('The vote is tonight.', 'tonight')).toMatchObject({ type: 'TIME', value: '2023-02-23TNI' });
    expect(only('Apple announced this morning that prices fall.', 'this morning')).toMatchObject({ value: '2023-02-23TMO' });
    expect(value('Fighting raged last night.', 'last night')).toBe('2023-02-22TNI');
  });

  it('reads this/last/next week, month and year', () => {
    expect(only('He spoke last week.', 'last week')).toMatchObject({ value: '2023-W07', range: { start: '2023-02-13', end: '2023-02-19' } });
    expect(value('A lawsuit was filed this week.', 'this week')).toBe('2023-W08');
    expect(only('Criticism came last month.', 'last month')).toMatchObject({ value: '2023-01', range: { start: '2023-01-01', end: '2023-01-31' } });
    expect(value('They will deliver next month.', 'next month')).toBe('2023-03');
    expect(only('Two disasters happened this year.', 'this year')).toMatchObject({ value: '2023', range: { start: '2023-01-01', end: '2023-12-31' } });
    expect(value('Revenue fell last year.', 'last year')).toBe('2022');
    expect(value('Delivery is due later this year.', 'later this year')).toBe('2023');
    expect(value('Shares rose earlier this month.', 'earlier this month')).toBe('2023-02');
  });

  it('reads present, past and future references', () => {
    expect(only('The store now sells films.', 'now')).toMatchObject({ value: 'PRESENT_REF', range: { start: THURSDAY, end: THURSDAY } });
    expect(value('The store currently sells music.', 'currently')).toBe('PRESENT_REF');
    expect(only('The recently announced phone sold out.', 'recently')).toMatchObject({ value: 'PAST_REF', range: null });
    expect(value('It has more recently begun to sell films.', 'more recently')).toBe('PAST_REF');
    expect(value('Apple did so in the past.', 'the past')).toBe('PAST_REF');
    expect(value('It may disagree in the future.', 'the future')).toBe('FUTURE_REF');
    expect(find('the now-cancelled deal', 'now')).toEqual([]);
  });
});

describe('durations', () => {
  it('reads counted durations', () => {
    expect(only('The release is two years behind schedule.', 'two years')).toMatchObject({ type: 'DURATION', value: 'P2Y', range: null });
    expect(value('It is almost two and a half years late.', 'almost two and a half years')).toBe('P2Y6M');
    expect(value('It failed after thirty minutes.', 'thirty minutes')).toBe('PT30M');
    expect(value('It is 18 months behind schedule.', '18 months')).toBe('P18M');
    expect(value('They signed a 27-year contract.', '27-year')).toBe('P27Y');
    expect(value('After a 12-hour flight it landed.', '12-hour')).toBe('PT12H');
    expect(value('It was pushed back several years.', 'several years')).toBe('PXY');
    expect(value('The firm settled its decades-long dispute.', 'decades-long')).toBe('PXY');
    expect(value('They have shipped for more than a week now.', 'a week')).toBe('P1W');
    expect(value('We thank them for their work over the years.', 'over the years')).toBe('PXY');
    expect(value('It was the largest in the past decade.', 'the past decade')).toBe('P10Y');
  });

  it('anchors "the past/next N units" to publication', () => {
    expect(only('Jobs will be cut over the next four years.', 'the next four years')).toMatchObject({ value: 'P4Y', range: { start: THURSDAY, end: '2027-02-23' } });
    expect(only('Prices rose over the past year.', 'the past year')).toMatchObject({ value: 'P1Y', range: { start: '2022-02-23', end: THURSDAY } });
    expect(only('He lost weight over the last three weeks.', 'the last three weeks')).toMatchObject({ value: 'P3W', range: { start: '2023-02-02', end: THURSDAY } });
  });

  it('reads "N units ago" as the date it points at (TimeML), "ago" included, at the unit\'s granularity', () => {
    expect(only('Development, begun two years ago, was halted.', 'two years ago')).toMatchObject({ type: 'DATE', value: '2021', range: { start: '2021-01-01', end: '2021-12-31' } });
    expect(only('The ban was issued three days ago.', 'three days ago')).toMatchObject({ type: 'DATE', value: '2023-02-20', range: { start: '2023-02-20', end: '2023-02-20' } });
    expect(value('She left nearly six weeks ago.', 'nearly six weeks ago')).toBe('2023-W02');
    expect(value('The plant shut two months ago.', 'two months ago')).toBe('2022-12');
    expect(only('It began several years ago.', 'several years ago')).toMatchObject({ type: 'DATE', value: 'PAST_REF', range: null });
  });

  it('does not read ordinals or ages as durations', () => {
    const text = 'A second A380 flew. The 56-year-old chief waved.';
    expect(extractTimexes(text, { publishedAt: THURSDAY })).toEqual([]);
  });
});

describe('chaining from the reference time', () => {
  const story = 'The deal was signed on June 5, 2019. Two days later, regulators objected. The next day, the firm replied. A week later, it gave up.';
  const timexes = extractTimexes(story, { publishedAt: THURSDAY });
  const byText = (needle: string) => timexes.find((t) => t.text === needle);

  it('chains "N days later" and "the next day" from the last date mentioned, not from publication', () => {
    expect(byText('June 5, 2019')?.value).toBe('2019-06-05');
    expect(byText('Two days later')).toMatchObject({ type: 'DATE', value: '2019-06-07' });
    expect(byText('The next day')).toMatchObject({ type: 'DATE', value: '2019-06-08' });
    expect(byText('A week later')?.value).toBe('2019-W24');
  });

  it('chains years: "one year later", "the following year"', () => {
    const text = 'In 1984 the Macintosh was released. One year later he was fired. In 2001 came the iPod and the following year a new system.';
    const found = extractTimexes(text, { publishedAt: '2011-10-06' });
    expect(found.find((t) => t.text === 'One year later')?.value).toBe('1985');
    expect(found.find((t) => t.text === 'the following year')?.value).toBe('2002');
  });

  it('chains "later that day" and "earlier in the day" to the last day mentioned', () => {
    const text = 'On Saturday, Boeing announced orders. Later that day, it rolled out the jet.';
    expect(extractTimexes(text, { publishedAt: '2007-07-09' }).find((t) => t.text === 'Later that day')?.value).toBe('2007-07-07');
  });
});

describe('clock times', () => {
  it('dates a clock time by the date of its sentence, else publication', () => {
    expect(only('The jet took off Tuesday in Everett at 18:00 UTC.', '18:00 UTC')).toMatchObject({ type: 'TIME', value: '2023-02-21T18:00Z', precision: 'datetime' });
    expect(value('The vote closes at 3 p.m.', '3 p.m.')).toBe('2023-02-23T15:00');
    expect(value('It landed at 6:40 p.m. (GMT +8) after a long flight.', '6:40 p.m. (GMT +8)')).toBe('2023-02-23T10:40Z');
    expect(value('Markets open at 09:30 in New York.', '09:30')).toBe('2023-02-23T09:30');
    expect(value('The curfew starts at midnight.', 'midnight')).toBe('2023-02-23T24:00');
  });

  it('does not read scores or ratios as times', () => {
    expect(extractTimexes('The team won 3:1 and the ratio was 16:9.', { publishedAt: THURSDAY })).toEqual([]);
  });
});

describe('sets', () => {
  it('reads frequencies', () => {
    expect(only('Prices are reviewed each week.', 'each week')).toMatchObject({ type: 'SET', value: 'P1W', range: null });
    expect(value('The club meets every Monday.', 'every Monday')).toBe('XXXX-WXX-1');
    expect(value('They publish daily.', 'daily')).toBe('P1D');
    expect(value('Tankers are built at a rate of 15 a year.', 'a year')).toBe('P1Y');
    expect(value('Ten planes per month are built.', 'per month')).toBe('P1M');
    expect(value('Elections are held every two years.', 'every two years')).toBe('P2Y');
    expect(value('The market is closed on Sundays.', 'Sundays')).toBe('XXXX-WXX-7');
  });

  it('does not read a newspaper name as a frequency or a day', () => {
    expect(find('The China Daily newspaper reported it.', 'Daily')).toEqual([]);
    expect(extractTimexes('The Sunday Times reported it.', { publishedAt: THURSDAY })).toEqual([]);
  });
});

describe('without a publication date', () => {
  it('keeps absolute dates and leaves relative ones underspecified', () => {
    const text = 'On June 5, 2019 it flew. Today it lands. It left on June 17 and returns in March.';
    const found = extractTimexes(text, { publishedAt: null });
    expect(found.find((t) => t.text === 'June 5, 2019')?.value).toBe('2019-06-05');
    expect(found.find((t) => t.text === 'Today')).toMatchObject({ value: 'PRESENT_REF', range: null });
    expect(found.find((t) => t.text === 'June 17')).toMatchObject({ value: 'XXXX-06-17', range: null });
    expect(found.find((t) => t.text === 'March')?.value).toBe('XXXX-03');
  });

  it('accepts an ISO datetime as publication date', () => {
    expect(value('Jobs died yesterday.', 'yesterday', '2011-10-06T08:00:00Z')).toBe('2011-10-05');
  });
});

describe('holidays, fiscal years and other calendar names', () => {
  it('places holidays in the year the tense points to', () => {
    expect(value('Sales rose strongly over Christmas.', 'Christmas', '2007-01-18')).toBe('2006-12-25');
    expect(value("Fireworks are planned for New Year's Eve.", "New Year's Eve", '2008-12-20')).toBe('2008-12-31');
    expect(value('Stores opened on Thanksgiving 2008.', 'Thanksgiving 2008')).toBe('2008-11-27');
    expect(value('Pilgrims will gather at Easter.', 'Easter', '2009-01-18')).toBe('2009-04-12');
  });

  it('reads financial years', () => {
    expect(value('Sales doubled at the very beginning of the financial year.', 'the very beginning of the financial year', '2007-01-18')).toBe('2007');
    expect(value('Revenue for fiscal 2008 rose.', 'fiscal 2008')).toBe('2008');
    expect(value('It lost money in the last fiscal year.', 'the last fiscal year')).toBe('2022');
  });

  it('reads "N units from now", "this past weekend" and centuries written as years', () => {
    expect(value('His term ends four years from now.', 'four years from now')).toBe('2027');
    expect(value('It rained this past weekend.', 'this past weekend')).toBe('2023-W07-WE');
    expect(only('The firm was founded in the mid-1800s.', 'the mid-1800s')).toMatchObject({ value: '18', range: { start: '1800-01-01', end: '1899-12-31' } });
  });
});
