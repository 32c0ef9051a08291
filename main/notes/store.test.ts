import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempFolder, waitFor } from '../library/test-support';
import { NotesFile } from './format';
import { NotesStore, type ArticleInfo } from './store';

let folder: ReturnType<typeof tempFolder> | undefined;
afterEach(() => folder?.cleanup());

const TEXT = 'Ministers met in Oslo on Friday. They agreed to resume the talks next month, a spokesman said. Critics called the plan vague.';
const article = (text = TEXT, contentHash = 'a'.repeat(64)): ArticleInfo => ({ id: '0123456789abcdef', title: 'Ministers meet', path: 'news/oslo.txt', text, contentHash });
const span = (text: string, words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });
const noteFile = (dir: string) => path.join(dir, 'notes', '0123456789abcdef.md');

describe('NotesStore', () => {
  it('highlights, notes, deletes and undoes, one Markdown file per article', async () => {
    folder = tempFolder();
    const store = await NotesStore.open(folder.dir);
    const changed: string[][] = [];
    store.onChange((ids) => changed.push(ids));
    const { highlight, changeId: added } = await store.addHighlight(article(), { ...span(TEXT, 'resume the talks'), color: 'green', note: 'Which talks?' });
    expect(highlight).toMatchObject({ color: 'green', note: 'Which talks?', status: 'ok', passage: { quote: 'resume the talks', before: expect.stringContaining('They agreed to ') } });
    await store.setNote(article(), 'Compare with the Reuters story.');
    await store.updateHighlight(article(), highlight.id, { note: 'Which talks? The 2021 round.' });
    const text = readFileSync(noteFile(folder.dir), 'utf8');
    expect(text).toContain('Compare with the Reuters story.');
    expect(text).toContain(`## Highlight ${highlight.id}\n\n> resume the talks\n\nWhich talks? The 2021 round.`);
    expect(changed.flat().every((id) => id === '0123456789abcdef')).toBe(true);

    const deleted = await store.deleteHighlight(article(), highlight.id);
    expect(deleted.notes.highlights).toEqual([]);
    expect(readFileSync(noteFile(folder.dir), 'utf8')).not.toContain('resume the talks');
    await store.undo(deleted.changeId, async () => article());
    expect(store.get('0123456789abcdef')!.highlights).toMatchObject([{ id: highlight.id, note: 'Which talks? The 2021 round.', color: 'green' }]);
    await store.undo(undefined, async () => article()); // the note edit
    expect(store.get('0123456789abcdef')!.highlights[0]!.note).toBe('Which talks?');
    await store.undo(undefined, async () => article()); // the article note
    expect(store.get('0123456789abcdef')!.note).toBe('');
    await store.undo(added, async () => article());
    expect(store.get('0123456789abcdef')).toMatchObject({ highlights: [] });
    expect(store.all()).toEqual([]);
  });

  it('keeps what was written in the file by hand meanwhile (Obsidian), and reloads it when told', async () => {
    folder = tempFolder();
    const store = await NotesStore.open(folder.dir);
    const { highlight } = await store.addHighlight(article(), { ...span(TEXT, 'Oslo'), color: 'yellow', note: 'Where?' });
    // The user edits the note of the highlight and the article note in an editor.
    const file = noteFile(folder.dir);
    writeFileSync(file, readFileSync(file, 'utf8').replace('Where?', 'Where? In the old city hall.').replace('# Ministers meet\n', '# Ministers meet\n\nMy own words.\n'));
    expect(await store.reloadFile(file)).toEqual(['0123456789abcdef']);
    expect(store.get('0123456789abcdef')).toMatchObject({ note: 'My own words.', highlights: [{ note: 'Where? In the old city hall.' }] });
    // Dossier adds a highlight: the hand edits stay.
    await store.addHighlight(article(), { ...span(TEXT, 'vague'), color: 'pink', note: '' });
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('My own words.');
    expect(text).toContain('Where? In the old city hall.');
    expect(store.get('0123456789abcdef')!.highlights.map((h) => h.passage.quote)).toEqual(['Oslo', 'vague']);
    expect(highlight.id).toMatch(/^[a-z0-9]{4,24}$/);
  });

  it('finds highlights again by their words when the article changes, and says when it cannot', async () => {
    folder = tempFolder();
    const store = await NotesStore.open(folder.dir);
    await store.addHighlight(article(), { ...span(TEXT, 'agreed to resume the talks next month'), color: 'yellow', note: '' });
    await store.addHighlight(article(), { ...span(TEXT, 'Critics called the plan vague.'), color: 'blue', note: '' });
    const edited = 'UPDATED: ' + TEXT.replace('Critics called the plan vague.', 'Critics were not convinced.');
    const notes = (await store.reanchor(article(edited, 'b'.repeat(64))))!;
    const [moved, lost] = notes.highlights;
    expect(moved).toMatchObject({ status: 'moved', contentHash: 'b'.repeat(64), passage: { start: edited.indexOf('agreed'), quote: 'agreed to resume the talks next month' } });
    expect(lost).toMatchObject({ status: 'source-changed', contentHash: 'a'.repeat(64), passage: { quote: 'Critics called the plan vague.' } });
    // Saved: a new store reading the file sees the same.
    const again = await NotesStore.open(folder.dir);
    expect(again.get('0123456789abcdef')!.highlights.map((h) => h.status)).toEqual(['moved', 'source-changed']);
  });

  it('turns a section written by hand into a highlight found by its quote; a renamed file keeps working', async () => {
    folder = tempFolder();
    const store = await NotesStore.open(folder.dir);
    await store.setNote(article(), 'Start.');
    const file = noteFile(folder.dir);
    writeFileSync(file, readFileSync(file, 'utf8') + '\n## Highlight hand0001\n\n> a spokesman said\n\nAnonymous source.\n');
    const renamed = path.join(folder.dir, 'notes', 'Ministers meet (Oslo).md');
    renameSync(file, renamed);
    await store.reloadAll();
    const notes = (await store.reanchor(article()))!;
    expect(notes.highlights).toMatchObject([{ id: 'hand0001', status: 'moved', passage: { ...span(TEXT, 'a spokesman said'), quote: 'a spokesman said' }, note: 'Anonymous source.' }]);
    expect(notes.file).toBe('notes/Ministers meet (Oslo).md');
    await store.setNote(article(), 'Start, then more.');
    expect(readdirSync(path.join(folder.dir, 'notes')).sort()).toEqual(['Ministers meet (Oslo).md', 'README.md']);
    expect(NotesFile.parse(readFileSync(renamed, 'utf8'), 'x').note).toBe('Start, then more.');
  });

  it('leaves alone a notes file it cannot read, and Markdown notes of the user’s own', async () => {
    folder = tempFolder();
    folder.write('notes/0123456789abcdef.md', '---\ndossier: notes\nversion: 1\nhighlights: [\n---\n');
    folder.write('notes/my ideas.md', '# Ideas\n\nnot Dossier’s\n');
    const store = await NotesStore.open(folder.dir);
    expect(store.problems()).toEqual([expect.stringMatching(/0123456789abcdef\.md: its front matter is not valid YAML/)]);
    await expect(store.setNote(article(), 'x')).rejects.toThrow(/will not overwrite it/);
    expect(readFileSync(noteFile(folder.dir), 'utf8')).toBe('---\ndossier: notes\nversion: 1\nhighlights: [\n---\n');
  });
});

const WRITER = path.join(import.meta.dirname, 'testdata', 'notes-writer.ts');

/** Runs the notes writer in its own Node process; `killAfter` acknowledged highlights, kill -9 it. */
function writer(dataDir: string, textFile: string, prefix: string, count: number | 'forever', killAfter?: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WRITER, dataDir, '0123456789abcdef', textFile, prefix, String(count)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    const acknowledged = () => out.split('\n').slice(0, -1);
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
      if (killAfter !== undefined && acknowledged().length >= killAfter) child.kill('SIGKILL');
    });
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.on('exit', (code, signal) => (code === 0 || signal === 'SIGKILL' ? resolve(acknowledged()) : reject(new Error(`notes writer exited ${code}: ${err}`))));
  });
}

describe('notes with several processes, and a kill -9', () => {
  it('keeps every acknowledged highlight of two processes writing the same file at once', async () => {
    folder = tempFolder();
    const textFile = folder.write('story.txt', TEXT);
    const [one, two] = await Promise.all([writer(folder.dir, textFile, 'one', 25), writer(folder.dir, textFile, 'two', 25)]);
    const saved = NotesFile.parse(readFileSync(noteFile(folder.dir), 'utf8'), 'x').highlights();
    const lines = new Set(saved.map((h) => `${h.id} ${h.note}`));
    expect(one.length + two.length).toBe(50);
    expect([...one, ...two].filter((line) => !lines.has(line))).toEqual([]);
  }, 60_000);

  it('loses nothing acknowledged and leaves a readable file when a writer is killed mid-write', async () => {
    folder = tempFolder();
    const textFile = folder.write('story.txt', TEXT);
    for (let round = 0; round < 2; round++) {
      const acknowledged = await writer(folder.dir, textFile, `round${round}`, 'forever', 8 + round * 5);
      const text = readFileSync(noteFile(folder.dir), 'utf8');
      const saved = new Set(NotesFile.parse(text, 'x').highlights().map((h) => `${h.id} ${h.note}`));
      expect(acknowledged.filter((line) => !saved.has(line))).toEqual([]);
    }
    // No temporary file left where a reader would take it for a note, and the lock of the dead writer is taken over.
    expect(readdirSync(path.join(folder.dir, 'notes')).filter((n) => n.endsWith('.md')).sort()).toEqual(['0123456789abcdef.md', 'README.md']);
    const store = await NotesStore.open(folder.dir);
    await waitFor('the lock of the killed writer to be taken over', async () => (await store.setNote(article(), 'after the crash')).notes.note === 'after the crash');
  }, 90_000);
});
