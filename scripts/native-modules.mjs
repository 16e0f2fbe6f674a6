// Native modules (keytar) built for the Electron that runs them. keytar is an N-API addon, so
// the build npm installs loads in Node and Electron alike; rebuilding against Electron's own
// headers (electron-builder install-app-deps) is still what packaging expects and what any
// future non-N-API addon needs. The headers come from outside the npm registry, so this runs
// only where the Electron binary itself could be fetched; elsewhere it says so and leaves the
// npm build in place.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

export function electronDirectory() {
  try {
    return dirname(require.resolve('electron/package.json'));
  } catch {
    return null;
  }
}

export function electronBinaryPresent(directory) {
  const pathFile = join(directory, 'path.txt');
  if (!existsSync(pathFile)) return false;
  return existsSync(join(directory, 'dist', readFileSync(pathFile, 'utf8').trim()));
}

/** Rebuilds once per Electron version; returns a line saying what happened. */
export function rebuildNativeModules(directory, { force = false } = {}) {
  const { version } = JSON.parse(readFileSync(join(directory, 'package.json'), 'utf8'));
  const marker = join('node_modules', '.cache', 'softphone', `native-electron-${version}`);
  if (!force && existsSync(marker)) return `Native modules: already built for Electron ${version}.`;
  const result = spawnSync('npx', ['--no-install', 'electron-builder', 'install-app-deps'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
    timeout: 5 * 60_000,
  });
  if (result.status !== 0) {
    const why = `${result.stderr ?? ''}${result.stdout ?? ''}`
      .split('\n')
      .find((line) => /error|fail/i.test(line));
    return [
      `Native modules: rebuilding for Electron ${version} failed${why ? ` (${why.trim()})` : ''}.`,
      'keytar keeps the build npm installed (an N-API build, which Electron loads too).',
    ].join('\n');
  }
  mkdirSync(dirname(marker), { recursive: true });
  writeFileSync(marker, `${new Date().toISOString()}\n`);
  return `Native modules: rebuilt for Electron ${version}.`;
}
