import { describe, expect, it } from 'vitest';
import { KeytarSecretStore } from './keytar-secret-store';
import { redact, SecretStoreError } from './secret-store';
import { fakeKeytar, recordingLog } from './test-fakes';

describe('KeytarSecretStore', () => {
  it('keeps one item per account under the "Softphone" service', async () => {
    const { keytar, items } = fakeKeytar();
    const store = new KeytarSecretStore(keytar, { log: recordingLog() });
    expect(store.backend).toBe('keychain');
    await store.set('acc-1', 'one');
    await store.set('acc-2', 'two');
    expect(Object.fromEntries(items)).toEqual({
      'Softphone/acc-1': 'one',
      'Softphone/acc-2': 'two',
    });
    expect(await store.get('acc-1')).toBe('one');
    await store.remove('acc-1');
    await store.remove('acc-1');
    expect(await store.get('acc-1')).toBeNull();
  });

  it('turns keychain failures into readable errors that never repeat the password', async () => {
    const { keytar, state } = fakeKeytar();
    const log = recordingLog();
    const store = new KeytarSecretStore(keytar, { log });
    // Native code is not ours: assume the worst, an error message that echoes its input.
    state.failWith = new Error('Cannot create an item in a locked collection (secret: s3cr3t!)');
    const failure = store.set('acc-1', 's3cr3t!');
    await expect(failure).rejects.toBeInstanceOf(SecretStoreError);
    await expect(failure).rejects.toThrow(
      'Could not save the password for acc-1 in the system keychain (Cannot create an item in a locked collection (secret: [redacted])).',
    );
    state.failWith = new Error(
      'The name org.freedesktop.secrets was not provided by any .service files',
    );
    await expect(store.get('acc-1')).rejects.toThrow(
      /Could not read the password for acc-1 from the system keychain/,
    );
    await expect(store.remove('acc-1')).rejects.toThrow(/Could not remove the password for acc-1/);
    expect(log.lines.join('\n')).not.toContain('s3cr3t!');
    expect(log.lines).toHaveLength(3);
  });
});

describe('redact', () => {
  it.each([
    ['a pw b pw', 'pw', 'a [redacted] b [redacted]'],
    ['nothing here', 'pw', 'nothing here'],
    ['empty secret leaves text alone', '', 'empty secret leaves text alone'],
  ])('%s', (text, secret, expected) => {
    expect(redact(text, secret)).toBe(expected);
  });
});
