import {
  appendFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import Conf from 'conf';
import type { PopupView, PushChannel, PushPayload } from '../../../src-preload/contract';
import { createDesktopCore, type DesktopCore } from '../../../src-main/services/desktop-core';
import { ContactsStore } from '../../../src-main/services/contacts';
import { HistoryStore } from '../../../src-main/services/history';
import { RecordingStore } from '../../../src-main/services/recordings/recording-store';
import { createInvokeRouter } from '../../../src-main/services/ipc/invoke-router';
import { createLogger, memorySink, type LogSink } from '../../../src-main/services/logging/logger';
import type { Rect } from '../../../src-main/services/popup/popup-layout';
import { EncryptedFileSecretStore } from '../../../src-main/services/secrets';
import { fakeSafeStorage } from '../../../src-main/services/secrets/test-fakes';
import { openSettingsService } from '../../../src-main/services/settings';
import { createJsonStoreBackend } from '../../../src-main/services/settings/json-store-backend';
import type { MenuItemModel, TrayCommand } from '../../../src-main/services/tray/tray-model';

/** What the fake OS was asked to do, for assertions. */
export interface OsRecord {
  popups: { view: PopupView; bounds: Rect; closed: boolean }[];
  notifications: string[];
  trayIcons: string[];
  trayTooltips: string[];
  trayMenus: MenuItemModel[][];
  /** Every count given to the dock/launcher badge (app.setBadgeCount). */
  badgeCounts: number[];
  blockers: Set<number>;
  window: { visible: boolean; shows: number };
  reloads: number;
  /** What "Call …?" questions main asked before a link dialled. */
  dialQuestions: string[];
  /** What main opened in the system browser (shell.openExternal). */
  opened: string[];
  /** File names main suggested in the save dialog (Export history); the user takes them as is. */
  saveDialogs: string[];
  /** Files main showed in the file manager (Show in folder). */
  revealed: string[];
  /** The folder the user picks when asked for a recordings folder (null: Cancel). */
  pickedFolder: string | null;
  /** Folders main opened in the file manager (Open log folder). */
  openedFolders: string[];
}

export interface DesktopHarness {
  core: DesktopCore;
  os: OsRecord;
  dataDir: string;
  /** The default recordings folder (`<data folder>/Softphone recordings`), made on first use. */
  recordingsDir: string;
  /** How many times each channel was invoked (e.g. how many chunks a recording took). */
  invokeCounts: Map<string, number>;
  /** Every file main wrote, as text (settings, encrypted passwords, history). */
  filesText(): string;
  /** Every file under the data folder, recursively, with its bytes. */
  files(): { path: string; bytes: Buffer }[];
  /** Every line main logged (already redacted, as the log file would get it). */
  logLines(): readonly string[];
  /** Opens the phone page in `context` with its bridge wired to the core (before the page loads). */
  attach(page: Page): Promise<void>;
  /** Clicks the tray menu item `id` of the menu main set last; throws when it has no command. */
  clickTray(id: string): void;
  close(): void;
}

interface HarnessWindow {
  __softphoneInvoke(channel: string, request: unknown): Promise<unknown>;
  __softphoneHarness: unknown;
  __softphoneHarnessDeliver(channel: string, payload: unknown): void;
}

/**
 * Main's real handler modules in the test process: the desktop core over real settings
 * (`conf`, the library electron-store extends), a real history file and the encrypted password
 * file (with a stand-in for Electron's safeStorage), in a temp folder. The OS side (tray, popup
 * windows, shortcuts, power blocker…) is fakes that record what they were asked.
 *
 * The page reaches the core through `window.__softphoneHarness` (the renderer's documented test
 * seam, src-renderer/bridge/softphone.ts): invokes go through a Playwright binding into main's
 * own IPC router (sender check + schema validation), pushes come back through page.evaluate.
 */
export async function createDesktopHarness(
  baseURL: string,
  options: { shortcutsTakenByOthers?: string[] } = {},
): Promise<DesktopHarness> {
  const dataDir = mkdtempSync(join(tmpdir(), 'softphone-desktop-e2e-'));
  const sink = memorySink();
  // Also on disk, where electron-log keeps it on Linux (<userData>/logs/main.log).
  mkdirSync(join(dataDir, 'logs'), { mode: 0o700 });
  const fileSink: LogSink = (...line) => {
    sink(...line);
    appendFileSync(join(dataDir, 'logs', 'main.log'), `${sink.lines.at(-1)}\n`, { mode: 0o600 });
  };
  const log = (scope: string) => createLogger(scope, fileSink);
  const secrets = new EncryptedFileSecretStore({
    safeStorage: fakeSafeStorage().port,
    filePath: join(dataDir, 'passwords.json'),
    log: log('secrets'),
  });
  // As the shell opens them (shell/open-stores.ts): TURN credentials go to the secret store.
  const settings = await openSettingsService(
    createJsonStoreBackend({
      directory: dataDir,
      name: 'settings',
      open: ({ name, ...options }) => new Conf({ ...options, configName: name }),
    }),
    secrets,
    { log: log('settings') },
  );
  const history = await HistoryStore.open({
    filePath: join(dataDir, 'history.jsonl'),
    log: log('history'),
  });
  const contacts = await ContactsStore.open({
    filePath: join(dataDir, 'contacts.json'),
    log: log('contacts'),
  });

  let trayClick: ((command: TrayCommand) => void) | undefined;
  const os: OsRecord = {
    popups: [],
    notifications: [],
    trayIcons: [],
    trayTooltips: [],
    trayMenus: [],
    badgeCounts: [],
    blockers: new Set(),
    window: { visible: true, shows: 0 },
    reloads: 0,
    dialQuestions: [],
    opened: [],
    saveDialogs: [],
    revealed: [],
    pickedFolder: null,
    openedFolders: [],
  };
  const recordingsDir = join(dataDir, 'Softphone recordings');
  const recordingStore = await RecordingStore.open({
    indexPath: join(dataDir, 'recordings.json'),
    folder: () => settings.get().recording.folder ?? recordingsDir,
    log: log('recordings'),
  });
  let page: Page | undefined;
  let delivery: Promise<unknown> = Promise.resolve();
  let nextBlocker = 1;

  const core = createDesktopCore<MenuItemModel[]>({
    platform: 'linux',
    desktop: 'KDE',
    isPackaged: true,
    version: 'e2e',
    settings,
    secrets,
    history,
    contacts,
    fetchProfile: async () => {
      throw new Error('No provisioning in this test.');
    },
    renderer: {
      push<C extends PushChannel>(channel: C, payload: PushPayload<C>) {
        const target = page;
        if (!target) return;
        // In order, like IPC messages to one page.
        delivery = delivery.then(() =>
          target
            .evaluate(
              ([name, value]) =>
                (globalThis as unknown as HarnessWindow).__softphoneHarnessDeliver(name, value),
              [channel, payload] as const,
            )
            .catch(() => undefined),
        );
      },
      reload() {
        os.reloads += 1;
        void page?.reload();
      },
    },
    window: {
      isVisible: () => os.window.visible,
      show: () => void ((os.window.visible = true), (os.window.shows += 1)),
      hide: () => void (os.window.visible = false),
    },
    tray: {
      port: {
        setImage: (icon) => void os.trayIcons.push(icon),
        setToolTip: (text) => void os.trayTooltips.push(text),
        setContextMenu: (menu) => void os.trayMenus.push(menu),
      },
      menuBuilder: {
        build: (items, onCommand) => {
          trayClick = onCommand;
          return [...items];
        },
      },
      badge: { setBadgeCount: (count) => void os.badgeCounts.push(count) },
    },
    popupWindows: {
      open(view, bounds) {
        const popup = { view, bounds, closed: false };
        os.popups.push(popup);
        return {
          update: (next, nextBounds) =>
            void Object.assign(popup, { view: next, bounds: nextBounds }),
          close: () => void (popup.closed = true),
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
      show(note) {
        os.notifications.push(note.body);
        return { close: () => {} };
      },
    },
    // Another application holds these combinations.
    shortcuts: {
      register: (accelerator) => !options.shortcutsTakenByOthers?.includes(accelerator),
      unregister: () => {},
      isRegistered: () => false,
    },
    powerBlocker: {
      start: () => {
        const id = nextBlocker++;
        os.blockers.add(id);
        return id;
      },
      stop: (id) => void os.blockers.delete(id),
      isStarted: (id) => os.blockers.has(id),
    },
    clipboard: { readSelection: async () => '', readText: async () => '' },
    browser: { openExternal: async (url) => void os.opened.push(url) },
    // The user answers "Call" to every link (confirm-before-dial is on by default), and
    // "End calls" when asked before a quit or reload.
    dialog: {
      confirmDial: async (display) => {
        os.dialQuestions.push(display);
        return 'call';
      },
      confirmEndCalls: async () => true,
    },
    // The user saves an export under the suggested name in <data folder>/exports.
    saveDialog: {
      chooseSavePath: async (fileName) => {
        os.saveDialogs.push(fileName);
        return join(dataDir, 'exports', fileName);
      },
    },
    recordings: {
      store: recordingStore,
      defaultFolder: recordingsDir,
      reveal: (path) => void os.revealed.push(path),
      pickFolder: async () => os.pickedFolder,
    },
    quit: () => {},
    log: log('desktop'),
    sipLog: log('sip'),
    logs: {
      folder: join(dataDir, 'logs'),
      openFolder: async (folder) => {
        os.openedFolders.push(folder);
        return '';
      },
    },
  });
  const router = createInvokeRouter(core.handlers, { pageUrl: baseURL }, log('ipc'));
  const invokeCounts = new Map<string, number>();
  const route: typeof router = (sender, channel, request) => {
    invokeCounts.set(channel, (invokeCounts.get(channel) ?? 0) + 1);
    return router(sender, channel, request);
  };

  return {
    core,
    os,
    dataDir,
    recordingsDir,
    invokeCounts,
    filesText: () =>
      readdirSync(dataDir)
        .filter((name) => statSync(join(dataDir, name)).isFile())
        .map((name) => readFileSync(join(dataDir, name), 'utf8'))
        .join('\n'),
    files: () => filesUnder(dataDir).map((path) => ({ path, bytes: readFileSync(path) })),
    logLines: () => sink.lines,
    clickTray(id) {
      const item = os.trayMenus.at(-1)?.find((candidate) => candidate.id === id);
      if (!item?.command || item.enabled === false || !trayClick)
        throw new Error(`No enabled tray item ${id}`);
      trayClick(item.command);
    },
    async attach(target) {
      page = target;
      await exposeBridge(target.context(), route);
    },
    close() {
      core.dispose();
      page = undefined;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(folder, entry.name)) : [join(folder, entry.name)],
  );
}

async function exposeBridge(
  context: BrowserContext,
  route: ReturnType<typeof createInvokeRouter>,
): Promise<void> {
  await context.exposeBinding('__softphoneInvoke', (source, channel: string, request: unknown) =>
    route(
      { url: source.frame.url(), isMainFrame: source.frame === source.page.mainFrame() },
      channel,
      request,
    ),
  );
  await context.addInitScript(() => {
    const w = globalThis as unknown as HarnessWindow;
    const listeners = new Map<string, Set<(payload: unknown) => void>>();
    w.__softphoneHarness = {
      invoke: (channel: string, request: unknown) => w.__softphoneInvoke(channel, request),
      subscribe(channel: string, listener: (payload: unknown) => void) {
        const set = listeners.get(channel) ?? new Set();
        listeners.set(channel, set);
        set.add(listener);
        return () => set.delete(listener);
      },
    };
    w.__softphoneHarnessDeliver = (channel, payload) => {
      for (const listener of listeners.get(channel) ?? []) listener(payload);
    };
  });
}
