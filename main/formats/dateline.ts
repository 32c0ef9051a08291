/**
 * The dateline that opens wire copy and many newspaper stories: where the story was filed, sometimes when, and,
 * for agency copy, which agency filed it. "WASHINGTON (Reuters) - ...", "LONDON, Feb 23 (AP) — ...",
 * "NAIROBI, Kenya (AP) _ ...", "CHICAGO, March 6, 2024 /PRNewswire/ -- ...", "WASHINGTON — ...", "ISLAMABAD: ...",
 * "Geneva, 4 March 2022 (Agency) – ...", "Pune, Mar 14 (XNS): ...".
 * The place is written in capitals (so "Washington said ..." is a sentence, not a dateline), except before an
 * agency in parentheses, a shape no sentence has. The paragraph itself is left as it is: the dateline is part
 * of the story's text, and its offsets must not move.
 */
import type { PublishedDate } from '../../shared/model';
import type { HeaderInfo } from './byline';
import { findPublicationDate } from './dates';
import { inZoneTime } from './regional-time';
import { zoneOfUsDateline } from './us-state-zones';

export interface Dateline {
  /** "WASHINGTON", "NAIROBI, Kenya". */
  place: string;
  /** The agency or distributor credited: "Reuters", "AP", "PRNewswire"; null for a staff dateline. */
  agency: string | null;
  /** The date when the dateline gives a year ("March 6, 2024"); a month and day alone give none. */
  date: PublishedDate | null;
  /** The month and day as written ("Jan 3", "4 March"), with or without a year. */
  monthDay: string | null;
  /** Where the story's own words start. */
  end: number;
}

/** A word of a place in capitals: "NEW", "YORK", "ST.", "DAR", "N.Y.", "SÃO", "O'HARE". */
const CAPS_WORD = String.raw`\p{Lu}[\p{Lu}\p{M}.'’-]*`;
/** A word of a place in ordinary case, only before an agency credit: "Kyiv", "St.", "Mo.". */
const CASED_WORD = String.raw`\p{Lu}[\p{L}\p{M}.'’-]*`;
/** A month name in any case ("Feb", "FEB.", "February"): spelt out because the patterns must keep \p{Lu} case-sensitive. */
const MONTH = String.raw`(?:[Jj][Aa][Nn]|[Ff][Ee][Bb]|[Mm][Aa][Rr]|[Aa][Pp][Rr]|[Mm][Aa][Yy]|[Jj][Uu][Nn]|[Jj][Uu][Ll]|[Aa][Uu][Gg]|[Ss][Ee][Pp]|[Oo][Cc][Tt]|[Nn][Oo][Vv]|[Dd][Ee][Cc])\p{L}*\.?`;
/** "Feb 23", "March 6, 2024", or day first as British and agency copy write it: "4 March 2022". */
const MONTH_DAY = String.raw`(?:${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|\d{1,2}(?:st|nd|rd|th)?\s+${MONTH}(?:,?\s+\d{4})?)`;
/** ", Kenya", ", N.Y.", ", South Africa": a region after the place (never a date). */
const REGION = String.raw`(?:,\s*(?!${MONTH}\s+\d)${CASED_WORD}(?:\s+${CASED_WORD}){0,2})?`;
const SEPARATOR = String.raw`\s*(?:--?|—|–|_)(?=\s|$)`;

const WITH_AGENCY = new RegExp(
  String.raw`^(${CASED_WORD}(?:\s+${CASED_WORD}){0,3}${REGION})(?:,\s*(${MONTH_DAY}))?\s*(?:\(\s*([^()]{2,40}?)\s*\)|/\s*([^/]{2,40}?)\s*/)(?:${SEPARATOR}|\s*:)\s*`,
  'u',
);
const STAFF_DATELINE = new RegExp(String.raw`^(${CAPS_WORD}(?:\s+${CAPS_WORD}){0,3}${REGION})(?:,\s*(${MONTH_DAY}))?(?:${SEPARATOR}|\s*:)\s*`, 'u');

/**
 * Labels that open a story in capitals without being a place ("BREAKING:", "UPDATE —", "EXCLUSIVE:"):
 * the standard kickers of news pages.
 */
const KICKER = /^(?:breaking(?: news)?|update[d]?|exclusive|watch|live|analysis|opinion|editorial|comment|correction|note|editor['’]s note|photos?|video|review|interview|fact check|explainer|sponsored|advertisement|podcast|q&a|faq|summary|background|context|more|related|read more|also read|tags?|source|sources)$/i;

export function readDateline(paragraph: string): Dateline | null {
  const text = paragraph.trimStart();
  const offset = paragraph.length - text.length;
  let m = WITH_AGENCY.exec(text);
  if (m) {
    const agency = (m[3] ?? m[4])!.replace(/\s+/g, ' ').trim();
    // "(AP)", "(Reuters)", "/PRNewswire/": a name, not a parenthetical remark.
    if (!/^\p{Lu}[\p{L}\p{N}&.' -]*$/u.test(agency) || agency.split(' ').length > 4) return null;
    return { place: m[1]!.trim(), agency, date: dateOf(m[2]), monthDay: m[2] ?? null, end: offset + m[0].length };
  }
  m = STAFF_DATELINE.exec(text);
  if (!m) return null;
  const place = m[1]!.trim();
  const placeWords = place.split(',')[0]!;
  // At least two capital letters and no lower case in the place itself: "WASHINGTON", not "I".
  if (/\p{Ll}/u.test(placeWords) || placeWords.replace(/[^\p{Lu}]/gu, '').length < 2 || KICKER.test(placeWords.trim())) return null;
  if (m[0].trimEnd().endsWith(':') && m[2] === undefined && /,/.test(place)) return null;
  return { place, agency: null, date: dateOf(m[2]), monthDay: m[2] ?? null, end: offset + m[0].length };
}

function dateOf(text: string | undefined): PublishedDate | null {
  if (!text || !/\d{4}/.test(text)) return null;
  return findPublicationDate(text)?.date ?? null;
}

/**
 * What the dateline of the opening paragraphs adds to a header that lacks it: the agency as publisher, the date when it has a
 * year. A header's own values always win (a newspaper that runs agency copy is still the publisher).
 * `datedLines` are other lines of the copy (photo captions, header furniture) whose dates may give a yearless dateline its year.
 */
export function completeFromDateline(header: HeaderInfo, openingParagraphs: readonly string[], datedLines: readonly string[] = []): void {
  if (header.publisher !== null && header.publishedAt !== null) return;
  // The first paragraph that opens with a dateline (a standfirst or a credit line may come before it).
  for (const paragraph of openingParagraphs) {
    const dateline = readDateline(paragraph);
    if (!dateline) continue;
    header.publisher ??= dateline.agency;
    header.publishedAt ??= dateline.date ?? yearFromNearbyDate(dateline.monthDay, datedLines);
    return;
  }
}

/** How long before a story its photos may have been taken, for a caption's date to give the dateline its year. */
const MAX_CAPTION_AGE_DAYS = 31;

/**
 * "OSLO, Jan 3 (Agency)" under a photo captioned "..., December 29, 2022": the dateline's day in the year that
 * puts it on or shortly after a date the copy carries. Null when no such date is near.
 */
function yearFromNearbyDate(monthDay: string | null, datedLines: readonly string[], window: { before: number; after: number } = { before: 0, after: MAX_CAPTION_AGE_DAYS }): PublishedDate | null {
  if (!monthDay) return null;
  for (const line of datedLines) {
    const near = findPublicationDate(line)?.date;
    if (!near || near.precision === 'year' || near.precision === 'month') continue;
    const year = Number(near.value.slice(0, 4));
    for (const y of [year - 1, year, year + 1]) {
      const date = findPublicationDate(`${monthDay} ${y}`)?.date;
      if (!date) continue;
      const days = (Date.parse(date.value.slice(0, 10)) - Date.parse(near.value.slice(0, 10))) / 86_400_000;
      if (days >= -window.before && days <= window.after) return { value: date.value.slice(0, 10), precision: 'day' };
    }
  }
  return null;
}

/**
 * The day of an agency item's dateline ("SOFIA, Dec 11 (Agency) -") given the UTC time its subscriber received it:
 * the dateline's own date, or its day in the year that puts it within a day of the receipt (the local day may be
 * the UTC day's neighbour either way). Null without a dateline.
 */
export function datelineDayNear(paragraph: string, received: string): PublishedDate | null {
  const dateline = readDateline(paragraph);
  if (!dateline) return null;
  return dateline.date ?? yearFromNearbyDate(dateline.monthDay, [received], { before: 1, after: 1 });
}

/**
 * A UTC time stamp in the local time of the US state the story's dateline names ("JOPLIN, Mo. (KRJN) -" under
 * "Published: Apr. 3, 2024 at 3:14 AM UTC": the evening of April 2 in Missouri); null when the stamp is no UTC stamp
 * or no opening paragraph has such a dateline.
 */
export function inDatelineTime(stamp: PublishedDate | null, openingParagraphs: readonly string[]): PublishedDate | null {
  if (!stamp || stamp.precision !== 'datetime') return null;
  for (const paragraph of openingParagraphs) {
    const dateline = readDateline(paragraph);
    if (!dateline) continue;
    const zone = zoneOfUsDateline(dateline.place);
    return zone ? inZoneTime(stamp, zone) : null;
  }
  return null;
}
