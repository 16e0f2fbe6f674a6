import type { Browser, Page } from '@playwright/test';
import type { RunningPbx } from '../testbed/pbx';
import type { BenchRow } from './stats';

/** What every measurement gets: the browser, the served build and the PBX, all on loopback. */
export interface BenchContext {
  browser: Browser;
  baseURL: string;
  /** The bare JsSIP page (tests/bench/bare), built and served beside the product. */
  bareURL: string;
  /** tests/bench/page/probes.ts, bundled: installed in every page before its own script. */
  probeScript: string;
  pbx: RunningPbx;
  /** Rounds per measurement; product and baseline alternate within each round. */
  runs: number;
  log(line: string): void;
}

export interface Measurement {
  name: string;
  run(context: BenchContext): Promise<BenchRow[]>;
}

/** Samples a probe collected inside a page (timestamps from the page's own clock). */
export function samplesOf(page: Page, key: string): Promise<number[]> {
  return page.evaluate(
    (name) =>
      (
        (globalThis as unknown as { __benchSamples?: Record<string, number[]> }).__benchSamples?.[
          name
        ] ?? []
      ).slice(),
    key,
  );
}
