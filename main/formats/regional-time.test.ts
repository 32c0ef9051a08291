import { describe, expect, it } from 'vitest';
import { inRegionalTime, regionOfTag } from './regional-time';

const utc = (value: string) => ({ value, precision: 'datetime' as const });

describe('regionOfTag', () => {
  it('reads the region of a language tag, with or without a script, and none from a tag without one', () => {
    expect(regionOfTag('en-NP')).toBe('NP');
    expect(regionOfTag('en_gb')).toBe('GB');
    expect(regionOfTag('zh-Hant-TW')).toBe('TW');
    expect(regionOfTag('en')).toBeNull();
    expect(regionOfTag('es-419')).toBeNull();
    expect(regionOfTag(null)).toBeNull();
  });
});

describe('inRegionalTime', () => {
  it("writes a UTC stamp in the local time of a one-zone region, on the outlet's day", () => {
    expect(inRegionalTime(utc('2025-03-11T23:35:00Z'), 'NP')).toEqual(utc('2025-03-12T05:20:00+05:45'));
    expect(inRegionalTime(utc('2025-03-14T00:02:00+00:00'), 'CO')).toEqual(utc('2025-03-13T19:02:00-05:00'));
  });

  it('gives no answer for a region of several offsets, a stamp with an offset of its own, or a day alone', () => {
    expect(inRegionalTime(utc('2025-03-14T02:00:00Z'), 'US')).toBeNull();
    expect(inRegionalTime(utc('2025-03-11T23:35:00+05:45'), 'NP')).toBeNull();
    expect(inRegionalTime({ value: '2025-03-11', precision: 'day' }, 'NP')).toBeNull();
    expect(inRegionalTime(utc('2025-03-11T23:35:00Z'), null)).toBeNull();
    expect(inRegionalTime(utc('2025-03-11T23:35:00Z'), 'ZZ')).toBeNull();
  });
});
