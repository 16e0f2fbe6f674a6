import { expect, test, type Page } from '@playwright/test';
import { SignInPage } from './pages/sign-in-page';
import { extension, pbxWsUrl } from './testbed';

/** Serves a provisioning profile from the app's own origin, as a provider's portal would. */
async function serveProfile(page: Page, path: string, profile: unknown): Promise<void> {
  await page.route(`**/${path}`, (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(profile) }),
  );
}

const profile = () => ({
  version: 1,
  provider: 'Loopback Telecom',
  servers: [pbxWsUrl()],
  domain: process.env.PBX_DOMAIN ?? 'softphone.test',
  voicemailNumber: '*97',
  featureCodes: { dndOn: '*78', dndOff: '*79' },
});

test.describe('provisioning profile', () => {
  test('a profile from a URL fills in the provider details: the user types only extension and password', async ({
    page,
  }) => {
    await serveProfile(page, 'profiles/loopback.json', profile());
    const signIn = new SignInPage(page);
    await signIn.open('?profile=profiles/loopback.json');
    await expect(page.getByRole('note')).toContainText('Loopback Telecom');
    await expect(page.getByLabel('Server', { exact: true })).toHaveValue(pbxWsUrl());
    await expect(page.getByLabel('Domain', { exact: true })).toHaveValue(profile().domain);

    const { extension: user, password } = extension('1004');
    await page.getByLabel('Extension', { exact: true }).fill(user);
    await page.getByLabel('Password', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await signIn.expectRegistered();
  });

  test('a profile that carries a password is refused with a clear message', async ({ page }) => {
    await serveProfile(page, 'profiles/bad.json', { ...profile(), password: 'leaked' });
    const signIn = new SignInPage(page);
    await signIn.open('?profile=profiles/bad.json');
    await expect(page.getByRole('alert')).toContainText('must never contain a password');
    await expect(page.getByLabel('Server', { exact: true })).toHaveValue('');
  });

  test('a profile from another site is refused in the browser', async ({ page }) => {
    const signIn = new SignInPage(page);
    await signIn.open('?profile=https://evil.example/profile.json');
    await expect(page.getByRole('alert')).toContainText('must come from this site');
  });

  test('a profile address typed into the form is loaded too', async ({ page }) => {
    await serveProfile(page, 'profiles/typed.json', profile());
    const signIn = new SignInPage(page);
    await signIn.open();
    await page.getByLabel('Provisioning profile address').fill('profiles/typed.json');
    await page.getByRole('button', { name: 'Load', exact: true }).click();
    await expect(page.getByRole('note')).toContainText('Loopback Telecom');
    await expect(page.getByLabel('Server', { exact: true })).toHaveValue(pbxWsUrl());
  });

  test('a refused profile is explained in the language the user chose', async ({ page }) => {
    await page.addInitScript(() => {
      (
        globalThis as unknown as { localStorage: { setItem(key: string, value: string): void } }
      ).localStorage.setItem('softphone.settings', JSON.stringify({ ui: { language: 'de' } }));
    });
    await page.route('**/profiles/missing.json', (route) => route.fulfill({ status: 404 }));
    // The sign-in page opened in German (SignInPage looks for the English "Sign in").
    await page.goto('./?profile=https://evil.example/profile.json');
    await expect(page.getByRole('alert')).toContainText(
      'Im Browser muss ein Provisionierungsprofil von dieser Website kommen.',
    );
    await page.getByLabel('Adresse des Provisionierungsprofils').fill('profiles/missing.json');
    await page.getByRole('button', { name: 'Laden', exact: true }).click();
    await expect(
      page.getByText('Das Provisionierungsprofil konnte nicht geladen werden (404).'),
    ).toBeVisible();
  });
});
