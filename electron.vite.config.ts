import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import vue from '@vitejs/plugin-vue';
import { thirdPartyNotices } from './scripts/third-party-notices';
import { defineConfig } from 'electron-vite';

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

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      lib: { entry: resolve(root, 'src-main/index.ts') },
      // keytar is a native addon and must stay a runtime require.
      externalizeDeps: true,
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot require npm packages or load an ES module:
      // bundle everything (valibot included) into one CommonJS file.
      externalizeDeps: false,
      // Two preloads: the phone window's and the incoming-call popup's (popup verbs only).
      lib: {
        entry: {
          index: resolve(root, 'src-preload/index.ts'),
          popup: resolve(root, 'src-preload/popup.ts'),
        },
        formats: ['cjs'],
      },
    },
  },
  renderer: {
    root: resolve(root, 'src-renderer'),
    define,
    plugins: [
      vue(),
      thirdPartyNotices(resolve(root, 'out/renderer'), { name: productName, version }),
    ],
    build: {
      outDir: resolve(root, 'out/renderer'),
      rollupOptions: {
        input: {
          index: resolve(root, 'src-renderer/index.html'),
          popup: resolve(root, 'src-renderer/popup.html'),
        },
      },
    },
  },
});
