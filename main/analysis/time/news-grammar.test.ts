/**
 * More shapes of news English (all examples invented): ages are not times, a newspaper called "the daily" is not a
 * frequency, centuries with or without "the", a second day joined to a month date, years spoken in transcripts.
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

describe('ages', () => {
  it('leaves "N years old" unmarked, like "the N-year-old"', () => {
    expect(texts('Ms. Okafor, 61 years old, will retire in May.')).toEqual(['May']);
    expect(texts('The ferry, nearly 40 years old, sank.')).toEqual([]);
    expect(texts('Toddlers 3 months old were vaccinated.')).toEqual([]);
  });
  it('still reads durations next to them', () => {
    expect(valueOf('She was jailed for 12 years in 2029.', '12 years')).toBe('P12Y');
    expect(valueOf('The plant is five years older than the dam.', 'five years')).toBe('P5Y');
  });
});

describe('"daily" and "weekly" as newspapers', () => {
  it('does not read a newspaper as a frequency', () => {
    expect(texts('The state-run daily Morgenpost printed the letter.')).toEqual([]);
    expect(texts('The business weekly said the bank would merge.')).toEqual([]);
  });
  it('keeps the frequency', () => {
    expect(valueOf('Ferries sail daily to the island.', 'daily')).toBe('P1D');
    expect(valueOf('The average daily output rose.', 'daily')).toBe('P1D');
    expect(valueOf('The market opens weekly, Mondays excepted.', 'weekly')).toBe('P1W');
  });
});

describe('centuries', () => {
  it('reads an ordinal century with or without the article, in figures or words', () => {
    expect(valueOf('They restored a 14th century chapel.', '14th century')).toBe('13');
    expect(valueOf('Her 18th-century letters were sold.', '18th-century')).toBe('17');
    expect(valueOf('Life in the nineteenth century was short.', 'the nineteenth century')).toBe('18');
    expect(valueOf('The 21st century began.', 'The 21st century')).toBe('20');
  });
  it('does not read a company name or a century-old thing', () => {
    expect(texts('20th Century Studios released it.')).toEqual([]);
    expect(texts('Our second century-old mill closed.')).toEqual([]);
  });
});

describe('a second day after a month date', () => {
  it('reads "on May 4 and 5" as two days of the same month and year', () => {
    const found = all('The ministers will meet on May 4 and 5 in Oslo.');
    expect(found.map((t) => [t.text, t.value])).toEqual([['May 4', '2031-05-04'], ['5', '2031-05-05']]);
    expect(all('Polls open on Nov. 8 or 9, 2032.').map((t) => t.value)).toEqual(['2032-11-08', '2032-11-09']);
  });
  it('does not read a count after a date', () => {
    expect(texts('On May 4 and 6 others were hurt.')).toEqual(['May 4']);
    expect(texts('On June 2 and 3 percent of voters...')).toEqual(['June 2']);
  });
});

describe('years spoken in transcripts', () => {
  it('reads a teen and a compound tens number as a year wherever it stands', () => {
    expect(valueOf('Lisbon, nineteen seventy-four. Tanks in the streets.', 'nineteen seventy-four')).toBe('1974');
    expect(valueOf('A nineteen eighty-six law changed that.', 'nineteen eighty-six')).toBe('1986');
  });
  it('does not read counts', () => {
    expect(texts('They bought fifteen twenty-dollar tickets.')).toEqual([]);
    expect(texts('She was nineteen and he was twenty.')).toEqual([]);
  });
});

describe('the period under discussion in business copy', () => {
  const OCTOBER = '2031-10-29';
  it('reads "for the year" and "of the year" as the year the story is in', () => {
    expect(valueOf('For the year, shipments were flat, the miller said.', 'the year', OCTOBER)).toBe('2031');
    expect(valueOf('The shares touched a low for the year of $12 in May.', 'the year', OCTOBER)).toBe('2031');
    expect(valueOf('Sales grew in the opening seven months of the year.', 'the year', OCTOBER)).toBe('2031');
    expect(valueOf('The index lost 3% for the week.', 'the week', OCTOBER)).toBe('2031-W44');
  });
  it('leaves other uses alone', () => {
    expect(texts('She was voted coach of the year.', OCTOBER)).toEqual([]);
    expect(texts('They waited for the week to end.', OCTOBER)).toEqual([]);
    expect(all('For the year ended June 30, it earned $4 million.', OCTOBER).map((t) => t.text)).toEqual(['the year', 'June 30']);
    expect(valueOf('For the year ended June 30, it earned $4 million.', 'the year', OCTOBER)).toBe('P1Y');
  });
  it('reads a bare "year-ago" / "year-earlier" after "the" before any noun but a period', () => {
    expect(valueOf('The year-ago figures were restated.', 'year-ago', OCTOBER)).toBe('2030');
    expect(valueOf('Last year the unit lost $5 million. The year-earlier results included a charge.', 'year-earlier', OCTOBER)).toBe('2030');
    expect(texts('Profit fell from the year-earlier quarter.', OCTOBER)).toEqual(['the year-earlier quarter']);
  });
});

describe('months with a modifier', () => {
  it('reads "mid-March" and "mid-May" (months that are also words need their context)', () => {
    expect(valueOf('Work resumes in mid-March.', 'mid-March')).toBe('2031-03');
    expect(valueOf('Mid-May will be the deadline.', 'Mid-May')).toBe('2031-05');
  });
});

describe('recurring times', () => {
  it('reads "every summer" and "each winter"', () => {
    expect(valueOf('The pass closes every winter.', 'every winter')).toBe('XXXX-WI');
    expect(valueOf('Crowds come each summer.', 'each summer')).toBe('XXXX-SU');
  });
  it('reads a weekday before a plural part of the day, but not a plural for two days', () => {
    expect(valueOf('The club meets on Thursday evenings.', 'Thursday evenings')).toBe('XXXX-WXX-4TEV');
    // Two nights, each once: the plural agrees with the two days (the second day keeps its part of the day).
    expect(all('Floods may peak on Friday and Saturday nights.').map((t) => [t.text, t.type])).toEqual([['Friday', 'DATE'], ['Saturday nights', 'TIME']]);
    // One evening is a date.
    expect(valueOf('The club met on Thursday evening.', 'Thursday evening')).toBe('2031-03-06TEV');
    expect(all('They met on Friday and Saturday.').map((t) => t.type)).toEqual(['DATE', 'DATE']);
  });
  it('reads a rate of time as one SET valued by its frame', () => {
    expect(all('Nurses work three days a week.').map((t) => [t.text, t.type, t.value])).toEqual([['three days a week', 'SET', 'P1W']]);
    expect(valueOf('The pumps run 20 hours a day.', '20 hours a day')).toBe('P1D');
    expect(all('He was freed three days a week later.').map((t) => t.text)).not.toContain('three days a week');
  });
});

describe('wire-service and military clocks', () => {
  it('reads four digits with a zone, "local time" or "hours" after a preposition', () => {
    expect(valueOf('The ceasefire began at 0400 GMT on Sunday.', '0400 GMT on Sunday')).toBe('2031-03-09T04:00Z');
    expect(valueOf('Polls close at 2000 local time.', '2000 local time')).toBe('2031-03-12T20:00');
    expect(valueOf('Curfew starts at 2200 hours.', '2200 hours')).toBe('2031-03-12T22:00');
  });
  it('leaves years and counts alone', () => {
    expect(valueOf('In 2000 the firm was sold.', '2000')).toBe('2000');
    expect(valueOf('Pilots need 1500 hours of flying.', '1500 hours')).toBe('PT1500H');
    expect(texts('A 2460 GMT bulletin.')).toEqual([]);
  });
});

describe('years across two', () => {
  it('reads financial years named by two years', () => {
    expect(valueOf('Revenue rose in fiscal 2030/31.', 'fiscal 2030/31')).toBe('2030');
    expect(valueOf('Its debt grew in the 2029-30 financial year.', 'the 2029-30 financial year')).toBe('2029');
    expect(valueOf('The 2030/2031 budget passed.', '2030/2031')).toBe('2030');
  });
  it('does not read dates or other slashed numbers as years', () => {
    expect(texts('Ref 2030/7 was filed.')).toEqual([]);
    expect(texts('A 2030/32 plan.')).toEqual([]);
  });
});

describe('weeks ended on a day', () => {
  it('reads "the week ended Friday" as the week those seven days fall in', () => {
    expect(all('Jobless claims fell in the week ended Saturday.').map((t) => [t.text, t.value])).toEqual([['the week', '2031-W10'], ['Saturday', '2031-03-08']]);
    expect(valueOf('Sales rose in the week to Jan. 4.', 'the week')).toBe('2031-W01');
  });
});

describe('a quarter of a unit', () => {
  it('reads a quarter of a century as 25 years', () => {
    expect(valueOf('The plant opened a quarter of a century ago.', 'a quarter of a century ago')).toBe('2006');
    expect(valueOf('He ruled for a quarter of a century.', 'a quarter of a century')).toBe('P25Y');
    expect(texts('A quarter of a million people came.')).toEqual([]);
  });
});

describe('a story that moves in time', () => {
  it('reads "that same year" and "that very day" as the period the story is in', () => {
    expect(valueOf('The mill was built in 1962. That same year, the river flooded.', 'That same year')).toBe('1962');
    expect(valueOf('The deal closed on June 3, 2024. That very day, the chief resigned.', 'That very day')).toBe('2024-06-03');
  });
  it('reads "a decade later" as a year, like "a decade ago"', () => {
    expect(valueOf('The league was founded in 1994. A decade later it folded.', 'A decade later')).toBe('2004');
    expect(valueOf('It opened two decades ago.', 'two decades ago')).toBe('2011');
    // "the previous decade" stays a decade.
    expect(valueOf('Rainfall was low over the previous decade.', 'the previous decade')).toBe('202');
  });
  it('places "the same day" after a month told since the last day inside that month', () => {
    expect(valueOf('The court sat on Monday. The fire broke out last August. Two men fled the same day.', 'the same day')).toBe('2030-08-XX');
    expect(valueOf('The fire broke out on Aug. 2, 2030. Two men fled the same day.', 'the same day')).toBe('2030-08-02');
  });
});

describe('tense of scheduled events', () => {
  const TUESDAY = '2031-03-11';
  it('reads the present of a scheduled event and forecasts as pointing ahead', () => {
    expect(valueOf('Farmers go to the polls on Sunday.', 'Sunday', TUESDAY)).toBe('2031-03-16');
    expect(valueOf('The walkout continues through Friday.', 'Friday', TUESDAY)).toBe('2031-03-14');
    expect(valueOf('The front is forecast to hit Thursday.', 'Thursday', TUESDAY)).toBe('2031-03-13');
  });
  it('keeps the past for past forms', () => {
    expect(valueOf('Farmers went to the polls on Sunday.', 'Sunday', TUESDAY)).toBe('2031-03-09');
    expect(valueOf('The walkout continued on Friday.', 'Friday', TUESDAY)).toBe('2031-03-07');
    expect(valueOf('The front hit Thursday.', 'Thursday', TUESDAY)).toBe('2031-03-06');
  });
});

describe('more shapes of modern copy', () => {
  it('reads half-years labelled H1/H2 with their year', () => {
    expect(valueOf('Margins shrank in H2 2030.', 'H2 2030')).toBe('2030-H2');
    expect(texts('The H1 visa rules changed.')).toEqual([]);
  });
  it('reads "the year before" / "the day after" used as adverbs', () => {
    expect(valueOf('The club was sold in 2027. The year before, it was relegated.', 'The year before')).toBe('2026');
    expect(valueOf('She landed on Monday; her aides had come the day before.', 'the day before')).toBe('2031-03-09');
    expect(texts('He resigned the day before the vote.')).toEqual([]);
  });
  it("reads \"in N units' time\" as the date that far ahead", () => {
    expect(valueOf("The bridge reopens in three weeks' time.", "three weeks' time")).toBe('2031-W14');
    expect(valueOf("Elections are due in a year's time.", "a year's time")).toBe('2032');
    expect(valueOf("Two weeks' pay was withheld.", 'Two weeks')).toBe('P2W');
  });
});

describe('reporting periods with no quarter told', () => {
  const NOVEMBER = '2031-11-04';
  it('reads "the latest period" as the last quarter completed, "the 2030 period" as that year', () => {
    expect(valueOf('The insurer had no one-off gains in the latest period.', 'the latest period', NOVEMBER)).toBe('2031-Q3');
    expect(valueOf('Net was $4 million, against a loss in the 2030 period.', 'the 2030 period', NOVEMBER)).toBe('2030');
    expect(valueOf('It earned $2 million in the 2030 quarter.', 'the 2030 quarter', NOVEMBER)).toBe('2030-Q3');
  });
  it('follows the quarter told', () => {
    expect(valueOf('Second-quarter sales rose. It lost money in the 2030 period.', 'the 2030 period', NOVEMBER)).toBe('2030-Q2');
  });
});

describe('hedged counts', () => {
  it('keeps "or so" in the expression', () => {
    expect(valueOf('A month or so ago, the dam cracked.', 'A month or so ago')).toBe('2031-02');
    expect(valueOf('Repairs take a week or so.', 'a week or so')).toBe('P1W');
    expect(texts('Prices fell, or so it seemed.')).toEqual([]);
  });
});

describe('tense cues of reporting', () => {
  const FRIDAY = '2031-03-14';
  it('reads "could be reached/located" as a reported attempt, in the past', () => {
    expect(valueOf('Neither the owner nor his son could be located Wednesday.', 'Wednesday', FRIDAY)).toBe('2031-03-12');
    expect(valueOf('The merger could be approved Wednesday.', 'Wednesday', FRIDAY)).toBe('2031-03-19');
  });
  it('does not read an earlier plan as pointing ahead', () => {
    expect(valueOf('The march went ahead as originally planned Tuesday.', 'Tuesday', FRIDAY)).toBe('2031-03-11');
    expect(valueOf('The march is planned for Tuesday.', 'Tuesday', FRIDAY)).toBe('2031-03-18');
  });
});

describe('vague past and modified seasons', () => {
  it('reads "years ago", "just months ago" as the past', () => {
    expect(valueOf('Only weeks ago, the line was busy.', 'weeks ago')).toBe('PAST_REF');
    expect(valueOf('Decades ago the port thrived.', 'Decades ago')).toBe('PAST_REF');
    expect(texts('Days of rain followed. The weeks were long.')).toEqual([]);
  });
  it('reads "the early summer", "in late autumn" as that season', () => {
    const NOVEMBER = '2031-11-04';
    expect(valueOf('Bookings recovered from the early summer.', 'the early summer', NOVEMBER)).toBe('2031-SU');
    expect(valueOf('Frosts came in late autumn.', 'late autumn', NOVEMBER)).toBe('2031-FA');
    expect(valueOf('Work will end by early spring.', 'early spring', NOVEMBER)).toBe('2032-SP');
    expect(texts('The late Spring family sold it.', NOVEMBER)).toEqual([]);
  });
});

describe('the period of the story in possessives and around weekends', () => {
  it('reads "the year\u2019s", "the week\u2019s" before a noun as the period the story is in', () => {
    expect(valueOf("The index posted the year's biggest gain.", 'the year')).toBe('2031');
    expect(valueOf("It was the week's busiest session.", 'the week')).toBe('2031-W11');
    expect(texts("The Year's Best Poems")).toEqual([]);
  });
  it('reads "ahead of the weekend" and "after the weekend" by the tense', () => {
    expect(valueOf('Dealers had cut positions ahead of the weekend.', 'the weekend')).toBe('2031-W10-WE');
    expect(valueOf('Talks will resume after the weekend.', 'the weekend')).toBe('2031-W11-WE');
  });
});

describe('glued period boundaries and two-day shifts', () => {
  it('reads "end-2031" and "end-March" as that year and month', () => {
    expect(valueOf('Rates should peak by end-2031.', 'end-2031')).toBe('2031');
    expect(valueOf('The audit is due by end-May.', 'end-May')).toBe('2031-05');
    expect(texts('The end-user market grew.')).toEqual([]);
  });
  it('reads "the day before yesterday" and "the day after tomorrow"', () => {
    expect(valueOf('She called the day before yesterday.', 'the day before yesterday')).toBe('2031-03-10');
    expect(valueOf('He flies out the day after tomorrow.', 'the day after tomorrow')).toBe('2031-03-14');
  });
});

describe('"until" a day in a past clause', () => {
  it('reads a day a past state lasted until as gone, and a deferral or a deadline as ahead', () => {
    expect(valueOf('The club had kept the signing quiet until Monday.', 'Monday')).toBe('2031-03-10');
    expect(valueOf('The bridge stayed shut until Monday, when engineers cleared it.', 'Monday')).toBe('2031-03-10');
    expect(valueOf('The vote was postponed until Monday.', 'Monday')).toBe('2031-03-17');
    expect(valueOf('Bidders had until Monday to reply.', 'Monday')).toBe('2031-03-17');
    expect(valueOf('The bridge will stay shut until Monday.', 'Monday')).toBe('2031-03-17');
  });
});

describe('a date scheduled across a preposition', () => {
  it('reads "payable on" and "effective from" a bare date as ahead, in a past-tense sentence', () => {
    expect(valueOf('Profit fell, and the board proposed a dividend payable on April 20.', 'April 20')).toBe('2031-04-20');
    expect(valueOf('The regulator approved new fares, effective from April 20.', 'April 20')).toBe('2031-04-20');
  });
});

describe('an attributive participle of a plan', () => {
  it('does not let "the hastily planned tour" set the tense of a fronted day', () => {
    expect(valueOf('On Friday, as the minister cut short a hastily planned tour of the coast, the ministry lifted the ban.', 'Friday')).toBe('2031-03-07');
    expect(valueOf('On Monday, while the long-expected report sat unread, the council approved the budget.', 'Monday')).toBe('2031-03-10');
  });
  it('still reads the verb of a plan as pointing ahead', () => {
    expect(valueOf('The ministry planned to lift the ban on Friday, officials said.', 'Friday')).toBe('2031-03-14');
    expect(valueOf('The vote is scheduled for Friday.', 'Friday')).toBe('2031-03-14');
    expect(valueOf('The planned strike on Friday will go ahead.', 'Friday')).toBe('2031-03-14');
  });
});

describe('the noun of a commitment before an infinitive', () => {
  it('reads a date of the action agreed or decided on as ahead, as after the verb', () => {
    expect(valueOf('The lender announced an agreement to buy the Lakeport savings bank in October.', 'October')).toBe('2031-10');
    expect(valueOf('The board confirmed its decision to close the Dunmore plant by June.', 'June')).toBe('2031-06');
  });
  it('an abbreviation\'s point before a comma does not end the clause', () => {
    expect(valueOf('The lender agreed to buy the Fairview, Ore., savings bank in October.', 'October')).toBe('2031-10');
    expect(valueOf('The lender announced an agreement to buy the Fairview, Ore., savings bank in October.', 'October')).toBe('2031-10');
  });
});

describe('a year after a determiner that opens the sentence', () => {
  it('reads "A 2027 law" as a year, as "a 2027 law" is', () => {
    expect(valueOf('A 2027 law named for the senator tightened the rules.', '2027')).toBe('2027');
    expect(valueOf('Its 2019 charter was amended.', '2019')).toBe('2019');
  });
  it('still leaves a name before four digits alone', () => {
    expect(texts('Windows 2000 shipped late.')).toEqual([]);
  });
});
