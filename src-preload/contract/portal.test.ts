import { describe, expect, it } from 'vitest';
import { checkPortalUrl, checkProviderUrl } from './portal';

const PORTAL = 'https://portal.example.com/customer';

describe('checkPortalUrl', () => {
  it.each([
    ['the profile’s own address', PORTAL, true],
    ['another path on the same origin', 'https://portal.example.com/calls?x=1', true],
    ['the default port written out', 'https://portal.example.com:443/', true],
    ['another host', 'https://evil.example/customer', false],
    ['a look-alike subdomain', 'https://portal.example.com.evil.example/', false],
    ['credentials that hide the host', 'https://portal.example.com@evil.example/', false],
    ['user info on the right host', 'https://me:pw@portal.example.com/', false],
    ['plain http', 'http://portal.example.com/customer', false],
    ['another port', 'https://portal.example.com:8443/', false],
    ['javascript:', 'javascript:alert(1)', false],
    ['file:', 'file:///etc/passwd', false],
    ['not a URL', 'portal', false],
  ])('%s', (_name, requested, ok) => {
    expect(checkPortalUrl(PORTAL, requested).ok).toBe(ok);
  });

  it('refuses when the profile names no portal, or one that is not https', () => {
    expect(checkPortalUrl(undefined, PORTAL)).toMatchObject({ ok: false, message: /not set/ });
    expect(checkPortalUrl('http://portal.example.com/', 'http://portal.example.com/')).toEqual({
      ok: false,
      message: expect.stringMatching(/not https/),
    });
  });

  it('returns the normalised address to open', () => {
    expect(checkPortalUrl(PORTAL, 'https://PORTAL.example.com/customer')).toEqual({
      ok: true,
      url: 'https://portal.example.com/customer',
    });
  });
});

describe('checkProviderUrl', () => {
  const SUPPORT = 'https://help.example.net/softphone';
  it.each([
    ['the portal', { portalUrl: PORTAL, supportUrl: SUPPORT }, PORTAL, true],
    ['the support page', { portalUrl: PORTAL, supportUrl: SUPPORT }, SUPPORT, true],
    ['the support page without a portal', { supportUrl: SUPPORT }, SUPPORT, true],
    ['another host', { portalUrl: PORTAL, supportUrl: SUPPORT }, 'https://evil.example/', false],
    ['a support page the profile does not name', { portalUrl: PORTAL }, SUPPORT, false],
    ['no profile', undefined, SUPPORT, false],
    ['plain http on the support host', { supportUrl: SUPPORT }, 'http://help.example.net/', false],
  ])('%s', (_name, profile, requested, ok) => {
    expect(checkProviderUrl(profile, requested).ok).toBe(ok);
  });
});
