/**
 * Merging reports of one happening. Candidates are grouped with the rules of identity.ts: an item joins a
 * group when it tells the same happening as one of its members and conflicts with none (different place,
 * actor or date). One article counts once: two candidates of one article join only when they tell the
 * same thing twice (a lede, then the quotation), and then the group keeps one passage of that article;
 * copies of an article (`articleKey`) count as that article. A merged event keeps every source with the
 * date each gives, its date is the best-supported of them (shared/timeline.ts `chooseDate`, disagreements
 * kept), and every source that joined records why.
 */
import { chooseDate, isoToMs, type EventDate, type EventDraft, type EventSource, type MergeNote, type TimelineEvent } from '../../shared/timeline';
import { featuresOf, judge, sameInOneArticle, sharedBigrams, type Judgement, type Telling } from './identity';

/** Maps an article id to its duplicate group (copies of one article share a key). */
export type ArticleKey = (articleId: string) => string;
export const ownKey: ArticleKey = (id) => id;

type Described = Pick<EventDraft, 'date' | 'place' | 'actors' | 'sources'>;

/** Quoted words in a passage ("…" or “…”), for sources recorded without a reading. */
function quotedIn(text: string): string | null {
  const m = /“([^”]{20,})”|"([^"]{20,})"/.exec(text);
  return m ? (m[1] ?? m[2] ?? null) : null;
}

/** How one source tells the event. */
export function tellingOf(event: Described, source: EventSource, keyOf: ArticleKey = ownKey): Telling {
  const r = source.reading;
  return {
    articleKey: keyOf(source.articleId),
    date: source.date ?? event.date,
    actor: r?.actor ?? null,
    action: r?.action ?? null,
    statement: r?.statement ?? false,
    quote: r?.quote ?? quotedIn(source.passage.quote),
    passage: source.passage.quote,
    place: r?.place ?? event.place,
    actors: r?.actors.length ? r.actors : event.actors,
    // Without a reading the kinds are unknown: every name counts as a person.
    people: r ? r.people : event.actors,
  };
}

export function tellingsOf(event: Described, keyOf: ArticleKey = ownKey): Telling[] {
  return event.sources.map((s) => tellingOf(event, s, keyOf));
}

export interface Match {
  same: boolean;
  /** Set when one of the tellings is from the same article and tells the same thing: fold, do not add a source. */
  fold: boolean;
  reasons: string[];
  score: number;
  /** Which telling of the target matched best (for the reasons' wording). */
  matched: number;
}

const NO_MATCH: Match = { same: false, fold: false, reasons: [], score: 0, matched: -1 };

/**
 * Whether `item` tells the happening the `target` tellings tell: the best judgement over pairs, refused
 * when any pair conflicts. Tellings of the same article only fold when they tell one thing twice.
 */
export function matchTellings(target: readonly Telling[], item: readonly Telling[], limit = Infinity): Match {
  let best: (Judgement & { matched: number }) | null = null;
  let fold = false;
  for (const t of item) {
    for (let i = 0; i < target.length; i++) {
      const m = target[i]!;
      // A large group is judged on its first tellings (and on any of the same article): they stand for it.
      if (i >= limit && m.articleKey !== t.articleKey) continue;
      if (m.articleKey === t.articleKey) {
        if (!sameInOneArticle(m, t)) return NO_MATCH;
        fold = true;
        continue;
      }
      const j = judge(m, t);
      if (j.conflict) return NO_MATCH;
      if (j.same && (!best || j.score > best.score)) best = { ...j, matched: i };
    }
  }
  if (best) return { same: true, fold, reasons: best.reasons, score: best.score, matched: best.matched };
  if (fold) return { same: true, fold: true, reasons: [], score: 3, matched: -1 };
  return NO_MATCH;
}

export interface Group<T> {
  members: T[];
  /** For each member after the first: why it joined (empty when it folded into its own article's passage). */
  joined: { member: number; reasons: string[]; with: number }[];
}

/**
 * Groups items (each one draft with one source) that tell the same happening. Items are visited in date
 * order; a group whose dates ended more than a day before an item starts is closed, so large sets stay fast.
 */
export function groupHappenings<T extends { draft: EventDraft }>(items: readonly T[], keyOf: ArticleKey = ownKey): Group<T>[] {
  const prepared = items
    .map((item, index) => {
      const tellings = tellingsOf(item.draft, keyOf);
      const starts = tellings.map((t) => isoToMs(t.date.start.slice(0, 10)));
      const ends = tellings.map((t) => isoToMs(t.date.end.slice(0, 10)));
      return { item, index, tellings, start: Math.min(...starts), end: Math.max(...ends) };
    })
    .sort((a, b) => a.start - b.start || a.end - b.end || a.index - b.index);
  const open: { group: Group<T>; tellings: Telling[]; owners: number[]; start: number; end: number; names: Set<string>; bigrams: Set<string>; articles: Set<string> }[] = [];
  const all: Group<T>[] = [];
  const DAY = 86_400_000;
  for (const p of prepared) {
    for (let g = open.length - 1; g >= 0; g--) if (open[g]!.end + DAY < p.start) open.splice(g, 1);
    let best: { entry: (typeof open)[number]; match: Match } | null = null;
    const features = p.tellings.map(featuresOf);
    for (const entry of open) {
      // Only groups whose dates come within a day, and with something in common, can match: a name, some wording, or the same article.
      if (entry.start - DAY >= p.end + DAY || p.start - DAY >= entry.end + DAY) continue;
      const related =
        p.tellings.some((t) => entry.articles.has(t.articleKey)) ||
        features.some((f) => [...f.names].some((n) => entry.names.has(n)) || sharedBigrams(f.bigrams, entry.bigrams, 4) >= 4);
      if (!related) continue;
      const match = matchTellings(entry.tellings, p.tellings, GROUP_SAMPLE);
      if (match.same && (!best || match.score > best.match.score)) best = { entry, match };
    }
    if (best) {
      const { entry, match } = best;
      const member = entry.group.members.length;
      entry.group.members.push(p.item);
      entry.group.joined.push({ member, reasons: match.fold ? [] : match.reasons, with: match.matched >= 0 ? entry.owners[match.matched]! : 0 });
      entry.tellings.push(...p.tellings);
      entry.owners.push(...p.tellings.map(() => member));
      entry.end = Math.max(entry.end, p.end);
      entry.start = Math.min(entry.start, p.start);
      remember(entry, p.tellings, features);
    } else {
      const group: Group<T> = { members: [p.item], joined: [] };
      const entry = { group, tellings: [...p.tellings], owners: p.tellings.map(() => 0), start: p.start, end: p.end, names: new Set<string>(), bigrams: new Set<string>(), articles: new Set<string>() };
      remember(entry, p.tellings, features);
      open.push(entry);
      all.push(group);
    }
  }
  return all;
}

/** Tellings of a group judged against a newcomer (its first ones): bounds the work on a story with hundreds of reports. */
const GROUP_SAMPLE = 12;

function remember(entry: { names: Set<string>; bigrams: Set<string>; articles: Set<string>; tellings: Telling[] }, tellings: readonly Telling[], features: readonly ReturnType<typeof featuresOf>[]): void {
  for (const t of tellings) entry.articles.add(t.articleKey);
  // The blocking sets grow with the group's first tellings only, like the judging.
  if (entry.tellings.length - tellings.length >= GROUP_SAMPLE) return;
  for (const f of features) {
    for (const n of f.names) entry.names.add(n);
    for (const b of f.bigrams) entry.bigrams.add(b);
  }
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

/** One source per article (copies of an article are that article): the passage that carries the quotation wins. */
export function onePerArticle(sources: EventSource[], keyOf: ArticleKey = ownKey): EventSource[] {
  const byKey = new Map<string, EventSource>();
  for (const s of sources) {
    const key = keyOf(s.articleId);
    const kept = byKey.get(key);
    if (!kept) {
      byKey.set(key, s);
      continue;
    }
    if (kept.articleId !== s.articleId) {
      // A copy of the same article: cited with it, never counted again.
      if (!kept.copies.some((c) => c.articleId === s.articleId)) {
        byKey.set(key, { ...kept, copies: [...kept.copies, { articleId: s.articleId, path: s.path, publisher: s.publisher, articleTitle: s.articleTitle, publishedAt: s.publishedAt }] });
      }
      continue;
    }
    const carriesQuote = (x: EventSource) => !!x.reading?.quote && x.passage.quote.includes(x.reading.quote.slice(0, 30));
    if (!carriesQuote(kept) && carriesQuote(s)) byKey.set(key, { ...s, merge: kept.merge, copies: kept.copies });
  }
  return [...byKey.values()];
}

function union(lists: string[][]): string[] {
  const seen = new Map<string, string>();
  const key = (s: string) => s.toLowerCase().replace(/^the\s+/, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  for (const list of lists) for (const x of list) if (!seen.has(key(x))) seen.set(key(x), x);
  return [...seen.values()];
}

/** The date of an event from its sources' own dates (or `fallback` for sources without one). */
export function dateFromSources(sources: readonly EventSource[], fallback: EventDate): EventDate {
  return chooseDate(sources.map((s) => s.date ?? fallback))?.date ?? fallback;
}

/**
 * One draft from a group of drafts telling one happening: the first report's wording, the best-supported
 * date, every actor and tag, one source per article with why it joined.
 */
export function mergeGroup(group: Group<{ draft: EventDraft }>, keyOf: ArticleKey = ownKey, at: string | null = null): EventDraft {
  const drafts = group.members.map((m) => m.draft);
  const notes = new Map<number, MergeNote>();
  for (const j of group.joined) if (j.reasons.length) notes.set(j.member, { by: 'dossier', reasons: withOutlet(j.reasons, drafts[j.with]?.sources[0]), at });
  // The evidence is mutual: a member others joined, should it not lead, shows why with the first who matched it.
  drafts.forEach((_, i) => {
    if (notes.has(i)) return;
    const joiner = group.joined.find((j) => j.with === i && j.reasons.length);
    if (joiner) notes.set(i, { by: 'dossier', reasons: withOutlet(joiner.reasons, drafts[joiner.member]?.sources[0]), at });
  });
  const tagged = drafts.flatMap((d, i) => d.sources.map((s) => ({ ...s, date: s.date ?? d.date, merge: notes.get(i) ?? s.merge })));
  const sources = orderSources(onePerArticle(tagged, keyOf));
  // The first report leads: its passage has no merge note, its draft gives the wording.
  if (sources[0]) sources[0] = { ...sources[0], merge: null };
  const first = sources[0];
  const lead = drafts.find((d) => first && d.sources.some((s) => s.articleId === first.articleId && s.passage.start === first.passage.start)) ?? drafts[0]!;
  return {
    title: lead.title,
    description: lead.description,
    date: dateFromSources(sources, lead.date),
    actors: union(drafts.map((d) => d.actors)),
    place: lead.place ?? drafts.find((d) => d.place)?.place ?? null,
    tags: union(drafts.map((d) => d.tags)),
    sources,
    origin: drafts.every((d) => d.origin === 'manual') ? 'manual' : drafts.some((d) => d.origin === 'extracted') ? 'extracted' : lead.origin,
    dateFrom: drafts.some((d) => d.dateFrom === 'user') ? 'user' : 'sources',
  };
}

/** "shares the quotation …" -> "shares the quotation … with Harbour Gazette". */
function withOutlet(reasons: string[], other: EventSource | undefined): string[] {
  if (!other?.publisher || reasons.length === 0) return reasons;
  return [`${reasons[0]} (as ${other.publisher})`, ...reasons.slice(1)];
}

/** Merges drafts with no grouping decision (the user's choice): every source kept, one per article. */
export function mergeDrafts(drafts: EventDraft[], keyOf: ArticleKey = ownKey): EventDraft {
  if (drafts.length === 0) throw new Error('nothing to merge');
  return mergeGroup({ members: drafts.map((draft) => ({ draft })), joined: [] }, keyOf);
}

/** Merges events of a timeline into the first one (keeping its id, title unless given, and createdAt): the user's merge. */
export function mergeEvents(events: TimelineEvent[], now: string, title?: string, keyOf: ArticleKey = ownKey): TimelineEvent {
  const [head, ...rest] = events;
  if (!head) throw new Error('nothing to merge');
  const note: MergeNote = { by: 'user', reasons: ['merged by you'], at: now };
  const sources = [
    ...head.sources.map((s) => ({ ...s, date: s.date ?? head.date })),
    ...rest.flatMap((e) => e.sources.map((s) => ({ ...s, date: s.date ?? e.date, merge: note }))),
  ];
  const merged = orderSources(onePerArticle(sources, keyOf));
  const userDate = events.some((e) => e.dateFrom === 'user');
  return {
    ...head,
    title: title ?? head.title,
    description: head.description || rest.find((e) => e.description)?.description || '',
    date: userDate ? (events.find((e) => e.dateFrom === 'user') ?? head).date : dateFromSources(merged, head.date),
    dateFrom: userDate ? 'user' : 'sources',
    actors: union(events.map((e) => e.actors)),
    place: head.place ?? rest.find((e) => e.place)?.place ?? null,
    tags: union(events.map((e) => e.tags)),
    sources: merged,
    updatedAt: now,
  };
}
