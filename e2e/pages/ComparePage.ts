import type { Locator, Page } from '@playwright/test';

/** The compare view: two or three columns with shared passages highlighted. */
export class ComparePage {
  readonly view: Locator;
  readonly columns: Locator;

  constructor(readonly page: Page) {
    this.view = page.getByRole('region', { name: 'Compare' });
    this.columns = this.view.getByRole('region', { name: /^Column \d/ });
  }

  async show(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: /^Compare/ }).click();
  }

  column(index: number): Locator {
    return this.view.getByRole('region', { name: new RegExp(`^Column ${index + 1}:`) });
  }

  shared(index: number): Locator {
    return this.column(index).locator('a.mark-shared');
  }
}
