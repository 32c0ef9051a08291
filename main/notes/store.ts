/**
 * Notes and highlights on disk: one Markdown file per article in `<data folder>/notes/` (format.ts).
 *
 * Every change is a read-merge-write of that one file under its cross-process lock (data-file.ts):
 * the change is applied to the file as it is at that moment, so edits made meanwhile in Obsidian, in
 * another Dossier process or by a script are kept. A file Dossier cannot read is never written over.
 * A notes file renamed by hand keeps working: the article it belongs to is named in its front matter.
 *
 * The store keeps every file's notes in memory (they are small and few), reloads a file when the
 * watcher says it changed, and tells its listeners which articles' notes changed. Undo: every change
 * records what it did; undo takes back as much of it as still holds in the file. In memory only.
 */
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { DossierError } from '../../shared/contract';
import type { ArticleNotes, Highlight, HighlightColor } from '../../shared/notes';
import { readWithStamp, writeFileAtomic, type DiskStamp } from '../library/atomic-write';
import { updateDataFile } from '../library/data-file';
import { capturePassage, reanchor } from '../timelines/anchor';
import { NotesFile, NotesFormatError } from './format';

export const NOTES_DIR = 'notes';
const UNDO_LIMIT = 200;

export const NOTES_README = `# Notes

One Markdown file per article you highlighted or wrote a note on, named by the article's Dossier id
(\`<id>.md\`; the id is in \`../manifest.json\`). Open this folder in Obsidian or any editor: each
file starts with YAML front matter (\`article\`, the article's \`title\` and \`file\`, and where each
highlight is: \`start\`/\`end\` offsets in the article's text, about 40 characters \`before\` and
\`after\`, the article's \`contentHash\`, \`color\`), then your note on the article as a whole, then
one section per highlight:

    ## Highlight k7d2p1

    > the highlighted passage, exactly as in the article

    Your note on it.

Edit notes freely, even while Dossier runs: each change Dossier makes is applied to the file as it is
then, so your edits are kept. Delete a section to delete its highlight; write a new section (a new
id of 4–24 lowercase letters and digits, and the passage as a quote) to add one: Dossier finds the
passage in the article by its words. When an article changes, highlights are found again the same
way; one that cannot be found is marked \`status: source-changed\` and kept for you to check.
You may rename a file: the \`article\` key says which article it belongs to.
`;

type Change =
  | { kind: 'add'; articleId: string; highlightId: string }
  | { kind: 'delete'; articleId: string; highlight: Highlight }
  | { kind: 'update'; articleId: string; highlightId: string; before: { color: string; note: string }; after: { color: string; note: string } }
  | { kind: 'note'; articleId: string; before: string; after: string };
type Recorded = Change & { changeId: string };

/** What the store needs to know of an article to write its notes file. */
export interface ArticleInfo {
  id: string;
  title: string;
  path: string;
  text: string;
  contentHash: string;
}

interface Loaded {
  file: string;
  notes: ArticleNotes;
  stamp: DiskStamp;
}

const newHighlightId = () => randomBytes(4).toString('hex').replace(/^[0-9]/, 'h').slice(0, 8);

export class NotesStore {
  readonly dir: string;
  private readonly byArticle = new Map<string, Loaded>();
  /** Absolute file -> why it cannot be read (files that are not notes files are not listed). */
  private readonly broken = new Map<string, string>();
  private readonly listeners = new Set<(articleIds: string[]) => void>();
  private undoStack: Recorded[] = [];
  private queue: Promise<unknown> = Promise.resolve();
  private changes = 0;

  private constructor(
    readonly dataDir: string,
    private readonly now: () => Date,
  ) {
    this.dir = path.join(dataDir, NOTES_DIR);
  }

  static async open(dataDir: string, options: { now?: () => Date } = {}): Promise<NotesStore> {
    const store = new NotesStore(dataDir, options.now ?? (() => new Date()));
    await store.reloadAll();
    return store;
  }

  /** Changes whenever any notes may have changed. */
  get revision(): number {
    return this.changes;
  }

  /** Listens for changed notes (made here, by another process or by hand); gets the article ids. */
  onChange(listener: (articleIds: string[]) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** An article's notes as last read (not re-anchored: see reanchor). */
  get(articleId: string): ArticleNotes | undefined {
    return this.byArticle.get(articleId)?.notes;
  }

  /** Every article's notes that hold anything, most recently changed first. */
  all(): ArticleNotes[] {
    return [...this.byArticle.values()]
      .map((l) => l.notes)
      .filter((n) => n.note || n.highlights.length)
      .sort((a, b) => (b.updatedAt ?? '').localeCompare(a.updatedAt ?? '') || a.articleId.localeCompare(b.articleId));
  }

  /** Notes files Dossier cannot read (they are left alone). */
  problems(): string[] {
    return [...this.broken.values()].sort();
  }

  /** Reads the whole folder again. */
  reloadAll(): Promise<string[]> {
    return this.serialize(async () => {
      const names = await fs.readdir(this.dir).catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return [] as string[];
        throw error;
      });
      const files = names.filter((n) => n.endsWith('.md') && !n.startsWith('.') && n !== 'README.md').map((n) => path.join(this.dir, n));
      const changed = new Set<string>();
      for (const known of new Set([...[...this.byArticle.values()].map((l) => l.file), ...this.broken.keys()])) {
        if (!files.includes(known)) for (const id of this.forget(known)) changed.add(id);
      }
      for (const file of files.sort()) for (const id of await this.load(file)) changed.add(id);
      return this.announce([...changed]);
    });
  }

  /** Reads one file again (the watcher saw it change, appear or disappear). */
  reloadFile(file: string): Promise<string[]> {
    return this.serialize(async () => this.announce(await this.load(path.resolve(file))));
  }

  addHighlight(article: ArticleInfo, input: { start: number; end: number; color: HighlightColor; note: string }): Promise<{ changeId: string; notes: ArticleNotes; highlight: Highlight }> {
    const passage = capturePassage(article.text, input.start, input.end);
    if (!passage.quote.trim()) throw new DossierError('invalid-request', 'select some text of the article to highlight it');
    const id = newHighlightId();
    const at = this.now().toISOString();
    return this.change(article, { kind: 'add', articleId: article.id, highlightId: id }, (file) => {
      file.addHighlight({ id, color: input.color, passage, contentHash: article.contentHash, status: 'ok', note: input.note, createdAt: at, updatedAt: at });
    }).then((r) => ({ ...r, highlight: r.notes.highlights.find((h) => h.id === id)! }));
  }

  async updateHighlight(article: ArticleInfo, highlightId: string, patch: { color?: HighlightColor; note?: string }): Promise<{ changeId: string; notes: ArticleNotes }> {
    const current = this.requireHighlight(article.id, highlightId);
    const before = { color: current.color, note: current.note };
    const after = { color: patch.color ?? current.color, note: patch.note ?? current.note };
    const at = this.now().toISOString();
    return this.change(article, { kind: 'update', articleId: article.id, highlightId, before, after }, (file) => {
      if (!file.updateHighlight(highlightId, { ...patch, updatedAt: at })) throw new DossierError('not-found', `there is no highlight ${highlightId} on this article (deleted meanwhile?)`);
    });
  }

  async deleteHighlight(article: ArticleInfo, highlightId: string): Promise<{ changeId: string; notes: ArticleNotes }> {
    const current = this.requireHighlight(article.id, highlightId);
    return this.change(article, { kind: 'delete', articleId: article.id, highlight: current }, (file) => {
      if (!file.removeHighlight(highlightId)) throw new DossierError('not-found', `there is no highlight ${highlightId} on this article (deleted meanwhile?)`);
    });
  }

  setNote(article: ArticleInfo, note: string): Promise<{ changeId: string; notes: ArticleNotes }> {
    const before = this.get(article.id)?.note ?? '';
    return this.change(article, { kind: 'note', articleId: article.id, before, after: note.trim() }, (file) => file.setNote(note));
  }

  /** Undoes the latest change (or the one given); null when there is nothing to undo. */
  undo(changeId: string | undefined, articleOf: (id: string) => Promise<ArticleInfo | undefined>): Promise<{ changeId: string; articleId: string } | null> {
    const index = changeId === undefined ? this.undoStack.length - 1 : this.undoStack.findIndex((r) => r.changeId === changeId);
    const record = this.undoStack[index];
    if (!record) return Promise.resolve(null);
    this.undoStack.splice(index, 1);
    const restore = async () => {
      const article = await articleOf(record.articleId);
      const info = article ?? { id: record.articleId, title: '', path: '', text: '', contentHash: '' };
      const at = this.now().toISOString();
      await this.write(info, (file) => {
        switch (record.kind) {
          case 'add':
            file.removeHighlight(record.highlightId);
            return;
          case 'delete': {
            const h = record.highlight;
            if (!file.highlights().some((x) => x.id === h.id)) file.addHighlight({ ...h, updatedAt: at });
            return;
          }
          case 'update': {
            const now = file.highlights().find((x) => x.id === record.highlightId);
            if (!now) return;
            file.updateHighlight(record.highlightId, {
              color: now.color === record.after.color ? record.before.color : undefined,
              note: now.note === record.after.note ? record.before.note : undefined,
              updatedAt: at,
            });
            return;
          }
          case 'note':
            if (file.note === record.after) file.setNote(record.before);
        }
      });
      return { changeId: record.changeId, articleId: record.articleId };
    };
    return this.serialize(restore);
  }

  /**
   * Finds the article's highlights again when its text changed since they were taken (or when they
   * were written by hand without offsets) and saves what moved. Returns the notes as they are now.
   */
  reanchor(article: ArticleInfo): Promise<ArticleNotes | undefined> {
    return this.serialize(async () => {
      const notes = this.get(article.id);
      if (!notes) return undefined;
      const stale = notes.highlights.filter((h) => h.contentHash !== article.contentHash || (h.status === 'source-changed' && h.contentHash === null));
      if (!stale.length) return notes;
      const found = new Map<string, Highlight>();
      for (const h of stale) {
        const result = reanchor(h.passage, article.text);
        found.set(h.id, {
          ...h,
          passage: result.status === 'source-changed' ? h.passage : result.passage,
          status: result.status,
          contentHash: result.status === 'source-changed' ? h.contentHash : article.contentHash,
        });
      }
      const unchanged = [...found.values()].every((h) => {
        const old = stale.find((s) => s.id === h.id)!;
        return old.status === h.status && old.contentHash === h.contentHash && JSON.stringify(old.passage) === JSON.stringify(h.passage);
      });
      if (unchanged) return notes;
      try {
        await this.write(article, (file) => {
          for (const now of file.highlights()) {
            const next = found.get(now.id);
            // Only highlights nobody changed meanwhile.
            if (next && now.passage.quote === stale.find((s) => s.id === now.id)!.passage.quote) {
              file.updateHighlight(now.id, { passage: next.passage, status: next.status, contentHash: next.contentHash });
            }
          }
        });
      } catch {
        // A file that cannot be written now (busy lock, broken by hand): show the re-anchored view, save next time.
        return { ...notes, highlights: notes.highlights.map((h) => found.get(h.id) ?? h) };
      }
      return this.get(article.id);
    });
  }

  /* ---------- internals ---------- */

  private requireHighlight(articleId: string, highlightId: string): Highlight {
    const found = this.get(articleId)?.highlights.find((h) => h.id === highlightId);
    if (!found) throw new DossierError('not-found', `there is no highlight ${highlightId} on this article`);
    return found;
  }

  private async change(article: ArticleInfo, record: Change, edit: (file: NotesFile) => void): Promise<{ changeId: string; notes: ArticleNotes }> {
    return this.serialize(async () => {
      const notes = await this.write(article, edit);
      const changeId = `note-${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;
      this.undoStack.push({ ...record, changeId });
      if (this.undoStack.length > UNDO_LIMIT) this.undoStack.shift();
      return { changeId, notes };
    });
  }

  /** Applies `edit` to the article's notes file as it is on disk now, under its lock, and reloads it. */
  private async write(article: ArticleInfo, edit: (file: NotesFile) => void): Promise<ArticleNotes> {
    const file = this.byArticle.get(article.id)?.file ?? path.join(this.dir, `${article.id}.md`);
    const name = this.label(file);
    await this.ensureDir();
    try {
      await updateDataFile(file, (current) => {
        const notes = current ? NotesFile.parse(current.text, name) : NotesFile.create(article.id, article);
        if (current && notes.articleId !== article.id) throw new NotesFormatError(`${name} belongs to another article (${notes.articleId ?? 'none named'}); Dossier will not write into it`);
        if (article.title || article.path) notes.describe(article);
        edit(notes);
        return { text: notes.toString(), result: undefined };
      });
    } catch (error) {
      if (error instanceof NotesFormatError) throw new DossierError('invalid-request', error.message);
      throw error;
    }
    this.announce(await this.load(file));
    return this.get(article.id) ?? emptyNotes(article.id);
  }

  /** Reads one file into memory; returns the article ids whose notes changed. */
  private async load(file: string): Promise<string[]> {
    const previous = [...this.byArticle.entries()].find(([, l]) => l.file === file);
    const disk = await readWithStamp(file);
    if (previous && disk && previous[1].stamp.hash === disk.stamp.hash) return [];
    const gone = this.forget(file);
    if (!disk) return gone;
    let parsed: NotesFile;
    try {
      parsed = NotesFile.parse(disk.text, this.label(file));
    } catch (error) {
      if (error instanceof NotesFormatError && !error.foreign) this.broken.set(file, error.message);
      return gone;
    }
    const fromName = /^([0-9a-f]{16}(?:-[0-9]+)?)\.md$/.exec(path.basename(file))?.[1] ?? null;
    const articleId = parsed.articleId ?? fromName;
    if (!articleId) {
      this.broken.set(file, `${this.label(file)} names no article ("article:" in its front matter); it is left alone`);
      return gone;
    }
    const other = this.byArticle.get(articleId);
    if (other && other.file !== file) {
      this.broken.set(file, `${this.label(file)} and ${this.label(other.file)} both hold notes for article ${articleId}; Dossier uses the second and leaves this one alone — merge them by hand`);
      return gone;
    }
    const highlights = parsed.highlights().sort((a, b) => a.passage.start - b.passage.start);
    const notes: ArticleNotes = {
      articleId,
      note: parsed.note,
      highlights,
      updatedAt: new Date(disk.stamp.mtimeMs).toISOString(),
      file: `${NOTES_DIR}/${path.basename(file)}`,
    };
    this.byArticle.set(articleId, { file, notes, stamp: disk.stamp });
    return [...new Set([...gone, articleId])];
  }

  /** Drops what was loaded from `file`; returns the article ids it held. */
  private forget(file: string): string[] {
    this.broken.delete(file);
    const ids: string[] = [];
    for (const [id, l] of this.byArticle) if (l.file === file) ids.push(id);
    for (const id of ids) this.byArticle.delete(id);
    return ids;
  }

  private announce(ids: string[]): string[] {
    if (!ids.length) return ids;
    this.changes++;
    for (const listener of this.listeners) listener(ids);
    return ids;
  }

  private label(file: string): string {
    return `${NOTES_DIR}/${path.basename(file)}`;
  }

  private async ensureDir(): Promise<void> {
    await fs.mkdir(this.dir, { recursive: true });
    const readme = path.join(this.dir, 'README.md');
    if (!(await fs.stat(readme).then(() => true, () => false))) await writeFileAtomic(readme, NOTES_README);
  }

  private serialize<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => {});
    return run;
  }
}

export function emptyNotes(articleId: string): ArticleNotes {
  return { articleId, note: '', highlights: [], updatedAt: null, file: null };
}
