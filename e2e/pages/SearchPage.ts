import { expect, type Locator, type Page } from '@playwright/test';

/** The library view: search box, saved searches, facets, results list, bulk actions. */
export class SearchPage {
  readonly searchBox: Locator;
  readonly results: Locator;
  readonly resultCount: Locator;
  readonly filters: Locator;
  readonly bulkTagInput: Locator;
  readonly suggestions: Locator;
  readonly savedSearches: Locator;

  constructor(readonly page: Page) {
    this.searchBox = page.getByRole('combobox', { name: 'Search' });
    this.results = page.getByRole('listbox', { name: 'Results' });
    this.resultCount = page.locator('.result-count');
    this.filters = page.getByRole('navigation', { name: 'Filters' });
    this.bulkTagInput = page.getByRole('combobox', { name: 'Add tag to selected' });
    this.suggestions = page.getByRole('listbox', { name: 'Suggestions' });
    this.savedSearches = page.getByRole('region', { name: 'Saved searches' });
  }

  async showLibrary(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Library' }).click();
  }

  /** Types a query and waits until the results answer it. */
  async search(query: string): Promise<void> {
    await this.searchBox.fill(query);
    await this.searchBox.press('Enter');
    await expect(this.results).toHaveAttribute('data-answered', new RegExp(`^[a-z-]+:${query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
    await expect(this.results).toHaveAttribute('aria-busy', 'false');
  }

  result(title: string | RegExp): Locator {
    return this.results.getByRole('option', { name: title });
  }

  rows(): Locator {
    return this.results.getByRole('option');
  }

  async open(title: string | RegExp): Promise<void> {
    await this.result(title).click();
  }

  /** Select a result without opening it (its checkbox). */
  async select(title: string): Promise<void> {
    await this.results.getByRole('checkbox', { name: `Select ${title}` }).check();
  }

  /** Types a query without pressing Enter: what the search as you type shows. */
  async type(text: string): Promise<void> {
    await this.searchBox.fill('');
    await this.searchBox.pressSequentially(text, { delay: 40 });
  }

  /** Waits until the shown results answer `query` exactly as sent (e.g. `airb*` while "airb" is typed). */
  async answered(query: string): Promise<void> {
    await expect(this.results).toHaveAttribute('data-answered', new RegExp(`^[a-z-]+:${query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
    await expect(this.results).toHaveAttribute('aria-busy', 'false');
  }

  /** Saves the current query under `name` (the sidebar's "Save search"). */
  async saveSearch(name: string): Promise<void> {
    await this.savedSearches.getByRole('button', { name: 'Save search' }).click();
    const input = this.savedSearches.getByRole('textbox', { name: 'Name of the saved search' });
    await input.fill(name);
    await input.press('Enter');
    await expect(this.savedSearch(name)).toBeVisible();
  }

  /** A saved search's button in the sidebar (its accessible name ends with its count). */
  savedSearch(name: string): Locator {
    return this.savedSearches.getByRole('button', { name: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `) });
  }

  facet(group: 'Source' | 'Year' | 'Tag' | 'Person' | 'Organisation' | 'Place', value: string | RegExp): Locator {
    const name = typeof value === 'string' ? new RegExp(`^${group} ${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: \\d+$`) : value;
    return this.filters.getByRole('button', { name });
  }

  /** The total count shown above the results. */
  async total(): Promise<number> {
    const text = (await this.resultCount.textContent()) ?? '';
    const m = /([\d,]+) results?/.exec(text);
    if (!m) throw new Error(`no result count in "${text}"`);
    return Number(m[1]!.replace(/,/g, ''));
  }

  async tagSelected(tag: string): Promise<void> {
    await this.bulkTagInput.fill(tag);
    await this.bulkTagInput.press('Enter');
  }

  /** The message area (role=status) where "Undo" toasts appear. */
  toast(text: string | RegExp): Locator {
    return this.page.getByRole('status').locator('.toast', { hasText: text });
  }
}
