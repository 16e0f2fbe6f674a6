/**
 * Which hosts a `sip:`/`sips:` link from another app may make us call.
 *
 * A link is text from a web page or a mail. Pointed at `127.0.0.1`, `169.254.169.254` or a
 * `192.168.x.x` box it turns the phone into a way to reach this computer and the local network
 * from outside (a request to a service the user never meant to expose, the cloud metadata
 * endpoint, a router's SIP ALG), so such hosts are refused unless they are a line's own SIP domain
 * (`accounts[].domain`): a PBX on the LAN is normal, and that is the one local host a link may name.
 * Host names that resolve to such an address are not caught here (we never resolve names in main);
 * the account's PBX routes the call, and it is the PBX that decides where a name leads.
 */
import {
  refusalInEnglish,
  type Refusal,
  type RefusalCode,
} from '../../../src-preload/i18n/refusals';

const METADATA_NAMES = new Set([
  'metadata',
  'metadata.google.internal',
  'metadata.azure.com',
  'instance-data',
  'instance-data.ec2.internal',
]);

/** What kind of place a blocked host is: each is one whole sentence in the catalogue. */
type BlockedKind = Extract<RefusalCode, `host${string}`>;

/** [first address, prefix length, kind] of IPv4 ranges no link may reach. */
const IPV4_BLOCKED: readonly [string, number, BlockedKind][] = [
  ['0.0.0.0', 8, 'hostThisComputer'],
  ['127.0.0.0', 8, 'hostLoopback'],
  ['10.0.0.0', 8, 'hostPrivate'],
  ['172.16.0.0', 12, 'hostPrivate'],
  ['192.168.0.0', 16, 'hostPrivate'],
  ['169.254.0.0', 16, 'hostLinkLocalOrMetadata'],
  ['100.100.100.200', 32, 'hostMetadata'],
];

/**
 * Why a link may not call `host`, or null when it may. `host` is what the link parser produced:
 * a lower-cased name, dotted IPv4 or `[IPv6]`. `ownDomains` are the lines' SIP domains.
 */
export function sipHostRefusal(host: string, ownDomains: readonly string[]): Refusal | null {
  const bare = host.toLowerCase().replace(/\.$/, '');
  if (ownDomains.some((domain) => domain.trim().toLowerCase().replace(/\.$/, '') === bare)) {
    return null;
  }
  const kind = blockedBy(bare);
  return kind ? { code: kind, params: { host: bare } } : null;
}

/** `sipHostRefusal` in English, for logs and tests. */
export function sipHostReason(host: string, ownDomains: readonly string[]): string | null {
  const refusal = sipHostRefusal(host, ownDomains);
  return refusal ? refusalInEnglish(refusal) : null;
}

function blockedBy(host: string): BlockedKind | null {
  if (host === 'localhost' || host.endsWith('.localhost')) return 'hostLocalhost';
  if (METADATA_NAMES.has(host)) return 'hostMetadata';
  if (host.startsWith('[')) return ipv6BlockedBy(host.slice(1, -1));
  if (/^[0-9.]+$/.test(host)) return ipv4BlockedBy(host);
  return null;
}

function ipv4BlockedBy(address: string): BlockedKind | null {
  const parts = address.split('.');
  // `010.0.0.1` is 10.0.0.1 to some resolvers (octal) and 10.0.0.1 to none of the others: refuse.
  if (parts.length !== 4 || parts.some((part) => part.length > 1 && part.startsWith('0'))) {
    return 'hostAmbiguous';
  }
  const value = ipv4Value(parts.map(Number));
  for (const [base, prefix, what] of IPV4_BLOCKED) {
    const mask = prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
    if ((value & mask) >>> 0 === (ipv4Value(base.split('.').map(Number)) & mask) >>> 0) {
      return what;
    }
  }
  return null;
}

function ipv4Value(octets: number[]): number {
  return octets.reduce((sum, octet) => sum * 256 + octet, 0);
}

function ipv6BlockedBy(inner: string): BlockedKind | null {
  const groups = expandIpv6(inner);
  if (!groups) return 'hostAmbiguous';
  const [first = 0] = groups;
  if (groups.every((group) => group === 0)) return 'hostThisComputer';
  if (groups.slice(0, 7).every((group) => group === 0) && groups[7] === 1) {
    return 'hostLoopback';
  }
  if ((first & 0xffc0) === 0xfe80) return 'hostLinkLocal';
  if ((first & 0xfe00) === 0xfc00) return 'hostPrivate';
  // ::ffff:a.b.c.d (IPv4-mapped) and the deprecated ::a.b.c.d reach the IPv4 address.
  if (groups.slice(0, 5).every((group) => group === 0) && [0, 0xffff].includes(groups[5] ?? -1)) {
    const [high = 0, low = 0] = groups.slice(6);
    return ipv4BlockedBy([high >> 8, high & 255, low >> 8, low & 255].join('.'));
  }
  return null;
}

/** The eight 16-bit groups of an IPv6 address (a trailing dotted IPv4 allowed), or null. */
function expandIpv6(text: string): number[] | null {
  let body = text.toLowerCase();
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(body);
  if (dotted?.[1]) {
    const octets = dotted[1].split('.').map(Number);
    if (octets.some((octet) => octet > 255)) return null;
    const [a = 0, b = 0, c = 0, d = 0] = octets;
    body = `${body.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const halves = body.split('::');
  if (halves.length > 2) return null;
  const parse = (half: string) => (half === '' ? [] : half.split(':'));
  const head = parse(halves[0] ?? '');
  const tail = halves.length === 2 ? parse(halves[1] ?? '') : [];
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return null;
  const all = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...tail];
  if (!all.every((group) => /^[0-9a-f]{1,4}$/.test(group))) return null;
  return all.map((group) => parseInt(group, 16));
}

/** The host of a `sip:user@host[:port]` / `sips:` target the link parser built, else null. */
export function sipTargetHost(target: string): string | null {
  const match = /^sips?:[^@]+@(\[[^\]]+\]|[^:]+)(?::\d+)?$/i.exec(target);
  return match?.[1] ?? null;
}
