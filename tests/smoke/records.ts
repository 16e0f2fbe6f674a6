/**
 * Reading what the fake Electron recorded (tests/smoke/fake-electron/state.mjs), and the shared
 * expectations of the smoke tests.
 */
import type { BrowserWindowConstructorOptions } from 'electron';
import type { RecordedCall } from './main-process';

export function callsTo(calls: RecordedCall[], api: string): RecordedCall[] {
  return calls.filter((call) => call.api === api);
}

/** `webContents.send(channel, payload)` calls: what main pushed to a page. */
export function pushes(calls: RecordedCall[], channel: string): RecordedCall[] {
  return callsTo(calls, 'webContents.send').filter((call) => call.args[0] === channel);
}

/** The windows created, with the options they were created with. */
export function windowsOpened(calls: RecordedCall[]) {
  return callsTo(calls, 'new BrowserWindow').map((call) => ({
    id: call.target,
    options: call.args[0] as BrowserWindowConstructorOptions,
  }));
}

/** What the security design asks of every window: the page gets no Node and no way out. */
export const lockedDown = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
};

/** An incoming call as the page's phone reports it (`phone:report`). */
export function ringingCall(id: string, number: string) {
  return { id, accountId: 'smoke1', direction: 'incoming', state: 'ringing', number };
}

export function phoneReport(calls: object[]) {
  return { lines: [{ accountId: 'smoke1', registration: 'registered' }], calls };
}
