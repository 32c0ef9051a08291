/**
 * The outlet's local time of a UTC time stamp, from the region its page declares for itself.
 *
 * Many publishing systems store and print times in UTC ("2025-03-11T23:35:00Z"), while a story's date is the day it
 * came out where it was published: a Kathmandu paper's story of 05:20 on 12 March carries a stamp of 11 March. A page
 * that names its region in its language tag (<html lang="en-NP">, og:locale "en_NP") says where that is. The region's
 * time zones come from the ICU/CLDR data the JavaScript runtime carries (`Intl.Locale#getTimeZones`); a region whose
 * zones are at different offsets (the United States, Russia, Brazil) gives no answer.
 */
import type { PublishedDate } from '../../shared/model';

/** "en-NP", "en_NP", "zh-Hant-TW": the two-letter region of a language tag, upper-cased, or null ("es-419" has none). */
export function regionOfTag(tag: string | null | undefined): string | null {
  const m = /^[a-z]{2,3}(?:[-_][a-z]{4})?[-_]([a-z]{2})(?:$|[-_])/i.exec(tag?.trim() ?? '');
  return m ? m[1]!.toUpperCase() : null;
}

/** The IANA time zones of a region, by the runtime's CLDR data (empty when it has none for the region). */
function zonesOfRegion(region: string): string[] {
  try {
    const locale = new Intl.Locale(`und-${region}`) as Intl.Locale & { getTimeZones?: () => string[]; timeZones?: string[] };
    return locale.getTimeZones?.() ?? locale.timeZones ?? [];
  } catch {
    return [];
  }
}

/** "2025-03-12T05:20:00+05:45": the instant written in the zone's wall-clock time with its offset. */
function wallClock(instant: Date, zone: string): string | null {
  try {
    const parts = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'longOffset',
    }).formatToParts(instant);
    const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
    const offset = part('timeZoneName').replace(/^GMT/, '') || '+00:00';
    return `${part('year')}-${part('month')}-${part('day')}T${part('hour')}:${part('minute')}:${part('second')}${offset}`;
  } catch {
    return null;
  }
}

/**
 * A UTC time stamp ("...Z" or "...+00:00") written in the local time of `region`, when the region keeps one time;
 * null otherwise (not a UTC time stamp, no zones known, zones at different offsets).
 */
export function inRegionalTime(stamp: PublishedDate, region: string | null): PublishedDate | null {
  if (region === null || stamp.precision !== 'datetime' || !/(?:Z|[+-]00:?00)$/i.test(stamp.value)) return null;
  const instant = new Date(stamp.value);
  if (Number.isNaN(instant.getTime())) return null;
  const zones = zonesOfRegion(region);
  const times = zones.map((zone) => wallClock(instant, zone)).filter((t): t is string => t !== null);
  // One wall-clock time for the whole region: a region of several offsets (the United States, Australia) names no
  // single local time, and a site left with its tools' defaults (an "en-US" tag, UTC stamps) says nothing of its own.
  if (times.length === 0 || new Set(times).size > 1) return null;
  return { value: times[0]!, precision: 'datetime' };
}

/** A UTC time stamp written in the wall-clock time of one IANA zone ("America/Chicago"); null when it is no UTC stamp. */
export function inZoneTime(stamp: PublishedDate, zone: string): PublishedDate | null {
  if (stamp.precision !== 'datetime' || !/(?:Z|[+-]00:?00)$/i.test(stamp.value)) return null;
  const instant = new Date(stamp.value);
  if (Number.isNaN(instant.getTime())) return null;
  const time = wallClock(instant, zone);
  return time === null ? null : { value: time, precision: 'datetime' };
}

/** "3:14 AM UTC", "15:05 GMT", "8.30pm UTC": a clock time its line says is UTC, as [hours 0-23, minutes]. */
const UTC_CLOCK = /(?<![\d:.])(\d{1,2})[:.](\d{2})\s*(?:([AaPp])\.?\s?[Mm]\.?)?\s*(?:UTC|GMT|Z)(?![\p{L}+-])/u;

/**
 * The UTC time stamp a date line gives with a clock time marked UTC ("Published: Apr. 3, 2024 at 3:14 AM UTC"),
 * for its day (YYYY-MM-DD, read from the line by the caller); null when the line marks no time as UTC.
 */
export function utcStampOfLine(line: string, day: string): PublishedDate | null {
  const m = UTC_CLOCK.exec(line);
  if (!m || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return null;
  let hours = Number(m[1]);
  const minutes = Number(m[2]);
  if (hours > 23 || minutes > 59 || (m[3] && (hours < 1 || hours > 12))) return null;
  if (m[3]) hours = (hours % 12) + (/[Pp]/.test(m[3]) ? 12 : 0);
  return { value: `${day}T${String(hours).padStart(2, '0')}:${m[2]}:00Z`, precision: 'datetime' };
}
