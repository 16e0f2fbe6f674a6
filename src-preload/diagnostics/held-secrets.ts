import type { Settings, SipCredential } from '../contract';

/** Every secret value the app holds now: lines' passwords or HA1s, and TURN credentials. */
export async function heldSecrets(
  settings: Settings,
  credential: (accountId: string) => Promise<SipCredential | null>,
): Promise<string[]> {
  const secrets: string[] = [];
  for (const account of settings.accounts) {
    const held = await credential(account.id).catch(() => null);
    if (held) secrets.push('ha1' in held ? held.ha1 : held.password);
  }
  const servers = [
    ...settings.accounts.flatMap((account) => account.iceServers),
    ...(settings.provisioning?.iceServers ?? []),
  ];
  for (const server of servers) if (server.credential) secrets.push(server.credential);
  return secrets;
}
