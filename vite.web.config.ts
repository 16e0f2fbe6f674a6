import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import vue from '@vitejs/plugin-vue';
import { thirdPartyNotices } from './scripts/third-party-notices';
import { defineConfig } from 'vite';

const root = import.meta.dirname;
const { version, productName } = JSON.parse(
  readFileSync(resolve(root, 'package.json'), 'utf8'),
) as { version: string; productName: string };
const define = {
  __APP_VERSION__: JSON.stringify(version),
  // The bundler builds' feature flags: the page uses the Composition API only (no Options API,
  // no vue-i18n legacy API or global <i18n-t> components), so their code is left out.
  __VUE_OPTIONS_API__: 'false',
  __VUE_I18N_LEGACY_API__: 'false',
  __VUE_I18N_FULL_INSTALL__: 'false',
  __INTLIFY_PROD_DEVTOOLS__: 'false',
};

/** The browser build of the renderer ("web mode"): same app, bridge backed by browser storage. */
export default defineConfig({
  root: resolve(root, 'src-renderer'),
  base: './',
  define,
  plugins: [vue(), thirdPartyNotices(resolve(root, 'dist/web'), { name: productName, version })],
  build: {
    outDir: resolve(root, 'dist/web'),
    emptyOutDir: true,
  },
  preview: { host: '127.0.0.1' },
  server: { host: '127.0.0.1' },
});
