import { readFile } from 'node:fs/promises';
import { expect, type Locator, type Page } from '@playwright/test';
import Papa from 'papaparse';

/** The history view: its filters, the list, Export history and Clear history, by role and name. */
export class HistoryPage {
  readonly list: Locator;
  readonly entries: Locator;

  constructor(readonly page: Page) {
    this.list = page.getByRole('list', { name: 'Call history' });
    this.entries = this.list.getByRole('listitem');
  }

  async open(): Promise<void> {
    await this.page
      .getByRole('navigation')
      .getByRole('button', { name: /^History/ })
      .click();
    await expect(this.page.getByLabel('Search calls')).toBeVisible();
  }

  /** Picks an option of the Line or Outcome select by its visible label. */
  async filter(select: 'Line' | 'Outcome', option: string): Promise<void> {
    await this.page.getByLabel(select, { exact: true }).selectOption({ label: option });
  }

  async setDates(from: string, to: string): Promise<void> {
    await this.page.getByLabel('From', { exact: true }).fill(from);
    await this.page.getByLabel('To', { exact: true }).fill(to);
  }

  /** Export history, the browser's download read back as CSV rows (header first, BOM removed). */
  async exportRows(): Promise<string[][]> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: 'Export history', exact: true }).click();
    const file = await (await download).path();
    const text = await readFile(file, 'utf8');
    expect(text.charCodeAt(0), 'UTF-8 byte-order mark').toBe(0xfeff);
    const parsed = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    return parsed.data;
  }

  deleteButton(party: string): Locator {
    return this.list.getByRole('button', { name: new RegExp(`^Delete call with ${party} at `) });
  }

  clearDialog(): Locator {
    return this.page.getByRole('alertdialog', { name: 'Clear the call history?' });
  }

  async clearAll(answer: 'Clear' | 'Cancel'): Promise<void> {
    await this.page.getByRole('button', { name: 'Clear history', exact: true }).click();
    await expect(this.clearDialog()).toBeVisible();
    await this.clearDialog().getByRole('button', { name: answer, exact: true }).click();
    await expect(this.clearDialog()).toBeHidden();
  }
}
