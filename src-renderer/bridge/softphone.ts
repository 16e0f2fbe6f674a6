import {
  createSoftphoneApi,
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

/** The one typed client the renderer talks to: the preload's bridge, a test harness's, or web mode's. */
export const softphone: SoftphoneApi =
  window.softphone ??
  (window.__softphoneHarness
    ? createSoftphoneApi(window.__softphoneHarness)
    : createWebBridge(window));
