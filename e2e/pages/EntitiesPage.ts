import { expect, type Locator, type Page } from '@playwright/test';

/** The Entities view: the people, organisations and places of the library, and one entity's page. */
export class EntitiesPage {
  readonly list: Locator;
  readonly filter: Locator;
  readonly entityPage: Locator;

  constructor(readonly page: Page) {
    this.list = page.getByRole('listbox', { name: 'People, organisations and places' });
    this.filter = page.getByRole('searchbox', { name: 'Filter entities by name' });
    this.entityPage = page.getByRole('region', { name: 'Entity' });
  }

  async show(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Entities' }).click();
    await expect(this.list).toBeVisible();
  }

  kind(label: 'All' | 'People' | 'Organisations' | 'Places'): Locator {
    return this.page.getByRole('radiogroup', { name: 'Kind' }).getByRole('radio', { name: label });
  }

  /** An entity's row: "Myanmar, place: 2 articles". */
  entity(name: string, kind: 'person' | 'organisation' | 'place'): Locator {
    return this.list.getByRole('option', { name: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, ${kind}: \\d+ articles?$`) });
  }

  /** A section of the open entity's page ("Articles", "Quotes by …", "Quotes about …", "Timeline events"). */
  section(name: string | RegExp): Locator {
    return this.entityPage.getByRole('region', { name });
  }
}
