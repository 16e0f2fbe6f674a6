import type { AppInfo, DesktopStatus } from '../../../src-preload/contract';
import type { HotkeyReport } from '../hotkeys/hotkey-service';
import type { UpdateStatus } from '../updates/update-service';
import type { DesktopCorePorts } from './ports';

type InfoPorts = Pick<
  DesktopCorePorts,
  'version' | 'platform' | 'secrets' | 'secretWarning' | 'settings'
>;

/** `app:info`: what the page needs to know about the app it runs in. */
export function appInfoOf(ports: InfoPorts): AppInfo {
  return {
    mode: 'desktop',
    version: ports.version,
    platform: ports.platform,
    secretBackend: ports.secrets.backend,
    secretWarning: ports.secretWarning,
    startupNotice: ports.settings.startupNotice,
  };
}

export interface DesktopStatusSources {
  hotkeys(): HotkeyReport;
  startAtLoginError(): string | undefined;
  updates(): UpdateStatus | undefined;
}

/**
 * `desktop:status` and its push, `desktop:changed`: what the settings page shows about the OS
 * side (hotkeys, where passwords are kept, start at login, updates). Each source is read when
 * the status is built, so a push always carries the current state of all of them.
 */
export function createDesktopStatus(
  ports: Pick<DesktopCorePorts, 'secrets' | 'secretWarning'>,
  sources: DesktopStatusSources,
  push: (status: DesktopStatus) => void,
) {
  const status = (): DesktopStatus => ({
    hotkeys: sources.hotkeys(),
    secretBackend: ports.secrets.backend,
    secretWarning: ports.secretWarning,
    startAtLoginError: sources.startAtLoginError(),
    updates: sources.updates() ?? { state: 'off' },
  });
  return { status, changed: () => push(status()) };
}
