/**
 * Makes sure the smoke tests run against a build of the current sources: builds with
 * electron-vite when any output is missing or older than a source file, once for all test files
 * (two files building into out/ at the same time would race). SOFTPHONE_SMOKE_OUT points the
 * tests at another build folder instead (it must sit inside the repository, so the bundle's
 * imports resolve from its node_modules) and skips the build.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { repoRoot } from './main-process';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The build under test: a folder with main/, preload/ and renderer/. */
    outDir: string;
  }
}

const OUTPUTS = [
  'main/index.js',
  'preload/index.cjs',
  'preload/popup.cjs',
  'renderer/index.html',
  'renderer/popup.html',
];
const SOURCES = ['src-main', 'src-preload', 'src-renderer'];
const CONFIG = ['electron.vite.config.ts', 'package.json', 'package-lock.json'];

function newestSource(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return /\.test\.ts$/.test(path) ? 0 : stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestSource(join(path, name))));
}

function isStale(outDir: string): boolean {
  const built = OUTPUTS.map((file) => join(outDir, file));
  if (!built.every((file) => existsSync(file))) return true;
  const oldestOutput = Math.min(...built.map((file) => statSync(file).mtimeMs));
  const sources = [...SOURCES, ...CONFIG].map((path) => join(repoRoot, path));
  return Math.max(...sources.map(newestSource)) > oldestOutput;
}

export default function setup(project: TestProject): void {
  const override = process.env.SOFTPHONE_SMOKE_OUT;
  const outDir = override ? resolve(override) : join(repoRoot, 'out');
  if (!override && isStale(outDir)) {
    execFileSync(join(repoRoot, 'node_modules', '.bin', 'electron-vite'), ['build'], {
      cwd: repoRoot,
      stdio: 'pipe',
    });
  }
  project.provide('outDir', outDir);
}
