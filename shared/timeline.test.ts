import { describe, expect, it } from 'vitest';
import { timelineContract } from './contract';
import { EventDateSchema, TimelineSchema, formatEventDate, spanDays } from './timeline';

describe('timeline model', () => {
  it('accepts day, datetime, negative-year and range dates, and fills defaults', () => {
    expect(EventDateSchema.parse({ start: '2023-02-18', end: '2023-02-19', precision: 'range' })).toEqual({
      start: '2023-02-18',
      end: '2023-02-19',
      precision: 'range',
      approximate: false,
      value: null,
      text: null,
    });
    expect(EventDateSchema.safeParse({ start: '2023-02-23T14:30', end: '2023-02-23T14:30', precision: 'datetime' }).success).toBe(true);
    expect(EventDateSchema.safeParse({ start: '-0044-03-15', end: '-0044-03-15', precision: 'day' }).success).toBe(true);
  });

  it('rejects unreadable dates and ranges that end before they start', () => {
    expect(EventDateSchema.safeParse({ start: '23/02/2023', end: '23/02/2023', precision: 'day' }).success).toBe(false);
    const backwards = EventDateSchema.safeParse({ start: '2023-02-19', end: '2023-02-18', precision: 'range' });
    expect(backwards.success).toBe(false);
    expect(backwards.error?.issues[0]?.message).toMatch(/end of a date comes before its start/);
  });

  it('keeps timeline ids file-name safe', () => {
    const base = { name: 'x', createdAt: 'a', updatedAt: 'a' };
    expect(TimelineSchema.safeParse({ ...base, id: 'china-arms-2' }).success).toBe(true);
    expect(TimelineSchema.safeParse({ ...base, id: '../etc' }).success).toBe(false);
    expect(TimelineSchema.safeParse({ ...base, id: 'China' }).success).toBe(false);
  });

  it('labels and measures dates', () => {
    const d = (start: string, end: string, precision: 'day' | 'range' | 'month' | 'quarter' | 'year', approximate = false) =>
      EventDateSchema.parse({ start, end, precision, approximate });
    expect(formatEventDate(d('2023-02-23', '2023-02-23', 'day'))).toBe('23 Feb 2023');
    expect(formatEventDate(d('2023-02-18', '2023-02-19', 'range'))).toBe('18–19 Feb 2023');
    expect(formatEventDate(d('2022-02-23', '2023-02-23', 'range', true))).toBe('c. 23 Feb 2022 – 23 Feb 2023');
    expect(formatEventDate(d('2023-01-01', '2023-03-31', 'quarter'))).toBe('Q1 2023');
    expect(formatEventDate(d('2023-02-01', '2023-02-28', 'month'))).toBe('Feb 2023');
    expect(spanDays(d('2023-02-18', '2023-02-19', 'range'))).toBe(2);
    expect(spanDays(d('2024-01-01', '2024-12-31', 'year'))).toBe(366);
  });

  it('validates requests with defaults', () => {
    expect(timelineContract.addEvents.request.parse({ timelineId: 't', events: [{ title: 'x', date: { start: '2023-01-01', end: '2023-01-01', precision: 'day' } }] })).toMatchObject({
      mergeDuplicates: true,
      keys: [],
      events: [{ actors: [], tags: [], sources: [], origin: 'manual', place: null, description: '' }],
    });
    expect(timelineContract.candidatesForArticle.request.safeParse({ articleId: 'not-an-id' }).success).toBe(false);
    expect(timelineContract.exportTimeline.request.safeParse({ id: 't', format: 'pdf' }).success).toBe(false);
  });
});
