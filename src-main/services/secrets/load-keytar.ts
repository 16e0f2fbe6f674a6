import type { KeytarLike } from './keytar-secret-store';

/**
 * Loads the keytar native addon. Rejects when the addon is missing or cannot load (say,
 * libsecret is not installed); openSecretStore treats that as "no keychain".
 * A dynamic import, so a broken addon cannot stop main from starting.
 */
export async function loadKeytar(): Promise<KeytarLike> {
  const loaded: { default?: KeytarLike } & Partial<KeytarLike> = await import('keytar');
  // keytar is CommonJS: under Node's ESM loader its exports arrive as `default`.
  const keytar = loaded.default ?? loaded;
  if (typeof keytar.getPassword !== 'function') throw new Error('keytar did not load');
  return keytar as KeytarLike;
}
