#!/usr/bin/env node
// After `npm install` / `npm ci`: native modules rebuilt for Electron where its binary (and so
// its headers) could be fetched; otherwise one line says why not. Never fails the install.
import {
  electronBinaryPresent,
  electronDirectory,
  rebuildNativeModules,
} from './native-modules.mjs';

const directory = electronDirectory();
if (directory && electronBinaryPresent(directory)) {
  console.warn(rebuildNativeModules(directory));
} else {
  console.warn(
    'Native modules: the Electron binary is not here yet, so keytar keeps the build npm installed (it loads in Node and Electron alike); `npm start` rebuilds once the binary is fetched.',
  );
}
