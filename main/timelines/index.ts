/**
 * Timelines for the API service: `timelineOps(service, root)` gives the timeline operations
 * (shared/contract.ts `timelineContract`) over a library's `.dossier/timelines/`, using the
 * service's own search, getArticle and getAnalysis. Spread them into the DossierService:
 *   const service = { ...base, ...timelineOps(base, root) }
 */
import path from 'node:path';
import { timelineOpNames, type DossierApi } from '../../shared/contract';
import type { TimelineApi } from '../../shared/timeline';
import { DATA_DIR_NAME } from '../library/data-dir';
import { timelineDepsFromApi } from './deps';
import { createTimelineService, type TimelineService } from './service';

export { createTimelineService, type TimelineDeps, type TimelineService } from './service';
export { timelineDepsFromApi } from './deps';
export { exportTimeline, validateTimelineJs } from './export';

/**
 * `libraryRoot` may be a function when the open library can change (openLibrary): each call then
 * works on the current library (one timeline service, with its undo history, per library).
 */
export function timelineOps(api: Pick<DossierApi, 'getArticle' | 'getAnalysis' | 'search'> & Partial<Pick<DossierApi, 'duplicates'>>, libraryRoot: string | (() => string)): TimelineApi {
  const services = new Map<string, TimelineService>();
  const current = (): TimelineService => {
    const root = typeof libraryRoot === 'function' ? libraryRoot() : libraryRoot;
    let service = services.get(root);
    if (!service) services.set(root, (service = createTimelineService(timelineDepsFromApi(api, path.join(root, DATA_DIR_NAME)))));
    return service;
  };
  return Object.fromEntries(timelineOpNames.map((name) => [name, (req: never) => (current()[name] as (r: never) => Promise<unknown>)(req)])) as TimelineApi;
}
