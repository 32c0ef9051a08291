/**
 * The timeline operations (shared/timeline.ts `timelineContract`) over a library's timelines folder.
 * Every change is read–modify–write on the timeline's file (so hand edits made in between are kept),
 * saved atomically, refused if the file changed during the operation, and recorded for undo.
 */
import { randomBytes } from 'node:crypto';
import type { z } from 'zod';
import { DossierError, timelineContract, type Req as TimelineReq } from '../../shared/contract';
import type { Analysis } from '../../shared/analysis';
import type { Article } from '../../shared/model';
import {
  EventPatchSchema,
  sameJsonValue,
  type EventDraft,
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
import { DUPLICATE_THRESHOLD, firstReport, groupDuplicates, mergeDrafts, mergeEvents, orderSources, shareArticle, similarity } from './merge';
import { TimelineFileError, TimelineStore, type StoredTimeline, type TimelineStorage } from './store';
import { ModifiedOnDiskError } from '../library/atomic-write';

export interface TimelineDeps {
  article(id: string): Promise<Article | undefined>;
  analysis(id: string): Promise<Analysis>;
  /** Ids of the articles a search query finds (all of them, best first). */
  searchIds(query: string): Promise<string[]>;
  /** `<library>/.dossier` */
  dataDir: string;
  /** Clock, for tests. */
  now?: () => Date;
  /** Where timelines are kept (default: the folder store in `dataDir`/timelines). */
  storage?: TimelineStorage;
  /**
   * What to do when a timeline changed between loading it and saving the edit: 'refuse' (a hand
   * edit of the file: say so) or 'replay' (a team library: apply the same edit to the new version,
   * so concurrent edits of different things merge; an edit that no longer applies is a conflict).
   */
  onConcurrentChange?: 'refuse' | 'replay';
  /** Who changed the timeline last (for a conflict message), when the storage knows. */
  lastChangedBy?(id: string): Promise<string | null>;
  /** Told of every saved change (a team library records it in its activity feed). */
  onChange?(change: { changeId: string; timelineId: string; label: string; before: Timeline | null }): void;
}

interface Change {
  changeId: string;
  timelineId: string;
  label: string;
  /** The timeline before the change; null when the change created it. */
  before: Timeline | null;
}

export type TimelineService = TimelineApi & {
  /** Finds a timeline by id or (case-insensitive) name. */
  resolve(nameOrId: string): Promise<Timeline | undefined>;
  readonly store: TimelineStorage;
};

const sameValue = sameJsonValue;

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

  async function load(id: string): Promise<StoredTimeline> {
    let stored: StoredTimeline | undefined;
    try {
      stored = await store.load(id);
    } catch (error) {
      if (error instanceof TimelineFileError) throw new DossierError('invalid-request', error.message);
      throw error;
    }
    if (!stored) throw new DossierError('not-found', `there is no timeline "${id}"`);
    return stored;
  }

  function record(timelineId: string, label: string, before: Timeline | null): string {
    const changeId = `tl-${newId()}`;
    changes.push({ changeId, timelineId, label, before });
    if (changes.length > MAX_UNDO) changes.shift();
    deps.onChange?.({ changeId, timelineId, label, before });
    return changeId;
  }

  /**
   * Loads, applies `edit` to a copy, saves (version + 1) and records the change for undo. When the
   * timeline changed meanwhile, the edit is refused, or (team libraries) applied again to the new
   * version; an edit that no longer applies there (its event was deleted…) is a conflict.
   */
  async function mutate<R>(id: string, label: string, edit: (t: Timeline, at: string) => R): Promise<{ changeId: string; timeline: Timeline; result: R }> {
    for (let attempt = 0; ; attempt++) {
      const { timeline, stamp } = await load(id);
      const before = structuredClone(timeline);
      const next = structuredClone(timeline);
      const at = now();
      let result: R;
      try {
        result = edit(next, at);
      } catch (error) {
        if (attempt > 0 && error instanceof DossierError && (error.code === 'not-found' || error.code === 'invalid-request')) {
          const who = await deps.lastChangedBy?.(id).catch(() => null);
          throw new DossierError('conflict', `${error.message}: ${who ?? 'someone else'} changed the timeline "${timeline.name}" while you edited it; nothing was overwritten. Reload it to see the change.`);
        }
        throw error;
      }
      next.updatedAt = at;
      next.version = timeline.version + 1;
      next.events.sort((a, b) => compareEventDates(a.date, b.date));
      try {
        await store.save(next, stamp);
      } catch (error) {
        if (error instanceof ModifiedOnDiskError) {
          if (deps.onConcurrentChange === 'replay' && attempt < 8) continue;
          throw new DossierError('invalid-request', `The timeline "${timeline.name}" was changed outside Dossier while you edited it; your change was not saved. Try again to apply it to the new version.`);
        }
        throw error;
      }
      return { changeId: record(id, label, before), timeline: next, result };
    }
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
        } else if (source.contentHash !== null && article.contentHash === source.contentHash) {
          if (source.status === 'source-changed') next = { ...source, status: 'ok' };
        } else {
          const found = reanchor(source.passage, article.text);
          next =
            found.status === 'source-changed'
              ? { ...source, status: 'source-changed' }
              : { ...source, passage: found.passage, status: found.status, contentHash: article.contentHash, articleTitle: article.title };
        }
        if (next !== source && JSON.stringify(next) !== JSON.stringify(source)) {
          event.sources[i] = next;
          changed = true;
        }
      }
    }
    if (!changed) return stored.timeline;
    timeline.version = stored.timeline.version + 1;
    timeline.updatedAt = now();
    try {
      await store.save(timeline, stored.stamp);
    } catch {
      // Someone changed the file meanwhile: show the re-anchored view, save next time.
    }
    return timeline;
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
    return { ...structuredClone(draft), sources: orderSources(draft.sources), id: newId(), createdAt: at, updatedAt: at };
  }

  /** Adds a draft to the timeline, folding it into an existing duplicate when asked. Returns [id, merged?]. */
  function addDraft(t: Timeline, draft: EventDraft, merge: boolean, at: string): [string, boolean] {
    const keys = new Set(draft.sources.map((s) => s.candidateKey).filter((k): k is string => !!k));
    const sameCandidate = keys.size ? t.events.find((e) => e.sources.some((s) => s.candidateKey && keys.has(s.candidateKey))) : undefined;
    let target = sameCandidate;
    if (!target && merge) {
      let best = DUPLICATE_THRESHOLD;
      for (const e of t.events) {
        if (shareArticle(e, draft)) continue;
        const score = similarity(e, draft);
        if (score >= best) {
          best = score;
          target = e;
        }
      }
    }
    if (!target) {
      const event = toEvent(draft, at);
      t.events.push(event);
      return [event.id, false];
    }
    target.sources = orderSources([...target.sources, ...draft.sources]);
    const actorKeys = new Set(target.actors.map((a) => a.toLowerCase()));
    for (const a of draft.actors) if (!actorKeys.has(a.toLowerCase())) target.actors.push(a);
    for (const tag of draft.tags) if (!target.tags.includes(tag)) target.tags.push(tag);
    target.place ??= draft.place;
    target.updatedAt = at;
    return [target.id, true];
  }

  async function reviewQueue(ids: string[], timelineId: string | undefined): Promise<ReviewQueue> {
    const timeline = timelineId ? (await load(timelineId)).timeline : undefined;
    const skipped: ReviewQueue['skipped'] = [];
    const keyed: (EventDraft & { key: string })[] = [];
    let articleCount = 0;
    for (const id of [...new Set(ids)]) {
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
      for (const { key, draft } of draftsFromAnalysis(article, analysis)) keyed.push({ ...draft, key });
    }
    const accepted = new Map<string, string>();
    for (const e of timeline?.events ?? []) for (const s of e.sources) if (s.candidateKey) accepted.set(s.candidateKey, e.id);
    const rejected = new Set(timeline?.rejected ?? []);
    const items: ReviewItem[] = groupDuplicates(keyed).map((group) => {
      const keys = group.map((g) => g.key);
      const draft = mergeDrafts(group.map(({ key: _key, ...d }) => d));
      const first = firstReport(draft.sources);
      let duplicateOf = keys.map((k) => accepted.get(k)).find((x) => x !== undefined) ?? null;
      if (!duplicateOf && timeline) {
        let best = DUPLICATE_THRESHOLD;
        for (const e of timeline.events) {
          if (shareArticle(e, draft)) continue;
          const score = similarity(e, draft);
          if (score >= best) {
            best = score;
            duplicateOf = e.id;
          }
        }
      }
      const status: ReviewItem['status'] = keys.every((k) => accepted.has(k)) ? 'accepted' : keys.some((k) => rejected.has(k)) ? 'rejected' : 'new';
      return {
        key: keys[0]!,
        keys,
        draft,
        duplicateOf,
        firstReportedBy: first ? { articleId: first.articleId, publisher: first.publisher, publishedAt: first.publishedAt } : null,
        status,
      };
    });
    items.sort((a, b) => compareEventDates(a.draft.date, b.draft.date));
    return { items, articleCount, skipped };
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
      const timeline: Timeline = { id: await store.newId(name), name, description, events: [], rejected: [], createdAt: at, updatedAt: at, version: 1 };
      await store.save(timeline, null);
      record(timeline.id, `create ${name}`, null);
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
      const { timeline } = await load(id);
      await store.trash(id);
      return { changeId: record(id, `delete ${timeline.name}`, timeline) };
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
      const { changeId, timeline, result } = await mutate(timelineId, 'add events', (t, at) => {
        const added: string[] = [];
        const mergedInto: string[] = [];
        for (const draft of events) {
          const [id, merged] = addDraft(t, draft, mergeDuplicates, at);
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
          if (!sameValue(current, was) && !sameValue(current, value)) {
            throw new DossierError('conflict', `The ${field} of the event "${event.title}" was changed by someone else while you edited it (it is now ${JSON.stringify(current).slice(0, 200)}); your change was not saved. Reload the timeline, then edit it again.`);
          }
        }
        Object.assign(event, Object.fromEntries(Object.entries(clean).filter(([, v]) => v !== undefined)));
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
      const { changeId, result } = await mutate(timelineId, 'merge events', (t, at) => {
        const chosen = eventIds.map((id) => {
          const e = t.events.find((x) => x.id === id);
          if (!e) throw new DossierError('not-found', `there is no event ${id} in this timeline`);
          return e;
        });
        const merged = mergeEvents(chosen, at, title);
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
        const moved = moving.map((i) => event.sources[i]!);
        event.sources = event.sources.filter((_, i) => !moving.includes(i));
        event.updatedAt = at;
        const parts = sourceIndexes ? [moved] : moved.map((s) => [s]);
        const created = parts.map((sources) => ({ ...structuredClone(event), id: newId(), sources: structuredClone(sources), createdAt: at, updatedAt: at }));
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
        return proposeFromPassage(article, await deps.analysis(articleId), start, end, deps.now ? deps.now() : new Date());
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

    async undoTimelineChange(req) {
      const { changeId } = parse('undoTimelineChange', req);
      const index = changeId ? changes.findIndex((c) => c.changeId === changeId) : changes.length - 1;
      const change = changes[index];
      if (!change) return { undone: null };
      const current = await store.load(change.timelineId).catch(() => undefined);
      if (change.before === null) {
        if (current) await store.trash(change.timelineId);
      } else {
        const restored: Timeline = { ...change.before, version: Math.max(change.before.version, current?.timeline.version ?? 0) + 1, updatedAt: now() };
        await store.save(restored, current?.stamp ?? null);
      }
      // Later changes to the same timeline are undone with it: their "before" no longer applies.
      for (let i = changes.length - 1; i >= index; i--) if (changes[i]!.timelineId === change.timelineId) changes.splice(i, 1);
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
  'undoTimelineChange',
] as const satisfies readonly (keyof TimelineApi)[];
