import type { Locator, Page } from '@playwright/test';

/** The Contacts view, found by role and accessible name ("Add contact", "Import contacts"…). */
export class ContactsPage {
  readonly list: Locator;
  readonly importReport: Locator;

  constructor(readonly page: Page) {
    this.list = page.getByRole('list', { name: 'Contacts', exact: true });
    this.importReport = page.getByRole('status').filter({ hasText: 'Imported' });
  }

  async open(): Promise<void> {
    await this.page
      .getByRole('navigation')
      .getByRole('button', { name: /^Contacts/ })
      .click();
  }

  /** Imports a file as a user does: Import contacts, then the file chooser. */
  async importFile(path: string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: 'Import contacts', exact: true }).click();
    await (await chooser).setFiles(path);
  }

  contact(name: string | RegExp): Locator {
    return this.list.getByRole('listitem').filter({ hasText: name }).first();
  }
}
