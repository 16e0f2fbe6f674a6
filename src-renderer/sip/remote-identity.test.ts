import { describe, expect, it } from 'vitest';
import { MAX_DISPLAY_NAME, remoteIdentity, sanitiseDisplayName } from './remote-identity';

describe('sanitiseDisplayName', () => {
  it.each([
    ['Alice Example', 'Alice Example'],
    ['  Alice \t  Example  ', 'Alice Example'],
    ['<img src=x onerror=alert(1)> "Mallory"', '<img src=x onerror=alert(1)> "Mallory"'],
    ['Evil\r\nInjected: header', 'Evil Injected: header'],
    ['Null\u0000byte\u0007bell', 'Null byte bell'],
    ['C1\u0085\u009bcontrols', 'C1 controls'],
    ['\u202Eevil.exe\u202C', 'evil.exe'],
    ['zero\u200Bwidth\uFEFF', 'zero width'],
    ['Jürgen Müller 📞', 'Jürgen Müller 📞'],
    ['', undefined],
    ['   \u0000 ', undefined],
  ])('%j -> %j', (raw, expected) => {
    expect(sanitiseDisplayName(raw)).toBe(expected);
  });

  it('caps long names with an ellipsis, never splitting a character', () => {
    const name = sanitiseDisplayName('😀'.repeat(200))!;
    expect(Array.from(name)).toHaveLength(MAX_DISPLAY_NAME);
    expect(name.endsWith('…')).toBe(true);
    expect(name).not.toMatch(/[\uD800-\uDBFF]…/); // no orphaned high surrogate before the ellipsis
  });

  it('ignores what is not a string', () => {
    expect(sanitiseDisplayName(undefined)).toBeUndefined();
    expect(sanitiseDisplayName(42)).toBeUndefined();
  });
});

describe('remoteIdentity', () => {
  const header = (display: string | undefined, user: string | null, host = 'softphone.test') => ({
    display_name: display,
    uri: { user, host, toString: () => `sip:${user ?? ''}${user ? '@' : ''}${host}` },
  });

  it('takes the number from the URI and the name from the display name', () => {
    expect(remoteIdentity(header('Bob Example', '1002'))).toEqual({
      number: '1002',
      name: 'Bob Example',
      uri: 'sip:1002@softphone.test',
    });
  });

  it('drops a name that only repeats the number, and decodes escaped users', () => {
    expect(remoteIdentity(header('1002', '1002')).name).toBeUndefined();
    expect(remoteIdentity(header(undefined, '%2B4930123')).number).toBe('+4930123');
  });

  it('falls back to the host for a user-less URI and survives bad escapes', () => {
    expect(remoteIdentity(header(undefined, null, 'gw.example.com')).number).toBe('gw.example.com');
    expect(remoteIdentity(header(undefined, '%E0%A4%A')).number).toBe('%E0%A4%A');
  });
});
