import { watch } from 'vue';
import type { CallCommand, DialRequest, Notice } from '../../src-preload/contract';
import { softphone } from '../bridge/softphone';
import { useAccountsStore } from '../stores/accounts';
import { useCallsStore } from '../stores/calls';
import { sendPostDialWhenAnswered } from './post-dial';
import { useErrorText } from './use-error-text';

/**
 * Carries out what main asks for (a tel: link, a hotkey, the tray, the incoming-call popup).
 * A dial request that arrives before registration waits and dials once registered; only the
 * newest one waits, so a burst of links while offline places one call, not many.
 */
export function useRemoteCommands(notify: (notice: Notice) => void): void {
  const calls = useCallsStore();
  const accounts = useAccountsStore();
  const errorText = useErrorText();
  let pending: DialRequest | undefined;

  /** Whether the line calls go out on can call now. */
  const registered = () => accounts.defaultLine?.registration.state === 'registered';

  async function dial(request: DialRequest): Promise<void> {
    try {
      await calls.dial(request.target, request.accountId);
      const id = calls.currentId;
      // A link's extension or PIN (tel:…;ext=42) is sent once the far end answers.
      if (request.postDial && id) {
        sendPostDialWhenAnswered(
          () => calls.calls.find((call) => call.id === id)?.phase,
          (tones) => calls.sendDtmf(id, tones),
          request.postDial,
        );
      }
    } catch (error) {
      notify({ level: 'error', message: errorText(error) });
    }
  }

  softphone.events.on('dial:request', (request) => {
    if (registered()) void dial(request);
    else pending = request;
  });
  watch(registered, (isRegistered) => {
    if (!isRegistered || !pending) return;
    const request = pending;
    pending = undefined;
    void dial(request);
  });

  softphone.events.on('call:command', (command) => void runCommand(command));

  async function runCommand({ action, callId }: CallCommand): Promise<void> {
    const ringing = calls.ringing.at(-1);
    const target =
      callId ??
      (action === 'answer' || action === 'decline'
        ? ringing?.id
        : (calls.currentId ?? ringing?.id));
    if (!target) return;
    if (action === 'answer') return calls.answer(target);
    if (action === 'decline') return calls.decline(target);
    if (action === 'toggle-mute') return calls.toggleMute(target);
    if (action === 'hangup') return calls.hangup(target);
    // "hang up or decline": one hotkey that ends whatever is happening, a ringing call first.
    if (ringing && !callId) return calls.decline(ringing.id);
    return calls.hangup(target);
  }
}
