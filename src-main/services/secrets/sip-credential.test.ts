import { describe, expect, it } from 'vitest';
import { SessionSecretStore } from './session-secret-store';
import { decodeSipCredential, encodeSipCredential, sipCredentials } from './sip-credential';

const ha1 = { ha1: '0123456789abcdef0123456789abcdef', realm: 'pbx.example' };

describe('SIP credentials in the secret store', () => {
  it('round-trips a password and an HA1', () => {
    expect(decodeSipCredential(encodeSipCredential({ password: 'p"w{' }))).toEqual({
      password: 'p"w{',
    });
    expect(decodeSipCredential(encodeSipCredential(ha1))).toEqual(ha1);
  });

  it('reads an entry saved before lines kept their HA1 as the password it is', () => {
    expect(decodeSipCredential('s3cret')).toEqual({ password: 's3cret' });
    // Passwords that happen to be JSON stay passwords.
    expect(decodeSipCredential('{"a":1}')).toEqual({ password: '{"a":1}' });
    expect(decodeSipCredential('42')).toEqual({ password: '42' });
  });

  it('treats a damaged entry as none, so the line asks for its password', () => {
    expect(decodeSipCredential('')).toBeNull();
    expect(decodeSipCredential('{"kind":"ha1","ha1":"zz","realm":"r"}')).toBeNull();
  });

  it('keeps one string per line in the store, never the other line’s', async () => {
    const store = new SessionSecretStore();
    const credentials = sipCredentials(store);
    await credentials.set('a1', { password: 'first' });
    await credentials.set('a1', ha1);
    expect(await credentials.get('a1')).toEqual(ha1);
    expect(await store.get('a1')).not.toContain('first');
    expect(await credentials.get('a2')).toBeNull();
    await credentials.remove('a1');
    expect(await credentials.get('a1')).toBeNull();
  });
});
