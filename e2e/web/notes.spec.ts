/**
 * Notes and highlights end to end: highlight a passage with a note in the reader, find it with
 * `note:` and with plain words, see it in the Notes view and as a Markdown file, turn it into a
 * timeline event in one step, delete it and undo.
 */
import fs from 'node:fs';
import path from 'node:path';
import { test, expect } from '../fixtures';

const SAMPLE_TITLE = 'Report: China seriously weighing sending lethal weaponry to Russia';
const PASSAGE = 'a formal warning delivered over the weekend in Munich';

test('highlight a passage with a note, search it, see it in the Notes view, make it an event, delete and undo', async ({ library, page, searchPage, readerPage, notesPage, timelinesPage }) => {
  await library.open(page);
  await searchPage.search('Blinken');
  await searchPage.open(SAMPLE_TITLE);
  await expect(readerPage.title).toHaveText(SAMPLE_TITLE);

  // Select a passage: the toolbar offers colours and a note.
  await readerPage.select(PASSAGE);
  await readerPage.selectionToolbar().getByRole('button', { name: 'Highlight with a note' }).click();
  await expect(readerPage.highlightMarks.filter({ hasText: 'Munich' })).toHaveCount(1);
  const noteField = readerPage.highlight(PASSAGE).getByRole('textbox', { name: 'Note on this highlight' });
  await expect(noteField).toBeFocused();
  await readerPage.writeHighlightNote(PASSAGE, 'Who else was in the room? Ask the zebrafish desk.');
  const articleNote = readerPage.notes.getByRole('textbox', { name: 'Note on this article' });
  await articleNote.fill('Compare with the Journal’s own report.');
  await articleNote.press('ControlOrMeta+Enter');

  // Found by note: and by plain words, with the note shown under the result.
  await searchPage.search('note:zebrafish');
  await expect(searchPage.resultCount).toContainText('1 result');
  await expect(searchPage.result(SAMPLE_TITLE)).toContainText('Your note:');
  await searchPage.search('zebrafish desk');
  await expect(searchPage.result(SAMPLE_TITLE)).toBeVisible();
  await searchPage.search('note:"own report"');
  await expect(searchPage.result(SAMPLE_TITLE)).toBeVisible();

  // The Notes view lists it; the notes file is Markdown with front matter, readable anywhere.
  await notesPage.show();
  const item = notesPage.article(SAMPLE_TITLE);
  await expect(item).toContainText('Compare with the Journal’s own report.');
  await expect(item).toContainText(`“${PASSAGE}”`);
  await expect(item).toContainText('Ask the zebrafish desk.');
  const notesDir = path.join(library.dir, '.dossier', 'notes');
  const file = fs.readdirSync(notesDir).find((f) => /^[0-9a-f]{16}\.md$/.test(f))!;
  const markdown = fs.readFileSync(path.join(notesDir, file), 'utf8');
  expect(markdown).toMatch(/^---\ndossier: notes\nversion: 1\narticle: [0-9a-f]{16}\n/);
  expect(markdown).toContain(`> ${PASSAGE}\n\nWho else was in the room? Ask the zebrafish desk.`);

  // Back to the article from the note, then make the highlight an event of a new timeline.
  await item.getByRole('button', { name: `Open at “${PASSAGE}”` }).click();
  await expect(readerPage.title).toHaveText(SAMPLE_TITLE);
  await readerPage.highlight(PASSAGE).getByRole('button', { name: 'Make event' }).click();
  const dialog = page.getByRole('dialog', { name: 'New event from highlight' });
  await expect(dialog.getByRole('textbox', { name: 'Start' })).toHaveValue('2023-02-18');
  await dialog.getByRole('combobox', { name: 'Timeline', exact: true }).selectOption({ label: 'New timeline…' });
  await dialog.getByRole('textbox', { name: 'New timeline name' }).fill('Munich warnings');
  await dialog.getByRole('textbox', { name: 'Title' }).fill('Western officials warn Wang Yi in Munich');
  await dialog.getByRole('button', { name: 'Add event' }).click();
  await expect(searchPage.toast('added to the timeline “Munich warnings”')).toBeVisible();
  await timelinesPage.show();
  await expect(timelinesPage.picker).toContainText('Munich warnings (1)');
  const event = timelinesPage.list.getByRole('listitem', { name: 'Western officials warn Wang Yi in Munich' });
  await expect(event).toBeVisible();
  await searchPage.showLibrary();

  // Delete the highlight (and its note), then undo from the toast.
  await readerPage.highlight(PASSAGE).getByRole('button', { name: 'Delete highlight' }).click();
  await expect(readerPage.highlight(PASSAGE)).toHaveCount(0);
  await expect(readerPage.highlightMarks).toHaveCount(0);
  await searchPage.toast('deleted').getByRole('button', { name: 'Undo' }).click();
  await expect(readerPage.highlight(PASSAGE).getByRole('textbox', { name: 'Note on this highlight' })).toHaveValue('Who else was in the room? Ask the zebrafish desk.');
  await searchPage.search('note:zebrafish');
  await expect(searchPage.resultCount).toContainText('1 result');
});
