import type { Locator, Page, FrameLocator } from '@playwright/test';

/** The reader pane: metadata header, tags, article body or sandboxed HTML frame. */
export class ReaderPage {
  readonly reader: Locator;
  readonly title: Locator;
  readonly body: Locator;
  readonly addTag: Locator;
  readonly hitMarks: Locator;
  readonly frame: Locator;
  readonly openOriginal: Locator;
  readonly pageMarkers: Locator;

  constructor(readonly page: Page) {
    this.reader = page.getByRole('article', { name: 'Reader' });
    this.title = this.reader.getByRole('heading', { level: 2 });
    this.body = this.reader.locator('.reader-body');
    this.addTag = this.reader.getByRole('combobox', { name: 'Add tag' });
    this.hitMarks = this.body.locator('mark.mark-hit');
    this.frame = this.reader.locator('iframe.article-frame');
    this.openOriginal = this.reader.getByRole('button', { name: 'Open original' });
    this.pageMarkers = this.body.locator('.page-marker');
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
}
