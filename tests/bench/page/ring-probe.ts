/**
 * The ten-ringing bench's probe (tests/bench/ten-ringing.ts), installed in the product's page
 * before its own script: every animation frame's duration (the gap to the previous frame), each
 * INVITE's arrival on the WebSocket (before the app's own listener sees it) and the first moment
 * each number of Answer buttons was on screen. Times are the page's `performance.now()`.
 */
import type { RingProbe } from '../ring-probe-record';

declare global {
  interface Window {
    __ring: RingProbe;
  }
}

const probe: RingProbe = { frames: [], invites: [], answersShown: {}, longFrames: [] };
window.__ring = probe;

function answerButtons(): number {
  let count = 0;
  for (const button of document.querySelectorAll('button'))
    if (button.textContent?.trim() === 'Answer') count += 1;
  return count;
}

let last = 0;
function frame(at: number): void {
  if (last > 0) probe.frames.push({ at, ms: at - last });
  last = at;
  // Bounded: about 30 s at 60 Hz is more than any window the bench looks at.
  if (probe.frames.length > 2000) probe.frames.splice(0, 1000);
  const shown = answerButtons();
  probe.answersShown[shown] ??= at;
  requestAnimationFrame(frame);
}
requestAnimationFrame(frame);

// What made a long frame long (Chromium's long-animation-frame entries, 50 ms and over).
new PerformanceObserver((list) => {
  for (const entry of list.getEntries() as PerformanceEntry[] & { scripts?: unknown }[]) {
    const frame = entry as PerformanceEntry & {
      blockingDuration: number;
      renderStart: number;
      styleAndLayoutStart: number;
      scripts: {
        invoker: string;
        sourceFunctionName: string;
        sourceURL: string;
        duration: number;
        forcedStyleAndLayoutDuration: number;
      }[];
    };
    probe.longFrames.push({
      at: frame.startTime,
      ms: frame.duration,
      renderMs: frame.startTime + frame.duration - (frame.renderStart || frame.startTime),
      scripts: frame.scripts.map(
        (script) =>
          `${script.invoker} ${script.sourceFunctionName} ${Math.round(script.duration)} ms (layout ${Math.round(script.forcedStyleAndLayoutDuration)})`,
      ),
    });
  }
}).observe({ type: 'long-animation-frame', buffered: false });

const NativeWebSocket = window.WebSocket;
window.WebSocket = class extends NativeWebSocket {
  constructor(url: string | URL, protocols?: string | string[]) {
    super(url, protocols);
    this.addEventListener('message', (event: MessageEvent) => {
      if (typeof event.data === 'string' && event.data.startsWith('INVITE '))
        probe.invites.push(performance.now());
    });
  }
} as typeof WebSocket;
