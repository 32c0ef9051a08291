/** The bundled sample article, parsed as the app parses it — shared by the analysis tests. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArticle } from '../../formats/index';

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const SEED_FILE = path.join(REPO_ROOT, 'resources/sample-library/worldtribune/china-weighing-lethal-weaponry-for-russia.txt');

export function seedArticle(): { text: string; publishedAt: string | null; title: string } {
  const parsed = parseArticle(new Uint8Array(readFileSync(SEED_FILE)), path.basename(SEED_FILE));
  return { text: parsed.text, publishedAt: parsed.publishedAt?.value ?? null, title: parsed.title };
}
