import { resolve } from 'node:path';
import vue from '@vitejs/plugin-vue';
import { pageBuild } from './scripts/page-build';
import { thirdPartyNotices } from './scripts/third-party-notices';
import { defineConfig } from 'electron-vite';

const root = import.meta.dirname;
const { version, productName, define } = pageBuild(root);

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
