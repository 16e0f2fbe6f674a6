/**
 * Electron supports its latest three stable majors (https://www.electronjs.org/docs/latest/tutorial/electron-timelines):
 * older ones get no security fixes. MINIMUM_ELECTRON_MAJOR is the oldest major still supported
 * when it was last raised (45 current → 43); raise it as Electron releases. This test fails when
 * the installed Electron, or the range package.json allows, falls below it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

export const MINIMUM_ELECTRON_MAJOR = 43;

const root = join(import.meta.dirname, '..', '..');
const readJson = (path: string) =>
  JSON.parse(readFileSync(join(root, path), 'utf8')) as Record<string, unknown>;

/** The lowest major a semver range admits (`^45.5.0`, `~45.1`, `>=45`, `45`); NaN when unreadable. */
export function lowestMajor(range: string): number {
  const alternatives = range.split('||').map((part) => {
    const match = /(\d+)(?:\.\d+|\.x)*/.exec(part.replace(/^[\s^~>=v]+/, ''));
    // `<`-only or `*` ranges admit any old version.
    return match && !/^\s*[<*]/.test(part) ? Number(match[1]) : Number.NaN;
  });
  return Math.min(...alternatives);
}

describe('Electron stays within its supported majors', () => {
  it('reads ranges the way npm would', () => {
    expect(lowestMajor('^45.5.0')).toBe(45);
    expect(lowestMajor('~44.1')).toBe(44);
    expect(lowestMajor('>=43 <47')).toBe(43);
    expect(lowestMajor('^41.0.0 || ^45.0.0')).toBe(41);
    expect(lowestMajor('*')).toBeNaN();
    expect(lowestMajor('<45')).toBeNaN();
  });

  it(`allows no Electron older than ${MINIMUM_ELECTRON_MAJOR} in package.json`, () => {
    const pkg = readJson('package.json') as { devDependencies?: Record<string, string> };
    const range = pkg.devDependencies?.electron ?? '';
    expect(lowestMajor(range)).toBeGreaterThanOrEqual(MINIMUM_ELECTRON_MAJOR);
  });

  it(`has Electron ${MINIMUM_ELECTRON_MAJOR} or newer installed`, () => {
    const { version } = readJson('node_modules/electron/package.json') as { version: string };
    expect(Number(version.split('.')[0])).toBeGreaterThanOrEqual(MINIMUM_ELECTRON_MAJOR);
  });
});
