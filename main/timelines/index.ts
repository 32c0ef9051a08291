/**
 * Timelines for the API service: `timelineOps(service, dataDir)` gives the timeline operations
 * (shared/contract.ts `timelineContract`) over the `timelines/` of a library's data folder
 * (`library.dataDir`), using the service's own search, getArticle and getAnalysis. Spread them into
 * the DossierService:
 *   const service = { ...base, ...timelineOps(base, () => library.dataDir) }
 */
import { timelineOpNames, type DossierApi } from '../../shared/contract';
import type { TimelineApi } from '../../shared/timeline';
import { timelineDepsFromApi } from './deps';
import { createTimelineService, type TimelineService } from './service';

export { createTimelineService, type TimelineDeps, type TimelineService } from './service';
export { timelineDepsFromApi } from './deps';
export { exportTimeline, validateTimelineJs } from './export';

/**
 * `dataDir` may be a function when the open library can change (openLibrary): each call then
 * works on the current library (one timeline service, with its undo history, per library).
 */
export function timelineOps(api: Pick<DossierApi, 'getArticle' | 'getAnalysis' | 'search'> & Partial<Pick<DossierApi, 'duplicates'>>, dataDir: string | (() => string)): TimelineApi {
  const services = new Map<string, TimelineService>();
  const current = (): TimelineService => {
    const dir = typeof dataDir === 'function' ? dataDir() : dataDir;
    let service = services.get(dir);
    if (!service) services.set(dir, (service = createTimelineService(timelineDepsFromApi(api, dir))));
    return service;
  };
  return Object.fromEntries(timelineOpNames.map((name) => [name, (req: never) => (current()[name] as (r: never) => Promise<unknown>)(req)])) as TimelineApi;
}
