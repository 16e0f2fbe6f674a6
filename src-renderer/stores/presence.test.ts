import { createTestingPinia } from '@pinia/testing';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ProvisioningProfile, Settings } from '../../src-preload/contract';
import { mailboxes } from './mailboxes';
import { usePresenceStore } from './presence';
import { bridgeSettings, fakePhone, profileOf, resetDoubles } from './store-test-doubles';

vi.mock('../bridge/softphone', async () => ({
  softphone: (await import('./store-test-doubles')).fakeSoftphone,
}));
vi.mock('./phone-engine', async () => ({
  phone: (await import('./store-test-doubles')).fakePhone,
}));

const PROVISIONING = {
  version: 1,
  provider: 'Test',
  servers: ['wss://pbx.example.com:8089/ws'],
  domain: 'pbx.example.com',
  iceServers: [],
  voicemailNumber: '*97',
  featureCodes: { pickup: '*8' },
  extensions: [],
} as unknown as ProvisioningProfile;

/** The store over one registered line 'a' (extension 1001), `settings` on top. */
function storeOver(settings: Partial<Settings> = {}) {
  resetDoubles({ accounts: [profileOf('a', '1001')], ...settings });
  createTestingPinia({
    stubActions: false,
    createSpy: vi.fn,
    initialState: { settings: { settings: bridgeSettings } },
  });
  const store = usePresenceStore();
  fakePhone.events.emit('registration', { accountId: 'a', status: { state: 'registered' } });
  return store;
}

beforeEach(() => {
  mailboxes.value = {};
});

describe('busy lamps', () => {
  it.each([
    ['', 'invalid'],
    ['10 02', 'invalid'],
    ['<b>', 'invalid'],
    ['1001', 'own'],
  ] as const)('refuses %j (%s)', async (input, error) => {
    const store = storeOver();
    expect(await store.watch(input)).toBe(error);
    expect(fakePhone.setWatched).not.toHaveBeenCalled();
  });

  it('saves watched extensions with the line and tells the engine; no duplicates', async () => {
    const store = storeOver();
    expect(await store.watch(' 1002 ')).toBeUndefined();
    expect(await store.watch('1003')).toBeUndefined();
    expect(await store.watch('1002')).toBe('duplicate');
    expect(bridgeSettings.accounts[0]?.watched).toEqual(['1002', '1003']);
    expect(fakePhone.setWatched).toHaveBeenLastCalledWith('a', ['1002', '1003']);
    await store.unwatch('1002');
    expect(bridgeSettings.accounts[0]?.watched).toEqual(['1003']);
  });

  it('refuses more than 32 per line', async () => {
    const watched = Array.from({ length: 32 }, (_, index) => String(2000 + index));
    const store = storeOver({ accounts: [{ ...profileOf('a', '1001'), watched }] });
    expect(await store.watch('3000')).toBe('too-many');
  });

  it('shows each lamp as the engine reports it, Idle until then', async () => {
    const store = storeOver({
      accounts: [{ ...profileOf('a', '1001'), watched: ['1002', '1003'] }],
    });
    fakePhone.events.emit('lamp', { accountId: 'a', extension: '1002', state: 'ringing' });
    expect(store.watched).toEqual([
      { extension: '1002', state: 'ringing' },
      { extension: '1003', state: 'idle' },
    ]);
  });

  it('Pick up dials the profile’s pickup code and the extension on the line', async () => {
    const store = storeOver({ provisioning: PROVISIONING });
    await store.pickUp('1002');
    expect(fakePhone.calls.pickUp).toHaveBeenCalledWith('a', '*81002', '*81002', '1002');
  });
});

describe('voicemail', () => {
  it('dials the line’s own number, else the profile’s', async () => {
    const store = storeOver({ provisioning: PROVISIONING });
    expect(store.voicemailNumber).toBe('*97');
    await store.callVoicemail();
    expect(fakePhone.calls.dial).toHaveBeenLastCalledWith('a', '*97', '*97');
    expect(await store.setVoicemailNumber('a', ' 8000 ')).toBe(true);
    expect(bridgeSettings.accounts[0]?.voicemailNumber).toBe('8000');
    expect(store.voicemailNumber).toBe('8000');
    expect(await store.setVoicemailNumber('a', 'sip:evil@example.com')).toBe(false);
    expect(bridgeSettings.accounts[0]?.voicemailNumber).toBe('8000');
  });

  it('reads the line’s mailbox', () => {
    const store = storeOver();
    expect(store.mailbox).toBeUndefined();
    mailboxes.value = { a: { waiting: true, newCount: 3, oldCount: 1 } };
    expect(store.mailbox).toEqual({ waiting: true, newCount: 3, oldCount: 1 });
  });
});
