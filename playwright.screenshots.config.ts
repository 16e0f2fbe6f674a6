import { defineConfig } from '@playwright/test';
import base from './playwright.config';

/**
 * `npm run screenshots`: renders each main view into assets/screenshots/ for the README. Kept out
 * of the test suite so a test run never rewrites tracked files.
 */
export default defineConfig({
  ...base,
  testDir: 'tests/screenshots',
  outputDir: '.tmp/screenshot-results',
});
