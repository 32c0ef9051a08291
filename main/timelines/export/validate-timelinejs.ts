/**
 * A validator for TimelineJS3 JSON, written from the format's documentation
 * (https://timeline.knightlab.com/docs/json-format.html) because no npm package validates it.
 * It is deliberately stricter than TimelineJS (which ignores unknown keys) so that typos surface.
 *
 * Rules encoded:
 * - the document is an object with an `events` array; optional `title` slide, `eras`, `scale`
 *   ('human' | 'cosmological'); at least one event, or a title slide.
 * - a slide may have start_date, end_date, text {headline, text}, media {url required; caption,
 *   credit, thumbnail, alt, title, link, link_target}, group, display_date, background {url, color},
 *   autolink (boolean), unique_id (string, unique in the document). Event slides need start_date.
 * - a date object has `year` (required) and optional month, day, hour, minute, second, millisecond
 *   (numbers, or strings holding integers), and display_date (string). Ranges: month 1–12, day 1–31
 *   and within the month, hour 0–23, minute/second 0–59, millisecond 0–999. A finer field needs the
 *   coarser one (day needs month, hour needs day, …).
 * - end_date is not before start_date. Eras need both start_date and end_date.
 */

const SLIDE_KEYS = new Set(['start_date', 'end_date', 'text', 'media', 'group', 'display_date', 'background', 'autolink', 'unique_id']);
const DATE_KEYS = ['year', 'month', 'day', 'hour', 'minute', 'second', 'millisecond'] as const;
const DATE_LIMITS: Record<(typeof DATE_KEYS)[number], [number, number]> = {
  year: [-Infinity, Infinity],
  month: [1, 12],
  day: [1, 31],
  hour: [0, 23],
  minute: [0, 59],
  second: [0, 59],
  millisecond: [0, 999],
};
const MEDIA_KEYS = new Set(['url', 'caption', 'credit', 'thumbnail', 'alt', 'title', 'link', 'link_target']);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function integerOf(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isInteger(v) ? v : undefined;
  if (typeof v === 'string' && /^-?\d+$/.test(v.trim())) return Number(v.trim());
  return undefined;
}

/** Validates a date object; returns its sortable tuple or undefined when invalid. */
function checkDate(value: unknown, where: string, errors: string[]): number[] | undefined {
  if (!isObject(value)) {
    errors.push(`${where} must be an object like {"year": 2023, "month": 2, "day": 23}`);
    return undefined;
  }
  for (const key of Object.keys(value)) {
    if (!(DATE_KEYS as readonly string[]).includes(key) && key !== 'display_date') errors.push(`${where}.${key} is not a TimelineJS date field`);
  }
  if (value.display_date !== undefined && typeof value.display_date !== 'string') errors.push(`${where}.display_date must be a string`);
  const tuple: number[] = [];
  let missingCoarser: string | undefined;
  const before = errors.length;
  for (const key of DATE_KEYS) {
    const raw = value[key];
    if (raw === undefined || raw === '') {
      if (key === 'year') errors.push(`${where}.year is required`);
      missingCoarser ??= key;
      tuple.push(key === 'month' || key === 'day' ? 1 : 0);
      continue;
    }
    const n = integerOf(raw);
    if (n === undefined) {
      errors.push(`${where}.${key} must be an integer (number or numeric string), got ${JSON.stringify(raw)}`);
      continue;
    }
    const [lo, hi] = DATE_LIMITS[key];
    if (n < lo || n > hi) errors.push(`${where}.${key} ${n} is out of range ${lo}–${hi}`);
    if (missingCoarser) errors.push(`${where}.${key} is given without ${missingCoarser}`);
    tuple.push(n);
  }
  const [year, month, day] = tuple;
  if (value.day !== undefined && year !== undefined && month !== undefined && day !== undefined && month >= 1 && month <= 12) {
    const daysInMonth = new Date(Date.UTC(2000, month, 0)).getUTCDate() - (month === 2 && !isLeap(year) ? 1 : 0);
    if (day > daysInMonth) errors.push(`${where}.day ${day} does not exist in month ${month} of ${year}`);
  }
  return errors.length === before ? tuple : undefined;
}

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

function compareTuples(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

function checkText(value: unknown, where: string, errors: string[]): void {
  if (!isObject(value)) {
    errors.push(`${where} must be an object {headline, text}`);
    return;
  }
  for (const [k, v] of Object.entries(value)) {
    if (k !== 'headline' && k !== 'text') errors.push(`${where}.${k} is not a TimelineJS text field`);
    else if (typeof v !== 'string') errors.push(`${where}.${k} must be a string`);
  }
}

function checkSlide(slide: unknown, where: string, needsStart: boolean, ids: Set<string>, errors: string[]): void {
  if (!isObject(slide)) {
    errors.push(`${where} must be an object`);
    return;
  }
  for (const key of Object.keys(slide)) if (!SLIDE_KEYS.has(key)) errors.push(`${where}.${key} is not a TimelineJS slide field`);
  let start: number[] | undefined;
  if (slide.start_date === undefined) {
    if (needsStart) errors.push(`${where}.start_date is required`);
  } else start = checkDate(slide.start_date, `${where}.start_date`, errors);
  if (slide.end_date !== undefined) {
    if (slide.start_date === undefined) errors.push(`${where}.end_date needs a start_date`);
    const end = checkDate(slide.end_date, `${where}.end_date`, errors);
    if (start && end && compareTuples(end, start) < 0) errors.push(`${where}.end_date is before its start_date`);
  }
  if (slide.text !== undefined) checkText(slide.text, `${where}.text`, errors);
  if (slide.media !== undefined) {
    if (!isObject(slide.media)) errors.push(`${where}.media must be an object`);
    else {
      if (typeof slide.media.url !== 'string' || slide.media.url === '') errors.push(`${where}.media.url is required`);
      for (const [k, v] of Object.entries(slide.media)) {
        if (!MEDIA_KEYS.has(k)) errors.push(`${where}.media.${k} is not a TimelineJS media field`);
        else if (typeof v !== 'string') errors.push(`${where}.media.${k} must be a string`);
      }
    }
  }
  for (const key of ['group', 'display_date'] as const) {
    if (slide[key] !== undefined && typeof slide[key] !== 'string') errors.push(`${where}.${key} must be a string`);
  }
  if (slide.autolink !== undefined && typeof slide.autolink !== 'boolean') errors.push(`${where}.autolink must be true or false`);
  if (slide.background !== undefined) {
    if (!isObject(slide.background)) errors.push(`${where}.background must be an object`);
    else
      for (const [k, v] of Object.entries(slide.background)) {
        if (k !== 'url' && k !== 'color') errors.push(`${where}.background.${k} is not a TimelineJS background field`);
        else if (typeof v !== 'string') errors.push(`${where}.background.${k} must be a string`);
      }
  }
  if (slide.unique_id !== undefined) {
    if (typeof slide.unique_id !== 'string' || slide.unique_id === '') errors.push(`${where}.unique_id must be a non-empty string`);
    else if (ids.has(slide.unique_id)) errors.push(`${where}.unique_id "${slide.unique_id}" is used twice`);
    else ids.add(slide.unique_id);
  }
}

/** The problems found in a TimelineJS3 document (empty when valid). */
export function validateTimelineJs(doc: unknown): string[] {
  const errors: string[] = [];
  if (!isObject(doc)) return ['the document must be a JSON object'];
  for (const key of Object.keys(doc)) if (!['title', 'events', 'eras', 'scale'].includes(key)) errors.push(`${key} is not a TimelineJS top-level field`);
  const ids = new Set<string>();
  if (doc.title !== undefined) checkSlide(doc.title, 'title', false, ids, errors);
  if (!Array.isArray(doc.events)) errors.push('events must be an array');
  else {
    if (doc.events.length === 0 && doc.title === undefined) errors.push('a timeline needs at least one event or a title slide');
    doc.events.forEach((slide, i) => checkSlide(slide, `events[${i}]`, true, ids, errors));
  }
  if (doc.eras !== undefined) {
    if (!Array.isArray(doc.eras)) errors.push('eras must be an array');
    else
      doc.eras.forEach((era, i) => {
        const where = `eras[${i}]`;
        if (!isObject(era)) return errors.push(`${where} must be an object`);
        if (era.start_date === undefined) errors.push(`${where}.start_date is required`);
        if (era.end_date === undefined) errors.push(`${where}.end_date is required`);
        checkSlide(era, where, true, ids, errors);
      });
  }
  if (doc.scale !== undefined && doc.scale !== 'human' && doc.scale !== 'cosmological') errors.push('scale must be "human" or "cosmological"');
  return errors;
}
