/**
 * Watches the files of the data folder that hold the user's work and that other programs edit too
 * (`metadata.json`, `notes/*.md`: another Dossier process, Obsidian, a sync tool, a script), so the
 * stores reload what changed. Works wherever the data folder is (inside the library or not).
 */
import chokidar from 'chokidar';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { METADATA_FILE } from './metadata';

export interface DataWatchHandlers {
  /** metadata.json changed, appeared or disappeared. */
  metadata(): void;
  /** A Markdown file in notes/ changed, appeared or disappeared (absolute path). */
  note(file: string): void;
}

/** Starts watching; resolves to the function that stops it. */
export async function watchDataFiles(dataDir: string, notesDirName: string, handlers: DataWatchHandlers, log: (line: string) => void): Promise<() => Promise<void>> {
  const root = path.resolve(dataDir);
  const notesDir = path.join(root, notesDirName);
  const metadataFile = path.join(root, METADATA_FILE);
  await fs.mkdir(notesDir, { recursive: true }).catch(() => {});
  const isNote = (abs: string) => path.dirname(abs) === notesDir && abs.endsWith('.md') && !path.basename(abs).startsWith('.');
  const watcher = chokidar.watch(root, {
    ignoreInitial: true,
    depth: 1,
    // Editors that write in place: wait until the file stops growing before reading it.
    awaitWriteFinish: { stabilityThreshold: 150, pollInterval: 50 },
    ignored: (p: string) => {
      const abs = path.resolve(p);
      return !(abs === root || abs === notesDir || abs === metadataFile || isNote(abs));
    },
  });
  watcher.on('all', (event, p) => {
    const abs = path.resolve(p);
    if (abs === metadataFile) handlers.metadata();
    else if (isNote(abs) && (event === 'add' || event === 'change' || event === 'unlink')) handlers.note(abs);
  });
  watcher.on('error', (error) => log(`dossier: watching ${root} failed: ${error instanceof Error ? error.message : String(error)}`));
  await new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  return () => watcher.close();
}
