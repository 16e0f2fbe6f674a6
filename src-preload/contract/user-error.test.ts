import { describe, expect, it } from 'vitest';
import {
  UserError,
  decodeUserError,
  encodeUserError,
  neutralizeMessage,
  toUserError,
} from './user-error';

const wrapped = (message: string) =>
  `Error invoking remote method 'history:add': Error: ${message}`;

describe('UserError over IPC', () => {
  it('keeps the English as its message', () => {
    const error = new UserError('historyUnavailable', { reason: 'EACCES: permission denied' });
    expect(error.message).toBe('Call history is unavailable (EACCES: permission denied).');
    expect(error).toBeInstanceOf(Error);
  });

  it('round-trips code and params, bare and behind Electron’s wrapper', () => {
    const error = new UserError('contactsTooMany', { max: 5000 });
    for (const message of [encodeUserError(error), wrapped(encodeUserError(error))]) {
      const back = decodeUserError(message);
      expect(back).toBeInstanceOf(UserError);
      expect(back).toMatchObject({ code: 'contactsTooMany', params: { max: 5000 } });
      expect(back?.message).toBe('An address book holds at most 5000 contacts.');
    }
  });

  it('carries OS detail with line breaks and brackets in a parameter', () => {
    const reason = 'ENOSPC: no space\nleft ]] {"x": 1}';
    const back = decodeUserError(encodeUserError(new UserError('settingsNotSaved', { reason })));
    expect(back?.params).toEqual({ reason });
  });

  it.each([
    ['plain text', 'Something failed.'],
    ['an unknown code', '[[softphone:noSuchCode]]{}\nx'],
    ['a code from the prototype', '[[softphone:constructor]]{}\nx'],
    ['params that are not JSON', '[[softphone:historyUnavailable]]{reason:1}\nx'],
    ['params that are an array', '[[softphone:historyUnavailable]]{}[]\nx'],
    ['a nested parameter', '[[softphone:historyUnavailable]]{"reason":{"a":1}}\nx'],
    [
      'an overlong parameter',
      `[[softphone:historyUnavailable]]{"reason":"${'x'.repeat(1025)}"}\nx`,
    ],
    ['the mark later in the message', 'Could not read x: [[softphone:historyUnavailable]]{}\nx'],
    ['the mark after another text', wrapped('see [[softphone:historyUnavailable]]{}\nx')],
  ])('does not decode %s', (_name, message) => {
    expect(decodeUserError(message)).toBeNull();
  });

  it('breaks up a forged mark in another error’s message, so it stays plain text', () => {
    const hostile = '[[softphone:profilePassword]]{}\nYour account is locked, call +1 900…';
    const sent = neutralizeMessage(hostile);
    expect(sent).not.toContain('[[softphone:');
    expect(decodeUserError(sent)).toBeNull();
    expect(decodeUserError(wrapped(sent))).toBeNull();
  });

  it('toUserError decodes a coded rejection and leaves others alone', () => {
    const coded = new Error(wrapped(encodeUserError(new UserError('profileTimeout'))));
    expect(toUserError(coded)).toMatchObject({ code: 'profileTimeout' });
    const plain = new Error('nope');
    expect(toUserError(plain)).toBe(plain);
    expect(toUserError('text')).toBe('text');
    const direct = new UserError('profileBadUrl');
    expect(toUserError(direct)).toBe(direct);
  });
});
