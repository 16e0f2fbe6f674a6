/**
 * Run-time registration of the call-link schemes. Installers declare them too
 * (electron-builder.yml `protocols`, build/installer.nsh); this covers development runs and
 * portable copies, and never takes a scheme away from another app (services/links/link-schemes.ts).
 */
import { app } from 'electron';
import { resolve } from 'node:path';
import {
  CALL_LINK_SCHEMES,
  protocolClientArgs,
  shouldClaimScheme,
} from '../services/links/link-schemes';
import type { Logger } from '../services/logging/logger';

export function registerCallLinkSchemes(log: Logger): void {
  // `electron .` (development): argv[1] is the app folder, which Windows must pass back to Electron.
  const appPath = process.defaultApp && process.argv[1] ? resolve(process.argv[1]) : undefined;
  const args = protocolClientArgs({ isPackaged: app.isPackaged, appPath });
  for (const scheme of CALL_LINK_SCHEMES) {
    const current = app.getApplicationNameForProtocol(`${scheme}:`);
    if (!shouldClaimScheme(current, [app.getName(), 'softphone'])) {
      log.info('call links stay with another app', { scheme, handler: current });
      continue;
    }
    if (!app.setAsDefaultProtocolClient(scheme, process.execPath, args))
      log.warn('could not register the link handler', { scheme });
  }
}
