#!/usr/bin/env node
// Makes sure the Electron binary is present before `npm start`. Electron 42+ fetches it on first
// use rather than at install; where it cannot be fetched, say so plainly and point to web mode.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import {
  electronBinaryPresent as binaryPresent,
  electronDirectory,
  rebuildNativeModules,
} from './native-modules.mjs';

const directory = electronDirectory();
let cause;
if (!directory) {
  console.error('The electron package is not installed: run `npm ci` first.');
  process.exit(1);
}
if (!binaryPresent(directory)) {
  console.warn('Fetching the Electron binary (first start only)…');
  const fetched = spawnSync(process.execPath, [join(directory, 'install.js')], {
    encoding: 'utf8',
  });
  // The installer prints a stack trace on failure; the first line says why, which is all a user needs.
  cause = `${fetched.stderr ?? ''}${fetched.stdout ?? ''}`
    .split('\n')
    .find((line) => /error|failed/i.test(line));
}
if (!binaryPresent(directory)) {
  console.error(
    [
      '',
      ...(cause ? [`  (${cause.trim()})`, ''] : []),
      'Softphone cannot start as a desktop app here: the Electron binary is missing and could not be',
      'downloaded (it comes from outside the npm registry). Check the network or proxy and try again,',
      'or run the same phone in your browser instead:',
      '',
      '    npm run web        (then open http://127.0.0.1:4173/)',
      '',
    ].join('\n'),
  );
  process.exit(1);
}
// The binary is here: keytar and friends built for it, once per Electron version.
console.warn(rebuildNativeModules(directory));
