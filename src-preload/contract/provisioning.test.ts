import { describe, expect, it } from 'vitest';
import { parseProvisioningProfile } from './provisioning';

const valid = {
  version: 1,
  provider: 'Example Telecom',
  servers: ['wss://pbx.example.com:8089/ws', 'wss://pbx2.example.com:8089/ws'],
  domain: 'pbx.example.com',
  voicemailNumber: '*97',
  featureCodes: { dndOn: '*78', dndOff: '*79' },
  extensions: [{ user: '1001', displayName: 'Alice' }],
};

describe('parseProvisioningProfile', () => {
  it('accepts a documented profile and applies defaults', () => {
    const result = parseProvisioningProfile(JSON.stringify(valid));
    expect(result.ok && result.profile.iceServers).toEqual([]);
  });

  it.each([
    ['not json', '{', /not valid JSON/],
    [
      'a password at top level',
      JSON.stringify({ ...valid, password: 'x' }),
      /never contain a password/,
    ],
    [
      'a password in an extension',
      JSON.stringify({ ...valid, extensions: [{ user: '1001', password: 'x' }] }),
      /never contain a password/,
    ],
    [
      'an http server',
      JSON.stringify({ ...valid, servers: ['http://pbx.example.com'] }),
      /servers/,
    ],
    ['a wrong version', JSON.stringify({ ...valid, version: 2 }), /version/],
    [
      'a hostile feature code',
      JSON.stringify({ ...valid, voicemailNumber: '*97;rm -rf' }),
      /voicemailNumber/,
    ],
  ])('refuses %s', (_name, text, message) => {
    const result = parseProvisioningProfile(text);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(message);
  });

  it.each([
    ['an international support number', { supportPhone: '+49 30 1234567' }, true],
    ['a support extension', { supportPhone: '100' }, true],
    ['an https support page', { supportUrl: 'https://help.example.com/' }, true],
    ['a national number (a profile names no country)', { supportPhone: '030 1234567' }, false],
    ['a forwarding code as the support number', { supportPhone: '*21*5551234#' }, false],
    ['letters as the support number', { supportPhone: 'call us' }, false],
    ['an http support page', { supportUrl: 'http://help.example.com/' }, false],
    ['a javascript: support page', { supportUrl: 'javascript:alert(1)' }, false],
  ])('support details: %s', (_name, extra, ok) => {
    const result = parseProvisioningProfile(JSON.stringify({ ...valid, ...extra }));
    expect(result.ok).toBe(ok);
    if (!ok) expect(result.ok || result.message).toMatch(/support/);
  });
});
