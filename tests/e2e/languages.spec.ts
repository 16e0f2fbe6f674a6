import type { Page } from '@playwright/test';
import { expect, test } from './calls/phones';

/** A message tree as the catalogues hold it. */
interface Catalogue {
  [key: string]: Catalogue | string;
}

/**
 * The renderer's catalogues, loaded at run time: a static import would pull the renderer's DOM
 * types into the Node type-check of the tests.
 */
async function catalogue(code: string): Promise<Catalogue> {
  const module = (await import(`../../src-renderer/i18n/${code}.ts`)) as Record<string, Catalogue>;
  return module[code]!;
}
const en = await catalogue('en');
const de = await catalogue('de');
const fr = await catalogue('fr');
/**
 * Every language but the reference one; a new language is added here and nowhere else. `same`:
 * keys whose text is rightly the English one in that language (names, formats, loan words).
 * `country`: the Default country field and one country as that language names it.
 */
const LANGUAGES: Record<
  string,
  {
    catalogue: Catalogue;
    name: string;
    same: string[];
    country: { field: string; option: string; code: string };
  }
> = {
  de: {
    catalogue: de,
    name: 'Deutsch',
    country: {
      field: 'Standardland (für nationale Nummern)',
      option: 'Deutschland (+49)',
      code: 'DE',
    },
    same: [
      'app.name', // the product's name
      'signIn.server',
      'registration.offline',
      'main.tray.offline',
      'contacts.formats.vcard4', // file formats
      'contacts.formats.vcard3',
      'contacts.formats.csv',
      'contacts.name',
      'contacts.labels.fax',
      'contacts.suggestion', // placeholders only
      'quality.jitter', // the technical term
      'settings.version',
      'desktop.title',
      'desktop.updates.error',
      'shortcuts.tooltip', // placeholders only
      'help.version', // "Version" is German too
      'help.electron', // product names
      'help.chromium',
      'help.support', // the loan word Germans use
    ],
  },
  fr: {
    catalogue: fr,
    name: 'Français',
    country: {
      field: 'Pays par défaut (pour les numéros nationaux)',
      option: 'France (+33)',
      code: 'FR',
    },
    same: [
      'app.name', // the product's name
      'notifications.title', // the same word in French
      'contacts.title',
      'contacts.suggestions',
      'nav.contacts',
      'desktop.reset.contacts',
      'recordings.date',
      'recordings.actions',
      'contacts.labels.fax',
      'contacts.formats.vcard4', // file formats
      'contacts.formats.vcard3',
      'contacts.formats.csv',
      'contacts.suggestion', // placeholders only
      'settings.version',
      'desktop.updates.error',
      'shortcuts.tooltip', // placeholders only
      'help.action', // the same word in French
      'help.version',
      'help.electron', // product names
      'help.chromium',
    ],
  },
};

interface Leaf {
  key: string;
  value: string;
}
const leaves = (tree: object, prefix = ''): Leaf[] =>
  Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string'
      ? [{ key: `${prefix}${key}`, value }]
      : leaves(value as object, `${prefix}${key}.`),
  );

/**
 * The English texts that must not show in a language: each plural form of each message (but the
 * keys it rightly shares with English), as a pattern for a whole text where placeholders match
 * anything. A text copied into the translation untranslated is caught too.
 */
function englishPatterns(same: readonly string[]): { key: string; pattern: RegExp }[] {
  return leaves(en)
    .filter((leaf) => !same.includes(leaf.key) && !leaf.key.startsWith('languages.'))
    .flatMap((leaf) =>
      leaf.value.split(' | ').map((form) => ({ key: leaf.key, form: form.trim() })),
    )
    .filter(({ form }) => /[a-z]{3}/.test(form.replace(/\{[^}]+\}/g, '')))
    .map(({ key, form }) => {
      const parts = form
        .split(/\{[^}]+\}/)
        .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
      return { key, pattern: new RegExp(`^${parts.join('.+')}$`) };
    });
}

/** Every text a user sees or hears on the page: text nodes, and names, titles, placeholders. */
function pageTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    // The e2e code type-checks without DOM globals: the few used here, by shape.
    interface Element {
      getAttribute(name: string): string | null;
      closest(selector: string): Element | null;
    }
    interface Node {
      textContent: string | null;
      parentElement: Element | null;
    }
    const dom = globalThis as unknown as {
      document: {
        body: unknown;
        createTreeWalker(root: unknown, show: number): { nextNode(): Node | null };
        querySelectorAll(selector: string): Iterable<Element>;
      };
    };
    const SHOW_TEXT = 4;
    const texts = new Set<string>();
    const walker = dom.document.createTreeWalker(dom.document.body, SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim();
      const parent = node.parentElement;
      if (text && parent && parent.closest('script, style') === null) texts.add(text);
    }
    for (const element of dom.document.querySelectorAll('[aria-label], [title], [placeholder]')) {
      for (const name of ['aria-label', 'title', 'placeholder']) {
        const value = element.getAttribute(name)?.trim();
        if (value) texts.add(value);
      }
    }
    return [...texts];
  });
}

function untranslated(texts: string[], patterns: { key: string; pattern: RegExp }[]): string[] {
  return texts.flatMap((text) =>
    patterns.filter(({ pattern }) => pattern.test(text)).map(({ key }) => `${key}: "${text}"`),
  );
}

test.describe('languages', () => {
  for (const [code, { catalogue, name, same, country }] of Object.entries(LANGUAGES)) {
    test(`every main view in ${name} shows no English text`, async ({
      phone,
      browser,
      baseURL,
    }) => {
      const patterns = englishPatterns(same);
      expect(leaves(catalogue).length, 'the translation has every text').toBe(leaves(en).length);
      expect(patterns.length, 'the check has English texts to look for').toBeGreaterThan(100);

      // The sign-in screen, for a browser where the language was chosen before, and for a
      // browser that never chose but speaks the language first (navigator.languages).
      for (const [how, options] of [
        ['chosen', {}],
        ['browser language', { locale: code }],
      ] as const) {
        const fresh = await browser.newContext({ baseURL: String(baseURL), ...options });
        try {
          const page = await fresh.newPage();
          if (how === 'chosen')
            await page.addInitScript((language) => {
              (
                globalThis as unknown as {
                  localStorage: { setItem(key: string, value: string): void };
                }
              ).localStorage.setItem('softphone.settings', JSON.stringify({ ui: { language } }));
            }, code);
          await page.goto('./');
          await expect(page.locator('#app form, form').first()).toBeVisible();
          await expect(page.locator('html')).toHaveAttribute('lang', code);
          expect(untranslated(await pageTexts(page), patterns), `sign-in, ${how}`).toEqual([]);
        } finally {
          await fresh.close();
        }
      }

      const user = await phone('1001');
      await user.openSettings();
      await user.page.locator('#settings-language').selectOption(code);
      await expect(user.page.locator('html')).toHaveAttribute('lang', code);
      // The country list names countries in the UI's language, with their calling codes.
      await user.page.getByLabel(country.field).selectOption({ label: country.option });
      await expect
        .poll(
          async () =>
            ((await user.savedSettings('calling')) as { defaultCountry?: string }).defaultCountry,
        )
        .toBe(country.code);
      const nav = user.page.getByRole('navigation').getByRole('button');
      const views = await nav.count();
      expect(views).toBeGreaterThanOrEqual(5);
      for (let index = 0; index < views; index++) {
        await nav.nth(index).click();
        const label = (await nav.nth(index).textContent())?.trim();
        expect(untranslated(await pageTexts(user.page), patterns), `view ${label}`).toEqual([]);
      }
      // Test audio is off the navigation bar: Settings (the last view) opens it.
      const testAudio = (catalogue.audioTest as Catalogue).open as string;
      await nav.last().click();
      await user.page.getByRole('button', { name: testAudio, exact: true }).click();
      await expect(user.page.getByRole('heading', { level: 1, name: testAudio })).toBeVisible();
      expect(untranslated(await pageTexts(user.page), patterns), `view ${testAudio}`).toEqual([]);
      // Help is reached from the header (and F1), not the navigation.
      await user.page.keyboard.press('F1');
      await expect(user.page.locator('#help-title')).toBeFocused();
      expect(untranslated(await pageTexts(user.page), patterns), 'help').toEqual([]);
    });
  }
});
