/**
 * Another Dossier process for the notes tests: highlights COUNT passages of one article (or, with
 * COUNT "forever", until it is killed), printing one line per acknowledged highlight: its id, then
 * its note.
 *   node --import tsx notes-writer.ts DATA_DIR ARTICLE_ID TEXT_FILE PREFIX COUNT
 */
import { readFileSync } from 'node:fs';
import { NotesStore } from '../store';

const [dataDir, id, textFile, prefix, count] = process.argv.slice(2);
const text = readFileSync(textFile!, 'utf8');
const store = await NotesStore.open(dataDir!);
const article = { id: id!, title: 'A story', path: 'story.txt', text, contentHash: 'c'.repeat(64) };
const words = [...text.matchAll(/\w+/g)];
for (let i = 0; count === 'forever' || i < Number(count); i++) {
  const word = words[i % words.length]!;
  const note = `${prefix} note ${i}`;
  const { highlight } = await store.addHighlight(article, { start: word.index!, end: word.index! + word[0].length, color: 'yellow', note });
  process.stdout.write(`${highlight.id} ${note}\n`);
}
