import { expect, type Locator, type Page } from '@playwright/test';

export interface SignInDetails {
  server: string;
  domain: string;
  extension: string;
  password: string;
  displayName?: string;
}

/** The sign-in form and the registration status, found the way a screen reader user finds them. */
export class SignInPage {
  readonly status: Locator;

  constructor(readonly page: Page) {
    this.status = page.getByRole('status').first();
  }

  async open(query = ''): Promise<void> {
    await this.page.goto(`./${query}`);
    await expect(this.page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  }

  async signIn(details: SignInDetails): Promise<void> {
    const { page } = this;
    await page.getByLabel('Server', { exact: true }).fill(details.server);
    await page.getByLabel('Domain', { exact: true }).fill(details.domain);
    await page.getByLabel('Extension', { exact: true }).fill(details.extension);
    await page.getByLabel('Password', { exact: true }).fill(details.password);
    if (details.displayName)
      await page.getByLabel('Display name (optional)').fill(details.displayName);
    await page.getByRole('button', { name: 'Sign in' }).click();
  }

  async expectRegistered(): Promise<void> {
    await expect(this.status).toContainText('Registered');
  }
}
