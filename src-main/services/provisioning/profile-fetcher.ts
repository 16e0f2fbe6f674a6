import {
  parseProvisioningProfile,
  UserError,
  type ProvisioningProfile,
} from '../../../src-preload/contract';

export type FetchPort = (
  url: string,
  init: { signal: AbortSignal; redirect: 'error' },
) => Promise<{
  ok: boolean;
  status: number;
  text(): Promise<string>;
}>;

const MAX_BYTES = 64 * 1024;

/**
 * Fetches a provider's provisioning profile for the desktop app. Only https (the profile decides
 * which server gets the user's password, so it must not be swappable on the wire), no redirects,
 * a size cap and a timeout; errors are sentences a user can act on.
 */
export async function fetchProvisioningProfile(
  url: string,
  fetchPort: FetchPort,
  timeoutMs = 10_000,
): Promise<ProvisioningProfile> {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    throw new UserError('profileBadUrl');
  }
  if (target.protocol !== 'https:') throw new UserError('profileNotHttps');
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetchPort(target.href, { signal: controller.signal, redirect: 'error' });
    if (!response.ok) throw new UserError('profileServerStatus', { status: response.status });
    const text = await response.text();
    if (text.length > MAX_BYTES) throw new UserError('profileTooLarge');
    const parsed = parseProvisioningProfile(text);
    if (!parsed.ok) throw parsed.error;
    return parsed.profile;
  } catch (error) {
    if (controller.signal.aborted) throw new UserError('profileTimeout');
    throw error;
  } finally {
    clearTimeout(timer);
  }
}
