/**
 * Secrets the diagnostics tests plant in their input; none may reach an exported zip. Made up,
 * and shaped like the real ones (a digest answer and an HA1 are 32 hex digits), so the redaction
 * patterns meet them as they would meet a user's. Test-only.
 */
export const PLANTED = {
  password: 'planted-Pa55word',
  ha1: '0123456789abcdef0123456789abcdef',
  turn: 'turn-Cr3dential-planted',
  digest: '6629fae49393a05397450978507c4ef1',
} as const;

/** Every planted secret, for "none of them is in the zip". */
export const PLANTED_SECRETS: readonly string[] = Object.values(PLANTED);
