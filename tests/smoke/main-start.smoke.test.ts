/**
 * Starts the built main bundle (out/main/index.js) under plain Node with the recording fake
 * Electron and checks that start-up wires the shell the way the security design promises: one
 * locked-down window on the built page, every contract channel behind the sender check, the
 * microphone for our own page only, settings in the profile without passwords, call links.
 * What happens after start-up (links, calls, Quit) is in main-events.smoke.test.ts.
 *
 * What this cannot show: anything Chromium does (rendering, real permission prompts, whether
 * Electron honours these options), OS integration (tray, hotkeys, protocol registration taking
 * effect), packaged builds, and the macOS and Windows code paths.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { invokeChannels, popupInvokeChannels } from '../../src-preload/contract';
import { hostileUrls } from '../../src-main/services/security/hostile-urls';
import { MainProcess, type RecordedCall } from './main-process';
import { callsTo, lockedDown, windowsOpened } from './records';

const outDir = inject('outDir');
const entry = join(outDir, 'main', 'index.js');
const pageUrl = pathToFileURL(join(outDir, 'renderer', 'index.html')).href;
const evil = 'https://evil.example/';

/** Every file under `folder`, recursively. */
function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(folder, entry.name)) : [join(folder, entry.name)],
  );
}

describe('start-up of the built main process', () => {
  let main: MainProcess;
  let startup: RecordedCall[];

  beforeAll(async () => {
    // callto: belongs to another app here, to check that start-up leaves it alone.
    main = await MainProcess.started({ outDir, protocolHandlers: { 'callto:': 'Skype' } });
    startup = await main.calls();
  });

  afterAll(() => main?.stop());

  it('starts without an error and opens exactly one window', () => {
    expect(main.running, main.output).toBe(true);
    expect(windowsOpened(startup)).toHaveLength(1);
    const log = readFileSync(join(main.userData, 'logs', 'main.log'), 'utf8');
    expect(log).not.toMatch(/\[error\]/);
  });

  // Logs name accounts, servers and numbers: the user's alone. (Failed before log-sink.ts set the
  // file transport's mode and restricted the folder: electron-log creates 0666 & ~umask.)
  it('keeps its log folder and log file readable by the user only', () => {
    const logs = join(main.userData, 'logs');
    expect(statSync(logs).mode & 0o777).toBe(0o700);
    expect(statSync(join(logs, 'main.log')).mode & 0o777).toBe(0o600);
  });

  it('takes the single-instance lock and listens for links before the app is ready', () => {
    // macOS sends the link that launched the app (`open-url`) before `ready`.
    const steps = startup.map((call) =>
      call.api === 'app.on' ? `app.on ${call.args[0]}` : call.api,
    );
    const ready = steps.indexOf('event ready');
    for (const step of [
      'app.requestSingleInstanceLock',
      'app.on open-url',
      'app.on second-instance',
    ]) {
      expect(steps.indexOf(step), step).toBeGreaterThanOrEqual(0);
      expect(steps.indexOf(step), step).toBeLessThan(ready);
    }
  });

  it('locks the phone window down and keeps it running while hidden', () => {
    const [phone] = windowsOpened(startup);
    const preload = join(outDir, 'preload', 'index.cjs');
    expect(phone?.options.webPreferences).toMatchObject({
      ...lockedDown,
      // The phone must ring and keep its WebSocket alive while minimised.
      backgroundThrottling: false,
      preload,
    });
    expect(existsSync(preload)).toBe(true);
    // Hidden until the page is ready, then shown (no flash of an empty window).
    expect(phone?.options.show).toBe(false);
    expect(callsTo(startup, 'window.show').map((call) => call.target)).toContain(phone?.id);
  });

  it('loads the built page from disk', () => {
    expect(existsSync(new URL(pageUrl))).toBe(true);
    expect(callsTo(startup, 'window.loadURL')).toEqual([
      { api: 'window.loadURL', target: 1, args: [pageUrl] },
    ]);
  });

  it('binds every contract channel and no other IPC door', () => {
    const handled = callsTo(startup, 'ipcMain.handle').map((call) => call.args[0]);
    expect(new Set(handled)).toEqual(
      new Set([
        ...Object.keys(invokeChannels),
        ...Object.keys(popupInvokeChannels),
        // electron-log/main binds its own channel on import; only its preload could reach it.
        '__ELECTRON_LOG__',
      ]),
    );
  });

  it('answers its own page and refuses a foreign page, an iframe and bad payloads', async () => {
    expect(await main.invoke('settings:get')).toMatchObject({
      ok: true,
      value: { schemaVersion: 2 },
    });
    const refused = { ok: false, error: expect.stringMatching(/may not use the softphone bridge/) };
    expect(await main.invoke('settings:get', undefined, { frameUrl: evil })).toEqual(refused);
    const fromEvilFrame = { subFrame: true, frameUrl: evil };
    expect(await main.invoke('secrets:get', { accountId: 'a1' }, fromEvilFrame)).toEqual(refused);
    // Even an iframe showing our own page: only the top frame may use the bridge.
    expect(await main.invoke('settings:get', undefined, { subFrame: true })).toEqual(refused);
    // The popup's channels answer popup windows only.
    expect(await main.invoke('popup:view')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/popup bridge/),
    });
    // The payload is validated before any handler runs.
    const badAccount = { accountId: '../etc', credential: { password: 'x' } };
    expect(await main.invoke('secrets:set', badAccount)).toMatchObject({ ok: false });
  });

  it('denies new windows, navigation away from the app and <webview>', async () => {
    for (const url of [evil, pageUrl]) {
      expect(await main.command('windowOpen', { window: 1, url })).toEqual({ action: 'deny' });
    }
    const stopped = (event: string, url: string) =>
      main.command('navigate', { window: 1, event, url });
    expect(await stopped('will-navigate', evil)).toBe(true);
    expect(await stopped('will-redirect', 'file:///etc/passwd')).toBe(true);
    expect(await stopped('will-navigate', pageUrl)).toBe(false);
    expect(await stopped('will-attach-webview', evil)).toBe(true);
  });

  it('grants the microphone to its own page, and nothing else to anyone', async () => {
    const request = (permission: string, details: Record<string, unknown> = {}) =>
      main.command('permissionRequest', { window: 1, permission, details });
    expect(await request('media', { mediaTypes: ['audio'] })).toBe(true);
    expect(await request('media', { mediaTypes: ['audio', 'video'] })).toBe(false);
    expect(await request('geolocation')).toBe(false);
    expect(await request('openExternal')).toBe(false);
    expect(await request('media', { mediaTypes: ['audio'], requestingUrl: evil })).toBe(false);
    const check = {
      window: 1,
      permission: 'media',
      requestingOrigin: 'https://evil.example',
      details: { requestingUrl: evil, mediaType: 'audio' },
    };
    expect(await main.command('permissionCheck', check)).toBe(false);
    const usb = { details: { deviceType: 'usb', origin: 'file://' } };
    expect(await main.command('devicePermission', usb)).toBe(false);
  });

  // Every place the shell recognises its own page (navigation guard, IPC sender check, permission
  // request and check) refuses the same hostile forms. (file: with a host and the empty media list
  // passed before origin-policy.ts required an empty host and at least one media type.)
  describe.each(hostileUrls(pageUrl).map(({ name, url }) => [name, url]))(
    'a page at %s (%s)',
    (_name, url) => {
      it('is not navigated to', async () => {
        for (const event of ['will-navigate', 'will-redirect'])
          expect(await main.command('navigate', { window: 1, event, url })).toBe(true);
      });
      it('may not use the bridge', async () => {
        expect(await main.invoke('settings:get', undefined, { frameUrl: url })).toMatchObject({
          ok: false,
          error: expect.stringMatching(/may not use the softphone bridge/),
        });
      });
      it('gets no microphone', async () => {
        const details = { mediaTypes: ['audio'], requestingUrl: url };
        expect(
          await main.command('permissionRequest', { window: 1, permission: 'media', details }),
        ).toBe(false);
        const check = { requestingUrl: url, isMainFrame: true, mediaType: 'audio' };
        expect(
          await main.command('permissionCheck', {
            window: 1,
            permission: 'media',
            requestingOrigin: 'file:///',
            details: check,
          }),
        ).toBe(false);
      });
    },
  );

  it('refuses a media request from its own page that names no media type', async () => {
    const details = { mediaTypes: [] };
    expect(
      await main.command('permissionRequest', { window: 1, permission: 'media', details }),
    ).toBe(false);
    expect(
      await main.command('permissionRequest', { window: 1, permission: 'media', details: {} }),
    ).toBe(false);
  });

  // Electron passes a permission check the requesting frame's *origin*, which for a file:// page is
  // "file:///", not the page URL: the handler must use details.requestingUrl, or the app's own page
  // fails its checks in a packaged build (device names from enumerateDevices, navigator.permissions).
  // (Failed before secure-web-contents.ts did so.)
  it('passes the permission checks Electron makes for its own file:// page', async () => {
    const check = (permission: string, mediaType?: string) =>
      main.command('permissionCheck', {
        window: 1,
        permission,
        // What Electron 45 passes: GetLastCommittedOrigin().GetURL(), and the frame's URL.
        requestingOrigin: 'file:///',
        details: {
          requestingUrl: pageUrl,
          isMainFrame: true,
          embeddingOrigin: 'file:///',
          mediaType,
        },
      });
    expect(await check('media', 'audio')).toBe(true);
    expect(await check('speaker-selection')).toBe(true);
  });

  // electron-log's log.initialize() registers its own preload on the default session, giving every
  // page `window.__electronLog`, a second bridge with an unchecked IPC channel into main.
  // (Failed before log-sink.ts stopped calling it.)
  it('adds no preload of its own to the session beside the window preloads', () => {
    expect(callsTo(startup, 'session.registerPreloadScript')).toEqual([]);
  });

  it('keeps settings in its profile folder and passwords out of every file', async () => {
    const account = {
      id: 'smoke1',
      servers: ['wss://pbx.example.com:8089/ws'],
      domain: 'pbx.example.com',
      extension: '1001',
    };
    const password = 'Sm0ke-pa55word-for-1001';
    const accountId = account.id;
    expect(await main.invoke('settings:update', { accounts: [account] })).toMatchObject({
      ok: true,
    });
    expect(await main.invoke('secrets:set', { accountId, credential: { password } })).toEqual({
      ok: true,
    });
    // Read back through the shell's safeStorage adapter and the encrypted file.
    expect(await main.invoke('secrets:get', { accountId })).toEqual({
      ok: true,
      value: { password },
    });
    // The HA1 that replaces it after the first registration goes the same way.
    const ha1 = { ha1: '0123456789abcdef0123456789abcdef', realm: 'pbx.example.com' };
    expect(await main.invoke('secrets:set', { accountId, credential: ha1 })).toEqual({ ok: true });
    expect(await main.invoke('secrets:get', { accountId })).toEqual({ ok: true, value: ha1 });

    const settingsFile = join(main.userData, 'settings.json');
    expect(JSON.parse(readFileSync(settingsFile, 'utf8'))).toMatchObject({
      accounts: [{ id: accountId, extension: '1001' }],
    });
    expect(statSync(settingsFile).mode & 0o777).toBe(0o600);

    const written = filesUnder(main.root);
    expect(written.filter((file) => !file.startsWith(main.userData + '/'))).toEqual([]);
    expect(written.filter((file) => readFileSync(file).includes(password))).toEqual([]);
  });

  it('refuses a window it did not create, even one showing its own page', async () => {
    const stranger = await main.command<number>('foreignWindow', { url: pageUrl });
    const refused = { ok: false, error: expect.stringMatching(/may not use the softphone bridge/) };
    expect(await main.invoke('settings:get', undefined, { window: stranger })).toEqual(refused);
    expect(await main.invoke('secrets:get', { accountId: 'a1' }, { window: stranger })).toEqual(
      refused,
    );
    // Nor is it a popup: the popup bridge answers only windows it opened for a call.
    expect(await main.invoke('popup:view', undefined, { window: stranger })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/popup bridge/),
    });
  });

  it('offers to handle call links, leaving a scheme another app owns', () => {
    const asked = callsTo(startup, 'app.getApplicationNameForProtocol').map((call) => call.args[0]);
    expect(asked.sort()).toEqual(['callto:', 'sip:', 'sips:', 'tel:']);
    // Unpackaged (`electron <entry>`), the entry must come first and `--` must end the switches.
    expect(callsTo(startup, 'app.setAsDefaultProtocolClient').map((call) => call.args)).toEqual(
      ['tel', 'sip', 'sips'].map((scheme) => [scheme, process.execPath, [entry, '--']]),
    );
  });
});

describe('a second launch', () => {
  it('hands over to the running instance and quits without opening anything', async () => {
    const second = MainProcess.start({ outDir, lockTaken: true });
    try {
      const exit = await second.exited;
      expect(exit.code, second.output).toBe(0);
      const calls = exit.calls ?? [];
      expect(calls.map((call) => call.api)).toContain('app.quit');
      expect(windowsOpened(calls)).toEqual([]);
      const handled = callsTo(calls, 'ipcMain.handle').map((call) => String(call.args[0]));
      expect(handled.filter((channel) => Object.hasOwn(invokeChannels, channel))).toEqual([]);
      // Nothing opened the profile: a second instance must not race the first over its files.
      expect(existsSync(second.userData)).toBe(false);
    } finally {
      await second.stop();
    }
  });
});
