/**
 * A small, real, in-memory implementation of the DossierService interface, for testing the
 * doors without the full library stack: it keeps articles and tags in maps, emits events, and
 * records every call it receives (so tests can prove that refused requests never reached it).
 */
import { toSummary, type Article } from '../../../shared/model';
import { DossierError, type EventName, type EventPayload, type Req, type Res, type SavedSearchOpName } from '../../../shared/contract';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DoorService as DossierService } from '../../api/service-types';
import { timelineOps } from '../../timelines';
import { applyCorrections, type Corrections } from '../../../shared/metadata';
import type { ArticleNotes } from '../../../shared/notes';
import { capturePassage } from '../../timelines/anchor';
import { createSearchOps, type SearchOps } from '../../searches';
import { entityPage } from '../../entities';

export interface MemoryService extends DossierService {
  calls: Array<{ op: string; request: unknown }>;
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
  listenerCount(): number;
  closed: boolean;
}

export function makeArticle(id: string, title: string, text: string): Article {
  return {
    id,
    path: `articles/${id}.txt`,
    contentHash: 'f'.repeat(64),
    size: text.length,
    mtimeMs: 0,
    tags: [],
    format: 'txt',
    title,
    authors: ['A. Reporter'],
    publisher: 'Example News',
    publishedAt: { value: '2024-03-01', precision: 'day' },
    text,
    paragraphs: [{ start: 0, end: text.length, kind: 'body' }],
    captions: [],
    boilerplate: [],
    fileTags: [],
    url: null,
    html: null,
    encoding: 'utf-8',
    warnings: [],
    wordCount: text.split(/\s+/).length,
  };
}

export function createMemoryService(options: { root?: string; articles?: Article[] } = {}): MemoryService {
  const articles = new Map((options.articles ?? [makeArticle('0123456789abcdef', 'Talks resume', 'Talks resumed on Monday.')]).map((a) => [a.id, a]));
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  const calls: MemoryService['calls'] = [];
  let changeCount = 0;
  const record = (op: string, request: unknown) => calls.push({ op, request });
  const info = (): Res<'libraryInfo'> => ({ name: 'Memory', root: options.root ?? '/tmp/memory-library', articleCount: articles.size, problemCount: 0, indexing: false });
  const find = (id: string) => {
    const article = articles.get(id);
    if (!article) throw new DossierError('not-found', `no article ${id}`);
    return article;
  };
  const tagChange = (): Res<'renameTag'> => ({ changeId: `change-${++changeCount}`, changed: 0 });

  // Timelines are real (files in a temp folder), over this service's own articles and analysis.
  let timelineRoot: string | undefined;
  const timelines = timelineOps(
    { getArticle: (req) => service.getArticle(req), getAnalysis: (req) => service.getAnalysis(req), search: (req) => service.search(req) },
    () => (timelineRoot ??= mkdtempSync(path.join(os.tmpdir(), 'dossier-memory-timelines-'))),
  );

  // Saved searches and history are real too (files in a temp folder), counted with this service's search.
  let searchOps: SearchOps | undefined;
  const searches = (): SearchOps =>
    (searchOps ??= createSearchOps({
      dataDir: (timelineRoot ??= mkdtempSync(path.join(os.tmpdir(), 'dossier-memory-timelines-'))),
      root: options.root ?? '/tmp/memory-library',
      stateDir: path.join(timelineRoot, 'state'),
      count: async (query) => {
        const r = await service.search({ query, limit: 1 });
        return { total: r.total, error: r.error };
      },
      revision: () => String(changeCount),
      changed: () => service.emit('savedSearchesChanged', {}),
    }));
  const searchOp =
    <K extends SavedSearchOpName>(op: K) =>
    async (req: Req<K>): Promise<Res<K>> => {
      record(op, req);
      return (searches()[op] as unknown as (r: Req<K>) => Promise<Res<K>>)(req);
    };

  const service: MemoryService = {
    ...timelines,
    listSavedSearches: searchOp('listSavedSearches'),
    saveSearch: searchOp('saveSearch'),
    updateSavedSearch: searchOp('updateSavedSearch'),
    deleteSavedSearch: searchOp('deleteSavedSearch'),
    searchHistory: searchOp('searchHistory'),
    recordSearch: searchOp('recordSearch'),
    clearSearchHistory: searchOp('clearSearchHistory'),
    undoSearchChange: searchOp('undoSearchChange'),
    async listEntities(req) {
      record('listEntities', req);
      return { total: 0, entities: [], analysing: false };
    },
    async getEntity(req) {
      record('getEntity', req);
      return entityPage(service, req);
    },
    calls,
    closed: false,
    emit(event, payload) {
      for (const listener of listeners.get(event) ?? []) listener(payload);
    },
    listenerCount: () => [...listeners.values()].reduce((n, set) => n + set.size, 0),
    on(event, listener) {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      set.add(listener as (payload: unknown) => void);
      return () => set.delete(listener as (payload: unknown) => void);
    },
    async close() {
      service.closed = true;
    },
    async openLibrary(req: Req<'openLibrary'>) {
      record('openLibrary', req);
      return info();
    },
    async libraryInfo(req) {
      record('libraryInfo', req);
      return info();
    },
    async listArticles(req) {
      record('listArticles', req);
      const items = [...articles.values()].map(toSummary);
      return { total: items.length, items: items.slice(req.offset ?? 0, (req.offset ?? 0) + (req.limit ?? 100)) };
    },
    async getArticle(req) {
      record('getArticle', req);
      return find(req.id);
    },
    async getOriginal(req) {
      record('getOriginal', req);
      const article = find(req.id);
      const bytes = Buffer.from(article.text);
      return { name: path.basename(article.path), mediaType: 'text/plain', size: bytes.length, base64: bytes.toString('base64') };
    },
    async openOriginal(req) {
      record('openOriginal', req);
      find(req.id);
      return { opened: true, message: null };
    },
    async getAnalysis(req) {
      record('getAnalysis', req);
      find(req.id);
      return { version: 1, timexes: [], entities: [], quotes: [], events: [] };
    },
    async search(req) {
      record('search', req);
      if (req.query === 'explode') throw new Error('index file /secret/path corrupted');
      const words = req.query.toLowerCase().split(/\s+/).filter(Boolean);
      const hits = [...articles.values()]
        .filter((a) => words.every((w) => a.text.toLowerCase().includes(w)))
        .map((a) => ({ article: toSummary(a), score: 1, snippet: { text: a.text.slice(0, 80), highlights: [] }, ranges: [] }));
      return { total: hits.length, hits, facets: { source: [], year: [], tag: [] }, error: null, tookMs: 0 };
    },
    async suggest(req) {
      record('suggest', req);
      return { suggestions: [...articles.values()].map((a) => a.title).filter((t) => t.toLowerCase().startsWith(req.prefix.toLowerCase())) };
    },
    async problems(req) {
      record('problems', req);
      return { problems: [] };
    },
    async indexStatus(req) {
      record('indexStatus', req);
      return { phase: 'ready', done: articles.size, total: articles.size, current: null, message: null };
    },
    async listTags(req) {
      record('listTags', req);
      const counts = new Map<string, number>();
      for (const a of articles.values()) for (const t of a.tags) counts.set(t, (counts.get(t) ?? 0) + 1);
      return { tags: [...counts].map(([name, count]) => ({ name, color: null, count })) };
    },
    async tagArticles(req) {
      record('tagArticles', req);
      let changed = 0;
      for (const id of req.ids) {
        const a = find(id);
        a.tags = [...new Set([...a.tags, ...(req.add ?? [])])].filter((t) => !(req.remove ?? []).includes(t));
        changed++;
      }
      service.emit('libraryChanged', { added: [], changed: req.ids, removed: [] });
      return { changeId: `change-${++changeCount}`, changed };
    },
    async renameTag(req) {
      record('renameTag', req);
      return tagChange();
    },
    async mergeTags(req) {
      record('mergeTags', req);
      return tagChange();
    },
    async setTagColor(req) {
      record('setTagColor', req);
      return tagChange();
    },
    async undoTagChange(req) {
      record('undoTagChange', req);
      return { undone: req.changeId ?? null };
    },
    async importFiles(req) {
      record('importFiles', req);
      return { imported: req.files.map((f) => ({ name: f.name, path: `imported/${f.name}` })), problems: [] };
    },
    async activity(req) {
      record('activity', req);
      return { items: [] };
    },
    async duplicates(req) {
      record('duplicates', req);
      return { groups: [] };
    },
    async getArticleMetadata(req) {
      record('getArticleMetadata', req);
      return metadataOf(req.id);
    },
    async setArticleMetadata(req) {
      record('setArticleMetadata', req);
      const corrected: Corrections = { ...corrections.get(req.id), ...(req.set as Corrections) };
      for (const field of req.clear ?? []) delete corrected[field];
      corrections.set(req.id, corrected);
      return { changeId: `change-${++changeCount}`, metadata: metadataOf(req.id) };
    },
    async undoMetadataChange(req) {
      record('undoMetadataChange', req);
      return { undone: req.changeId ?? null, id: null };
    },
    async getNotes(req) {
      record('getNotes', req);
      find(req.articleId);
      return notesOf(req.articleId);
    },
    async listNotes(req) {
      record('listNotes', req);
      const items = [...notes.values()].map((n) => ({ ...n, article: null }));
      return { total: items.length, items, problems: [] };
    },
    async addHighlight(req) {
      record('addHighlight', req);
      const a = find(req.articleId);
      const highlight = { id: `h${++changeCount}aaaa`, color: req.color ?? 'yellow', passage: capturePassage(a.text, req.start, req.end), status: 'ok' as const, contentHash: a.contentHash, note: req.note ?? '', createdAt: null, updatedAt: null };
      const n = notesOf(a.id);
      notes.set(a.id, { ...n, highlights: [...n.highlights, highlight] });
      return { changeId: `change-${++changeCount}`, notes: notesOf(a.id), highlight };
    },
    async updateHighlight(req) {
      record('updateHighlight', req);
      const n = notesOf(find(req.articleId).id);
      notes.set(n.articleId, { ...n, highlights: n.highlights.map((h) => (h.id === req.highlightId ? { ...h, color: req.color ?? h.color, note: req.note ?? h.note } : h)) });
      return { changeId: `change-${++changeCount}`, notes: notesOf(n.articleId) };
    },
    async deleteHighlight(req) {
      record('deleteHighlight', req);
      const n = notesOf(find(req.articleId).id);
      notes.set(n.articleId, { ...n, highlights: n.highlights.filter((h) => h.id !== req.highlightId) });
      return { changeId: `change-${++changeCount}`, notes: notesOf(n.articleId) };
    },
    async setArticleNote(req) {
      record('setArticleNote', req);
      notes.set(find(req.articleId).id, { ...notesOf(req.articleId), note: req.note });
      return { changeId: `change-${++changeCount}`, notes: notesOf(req.articleId) };
    },
    async undoNoteChange(req) {
      record('undoNoteChange', req);
      return { undone: req.changeId ?? null, articleId: null };
    },
  };
  const corrections = new Map<string, Corrections>();
  const notes = new Map<string, ArticleNotes>();
  function metadataOf(id: string): Res<'getArticleMetadata'> {
    const a = find(id);
    const extracted = { title: a.title, authors: a.authors, publisher: a.publisher, publishedAt: a.publishedAt, url: a.url };
    const corrected = corrections.get(id) ?? {};
    return { id, extracted, corrected, effective: applyCorrections(extracted, corrected), updatedAt: null };
  }
  function notesOf(id: string): ArticleNotes {
    return notes.get(id) ?? { articleId: id, note: '', highlights: [], updatedAt: null, file: null };
  }
  return service;
}
