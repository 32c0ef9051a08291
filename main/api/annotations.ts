/**
 * The contract's metadata-correction and notes operations (shared/contract.ts `metadataContract`,
 * `notesContract`) over the open library's stores. The service gives them its current library and
 * its way of re-indexing an article; they are the same for every door.
 */
import { z } from 'zod';
import { DossierError, metadataContract, type Req, type Res } from '../../shared/contract';
import { applyCorrections, type ArticleMetadata, type MetadataValues } from '../../shared/metadata';
import type { Article } from '../../shared/model';
import type { Library } from '../library/types';
import type { MetadataStore } from '../library/metadata';
import { emptyNotes, type ArticleInfo, type NotesStore } from '../notes/store';

export interface AnnotationStores {
  library: Library;
  metadata: MetadataStore;
  notes: NotesStore;
}

export interface AnnotationContext {
  current(): AnnotationStores;
  /** The article as everything sees it (corrections applied); throws not-found. */
  article(id: string): Promise<Article>;
  /** Brings the index in line with articles whose corrections changed; resolves when searchable. */
  reindex(ids: string[]): Promise<void>;
}

type MetadataOps = { [K in 'getArticleMetadata' | 'setArticleMetadata' | 'undoMetadataChange']: (req: Req<K>) => Promise<Res<K>> };
type NotesOps = { [K in 'getNotes' | 'listNotes' | 'addHighlight' | 'updateHighlight' | 'deleteHighlight' | 'setArticleNote' | 'undoNoteChange']: (req: Req<K>) => Promise<Res<K>> };

const valuesOf = (a: Pick<Article, 'title' | 'authors' | 'publisher' | 'publishedAt' | 'url'>): MetadataValues => ({
  title: a.title,
  authors: a.authors,
  publisher: a.publisher,
  publishedAt: a.publishedAt,
  url: a.url,
});

export const articleInfo = (a: Article): ArticleInfo => ({ id: a.id, title: a.title, path: a.path, text: a.text, contentHash: a.contentHash });

export function metadataOps(ctx: AnnotationContext): MetadataOps {
  async function metadataOf(id: string): Promise<ArticleMetadata> {
    const { library, metadata } = ctx.current();
    const article = await library.article(id);
    if (!article) throw new DossierError('not-found', `No article with id ${id}.`);
    const extracted = valuesOf(article);
    const corrected = metadata.get(id) ?? {};
    return { id, extracted, corrected, effective: applyCorrections(extracted, corrected), updatedAt: metadata.updatedAt(id) };
  }

  return {
    getArticleMetadata: (req) => metadataOf(req.id),

    async setArticleMetadata(raw) {
      // Validated here too: a door that calls the service directly (the CLI) gets the same checks.
      const parsed = metadataContract.setArticleMetadata.request.safeParse(raw);
      if (!parsed.success) throw new DossierError('invalid-request', z.prettifyError(parsed.error));
      const req = parsed.data;
      const { library, metadata } = ctx.current();
      if (!library.summary(req.id)) throw new DossierError('not-found', `No article with id ${req.id}.`);
      const { changeId, changed } = await metadata.set(req.id, req.set, req.clear);
      if (changed) await ctx.reindex([req.id]);
      return { changeId, metadata: await metadataOf(req.id) };
    },

    async undoMetadataChange(req) {
      const undone = await ctx.current().metadata.undo(req.changeId);
      if (undone) await ctx.reindex([undone.id]);
      return { undone: undone?.changeId ?? null, id: undone?.id ?? null };
    },
  };
}

export function notesOps(ctx: AnnotationContext): NotesOps {
  const info = async (id: string) => articleInfo(await ctx.article(id));

  return {
    async getNotes(req) {
      const article = await ctx.article(req.articleId);
      return (await ctx.current().notes.reanchor(articleInfo(article))) ?? emptyNotes(article.id);
    },

    async listNotes(req) {
      const { library, notes } = ctx.current();
      const all = notes.all();
      const offset = req.offset ?? 0;
      const items = all.slice(offset, offset + (req.limit ?? 200)).map((n) => {
        const summary = library.summary(n.articleId);
        const shown = summary && applyCorrections(summary, ctx.current().metadata.get(n.articleId));
        return { ...n, article: shown ? { title: shown.title, path: shown.path, publisher: shown.publisher, publishedAt: shown.publishedAt } : null };
      });
      return { total: all.length, items, problems: notes.problems() };
    },

    async addHighlight(req) {
      return ctx.current().notes.addHighlight(await info(req.articleId), { start: req.start, end: req.end, color: req.color ?? 'yellow', note: req.note ?? '' });
    },

    async updateHighlight(req) {
      return ctx.current().notes.updateHighlight(await info(req.articleId), req.highlightId, { color: req.color, note: req.note });
    },

    async deleteHighlight(req) {
      return ctx.current().notes.deleteHighlight(await info(req.articleId), req.highlightId);
    },

    async setArticleNote(req) {
      return ctx.current().notes.setNote(await info(req.articleId), req.note);
    },

    async undoNoteChange(req) {
      const undone = await ctx.current().notes.undo(req.changeId, (id) => ctx.article(id).then(articleInfo, () => undefined));
      return { undone: undone?.changeId ?? null, articleId: undone?.articleId ?? null };
    },
  };
}
