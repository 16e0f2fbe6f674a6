import { expect, type Locator, type Page } from '@playwright/test';
import { openAdvanced, type SignInDetails } from './sign-in-page';

/** Settings' lines: one group per line ("Line 1001"), Add line and its sign-in fields. */
export class LinesPage {
  constructor(readonly page: Page) {}

  /** The settings group of the line named `name` (its label, else its extension). */
  line(name: string): Locator {
    return this.page.getByRole('group', { name: `Line ${name}`, exact: true });
  }

  status(name: string): Locator {
    return this.line(name).getByRole('status');
  }

  /** Add line, the sign-in fields (server and domain start from the first line's), Sign in. */
  async addLine(details: Pick<SignInDetails, 'extension' | 'password'> & Partial<SignInDetails>) {
    const { page } = this;
    await page.getByRole('button', { name: 'Add line', exact: true }).click();
    if (details.server || details.domain) await openAdvanced(page);
    if (details.server) await page.getByLabel('Server', { exact: true }).fill(details.server);
    if (details.domain) await page.getByLabel('Domain', { exact: true }).fill(details.domain);
    await page.getByLabel('Extension', { exact: true }).fill(details.extension);
    await page.getByLabel('Password', { exact: true }).fill(details.password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(this.line(details.extension)).toBeVisible();
  }

  async removeLine(name: string): Promise<void> {
    await this.line(name).getByRole('button', { name: 'Remove line', exact: true }).click();
    await expect(this.line(name)).toHaveCount(0);
  }
}
