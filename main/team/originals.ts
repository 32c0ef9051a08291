/**
 * Original files in a team library (table article_originals, migration 002), by content hash: what
 * "open original" hands over for a team article. `team push` and the door's import store them.
 */
import type { Db, Tx } from './db';

/** Per statement: a push of many large PDFs never holds more than this in one query. */
const SLICE_BYTES = 32 * 1024 * 1024;

/** Keeps original files by content hash (the same file filed twice is kept once). */
export async function storeOriginals(tx: Tx | Db, files: readonly { contentHash: string; bytes: Buffer }[]): Promise<void> {
  for (let i = 0; i < files.length; ) {
    const slice: { contentHash: string; bytes: Buffer }[] = [];
    let size = 0;
    while (i < files.length && (slice.length === 0 || size + files[i]!.bytes.length <= SLICE_BYTES)) {
      size += files[i]!.bytes.length;
      slice.push(files[i++]!);
    }
    await tx.query(`INSERT INTO article_originals (content_hash, bytes) SELECT * FROM unnest($1::text[], $2::bytea[]) ON CONFLICT (content_hash) DO NOTHING`, [
      slice.map((f) => f.contentHash),
      slice.map((f) => f.bytes),
    ]);
  }
}

/** Drops the originals no article holds any more (their files changed or were removed). */
export async function dropUnusedOriginals(tx: Tx | Db): Promise<number> {
  const { rowCount } = await tx.query('DELETE FROM article_originals o WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.content_hash = o.content_hash)');
  return rowCount ?? 0;
}
