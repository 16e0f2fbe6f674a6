import { nextTick, onBeforeUnmount, onMounted } from 'vue';
import { actionForKey } from '../shortcuts/keymap';
import { shortcutCommand, type ShortcutCommand } from '../shortcuts/shortcut-command';
import { requestTransferPanel } from '../shortcuts/transfer-request';
import { useCallsStore } from '../stores/calls';
import { isTextEntry } from './text-entry';
import { useErrorText } from './use-error-text';

export interface ShortcutHost {
  /** Brings the Phone view forward (the calls and the Number field live there). */
  showPhone(): void;
  showHelp(): void;
  /** A call action failed: the user is told, as a notice. */
  fail(message: string): void;
}

/**
 * The in-app keyboard shortcuts (shortcuts/keymap.ts), whatever has focus: a key that has
 * something to act on is taken (preventDefault) and carried out on the calls store; one that has
 * not (Alt+H with no call) is left to the page, so macOS's Option+letter still types there.
 */
export function useShortcuts(host: ShortcutHost): void {
  const calls = useCallsStore();
  const errorText = useErrorText();

  async function run(command: ShortcutCommand): Promise<void> {
    if (command.kind === 'help') return host.showHelp();
    if (command.kind === 'focusNumber') {
      host.showPhone();
      await nextTick();
      document.getElementById('dial-number')?.focus();
      return;
    }
    const { kind, callId } = command;
    if (kind === 'transfer') {
      host.showPhone();
      await nextTick();
      return requestTransferPanel(callId);
    }
    if (kind === 'answer') return calls.answer(callId);
    if (kind === 'decline') return calls.decline(callId);
    if (kind === 'hangup') return calls.hangup(callId);
    if (kind === 'hold') return calls.hold(callId);
    if (kind === 'resume') return calls.resume(callId);
    return calls.toggleMute(callId);
  }

  const onKeydown = (event: KeyboardEvent) => {
    if (event.defaultPrevented) return;
    const action = actionForKey(event, isTextEntry(event.target));
    const command = action && shortcutCommand(action, calls.calls, calls.currentId);
    if (!command) return;
    event.preventDefault();
    run(command).catch((error: unknown) => host.fail(errorText(error)));
  };
  onMounted(() => window.addEventListener('keydown', onKeydown));
  onBeforeUnmount(() => window.removeEventListener('keydown', onKeydown));
}
