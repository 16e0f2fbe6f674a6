import type { ParsedCommandLine } from '../cli/argv';
import { parseArgv } from '../cli/argv';
import type { HotkeyName } from '../hotkeys/hotkey-service';
import { parseDialInput } from '../links/tel-link';
import { refusalInEnglish } from '../../../src-preload/i18n/refusals';
import { createPortalOpener } from '../portal/portal-opener';
import type { TrayCommand } from '../tray/tray-model';
import { createDialer } from './dialer';
import type { DesktopCorePorts } from './ports';
import type { RendererOutbox } from './renderer-outbox';

export interface CommandDeps {
  ports: Pick<
    DesktopCorePorts,
    'window' | 'clipboard' | 'settings' | 'quit' | 'isPackaged' | 'log' | 'dialog' | 'browser'
  >;
  outbox: RendererOutbox;
  updateTray(): void;
}

type Dialer = ReturnType<typeof createDialer>;
type Context = CommandDeps & { dialer: Dialer; openPortal: (url?: string) => Promise<void> };

/**
 * What the user asks of the app from outside its window: global hotkeys, the tray menu, links
 * and command lines (a second launch, a link on Windows and Linux). Each becomes a push to the
 * page (`call:command`, `dial:request`, `notice:show`) or a window action; nothing here dials itself.
 */
export function createCommands(deps: CommandDeps) {
  const { ports, outbox } = deps;
  const dialer = createDialer({
    confirmBeforeDial: () => ports.settings.get().calling.confirmBeforeDial,
    allowTelLinks: () => ports.settings.get().calling.allowTelLinks,
    rememberAllowTelLinks: () => {
      const calling = ports.settings.get().calling;
      ports.settings.update({ calling: { ...calling, allowTelLinks: true } });
    },
    ownDomains: () => ports.settings.get().accounts.map((account) => account.domain),
    defaultCountry: () => defaultCountry(ports),
    dialog: ports.dialog,
    push: (request) => {
      outbox.push('dial:request', request);
      ports.window.show();
    },
    refuse: (refusal) => {
      outbox.push('notice:show', { level: 'warning', message: refusalInEnglish(refusal), refusal });
      ports.window.show();
    },
    log: ports.log,
  });
  // The provider's customer portal in the system browser: from the tray here, `portal:open` too.
  const openPortal = createPortalOpener({
    portalUrl: () => ports.settings.get().provisioning?.portalUrl,
    supportUrl: () => ports.settings.get().provisioning?.supportUrl,
    browser: ports.browser,
    log: ports.log,
  });
  const context: Context = { ...deps, dialer, openPortal };
  /** Asynchronous work started by a hotkey (reading the clipboard); `idle()` waits for it. */
  let pending: Promise<void> = Promise.resolve();
  return {
    onHotkey(name: HotkeyName): void {
      if (name !== 'dialSelection') return onHotkey(context, name);
      pending = pending
        .then(() => dialSelection(context))
        .catch((error: unknown) => ports.log.warn('could not read the selection', { error }));
    },
    onTrayCommand: (command: TrayCommand) => onTrayCommand(context, command),
    openPortal,
    handleArgv: (argv: readonly string[], options: { initial?: boolean } = {}) =>
      handleArgv(context, argv, options),
    /** A single link (macOS open-url). */
    handleOpenUrl: (url: string) => dialer.dialLink(url),
    idle: async () => {
      await pending;
      await dialer.idle();
    },
  };
}

function onHotkey(context: Context, name: Exclude<HotkeyName, 'dialSelection'>): void {
  const { outbox, ports } = context;
  ports.log.debug('hotkey', { name });
  switch (name) {
    case 'answer':
      return outbox.push('call:command', { action: 'answer' });
    case 'hangup':
      return outbox.push('call:command', { action: 'hangup-or-decline' });
    case 'mute':
      return outbox.push('call:command', { action: 'toggle-mute' });
    case 'toggleWindow':
      return toggleWindow(context);
    case 'toggleDnd':
      return toggleDnd(context);
  }
}

/** Main owns Do not disturb (settings): the tray, the hotkey and the page all flip it here. */
function toggleDnd({ ports }: Context): void {
  const calling = ports.settings.get().calling;
  ports.settings.update({ calling: { ...calling, doNotDisturb: !calling.doNotDisturb } });
}

function toggleWindow({ ports, updateTray }: Context): void {
  if (ports.window.isVisible()) ports.window.hide();
  else ports.window.show();
  updateTray();
}

/** National numbers from outside the window are read in the user's country, as the dial field does. */
function defaultCountry(ports: Context['ports']): string {
  return ports.settings.get().calling.defaultCountry;
}

async function dialSelection({ ports, dialer }: Context): Promise<void> {
  ports.log.debug('hotkey', { name: 'dialSelection' });
  const text = (await ports.clipboard.readSelection()).trim() || (await ports.clipboard.readText());
  // Selected or copied text is someone else's text (a web page can rewrite what is copied), so it
  // is held to the link rules: no *# service codes. The user can still type those on the keypad.
  const parsed = parseDialInput(text, { defaultCountry: defaultCountry(ports) });
  if (!parsed.ok) {
    dialer.refuse(
      text.trim() ? { code: 'selection', cause: parsed.refusal } : { code: 'selectionEmpty' },
    );
    return;
  }
  dialer.dial(parsed.action, 'hotkey');
}

function onTrayCommand(context: Context, command: TrayCommand): void {
  const { ports, outbox, dialer } = context;
  switch (command.kind) {
    case 'toggle-window':
      return toggleWindow(context);
    case 'toggle-dnd':
      return toggleDnd(context);
    case 'answer':
      outbox.push('call:command', { action: 'answer', callId: command.callId });
      ports.window.show();
      return;
    case 'hangup':
      return outbox.push('call:command', { action: 'hangup', callId: command.callId });
    case 'dial':
      // Recent calls were parsed by the tray model with the link rules; the user clicked it here.
      return dialer.dial(
        { target: command.target, display: command.target, accountId: command.accountId },
        'tray',
      );
    case 'open-portal':
      context.openPortal().catch((error: unknown) => {
        outbox.push('notice:show', { level: 'error', message: errorMessage(error) });
        ports.window.show();
      });
      return;
    case 'quit':
      return ports.quit();
  }
}

function errorMessage(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, 1024);
}

function handleArgv(
  { ports, outbox, dialer }: Context,
  argv: readonly string[],
  options: { initial?: boolean },
): ParsedCommandLine {
  const parsed = parseArgv(argv, {
    isPackaged: ports.isPackaged,
    defaultCountry: defaultCountry(ports),
  });
  for (const { refusal, reason } of parsed.refused) {
    ports.log.warn('refused a command-line argument', { message: reason });
    dialer.refuse(refusal);
  }
  for (const action of parsed.actions) {
    if (action.kind === 'dial')
      dialer.dial(
        { target: action.target, postDial: action.postDial, display: action.target },
        'command-line',
      );
    else outbox.push('call:command', { action: action.kind === 'answer' ? 'answer' : 'hangup' });
  }
  // Launching the app again is always a way back to the window (GNOME shows no tray), unless
  // the launch only asked for --minimized or a scripted --answer/--hangup.
  const onlyCallControl =
    parsed.actions.length > 0 && parsed.actions.every((action) => action.kind !== 'dial');
  if (!options.initial && !parsed.minimized && !onlyCallControl) ports.window.show();
  return parsed;
}
