import { expect, type Locator, type Page } from '@playwright/test';

export interface SignInDetails {
  server: string;
  domain: string;
  extension: string;
  password: string;
  displayName?: string;
}

/** Opens the sign-in form's Advanced disclosure when there is one and it is closed. */
export async function openAdvanced(page: Page): Promise<void> {
  const advanced = page.locator('form details', {
    has: page.getByText('Advanced', { exact: true }),
  });
  if ((await advanced.count()) && !(await advanced.evaluate((node) => 'open' in node && node.open)))
    await advanced.getByText('Advanced', { exact: true }).click();
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

  /** With a provisioning profile loaded, server, domain and the optional fields sit under Advanced. */
  async openAdvanced(): Promise<void> {
    await openAdvanced(this.page);
  }

  async signIn(details: SignInDetails): Promise<void> {
    const { page } = this;
    await this.openAdvanced();
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
