import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test, type Page } from '@playwright/test';

/**
 * The built pages carry the strict Content-Security-Policy, and Chromium enforces it: an inline
 * script injected into the page is refused (a `securitypolicyviolation` event fires) and its side
 * effect never happens. The desktop pages come from `npm run build` (out/renderer: index.html and
 * popup.html, loaded by Electron from file://); the web build (`build:web`, dist/web) has index.html
 * only and is served by the preview server.
 */
const root = join(import.meta.dirname, '..', '..', '..');
const desktopPages = ['index.html', 'popup.html'].map((name) => join(root, 'out/renderer', name));

/** The CSP meta's directives, as a map. */
function cspOf(html: string): Map<string, string> {
  const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html);
  expect(meta, 'the page has a CSP meta').not.toBeNull();
  return new Map(
    meta![1]!
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name!, values.join(' ')]),
  );
}

function expectStrict(csp: Map<string, string>): void {
  expect(csp.get('default-src')).toBe("'none'");
  expect(csp.get('script-src')).toBe("'self'");
  expect(csp.get('style-src')).toBe("'self'");
  expect(csp.get('object-src')).toBe("'none'");
  expect(csp.get('base-uri')).toBe("'none'");
  expect(csp.get('form-action')).toBe("'none'");
  for (const value of csp.values()) expect(value).not.toMatch(/unsafe-|\*|data:.*script|http:/);
}

/**
 * Injects inline code three ways (a script element, an event-handler attribute, a javascript:
 * URL) and reports the violations seen and what of it ran. A string, because this test compiles
 * without the DOM library; Playwright's own evaluate is not subject to the page's CSP.
 */
const INJECT_INLINE = `(async () => {
  const violations = [];
  document.addEventListener('securitypolicyviolation', (event) =>
    violations.push(event.effectiveDirective + ' ' + event.blockedURI));
  const script = document.createElement('script');
  script.textContent = "(window.__inlineRan ??= []).push('script element')";
  document.head.append(script);
  const img = document.createElement('img');
  img.setAttribute('onerror', "(window.__inlineRan ??= []).push('event handler')");
  img.src = 'data:,not-an-image';
  document.body.append(img);
  const link = document.createElement('a');
  link.href = "javascript:(window.__inlineRan ??= []).push('javascript: url')";
  document.body.append(link);
  link.click();
  await new Promise((resolve) => setTimeout(resolve, 500));
  return { violations, ran: window.__inlineRan ?? [] };
})()`;

function tryInlineScripts(page: Page): Promise<{ violations: string[]; ran: string[] }> {
  return page.evaluate(INJECT_INLINE);
}

test.describe('Content-Security-Policy of the built pages', () => {
  for (const file of desktopPages) {
    test(`out/renderer/${file.split('/').at(-1)} carries the strict CSP and Chromium blocks inline code`, async ({
      page,
    }) => {
      expect(
        existsSync(file),
        `${file} is built by \`npm run build\` (test:security runs it)`,
      ).toBe(true);
      expectStrict(cspOf(readFileSync(file, 'utf8')));
      await page.goto(pathToFileURL(file).href);
      const { violations, ran } = await tryInlineScripts(page);
      expect(ran).toEqual([]);
      expect(violations.filter((v) => v.startsWith('script-src'))).toHaveLength(3);
    });
  }

  test('the web build carries the same CSP and the served page blocks inline code', async ({
    page,
    baseURL,
  }) => {
    const built = cspOf(readFileSync(join(root, 'dist/web/index.html'), 'utf8'));
    expect(built).toEqual(cspOf(readFileSync(desktopPages[0]!, 'utf8')));
    await page.goto(String(baseURL));
    await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
    const { violations, ran } = await tryInlineScripts(page);
    expect(ran).toEqual([]);
    expect(violations.length).toBeGreaterThanOrEqual(3);
  });
});
