/**
 * The timeline operations (shared/timeline.ts `timelineContract`) over a library's timelines folder.
 * Every change is applied to the timeline's file as it is at that moment, under the file's
 * cross-process lock (store.update), so edits from other Dossier processes and hand edits made in
 * between are kept; each change is recorded (what it did, event by event) for undo.
 */
import { randomBytes } from 'node:crypto';
import type { z } from 'zod';
import { DossierError, timelineContract, type CopyGroup, type Req as TimelineReq } from '../../shared/contract';
import type { Analysis } from '../../shared/analysis';
import type { Article } from '../../shared/model';
import {
  EventPatchSchema,
  sameJsonValue,
  TIMELINE_FORMAT_VERSION,
  type ArticleCopyRef,
  type EventDraft,
  type EventSource,
  type ReviewItem,
  type ReviewQueue,
  type Timeline,
  type TimelineApi,
  type TimelineEvent,
  type TimelineSummary,
} from '../../shared/timeline';
import { reanchor } from './anchor';
import { draftsFromAnalysis, proposeFromPassage } from './candidates';
import { compareEventDates } from './dates';
import { csvToEvents, exportTimeline } from './export';
import { dateFromSources, firstReport, groupHappenings, matchTellings, mergeEvents, mergeGroup, onePerArticle, orderSources, ownKey, tellingsOf, type ArticleKey } from './merge';
import { diffTimelines, revertDiff, type TimelineDiff } from './diff';
import { TimelineFileError, TimelineStore, type StoredTimeline, type TimelineStorage } from './store';

export interface TimelineDeps {
  article(id: string): Promise<Article | undefined>;
  analysis(id: string): Promise<Analysis>;
  /** Ids of the articles a search query finds (all of them, best first). */
  searchIds(query: string): Promise<string[]>;
  /** Groups of copies holding any of these articles (the same article twice, or republished); none when absent. */
  copies?(ids: string[]): Promise<CopyGroup[]>;
  /** `<library>/.dossier` */
  dataDir: string;
  /** Clock, for tests. */
  now?: () => Date;
  /** Where timelines are kept (default: the folder store in `dataDir`/timelines; a team library's table in main/team). */
  storage?: TimelineStorage;
}

type ChangeBody =
  | { kind: 'create' }
  /** `removed`: the timeline as it was deleted, to restore it. */
  | { kind: 'delete'; removed: Timeline }
  | { kind: 'edit'; diff: TimelineDiff };
type Change = { changeId: string; timelineId: string; label: string } & ChangeBody;

export type TimelineService = TimelineApi & {
  /** Finds a timeline by id or (case-insensitive) name. */
  resolve(nameOrId: string): Promise<Timeline | undefined>;
  readonly store: TimelineStorage;
};

const MAX_UNDO = 200;

export function createTimelineService(deps: TimelineDeps): TimelineService {
  const store: TimelineStorage = deps.storage ?? new TimelineStore(deps.dataDir);
  const now = () => (deps.now ? deps.now() : new Date()).toISOString();
  const newId = () => randomBytes(6).toString('hex');
  const changes: Change[] = [];
  let queue: Promise<unknown> = Promise.resolve();
  const exclusive = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work);
    queue = run.catch(() => undefined);
    return run;
  };

  const parse = <K extends keyof typeof timelineContract>(name: K, req: TimelineReq<K>) => {
    const result = timelineContract[name].request.safeParse(req);
    if (!result.success) {
      const issue = result.error.issues[0];
      throw new DossierError('invalid-request', `${name}: ${issue ? `${issue.path.join('.') || 'request'}: ${issue.message}` : 'invalid request'}`);
    }
    return result.data as z.infer<(typeof timelineContract)[K]['request']>;
  };

/** A timeline file Dossier cannot read is the user's to fix: say so as a request error. */
  async function readable<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (error instanceof TimelineFileError) throw new DossierError('invalid-request', error.message);
      throw error;
    }
  }

  async function load(id: string): Promise<StoredTimeline> {
    const stored = await readable(() => store.load(id));
    if (!stored) throw new DossierError('not-found', `there is no timeline "${id}"`);
    return stored;
  }

  function record(change: { timelineId: string; label: string } & ChangeBody): string {
    const changeId = `tl-${newId()}`;
    changes.push({ ...change, changeId });
    if (changes.length > MAX_UNDO) changes.shift();
    return changeId;
  }

  /** The saved form of an edited timeline: one version more, events in date order. */
  function stamped(next: Timeline, previous: Timeline, at: string): Timeline {
    next.updatedAt = at;
    next.version = previous.version + 1;
    next.formatVersion = TIMELINE_FORMAT_VERSION;
    next.events.sort((a, b) => compareEventDates(a.date, b.date));
    return next;
  }

  /**
   * Applies `edit` to the timeline as it is on disk now (under its lock), saves it (version + 1) and
   * records the change for undo. `edit` may run twice (see store.update): it only changes `t`.
   */
  async function mutate<R>(id: string, label: string, edit: (t: Timeline, at: string) => R): Promise<{ changeId: string; timeline: Timeline; result: R }> {
    const at = now();
    const { before, after, result } = await readable(() =>
      store.update(id, (current) => {
        if (!current) throw new DossierError('not-found', `there is no timeline "${id}"`);
        const next = structuredClone(current);
        const result = edit(next, at);
        return { timeline: stamped(next, current, at), result };
      }),
    );
    return { changeId: record({ timelineId: id, label, kind: 'edit', diff: diffTimelines(before!, after!) }), timeline: after!, result };
  }

  /** Takes back one recorded change, as far as it still stands in the file. */
  async function revert(change: Change): Promise<void> {
    const id = change.timelineId;
    if (change.kind === 'create') {
      if (await store.exists(id)) await readable(() => store.trash(id)); // a copy stays in the trash
      return;
    }
    if (change.kind === 'delete') {
      await readable(() =>
        store.update(id, (current) => {
          if (current) throw new DossierError('invalid-request', `A timeline with the id "${id}" exists again ("${current.name}"); rename or delete it to bring the deleted one back.`);
          return { timeline: { ...change.removed, version: change.removed.version + 1, updatedAt: now() }, result: undefined };
        }),
      );
      return;
    }
    await readable(() =>
      store.update(id, (current) => {
        if (!current) throw new DossierError('not-found', `the timeline "${id}" no longer exists, so "${change.label}" cannot be undone`);
        const { timeline, changed } = revertDiff(current, change.diff);
        return { timeline: changed ? stamped(timeline, current, now()) : null, result: undefined };
      }),
    );
  }

  /** Re-finds passages of sources whose article changed; saves when anything moved. */
  async function reanchored(stored: StoredTimeline): Promise<Timeline> {
    const timeline = structuredClone(stored.timeline);
    const articles = new Map<string, Promise<Article | undefined>>();
    const articleOf = (id: string) => {
      if (!articles.has(id)) articles.set(id, deps.article(id).catch(() => undefined));
      return articles.get(id)!;
    };
    let changed = false;
    for (const event of timeline.events) {
      for (let i = 0; i < event.sources.length; i++) {
        const source = event.sources[i]!;
        const article = await articleOf(source.articleId);
        let next = source;
        if (!article) {
          if (source.status !== 'source-changed') next = { ...source, status: 'source-changed' };
        } else {
          if (source.contentHash !== null && article.contentHash === source.contentHash) {
            if (source.status === 'source-changed') next = { ...source, status: 'ok' };
          } else {
            const found = reanchor(source.passage, article.text);
            next =
              found.status === 'source-changed'
                ? { ...source, status: 'source-changed' }
                : { ...source, passage: found.passage, status: found.status, contentHash: article.contentHash };
          }
          // The article as it is now: the user's corrections win over what was recorded, and a renamed or
          // moved file (or a timeline older than file paths) is cited where it is now.
          const described = { articleTitle: article.title, publisher: article.publisher, publishedAt: article.publishedAt?.value ?? null, url: article.url, path: article.path };
          if (Object.entries(described).some(([key, value]) => next[key as keyof typeof described] !== value)) next = { ...next, ...described };
        }
        if (next !== source && JSON.stringify(next) !== JSON.stringify(source)) {
          event.sources[i] = next;
          changed = true;
        }
      }
    }
    if (!changed) return stored.timeline;
    // Save the new offsets into the file as it is now: only sources nobody changed meanwhile.
    const updates = new Map<string, Map<string, EventSource>>();
    for (const event of timeline.events) {
      const original = stored.timeline.events.find((e) => e.id === event.id)!;
      event.sources.forEach((source, i) => {
        if (source !== original.sources[i]) {
          const forEvent = updates.get(event.id) ?? new Map<string, EventSource>();
          forEvent.set(JSON.stringify(original.sources[i]), source);
          updates.set(event.id, forEvent);
        }
      });
    }
    try {
      const at = now();
      const { after } = await store.update(stored.timeline.id, (current) => {
        if (!current) return { timeline: null, result: undefined };
        let applied = false;
        for (const event of current.events) {
          const forEvent = updates.get(event.id);
          if (!forEvent) continue;
          event.sources = event.sources.map((source) => {
            const next = forEvent.get(JSON.stringify(source));
            if (next) applied = true;
            return next ?? source;
          });
        }
        return { timeline: applied ? stamped(current, current, at) : null, result: undefined };
      });
      return after ?? timeline;
    } catch {
      return timeline; // could not save (a broken file, a busy lock): show the re-anchored view, save next time
    }
  }

  function summary(t: Timeline): TimelineSummary {
    let start: string | null = null;
    let end: string | null = null;
    for (const e of t.events) {
      if (start === null || e.date.start < start) start = e.date.start;
      if (end === null || e.date.end > end) end = e.date.end;
    }
    return { id: t.id, name: t.name, description: t.description, eventCount: t.events.length, start, end, updatedAt: t.updatedAt, version: t.version };
  }

  function toEvent(draft: EventDraft, at: string): TimelineEvent {
    const sources = orderSources(draft.sources);
    if (sources[0]?.merge?.by === 'dossier') sources[0] = { ...sources[0], merge: null };
    return { ...structuredClone(draft), sources, id: newId(), createdAt: at, updatedAt: at };
  }

  /** How articles fold into copy groups: the copies of one article are one article. */
  async function articleKeys(ids: string[]): Promise<{ keyOf: ArticleKey; groups: CopyGroup[] }> {
    if (!deps.copies || ids.length === 0) return { keyOf: ownKey, groups: [] };
    const groups = await deps.copies([...new Set(ids)]).catch(() => [] as CopyGroup[]);
    const primary = new Map<string, string>();
    for (const g of groups) for (const m of g.members) primary.set(m.id, g.primary);
    return { keyOf: (id) => primary.get(id) ?? id, groups };
  }

  const copyRef = (m: CopyGroup['members'][number]): ArticleCopyRef => ({
    articleId: m.id,
    path: m.path,
    publisher: m.publisher,
    articleTitle: m.title,
    publishedAt: m.publishedAt?.value ?? null,
  });

  /** Adds a draft to the timeline, folding it into the event that tells the same happening when asked. Returns [id, merged?]. */
  function addDraft(t: Timeline, draft: EventDraft, merge: boolean, at: string, keyOf: ArticleKey): [string, boolean] {
    const keys = new Set(draft.sources.map((s) => s.candidateKey).filter((k): k is string => !!k));
    let target = keys.size ? t.events.find((e) => e.sources.some((s) => s.candidateKey && keys.has(s.candidateKey))) : undefined;
    let reasons: string[] = [];
    let matchedSource: EventSource | undefined;
    if (!target && merge) {
      let best = 0;
      const tellings = tellingsOf(draft, keyOf);
      for (const e of t.events) {
        const m = matchTellings(tellingsOf(e, keyOf), tellings);
        if (m.same && m.score > best) {
          best = m.score;
          target = e;
          reasons = m.reasons;
          matchedSource = m.matched >= 0 ? e.sources[m.matched] : undefined;
        }
      }
    }
    if (!target) {
      const event = toEvent(draft, at);
      t.events.push(event);
      return [event.id, false];
    }
    const note = reasons.length ? { by: 'dossier' as const, reasons: matchedSource?.publisher ? [`${reasons[0]} (as ${matchedSource.publisher})`, ...reasons.slice(1)] : reasons, at } : null;
    const incoming = draft.sources
      .filter((s) => !(s.candidateKey && target!.sources.some((x) => x.candidateKey === s.candidateKey)))
      .map((s) => ({ ...s, date: s.date ?? draft.date, merge: s.merge ?? note }));
    target.sources = orderSources(onePerArticle([...target.sources.map((s) => ({ ...s, date: s.date ?? target!.date })), ...incoming], keyOf));
    const actorKeys = new Set(target.actors.map((a) => a.toLowerCase()));
    for (const a of draft.actors) if (!actorKeys.has(a.toLowerCase())) target.actors.push(a);
    for (const tag of draft.tags) if (!target.tags.includes(tag)) target.tags.push(tag);
    target.place ??= draft.place;
    if (target.dateFrom === 'sources') target.date = dateFromSources(target.sources, target.date);
    target.updatedAt = at;
    return [target.id, true];
  }

  async function reviewQueue(ids: string[], timelineId: string | undefined): Promise<ReviewQueue> {
    const timeline = timelineId ? (await load(timelineId)).timeline : undefined;
    const skipped: ReviewQueue['skipped'] = [];
    const copies: NonNullable<ReviewQueue['copies']> = [];
    const unique = [...new Set(ids)];
    const { keyOf, groups } = await articleKeys([...unique, ...(timeline?.events.flatMap((e) => e.sources.map((s) => s.articleId)) ?? [])]);
    // One article per group of copies: the original when it is in the set, else the first copy found.
    const chosen = new Map<string, string>();
    for (const id of unique) if (!chosen.has(keyOf(id)) || id === keyOf(id)) chosen.set(keyOf(id), id);
    const copyRefs = new Map<string, ArticleCopyRef[]>();
    for (const id of unique) {
      const kept = chosen.get(keyOf(id))!;
      if (kept === id) continue;
      const group = groups.find((g) => g.members.some((m) => m.id === id));
      const member = group?.members.find((m) => m.id === id);
      copies.push({ articleId: id, copyOf: kept, kind: member?.kind ?? 'near' });
      if (member) copyRefs.set(kept, [...(copyRefs.get(kept) ?? []), copyRef(member)]);
    }
    const keyed: { key: string; draft: EventDraft }[] = [];
    const undated: ReviewQueue['undated'] = [];
    let articleCount = 0;
    for (const id of unique) {
      if (chosen.get(keyOf(id)) !== id) continue;
      const article = await deps.article(id).catch(() => undefined);
      if (!article) {
        skipped.push({ articleId: id, reason: 'not in the library' });
        continue;
      }
      let analysis: Analysis;
      try {
        analysis = await deps.analysis(id);
      } catch (error) {
        skipped.push({ articleId: id, reason: `analysis failed: ${error instanceof Error ? error.message : String(error)}` });
        continue;
      }
      articleCount++;
      if (!article.publishedAt) undated.push({ articleId: article.id, title: article.title });
      const refs = copyRefs.get(id) ?? [];
      for (const { key, draft } of draftsFromAnalysis(article, analysis)) {
        if (refs.length) draft.sources = draft.sources.map((s) => ({ ...s, copies: refs }));
        keyed.push({ key, draft });
      }
    }
    const accepted = new Map<string, string>();
    for (const e of timeline?.events ?? []) for (const s of e.sources) if (s.candidateKey) accepted.set(s.candidateKey, e.id);
    const rejected = new Set(timeline?.rejected ?? []);
    const items: ReviewItem[] = groupHappenings(keyed, keyOf).map((group) => {
      const keys = group.members.map((g) => g.key);
      const draft = mergeGroup(group, keyOf);
      const first = firstReport(draft.sources);
      let duplicateOf = keys.map((k) => accepted.get(k)).find((x) => x !== undefined) ?? null;
      if (!duplicateOf && timeline) {
        let best = 0;
        const tellings = tellingsOf(draft, keyOf);
        for (const e of timeline.events) {
          const m = matchTellings(tellingsOf(e, keyOf), tellings);
          if (m.same && m.score > best) {
            best = m.score;
            duplicateOf = e.id;
          }
        }
      }
      const status: ReviewItem['status'] = keys.every((k) => accepted.has(k)) ? 'accepted' : keys.some((k) => rejected.has(k)) ? 'rejected' : 'new';
      const reasons = draft.sources.filter((x) => x.merge?.reasons.length).map((x) => `${x.publisher ?? x.articleTitle}: ${x.merge!.reasons.join('; ')}`);
      return {
        key: keys[0]!,
        keys,
        draft,
        duplicateOf,
        reasons,
        firstReportedBy: first ? { articleId: first.articleId, publisher: first.publisher, publishedAt: first.publishedAt } : null,
        status,
      };
    });
    items.sort((a, b) => compareEventDates(a.draft.date, b.draft.date));
    return { items, articleCount, skipped, copies, undated };
  }

  const api: TimelineService = {
    store,

    async resolve(nameOrId) {
      const { timelines } = await store.list();
      const lower = nameOrId.trim().toLowerCase();
      const found = timelines.find((t) => t.id === nameOrId) ?? timelines.find((t) => t.name.toLowerCase() === lower);
      return found ? reanchored(await load(found.id)) : undefined;
    },

    async listTimelines() {
      const { timelines } = await store.list();
      return { timelines: timelines.map(summary).sort((a, b) => a.name.localeCompare(b.name)) };
    },

    async getTimeline(req) {
      const { id } = parse('getTimeline', req);
      return reanchored(await load(id));
    },

    async createTimeline(req) {
      const { name, description } = parse('createTimeline', req);
      const at = now();
      const timeline = await store.create(name, (id) => ({ id, name, description, events: [], rejected: [], pending: [], formatVersion: TIMELINE_FORMAT_VERSION, createdAt: at, updatedAt: at, version: 1 }));
      record({ timelineId: timeline.id, label: `create ${name}`, kind: 'create' });
      return timeline;
    },

    async renameTimeline(req) {
      const { id, name, description } = parse('renameTimeline', req);
      const { changeId, timeline } = await mutate(id, 'rename', (t) => {
        t.name = name;
        if (description !== undefined) t.description = description;
      });
      return { changeId, timeline };
    },

    async deleteTimeline(req) {
      const { id } = parse('deleteTimeline', req);
      await load(id); // not found, or a file Dossier cannot read: say so, delete nothing
      const { timeline } = await readable(() => store.trash(id));
      return { changeId: record({ timelineId: id, label: `delete ${timeline.name}`, kind: 'delete', removed: timeline }) };
    },

    async candidatesForArticle(req) {
      const { articleId, timelineId } = parse('candidatesForArticle', req);
      if (!(await deps.article(articleId))) throw new DossierError('not-found', `there is no article ${articleId}`);
      return reviewQueue([articleId], timelineId);
    },

    async candidatesForQuery(req) {
      const { query, ids, timelineId, limit } = parse('candidatesForQuery', req);
      if (!query && !ids) throw new DossierError('invalid-request', 'candidatesForQuery needs a query or a selection of article ids');
      const found = [...(ids ?? []), ...(query ? await deps.searchIds(query) : [])];
      return reviewQueue(found.slice(0, limit), timelineId);
    },

    async addEvents(req) {
      const { timelineId, events, mergeDuplicates, keys } = parse('addEvents', req);
      const current = (await load(timelineId)).timeline;
      const { keyOf } = await articleKeys([...events.flatMap((e) => e.sources.map((s) => s.articleId)), ...current.events.flatMap((e) => e.sources.map((s) => s.articleId))]);
      const { changeId, timeline, result } = await mutate(timelineId, 'add events', (t, at) => {
        const added: string[] = [];
        const mergedInto: string[] = [];
        for (const draft of events) {
          const [id, merged] = addDraft(t, draft, mergeDuplicates, at, keyOf);
          (merged ? mergedInto : added).push(id);
        }
        const accepted = new Set(keys);
        t.rejected = t.rejected.filter((k) => !accepted.has(k));
        return { added, mergedInto: [...new Set(mergedInto)] };
      });
      return { changeId, timeline, ...result };
    },

    async rejectCandidates(req) {
      const { timelineId, keys } = parse('rejectCandidates', req);
      const { changeId } = await mutate(timelineId, 'reject candidates', (t) => {
        t.rejected = [...new Set([...t.rejected, ...keys])];
      });
      return { changeId };
    },

    async updateEvent(req) {
      const { timelineId, eventId, patch, base } = parse('updateEvent', req);
      const clean = EventPatchSchema.parse(patch);
      const { changeId, result } = await mutate(timelineId, 'edit event', (t, at) => {
        const event = t.events.find((e) => e.id === eventId);
        if (!event) throw new DossierError('not-found', `there is no event ${eventId} in this timeline`);
        // Three-way check: a field changed by someone else since `base` is not overwritten.
        for (const [field, value] of Object.entries(clean)) {
          if (value === undefined || !base || !(field in base)) continue;
          const current = event[field as keyof typeof event];
          const was = (base as Record<string, unknown>)[field];
          if (!sameJsonValue(current, was) && !sameJsonValue(current, value)) {
            throw new DossierError('conflict', `The ${field} of the event "${event.title}" was changed by someone else while you edited it (it is now ${JSON.stringify(current).slice(0, 200)}); your change was not saved. Reload the timeline, then edit it again.`);
          }
        }
        const { dateFrom, ...fields } = clean;
        Object.assign(event, Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)));
        // A date typed by the user is kept through later merges; going back to the sources recomputes it.
        if (fields.date) event.dateFrom = 'user';
        if (dateFrom === 'sources') {
          event.dateFrom = 'sources';
          event.date = dateFromSources(event.sources, event.date);
        } else if (dateFrom === 'user') event.dateFrom = 'user';
        event.updatedAt = at;
        return structuredClone(event);
      });
      return { changeId, event: result };
    },

    async deleteEvents(req) {
      const { timelineId, eventIds } = parse('deleteEvents', req);
      const ids = new Set(eventIds);
      const { changeId, result } = await mutate(timelineId, 'delete events', (t) => {
        const before = t.events.length;
        t.events = t.events.filter((e) => !ids.has(e.id));
        return before - t.events.length;
      });
      return { changeId, deleted: result };
    },

    async mergeEvents(req) {
      const { timelineId, eventIds, title } = parse('mergeEvents', req);
      const current = (await load(timelineId)).timeline;
      const { keyOf } = await articleKeys(current.events.filter((e) => eventIds.includes(e.id)).flatMap((e) => e.sources.map((s) => s.articleId)));
      const { changeId, result } = await mutate(timelineId, 'merge events', (t, at) => {
        const chosen = eventIds.map((id) => {
          const e = t.events.find((x) => x.id === id);
          if (!e) throw new DossierError('not-found', `there is no event ${id} in this timeline`);
          return e;
        });
        const merged = mergeEvents(chosen, at, title, keyOf);
        const drop = new Set(eventIds.slice(1));
        t.events = t.events.filter((e) => !drop.has(e.id)).map((e) => (e.id === merged.id ? merged : e));
        return merged;
      });
      return { changeId, event: result };
    },

    async splitEvent(req) {
      const { timelineId, eventId, sourceIndexes } = parse('splitEvent', req);
      const { changeId, result } = await mutate(timelineId, 'split event', (t, at) => {
        const event = t.events.find((e) => e.id === eventId);
        if (!event) throw new DossierError('not-found', `there is no event ${eventId} in this timeline`);
        if (event.sources.length < 2) throw new DossierError('invalid-request', 'an event with one source cannot be split');
        const moving = sourceIndexes ? [...new Set(sourceIndexes)] : event.sources.map((_, i) => i).slice(1);
        if (moving.some((i) => i >= event.sources.length)) throw new DossierError('invalid-request', 'no such source in this event');
        if (moving.length === 0 || moving.length >= event.sources.length) throw new DossierError('invalid-request', 'splitting must leave at least one source in each event');
        const moved = moving.map((i) => ({ ...event.sources[i]!, date: event.sources[i]!.date ?? event.date }));
        event.sources = event.sources.filter((_, i) => !moving.includes(i)).map((s) => ({ ...s, date: s.date ?? event.date }));
        // Each part starts afresh: no merge note on its first source, its date from its own sources.
        const restart = (sources: EventSource[]) => sources.map((s, i) => (i === 0 ? { ...s, merge: null } : s));
        event.sources = restart(event.sources);
        if (event.dateFrom === 'sources') event.date = dateFromSources(event.sources, event.date);
        event.updatedAt = at;
        const parts = sourceIndexes ? [moved] : moved.map((s) => [s]);
        const created = parts.map((sources): TimelineEvent => {
          const own = restart(structuredClone(sources));
          return {
            ...structuredClone(event),
            id: newId(),
            title: own[0]?.reading?.headline || event.title,
            date: event.dateFrom === 'sources' ? dateFromSources(own, event.date) : event.date,
            sources: own,
            createdAt: at,
            updatedAt: at,
          };
        });
        t.events.push(...created);
        return [structuredClone(event), ...created];
      });
      return { changeId, events: result };
    },

    async proposeEvent(req) {
      const { articleId, start, end } = parse('proposeEvent', req);
      const article = await deps.article(articleId);
      if (!article) throw new DossierError('not-found', `there is no article ${articleId}`);
      try {
        return proposeFromPassage(article, await deps.analysis(articleId), start, end);
      } catch (error) {
        if (error instanceof RangeError) throw new DossierError('invalid-request', error.message);
        throw error;
      }
    },

    async exportTimeline(req) {
      const { id, format } = parse('exportTimeline', req);
      return exportTimeline(await reanchored(await load(id)), format);
    },

    async importCsv(req) {
      const { timelineId, name, content } = parse('importCsv', req);
      if (!timelineId && !name) throw new DossierError('invalid-request', 'importCsv needs a timelineId or a name for a new timeline');
      const at = now();
      let parsed: ReturnType<typeof csvToEvents>;
      try {
        parsed = csvToEvents(content, newId, at);
      } catch (error) {
        throw new DossierError('invalid-request', error instanceof Error ? error.message : String(error));
      }
      const id = timelineId ?? (await unqueued.createTimeline({ name: name! })).id;
      const { changeId, timeline } = await mutate(id, 'import CSV', (t) => {
        const taken = new Set(t.events.map((e) => e.id));
        for (const e of parsed.events) {
          const event = taken.has(e.id) ? { ...e, id: newId() } : e;
          taken.add(event.id);
          t.events.push(event);
        }
      });
      return { changeId, timeline, imported: parsed.events.length, problems: parsed.problems };
    },

    async setPendingReview(req) {
      const { timelineId, query, candidates, done } = parse('setPendingReview', req);
      const { changeId } = await mutate(timelineId, done ? 'review done' : 'queue for review', (t, at) => {
        t.pending = t.pending.filter((p) => p.query !== query);
        if (!done) t.pending.push({ query, addedAt: at, candidates });
      });
      return { changeId };
    },

    async undoTimelineChange(req) {
      const { changeId } = parse('undoTimelineChange', req);
      const index = changeId ? changes.findIndex((c) => c.changeId === changeId) : changes.length - 1;
      const change = changes[index];
      if (!change) return { undone: null };
      // Later changes to the same timeline are undone with it, newest first.
      for (let i = changes.length - 1; i >= index; i--) {
        if (changes[i]!.timelineId !== change.timelineId) continue;
        await revert(changes[i]!);
        changes.splice(i, 1);
      }
      return { undone: change.changeId };
    },
  };
  // Edits run one at a time: each loads, changes and saves a whole file, and two at once would
  // each overwrite what the other saved (getTimeline saves re-anchored passages, so it queues too).
  const unqueued = { ...api }; // for ops calling ops from inside the queue
  for (const name of WRITING_OPS) {
    const op = api[name] as (req: never) => Promise<unknown>;
    (api as unknown as Record<string, unknown>)[name] = (req: never) => exclusive(() => op(req));
  }
  return api;
}

const WRITING_OPS = [
  'getTimeline',
  'createTimeline',
  'renameTimeline',
  'deleteTimeline',
  'addEvents',
  'rejectCandidates',
  'updateEvent',
  'deleteEvents',
  'mergeEvents',
  'splitEvent',
  'importCsv',
  'setPendingReview',
  'undoTimelineChange',
] as const satisfies readonly (keyof TimelineApi)[];
