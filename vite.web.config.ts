import { resolve } from 'node:path';
import vue from '@vitejs/plugin-vue';
import { pageBuild } from './scripts/page-build';
import { thirdPartyNotices } from './scripts/third-party-notices';
import { defineConfig } from 'vite';

const root = import.meta.dirname;
const { version, productName, define } = pageBuild(root);

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
