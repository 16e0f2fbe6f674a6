import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { _electron as electron, type ElectronApplication } from '@playwright/test';
// @ts-expect-error -- a plain .mjs helper shared with the start scripts, no types
import { electronBinaryPresent, electronDirectory } from '../../scripts/native-modules.mjs';
import type { Measurement } from './bench-context';

/** A minimal Electron app showing the bare JsSIP page: the desktop baseline. */
const BARE_MAIN = `
const { app, BrowserWindow } = require('electron');
app.whenReady().then(() => {
  const window = new BrowserWindow({ width: 400, height: 700, show: false });
  window.once('ready-to-show', () => window.show());
  window.loadURL(process.env.BARE_URL);
});
`;

/** Launch → first window shown, and the memory of all the app's processes once idle. */
async function measure(app: ElectronApplication, started: number) {
  const window = await app.firstWindow();
  await window.waitForFunction(() => true);
  await app.evaluate(
    ({ BrowserWindow }) =>
      new Promise<void>((resolve) => {
        const check = () =>
          BrowserWindow.getAllWindows().some((each) => each.isVisible())
            ? resolve()
            : setTimeout(check, 5);
        check();
      }),
  );
  const shown = Date.now() - started;
  await new Promise((resolve) => setTimeout(resolve, 3000));
  const kilobytes = await app.evaluate(({ app: electronApp }) =>
    electronApp.getAppMetrics().reduce((sum, metric) => sum + metric.memory.workingSetSize, 0),
  );
  return { shown, megabytes: kilobytes / 1024 };
}

/**
 * Issue 12's desktop figures, where the Electron binary is present: the built app (`npm run
 * build` first) against a minimal Electron app showing the bare JsSIP page.
 */
export const desktopProcess: Measurement = {
  name: 'desktop process',
  async run(context) {
    const directory = electronDirectory() as string | undefined;
    if (!directory || !electronBinaryPresent(directory)) {
      context.log(
        'desktop process: SKIPPED, the Electron binary is missing here (it comes from outside the npm registry); run `npm start` once where it can be fetched',
      );
      return [];
    }
    const bareMain = join('.tmp', 'bench', 'bare-electron-main.cjs');
    writeFileSync(bareMain, BARE_MAIN);
    const launch = { product: [] as number[], baseline: [] as number[] };
    const memory = { product: [] as number[], baseline: [] as number[] };
    for (let round = 0; round < context.runs; round++) {
      for (const side of ['product', 'baseline'] as const) {
        const started = Date.now();
        const app = await electron.launch({
          args: [side === 'product' ? '.' : bareMain],
          env: { ...process.env, BARE_URL: context.bareURL },
        });
        try {
          const figures = await measure(app, started);
          launch[side].push(figures.shown);
          memory[side].push(figures.megabytes);
        } finally {
          await app.close();
        }
      }
    }
    const baselineIs = 'a minimal Electron app showing the bare JsSIP page, in the same run';
    return [
      { what: 'desktop: launch → window shown', unit: 'ms', ...pick(launch), baselineIs },
      { what: 'desktop: memory of all processes, idle', unit: 'MB', ...pick(memory), baselineIs },
    ];
  },
};

function pick(figures: { product: number[]; baseline: number[] }) {
  return { product: figures.product, baseline: figures.baseline };
}
