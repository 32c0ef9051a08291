/**
 * The activity feed: which operations are changes worth listing, and the one sentence each is
 * summed up by. A local library keeps its feed in memory (since it was opened: its files are the
 * record); a team library (main/team) stores the same items, with who made them, in its database.
 */
import type { ActivityItem, OpName, Req, Res } from '../../shared/contract';

/** The ops that change something, and the kind of change they are. */
export const RECORDED_OPS = {
  tagArticles: 'tags',
  renameTag: 'tags',
  mergeTags: 'tags',
  setTagColor: 'tags',
  undoTagChange: 'tags',
  importFiles: 'import',
  createTimeline: 'timeline',
  renameTimeline: 'timeline',
  deleteTimeline: 'timeline',
  addEvents: 'timeline',
  rejectCandidates: 'timeline',
  updateEvent: 'timeline',
  deleteEvents: 'timeline',
  mergeEvents: 'timeline',
  splitEvent: 'timeline',
  importCsv: 'timeline',
  undoTimelineChange: 'timeline',
  setPendingReview: 'timeline',
  setArticleMetadata: 'metadata',
  undoMetadataChange: 'metadata',
  addHighlight: 'notes',
  updateHighlight: 'notes',
  deleteHighlight: 'notes',
  setArticleNote: 'notes',
  undoNoteChange: 'notes',
  saveSearch: 'searches',
  updateSavedSearch: 'searches',
  deleteSavedSearch: 'searches',
  undoSearchChange: 'searches',
} as const satisfies Partial<Record<OpName, ActivityItem['kind']>>;
export type RecordedOp = keyof typeof RECORDED_OPS;

export function isRecordedOp(op: string): op is RecordedOp {
  return Object.prototype.hasOwnProperty.call(RECORDED_OPS, op);
}

const plural = (n: number, one: string) => `${n} ${n === 1 ? one : `${one}s`}`;
const list = (values: readonly string[]) => values.map((v) => `"${v}"`).join(', ');

/** One line for the feed ("tagged 3 articles +region/china"), the timeline it concerns and the articles. */
export function describeChange<K extends RecordedOp>(op: K, req: Req<K>, res: Res<K>): { summary: string; timelineId: string | null; articleIds: string[] } {
  const r = req as Record<string, unknown>;
  const timelineId = typeof r.timelineId === 'string' ? r.timelineId : typeof r.id === 'string' && RECORDED_OPS[op] === 'timeline' ? r.id : null;
  const out = (summary: string, articleIds: string[] = []) => ({ summary, timelineId, articleIds });
  switch (op) {
    case 'tagArticles': {
      const q = req as Req<'tagArticles'>;
      const parts = [...(q.add ?? []).map((t) => `+${t}`), ...(q.remove ?? []).map((t) => `−${t}`)].join(' ');
      return out(`tagged ${plural((res as Res<'tagArticles'>).changed, 'article')} ${parts}`.trim(), q.ids.slice(0, 100));
    }
    case 'renameTag': {
      const q = req as Req<'renameTag'>;
      return out(`renamed tag "${q.from}" to "${q.to}"`);
    }
    case 'mergeTags': {
      const q = req as Req<'mergeTags'>;
      return out(`merged tags ${list(q.from)} into "${q.into}"`);
    }
    case 'setTagColor': {
      const q = req as Req<'setTagColor'>;
      return out(q.color ? `coloured tag "${q.name}" ${q.color}` : `removed the colour of tag "${q.name}"`);
    }
    case 'undoTagChange':
      return out(`undid a tag change`);
    case 'importFiles': {
      const imported = (res as Res<'importFiles'>).imported;
      return out(`imported ${plural(imported.length, 'file')}${imported.length ? `: ${list(imported.slice(0, 5).map((f) => f.path))}` : ''}`);
    }
    case 'createTimeline':
      return { ...out(`created timeline "${(req as Req<'createTimeline'>).name}"`), timelineId: (res as Res<'createTimeline'>).id };
    case 'renameTimeline':
      return out(`renamed timeline to "${(req as Req<'renameTimeline'>).name}"`);
    case 'deleteTimeline':
      return out('deleted the timeline');
    case 'addEvents': {
      const a = res as Res<'addEvents'>;
      return out(`added ${plural(a.added.length, 'event')}${a.mergedInto.length ? `, merged sources into ${plural(a.mergedInto.length, 'event')}` : ''}`);
    }
    case 'rejectCandidates':
      return out(`rejected ${plural((req as Req<'rejectCandidates'>).keys.length, 'candidate')}`);
    case 'updateEvent': {
      const q = req as Req<'updateEvent'>;
      return out(`edited event "${(res as Res<'updateEvent'>).event.title}" (${Object.keys(q.patch).join(', ')})`);
    }
    case 'deleteEvents':
      return out(`deleted ${plural((res as Res<'deleteEvents'>).deleted, 'event')}`);
    case 'mergeEvents':
      return out(`merged ${plural((req as Req<'mergeEvents'>).eventIds.length, 'event')} into "${(res as Res<'mergeEvents'>).event.title}"`);
    case 'splitEvent':
      return out(`split an event into ${plural((res as Res<'splitEvent'>).events.length, 'event')}`);
    case 'importCsv': {
      const q = res as Res<'importCsv'>;
      return { ...out(`imported ${plural(q.imported, 'event')} from CSV`), timelineId: q.timeline.id };
    }
    case 'undoTimelineChange':
      return out('undid a timeline change');
    case 'setPendingReview': {
      const q = req as Req<'setPendingReview'>;
      return out(q.done ? `closed the review of "${q.query}"` : `queued ${plural(q.candidates ?? 0, 'candidate')} from "${q.query}" for review`);
    }
    case 'setArticleMetadata': {
      const q = req as Req<'setArticleMetadata'>;
      const fields = [...Object.keys(q.set ?? {}), ...(q.clear ?? []).map((f) => `${f} (back to the extracted value)`)];
      return out(`corrected the metadata of "${(res as Res<'setArticleMetadata'>).metadata.effective.title}": ${fields.join(', ') || 'nothing'}`, [q.id]);
    }
    case 'undoMetadataChange': {
      const id = (res as Res<'undoMetadataChange'>).id;
      return out('undid a metadata correction', id ? [id] : []);
    }
    case 'addHighlight':
      return out('highlighted a passage', [(req as Req<'addHighlight'>).articleId]);
    case 'updateHighlight':
      return out('edited a highlight', [(req as Req<'updateHighlight'>).articleId]);
    case 'deleteHighlight':
      return out('removed a highlight', [(req as Req<'deleteHighlight'>).articleId]);
    case 'setArticleNote': {
      const q = req as Req<'setArticleNote'>;
      return out(q.note ? 'wrote a note on an article' : 'removed the note on an article', [q.articleId]);
    }
    case 'undoNoteChange': {
      const id = (res as Res<'undoNoteChange'>).articleId;
      return out('undid a notes change', id ? [id] : []);
    }
    case 'saveSearch': {
      const q = req as Req<'saveSearch'>;
      return out(`saved the search "${q.name}" (${q.query})`);
    }
    case 'updateSavedSearch':
      return out(`changed the saved search "${(res as Res<'updateSavedSearch'>).search.name}"`);
    case 'deleteSavedSearch':
      return out('deleted a saved search');
    case 'undoSearchChange':
      return out('undid a saved-search change');
    default:
      return out(op);
  }
}

/** An in-memory feed (local libraries): the newest `max` changes. */
export class ActivityLog {
  private readonly items: ActivityItem[] = [];
  private counter = 0;
  constructor(private readonly max = 1000) {}

  record<K extends RecordedOp>(op: K, req: Req<K>, res: Res<K>, user: string | null = null): ActivityItem {
    const item: ActivityItem = { id: `act-${Date.now().toString(36)}-${++this.counter}`, at: new Date().toISOString(), user, kind: RECORDED_OPS[op], op, undone: false, ...describeChange(op, req, res) };
    this.items.unshift(item);
    if (this.items.length > this.max) this.items.pop();
    return item;
  }

  list(req: Req<'activity'>): Res<'activity'> {
    const before = req.before;
    const items = before ? this.items.filter((i) => i.at < before) : this.items;
    return { items: items.slice(0, req.limit ?? 50) };
  }

  /** Wraps the service's changing ops so that each success is recorded. */
  wrap<S extends object>(service: S): S {
    const wrapped = { ...service } as Record<string, unknown>;
    for (const op of Object.keys(RECORDED_OPS) as RecordedOp[]) {
      const call = (service as Record<string, unknown>)[op];
      if (typeof call !== 'function') continue;
      wrapped[op] = async (req: never) => {
        const res = await (call as (r: never) => Promise<never>).call(service, req);
        this.record(op, req, res);
        return res;
      };
    }
    return wrapped as S;
  }
}
