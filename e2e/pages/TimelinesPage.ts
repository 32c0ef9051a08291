import { expect, type Locator, type Page } from '@playwright/test';
import fs from 'node:fs';

/** The Timelines view: the chosen timeline, its events, exports. */
export class TimelinesPage {
  readonly toolbar: Locator;
  readonly picker: Locator;
  readonly events: Locator;

  constructor(readonly page: Page) {
    this.toolbar = page.getByRole('toolbar', { name: 'Timeline' });
    this.picker = page.getByRole('combobox', { name: 'Timeline', exact: true });
    this.events = page.getByRole('list', { name: 'Events by date' });
  }

  async show(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Timelines' }).click();
    await expect(this.toolbar).toBeVisible();
  }

  /** Exports the current timeline and returns the downloaded file's text. */
  async export(label: 'TimelineJS' | 'CSV' | 'Markdown' | 'HTML'): Promise<string> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.getByRole('button', { name: `Export ${label}` }).click()]);
    return fs.readFileSync((await download.path())!, 'utf8');
  }
}
