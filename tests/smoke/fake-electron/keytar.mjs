/**
 * Stands in for the keytar native addon: a keychain that is not there. The smoke run must never
 * read or prompt for the developer's real keyring, so main falls back to safeStorage (faked in
 * electron.mjs), which also exercises the shell's safeStorage adapter. The keychain path itself is
 * covered by tests/keyring against a throwaway gnome-keyring.
 */
throw new Error('keytar is not available in the smoke test');
