/**
 * Test doubles for the store tests: a fake of the bridge (`bridge/softphone.ts`) and of the phone
 * engine singleton (`stores/phone-engine.ts`). Test files swap the real modules for these with
 * `vi.mock(…, async () => ({ softphone: (await import('./store-test-doubles')).fakeSoftphone }))`
 * and call `resetDoubles()` before each test. Never imported by production code.
 */
import mitt from 'mitt';
import { vi } from 'vitest';
import {
  defaultSettings,
  type AccountProfile,
  type AppInfo,
  type HistoryEntry,
  type RecordingInfo,
  type Settings,
  type SettingsPatch,
  type SipCredential,
} from '../../src-preload/contract';
import type { CallManagerEvents } from '../sip/call-manager-types';
import type { CallView } from '../sip/call-types';
import type { PhoneEvents } from '../sip/phone';

/** The settings the fake bridge holds; `settings.update` merges patches into it. */
export let bridgeSettings: Settings = defaultSettings();
/** Credentials (password or HA1) the fake secret store holds, by account id. */
export const savedCredentials = new Map<string, SipCredential>();

function makeSoftphone() {
  return {
    secrets: {
      get: vi.fn(
        async ({ accountId }: { accountId: string }) => savedCredentials.get(accountId) ?? null,
      ),
      set: vi.fn(
        async ({ accountId, credential }: { accountId: string; credential: SipCredential }) => {
          savedCredentials.set(accountId, credential);
        },
      ),
      remove: vi.fn(async ({ accountId }: { accountId: string }) => {
        savedCredentials.delete(accountId);
      }),
    },
    settings: {
      get: vi.fn(async () => bridgeSettings),
      update: vi.fn(async (patch: SettingsPatch) => {
        bridgeSettings = { ...bridgeSettings, ...patch } as Settings;
        return bridgeSettings;
      }),
    },
    history: {
      add: vi.fn(async (_entry: unknown) => undefined),
      unseenMissed: vi.fn(async () => 0),
      list: vi.fn(async (_query: unknown): Promise<HistoryEntry[]> => []),
      markSeen: vi.fn(async () => undefined),
      clear: vi.fn(async () => undefined),
      remove: vi.fn(async (_request: unknown) => undefined),
      export: vi.fn(async (_filter: unknown) => ({ status: 'downloaded' as const, count: 0 })),
    },
    phone: { report: vi.fn(async (_snapshot: unknown) => undefined) },
    recordings: {
      list: vi.fn(async (): Promise<RecordingInfo[]> => []),
      remove: vi.fn(async (_ref: unknown) => undefined),
    },
    app: {
      info: vi.fn(async (): Promise<AppInfo | null> => null),
      ready: vi.fn(async () => undefined),
    },
    events: { on: vi.fn(() => () => undefined) },
  };
}

function makeCalls() {
  let next = 0;
  return {
    /** What `views()` answers: set it, then emit `call` on the phone's events. */
    live: [] as CallView[],
    views: vi.fn((): CallView[] => fakePhone.calls.live),
    setPreferences: vi.fn(),
    setRingtones: vi.fn(),
    setDevices: vi.fn(async () => undefined),
    setVolumes: vi.fn(),
    dial: vi.fn((_accountId: string, _target: string, _display: string) => `out-${++next}`),
    pickUp: vi.fn(
      (_accountId: string, _target: string, _display: string, _extension: string) =>
        `pickup-${++next}`,
    ),
    consult: vi.fn((_id: string, _target: string, _display: string) => `consult-${++next}`),
    answer: vi.fn(),
    decline: vi.fn(),
    hangup: vi.fn(),
    hold: vi.fn(async () => undefined),
    swap: vi.fn(async () => undefined),
    setMuted: vi.fn(),
    sendDtmf: vi.fn(),
    blindTransfer: vi.fn(),
    completeTransfer: vi.fn(),
    cancelTransfer: vi.fn(),
    startConference: vi.fn(async () => undefined),
    calls: new Map(),
    audio: { playing: () => ({}), devices: {} },
    /** The recorder (sip/recordings.ts) follows these; tests leave them quiet. */
    events: mitt<CallManagerEvents>(),
    get: vi.fn((_id: string) => undefined),
    conference: { outputOf: vi.fn(() => undefined), has: vi.fn(() => false) },
  };
}

/** Stands in for the bridge module's `softphone`. */
export const fakeSoftphone = makeSoftphone();

/** Stands in for the engine singleton `phone`: tests emit its events to play the engine's part. */
export const fakePhone = {
  events: mitt<PhoneEvents>(),
  connect: vi.fn((_profile: AccountProfile, _credential: SipCredential) => undefined),
  disconnect: vi.fn((_accountId: string) => undefined),
  retryNow: vi.fn((_accountId: string) => undefined),
  wake: vi.fn(() => undefined),
  setWatched: vi.fn((_accountId: string, _extensions: readonly string[]) => undefined),
  calls: makeCalls(),
};

/** Fresh fakes, empty settings and no saved passwords. */
export function resetDoubles(settings: Partial<Settings> = {}): void {
  bridgeSettings = { ...defaultSettings(), ...settings };
  savedCredentials.clear();
  Object.assign(fakeSoftphone, makeSoftphone());
  fakePhone.events.all.clear();
  fakePhone.connect = vi.fn((_profile: AccountProfile, _credential: SipCredential) => undefined);
  fakePhone.disconnect = vi.fn((_accountId: string) => undefined);
  fakePhone.retryNow = vi.fn((_accountId: string) => undefined);
  fakePhone.wake = vi.fn(() => undefined);
  fakePhone.setWatched = vi.fn((_accountId: string, _extensions: readonly string[]) => undefined);
  fakePhone.calls = makeCalls();
}

/** A valid saved account for line `id`. */
export function profileOf(id: string, extension = '1001'): AccountProfile {
  return {
    id,
    servers: ['wss://pbx.example.com:8089/ws'],
    domain: 'pbx.example.com',
    extension,
    iceServers: [],
    registerExpires: 600,
    dtmfMode: 'rfc2833',
  };
}

/** A call as the engine would report it, `overrides` on top. */
export function callOf(overrides: Partial<CallView> & { id: string }): CallView {
  return {
    accountId: 'a',
    direction: 'outgoing',
    phase: 'dialing',
    remoteNumber: '1002',
    remoteUri: 'sip:1002@pbx.example.com',
    muted: false,
    localHold: false,
    remoteHold: false,
    startedAt: 1_000,
    conference: false,
    ...overrides,
  };
}
