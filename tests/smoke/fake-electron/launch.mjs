/**
 * Runs a built main bundle with the fake Electron (electron.mjs) instead of the real one, which
 * cannot run here:
 *
 *   SMOKE_USER_DATA=/tmp/x/profile node tests/smoke/fake-electron/launch.mjs out/main/index.js
 *
 * Both module systems must get the same fake instance: the bundle and electron-store import
 * `electron` as ESM (resolve-hooks.mjs), electron-log and electron-updater `require('electron')`
 * as CommonJS, which Node 20's `module.register` hooks do not see. Without the CommonJS redirect,
 * node_modules/electron would be loaded and would try to download the Electron binary.
 *
 * Like Electron, the launcher emits `ready` only after the entry module has been evaluated
 * (https://www.electronjs.org/docs/latest/tutorial/esm#you-must-use-await-generously-before-the-apps-ready-event):
 * code the app must run before `ready` really runs before it.
 */
import Module, { register } from 'node:module';
import { resolve } from 'node:path';
import process from 'node:process';
import { fileURLToPath, pathToFileURL, URL } from 'node:url';

register('./resolve-hooks.mjs', import.meta.url);

const fakeElectron = fileURLToPath(new URL('./electron.mjs', import.meta.url));
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  // Node 20.19+ can require() an ES module, and gives CommonJS the instance ESM already loaded.
  return request === 'electron' ? fakeElectron : resolveFilename.call(this, request, ...rest);
};

const { smoke } = await import('./electron.mjs');
// Started by the test: it plays Chromium and the OS over the IPC channel (driver.mjs).
if (process.send) await import('./driver.mjs');

// The app sees the argv of `electron <entry>`: argv[1] is its entry (services/cli/argv.ts).
const entry = resolve(process.argv[2] ?? 'out/main/index.js');
process.argv.splice(1, 2, entry);
await import(pathToFileURL(entry).href);
smoke.entryEvaluated();
// A manual run (debugging) has nobody to send `ready`: start at once.
if (!process.send) smoke.becomeReady();
