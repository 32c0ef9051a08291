/** Range queries over items sorted by start offset (entities, timexes), by binary search. */

/** Index of the first item whose start is >= offset. */
export function firstAtOrAfter<T extends { start: number }>(items: readonly T[], offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Items lying wholly inside [start, end), for items sorted by start. */
export function itemsWithin<T extends { start: number; end: number }>(items: readonly T[], start: number, end: number): T[] {
  const out: T[] = [];
  for (let i = firstAtOrAfter(items, start); i < items.length && items[i]!.start < end; i++) if (items[i]!.end <= end) out.push(items[i]!);
  return out;
}

/** Items overlapping [start, end), for items sorted by start whose length is at most `maxLength`. */
export function itemsOverlapping<T extends { start: number; end: number }>(items: readonly T[], start: number, end: number, maxLength = 400): T[] {
  const out: T[] = [];
  for (let i = firstAtOrAfter(items, start - maxLength); i < items.length && items[i]!.start < end; i++) if (items[i]!.end > start) out.push(items[i]!);
  return out;
}
