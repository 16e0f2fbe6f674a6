/**
 * What the built main process does after start-up, under the fake Electron: a second launch with
 * --dial, an incoming call's popup, and Quit. Start-up itself is in main-start.smoke.test.ts.
 */
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { MainProcess, type RecordedCall } from './main-process';
import { callsTo, lockedDown, phoneReport, pushes, ringingCall, windowsOpened } from './records';

const outDir = inject('outDir');
const entry = join(outDir, 'main', 'index.js');
const popupUrl = pathToFileURL(join(outDir, 'renderer', 'popup.html')).href;

// One run of the app for the whole block, in order: Quit, the last test, ends it.
describe('the running main process', () => {
  let main: MainProcess;
  /** How many calls were recorded when the current test began. */
  let start = 0;
  const newCalls = async (): Promise<RecordedCall[]> => (await main.calls()).slice(start);

  beforeAll(async () => {
    main = await MainProcess.started({ outDir });
  });

  beforeEach(async () => {
    start = (await main.calls()).length;
  });

  afterAll(() => main?.stop());

  it("asks before a second launch's --dial, holds it until the page is ready, then pushes it", async () => {
    const argv = [process.execPath, entry, '--dial', '1002'];
    await main.command('answerDialog', { response: 0 }); // "Call"
    await main.command('emitApp', { event: 'second-instance', args: [argv, outDir, {}] });
    await sleep(50);
    const held = await newCalls();
    const [question] = callsTo(held, 'dialog.showMessageBox');
    expect(question?.args.at(-1)).toMatchObject({
      message: 'Call 1002?',
      buttons: ['Call', 'Cancel'],
      checkboxLabel: 'Always allow for tel: links',
    });
    expect(pushes(held, 'dial:request')).toEqual([]);
    // Launching again brings the window back.
    expect(callsTo(held, 'window.show').map((call) => call.target)).toContain(1);

    // The page has loaded and listens.
    expect(await main.invoke('app:ready')).toEqual({ ok: true });
    expect(pushes(await newCalls(), 'dial:request')).toEqual([
      {
        api: 'webContents.send',
        target: 1,
        args: ['dial:request', { target: '1002', source: 'command-line' }],
      },
    ]);
  });

  it('shows an incoming call in a locked-down popup that can answer only that call', async () => {
    await main.invoke('app:ready');
    const ringing = { ...ringingCall('call-1', '1003'), name: 'Smoke Caller' };
    expect(await main.invoke('phone:report', phoneReport([ringing]))).toEqual({ ok: true });
    const opened = await newCalls();
    const [popup] = windowsOpened(opened);
    expect(popup?.options.webPreferences).toMatchObject({
      ...lockedDown,
      preload: join(outDir, 'preload', 'popup.cjs'),
    });
    expect(callsTo(opened, 'window.loadURL')).toEqual([
      { api: 'window.loadURL', target: popup?.id, args: [popupUrl] },
    ]);
    const guarded = callsTo(opened, 'webContents.setWindowOpenHandler');
    expect(guarded.map((call) => call.target)).toEqual([popup?.id]);

    const fromPopup = { window: popup?.id };
    expect(await main.invoke('popup:view', undefined, fromPopup)).toMatchObject({
      ok: true,
      value: { callId: 'call-1', number: '1003' },
    });
    // A popup has the popup's verbs only, even though it is one of our own pages.
    expect(await main.invoke('settings:get', undefined, fromPopup)).toMatchObject({ ok: false });

    const answer = { action: 'answer' };
    expect(await main.invoke('popup:command', answer, fromPopup)).toEqual({ ok: true });
    expect(pushes(await newCalls(), 'call:command')).toEqual([
      {
        api: 'webContents.send',
        target: 1,
        args: ['call:command', { action: 'answer', callId: 'call-1' }],
      },
    ]);

    // Answered: the page reports the call active and the popup goes away.
    const active = phoneReport([{ ...ringing, state: 'active' }]);
    expect(await main.invoke('phone:report', active)).toEqual({ ok: true });
    const closed = callsTo(await newCalls(), 'window closed');
    expect(closed.map((call) => call.target)).toEqual([popup?.id]);
  });

  it('sets its own application menu: Edit, View, Window, Help, and no raw reload role', async () => {
    const calls = await main.calls();
    const [set] = callsTo(calls, 'Menu.setApplicationMenu');
    const template = (set?.args[0] as { template: { label?: string; role?: string }[] }).template;
    expect(template.map((item) => item.label)).toEqual(['Edit', 'View', 'Window', 'Help']);
    const roles = JSON.stringify(template);
    expect(roles).not.toMatch(/"role":"(reload|forceReload)"/);
    // This run is a development build: DevTools stay, and Reload is our guarded command.
    expect(roles).toContain('"role":"toggleDevTools"');
  });

  it('tells the page when the computer wakes or is unlocked (powerMonitor → system:resumed)', async () => {
    await main.invoke('app:ready');
    await main.command('emitPowerMonitor', { event: 'resume' });
    await main.command('emitPowerMonitor', { event: 'unlock-screen' });
    await main.command('emitPowerMonitor', { event: 'suspend' });
    expect(pushes(await newCalls(), 'system:resumed')).toEqual([
      { api: 'webContents.send', target: 1, args: ['system:resumed', { reason: 'resume' }] },
      { api: 'webContents.send', target: 1, args: ['system:resumed', { reason: 'unlock-screen' }] },
    ]);
  });

  it('asks before quitting while a call is live, and stays when the user says no', async () => {
    await main.invoke('app:ready');
    const active = phoneReport([{ ...ringingCall('call-9', '1009'), state: 'active' }]);
    expect(await main.invoke('phone:report', active)).toEqual({ ok: true });
    const stopped = await main.command('quit');
    expect(String(stopped)).toContain('before-quit was prevented');
    await sleep(50);
    const [question] = callsTo(await newCalls(), 'dialog.showMessageBox');
    expect(question?.args.at(-1)).toMatchObject({
      message: 'End the call in progress?',
      buttons: ['End calls and quit', 'Cancel'],
    });
    expect(main.running).toBe(true);
    // The call ended: the next quit (the last test) goes through without a question.
    expect(await main.invoke('phone:report', phoneReport([]))).toEqual({ ok: true });
  });

  // Last: it ends the run.
  it('quits cleanly when asked: the window really closes and hotkeys are released', async () => {
    // The command answers only if something stopped the quit; once main exits it rejects.
    const stopped = await main.command('quit').then(String, () => undefined);
    expect(stopped, 'the quit was stopped').toBeUndefined();
    const exit = await main.exited;
    expect(exit.code, main.output).toBe(0);
    const calls = exit.calls ?? [];
    // Close-to-tray must not keep the window (and so the app) alive.
    expect(callsTo(calls, 'window closed').map((call) => call.target)).toContain(1);
    const registered = callsTo(calls, 'globalShortcut.register').map((call) => call.args[0]);
    const released = callsTo(calls, 'globalShortcut.unregister').map((call) => call.args[0]);
    expect(registered.length).toBeGreaterThan(0);
    expect(new Set(released)).toEqual(new Set(registered));
  });
});

describe('a call that stops ringing while its popup is still loading', () => {
  let main: MainProcess | undefined;

  // In beforeAll, not beforeEach: Vitest counts a beforeEach error as the expected failure.
  beforeAll(async () => {
    main = await MainProcess.started({ outDir });
    expect(await main.invoke('app:ready')).toEqual({ ok: true });
  });

  afterAll(() => main?.stop());

  // Closing a window before its page finished loading rejects loadURL; uncaught, Electron reports it
  // as a main-process error. Here the caller gives up (or another phone answers) in the popup's
  // first moments. (Failed before main-window.ts and popup-windows.ts caught the rejection.)
  it('keeps running', async () => {
    const report = (calls: object[]) => main?.invoke('phone:report', phoneReport(calls));
    // Both reports leave at once, so the second arrives while popup.html is still loading.
    const reports = await Promise.all([report([ringingCall('call-2', '1004')]), report([])]);
    expect(reports).toEqual([{ ok: true }, { ok: true }]);
    await sleep(200);
    expect(main?.running, main?.output).toBe(true);
  });
});
