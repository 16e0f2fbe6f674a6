import type { Settings } from '../../../src-preload/contract';
import { acceleratorWarnings, parseGlobalAccelerator, type Platform } from './accelerator';
import type { ShortcutBackend } from './shortcut-backend';

/**
 * Registers the global hotkeys from `settings.desktop.hotkeys` and reports, per
 * hotkey, what happened, so the settings screen can say "Ctrl+Alt+A is taken by
 * another app" instead of the shortcut silently doing nothing.
 */

export type HotkeySettings = Settings['desktop']['hotkeys'];
export type HotkeyName = keyof HotkeySettings;
export const HOTKEY_NAMES: readonly HotkeyName[] = [
  'answer',
  'hangup',
  'mute',
  'toggleWindow',
  'dialSelection',
  'toggleDnd',
];

export type HotkeyStatus = 'registered' | 'in-use' | 'invalid' | 'disabled' | 'unavailable';

export interface HotkeyReportEntry {
  accelerator: string;
  status: HotkeyStatus;
  /** Why it is not registered, in words a user can act on. */
  message?: string;
  /** Registered but likely to get in the user's way (AltGr clash, macOS system shortcut). */
  warnings: string[];
}

export type HotkeyReport = Record<HotkeyName, HotkeyReportEntry>;

/** The slice of Electron's `globalShortcut` this service uses. */
export interface GlobalShortcutPort {
  /** False when the OS refused, typically because another application holds the combination. */
  register(accelerator: string, callback: () => void): boolean;
  unregister(accelerator: string): void;
  /** True only for shortcuts registered by this app. */
  isRegistered(accelerator: string): boolean;
  /**
   * `portal`: a Wayland session, where shortcuts go through the desktop's GlobalShortcuts portal
   * (see shortcut-backend.ts); a refusal there means the desktop offers none, not another app.
   */
  readonly backend?: ShortcutBackend;
}

export interface HotkeyServiceDeps {
  shortcuts: GlobalShortcutPort;
  onHotkey: (name: HotkeyName) => void;
  platform: Platform;
}

const LABEL: Record<HotkeyName, string> = {
  answer: 'Answer',
  hangup: 'Hang up',
  mute: 'Mute',
  toggleWindow: 'Show/hide window',
  dialSelection: 'Dial selection',
  toggleDnd: 'Do not disturb',
};

export class HotkeyService {
  /** Accelerators this service registered, exactly as passed to `register`. */
  private registered: string[] = [];

  constructor(private readonly deps: HotkeyServiceDeps) {}

  /**
   * Unregisters everything this service registered before, then registers the given
   * hotkeys. Never throws; the report says what happened to each one.
   */
  apply(hotkeys: HotkeySettings): HotkeyReport {
    this.dispose();
    const claimed = new Map<string, HotkeyName>();
    const report = {} as HotkeyReport;
    for (const name of HOTKEY_NAMES) {
      report[name] = this.applyOne(name, (hotkeys[name] ?? '').trim(), claimed);
    }
    return report;
  }

  /** Unregisters only what this service registered (never `unregisterAll`: other services may own shortcuts). */
  dispose(): void {
    for (const accelerator of this.registered) this.deps.shortcuts.unregister(accelerator);
    this.registered = [];
  }

  private applyOne(
    name: HotkeyName,
    accelerator: string,
    claimed: Map<string, HotkeyName>,
  ): HotkeyReportEntry {
    if (accelerator === '') return { accelerator, status: 'disabled', warnings: [] };
    const parsed = parseGlobalAccelerator(accelerator, this.deps.platform);
    if (!parsed.ok) return { accelerator, status: 'invalid', message: parsed.reason, warnings: [] };
    const owner = claimed.get(parsed.canonical);
    if (owner) {
      return {
        accelerator,
        status: 'invalid',
        message: `Same shortcut as "${LABEL[owner]}".`,
        warnings: [],
      };
    }
    claimed.set(parsed.canonical, name);
    const warnings = acceleratorWarnings(parsed, this.deps.platform);
    const inUse = {
      accelerator,
      status: 'in-use' as const,
      message: `${accelerator} is already used by another application or shortcut.`,
      warnings,
    };

    if (this.deps.shortcuts.isRegistered(accelerator)) return inUse;
    let ok: boolean;
    try {
      ok = this.deps.shortcuts.register(accelerator, () => this.deps.onHotkey(name));
    } catch {
      // Electron throws on strings its own parser rejects; ours should have caught them first.
      return {
        accelerator,
        status: 'invalid',
        message: `${accelerator} is not a shortcut Electron accepts.`,
        warnings: [],
      };
    }
    if (!ok && this.deps.shortcuts.backend === 'portal') {
      return {
        accelerator,
        status: 'unavailable',
        message:
          'This Wayland desktop gave Softphone no global shortcuts (they need the GlobalShortcuts portal: KDE Plasma 6, GNOME 48 or newer). The shortcuts inside the window still work.',
        warnings,
      };
    }
    if (!ok) return inUse;
    this.registered.push(accelerator);
    return { accelerator, status: 'registered', warnings };
  }
}
