/** Hierarchical tags ("region/china") as a tree for display. Pure. */
import type { TagInfo } from '../../shared/contract';

export interface TagRow {
  /** Full tag name (for implicit parents, the prefix, e.g. "region"). */
  name: string;
  /** Last path segment, shown indented under its parent. */
  label: string;
  depth: number;
  /** Articles carrying exactly this tag (0 for a parent no article carries itself). */
  count: number;
  /** Articles carrying this tag or any tag below it (upper bound: an article with two children counts twice). */
  total: number;
  color: string | null;
  /** A parent that exists only because of its children. */
  implicit: boolean;
}

/** Depth-first rows, siblings sorted by name, with implicit parents inserted. */
export function tagTree(tags: readonly TagInfo[]): TagRow[] {
  const byName = new Map<string, TagInfo>(tags.map((t) => [t.name, t]));
  const names = new Set<string>();
  for (const t of tags) {
    const parts = t.name.split('/');
    for (let i = 1; i <= parts.length; i++) names.add(parts.slice(0, i).join('/'));
  }
  const sorted = [...names].sort((a, b) => {
    const pa = a.split('/');
    const pb = b.split('/');
    for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
      const c = pa[i]!.localeCompare(pb[i]!, 'en', { sensitivity: 'base' }) || pa[i]!.localeCompare(pb[i]!);
      if (c !== 0) return c;
    }
    return pa.length - pb.length;
  });
  return sorted.map((name) => {
    const info = byName.get(name);
    const parts = name.split('/');
    let total = 0;
    for (const t of tags) if (t.name === name || t.name.startsWith(`${name}/`)) total += t.count;
    return {
      name,
      label: parts[parts.length - 1]!,
      depth: parts.length - 1,
      count: info?.count ?? 0,
      total,
      color: info?.color ?? inheritedColor(name, byName),
      implicit: !info,
    };
  });
}

/** A tag without its own colour shows its nearest coloured ancestor's. */
export function inheritedColor(name: string, byName: ReadonlyMap<string, Pick<TagInfo, 'color'>>): string | null {
  const parts = name.split('/');
  for (let i = parts.length; i >= 1; i--) {
    const color = byName.get(parts.slice(0, i).join('/'))?.color;
    if (color) return color;
  }
  return null;
}

/** "region/china" -> "region › china" for display. */
export function displayTag(name: string): string {
  return name.split('/').join(' › ');
}
