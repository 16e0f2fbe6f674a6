import * as v from 'valibot';

/** Passwords are bounded so a hostile page cannot push megabytes into the keychain. */
const PasswordSchema = v.pipe(v.string(), v.minLength(1), v.maxLength(1024));

/**
 * What the secret store keeps for a line: the password the user typed until the line has
 * registered once, then the digest HA1 (MD5 of `user:realm:password`) and the realm it is
 * good for. The page never needs the plain password again, and an HA1 opens only that realm.
 */
export const SipCredentialSchema = v.union([
  v.strictObject({ password: PasswordSchema }),
  v.strictObject({
    ha1: v.pipe(v.string(), v.regex(/^[0-9a-f]{32}$/)),
    realm: v.pipe(v.string(), v.minLength(1), v.maxLength(256)),
  }),
]);
export type SipCredential = v.InferOutput<typeof SipCredentialSchema>;

/** The HA1 form of a credential. */
export type Ha1Credential = Extract<SipCredential, { ha1: string }>;

export const isHa1Credential = (credential: SipCredential): credential is Ha1Credential =>
  'ha1' in credential;
