import type {
  DesktopStatus,
  InvokeHandlers,
  PopupAction,
  PopupView,
  ProvisioningProfile,
} from '../../../src-preload/contract';
import type { ParsedCommandLine } from '../cli/argv';
import type { Platform } from '../hotkeys/accelerator';
import type { GlobalShortcutPort, HotkeyName, HotkeyReport } from '../hotkeys/hotkey-service';
import type { MainHandlerDeps } from '../ipc/main-handlers';
import type { Logger } from '../logging/logger';
import type { NotifierPort, PopupPlacementPort } from '../popup/popup-service';
import type { PowerSaveBlockerPort } from '../power/display-sleep';
import type { PowerMonitorPort } from '../power/system-wake';
import type { SecretStore } from '../secrets/secret-store';
import type { SettingsService } from '../settings/settings-service';
import type { ExternalBrowserPort } from '../portal/portal-opener';
import type { TrayCommand } from '../tray/tray-model';
import type { BadgePort, MenuBuilderPort, TrayPort } from '../tray/tray-service';
import type { UpdateDialogPort, UpdaterPort } from '../updates/update-service';
import type { RuntimeInfo } from '../diagnostics/diagnostics-export';
import type { OpenFolderPort } from '../diagnostics/log-tail';
import type { ConfirmDialogPort } from './dialer';
import type { GuardedAction, QuitDialogPort } from './quit-guard';
import type { PopupWindowPort } from '../popup/popup-bridge';
import type { SaveDialogPort } from '../history/history-export';
import type { MainTranslate } from '../i18n/translator';
import type { RecordingPorts } from './recording-handlers';
import type { RendererPort } from './renderer-outbox';

/** What the desktop core takes (ports) and what it gives the shell (DesktopCore). */

/** The main window, as the core needs it. `hide` follows the close-to-tray policy (hide or minimise). */
export interface MainWindowPort {
  isVisible(): boolean;
  /** Shows, restores and focuses the window. */
  show(): void;
  hide(): void;
}

/** The text to dial with the "dial selection" hotkey (Electron 45's clipboard API is asynchronous). */
export interface ClipboardPort {
  /** The primary selection (Linux: the highlighted text); '' where there is none. */
  readSelection(): Promise<string>;
  /** The clipboard (what the user copied). */
  readText(): Promise<string>;
}

/** Start at login (services/autostart). */
export interface AutostartPort {
  setEnabled(enabled: boolean): Promise<void>;
}

export interface DesktopCorePorts<TMenu = unknown> {
  platform: Platform;
  /** `XDG_CURRENT_DESKTOP` (popup corner on Linux). */
  desktop?: string;
  /** `app.isPackaged`: decides how argv is read. */
  isPackaged: boolean;
  version: string;
  settings: Pick<SettingsService, 'get' | 'update' | 'reset' | 'subscribe' | 'startupNotice'>;
  /** Main's texts in the user's language; the core makes one from the settings when absent. */
  t?: MainTranslate;
  secrets: SecretStore;
  /** Shown in settings when passwords are kept somewhere weaker than the OS keychain. */
  secretWarning?: string;
  history: MainHandlerDeps['history'];
  contacts: MainHandlerDeps['contacts'];
  fetchProfile(url: string): Promise<ProvisioningProfile>;
  renderer: RendererPort;
  window: MainWindowPort;
  /** Absent when no tray could be created. */
  tray?: { port: TrayPort<TMenu>; menuBuilder: MenuBuilderPort<TMenu>; badge?: BadgePort };
  popupWindows: PopupWindowPort;
  popupPlacement: PopupPlacementPort;
  notifier: NotifierPort;
  shortcuts: GlobalShortcutPort;
  powerBlocker: PowerSaveBlockerPort;
  /** Wake from sleep and screen unlock, pushed to the page as `system:resumed`; absent: none. */
  powerMonitor?: PowerMonitorPort;
  autostart?: AutostartPort;
  /** Absent: no updates at all (web-like test runs). */
  updates?: { updater: UpdaterPort; dialog: UpdateDialogPort; enabled: boolean };
  windowState?: { clear(): void };
  clipboard: ClipboardPort;
  /** The system browser (`shell.openExternal`), for the provider's portal; absent: none. */
  browser?: ExternalBrowserPort;
  dialog: ConfirmDialogPort & QuitDialogPort;
  /** Where an exported call history goes (a save dialog); absent: export refuses. */
  saveDialog?: SaveDialogPort;
  quit(): void;
  log: Logger;
  /** main's log folder and the file manager, for the diagnostics export and Open log folder. */
  logs?: { folder: string; openFolder: OpenFolderPort };
  /** Electron, Chrome, Node and the OS in a diagnostics export; default: this process's. */
  runtime?: RuntimeInfo;
  /** Where SIP traces go when the user turns them on (default: `log`). */
  sipLog?: Logger;
  /** Call recordings (store, folder picker, Show in folder); absent: recording is refused. */
  recordings?: RecordingPorts;
}

export interface DesktopCore {
  /** Every invoke channel of the contract, for the IPC router (or a test page's binding). */
  readonly handlers: InvokeHandlers;
  /**
   * A command line: the first instance's (`initial`) or one a second instance handed over.
   * Returns what it parsed, so the shell can read `minimized` at start-up.
   */
  handleArgv(argv: readonly string[], options?: { initial?: boolean }): ParsedCommandLine;
  /** A link from macOS `open-url` (or any other single URL). */
  handleOpenUrl(url: string): void;
  onHotkey(name: HotkeyName): void;
  onTrayCommand(command: TrayCommand): void;
  /**
   * Opens the provider's customer portal in the system browser (Help menu, tray, `portal:open`);
   * rejects when the profile names none or `url` is not on its exact https origin.
   */
  openPortal(url?: string): Promise<void>;
  /** What a popup window shows (`popup:view`); null once its call stopped ringing. */
  popupView(callId: string): PopupView | null;
  /** A popup's button (`popup:command`), already tied to that popup's call by the router. */
  popupCommand(callId: string, action: PopupAction): void;
  /** The main window was shown or hidden (the tray menu says "Show" or "Hide"). */
  onWindowVisibilityChanged(): void;
  /**
   * Whether a quit or a reload of the phone page may go on now (synchronous, for `before-quit`):
   * true without live calls; else false while the user is asked "End the call in progress?",
   * and on yes `retry` runs, whose request then goes on.
   */
  mayEndCalls(action: GuardedAction, retry: () => void): boolean;
  /** The page started loading again (reload, crash recovery): hold commands until `app:ready`. */
  onRendererLoading(): void;
  readonly hotkeyReport: HotkeyReport;
  status(): DesktopStatus;
  /** Settles when queued work (clipboard reads, dial confirmations) is done; for tests. */
  idle(): Promise<void>;
  dispose(): void;
}
