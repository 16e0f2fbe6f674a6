import { TEST_EXTENSIONS } from '../testbed/extensions';
import type { SignInDetails } from './pages/sign-in-page';

/** Sign-in details for a test extension at the PBX started by global setup. */
export function extension(user: string): SignInDetails {
  const found = TEST_EXTENSIONS.find((candidate) => candidate.user === user);
  if (!found) throw new Error(`No test extension ${user}`);
  return {
    server: pbxWsUrl(),
    domain: process.env.PBX_DOMAIN ?? 'softphone.test',
    extension: found.user,
    password: found.password,
  };
}

export function pbxWsUrl(): string {
  const url = process.env.PBX_WS_URL;
  if (!url) throw new Error('PBX_WS_URL is not set: run the tests through playwright.config.ts');
  return url;
}
