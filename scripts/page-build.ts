import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** What both page builds (Electron's renderer and the browser build) take from package.json. */
export function pageBuild(root: string): {
  version: string;
  productName: string;
  define: Record<string, string>;
} {
  const { version, productName } = JSON.parse(
    readFileSync(resolve(root, 'package.json'), 'utf8'),
  ) as { version: string; productName: string };
  return {
    version,
    productName,
    define: {
      __APP_VERSION__: JSON.stringify(version),
      // The bundler builds' feature flags: the page uses the Composition API only (no Options API,
      // no vue-i18n legacy API or global <i18n-t> components), so their code is left out.
      __VUE_OPTIONS_API__: 'false',
      __VUE_I18N_LEGACY_API__: 'false',
      __VUE_I18N_FULL_INSTALL__: 'false',
      __INTLIFY_PROD_DEVTOOLS__: 'false',
    },
  };
}
