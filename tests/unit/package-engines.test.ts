import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

/**
 * `engines` tells the truth: the Node it names is enough for every tool the project runs,
 * Electron's own (fetching the binary, packaging) included, which asks for more than the tests.
 */
const root = join(import.meta.dirname, '..', '..');
const enginesOf = (path: string) =>
  (JSON.parse(readFileSync(join(root, path), 'utf8')) as { engines?: { node?: string } }).engines
    ?.node;

describe('package.json engines', () => {
  const ours = enginesOf('package.json');

  it.each(['electron', 'electron-builder', 'vite', 'vitest', '@playwright/test'])(
    'asks for at least what %s asks for',
    (name) => {
      const theirs = enginesOf(`node_modules/${name}/package.json`);
      if (!theirs) return;
      const minimum = semver.minVersion(ours ?? '*');
      expect(minimum, `engines.node "${ours}" has a minimum`).not.toBeNull();
      expect(
        semver.satisfies(minimum!, theirs),
        `${name} wants ${theirs}; ours starts at ${minimum?.version}`,
      ).toBe(true);
    },
  );
});
