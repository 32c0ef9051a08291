/**
 * The library's people, organisations and places as a way in (shared/contract.ts,
 * `entityContract`): the list comes from the search index (counted as articles are indexed, see
 * main/search/entity-table.ts), a page from a search plus the articles' cached analyses.
 */
import type { Req, Res } from '../../shared/contract';
import type { EntitySummary } from '../../shared/entities';
import { nameMatches } from '../search/entity-table';
import { foldedTokens } from '../search/text-analysis';

export { entityPage, entityQuery, type EntityPageApi } from './entity-page';

/**
 * One page of the entity list: of one kind or all, those whose name has the filter's words (the
 * last one as a prefix, so the list narrows as one types), most mentioned first.
 */
export function pageOfEntities(all: readonly EntitySummary[], req: Req<'listEntities'>, analysing: boolean): Res<'listEntities'> {
  const words = foldedTokens(req.filter ?? '');
  const matching = all.filter((e) => (!req.kind || e.kind === req.kind) && (words.length === 0 || nameMatches(foldedTokens(e.name), words, false, true)));
  const offset = req.offset ?? 0;
  return { total: matching.length, entities: matching.slice(offset, offset + (req.limit ?? 100)), analysing };
}
