import type { DesktopStatus } from '../../../src-preload/contract';
import type { HotkeyName } from '../hotkeys/hotkey-service';
import { UpdateService } from '../updates/update-service';
import { createDesktopStatus } from './desktop-status';
import { createHotkeyBindings } from './hotkey-bindings';
import type { DesktopCorePorts } from './ports';
import { updateFeedOf } from './settings-reactions';
import { createStartAtLogin } from './start-at-login';

type SystemPorts = Pick<
  DesktopCorePorts,
  | 'settings'
  | 'shortcuts'
  | 'platform'
  | 'autostart'
  | 'updates'
  | 'secrets'
  | 'secretWarning'
  | 'log'
>;

/**
 * The app's hooks into the OS that settings switch (global hotkeys, start at login, updates),
 * applied once at start, and the status the settings page shows about them (`desktop:status`,
 * pushed as `desktop:changed` whenever one of them changes).
 */
export function createSystemServices(
  ports: SystemPorts,
  hooks: { onHotkey(name: HotkeyName): void; pushStatus(status: DesktopStatus): void },
) {
  const { settings, log } = ports;
  const changed = () => status.changed();
  const hotkeys = createHotkeyBindings(settings.get().desktop.hotkeys, {
    ...ports,
    onHotkey: hooks.onHotkey,
    onReport: changed,
  });
  const startAtLogin = createStartAtLogin({ port: ports.autostart, log, onChange: changed });
  const updates = ports.updates && new UpdateService({ ...ports.updates, log, onChange: changed });
  const status = createDesktopStatus(
    ports,
    {
      hotkeys: () => hotkeys.report,
      startAtLoginError: () => startAtLogin.error,
      updates: () => updates?.status,
    },
    hooks.pushStatus,
  );
  void startAtLogin.apply(settings.get().desktop.startAtLogin);
  updates?.configure(updateFeedOf(settings.get()));
  return {
    hotkeys,
    startAtLogin,
    updates,
    status: status.status,
    dispose(): void {
      hotkeys.dispose();
      updates?.dispose();
    },
  };
}
