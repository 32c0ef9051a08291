/**
 * What one change did to a timeline, piece by piece (its name and description, each event by id,
 * the rejected candidates), so that undo can take back exactly that and nothing else: the timeline
 * file is shared with other Dossier processes and hand edits, and undoing one change must not
 * throw away what someone else did since.
 */
import { isDeepStrictEqual } from 'node:util';
import type { Timeline, TimelineEvent } from '../../shared/timeline';
import { compareEventDates } from './dates';

const FIELDS = ['name', 'description'] as const;

export interface TimelineDiff {
  fields: { key: (typeof FIELDS)[number]; before: string; after: string }[];
  /** Events the change added (before null), removed (after null) or changed. */
  events: { id: string; before: TimelineEvent | null; after: TimelineEvent | null }[];
  rejectedAdded: string[];
  rejectedRemoved: string[];
}

export function diffTimelines(before: Timeline, after: Timeline): TimelineDiff {
  const fields = FIELDS.filter((key) => before[key] !== after[key]).map((key) => ({ key, before: before[key], after: after[key] }));
  const was = new Map(before.events.map((e) => [e.id, e]));
  const is = new Map(after.events.map((e) => [e.id, e]));
  const events: TimelineDiff['events'] = [];
  for (const id of new Set([...was.keys(), ...is.keys()])) {
    const b = was.get(id) ?? null;
    const a = is.get(id) ?? null;
    if (!isDeepStrictEqual(a, b)) events.push({ id, before: structuredClone(b), after: structuredClone(a) });
  }
  const rejectedBefore = new Set(before.rejected);
  const rejectedAfter = new Set(after.rejected);
  return {
    fields,
    events,
    rejectedAdded: after.rejected.filter((k) => !rejectedBefore.has(k)),
    rejectedRemoved: before.rejected.filter((k) => !rejectedAfter.has(k)),
  };
}

/**
 * `current` with the change taken back wherever it still stands: a piece someone changed again
 * since (another process, a hand edit) is left as it is now and counted in `skipped`.
 */
export function revertDiff(current: Timeline, diff: TimelineDiff): { timeline: Timeline; changed: boolean; skipped: number } {
  const timeline = structuredClone(current);
  let changed = false;
  let skipped = 0;
  for (const f of diff.fields) {
    if (timeline[f.key] === f.after) {
      timeline[f.key] = f.before;
      changed = true;
    } else if (timeline[f.key] !== f.before) skipped++;
  }
  for (const d of diff.events) {
    const index = timeline.events.findIndex((e) => e.id === d.id);
    const now = index >= 0 ? timeline.events[index]! : null;
    if (isDeepStrictEqual(now, d.before)) continue; // already as it was
    if (!isDeepStrictEqual(now, d.after)) {
      skipped++;
      continue;
    }
    changed = true;
    if (d.before === null) timeline.events.splice(index, 1);
    else if (index >= 0) timeline.events[index] = structuredClone(d.before);
    else timeline.events.push(structuredClone(d.before));
  }
  const added = new Set(diff.rejectedAdded);
  const rejected = timeline.rejected.filter((k) => !added.has(k));
  for (const k of diff.rejectedRemoved) if (!rejected.includes(k)) rejected.push(k);
  if (!isDeepStrictEqual(rejected, timeline.rejected)) {
    timeline.rejected = rejected;
    changed = true;
  }
  timeline.events.sort((a, b) => compareEventDates(a.date, b.date));
  return { timeline, changed, skipped };
}
