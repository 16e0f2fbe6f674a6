import { describe, expect, it } from 'vitest';
import { MicrophoneAccess } from './microphone-access';

/** A Permissions API whose microphone status the test sets and changes. */
function permissions(state: PermissionState) {
  const listeners: Array<() => void> = [];
  const status = {
    state,
    addEventListener: (_type: string, listener: () => void) => listeners.push(listener),
  };
  const api = { query: () => Promise.resolve(status) } as unknown as Permissions;
  return {
    api,
    change(next: PermissionState) {
      status.state = next;
      for (const listener of listeners) listener();
    },
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('MicrophoneAccess', () => {
  it('is not granted until the Permissions API says so', async () => {
    const access = new MicrophoneAccess(() => permissions('granted').api);
    expect(access.granted).toBe(false); // the query is still on its way
    await settle();
    expect(access.granted).toBe(true);
  });

  it('follows the permission when the user changes it', async () => {
    const browser = permissions('granted');
    const access = new MicrophoneAccess(() => browser.api);
    void access.granted;
    await settle();
    browser.change('denied');
    expect(access.granted).toBe(false);
    browser.change('prompt');
    expect(access.granted).toBe(false);
  });

  it('without the API, learns from the calls: an open grants, a failure asks again', () => {
    const access = new MicrophoneAccess(() => undefined);
    expect(access.granted).toBe(false);
    access.opened();
    expect(access.granted).toBe(true);
    access.failed();
    expect(access.granted).toBe(false);
  });

  it('an open that finished before the query answered is not overwritten by it', async () => {
    const access = new MicrophoneAccess(() => permissions('prompt').api);
    void access.granted;
    access.opened();
    await settle();
    expect(access.granted).toBe(true);
  });

  it('a browser that does not know "microphone" is simply not granted', async () => {
    const api = {
      query: () => Promise.reject(new TypeError('unknown name')),
    } as unknown as Permissions;
    const access = new MicrophoneAccess(() => api);
    void access.granted;
    await settle();
    expect(access.granted).toBe(false);
  });
});
