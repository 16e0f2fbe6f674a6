import { decodeComponentOnce, describeUntrusted } from './link-text';

/**
 * `user@host[:port]` from a `sip:`/`sips:` link (RFC 3261 §19.1), rebuilt from
 * validated parts so nothing we did not check can reach the INVITE.
 *
 * Policy, and why:
 * - Headers (`?Replaces=…`, `?Call-Info=…`, `?body=…`) are REFUSED, not stripped.
 *   `Replaces` takes over someone else's dialog (RFC 3891); `Call-Info;answer-after=0`
 *   and `Alert-Info` make many desk phones auto-answer (intercom), which turns a
 *   web link into a bugging device; `body` injects SDP. Stripping silently would
 *   still place a call the user did not quite ask for, so we say no and say why.
 * - `maddr`, `method`, `ttl` and `lr` are REFUSED: they redirect where the request
 *   goes or change the SIP method itself (`;method=BYE`).
 * - `transport=udp|tcp|tls|sctp|ws|wss` is DROPPED: our leg is always the account's
 *   WebSocket, the PBX picks the onward transport. Any other transport value is
 *   REFUSED as unexpected.
 * - Every other URI parameter (`user=phone`, `gr`, …) is DROPPED: informational at best.
 * - `user:password@host` is REFUSED: credentials never come from a link.
 * - A user part is required, limited to `A-Z a-z 0-9 . _ ~ + -`; `*`/`#` (PBX feature
 *   codes) are refused as in `tel:` links.
 */
export interface SipAddress {
  user: string;
  /** Lower-cased host name, IPv4 address or `[IPv6]`. */
  host: string;
  port?: number;
}

export type SipAddressResult = ({ ok: true } & SipAddress) | { ok: false; reason: string };

const USER_CHARS = /^[A-Za-z0-9._~+-]{1,64}$/;
const DROPPED_TRANSPORTS = new Set(['udp', 'tcp', 'tls', 'sctp', 'ws', 'wss']);
const REFUSED_PARAMS = new Set(['maddr', 'method', 'ttl', 'lr']);
const PARAM_NAME = /^[A-Za-z0-9._~!*'+-]{1,32}$/;

/** Parses the part of a SIP link after `sip:` / `sips:` (already screened to printable ASCII). */
export function parseSipAddress(body: string): SipAddressResult {
  const question = body.indexOf('?');
  if (question !== -1 && body.slice(question + 1) !== '') {
    return { ok: false, reason: headersReason(body.slice(question + 1)) };
  }
  const withoutHeaders = question === -1 ? body : body.slice(0, question);
  const [address = '', ...params] = withoutHeaders.split(';');

  const paramCheck = checkParams(params);
  if (paramCheck) return { ok: false, reason: paramCheck };

  const at = address.split('@');
  if (at.length !== 2 || at[0] === '' || at[1] === '') {
    return {
      ok: false,
      reason:
        at.length > 2
          ? 'This SIP address contains more than one @, so it was not opened.'
          : 'A SIP link must name a user and a host, such as sip:alice@example.com.',
    };
  }
  const [userinfo = '', hostport = ''] = at;
  if (userinfo.includes(':')) {
    return {
      ok: false,
      reason: 'This SIP link contains a password; Softphone never takes credentials from a link.',
    };
  }
  const user = decodeComponentOnce(userinfo);
  if (!user.ok) return user;
  if (/[*#]/.test(user.value)) {
    return {
      ok: false,
      reason:
        'Service codes with * or # (such as call forwarding codes) cannot be dialled from a link; type them on the keypad if you mean it.',
    };
  }
  if (!USER_CHARS.test(user.value)) {
    return {
      ok: false,
      reason:
        'The user part of this SIP address may contain only letters, digits and . _ ~ + - (at most 64).',
    };
  }
  const hostResult = parseHostPort(hostport);
  if (!hostResult.ok) return hostResult;
  return { ok: true, user: user.value, ...hostResult.value };
}

/** `sip:user@host[:port]`, the only shape a link ever produces. */
export function formatSipTarget(scheme: 'sip' | 'sips', address: SipAddress): string {
  return `${scheme}:${address.user}@${address.host}${address.port ? `:${address.port}` : ''}`;
}

function headersReason(headers: string): string {
  const names = headers
    .split('&')
    .map((pair) => pair.split('=')[0] ?? '')
    .filter((name) => name !== '')
    .slice(0, 3)
    .map((name) => describeUntrusted(name, 24));
  const list = names.length ? ` (${names.join(', ')})` : '';
  return `This link tries to add SIP headers${list} to the call. Softphone never takes SIP headers from a link, because they can take over another call or make the other phone answer by itself.`;
}

function checkParams(params: string[]): string | null {
  for (const raw of params) {
    if (raw === '') continue;
    const [rawName = '', ...rest] = raw.split('=');
    const name = rawName.toLowerCase();
    if (!PARAM_NAME.test(name)) return 'This SIP link has a malformed parameter.';
    if (REFUSED_PARAMS.has(name)) {
      return `This SIP link tries to change where or how the call is sent (${name}=), so it was not opened.`;
    }
    // Decoded even when the parameter is dropped: a link hiding `%0D%0A` anywhere is hostile.
    const value = decodeComponentOnce(rest.join('='));
    if (!value.ok) return value.reason;
    if (name === 'transport') {
      if (!DROPPED_TRANSPORTS.has(value.value.toLowerCase())) {
        return `This SIP link asks for an unexpected transport (${describeUntrusted(value.value, 16)}), so it was not opened.`;
      }
    }
  }
  return null;
}

function parseHostPort(
  hostport: string,
): { ok: true; value: { host: string; port?: number } } | { ok: false; reason: string } {
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
    return { ok: false, reason: 'The port in this SIP link is not a number between 1 and 65535.' };
  }
  return { ok: true, value: { host: host.toLowerCase(), port } };
}

function badHost(): { ok: false; reason: string } {
  return { ok: false, reason: 'The host in this SIP link is not a valid host name or IP address.' };
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
