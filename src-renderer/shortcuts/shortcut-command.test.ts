import { describe, expect, it } from 'vitest';
import { callOf } from '../stores/store-test-doubles';
import { shortcutCommand } from './shortcut-command';

const active = callOf({ id: 'active', phase: 'active' });
const held = callOf({ id: 'held', phase: 'held', localHold: true });
const ringing = callOf({ id: 'ringing', direction: 'incoming', phase: 'ringing' });
const ringing2 = callOf({ id: 'ringing2', direction: 'incoming', phase: 'ringing' });
const dialing = callOf({ id: 'dialing', phase: 'early' });
const ended = callOf({ id: 'ended', phase: 'ended' });
const consult = callOf({ id: 'consult', phase: 'active', consultFor: 'held' });

describe('shortcutCommand', () => {
  it.each([
    [
      'answer: the newest ringing call',
      'answer',
      [ringing, ringing2],
      'ringing',
      { kind: 'answer', callId: 'ringing2' },
    ],
    ['answer: nothing rings', 'answer', [active], 'active', undefined],
    [
      'hang up: declines a ringing call',
      'hangup',
      [ringing],
      'ringing',
      { kind: 'decline', callId: 'ringing' },
    ],
    [
      'hang up: a waiting call is declined, not the conversation',
      'hangup',
      [active, ringing],
      'active',
      { kind: 'decline', callId: 'ringing' },
    ],
    [
      'hang up: the focused call',
      'hangup',
      [active],
      'active',
      { kind: 'hangup', callId: 'active' },
    ],
    [
      'hang up: cancels an outgoing call that rings',
      'hangup',
      [dialing],
      'dialing',
      { kind: 'hangup', callId: 'dialing' },
    ],
    ['hang up: an ended call is left alone', 'hangup', [ended], 'ended', undefined],
    ['hang up: no calls', 'hangup', [], null, undefined],
    [
      'hold: puts the focused call on hold',
      'hold',
      [active],
      'active',
      { kind: 'hold', callId: 'active' },
    ],
    ['hold: resumes a held call', 'hold', [held], 'held', { kind: 'resume', callId: 'held' }],
    ['hold: not before the call is answered', 'hold', [dialing], 'dialing', undefined],
    ['hold: not a ringing call', 'hold', [ringing], 'ringing', undefined],
    [
      'mute: the focused call',
      'mute',
      [held, active],
      'active',
      { kind: 'mute', callId: 'active' },
    ],
    ['mute: no connected call', 'mute', [ringing], 'ringing', undefined],
    [
      'transfer: the focused call',
      'transfer',
      [active],
      'active',
      { kind: 'transfer', callId: 'active' },
    ],
    [
      'transfer: not the consult leg (it has Complete transfer)',
      'transfer',
      [held, consult],
      'consult',
      undefined,
    ],
    ['transfer: no call', 'transfer', [], null, undefined],
    ['focus number: always', 'focusNumber', [], null, { kind: 'focusNumber' }],
    ['help: always', 'help', [active], 'active', { kind: 'help' }],
  ] as const)('%s', (_name, action, calls, currentId, expected) => {
    expect(shortcutCommand(action, calls, currentId)).toEqual(expected);
  });
});
