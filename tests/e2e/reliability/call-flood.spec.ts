import { expect, test } from '@playwright/test';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { testExtension } from '../../testbed/extensions';
import { sippDiagnostics, sippReceived, startSipp, type SippRun } from '../../testbed/sipp';
import { CallPage } from '../pages/call-page';
import { SignInPage } from '../pages/sign-in-page';
import { extension } from '../testbed';
import { PageProbes } from './page-probes';

/**
 * A flood of calls (issue 8, point 13): 50 INVITEs within two seconds from SIPp through the test
 * PBX to one signed-in page. The page may keep eight calls live and must refuse the rest busy;
 * it must keep drawing frames, ring once (not once per call), and give back its memory and its
 * peer connections once the callers have given up.
 */

const CALLEE = '1001';
const CALLER = '1002';
const FLOOD_CALLS = 50;
/** src-renderer/sip/call-manager.ts MAX_LIVE_CALLS. */
const LINE_LIMIT = 8;
/** How long SIPp lets each ringing call ring before it CANCELs: longer than the burst lasts. */
const RING_MS = 4000;
/** 50 calls at 25 a second, their 407 round trips included. */
const BURST_MS = 2500;
/** The warm-up burst need not ring long: it only has to run the code once. */
const WARM_UP_RING_MS = 500;
/** A frame or timer this late is a frozen UI to a user. */
const FRAME_BUDGET_MS = 200;
/**
 * The page's memory after the flood (compiled code aside: see HeapReport.retained) may exceed its
 * baseline by this much, the bounded SIP trace ring emptied first. Measured: 0 KB (the history of 50
 * calls lives in IndexedDB, outside the heap). Calls kept after they end would be far above it: JsSIP's Timer H kept the 42 refused
 * INVITEs and their transactions for 32 s, +170-300 KB (fixed in jssip-workarounds.ts).
 */
const HEAP_TOLERANCE_BYTES = 100 * 1024;

/** A measured figure: kept on the test's report and printed, since the list reporter hides it. */
function figure(description: string): void {
  test.info().annotations.push({ type: 'figure', description });
  process.stdout.write(`  figure: ${description}\n`);
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
const kb = (bytes: number) => `${bytes >= 0 ? '+' : ''}${Math.round(bytes / 1024)} KB`;

function sippCaller(args: readonly string[]): string[] {
  const caller = testExtension(CALLER);
  return [
    '-s',
    CALLEE,
    '-key',
    'caller',
    caller.user,
    '-au',
    caller.user,
    '-ap',
    caller.password,
    ...args,
  ];
}

async function expectSippDone(run: SippRun): Promise<void> {
  expect(await run.exited, sippDiagnostics(run)).toBe(0);
}

test('a flood of 50 calls: 42 refused busy, one ring, the UI keeps drawing, memory comes back', async ({
  page,
}) => {
  test.setTimeout(60_000);
  const logDir = join(test.info().outputDir, 'sipp');
  const remote = `127.0.0.1:${process.env.PBX_UDP_PORT ?? 15060}`;
  const flood = (ringMs: number) =>
    startSipp({
      scenario: 'uac-flood.xml',
      remote,
      logDir,
      calls: FLOOD_CALLS,
      rate: { calls: 25, periodMs: 1000 },
      timeoutS: 30,
      args: sippCaller(['-d', String(ringMs)]),
    });
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  const probes = new PageProbes(page);
  await probes.install();

  const signIn = new SignInPage(page);
  await signIn.open();
  await signIn.signIn(extension(CALLEE));
  await signIn.expectRegistered();
  const phone = new CallPage(page);

  // Warm-up: one call rung, answered and hung up by the far end, so JsSIP, the microphone, the
  // ring and the remote audio have all been through once before the baseline is taken.
  const warmUp = await startSipp({
    scenario: 'uac-auth.xml',
    remote,
    logDir,
    args: sippCaller([]),
  });
  await phone.answer();
  await expectSippDone(warmUp);
  await expect(phone.cards).toHaveCount(0);

  // And one burst: what a flood's code paths allocate once and keep (type feedback, shapes,
  // caches; measured +65 KB without this burst, 0 KB with it) belongs in the baseline too.
  await expectSippDone(await flood(WARM_UP_RING_MS));
  await expect(phone.cards).toHaveCount(0);

  // The probe must be able to fail: a 300 ms busy main thread shows as a late frame, a late
  // timer and a long task.
  await probes.reset();
  await probes.busy(300);
  await page.waitForTimeout(100);
  const selfTest = await probes.frames();
  expect(selfTest.maxTimerLagMs, JSON.stringify(selfTest)).toBeGreaterThan(250);
  expect(selfTest.maxFrameGapMs, JSON.stringify(selfTest)).toBeGreaterThan(250);
  expect(selfTest.longTasksMs[0] ?? 0, JSON.stringify(selfTest)).toBeGreaterThan(250);

  // The recent-SIP-trace ring (for Export diagnostics) keeps the flood's messages on purpose, up
  // to its fixed bound: emptied before each measurement, so the balance is what the calls leave.
  await phone.clearSipTrace();
  const baseHeap = await probes.heap();
  const ringsBefore = (await phone.toneStarts()).ring ?? 0;
  await probes.reset();

  const started = Date.now();
  const run = await flood(RING_MS);
  // Once the burst is over (50 at 25 a second), the calls the page may keep still ring on screen.
  // Looked at once: Playwright's role queries are main-thread work the probe would count.
  await page.waitForTimeout(BURST_MS);
  await expect(phone.ringingCall).toHaveCount(LINE_LIMIT);
  await expectSippDone(run);
  const floodMs = Date.now() - started;
  await expect(phone.cards).toHaveCount(0);
  const frames = await probes.frames();
  const tones = await probes.tones();

  const received = sippReceived(run);
  const busy = received.get(486)?.size ?? 0;
  const cancelled = received.get(487)?.size ?? 0;
  figure(
    `${FLOOD_CALLS} calls in ${floodMs} ms: ${busy} answered 486, ${cancelled} rang and were cancelled (487)`,
  );
  figure(
    `frames: max gap ${frames.maxFrameGapMs} ms over ${frames.frames} frames in ${frames.windowMs} ms; ` +
      `timer lag max ${frames.maxTimerLagMs} ms; long tasks ${JSON.stringify(frames.longTasksMs.slice(0, 5))}; ` +
      `load average ${loadavg()[0]?.toFixed(1)}`,
  );
  expect(busy, sippDiagnostics(run)).toBe(FLOOD_CALLS - LINE_LIMIT);
  expect(cancelled, sippDiagnostics(run)).toBe(LINE_LIMIT);

  // Responsive: no frame came later than the budget, no task held the main thread that long.
  // (Headless Chromium here draws at 60 fps, so frames are measured directly; the timer lag is
  // the fallback for a browser that throttles frames, reported only. On a machine loaded far
  // beyond its cores every gap stretches: the load average in the message tells which it was.)
  const context = `${JSON.stringify(frames)}, load average ${loadavg()[0]?.toFixed(1)}`;
  expect(frames.maxFrameGapMs, context).toBeLessThan(FRAME_BUDGET_MS);
  expect(
    frames.longTasksMs.filter((ms) => ms >= FRAME_BUDGET_MS),
    context,
  ).toEqual([]);

  // One ring for the whole burst, never restarted per call, no call-waiting beep over it, and
  // silence once the last caller gave up.
  const ringsAfter = (await phone.toneStarts()).ring ?? 0;
  figure(
    `ring started ${ringsAfter - ringsBefore} time(s); rang in ${tones.ringingSamples} of ${tones.samples} samples`,
  );
  expect(ringsAfter - ringsBefore).toBe(1);
  expect(tones.ringingSamples).toBeGreaterThan(0);
  expect(tones.speakerTones).toEqual([]);
  expect(await phone.tones()).toEqual({});

  // Nothing left behind: every peer connection closed, the heap back near its base.
  const connections = await probes.peerConnections();
  expect(connections.created).toBeGreaterThan(0);
  expect(connections.closed, 'every RTCPeerConnection the page made is closed').toBe(
    connections.created,
  );
  const heapNow = async () => {
    await phone.clearSipTrace();
    return probes.heap();
  };
  let heap = await heapNow();
  // The last calls' transactions end a moment after their ACKs: give them a second or two.
  for (let i = 0; i < 4 && heap.retained > baseHeap.retained + HEAP_TOLERANCE_BYTES; i++) {
    await page.waitForTimeout(500);
    heap = await heapNow();
  }
  figure(
    `heap without code: base ${mb(baseHeap.retained)}, after ${mb(heap.retained)} ` +
      `(${kb(heap.retained - baseHeap.retained)}); V8 heap used ${mb(baseHeap.used)} -> ${mb(heap.used)}, ` +
      `code ${mb(baseHeap.code)} -> ${mb(heap.code)}`,
  );
  expect(heap.retained - baseHeap.retained).toBeLessThan(HEAP_TOLERANCE_BYTES);
  expect(pageErrors).toEqual([]);
});
