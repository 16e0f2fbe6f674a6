import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  dispatchInvoke,
  type CallSummary,
  type PhoneReport,
  type PopupView,
  type PushChannel,
  type PushPayload,
} from '../../src-preload/contract';
import { createDesktopCore, type DesktopCorePorts, type DialAnswer } from './desktop-core';
import type { Rect } from './popup/popup-layout';
import { ContactsStore } from './contacts';
import { HistoryStore } from './history';
import { createLogger, memorySink } from './logging/logger';
import { SessionSecretStore } from './secrets';
import { SettingsService } from './settings';
import { createJsonStoreBackend } from './settings/json-store-backend';
import type { MenuItemModel, TrayCommand } from './tray/tray-model';

type Pushed = { [C in PushChannel]: { channel: C; payload: PushPayload<C> } }[PushChannel];

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const ringing = (over: Partial<CallSummary> = {}): CallSummary => ({
  id: 'c1',
  accountId: 'a1',
  direction: 'incoming',
  state: 'ringing',
  number: '1006',
  name: 'Mallory',
  muted: false,
  ...over,
});
const snapshot = (...calls: CallSummary[]): PhoneReport => ({
  lines: [{ accountId: 'a1', registration: 'registered' }],
  calls,
});

/** A core over real settings, history and secrets in a temp folder, with recording OS fakes. */
async function setup(
  options: { takenShortcuts?: string[]; confirm?: boolean; argvPackaged?: boolean } = {},
) {
  const dir = mkdtempSync(join(tmpdir(), 'softphone-core-'));
  dirs.push(dir);
  const sink = memorySink();
  const settings = SettingsService.open(
    createJsonStoreBackend({ directory: dir, name: 'settings', open: (o) => new Conf(o) }),
    { log: createLogger('settings', sink) },
  );
  const history = await HistoryStore.open({
    filePath: join(dir, 'history.jsonl'),
    log: createLogger('history', sink),
  });
  const contacts = await ContactsStore.open({
    filePath: join(dir, 'contacts.json'),
    log: createLogger('contacts', sink),
  });
  const secrets = new SessionSecretStore();
  const pushed: Pushed[] = [];
  const win = { visible: true, shows: 0, hides: 0 };
  const popupWindows: {
    view: PopupView;
    bounds: Rect;
    closed: boolean;
    updates: number;
    dismiss: () => void;
  }[] = [];
  const notes: string[] = [];
  const menus: MenuItemModel[][] = [];
  let trayClick: (command: TrayCommand) => void = () => {};
  const tray = { images: [] as string[], tooltips: [] as string[] };
  const shortcuts = new Map<string, () => void>();
  const blocker = { started: new Set<number>(), next: 1 };
  const autostart = { calls: [] as boolean[], fail: false };
  const clipboard = { selection: '', text: '' };
  const dialog = {
    answers: [] as DialAnswer[],
    asked: [] as string[],
    endCalls: [] as boolean[],
    endAsked: [] as [number, string][],
  };
  const reloads = { count: 0 };
  const quit = vi.fn();
  const power = new EventEmitter();
  const opened: string[] = [];

  const ports: DesktopCorePorts<MenuItemModel[]> = {
    platform: 'linux',
    desktop: 'KDE',
    isPackaged: options.argvPackaged ?? true,
    version: '9.9.9',
    settings,
    secrets,
    history,
    contacts,
    fetchProfile: async () => {
      throw new Error('no network in tests');
    },
    renderer: {
      push: (channel, payload) => pushed.push({ channel, payload } as Pushed),
      reload: () => void (reloads.count += 1),
    },
    window: {
      isVisible: () => win.visible,
      show: () => void ((win.visible = true), (win.shows += 1)),
      hide: () => void ((win.visible = false), (win.hides += 1)),
    },
    tray: {
      port: {
        setImage: (icon) => void tray.images.push(icon),
        setToolTip: (text) => void tray.tooltips.push(text),
        setContextMenu: (menu) => void menus.push(menu),
      },
      menuBuilder: {
        build: (items, onCommand) => {
          trayClick = onCommand;
          return [...items];
        },
      },
    },
    popupWindows: {
      open: (view, bounds, onDismissed) => {
        const w = {
          view,
          bounds,
          closed: false,
          updates: 0,
          dismiss: () => ((w.closed = true), onDismissed()),
        };
        popupWindows.push(w);
        return {
          update: (next, nextBounds) =>
            void Object.assign(w, { view: next, bounds: nextBounds, updates: w.updates + 1 }),
          close: () => void (w.closed = true),
        };
      },
    },
    popupPlacement: {
      current: () => ({
        workArea: { x: 0, y: 0, width: 1920, height: 1040 },
        displayBounds: { x: 0, y: 0, width: 1920, height: 1080 },
      }),
    },
    notifier: {
      show: (note) => {
        notes.push(note.body);
        return { close: () => void notes.splice(notes.indexOf(note.body), 1) };
      },
    },
    shortcuts: {
      register: (accelerator, callback) => {
        if (options.takenShortcuts?.includes(accelerator) || shortcuts.has(accelerator))
          return false;
        shortcuts.set(accelerator, callback);
        return true;
      },
      unregister: (accelerator) => void shortcuts.delete(accelerator),
      isRegistered: (accelerator) => shortcuts.has(accelerator),
    },
    powerBlocker: {
      start: () => {
        const id = blocker.next++;
        blocker.started.add(id);
        return id;
      },
      stop: (id) => void blocker.started.delete(id),
      isStarted: (id) => blocker.started.has(id),
    },
    powerMonitor: power,
    autostart: {
      setEnabled: async (enabled) => {
        autostart.calls.push(enabled);
        if (autostart.fail) throw new Error('read-only file system');
      },
    },
    clipboard: {
      readSelection: async () => clipboard.selection,
      readText: async () => clipboard.text,
    },
    dialog: {
      confirmDial: async (display) => {
        dialog.asked.push(display);
        return dialog.answers.shift() ?? 'cancel';
      },
      confirmEndCalls: async (live, action) => {
        dialog.endAsked.push([live, action]);
        return dialog.endCalls.shift() ?? false;
      },
    },
    browser: { openExternal: async (url) => void opened.push(url) },
    quit,
    log: createLogger('core', sink),
  };
  // Most tests dial links straight away; the ones about asking first set `confirm`.
  if (!options.confirm)
    settings.update({ calling: { ...settings.get().calling, confirmBeforeDial: false } });
  const core = createDesktopCore(ports);
  const invoke = (channel: string, request?: unknown) =>
    dispatchInvoke(core.handlers, channel, request);
  const ofChannel = <C extends PushChannel>(channel: C) =>
    pushed
      .filter((p): p is Extract<Pushed, { channel: C }> => p.channel === channel)
      .map((p) => p.payload as PushPayload<C>);
  await new Promise((resolve) => setTimeout(resolve, 0));
  return {
    core,
    invoke,
    pushed,
    ofChannel,
    settings,
    history,
    secrets,
    win,
    popupWindows,
    notes,
    menus,
    tray,
    shortcuts,
    blocker,
    autostart,
    clipboard,
    dialog,
    reloads,
    quit,
    power,
    sink,
    opened,
    trayClick: (c: TrayCommand) => trayClick(c),
  };
}

describe('desktop core: links and command lines', () => {
  it('holds a link that arrives before the page is ready, and delivers it once the page says so', async () => {
    const t = await setup();
    t.core.handleOpenUrl('tel:1005');
    expect(t.ofChannel('dial:request')).toEqual([]);
    await t.invoke('app:ready');
    expect(t.ofChannel('dial:request')).toEqual([{ target: '1005', source: 'link' }]);
    t.core.handleOpenUrl('tel:+1-202-555-0100;ext=42');
    expect(t.ofChannel('dial:request').at(-1)).toEqual({
      target: '+12025550100',
      source: 'link',
      postDial: '42',
    });
  });

  it("reads a link's national number in the user's country, as the dial field would", async () => {
    const t = await setup();
    await t.invoke('app:ready');
    t.settings.update({ calling: { ...t.settings.get().calling, defaultCountry: 'DE' } });
    t.core.handleOpenUrl('tel:030-1234567');
    t.core.handleArgv(['/opt/Softphone/softphone', '--dial', '030 1234567']);
    expect(t.ofChannel('dial:request')).toEqual([
      { target: '+49301234567', source: 'link' },
      { target: '+49301234567', source: 'command-line' },
    ]);
    t.settings.update({ calling: { ...t.settings.get().calling, defaultCountry: 'US' } });
    t.core.handleOpenUrl('tel:1234567');
    expect(t.ofChannel('dial:request')).toHaveLength(2);
    expect(t.ofChannel('notice:show').at(-1)?.message).toMatch(/not a possible phone number/);
  });

  it('refuses a hostile link with a notice, and dials nothing', async () => {
    const t = await setup();
    await t.invoke('app:ready');
    t.core.handleOpenUrl('tel:123 --inspect=9229');
    t.core.handleOpenUrl('sip:1005@pbx.example?Replaces=abc');
    expect(t.ofChannel('dial:request')).toEqual([]);
    const notices = t.ofChannel('notice:show');
    expect(notices).toHaveLength(2);
    expect(notices[0]).toMatchObject({
      level: 'warning',
      message: expect.stringMatching(/letters/),
    });
    expect(notices[1]?.message).toMatch(/SIP headers/);
  });

  it('reads a second instance command line: link after --, --answer, refusals', async () => {
    const t = await setup();
    await t.invoke('app:ready');
    t.win.visible = false;
    t.core.handleArgv(['/opt/Softphone/softphone', '--', 'callto://1005/']);
    expect(t.ofChannel('dial:request')).toEqual([{ target: '1005', source: 'command-line' }]);
    expect(t.win.visible).toBe(true);

    t.win.visible = false;
    t.core.handleArgv(['/opt/Softphone/softphone', '--answer']);
    expect(t.ofChannel('call:command')).toEqual([{ action: 'answer' }]);
    expect(t.win.visible).toBe(false); // a scripted answer does not pop the window up

    t.core.handleArgv(['/opt/Softphone/softphone', '--', 'tel:123 --inspect=9229']);
    expect(t.ofChannel('dial:request')).toHaveLength(1);
    expect(t.ofChannel('notice:show').at(-1)?.message).toMatch(/Ignored argument/);
  });

  it('shows the running window when launched again without arguments, but not with --minimized', async () => {
    const t = await setup();
    t.win.visible = false;
    t.core.handleArgv(['/opt/Softphone/softphone', '--minimized']);
    expect(t.win.visible).toBe(false);
    t.core.handleArgv(['/opt/Softphone/softphone']);
    expect(t.win.visible).toBe(true);
  });

  it('leaves the window alone for the first command line and reports --minimized', async () => {
    const t = await setup();
    t.win.visible = false;
    const parsed = t.core.handleArgv(
      ['/opt/Softphone/softphone', '--minimized', '--dial', '1005'],
      { initial: true },
    );
    expect(parsed.minimized).toBe(true);
    await t.invoke('app:ready');
    expect(t.ofChannel('dial:request')).toEqual([{ target: '1005', source: 'command-line' }]);
  });

  it('asks before dialling by default, and dials only on yes', async () => {
    const t = await setup({ confirm: true });
    await t.invoke('app:ready');
    expect(t.settings.get().calling.confirmBeforeDial).toBe(true);
    t.dialog.answers.push('cancel', 'call');
    t.core.handleOpenUrl('tel:+1 202 555 0100,,1234');
    await t.core.idle();
    t.core.handleOpenUrl('tel:1005');
    await t.core.idle();
    expect(t.dialog.asked).toEqual(['+1 202 555 0100, then ,,1234', '1005']);
    expect(t.ofChannel('dial:request')).toEqual([{ target: '1005', source: 'link' }]);
  });

  it('stores "always allow for tel: links" in settings, and then dials tel: links at once', async () => {
    const t = await setup({ confirm: true });
    await t.invoke('app:ready');
    t.dialog.answers.push('always');
    t.core.handleOpenUrl('tel:1005');
    await t.core.idle();
    expect(t.settings.get().calling).toMatchObject({
      confirmBeforeDial: true,
      allowTelLinks: true,
    });
    t.core.handleArgv(['/opt/Softphone/softphone', '--', 'tel:1006']);
    expect(t.dialog.asked).toEqual(['1005']);
    expect(t.ofChannel('dial:request').map((r) => r.target)).toEqual(['1005', '1006']);
  });

  it('dials only the newest of the links that arrived before the page was ready', async () => {
    const t = await setup();
    t.core.handleOpenUrl('tel:1005');
    t.core.handleArgv(['/opt/Softphone/softphone', '--', 'tel:1006']);
    t.core.handleOpenUrl('tel:1007');
    await t.invoke('app:ready');
    expect(t.ofChannel('dial:request')).toEqual([{ target: '1007', source: 'link' }]);
  });

  it('refuses more than a few links in 10 s, and a sip: link to this computer', async () => {
    const t = await setup();
    await t.invoke('app:ready');
    for (const n of [1, 2, 3, 4, 5]) t.core.handleOpenUrl(`tel:100${n}`);
    t.core.handleOpenUrl('sip:alice@127.0.0.1');
    expect(t.ofChannel('dial:request')).toHaveLength(3);
    const notices = t.ofChannel('notice:show').map((n) => n.message);
    expect(notices).toEqual([
      expect.stringMatching(/more than 3 times within 10 seconds/),
      expect.stringMatching(/points at this computer \(loopback\)/),
    ]);
  });
});

describe('desktop core: quitting with a live call', () => {
  it('quits at once without calls, and asks first while a call is live', async () => {
    const t = await setup();
    const retries: string[] = [];
    const request = (action: 'quit' | 'reload') =>
      t.core.mayEndCalls(action, () => void retries.push(action));
    expect(request('quit')).toBe(true);
    await t.invoke('phone:report', snapshot(ringing({ state: 'active' })));
    t.dialog.endCalls.push(false, true);
    expect(request('quit')).toBe(false);
    await t.core.idle();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(request('reload')).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(t.dialog.endAsked).toEqual([
      [1, 'quit'],
      [1, 'reload'],
    ]);
    expect(retries).toEqual(['reload']);
    expect(request('reload')).toBe(true); // the retry after "yes"
    await t.invoke('phone:report', snapshot());
    expect(request('quit')).toBe(true);
    expect(t.dialog.endAsked).toHaveLength(2);
  });
});

describe('desktop core: incoming calls', () => {
  it('opens a popup for a ringing call, answers it from the popup and closes it when answered', async () => {
    const t = await setup();
    await t.invoke('app:ready');
    t.win.visible = false;
    await t.invoke('phone:report', snapshot(ringing()));
    expect(t.popupWindows).toHaveLength(1);
    expect(t.popupWindows[0]?.view).toMatchObject({
      callId: 'c1',
      name: 'Mallory',
      number: '1006',
      language: 'en',
    });
    expect(t.core.popupView('c1')).toMatchObject({ callId: 'c1' });
    expect(t.win.visible).toBe(false); // a popup never brings up the main window by itself

    t.core.popupCommand('c1', 'answer');
    expect(t.ofChannel('call:command')).toEqual([{ action: 'answer', callId: 'c1' }]);
    expect(t.win.visible).toBe(true);

    await t.invoke('phone:report', snapshot(ringing({ state: 'active' })));
    expect(t.popupWindows[0]?.closed).toBe(true);
    expect(t.core.popupView('c1')).toBeNull();
    // A press that arrives after the call stopped ringing does nothing.
    t.core.popupCommand('c1', 'decline');
    expect(t.ofChannel('call:command')).toHaveLength(1);
  });

  it('dismissing a popup closes it for good while the call rings on', async () => {
    const t = await setup();
    await t.invoke('phone:report', snapshot(ringing()));
    t.core.popupCommand('c1', 'dismiss');
    expect(t.popupWindows[0]?.closed).toBe(true);
    await t.invoke('phone:report', snapshot(ringing()));
    expect(t.popupWindows).toHaveLength(1);
  });

  it('shows a notification instead when popups are off, and re-sends views when the language changes', async () => {
    const t = await setup();
    await t.invoke('phone:report', snapshot(ringing()));
    t.settings.update({ ui: { ...t.settings.get().ui, language: 'de' } });
    expect(t.popupWindows[0]?.view.language).toBe('de');
    t.settings.update({ desktop: { ...t.settings.get().desktop, incomingPopup: false } });
    expect(t.popupWindows[0]?.closed).toBe(true);
    expect(t.notes).toEqual(['Mallory (1006)']);
  });

  it('answers, hangs up and mutes through the hotkeys', async () => {
    const t = await setup();
    await t.invoke('app:ready');
    t.shortcuts.get('CommandOrControl+Shift+F9')?.();
    t.shortcuts.get('CommandOrControl+Shift+F10')?.();
    t.core.onHotkey('mute');
    expect(t.ofChannel('call:command')).toEqual([
      { action: 'answer' },
      { action: 'hangup-or-decline' },
      { action: 'toggle-mute' },
    ]);
  });

  it('keeps the display awake during a call, not while it rings', async () => {
    const t = await setup();
    await t.invoke('phone:report', snapshot(ringing()));
    expect(t.blocker.started.size).toBe(0);
    await t.invoke('phone:report', snapshot(ringing({ state: 'active' })));
    expect(t.blocker.started.size).toBe(1);
    await t.invoke('phone:report', snapshot());
    expect(t.blocker.started.size).toBe(0);
  });
});

describe('desktop core: hotkeys', () => {
  it('reports a hotkey another application holds, and re-registers when settings change', async () => {
    const t = await setup({ takenShortcuts: ['CommandOrControl+Shift+F11'] });
    const status = (await t.invoke('desktop:status')) as {
      hotkeys: Record<string, { status: string; message?: string }>;
    };
    expect(status.hotkeys.mute).toMatchObject({
      status: 'in-use',
      message: expect.stringMatching(/another application/),
    });
    expect(status.hotkeys.answer?.status).toBe('registered');
    await t.invoke('app:ready');
    t.settings.update({
      desktop: {
        ...t.settings.get().desktop,
        hotkeys: { ...t.settings.get().desktop.hotkeys, mute: 'CommandOrControl+Shift+F7' },
      },
    });
    expect(t.core.hotkeyReport.mute.status).toBe('registered');
    expect(t.shortcuts.has('CommandOrControl+Shift+F7')).toBe(true);
    expect(t.ofChannel('desktop:changed').at(-1)?.hotkeys.mute.status).toBe('registered');
  });

  it('dials the selection (or the clipboard), held to the link rules', async () => {
    const t = await setup();
    await t.invoke('app:ready');
    t.clipboard.text = ' +49 30/123\u00a045-67\n';
    t.core.onHotkey('dialSelection');
    await t.core.idle();
    expect(t.ofChannel('dial:request')).toEqual([{ target: '+49301234567', source: 'hotkey' }]);
    t.clipboard.selection = '*21*0900123#';
    t.core.onHotkey('dialSelection');
    await t.core.idle();
    expect(t.ofChannel('dial:request')).toHaveLength(1);
    expect(t.ofChannel('notice:show').at(-1)?.message).toMatch(/Service codes/);
  });

  it('toggles the window', async () => {
    const t = await setup();
    t.core.onHotkey('toggleWindow');
    expect(t.win.visible).toBe(false);
    t.core.onHotkey('toggleWindow');
    expect(t.win.visible).toBe(true);
  });
});

describe('desktop core: tray', () => {
  it('follows the phone and offers recent calls from the history', async () => {
    const t = await setup();
    expect(t.tray.images.at(-1)).toBe('offline');
    await t.invoke('history:add', {
      id: 'h1',
      accountId: 'a1',
      direction: 'incoming',
      number: '1006',
      name: 'Mallory',
      startedAt: 1,
      endedAt: 2,
      outcome: 'missed',
      seen: false,
    });
    await new Promise((resolve) => setTimeout(resolve, 0));
    await t.invoke('phone:report', snapshot());
    expect(t.tray.images.at(-1)).toBe('missed');
    expect(t.tray.tooltips.at(-1)).toMatch(/1 missed call/);
    const recent = t.menus.at(-1)?.find((item) => item.id === 'recent')?.submenu ?? [];
    expect(recent[0]).toMatchObject({
      label: 'Mallory (1006) · missed',
      command: { kind: 'dial', target: '1006' },
    });
  });

  it('speaks the language chosen in Settings: menu, tooltip and notification', async () => {
    const t = await setup();
    t.settings.update({ ui: { ...t.settings.get().ui, language: 'de' } });
    await t.invoke('phone:report', snapshot());
    const labels = t.menus.at(-1)?.map((item) => item.label);
    expect(labels).toEqual(expect.arrayContaining(['Nicht stören', 'Softphone beenden']));
    expect(labels).not.toContain('Quit Softphone');
    expect(t.tray.tooltips.at(-1)).not.toMatch(/Ready|Offline|Connecting/);
    t.settings.update({ desktop: { ...t.settings.get().desktop, incomingPopup: false } });
    await t.invoke('phone:report', snapshot(ringing()));
    expect(t.tray.tooltips.at(-1)).toMatch(/^Softphone - Eingehender Anruf von /);
  });

  it('shows do-not-disturb as soon as the tray turns it on, without a report from the page', async () => {
    const t = await setup();
    const dnd = () => t.menus.at(-1)?.find((item) => item.id === 'dnd')?.checked;
    expect(dnd()).toBe(false);
    t.trayClick({ kind: 'toggle-dnd' });
    expect(dnd()).toBe(true);
    expect(t.tray.tooltips.at(-1)).toMatch(/Do not disturb/);
    t.trayClick({ kind: 'toggle-dnd' });
    expect(dnd()).toBe(false);
  });

  it('takes the missed count from its own history: seen and cleared calls leave the tray', async () => {
    const t = await setup();
    await t.invoke('phone:report', snapshot());
    const missed = (id: string) => ({
      id,
      accountId: 'a1',
      direction: 'incoming',
      number: '1006',
      startedAt: 1,
      endedAt: 2,
      outcome: 'missed',
      seen: false,
    });
    await t.invoke('history:add', missed('h1'));
    await t.invoke('history:add', missed('h2'));
    expect(t.tray.images.at(-1)).toBe('missed');
    expect(t.tray.tooltips.at(-1)).toMatch(/2 missed calls/);
    await t.invoke('history:markSeen');
    expect(t.tray.images.at(-1)).toBe('registered');
    await t.invoke('history:add', missed('h3'));
    expect(t.tray.tooltips.at(-1)).toMatch(/1 missed call\b/);
    await t.invoke('history:clear');
    expect(t.tray.images.at(-1)).toBe('registered');
    expect(t.menus.at(-1)?.find((item) => item.id === 'recent')?.submenu?.[0]?.label).toBe(
      'No recent calls',
    );
  });

  it('carries out tray commands', async () => {
    const t = await setup();
    await t.invoke('app:ready');
    t.trayClick({ kind: 'toggle-dnd' });
    expect(t.settings.get().calling.doNotDisturb).toBe(true);
    expect(t.ofChannel('settings:changed').at(-1)?.calling.doNotDisturb).toBe(true);
    // The Do not disturb hotkey flips the same setting back.
    t.core.onHotkey('toggleDnd');
    expect(t.settings.get().calling.doNotDisturb).toBe(false);
    t.trayClick({ kind: 'toggle-dnd' });
    t.trayClick({ kind: 'dial', target: '1005' });
    expect(t.ofChannel('dial:request')).toEqual([{ target: '1005', source: 'tray' }]);
    t.trayClick({ kind: 'hangup', callId: 'c9' });
    expect(t.ofChannel('call:command')).toEqual([{ action: 'hangup', callId: 'c9' }]);
    t.trayClick({ kind: 'toggle-window' });
    expect(t.win.visible).toBe(false);
    expect(t.menus.at(-1)?.[0]?.label).toBe('Show Softphone');
    t.trayClick({ kind: 'quit' });
    expect(t.quit).toHaveBeenCalledOnce();
  });
});

describe('desktop core: settings and data', () => {
  it('turns start at login on and off with the setting, and reports a failure', async () => {
    const t = await setup();
    expect(t.autostart.calls).toEqual([false]);
    t.settings.update({ desktop: { ...t.settings.get().desktop, startAtLogin: true } });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(t.autostart.calls).toEqual([false, true]);
    t.autostart.fail = true;
    t.settings.update({ desktop: { ...t.settings.get().desktop, startAtLogin: false } });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(t.core.status().startAtLoginError).toMatch(/could not be turned off: read-only/);
  });

  it('resets app data but what the user keeps, removes other passwords and reloads the page', async () => {
    const t = await setup();
    await t.invoke('app:ready');
    const account = (id: string, extension: string) => ({
      id,
      servers: ['wss://pbx.example.com/ws'],
      domain: 'pbx.example.com',
      extension,
    });
    t.settings.update({
      accounts: [account('a1', '1005'), account('a2', '1006')],
      ui: { theme: 'dark', language: 'de' },
    });
    await t.secrets.set('a1', 'pw-a1');
    await t.secrets.set('a2', 'pw-a2');
    await t.invoke('history:add', {
      id: 'h1',
      accountId: 'a1',
      direction: 'outgoing',
      number: '1006',
      startedAt: 1,
      endedAt: 2,
      outcome: 'answered',
    });

    await t.invoke('app:resetData', { keep: ['history'] });
    expect(t.settings.get().accounts).toEqual([]);
    expect(t.settings.get().ui.theme).toBe('system');
    expect(await t.secrets.get('a1')).toBeNull();
    expect(await t.secrets.get('a2')).toBeNull();
    expect(t.history.list()).toHaveLength(1);
    expect(t.reloads.count).toBe(1);

    t.settings.update({ accounts: [account('a1', '1005')], ui: { theme: 'dark', language: 'de' } });
    await t.secrets.set('a1', 'pw-a1');
    await t.invoke('app:resetData', { keep: ['accounts'] });
    expect(t.settings.get().accounts.map((a) => a.id)).toEqual(['a1']);
    expect(t.settings.get().ui.theme).toBe('system');
    expect(await t.secrets.get('a1')).toBe('pw-a1');
    expect(t.history.list()).toEqual([]);
  });

  it('says where passwords are kept, and never sends a password back in a push or a log', async () => {
    const t = await setup();
    await t.invoke('app:ready');
    await t.invoke('secrets:set', { accountId: 'a1', credential: { password: 'hunter2-secret' } });
    expect(await t.invoke('secrets:get', { accountId: 'a1' })).toEqual({
      password: 'hunter2-secret',
    });
    const status = (await t.invoke('desktop:status')) as { secretBackend: string };
    expect(status.secretBackend).toBe('session');
    expect(JSON.stringify(t.pushed)).not.toContain('hunter2-secret');
    expect(t.sink.lines.join('\n')).not.toContain('hunter2-secret');
  });
});

describe('desktop core: wake from sleep', () => {
  it('tells the ready page when the computer resumed or was unlocked, and stops on dispose', async () => {
    const t = await setup();
    t.power.emit('resume');
    // The page is still loading: it connects afresh when it starts, no need to hold this.
    expect(t.ofChannel('system:resumed')).toEqual([]);
    await t.invoke('app:ready');
    t.power.emit('resume');
    t.power.emit('unlock-screen');
    t.power.emit('lock-screen');
    expect(t.ofChannel('system:resumed')).toEqual([
      { reason: 'resume' },
      { reason: 'unlock-screen' },
    ]);
    t.core.dispose();
    expect(t.power.listenerCount('resume')).toBe(0);
  });
});

describe('desktop core: customer portal', () => {
  const PORTAL = 'https://portal.example.com/customer';
  const withPortal = (t: Awaited<ReturnType<typeof setup>>, portalUrl?: string) =>
    t.settings.update({
      provisioning: {
        version: 1,
        provider: 'Example PBX',
        servers: ['wss://pbx.example.com/ws'],
        domain: 'pbx.example.com',
        iceServers: [],
        featureCodes: {},
        extensions: [],
        ...(portalUrl ? { portalUrl } : {}),
      },
    });

  it('opens the profile’s portal over portal:open, and nothing else', async () => {
    const t = await setup();
    await expect(t.invoke('portal:open', { url: PORTAL })).rejects.toThrow(/not set/);
    withPortal(t, PORTAL);
    await t.invoke('portal:open', { url: PORTAL });
    expect(t.opened).toEqual([PORTAL]);
    await expect(t.invoke('portal:open', { url: 'https://evil.example/' })).rejects.toThrow(
      /provider/,
    );
    await expect(t.invoke('portal:open', { url: 42 })).rejects.toThrow(/Invalid request/);
    await expect(t.invoke('portal:open')).rejects.toThrow(/Invalid request/);
    expect(t.opened).toEqual([PORTAL]);
  });

  it('offers the portal in the tray only when the profile names one', async () => {
    const t = await setup();
    await t.invoke('app:ready');
    const item = () => t.menus.at(-1)?.find((entry) => entry.id === 'portal');
    expect(item()).toBeUndefined();
    withPortal(t, PORTAL);
    expect(item()).toMatchObject({ label: 'Open customer portal' });
    t.trayClick({ kind: 'open-portal' });
    await vi.waitFor(() => expect(t.opened).toEqual([PORTAL]));
    withPortal(t);
    expect(item()).toBeUndefined();
    // A stale menu clicked after the profile lost its portal: a notice, not a browser.
    t.trayClick({ kind: 'open-portal' });
    await vi.waitFor(() => expect(t.ofChannel('notice:show').at(-1)?.message).toMatch(/not set/));
    expect(t.opened).toEqual([PORTAL]);
  });
});
