/**
 * Event identity: do two reports tell the same happening? Decided from the evidence a journalist would use,
 * and "different" is decided as readily as "same":
 *
 * Same, when the dates are compatible and
 * - they share a quotation or a passage's wording (the alignment the compare view computes: shared/align.ts), or
 * - the same actor did the same kind of thing on the same date (both said something; or the same verb), with no
 *   conflicting place or quotation, and something more in common: the place, another named party, or wording, or
 * - the same named people met at the same place on the same date.
 * Different, when the dates cannot describe one happening (disjoint, or a day against a month), when the
 * places differ, when the main actors differ (neither appears in the other report), or when nothing above holds.
 *
 * Dates: "compatible" is the same date; one inside the other (a weekend and its Sunday) only with shared
 * wording; a day apart only with shared wording (time zones and "yesterday" shift days). Each decision carries
 * its reasons in words, which timelines store with the merge and show to the user.
 */
import { alignPassages, wordBigrams } from '../../shared/align';
import { formatEventDate, type EventDate } from '../../shared/timeline';
import { nameKey, sameName, shareName } from '../analysis/events/names';
import { dateSpanMs, spanDays } from './dates';

/** One source's account of an event: what identity compares. */
export interface Telling {
  /** The article, with its copies folded in (copies of one article are one article). */
  articleKey: string;
  date: EventDate;
  actor: string | null;
  action: string | null;
  statement: boolean;
  quote: string | null;
  /** The passage's words. */
  passage: string;
  place: string | null;
  actors: readonly string[];
  /** The people and organisations named (no places). */
  people: readonly string[];
}

export type Relation = 'same-date' | 'nested' | 'near' | 'apart';

export interface Judgement {
  same: boolean;
  /** Evidence that the two are different happenings (different places, actors, dates): blocks any grouping with them. */
  conflict: string | null;
  /** Why they are the same (or, when not, why not), in words for the user. */
  reasons: string[];
  /** Strength of the evidence, to choose among several matches. */
  score: number;
}

const DAY = 86_400_000;

/** How two dates relate. */
export function dateRelation(a: EventDate, b: EventDate): Relation {
  return relationOfSpans(dateSpanMs(a), dateSpanMs(b), a.start.slice(0, 10) === b.start.slice(0, 10) && a.end.slice(0, 10) === b.end.slice(0, 10));
}

function relationOfSpans([a0, a1]: readonly [number, number], [b0, b1]: readonly [number, number], sameDays: boolean): Relation {
  if (sameDays) return 'same-date';
  const da = Math.max(1, Math.round((a1 - a0) / DAY));
  const db = Math.max(1, Math.round((b1 - b0) / DAY));
  const similarSize = Math.max(da, db) <= Math.max(7, 3 * Math.min(da, db));
  if (((a0 <= b0 && b1 <= a1) || (b0 <= a0 && a1 <= b1)) && similarSize) return 'nested';
  const gap = Math.max(a0, b0) - Math.min(a1, b1);
  if (da <= 2 && db <= 2 && gap <= DAY) return 'near';
  return 'apart';
}

interface Features {
  /** [start, end) of the telling's date in ms, and its days as written. */
  span: [number, number];
  days: string;
  text: string;
  bigrams: Set<string>;
  words: Set<string>;
  /** Name keys of the actor and everyone named: whole names and their last words. */
  names: Set<string>;
}

const cache = new WeakMap<Telling, Features>();

/** What comparisons need of a telling, computed once. */
export function featuresOf(t: Telling): Features {
  let f = cache.get(t);
  if (!f) {
    const text = [t.quote, t.passage].filter(Boolean).join('\n');
    const names = new Set<string>();
    for (const n of [t.actor, ...t.actors]) {
      if (!n) continue;
      const key = nameKey(n);
      names.add(key);
      const last = key.split(' ').pop();
      if (last && last.length >= 3) names.add(last);
    }
    f = { span: dateSpanMs(t.date), days: `${t.date.start.slice(0, 10)}/${t.date.end.slice(0, 10)}`, text, bigrams: wordBigrams(text), words: contentWords(t.passage), names };
    cache.set(t, f);
  }
  return f;
}

/** Shared alignment bigrams, counting up to `enough`. */
export function sharedBigrams(a: Set<string>, b: Set<string>, enough = Infinity): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const x of small) if (large.has(x) && ++n >= enough) break;
  return n;
}

/** The passage of `a` that `b` shares (a quotation or the same sentence), or null. */
export function sharedWording(a: Telling, b: Telling): { excerpt: string; quote: boolean; score: number } | null {
  const fa = featuresOf(a);
  const fb = featuresOf(b);
  // Cheap test first: alignment needs four shared bigrams, so fewer means nothing to align.
  if (sharedBigrams(fa.bigrams, fb.bigrams, 4) < 4) return null;
  const textA = fa.text;
  const aligned = alignPassages(textA, fb.text);
  let best: { excerpt: string; quote: boolean; score: number } | null = null;
  for (const p of aligned) {
    const excerpt = textA.slice(p.a[0], p.a[1]);
    const other = fb.text.slice(p.b[0], p.b[1]);
    // Shared framing is not a shared fact: the words must say something (four content words), and the
    // figures in them must be the same figures ("$10.3 million, or $1.02 a share" is not "$5.3 million, or $1.61").
    if (contentWords(excerpt).size < 4) continue;
    if (!sameFigures(excerpt, other)) continue;
    const quoteEnd = a.quote ? a.quote.length : -1;
    const inQuote = p.a[1] <= quoteEnd || (!!b.quote && p.b[1] <= b.quote.length);
    if (!best || p.score > best.score) best = { excerpt, quote: inQuote || /[“”"]/.test(excerpt), score: p.score };
  }
  return best;
}

/** Whether two passages state the same figures (numbers), when both state any. */
function sameFigures(a: string, b: string): boolean {
  const figures = (s: string) => new Set((s.match(/\d+(?:[.,]\d+)*/g) ?? []).map((n) => n.replace(/,/g, '')));
  const x = figures(a);
  const y = figures(b);
  if (x.size === 0 || y.size === 0) return true;
  for (const n of x) if (!y.has(n)) return false;
  for (const n of y) if (!x.has(n)) return false;
  return true;
}

const STOP = new Set(
  'a an and are as at be been but by for from had has have he her his i in into is it its of on or our over said says say she that the their them they this to was were which who will with would not no than then there after before about also more most new one two'.split(
    ' ',
  ),
);

export function contentWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.toLowerCase().matchAll(/[\p{L}\p{N}]+/gu)) {
    let w = m[0];
    if (w.length < 3 || STOP.has(w)) continue;
    w = w.replace(/(?:ing|ed|es|s)$/, '');
    if (w.length >= 3) out.add(w);
  }
  return out;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}

function samePlace(a: string, b: string): boolean {
  if (sameName(a, b)) return true;
  const x = ` ${nameKey(a)} `;
  const y = ` ${nameKey(b)} `;
  return x.includes(y) || y.includes(x); // "Brussels" and "Brussels, Belgium"
}

function shortName(name: string): string {
  const words = name.split(/\s+/);
  return words.length > 1 ? words[words.length - 1]! : name;
}

function dateWords(a: EventDate, b: EventDate, relation: Relation): string {
  if (relation === 'same-date') return `on the same date (${formatEventDate(a)})`;
  if (relation === 'nested') {
    const [inner, outer] = spanDays(a) <= spanDays(b) ? [a, b] : [b, a];
    return `dates agree (${formatEventDate(inner)} within ${formatEventDate(outer)})`;
  }
  return `the dates differ by a day (${formatEventDate(a)} / ${formatEventDate(b)})`;
}

function excerptOf(text: string, words = 12): string {
  const w = text.replace(/[“”"]/g, '').replace(/\s+/g, ' ').trim().split(' ');
  return w.length > words ? `${w.slice(0, words).join(' ')}…` : w.join(' ');
}

/** Whether two accounts tell the same happening, and why. */
export function judge(a: Telling, b: Telling): Judgement {
  const fa = featuresOf(a);
  const fb = featuresOf(b);
  const relation = relationOfSpans(fa.span, fb.span, fa.days === fb.days);
  if (relation === 'apart') return { same: false, conflict: `different dates (${formatEventDate(a.date)} / ${formatEventDate(b.date)})`, reasons: [], score: 0 };

  const placeConflict = a.place && b.place && !samePlace(a.place, b.place) ? `different places (${a.place} / ${b.place})` : null;
  const namesA = [a.actor, ...a.actors].filter((x): x is string => !!x);
  const namesB = [b.actor, ...b.actors].filter((x): x is string => !!x);
  const actorConflict =
    a.actor && b.actor && !shareName([a.actor], namesB) && !shareName([b.actor], namesA) ? `different actors (${a.actor} / ${b.actor})` : null;

  const wording = sharedWording(a, b);
  // A shared quotation outweighs a conflicting name or place (outlets attribute and locate differently);
  // shared framing does not ("..., Acme closed at $46.50" is not "..., Beta closed at $60").
  if (wording && wording.score >= 0.5 && (wording.quote || !(placeConflict ?? actorConflict))) {
    const what = wording.quote ? `shares the quotation “${excerptOf(wording.excerpt)}”` : `tells it in the same words: “${excerptOf(wording.excerpt)}”`;
    return { same: true, conflict: null, reasons: [what, dateWords(a.date, b.date, relation)], score: 2 + wording.score };
  }

  const conflict = placeConflict ?? actorConflict;
  if (conflict) return { same: false, conflict, reasons: [], score: 0 };
  if (relation !== 'same-date') return { same: false, conflict: null, reasons: ['different dates and no shared wording'], score: 0 };

  const quoteConflict = a.quote && b.quote && a.quote.split(/\s+/).length >= 5 && b.quote.split(/\s+/).length >= 5;
  const sameActor = !!a.actor && !!b.actor && sameName(a.actor, b.actor);
  const sameAction = (a.statement && b.statement) || (!!a.action && !!b.action && a.action === b.action);
  const bothPlaces = !!a.place && !!b.place;
  const peopleA = [a.actor, ...a.people].filter((x): x is string => !!x);
  const peopleB = [b.actor, ...b.people].filter((x): x is string => !!x);
  const others = peopleA.filter((x) => !(a.actor && sameName(x, a.actor)) && !(b.actor && sameName(x, b.actor)) && shareName([x], peopleB));
  const otherNames = [...new Map(others.map((x) => [nameKey(x), x])).values()];
  const similar = jaccard(featuresOf(a).words, featuresOf(b).words);

  if (sameActor && sameAction && !quoteConflict) {
    const action = a.statement && b.statement ? 'said' : a.action;
    const head = `same actor (${shortName(a.actor!)}) and action (${action}) ${dateWords(a.date, b.date, relation)}`;
    if (bothPlaces) return { same: true, conflict: null, reasons: [head, `same place (${a.place})`], score: 1.6 };
    if (otherNames.length) return { same: true, conflict: null, reasons: [head, `both name ${otherNames.slice(0, 3).join(', ')}`], score: 1.3 + 0.1 * Math.min(otherNames.length, 3) };
    if (similar >= 0.3) return { same: true, conflict: null, reasons: [head, 'similar wording'], score: 1.2 + similar };
  }
  // People and organisations only: two reports naming the same countries are not the same happening.
  const sharedPeople = peopleA.filter((x) => shareName([x], peopleB));
  const people = [...new Map(sharedPeople.map((x) => [nameKey(x), x])).values()];
  if (bothPlaces && people.length >= 2) {
    return { same: true, conflict: null, reasons: [`same people (${people.slice(0, 3).join(', ')}) at the same place (${a.place}) ${dateWords(a.date, b.date, relation)}`], score: 1.1 };
  }
  const why = quoteConflict ? 'different quotations' : !sameActor ? 'not the same actor' : !sameAction ? 'not the same action' : 'nothing more in common than the actor and date';
  return { same: false, conflict: null, reasons: [why], score: 0 };
}

/**
 * Whether two accounts from the same article (or copies of it) tell one happening twice: the same passage
 * in two copies, or a lede and then the quotation paragraph.
 */
export function sameInOneArticle(a: Telling, b: Telling): boolean {
  if (featuresOf(a).days !== featuresOf(b).days) return false;
  if (a.passage === b.passage) return true;
  const wording = sharedWording(a, b);
  if (wording && wording.score >= 0.8) return true; // the same sentence in a copy with small edits
  if (a.place && b.place && !samePlace(a.place, b.place)) return false;
  if (!a.actor || !b.actor || !sameName(a.actor, b.actor)) return false;
  if (a.quote && b.quote) return a.quote === b.quote;
  return (a.statement && b.statement) || (!!a.action && a.action === b.action);
}
