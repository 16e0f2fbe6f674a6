import * as v from 'valibot';
import { SipCredentialSchema, type SipCredential } from '../../../src-preload/contract';
import type { SecretStore } from './secret-store';

/**
 * A line's credential as the one string a secret store keeps. Entries saved before lines kept
 * their HA1 are the bare password; newer ones are tagged JSON, so the two never mix up.
 */
const StoredSchema = v.union([
  v.strictObject({ kind: v.literal('password'), password: v.string() }),
  v.strictObject({ kind: v.literal('ha1'), ha1: v.string(), realm: v.string() }),
]);

export function encodeSipCredential(credential: SipCredential): string {
  return JSON.stringify(
    'ha1' in credential
      ? { kind: 'ha1', ha1: credential.ha1, realm: credential.realm }
      : { kind: 'password', password: credential.password },
  );
}

export function decodeSipCredential(stored: string): SipCredential | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(stored);
  } catch {
    parsed = undefined;
  }
  const tagged = v.safeParse(StoredSchema, parsed);
  const credential: unknown = tagged.success
    ? tagged.output.kind === 'ha1'
      ? { ha1: tagged.output.ha1, realm: tagged.output.realm }
      : { password: tagged.output.password }
    : { password: stored };
  // An entry the contract would refuse (emptied, damaged) counts as none: the user signs in again.
  const valid = v.safeParse(SipCredentialSchema, credential);
  return valid.success ? valid.output : null;
}

/** The secret store seen as lines' SIP credentials, for the `secrets:*` channels. */
export function sipCredentials(store: Pick<SecretStore, 'get' | 'set' | 'remove'>) {
  return {
    async get(accountId: string): Promise<SipCredential | null> {
      const stored = await store.get(accountId);
      return stored === null ? null : decodeSipCredential(stored);
    },
    set: (accountId: string, credential: SipCredential): Promise<void> =>
      store.set(accountId, encodeSipCredential(credential)),
    remove: (accountId: string): Promise<void> => store.remove(accountId),
  };
}
export type SipCredentials = ReturnType<typeof sipCredentials>;
