import { createTestingPinia } from '@pinia/testing';
import { describe, expect, it, vi } from 'vitest';
import type { ProvisioningProfile, Settings } from '../../src-preload/contract';
import { useRecordingsStore } from './recordings';
import { bridgeSettings, fakePhone, resetDoubles } from './store-test-doubles';

vi.mock('../bridge/softphone', async () => ({
  softphone: (await import('./store-test-doubles')).fakeSoftphone,
}));
vi.mock('./phone-engine', async () => ({
  phone: (await import('./store-test-doubles')).fakePhone,
}));

const pbxProfile = (codes: ProvisioningProfile['featureCodes']): ProvisioningProfile => ({
  version: 1,
  provider: 'Example',
  servers: ['wss://pbx.example.com/ws'],
  domain: 'pbx.example.com',
  iceServers: [],
  extensions: [],
  recordingsOnPbx: true,
  featureCodes: codes,
});

function storeWith(settings: Partial<Settings>) {
  resetDoubles(settings);
  createTestingPinia({
    stubActions: false,
    createSpy: vi.fn,
    initialState: { settings: { settings: bridgeSettings } },
  });
  return useRecordingsStore();
}

describe('recordings store: recording at the PBX', () => {
  it('Record sends the profile’s recordToggle code in the call, and shows it on and off', () => {
    const store = storeWith({ provisioning: pbxProfile({ recordToggle: '*1' }) });
    expect(store.isRecording('c1')).toBe(false);
    store.toggle('c1');
    expect(fakePhone.calls.sendDtmf).toHaveBeenCalledWith('c1', '*1');
    expect(store.isRecording('c1')).toBe(true);
    store.toggle('c1');
    expect(fakePhone.calls.sendDtmf).toHaveBeenCalledTimes(2);
    expect(store.isRecording('c1')).toBe(false);
  });

  it('says so when the PBX records but the profile gives no code', () => {
    const store = storeWith({ provisioning: pbxProfile({}) });
    expect(() => store.toggle('c1')).toThrow(/gave no code/);
    expect(fakePhone.calls.sendDtmf).not.toHaveBeenCalled();
  });

  it('without recordingsOnPbx nothing goes to the PBX', () => {
    const store = storeWith({});
    expect(store.onPbx()).toBe(false);
    // No such call in the engine: the toggle is remembered, nothing is dialled.
    store.toggle('c1');
    expect(fakePhone.calls.sendDtmf).not.toHaveBeenCalled();
  });
});
