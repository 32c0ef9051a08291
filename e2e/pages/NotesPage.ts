import type { Locator, Page } from '@playwright/test';

/** The Notes view: every note and highlight of the library. */
export class NotesPage {
  readonly list: Locator;
  readonly filter: Locator;

  constructor(readonly page: Page) {
    this.list = page.getByRole('list', { name: 'Notes by article' });
    this.filter = page.getByRole('textbox', { name: 'Filter notes' });
  }

  async show(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Notes' }).click();
  }

  article(title: string | RegExp): Locator {
    return this.list.getByRole('listitem').filter({ has: this.page.getByRole('heading', { name: title }) });
  }
}
