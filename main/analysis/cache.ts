/**
 * On-disk cache of analyses, keyed by the article's content hash and the analyser version:
 *
 *     <library>/.dossier/analysis/v<ANALYSIS_VERSION>/<hash[0..2]>/<hash>.json
 *
 * One JSON file per article (plain, human-readable). Writes are atomic (temp file, fsync, rename), so a
 * reader sees a whole entry or none. An entry that cannot be read or does not validate is a miss (and is
 * rewritten by the next put). Bumping ANALYSIS_VERSION starts a new folder; old ones can be deleted.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { AnalysisSchema, type Analysis } from '../../shared/analysis';
import { writeFileAtomic } from '../library/atomic-write';
import { ANALYSIS_VERSION } from './index';

const HASH = /^[0-9a-f]{8,128}$/i;

export class AnalysisCache {
  /** @param dir the cache root, normally `<library>/.dossier/analysis` */
  constructor(readonly dir: string) {}

  /** Where the entry for `contentHash` lives (undefined for a hash that is not hex, to keep paths inside `dir`). */
  pathFor(contentHash: string): string | undefined {
    if (!HASH.test(contentHash)) return undefined;
    const hash = contentHash.toLowerCase();
    return path.join(this.dir, `v${ANALYSIS_VERSION}`, hash.slice(0, 2), `${hash}.json`);
  }

  async get(contentHash: string): Promise<Analysis | undefined> {
    const file = this.pathFor(contentHash);
    if (!file) return undefined;
    let raw: string;
    try {
      raw = await fs.readFile(file, 'utf8');
    } catch {
      return undefined;
    }
    try {
      const parsed = AnalysisSchema.safeParse(JSON.parse(raw));
      if (!parsed.success || parsed.data.version !== ANALYSIS_VERSION) return undefined;
      return parsed.data;
    } catch {
      return undefined; // corrupt entry: a miss
    }
  }

  async put(contentHash: string, analysis: Analysis): Promise<void> {
    const file = this.pathFor(contentHash);
    if (!file) throw new Error(`Not a content hash: "${contentHash.slice(0, 80)}"`);
    await fs.mkdir(path.dirname(file), { recursive: true });
    await writeFileAtomic(file, JSON.stringify(analysis));
  }
}
