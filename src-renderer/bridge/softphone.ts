import {
  createSoftphoneApi,
  toUserError,
  type BridgeTransport,
  type SoftphoneApi,
} from '../../src-preload/contract';
import { createWebBridge } from './web/web-bridge';

declare global {
  interface Window {
    /** Present in the desktop app (exposed by the preload); absent in a plain browser. */
    readonly softphone?: SoftphoneApi;
    /**
     * TEST SEAM, not a feature: the end-to-end test (tests/e2e/desktop) defines this transport
     * before the page loads, to wire the web build to main's real handler modules running in the
     * test process. It is consulted only where no preload bridge exists, i.e. in a plain browser,
     * where it gives a page nothing it could not already do: whatever could define it could as
     * well script the page itself.
     */
    readonly __softphoneHarness?: BridgeTransport;
  }
}

/**
 * Every invoke function of `api`, its rejection made a `UserError` when main sent a coded one
 * (Electron's IPC keeps only the message: see `user-error.ts`), so each caller can translate it.
 */
export function withUserErrors(api: SoftphoneApi): SoftphoneApi {
  const wrapped: Record<string, unknown> = { events: api.events };
  for (const [domain, verbs] of Object.entries(api)) {
    if (domain === 'events') continue;
    wrapped[domain] = Object.fromEntries(
      Object.entries(verbs as Record<string, (request?: unknown) => Promise<unknown>>).map(
        ([verb, invoke]) => [
          verb,
          (request?: unknown) =>
            invoke(request).catch((error: unknown) => Promise.reject(toUserError(error))),
        ],
      ),
    );
  }
  return wrapped as SoftphoneApi;
}

/** The one typed client the renderer talks to: the preload's bridge, a test harness's, or web mode's. */
export const softphone: SoftphoneApi = withUserErrors(
  window.softphone ??
    (window.__softphoneHarness
      ? createSoftphoneApi(window.__softphoneHarness)
      : createWebBridge(window)),
);
