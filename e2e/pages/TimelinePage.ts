import { expect, type Locator, type Page } from '@playwright/test';

/** The Timelines view: the toolbar, the review queue (Find events…) and the list of events. */
export class TimelinePage {
  readonly toolbar: Locator;
  readonly queue: Locator;
  readonly events: Locator;

  constructor(readonly page: Page) {
    this.toolbar = page.getByRole('toolbar', { name: 'Timeline' });
    this.queue = page.getByRole('region', { name: 'Review queue' });
    this.events = page.getByRole('list', { name: 'Events by date' });
  }

  async show(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Timelines' }).click();
    await expect(this.toolbar).toBeVisible();
  }

  async create(name: string): Promise<void> {
    await this.page.getByRole('button', { name: 'New timeline' }).click();
    await this.page.getByRole('textbox', { name: 'New timeline name' }).fill(name);
    await this.page.getByRole('button', { name: 'Create', exact: true }).click();
    await expect(this.page.getByRole('combobox', { name: 'Timeline' })).toContainText(name);
  }

  /** Opens the review queue and loads the candidates of a saved search. */
  async findFromSavedSearch(name: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Find events…' }).click();
    const select = this.queue.getByRole('combobox', { name: 'Saved search to take events from' });
    // Options read "Name (count)": the count is the saved search's live count.
    const option = select.locator('option', { hasText: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(\\d+\\)$`) });
    await select.selectOption((await option.getAttribute('value'))!);
    await this.queue.getByRole('button', { name: 'Find candidates from it' }).click();
    await expect(this.queue.getByRole('status')).toContainText(/candidate events? from \d+ articles?/);
  }

  async acceptAllNew(): Promise<void> {
    await this.queue.getByRole('button', { name: 'Select all new' }).click();
    await this.queue.getByRole('button', { name: /^Accept selected/ }).click();
    await expect(this.queue.getByRole('status')).toContainText(/^Accepted/);
  }
}
