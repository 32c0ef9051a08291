import { expect, type Locator, type Page, type FrameLocator } from '@playwright/test';

/** The reader pane: metadata header (and the details form), tags, notes and highlights, article body or sandboxed HTML frame. */
export class ReaderPage {
  readonly reader: Locator;
  readonly title: Locator;
  readonly byline: Locator;
  readonly body: Locator;
  readonly addTag: Locator;
  readonly hitMarks: Locator;
  readonly frame: Locator;
  readonly openOriginal: Locator;
  readonly pageMarkers: Locator;
  readonly detailsForm: Locator;
  readonly corrections: Locator;
  readonly notes: Locator;
  readonly highlightMarks: Locator;

  constructor(readonly page: Page) {
    this.reader = page.getByRole('article', { name: 'Reader' });
    this.title = this.reader.getByRole('heading', { level: 2 });
    this.byline = this.reader.locator('.byline');
    this.body = this.reader.locator('.reader-body');
    this.addTag = this.reader.getByRole('combobox', { name: 'Add tag' });
    this.hitMarks = this.body.locator('mark.mark-hit');
    this.frame = this.reader.locator('iframe.article-frame');
    this.openOriginal = this.reader.getByRole('button', { name: 'Open original' });
    this.pageMarkers = this.body.locator('.page-marker');
    this.detailsForm = this.reader.getByRole('form', { name: 'Edit details' });
    this.corrections = this.reader.getByLabel('Corrected details');
    this.notes = this.reader.getByRole('region', { name: 'Notes and highlights' });
    this.highlightMarks = this.body.locator('[data-highlight]');
  }

  frameContent(): FrameLocator {
    return this.reader.frameLocator('iframe.article-frame');
  }

  tag(name: string): Locator {
    return this.reader.getByRole('group', { name: 'Tags' }).locator(`[data-tag="${name}"]`);
  }

  async addTagNamed(name: string): Promise<void> {
    await this.addTag.fill(name);
    await this.addTag.press('Enter');
  }

  /* ---------- metadata ---------- */

  async openDetails(): Promise<void> {
    await this.reader.getByRole('button', { name: 'Edit details' }).click();
    await expect(this.detailsForm).toBeVisible();
  }

  detail(label: 'Title' | 'Authors' | 'Publisher' | 'URL' | 'Precision' | 'Date'): Locator {
    return this.detailsForm.getByLabel(label, { exact: false }).first();
  }

  /** Fills the given fields of the details form (the date as YYYY-MM-DD, a day) and saves it with the keyboard. */
  async correct(fields: { title?: string; authors?: string; publisher?: string; date?: string; url?: string }): Promise<void> {
    await this.openDetails();
    if (fields.title !== undefined) await this.detailsForm.getByRole('textbox', { name: 'Title' }).fill(fields.title);
    if (fields.authors !== undefined) await this.detailsForm.getByRole('textbox', { name: /^Authors/ }).fill(fields.authors);
    if (fields.publisher !== undefined) await this.detailsForm.getByRole('textbox', { name: /^Publisher/ }).fill(fields.publisher);
    if (fields.url !== undefined) await this.detailsForm.getByRole('textbox', { name: 'URL' }).fill(fields.url);
    if (fields.date !== undefined) {
      await this.detailsForm.getByRole('combobox', { name: 'Precision' }).selectOption('day');
      await this.detailsForm.getByLabel('Date', { exact: true }).fill(fields.date);
    }
    await this.detailsForm.getByRole('textbox', { name: 'Title' }).press('Enter');
    await expect(this.detailsForm).toHaveCount(0);
  }

  /* ---------- notes and highlights ---------- */

  /** Selects `phrase` in the article's text, as a user dragging over it would (it must lie in one piece of text). */
  async select(phrase: string): Promise<void> {
    await this.body.evaluate((body, wanted) => {
      const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(wanted);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + wanted.length);
        const selection = getSelection()!;
        selection.removeAllRanges();
        selection.addRange(range);
        return;
      }
      throw new Error(`"${wanted}" is not in one piece of the text`);
    }, phrase);
  }

  selectionToolbar(): Locator {
    return this.page.getByRole('toolbar', { name: 'Highlight the selection' });
  }

  highlight(quote: string | RegExp): Locator {
    return this.notes.getByRole('listitem').filter({ hasText: quote });
  }

  /** Writes a note on a highlight and leaves the field (which saves it). */
  async writeHighlightNote(quote: string | RegExp, note: string): Promise<void> {
    const field = this.highlight(quote).getByRole('textbox', { name: 'Note on this highlight' });
    await field.fill(note);
    await field.press('ControlOrMeta+Enter');
    await expect(this.highlight(quote).getByText('Saved')).toBeVisible();
  }
}
