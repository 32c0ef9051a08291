import type { Locator, Page } from '@playwright/test';

/** The tag manager view. */
export class TagsPage {
  readonly manager: Locator;

  constructor(readonly page: Page) {
    this.manager = page.getByRole('region', { name: 'Tag manager' });
  }

  async show(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Tags' }).click();
  }

  /** Display form of a tag ("a/b" is shown "a › b"). */
  static display(name: string): string {
    return name.split('/').join(' › ');
  }

  row(name: string): Locator {
    return this.manager.getByRole('row').filter({ has: this.page.getByRole('button', { name: `Rename ${TagsPage.display(name)}`, exact: true }) });
  }

  async rename(from: string, to: string): Promise<void> {
    await this.manager.getByRole('button', { name: `Rename ${TagsPage.display(from)}`, exact: true }).click();
    const input = this.manager.getByRole('combobox', { name: `New name for ${TagsPage.display(from)}` });
    await input.fill(to);
    await input.press('Enter');
  }
}
