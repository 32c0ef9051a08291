/**
 * The tags of a host's articles, mirrored from the library. Tags are not indexed (they change far
 * more often than text): the engine sends each host the current tags of its articles whenever the
 * library's tags change, and the host filters `tag:` queries and counts tag facets with them next
 * to the matches, instead of shipping every match to the main thread to look its tags up there.
 *
 * Tag names travel once per change as a list; articles carry small numbers (codes) into it.
 */
import type { ShardIndex } from './shard';

/** What the engine sends: article ids (joined by ID_SEPARATOR) and, per article, `counts[i]` codes in `codes`. */
export interface TagSnapshot {
  ids: string;
  counts: Int32Array;
  codes: Int32Array;
}

/** Tag codes by short id within one shard. */
export interface ShardTags {
  of(shortId: number): Int32Array | undefined;
}

export class TagMirror {
  /** Changes with every snapshot (per-shard views key on it). */
  private version = 0;
  private byId = new Map<string, Int32Array>();
  /** One more than the largest tag code (the size of a tag facet count array). */
  codeCount = 0;
  private readonly views = new WeakMap<ShardIndex, { version: number; shardVersion: number; tags: ShardTags | null }>();

  replace(snapshot: TagSnapshot, separator: string): void {
    const byId = new Map<string, Int32Array>();
    if (snapshot.counts.length > 0) {
      const ids = snapshot.ids.split(separator);
      let at = 0;
      for (let i = 0; i < ids.length; i++) {
        const n = snapshot.counts[i]!;
        if (n > 0) byId.set(ids[i]!, snapshot.codes.subarray(at, at + n));
        at += n;
      }
    }
    this.byId = byId;
    this.codeCount = snapshot.codes.reduce((max, code) => Math.max(max, code + 1), 0);
    this.version++;
  }

  /** The tags of one shard's documents (null when none has tags); rebuilt only after a change. */
  forShard(shard: ShardIndex): ShardTags | null {
    const cached = this.views.get(shard);
    if (cached && cached.version === this.version && cached.shardVersion === shard.version) return cached.tags;
    const byShortId: (Int32Array | undefined)[] = [];
    let any = false;
    for (const [id, codes] of this.byId) {
      const shortId = shard.shortIdOf(id);
      if (shortId === undefined) continue;
      byShortId[shortId] = codes;
      any = true;
    }
    const tags: ShardTags | null = any ? { of: (shortId) => byShortId[shortId] } : null;
    this.views.set(shard, { version: this.version, shardVersion: shard.version, tags });
    return tags;
  }
}
