import { expect, type Download, type Locator, type Page } from '@playwright/test';

/** The Timelines view: the timeline picker, the review queue, the chart, the list of events and their details. */
export class TimelinePage {
  readonly toolbar: Locator;
  readonly picker: Locator;
  readonly queue: Locator;
  readonly list: Locator;
  readonly chart: Locator;

  constructor(readonly page: Page) {
    this.toolbar = page.getByRole('toolbar', { name: 'Timeline' });
    this.picker = page.getByRole('combobox', { name: 'Timeline', exact: true });
    this.queue = page.getByRole('region', { name: 'Review queue' });
    this.list = page.getByRole('list', { name: 'Events by date' });
    this.chart = page.getByRole('application', { name: /Timeline chart/ });
  }

  async show(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Timelines' }).click();
    await expect(this.toolbar).toBeVisible();
  }

  async create(name: string): Promise<void> {
    await this.page.getByRole('button', { name: 'New timeline' }).click();
    await this.page.getByRole('textbox', { name: 'New timeline name' }).fill(name);
    await this.page.getByRole('button', { name: 'Create', exact: true }).click();
    await expect(this.picker).toContainText(name);
  }

  /** Opens "Find events…" and loads the candidates of a search. */
  async findCandidates(query: string): Promise<void> {
    await this.page.getByRole('button', { name: /^Find events/ }).click();
    await this.queue.getByRole('textbox', { name: /search query/ }).fill(query);
    await this.queue.getByRole('button', { name: 'Find candidates' }).click();
    await expect(this.queue.getByRole('status')).toContainText(/candidate events? from/);
  }

  candidate(title: string | RegExp): Locator {
    return this.queue.getByRole('listitem', { name: typeof title === 'string' ? `Candidate: ${title}` : title });
  }

  candidateBoxes(): Locator {
    return this.queue.getByRole('checkbox', { name: /^Select candidate / });
  }

  event(title: string | RegExp): Locator {
    return this.list.getByRole('listitem', { name: title });
  }

  /** The details of the selected event. */
  eventDetails(): Locator {
    return this.page.getByRole('article', { name: /^Event: / });
  }

  async export(label: 'TimelineJS' | 'CSV' | 'Markdown' | 'HTML'): Promise<{ download: Download; text: string }> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.getByRole('button', { name: `Export ${label}` }).click()]);
    const file = await download.path();
    const { readFileSync } = await import('node:fs');
    return { download, text: readFileSync(file!, 'utf8') };
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
