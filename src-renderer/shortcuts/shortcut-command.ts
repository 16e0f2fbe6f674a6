import type { CallView } from '../sip/call-types';
import type { ShortcutAction } from './keymap';

/** What a shortcut does right now, with the call it does it to. */
export type ShortcutCommand =
  | {
      kind: 'answer' | 'decline' | 'hangup' | 'hold' | 'resume' | 'mute' | 'transfer';
      callId: string;
    }
  | { kind: 'focusNumber' }
  | { kind: 'help' };

/**
 * Turns a shortcut into a command on the calls there are, or undefined when it has nothing to act
 * on (then the key is left to the page). The call is chosen the way the global hotkeys choose it
 * (use-remote-commands.ts): Answer takes the newest ringing call; Hang up ends whatever is
 * happening, a ringing call first (so a waiting call is declined, not the conversation); Hold,
 * Mute and Transfer act on the focused call while it is connected.
 */
export function shortcutCommand(
  action: ShortcutAction,
  calls: readonly CallView[],
  currentId: string | null,
): ShortcutCommand | undefined {
  if (action === 'focusNumber') return { kind: 'focusNumber' };
  if (action === 'help') return { kind: 'help' };
  const ringing = calls.filter((call) => call.phase === 'ringing').at(-1);
  const current = calls.find((call) => call.id === currentId && call.phase !== 'ended');
  const live =
    current && (current.phase === 'active' || current.phase === 'held') ? current : undefined;
  switch (action) {
    case 'answer':
      return ringing && { kind: 'answer', callId: ringing.id };
    case 'hangup':
      if (ringing) return { kind: 'decline', callId: ringing.id };
      return current && { kind: 'hangup', callId: current.id };
    case 'hold':
      return live && { kind: live.localHold ? 'resume' : 'hold', callId: live.id };
    case 'mute':
      return live && { kind: 'mute', callId: live.id };
    case 'transfer':
      return live && !live.consultFor ? { kind: 'transfer', callId: live.id } : undefined;
  }
}
