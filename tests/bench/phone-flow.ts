import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { SignInPage } from '../e2e/pages/sign-in-page';
import { extension } from '../e2e/testbed';
import type { BenchContext, Measurement } from './bench-context';
import type { BenchRow } from './stats';
import type { ProbeRecord } from './probe-record';
import { heapMegabytes } from './heap-usage';

/** One side of the comparison: the product's browser build, or the bare JsSIP page. */
interface Side {
  name: 'product' | 'baseline';
  url: string;
  caller: string;
  callee: string;
}

function sides(context: BenchContext): Side[] {
  return [
    { name: 'product', url: context.baseURL, caller: '1001', callee: '1002' },
    { name: 'baseline', url: context.bareURL, caller: '1003', callee: '1004' },
  ];
}

const BARE_IS = 'a bare JsSIP page (tests/bench/bare) with the same JsSIP options, in the same run';

/** The page's probe record (function predicates: the product's CSP forbids string evaluation). */
const recordOf = () => (globalThis as unknown as { __probes: ProbeRecord }).__probes;

async function probes(page: Page): Promise<ProbeRecord> {
  return page.evaluate(recordOf);
}

/** A fresh context (no storage, no cache) with the probes in place, loaded to its first screen. */
async function openPage(context: BenchContext, url: string): Promise<Page> {
  const browserContext = await context.browser.newContext({ permissions: ['microphone'] });
  await browserContext.addInitScript({ content: context.probeScript });
  const page = await browserContext.newPage();
  await page.goto(url);
  await page.waitForFunction(
    () => (globalThis as unknown as { __probes: ProbeRecord }).__probes.interactive !== undefined,
  );
  return page;
}

async function signedIn(context: BenchContext, url: string, user: string): Promise<Page> {
  const page = await openPage(context, url);
  const signIn = new SignInPage(page);
  await signIn.signIn(extension(user));
  await signIn.expectRegistered();
  return page;
}

/** Dials from `caller`, answers at `callee` once it rings, and waits for the callee's first RTP. */
async function placeAnsweredCall(caller: Page, callee: Page, number: string): Promise<void> {
  const before = await probes(callee);
  const answersBefore = before.firstAudio.length;
  const shownBefore = before.answerShown.length;
  await caller.getByLabel('Number', { exact: true }).fill(number);
  await caller.getByRole('button', { name: 'Call', exact: true }).click();
  // Waiting on the probe, not on Playwright's role query: that query walks the accessibility tree
  // of the callee's page many times a second and would slow the very ring it waits for.
  await callee.waitForFunction(
    (count) =>
      (globalThis as unknown as { __probes: ProbeRecord }).__probes.answerShown.length > count,
    shownBefore,
  );
  await callee.getByRole('button', { name: 'Answer', exact: true }).click();
  await callee.waitForFunction(
    (count) =>
      (globalThis as unknown as { __probes: ProbeRecord }).__probes.firstAudio.length > count,
    answersBefore,
  );
}

async function hangUp(caller: Page, callee: Page): Promise<void> {
  await caller.getByRole('button', { name: 'Hang up', exact: true }).first().click();
  await callee.getByRole('button', { name: 'Hang up', exact: true }).waitFor({ state: 'detached' });
  await caller.getByRole('button', { name: 'Hang up', exact: true }).waitFor({ state: 'detached' });
}

/** Signs out (so no stale binding forks the next round's calls) and closes the page's context. */
async function close(page: Page): Promise<void> {
  const signOut = page.getByRole('button', { name: 'Sign out', exact: true });
  if (await signOut.count()) {
    await signOut.first().click();
    await page.waitForTimeout(150);
  }
  await page.context().close();
}

/** JS + CSS the page fetched before its first screen was interactive, gzip-compressed here. */
async function firstScreenBytes(page: Page): Promise<number> {
  const urls = await page.evaluate<string[]>(`(() => {
    const until = window.__probes.interactive - performance.timeOrigin;
    return performance
      .getEntriesByType('resource')
      .filter((entry) => entry.responseEnd <= until && /\\.(js|css|mjs)(\\?|$)/.test(entry.name))
      .map((entry) => entry.name);
  })()`);
  let total = 0;
  for (const url of urls) {
    const response = await fetch(url);
    total += gzipSync(Buffer.from(await response.arrayBuffer()), { level: 9 }).length;
  }
  return total / 1024;
}

type Figures = Record<string, number[]>;

function add(figures: Figures, key: string, value: number | undefined): void {
  if (value === undefined || !Number.isFinite(value)) return;
  (figures[key] ??= []).push(value);
}

/** One round on one side: load, sign in both phones, one call answered, hang up. */
async function round(context: BenchContext, side: Side, figures: Figures): Promise<void> {
  const caller = await signedIn(context, side.url, side.caller);
  const callee = await signedIn(context, side.url, side.callee);
  try {
    await placeAnsweredCall(caller, callee, side.callee);
    const from = await probes(caller);
    const to = await probes(callee);
    const click = from.clicks['Call']!;
    add(figures, 'interactive', from.interactive! - from.origin);
    add(figures, 'signInVisible', from.signInVisible! - from.origin);
    add(figures, 'registered', from.registered! - from.clicks['Sign in']!);
    add(figures, 'ring', to.answerShown.at(-1)! - click);
    const created = from.peerConnections.find((at) => at >= click)!;
    const sent = from.invitesSent.find((at) => at >= click)!;
    add(figures, 'peerConnection', created - click);
    add(figures, 'inviteSent', sent - created);
    add(figures, 'inviteTransit', to.invites.find((at) => at >= sent)! - sent);
    add(figures, 'inviteToAnswer', to.answerShown.at(-1)! - to.invites.at(-1)!);
    add(figures, 'answerToAudio', to.firstAudio.at(-1)! - to.clicks['Answer']!);
    add(figures, 'bytes', await firstScreenBytes(caller));
    await hangUp(caller, callee);
  } finally {
    await close(caller);
    await close(callee);
  }
}

const ROWS: ReadonlyArray<{
  key: string;
  what: string;
  unit: string;
  goal?: number;
  budget?: number;
}> = [
  { key: 'interactive', what: 'page load → first screen interactive', unit: 'ms', goal: 1.2 },
  { key: 'signInVisible', what: 'page load → Sign in visible', unit: 'ms' },
  { key: 'registered', what: 'Sign in click → "Registered" shown', unit: 'ms', goal: 1.1 },
  { key: 'ring', what: 'Call click → far end rings', unit: 'ms', goal: 0.5 },
  { key: 'peerConnection', what: '… of which click → RTCPeerConnection created', unit: 'ms' },
  { key: 'inviteSent', what: '… RTCPeerConnection → INVITE sent', unit: 'ms' },
  { key: 'inviteTransit', what: '… INVITE sent → INVITE at the far end', unit: 'ms' },
  {
    key: 'inviteToAnswer',
    what: 'INVITE on the WebSocket → Answer visible',
    unit: 'ms',
    goal: 1.1,
  },
  { key: 'answerToAudio', what: 'Answer click → first audio packet', unit: 'ms', goal: 1.0 },
  { key: 'bytes', what: 'first-screen JS + CSS, gzip', unit: 'KB', budget: 110 },
];

/**
 * Issue 12's call flow, product against bare JsSIP, the two alternating within each round so a
 * busy moment of the machine falls on both alike.
 */
export const phoneFlow: Measurement = {
  name: 'phone flow',
  async run(context) {
    const product: Figures = {};
    const baseline: Figures = {};
    for (let index = 0; index < context.runs; index++) {
      for (const side of sides(context))
        await round(context, side, side.name === 'product' ? product : baseline);
      context.log(`phone flow: round ${index + 1} of ${context.runs}`);
    }
    return ROWS.filter((row) => product[row.key] && baseline[row.key]).map((row): BenchRow => ({
      what: row.what,
      unit: row.unit,
      product: product[row.key]!,
      baseline: baseline[row.key]!,
      ...(row.goal !== undefined && { goal: row.goal }),
      ...(row.budget !== undefined && { budget: row.budget }),
      baselineIs: BARE_IS,
    }));
  },
};

/**
 * JS heap of the calling page signed in and idle, and its growth over a run of calls (set
 * BENCH_CALLS=50 to look for a trend), product against bare JsSIP.
 */
export const heap: Measurement = {
  name: 'heap',
  async run(context) {
    const calls = Number(process.env.BENCH_CALLS ?? 10);
    const idle: Figures = { product: [], baseline: [] };
    const growth: Figures = { product: [], baseline: [] };
    const rounds = Math.max(1, Math.ceil(context.runs / 3));
    for (let index = 0; index < rounds; index++) {
      for (const side of sides(context)) {
        const caller = await signedIn(context, side.url, side.caller);
        const callee = await signedIn(context, side.url, side.callee);
        try {
          await caller.waitForTimeout(1000);
          const before = await heapMegabytes(caller);
          idle[side.name]!.push(before);
          for (let call = 0; call < calls; call++) {
            await placeAnsweredCall(caller, callee, side.callee);
            await hangUp(caller, callee);
          }
          await caller.waitForTimeout(1000);
          growth[side.name]!.push(Math.max(0, (await heapMegabytes(caller)) - before) / calls);
        } finally {
          await close(caller);
          await close(callee);
        }
      }
      context.log(`heap: round ${index + 1} of ${rounds}`);
    }
    return [
      {
        what: 'JS heap, signed in and idle',
        unit: 'MB',
        product: idle.product!,
        baseline: idle.baseline!,
        goal: 1.3,
        baselineIs: BARE_IS,
      },
      {
        what: `JS heap growth per call (over ${calls} calls)`,
        unit: 'MB',
        product: growth.product!,
        baseline: growth.baseline!,
        goal: 1.1,
        baselineIs: BARE_IS,
      },
    ];
  },
};
