/**
 * Duplicate events: the same happening reported by several articles. Two events are taken for one
 * when their dates are compatible (they overlap and have a similar span, so a day is not merged
 * into a year), and they share actors and/or wording (token Jaccard). Two events from the same
 * article are never merged: an article tells each thing once. Merging keeps every source and puts
 * the first report (earliest publishedAt) first.
 */
import type { EventDraft, EventSource, TimelineEvent } from '../../shared/timeline';
import { dateSpanMs, spanDays } from './dates';

type Mergeable = Pick<EventDraft, 'title' | 'description' | 'date' | 'actors' | 'place' | 'sources'>;

const STOP_WORDS = new Set(
  `a an and are as at be been but by for from had has have he her his i in into is it its of on or our over said says she that the their them they this to was were which who will with would not no yet than then there after before about also more most new one two u s`.split(' '),
);

export function contentTokens(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.toLowerCase().matchAll(/[\p{L}\p{N}]+/gu)) {
    let w = m[0];
    if (w.length < 2 || STOP_WORDS.has(w)) continue;
    // crude plural/inflection folding so "warns"/"warning"/"warned" meet
    w = w.replace(/(ing|ed|es|s)$/, '');
    if (w.length >= 2) out.add(w);
  }
  return out;
}

export function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}

const actorKey = (s: string) => s.toLowerCase().replace(/^the\s+/, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

interface Features {
  span: [number, number];
  days: number;
  dayLike: boolean;
  words: Set<string>;
  actors: Set<string>;
  place: string | null;
  articles: Set<string>;
}

function features(e: Mergeable): Features {
  const span = dateSpanMs(e.date);
  const days = spanDays(e.date);
  return {
    span,
    days,
    dayLike: e.date.precision !== 'range' && days <= 1,
    words: contentTokens(`${e.title} ${e.description}`),
    actors: new Set(e.actors.map(actorKey)),
    place: e.place ? actorKey(e.place) : null,
    articles: new Set(e.sources.map((s) => s.articleId)),
  };
}

const DAY = 86_400_000;

function compatible(a: Features, b: Features): boolean {
  const t = a.dayLike && b.dayLike ? DAY : 0;
  if (Math.min(a.span[1], b.span[1]) + t - (Math.max(a.span[0], b.span[0]) - t) <= 0) return false;
  return Math.max(a.days, b.days) <= Math.max(7, 3 * Math.min(a.days, b.days));
}

function score(a: Features, b: Features): number {
  if (!compatible(a, b)) return 0;
  let sharedActors = 0;
  for (const x of b.actors) if (a.actors.has(x)) sharedActors++;
  const samePlace = a.place && a.place === b.place ? 1 : 0;
  return jaccard(a.words, b.words) + 0.15 * Math.min(sharedActors, 2) + 0.1 * samePlace;
}

function disjointArticles(a: Features, b: Features): boolean {
  for (const x of a.articles) if (b.articles.has(x)) return false;
  return true;
}

/** Dates that could describe the same happening: overlapping, and spans of similar size. */
export function datesCompatible(a: Mergeable['date'], b: Mergeable['date']): boolean {
  const f = (date: Mergeable['date']) => features({ title: '', description: '', date, actors: [], place: null, sources: [] });
  return compatible(f(a), f(b));
}

/** How alike two events are, 0..~1.5; >= DUPLICATE_THRESHOLD counts as the same event. */
export function similarity(a: Mergeable, b: Mergeable): number {
  return score(features(a), features(b));
}

export const DUPLICATE_THRESHOLD = 0.4;

/** Whether two events share a reporting article (then they are never merged automatically). */
export function shareArticle(a: Pick<Mergeable, 'sources'>, b: Pick<Mergeable, 'sources'>): boolean {
  const ids = new Set(a.sources.map((s) => s.articleId));
  return b.sources.some((s) => ids.has(s.articleId));
}

export function isDuplicate(a: Mergeable, b: Mergeable): boolean {
  return !shareArticle(a, b) && similarity(a, b) >= DUPLICATE_THRESHOLD;
}

/**
 * Groups items that report the same event. Greedy: each item joins the group whose first member
 * (the group's representative: no chains of slowly drifting matches) it duplicates best, provided
 * no member comes from the same article; else it starts its own group. Items are visited in date
 * order and groups that ended before the item starts are no longer compared, so large sets stay fast.
 */
export function groupDuplicates<T extends Mergeable>(items: T[]): T[][] {
  const order = items
    .map((item, index) => ({ item, index, f: features(item) }))
    .sort((a, b) => a.f.span[0] - b.f.span[0] || a.f.span[1] - b.f.span[1] || a.index - b.index);
  const open: { members: T[]; lead: Features; articles: Set<string> }[] = [];
  const all: T[][] = [];
  for (const { item, f } of order) {
    // a group whose representative ended more than a day before this start can match nothing later
    for (let g = open.length - 1; g >= 0; g--) if (open[g]!.lead.span[1] + DAY < f.span[0]) open.splice(g, 1);
    let best: (typeof open)[number] | undefined;
    let bestScore = DUPLICATE_THRESHOLD;
    for (const group of open) {
      if (!disjointArticles(group.lead, f) || [...f.articles].some((x) => group.articles.has(x))) continue;
      const s = score(group.lead, f);
      if (s >= bestScore) {
        bestScore = s;
        best = group;
      }
    }
    if (best) {
      best.members.push(item);
      for (const x of f.articles) best.articles.add(x);
    } else {
      const group = { members: [item], lead: f, articles: new Set(f.articles) };
      open.push(group);
      all.push(group.members);
    }
  }
  return all;
}

/** Sources ordered by publication (unknown dates last), without repeats of the same passage. */
export function orderSources(sources: EventSource[]): EventSource[] {
  const seen = new Set<string>();
  const unique = sources.filter((s) => {
    const key = `${s.articleId}:${s.passage.start}:${s.passage.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return unique
    .map((s, i) => ({ s, i }))
    .sort((a, b) => {
      const pa = a.s.publishedAt ?? '\uffff';
      const pb = b.s.publishedAt ?? '\uffff';
      return pa < pb ? -1 : pa > pb ? 1 : a.i - b.i;
    })
    .map((x) => x.s);
}

/** The first report among sources (earliest publishedAt), or null without sources. */
export function firstReport(sources: EventSource[]): EventSource | null {
  return orderSources(sources)[0] ?? null;
}

function union(lists: string[][]): string[] {
  const seen = new Map<string, string>();
  for (const list of lists) for (const x of list) if (!seen.has(actorKey(x))) seen.set(actorKey(x), x);
  return [...seen.values()];
}

/**
 * One draft from several reports of the same event: the first report's wording, the most precise
 * date (the narrowest span), every actor, tag and source.
 */
export function mergeDrafts<T extends EventDraft>(drafts: T[]): EventDraft {
  if (drafts.length === 0) throw new Error('nothing to merge');
  const sources = orderSources(drafts.flatMap((d) => d.sources));
  const first = firstReport(sources);
  const lead = drafts.find((d) => first && d.sources.some((s) => s.articleId === first.articleId)) ?? drafts[0]!;
  const narrowest = [...drafts].sort((a, b) => spanDays(a.date) - spanDays(b.date) || Number(a.date.approximate) - Number(b.date.approximate))[0]!;
  return {
    title: lead.title,
    description: lead.description,
    date: { ...narrowest.date, approximate: drafts.every((d) => d.date.approximate) ? true : narrowest.date.approximate },
    actors: union(drafts.map((d) => d.actors)),
    place: lead.place ?? drafts.find((d) => d.place)?.place ?? null,
    tags: union(drafts.map((d) => d.tags)),
    sources,
    origin: drafts.every((d) => d.origin === 'manual') ? 'manual' : drafts.some((d) => d.origin === 'extracted') ? 'extracted' : lead.origin,
  };
}

/** Merges events of a timeline into the first one (keeping its id and createdAt). */
export function mergeEvents(events: TimelineEvent[], now: string, title?: string): TimelineEvent {
  const [head] = events;
  if (!head) throw new Error('nothing to merge');
  // The user chose these: the first event's wording leads, not the first report's.
  const merged = mergeDrafts(events);
  return { ...merged, title: title ?? head.title, description: head.description || merged.description, id: head.id, createdAt: head.createdAt, updatedAt: now };
}
