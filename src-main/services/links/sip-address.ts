import {
  parseHostPort,
  sipUserRefusal,
  type SipAddress,
  type SipAddressResult,
} from '../../../src-preload/dial-rules';
import { refused, type Refused } from '../../../src-preload/i18n/refusals';
import { decodeComponentOnce, describeUntrusted } from './link-text';

export type { SipAddress, SipAddressResult };

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
 * - A user part is required; what it and the host may be is the shared dial rule
 *   (`src-preload/dial-rules/sip-address.ts`), with `*`/`#` feature codes refused as in `tel:` links.
 */
const DROPPED_TRANSPORTS = new Set(['udp', 'tcp', 'tls', 'sctp', 'ws', 'wss']);
const REFUSED_PARAMS = new Set(['maddr', 'method', 'ttl', 'lr']);
const PARAM_NAME = /^[A-Za-z0-9._~!*'+-]{1,32}$/;

/**
 * Parses the part of a SIP link after `sip:` / `sips:` (already screened to printable ASCII).
 * `allowServiceCodes` is for a bare address the user typed (`--dial '*97@pbx'`), never a link.
 */
export function parseSipAddress(
  body: string,
  options = { allowServiceCodes: false },
): SipAddressResult {
  const question = body.indexOf('?');
  if (question !== -1 && body.slice(question + 1) !== '') {
    return headersRefusal(body.slice(question + 1));
  }
  const withoutHeaders = question === -1 ? body : body.slice(0, question);
  const [address = '', ...params] = withoutHeaders.split(';');

  const paramCheck = checkParams(params);
  if (paramCheck) return paramCheck;

  const at = address.split('@');
  if (at.length !== 2 || at[0] === '' || at[1] === '') {
    return refused(at.length > 2 ? 'sipManyAt' : 'sipUserAndHost');
  }
  const [userinfo = '', hostport = ''] = at;
  if (userinfo.includes(':')) {
    return refused('sipPassword');
  }
  const user = decodeComponentOnce(userinfo);
  if (!user.ok) return user;
  const userRefusal = sipUserRefusal(user.value, options);
  if (userRefusal) return userRefusal;
  const hostResult = parseHostPort(hostport);
  if (!hostResult.ok) return hostResult;
  return { ok: true, user: user.value, ...hostResult.value };
}

function headersRefusal(headers: string): Refused {
  const names = headers
    .split('&')
    .map((pair) => pair.split('=')[0] ?? '')
    .filter((name) => name !== '')
    .slice(0, 3)
    .map((name) => describeUntrusted(name, 24));
  return names.length
    ? refused('sipHeadersNamed', { names: names.join(', ') })
    : refused('sipHeaders');
}

function checkParams(params: string[]): Refused | null {
  for (const raw of params) {
    if (raw === '') continue;
    const [rawName = '', ...rest] = raw.split('=');
    const name = rawName.toLowerCase();
    if (!PARAM_NAME.test(name)) return refused('sipMalformedParameter');
    if (REFUSED_PARAMS.has(name)) return refused('sipRouting', { name });
    // Decoded even when the parameter is dropped: a link hiding `%0D%0A` anywhere is hostile.
    const value = decodeComponentOnce(rest.join('='));
    if (!value.ok) return value;
    if (name === 'transport') {
      if (!DROPPED_TRANSPORTS.has(value.value.toLowerCase())) {
        return refused('sipTransport', { transport: describeUntrusted(value.value, 16) });
      }
    }
  }
  return null;
}
