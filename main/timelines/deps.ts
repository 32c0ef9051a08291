/** Timeline dependencies served by the Dossier API (the lead's service, or any door's client). */
import { DossierError, type DossierApi } from '../../shared/contract';
import type { TimelineDeps } from './service';

const PAGE = 1000;

export function timelineDepsFromApi(api: Pick<DossierApi, 'getArticle' | 'getAnalysis' | 'search'> & Partial<Pick<DossierApi, 'duplicates'>>, dataDir: string, maxResults = 10_000): TimelineDeps {
  return {
    dataDir,
    copies: api.duplicates ? async (ids) => (await api.duplicates!({ ids })).groups : undefined,
    async article(id) {
      try {
        return await api.getArticle({ id });
      } catch (error) {
        if (error instanceof DossierError && (error.code === 'not-found' || error.code === 'invalid-request')) return undefined;
        throw error;
      }
    },
    analysis: (id) => api.getAnalysis({ id }),
    async searchIds(query) {
      const ids: string[] = [];
      for (let offset = 0; offset < maxResults; offset += PAGE) {
        const res = await api.search({ query, limit: PAGE, offset, sort: 'relevance' });
        if (res.error) throw new DossierError('invalid-request', `search: ${res.error.message} (at ${res.error.position})`);
        ids.push(...res.hits.map((h) => h.article.id));
        if (res.hits.length < PAGE || ids.length >= res.total) break;
      }
      return ids.slice(0, maxResults);
    },
  };
}
