import { createTestingPinia } from '@pinia/testing';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_LINES, type ProvisioningProfile, type Settings } from '../../src-preload/contract';
import type { RegistrationStatus } from '../sip/registration-status';
import { lineName, useAccountsStore, type SignInForm } from './accounts';
import {
  bridgeSettings,
  fakePhone,
  fakeSoftphone,
  profileOf,
  resetDoubles,
  savedCredentials,
} from './store-test-doubles';

vi.mock('../bridge/softphone', async () => ({
  softphone: (await import('./store-test-doubles')).fakeSoftphone,
}));
vi.mock('./phone-engine', async () => ({
  phone: (await import('./store-test-doubles')).fakePhone,
}));

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const FORM: SignInForm = {
  server: 'wss://pbx.example.com:8089/ws',
  domain: 'pbx.example.com',
  extension: '1001',
  password: 'secret',
  displayName: '',
  authUser: '',
};

/** A store over settings holding these accounts (as loaded from the bridge). */
function storeWith(...ids: string[]) {
  return storeOver({ accounts: ids.map((id, index) => profileOf(id, `10${index + 1}`)) });
}

function storeOver(settings: Partial<Settings>) {
  resetDoubles(settings);
  createTestingPinia({
    stubActions: false,
    createSpy: vi.fn,
    initialState: { settings: { settings: bridgeSettings } },
  });
  return useAccountsStore();
}

/** The next secret-store write waits until the returned function is called. */
function holdNextSecretSave(): () => void {
  let finish = () => {};
  fakeSoftphone.secrets.set.mockImplementationOnce(
    ({ accountId, credential }) =>
      new Promise<void>((resolve) => {
        finish = () => {
          savedCredentials.set(accountId, credential);
          resolve();
        };
      }),
  );
  return () => finish();
}

function report(accountId: string, status: RegistrationStatus): void {
  fakePhone.events.emit('registration', { accountId, status });
}

beforeEach(() => resetDoubles());

describe('toProfile', () => {
  it('accepts a valid form, trimming the optional fields away when blank', () => {
    const { profile, errors } = storeWith().toProfile({ ...FORM, displayName: '  ' });
    expect(errors).toEqual({});
    expect(profile).toMatchObject({
      servers: [FORM.server],
      domain: 'pbx.example.com',
      extension: '1001',
      displayName: undefined,
    });
    expect(profile?.id).toMatch(/^acct-[0-9a-f]{8}$/);
  });

  it('keeps the id of the line it edits', () => {
    expect(storeWith('line-a').toProfile(FORM, 'line-a').profile?.id).toBe('line-a');
  });

  it.each([
    ['server', { server: 'https://pbx.example.com' }, /wss:\/\//],
    ['domain', { domain: 'not a domain' }, /host name/],
    ['domain', { domain: '' }, /Domain is required/],
    ['extension', { extension: '' }, /Extension is required/],
    ['extension', { extension: '10 01' }, /letters, digits/],
    ['authUser', { authUser: 'a b' }, /letters, digits/],
    ['displayName', { displayName: 'x'.repeat(129) }, /./],
    ['password', { password: '' }, /^required$/],
  ] as const)('reports a bad %s on that field only', (field, change, message) => {
    const { profile, errors } = storeWith().toProfile({ ...FORM, ...change });
    expect(profile).toBeUndefined();
    expect(Object.keys(errors)).toEqual([field]);
    expect(errors[field]).toMatch(message);
  });

  it('adds the provisioning profile: its other servers after the typed one, ICE, DTMF mode', () => {
    const provisioning: ProvisioningProfile = {
      version: 1,
      provider: 'Example PBX',
      servers: ['wss://a.example.com/ws', FORM.server],
      domain: 'pbx.example.com',
      iceServers: [{ urls: 'stun:stun.example.com' }],
      dtmfMode: 'info',
      featureCodes: {},
      extensions: [],
    };
    const { profile } = storeOver({ provisioning }).toProfile(FORM);
    expect(profile).toMatchObject({
      servers: [FORM.server, 'wss://a.example.com/ws'],
      provider: 'Example PBX',
      iceServers: [{ urls: 'stun:stun.example.com' }],
      dtmfMode: 'info',
    });
  });
});

describe('lines', () => {
  it('has no line and no default line without accounts', () => {
    const store = storeWith();
    expect(store.lines).toEqual([]);
    expect(store.defaultLine).toBeUndefined();
    expect(store.defaultLineId).toBeUndefined();
  });

  it('lists one line, offline until the engine reports, and makes it the default', () => {
    const store = storeWith('a');
    expect(store.lines).toEqual([
      {
        id: 'a',
        profile: profileOf('a', '101'),
        registration: { state: 'offline' },
        needsPassword: false,
      },
    ]);
    expect(store.defaultLineId).toBe('a');
    report('a', { state: 'connecting' });
    expect(store.lines[0]?.registration).toEqual({ state: 'connecting' });
    expect(store.registrations).toEqual({ a: { state: 'connecting' } });
  });

  it('keeps each line its own registration, in settings order', () => {
    const store = storeWith('a', 'b');
    report('b', { state: 'registered', server: 'wss://pbx.example.com:8089/ws' });
    report('a', { state: 'failed', problem: 'timeout' });
    expect(store.lines.map((line) => [line.id, line.registration.state])).toEqual([
      ['a', 'failed'],
      ['b', 'registered'],
    ]);
  });

  it('goes out on the first registered line, else on the first line', () => {
    const store = storeWith('a', 'b');
    expect(store.defaultLineId).toBe('a');
    report('b', { state: 'registered' });
    expect(store.defaultLineId).toBe('b');
    report('a', { state: 'registered' });
    expect(store.defaultLineId).toBe('a');
    report('a', { state: 'offline' });
    report('b', { state: 'offline' });
    expect(store.defaultLine?.id).toBe('a');
  });

  it('finds a line by id', () => {
    const store = storeWith('a', 'b');
    expect(store.line('b')?.profile.extension).toBe('102');
    expect(store.line('zzz')).toBeUndefined();
  });

  it.each([
    ['wrong-password', true],
    ['forbidden', true],
    ['not-found', true],
    ['rejected', true],
    ['timeout', false],
    ['unreachable', false],
    ['server-unavailable', false],
  ] as const)('asks the user to sign in again after %s: %s', (problem, asks) => {
    const store = storeWith('a', 'b');
    report('a', { state: 'registered' });
    report('b', { state: 'failed', problem });
    expect(store.lineNeedingSignIn?.id).toBe(asks ? 'b' : undefined);
  });
});

describe('signIn, resume, signOut', () => {
  it('saves a new line: password in the secret store, profile in settings, then registers', async () => {
    const store = storeWith();
    expect(await store.signIn(FORM)).toEqual({});
    const [profile] = bridgeSettings.accounts;
    expect(profile?.extension).toBe('1001');
    expect(savedCredentials.get(profile!.id)).toEqual({ password: 'secret' });
    expect(fakePhone.connect).toHaveBeenCalledWith(profile, { password: 'secret' });
    expect(store.lines.map((line) => line.id)).toEqual([profile!.id]);
  });

  it('registers while the password and the profile are still being saved', async () => {
    const store = storeWith();
    const finishSaving = holdNextSecretSave();
    const signedIn = store.signIn(FORM);
    expect(fakePhone.connect).toHaveBeenCalledTimes(1);
    expect(bridgeSettings.accounts).toEqual([]);
    finishSaving();
    expect(await signedIn).toEqual({});
    expect(bridgeSettings.accounts).toHaveLength(1);
  });

  it('a HA1 handed over before the password is saved replaces it afterwards, not before', async () => {
    const store = storeWith();
    const finishSaving = holdNextSecretSave();
    const signedIn = store.signIn(FORM);
    const id = fakePhone.connect.mock.calls[0]![0].id;
    const ha1 = { ha1: '0123456789abcdef0123456789abcdef', realm: 'pbx.example.com' };
    fakePhone.events.emit('credential', { accountId: id, credential: ha1 });
    await Promise.resolve();
    finishSaving();
    await signedIn;
    await vi.waitFor(() => expect(savedCredentials.get(id)).toEqual(ha1));
  });

  it('a save that fails unregisters the new line and says why', async () => {
    const store = storeWith();
    fakeSoftphone.secrets.set.mockRejectedValueOnce(new Error('keychain locked'));
    await expect(store.signIn(FORM)).rejects.toThrow('keychain locked');
    const id = fakePhone.connect.mock.calls[0]![0].id;
    expect(fakePhone.disconnect).toHaveBeenCalledWith(id);
    expect(bridgeSettings.accounts).toEqual([]);
  });

  it('a save that fails while editing a line puts the saved line back', async () => {
    const store = storeWith('a');
    savedCredentials.set('a', { password: 'old' });
    fakeSoftphone.secrets.set.mockRejectedValueOnce(new Error('keychain locked'));
    await expect(store.signIn({ ...FORM, extension: '2002' }, 'a')).rejects.toThrow();
    expect(fakePhone.disconnect).toHaveBeenCalledWith('a');
    await vi.waitFor(() =>
      expect(fakePhone.connect).toHaveBeenLastCalledWith(profileOf('a', '101'), {
        password: 'old',
      }),
    );
  });

  it('saves nothing and registers nothing when a field is wrong', async () => {
    const store = storeWith();
    expect(await store.signIn({ ...FORM, domain: '' })).toEqual({ domain: 'Domain is required' });
    expect(fakeSoftphone.secrets.set).not.toHaveBeenCalled();
    expect(fakeSoftphone.settings.update).not.toHaveBeenCalled();
    expect(fakePhone.connect).not.toHaveBeenCalled();
  });

  it('edits a given line in its place and adds a new line last', async () => {
    const store = storeWith('a', 'b');
    await store.signIn({ ...FORM, extension: '2002' }, 'b');
    expect(bridgeSettings.accounts.map((account) => [account.id, account.extension])).toEqual([
      ['a', '101'],
      ['b', '2002'],
    ]);
    await store.signIn({ ...FORM, extension: '3003' });
    expect(bridgeSettings.accounts.map((account) => account.extension)).toEqual([
      '101',
      '2002',
      '3003',
    ]);
  });

  it('resumes every line with a saved password and marks the others as needing one', async () => {
    const store = storeWith('a', 'b');
    savedCredentials.set('b', { password: 'pw-b' });
    await store.resume();
    expect(fakePhone.connect).toHaveBeenCalledTimes(1);
    expect(fakePhone.connect).toHaveBeenCalledWith(
      { ...profileOf('b', '102'), instanceId: expect.any(String) },
      { password: 'pw-b' },
    );
    expect(store.lines.map((line) => line.needsPassword)).toEqual([true, false]);
    expect(store.lineNeedingSignIn?.id).toBe('a');

    await store.signIn(FORM, 'a');
    expect(store.line('a')?.needsPassword).toBe(false);
    expect(store.lineNeedingSignIn).toBeUndefined();
  });

  it('keeps the HA1 the engine hands over in place of the password, and resumes with it', async () => {
    const store = storeWith();
    await store.signIn(FORM);
    const id = bridgeSettings.accounts[0]!.id;
    const ha1 = { ha1: '0123456789abcdef0123456789abcdef', realm: 'pbx.example.com' };
    fakePhone.events.emit('credential', { accountId: id, credential: ha1 });
    await vi.waitFor(() => expect(savedCredentials.get(id)).toEqual(ha1));
    await store.resume();
    expect(fakePhone.connect).toHaveBeenLastCalledWith(expect.objectContaining({ id }), ha1);
  });

  it('signs one line out: unregisters it, forgets its password, profile and state', async () => {
    const store = storeWith('a', 'b');
    savedCredentials.set('a', { password: 'pw-a' });
    report('a', { state: 'registered' });
    report('b', { state: 'registered' });
    await store.signOut('a');
    expect(fakePhone.disconnect).toHaveBeenCalledWith('a');
    expect(savedCredentials.has('a')).toBe(false);
    expect(bridgeSettings.accounts.map((account) => account.id)).toEqual(['b']);
    expect(store.registrations).toEqual({ b: { state: 'registered' } });
    expect(store.defaultLineId).toBe('b');
  });

  it('gives a new line its own instance id and keeps it when the line is edited', async () => {
    const store = storeWith();
    await store.signIn(FORM);
    await store.signIn({ ...FORM, extension: '1002' });
    const [first, second] = bridgeSettings.accounts;
    expect(first?.instanceId).toMatch(UUID);
    expect(second?.instanceId).toMatch(UUID);
    expect(second?.instanceId).not.toBe(first?.instanceId);
    await store.signIn({ ...FORM, displayName: 'Front desk' }, first!.id);
    expect(bridgeSettings.accounts[0]?.instanceId).toBe(first?.instanceId);
    expect(fakePhone.connect).toHaveBeenLastCalledWith(
      expect.objectContaining({ instanceId: first?.instanceId }),
      { password: 'secret' },
    );
  });

  it('gives a line saved without an instance id one on its first connect, saved for the next', async () => {
    const store = storeWith('a');
    savedCredentials.set('a', { password: 'pw-a' });
    await store.resume();
    const instanceId = bridgeSettings.accounts[0]?.instanceId;
    expect(instanceId).toMatch(UUID);
    expect(fakePhone.connect).toHaveBeenLastCalledWith(
      expect.objectContaining({ id: 'a', instanceId }),
      { password: 'pw-a' },
    );
    // The next start reuses the saved one.
    await store.resume();
    expect(fakePhone.connect).toHaveBeenLastCalledWith(expect.objectContaining({ instanceId }), {
      password: 'pw-a',
    });
    expect(bridgeSettings.accounts[0]?.instanceId).toBe(instanceId);
  });
});

describe('wake-up', () => {
  /** The bridge's push events, delivered for real. */
  function pushes() {
    const listeners = new Map<string, ((payload: unknown) => void)[]>();
    fakeSoftphone.events.on = vi.fn((channel: string, listener: (payload: unknown) => void) => {
      listeners.set(channel, [...(listeners.get(channel) ?? []), listener]);
      return () => undefined;
    }) as never;
    return (channel: string, payload: unknown) =>
      listeners.get(channel)?.forEach((listener) => listener(payload));
  }

  it("main's system:resumed (wake from sleep, unlock) makes the phone try every line now", () => {
    resetDoubles();
    const push = pushes();
    createTestingPinia({ stubActions: false, createSpy: vi.fn });
    useAccountsStore();
    expect(fakePhone.wake).not.toHaveBeenCalled();
    push('system:resumed', { reason: 'resume' });
    push('system:resumed', { reason: 'unlock-screen' });
    expect(fakePhone.wake).toHaveBeenCalledTimes(2);
  });

  it("the browser's online event does the same", () => {
    const page = new EventTarget();
    vi.stubGlobal('window', page);
    try {
      storeWith('a');
      page.dispatchEvent(new Event('offline'));
      expect(fakePhone.wake).not.toHaveBeenCalled();
      page.dispatchEvent(new Event('online'));
      expect(fakePhone.wake).toHaveBeenCalledTimes(1);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('several lines', () => {
  /** `count` saved lines 101, 102, …, all on pbx.example.com. */
  const many = (count: number) =>
    storeWith(...Array.from({ length: count }, (_, index) => `l${index}`));

  it(`adds lines up to MAX_LINES (${MAX_LINES}) and refuses one more with a form error`, async () => {
    const store = many(MAX_LINES - 1);
    expect(store.canAddLine).toBe(true);
    expect(await store.signIn({ ...FORM, extension: '2001' })).toEqual({});
    expect(store.lines).toHaveLength(MAX_LINES);
    expect(store.canAddLine).toBe(false);
    expect(await store.signIn({ ...FORM, extension: '2002' })).toEqual({ form: 'line-limit' });
    expect(bridgeSettings.accounts).toHaveLength(MAX_LINES);
    // Signing an existing line in again is not "another line".
    expect(await store.signIn({ ...FORM, extension: '2003' }, 'l0')).toEqual({});
  });

  it('refuses a second line for an extension that already is one', async () => {
    const store = storeWith('a');
    expect(await store.signIn({ ...FORM, extension: '101' })).toEqual({ extension: 'duplicate' });
    expect(await store.signIn({ ...FORM, extension: '101', domain: 'other.example.com' })).toEqual(
      {},
    );
  });

  it('keeps a line’s own settings (label, ringtone, voicemail…) when it signs in again', async () => {
    const store = storeOver({
      accounts: [{ ...profileOf('a', '101'), label: 'Front desk', ringtone: 'chime' }],
    });
    await store.signIn({ ...FORM, extension: '101' }, 'a');
    expect(bridgeSettings.accounts[0]).toMatchObject({ label: 'Front desk', ringtone: 'chime' });
  });

  it('names lines by label, else extension, only when there are two or more', () => {
    expect(lineName({ extension: '101' })).toBe('101');
    expect(lineName({ extension: '101', label: ' Sales ' })).toBe('Sales');
    expect(storeWith('a').lineNameOf('a')).toBeUndefined();
    const store = storeOver({
      accounts: [{ ...profileOf('a', '101'), label: 'Sales' }, profileOf('b', '102')],
    });
    expect(store.lineNameOf('a')).toBe('Sales');
    expect(store.lineNameOf('b')).toBe('102');
    expect(store.lineNameOf('gone')).toBeUndefined();
  });

  it('remembers the last used line, falling back to the default line', async () => {
    const store = storeWith('a', 'b');
    expect(store.lastUsedLine?.id).toBe('a');
    store.markUsed('b');
    expect(store.lastUsedLine?.id).toBe('b');
    store.markUsed('nope');
    expect(store.lastUsedLine?.id).toBe('b');
    await store.signOut('b');
    expect(store.lastUsedLine?.id).toBe('a');
  });

  it('updates a line’s settings in place; a new display name registers it again', async () => {
    const store = storeWith('a', 'b');
    savedCredentials.set('b', { password: 'pw' });
    expect(await store.updateLine('b', { label: 'Support', ringtone: 'pulse' })).toBeUndefined();
    expect(bridgeSettings.accounts[1]).toMatchObject({
      id: 'b',
      label: 'Support',
      ringtone: 'pulse',
    });
    expect(fakePhone.connect).not.toHaveBeenCalled();
    await store.updateLine('b', { displayName: 'Bob at Support' });
    expect(fakePhone.connect).toHaveBeenCalledWith(
      expect.objectContaining({ id: 'b', displayName: 'Bob at Support', label: 'Support' }),
      { password: 'pw' },
    );
    expect(bridgeSettings.accounts[0]).toEqual(profileOf('a', '101'));
  });

  it('refuses a line setting the contract refuses, saving nothing', async () => {
    const store = storeWith('a');
    expect(await store.updateLine('a', { label: 'x'.repeat(65) })).toBeTruthy();
    expect(await store.updateLine('zzz', { label: 'x' })).toMatch(/No line/);
    expect(fakeSoftphone.settings.update).not.toHaveBeenCalled();
  });
});
