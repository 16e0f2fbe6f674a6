/**
 * Probes the bench installs in both pages, the product and the bare JsSIP baseline, before any
 * of their own script runs (Playwright's addInitScript). Every timestamp is taken here, inside
 * the page, on the shared wall clock (`performance.timeOrigin + performance.now()`), so events in
 * two pages (a click in the caller, the ring in the callee) compare without Playwright's round
 * trips in between. Both pages are found by the same accessible names: "Sign in", "Call",
 * "Answer", a status saying "Registered".
 */
import type { ProbeRecord } from '../probe-record';

declare global {
  interface Window {
    __probes: ProbeRecord;
  }
}

const now = () => performance.timeOrigin + performance.now();
const record: ProbeRecord = {
  origin: performance.timeOrigin,
  clicks: {},
  peerConnections: [],
  invites: [],
  invitesSent: [],
  answerShown: [],
  firstAudio: [],
};
window.__probes = record;

const NativePeerConnection = window.RTCPeerConnection;
const connections: RTCPeerConnection[] = [];
window.RTCPeerConnection = class extends NativePeerConnection {
  constructor(configuration?: RTCConfiguration) {
    record.peerConnections.push(now());
    super(configuration);
    connections.push(this);
  }
} as typeof RTCPeerConnection;

const NativeWebSocket = window.WebSocket;
window.WebSocket = class extends NativeWebSocket {
  constructor(url: string | URL, protocols?: string | string[]) {
    super(url, protocols);
    // Before the app's own listener (added after construction), so the INVITE's arrival is
    // stamped before any of the app's handling of it.
    this.addEventListener('message', (event: MessageEvent) => {
      if (typeof event.data === 'string' && event.data.startsWith('INVITE '))
        record.invites.push(now());
    });
  }

  override send(data: string | ArrayBufferLike | Blob | ArrayBufferView): void {
    if (typeof data === 'string' && data.startsWith('INVITE ')) record.invitesSent.push(now());
    super.send(data);
  }
} as typeof WebSocket;

function visible(element: Element): boolean {
  return element instanceof HTMLElement && element.offsetParent !== null && !element.hidden;
}
function buttonNamed(name: string): HTMLButtonElement | undefined {
  for (const button of document.querySelectorAll('button'))
    if (button.textContent?.trim() === name && visible(button)) return button;
  return undefined;
}

let answerShown = false;
function check(): void {
  if (record.signInVisible === undefined) {
    const signIn = buttonNamed('Sign in');
    if (signIn && !signIn.disabled) {
      record.signInVisible = now();
      // Interactive: visible, and the main thread free to run the next task (a click's).
      const channel = new MessageChannel();
      channel.port1.onmessage = () => (record.interactive = now());
      channel.port2.postMessage(0);
    }
  }
  if (record.registered === undefined && record.clicks['Sign in'] !== undefined) {
    for (const status of document.querySelectorAll('[role="status"]'))
      if (status.textContent?.includes('Registered')) record.registered = now();
  }
  const answer = buttonNamed('Answer') !== undefined;
  if (answer && !answerShown) record.answerShown.push(now());
  answerShown = answer;
}

new MutationObserver(check).observe(document, {
  subtree: true,
  childList: true,
  characterData: true,
  attributes: true,
});

async function awaitFirstAudio(after: number): Promise<void> {
  while (now() - after < 10_000) {
    for (const connection of connections) {
      const stats = await connection.getStats();
      for (const report of stats.values())
        if (
          report.type === 'inbound-rtp' &&
          report.kind === 'audio' &&
          report.packetsReceived > 0
        ) {
          record.firstAudio.push(now());
          return;
        }
    }
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

addEventListener(
  'click',
  (event) => {
    const button = (event.target as Element | null)?.closest('button');
    const name = button?.textContent?.trim();
    if (!name) return;
    // The event's own timestamp: when the input happened, before any handler ran.
    const at = performance.timeOrigin + event.timeStamp;
    record.clicks[name] = at;
    if (name === 'Answer') void awaitFirstAudio(at);
  },
  true,
);
