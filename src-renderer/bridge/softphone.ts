import type { SoftphoneApi } from '../../src-preload/contract';
import { createWebBridge } from './web/web-bridge';

declare global {
  interface Window {
    /** Present in the desktop app (exposed by the preload); absent in a plain browser. */
    readonly softphone?: SoftphoneApi;
  }
}

/** The one typed client the renderer talks to: the preload's bridge, or web mode's. */
export const softphone: SoftphoneApi = window.softphone ?? createWebBridge(window);
