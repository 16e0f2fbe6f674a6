/**
 * Module resolution hooks (node:module `register`) for the smoke run: ESM imports of `electron`
 * and `keytar` get the fakes beside this file. CommonJS `require('electron')` does not pass
 * through these hooks on Node 20; launch.mjs redirects that separately.
 */
import { URL } from 'node:url';

const fakes = {
  electron: new URL('./electron.mjs', import.meta.url).href,
  keytar: new URL('./keytar.mjs', import.meta.url).href,
};

export async function resolve(specifier, context, nextResolve) {
  if (Object.hasOwn(fakes, specifier)) return { url: fakes[specifier], shortCircuit: true };
  return nextResolve(specifier, context);
}
