import type { CallCommand } from '../../../src-preload/contract';
import { createPopupBridge } from '../popup/popup-bridge';
import { PopupService } from '../popup/popup-service';
import { DisplaySleepService } from '../power/display-sleep';
import type { TrayCommand } from '../tray/tray-model';
import { TrayService } from '../tray/tray-service';
import { createPhoneState } from './phone-state';
import { createPopupCommands } from './popup-commands';
import type { DesktopCorePorts } from './ports';
import { createMainTranslator } from '../i18n/translator';

type SurfacePorts<TMenu> = Pick<
  DesktopCorePorts<TMenu>,
  | 'tray'
  | 'popupWindows'
  | 'popupPlacement'
  | 'notifier'
  | 'platform'
  | 'desktop'
  | 'powerBlocker'
  | 'settings'
  | 'window'
  | 't'
>;

/**
 * Where the phone shows outside its page: the tray, the incoming-call popups (or notifications)
 * and display sleep, created over their ports and fed by one phone state (phone-state.ts).
 */
export function createPhoneSurfaces<TMenu>(
  ports: SurfacePorts<TMenu>,
  hooks: { onTrayCommand(command: TrayCommand): void; pushCommand(command: CallCommand): void },
) {
  const { settings, window } = ports;
  // The shell's translator, else one that follows the language setting (tests, the harness).
  const texts = ports.t ?? createMainTranslator(() => settings.get().ui.language);
  const tray =
    ports.tray &&
    new TrayService<TMenu>({
      ...ports.tray,
      tray: ports.tray.port,
      onCommand: hooks.onTrayCommand,
    });
  const bridge = createPopupBridge({ windows: ports.popupWindows, settings: () => settings.get() });
  const popups = new PopupService({
    ...ports,
    t: texts,
    windows: bridge.factory,
    placement: ports.popupPlacement,
    onCommand: () => window.show(),
  });
  const sleep = new DisplaySleepService(ports.powerBlocker);
  const phone = createPhoneState({
    tray,
    popups,
    sleep,
    settings,
    windowVisible: () => window.isVisible(),
    t: texts,
  });
  const popupCommand = createPopupCommands({
    dismiss: bridge.dismiss,
    commandFor: (callId, action) => popups.commandFor(callId, action),
    push: hooks.pushCommand,
    showWindow: () => window.show(),
  });
  return {
    phone,
    popupView: bridge.view,
    refreshPopupViews: bridge.refresh,
    popupCommand,
    dispose(): void {
      popups.dispose();
      sleep.dispose();
    },
  };
}
