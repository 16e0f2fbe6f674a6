import { describe, expect, it } from 'vitest';
import { sipHostReason, sipHostRefusal, sipTargetHost } from './sip-host-policy';

const refused: [host: string, reason: RegExp][] = [
  ['localhost', /localhost/],
  ['localhost.', /localhost/],
  ['pbx.localhost', /localhost/],
  ['127.0.0.1', /loopback/],
  ['127.255.255.254', /loopback/],
  ['0.0.0.0', /this computer/],
  ['10.0.0.5', /private network/],
  ['172.16.0.1', /private network/],
  ['172.31.255.255', /private network/],
  ['192.168.1.1', /private network/],
  ['169.254.169.254', /metadata/],
  ['169.254.0.1', /link-local/],
  ['100.100.100.200', /metadata/],
  ['metadata.google.internal', /metadata/],
  ['metadata', /metadata/],
  ['010.0.0.1', /ambiguous/],
  ['[::1]', /loopback/],
  ['[0:0:0:0:0:0:0:1]', /loopback/],
  ['[::]', /this computer/],
  ['[fe80::1]', /link-local/],
  ['[febf::1]', /link-local/],
  ['[fc00::1]', /private network/],
  ['[fd00:ec2::254]', /private network/],
  ['[::ffff:127.0.0.1]', /loopback/],
  ['[::ffff:7f00:1]', /loopback/],
  ['[::ffff:169.254.169.254]', /metadata/],
  ['[::ffff:192.168.0.1]', /private network/],
  ['[1::2::3]', /ambiguous/],
];

const allowed: string[] = [
  'pbx.example.com',
  'example.com',
  '192.0.2.10',
  '8.8.8.8',
  '172.32.0.1',
  '172.15.255.255',
  '192.169.0.1',
  '169.255.0.1',
  '11.0.0.1',
  '126.255.255.255',
  '[2001:db8::1]',
  '[fec0::1]',
  '[::ffff:8.8.8.8]',
  'localhost.example.com',
];

describe('sipHostReason', () => {
  it.each(refused)('refuses %s', (host, reason) => {
    const result = sipHostReason(host, ['pbx.example.com']);
    expect(result).toMatch(reason);
    expect(result).toMatch(/^This SIP link points at .+\.$/);
  });

  it.each(allowed)('allows %s', (host) => {
    expect(sipHostReason(host, [])).toBeNull();
  });

  it.each([
    ['192.168.1.10', ['192.168.1.10']],
    ['pbx.localhost', ['PBX.localhost']],
    ['[fd00::5]', ['[fd00::5]']],
    ['10.0.0.2', [' 10.0.0.2 ', 'other.example']],
  ])("allows %s when it is a line's own SIP domain", (host, domains) => {
    expect(sipHostReason(host, domains)).toBeNull();
    expect(sipHostReason(host, ['pbx.example.com'])).not.toBeNull();
  });
});

describe('sipHostRefusal', () => {
  it.each([
    ['0.0.0.0', 'hostThisComputer'],
    ['[::]', 'hostThisComputer'],
    ['127.0.0.1', 'hostLoopback'],
    ['[::1]', 'hostLoopback'],
    ['localhost', 'hostLocalhost'],
    ['10.1.2.3', 'hostPrivate'],
    ['[fd00::5]', 'hostPrivate'],
    ['[fe80::1]', 'hostLinkLocal'],
    ['169.254.169.254', 'hostLinkLocalOrMetadata'],
    ['metadata.google.internal', 'hostMetadata'],
    ['010.0.0.1', 'hostAmbiguous'],
    ['[::ffff:192.168.1.1]', 'hostPrivate'],
  ])('%s is %s, with the host as its parameter', (host, code) => {
    expect(sipHostRefusal(`${host}.`, [])).toEqual({ code, params: { host } });
  });

  it('is null for a public host or an own domain', () => {
    expect(sipHostRefusal('pbx.example.com', [])).toBeNull();
    expect(sipHostRefusal('10.0.0.2', ['10.0.0.2'])).toBeNull();
  });
});

describe('sipTargetHost', () => {
  it.each([
    ['sip:alice@127.0.0.1', '127.0.0.1'],
    ['sips:bob@pbx.example.com:5061', 'pbx.example.com'],
    ['sip:1001@[::1]:5060', '[::1]'],
    ['sip:1001@[fe80::1]', '[fe80::1]'],
    ['+12025550100', null],
    ['1005', null],
  ])('%s → %s', (target, host) => {
    expect(sipTargetHost(target)).toBe(host);
  });
});
