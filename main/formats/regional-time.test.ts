import { describe, expect, it } from 'vitest';
import { inRegionalTime, inZoneTime, regionOfTag, utcStampOfLine } from './regional-time';
import { zoneOfUsDateline } from './us-state-zones';

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

describe('times marked UTC and US datelines', () => {
  it('reads a clock time its line marks as UTC, in 12- or 24-hour form, and none without the mark', () => {
    expect(utcStampOfLine('Published: Apr. 3, 2024 at 3:14 AM UTC', '2024-04-03')).toEqual(utc('2024-04-03T03:14:00Z'));
    expect(utcStampOfLine('Posted 12:05 p.m. GMT', '2024-04-03')).toEqual(utc('2024-04-03T12:05:00Z'));
    expect(utcStampOfLine('Updated 21:40 UTC', '2024-04-03')).toEqual(utc('2024-04-03T21:40:00Z'));
    expect(utcStampOfLine('Published: Apr. 3, 2024 at 3:14 AM CDT', '2024-04-03')).toBeNull();
    expect(utcStampOfLine('Published: Apr. 3, 2024', '2024-04-03')).toBeNull();
  });

  it('writes a UTC stamp in the zone of the state a dateline names, by AP abbreviation, postal code or name', () => {
    expect(zoneOfUsDateline('JOPLIN, Mo.')).toBe('America/Chicago');
    expect(zoneOfUsDateline('WICHITA, KS')).toBe('America/Chicago');
    expect(zoneOfUsDateline('BOISE, Idaho')).toBe('America/Boise');
    expect(zoneOfUsDateline('PORTLAND, Ore.')).toBe('America/Los_Angeles');
    expect(zoneOfUsDateline('NAIROBI, Kenya')).toBeNull();
    expect(zoneOfUsDateline('WASHINGTON')).toBeNull();
    expect(inZoneTime(utc('2024-04-03T03:14:00Z'), 'America/Chicago')).toEqual(utc('2024-04-02T22:14:00-05:00'));
    expect(inZoneTime(utc('2024-04-03T03:14:00-05:00'), 'America/Chicago')).toBeNull();
  });
});
