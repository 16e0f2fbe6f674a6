/**
 * What a dialable SIP address is: `[sip:|sips:]user@host[:port]`, rebuilt from validated parts.
 *
 * Shared by main's `sip:` link parser and the renderer's dial field. The rules here are about the
 * address itself; URI parameters, headers (`?Replaces=`), percent-escapes and passwords belong
 * to the link layer in `src-main/services/links/sip-address.ts`, and a typed address has none.
 */
import { refused, type Refused } from '../i18n/refusals';

export interface SipAddress {
  user: string;
  /** Lower-cased host name, IPv4 address or `[IPv6]`. */
  host: string;
  port?: number;
}

export type SipAddressResult = ({ ok: true } & SipAddress) | Refused;

export interface SipUserOptions {
  /** Allow `*`/`#` PBX feature codes in the user part (`*97@pbx`): typed yes, from a link no. */
  allowServiceCodes: boolean;
}

/** RFC 3261 unreserved characters only: nothing that could start a parameter, header or quote. */
const USER_CHARS = /^[A-Za-z0-9._~+-]{1,64}$/;
const USER_CHARS_WITH_CODES = /^[A-Za-z0-9._~+*#-]{1,64}$/;
const SCHEME = /^(sips?):/i;

/** Why `user` cannot be the user part of a SIP address we dial, or null when it can. */
export function sipUserRefusal(user: string, options: SipUserOptions): Refused | null {
  if (!options.allowServiceCodes && /[*#]/.test(user)) return refused('serviceCode');
  const chars = options.allowServiceCodes ? USER_CHARS_WITH_CODES : USER_CHARS;
  return chars.test(user) ? null : refused('sipUser');
}

/**
 * Parses a typed SIP address, `user@host[:port]` with an optional `sip:`/`sips:` scheme, and
 * nothing else: no parameters, headers, escapes or display names. Returns the scheme too.
 */
export function parseSipDialString(
  text: string,
  options: SipUserOptions,
): ({ ok: true; scheme: 'sip' | 'sips' } & SipAddress) | Refused {
  const match = SCHEME.exec(text);
  const scheme = match?.[1]?.toLowerCase() === 'sips' ? 'sips' : 'sip';
  const parts = text.slice(match ? match[0].length : 0).split('@');
  if (parts.length !== 2 || !parts[0] || !parts[1]) {
    return refused('sipAddressShape');
  }
  const [user, hostport] = parts;
  const userRefusal = sipUserRefusal(user, options);
  if (userRefusal) return userRefusal;
  const host = parseHostPort(hostport);
  if (!host.ok) return host;
  return { ok: true, scheme, user, ...host.value };
}

/** `sip:user@host[:port]`, the only shape a dialled address ever has. */
export function formatSipTarget(scheme: 'sip' | 'sips', address: SipAddress): string {
  return `${scheme}:${address.user}@${address.host}${address.port ? `:${address.port}` : ''}`;
}

/** `host[:port]` with a valid host (see `isValidHost`) and a port between 1 and 65535. */
export function parseHostPort(
  hostport: string,
): { ok: true; value: { host: string; port?: number } } | Refused {
  let host: string;
  let portText: string | undefined;
  if (hostport.startsWith('[')) {
    const close = hostport.indexOf(']');
    if (close === -1) return badHost();
    host = hostport.slice(0, close + 1);
    const after = hostport.slice(close + 1);
    if (after !== '' && !after.startsWith(':')) return badHost();
    portText = after === '' ? undefined : after.slice(1);
  } else {
    const parts = hostport.split(':');
    if (parts.length > 2) return badHost();
    host = parts[0] ?? '';
    portText = parts[1];
  }
  if (!isValidHost(host)) return badHost();
  if (portText === undefined) return { ok: true, value: { host: host.toLowerCase() } };
  const port = /^[0-9]{1,5}$/.test(portText) ? Number(portText) : NaN;
  if (!(port >= 1 && port <= 65535)) {
    return refused('sipPort');
  }
  return { ok: true, value: { host: host.toLowerCase(), port } };
}

function badHost(): Refused {
  return refused('sipHost');
}

/**
 * Host names (RFC 1123 labels, punycode included), dotted IPv4, or bracketed IPv6.
 * `%` is never allowed: hosts have no escapes, and `%25eth0` zone ids are local-only.
 */
export function isValidHost(host: string): boolean {
  if (host.startsWith('[')) {
    const inner = host.slice(1, -1);
    return host.endsWith(']') && inner.includes(':') && /^[0-9A-Fa-f:.]{2,45}$/.test(inner);
  }
  if (host.length === 0 || host.length > 253) return false;
  const labels = host.replace(/\.$/, '').split('.');
  if (labels.every((label) => /^[0-9]+$/.test(label))) {
    return (
      labels.length === 4 && labels.every((label) => label.length <= 3 && Number(label) <= 255)
    );
  }
  const labelOk = (label: string) => /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/.test(label);
  // An all-numeric last label is an IPv4 typo (1.2.3.999), not a top-level domain.
  return labels.every(labelOk) && !/^[0-9]+$/.test(labels[labels.length - 1] ?? '');
}
