import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { NotesFile, NotesFormatError } from './format';

const ID = '0123456789abcdef';
const info = { title: 'Ministers meet in Oslo', path: 'news/oslo.txt' };
const passage = (start: number, quote: string) => ({ start, end: start + quote.length, quote, before: 'text before ', after: ' text after' });

function sample(): NotesFile {
  const file = NotesFile.create(ID, info);
  file.setNote('Check the second source.');
  file.addHighlight({ id: 'bbbb2222', color: 'green', passage: passage(120, 'a later passage'), contentHash: 'h1', status: 'ok', note: 'Later.', createdAt: 't1', updatedAt: 't1' });
  file.addHighlight({ id: 'aaaa1111', color: 'yellow', passage: passage(10, 'first line\n\nsecond paragraph'), contentHash: 'h1', status: 'ok', note: 'Earlier, **bold**.', createdAt: 't2', updatedAt: 't2' });
  return file;
}

describe('the notes file', () => {
  it('is Markdown with front matter: the article note, then one section per highlight in text order', () => {
    const text = sample().toString();
    expect(text.startsWith('---\ndossier: notes\nversion: 1\narticle: 0123456789abcdef\n')).toBe(true);
    const body = text.slice(text.indexOf('\n---\n') + 5);
    expect(body).toBe(
      '# Ministers meet in Oslo\n\nCheck the second source.\n\n' +
        '## Highlight aaaa1111\n\n> first line\n>\n> second paragraph\n\nEarlier, **bold**.\n\n' +
        '## Highlight bbbb2222\n\n> a later passage\n\nLater.\n',
    );
    const front = parseYaml(text.split('---\n')[1]!) as { aliases: string[]; highlights: { id: string; start: number; color: string }[] };
    expect(front.aliases).toEqual(['Ministers meet in Oslo']);
    expect(front.highlights.map((h) => [h.id, h.start, h.color])).toEqual([
      ['aaaa1111', 10, 'yellow'],
      ['bbbb2222', 120, 'green'],
    ]);
  });

  it('reads back what it wrote, and writes it again unchanged', () => {
    const text = sample().toString();
    const again = NotesFile.parse(text, 'x.md');
    expect(again.articleId).toBe(ID);
    expect(again.note).toBe('Check the second source.');
    expect(again.highlights()).toEqual([
      { id: 'aaaa1111', color: 'yellow', passage: passage(10, 'first line\n\nsecond paragraph'), status: 'ok', contentHash: 'h1', note: 'Earlier, **bold**.', createdAt: 't2', updatedAt: 't2' },
      { id: 'bbbb2222', color: 'green', passage: passage(120, 'a later passage'), status: 'ok', contentHash: 'h1', note: 'Later.', createdAt: 't1', updatedAt: 't1' },
    ]);
    expect(again.toString()).toBe(text);
  });

  it('keeps hand edits (comments, unknown keys, the user’s formatting) when Dossier changes another part', () => {
    const edited = sample()
      .toString()
      .replace('version: 1\n', 'version: 1\n# my comment\nproject: oslo-talks\n')
      .replace('    color: green\n', '    color: green\n    mine: keep me\n')
      .replace('Earlier, **bold**.', 'Earlier, **bold**.\n\n- a list I wrote\n- in Obsidian');
    const file = NotesFile.parse(edited, 'x.md');
    file.updateHighlight('bbbb2222', { note: 'Later, changed in Dossier.' });
    const out = file.toString();
    expect(out).toContain('# my comment\nproject: oslo-talks\n');
    expect(out).toContain('    mine: keep me\n');
    expect(out).toContain('Earlier, **bold**.\n\n- a list I wrote\n- in Obsidian\n\n## Highlight bbbb2222');
    expect(out).toContain('> a later passage\n\nLater, changed in Dossier.\n');
    expect(NotesFile.parse(out, 'x.md').highlights()[0]!.note).toBe('Earlier, **bold**.\n\n- a list I wrote\n- in Obsidian');
  });

  it('treats a section deleted by hand as a deleted highlight, and one written by hand as a new one to find', () => {
    const text = sample().toString();
    const withoutFirst = text.replace(/## Highlight aaaa1111[\s\S]*?(?=## Highlight bbbb2222)/, '');
    const handWritten = withoutFirst + '\n## Highlight cafe0001\n\n> words I copied from the article\n\nMy own highlight.\n';
    const file = NotesFile.parse(handWritten, 'x.md');
    expect(file.highlights().map((h) => [h.id, h.status, h.passage.quote, h.note])).toEqual([
      ['bbbb2222', 'ok', 'a later passage', 'Later.'],
      ['cafe0001', 'source-changed', 'words I copied from the article', 'My own highlight.'],
    ]);
    const front = parseYaml(file.toString().split('---\n')[1]!) as { highlights: { id: string }[] };
    expect(front.highlights.map((h) => h.id)).toEqual(['bbbb2222']); // the orphan entry is gone
  });

  it('removes and restores a highlight; notes that look like section headings cannot break the file', () => {
    const file = sample();
    const removed = file.removeHighlight('aaaa1111')!;
    expect(file.highlights().map((h) => h.id)).toEqual(['bbbb2222']);
    file.addHighlight({ ...removed, note: 'Back.\n## Highlight zzzz9999\nnot a section' });
    const again = NotesFile.parse(file.toString(), 'x.md');
    expect(again.highlights().map((h) => h.id)).toEqual(['aaaa1111', 'bbbb2222']);
    expect(again.highlights()[0]!.note).toContain('not a section');
  });

  it('sets and clears the article note, keeping the title line', () => {
    const file = sample();
    file.setNote('');
    expect(NotesFile.parse(file.toString(), 'x.md').note).toBe('');
    expect(file.toString()).toContain('---\n# Ministers meet in Oslo\n\n## Highlight aaaa1111');
    file.setNote('New note.');
    expect(NotesFile.parse(file.toString(), 'x.md').note).toBe('New note.');
  });

  it('refuses what it cannot read, and tells a foreign Markdown note from a broken notes file', () => {
    expect(() => NotesFile.parse('# Just my own note\n', 'mine.md')).toThrow(expect.objectContaining({ foreign: true }));
    expect(() => NotesFile.parse('---\ntitle: Mine\n---\ntext\n', 'mine.md')).toThrow(expect.objectContaining({ foreign: true }));
    expect(() => NotesFile.parse('---\ndossier: notes\nversion: 1\nhighlights: [\n---\n', 'bad.md')).toThrow(NotesFormatError);
    expect(() => NotesFile.parse('---\ndossier: notes\nversion: 1\nhighlights: [\n---\n', 'bad.md')).toThrow(/not valid YAML/);
    expect(() => NotesFile.parse('---\ndossier: notes\nversion: 9\n---\n', 'new.md')).toThrow(/version 9/);
  });

  it('adds the article’s new title to the aliases without dropping the user’s own', () => {
    const file = NotesFile.parse(sample().toString().replace('aliases:\n  - Ministers meet in Oslo\n', 'aliases:\n  - Ministers meet in Oslo\n  - Oslo talks\n'), 'x.md');
    file.describe({ title: 'Ministers meet in Oslo on Friday', path: 'news/oslo.txt' });
    const front = parseYaml(file.toString().split('---\n')[1]!) as { title: string; aliases: string[] };
    expect(front.title).toBe('Ministers meet in Oslo on Friday');
    expect(front.aliases).toEqual(['Ministers meet in Oslo', 'Oslo talks', 'Ministers meet in Oslo on Friday']);
  });
});
