/**
 * SIP digest authentication, client side (RFC 2617 / RFC 3261 section 22),
 * MD5 with or without qop=auth: what Kamailio's auth module challenges with.
 */
import { createHash, randomBytes } from 'node:crypto';

export interface DigestChallenge {
  readonly realm: string;
  readonly nonce: string;
  readonly opaque?: string;
  readonly qop?: string;
  readonly algorithm?: string;
  readonly stale?: boolean;
}

const md5 = (text: string): string => createHash('md5').update(text).digest('hex');

/** Parses `Digest realm="x", nonce="y", qop="auth"` into its parameters. */
export function parseChallenge(headerValue: string): DigestChallenge {
  if (!/^\s*Digest\s/i.test(headerValue)) {
    throw new Error(`Not a Digest challenge: ${headerValue}`);
  }
  const params = new Map<string, string>();
  const re = /([a-zA-Z-]+)\s*=\s*(?:"([^"]*)"|([^\s,]+))/g;
  for (const m of headerValue.matchAll(re)) {
    if (m[1]) params.set(m[1].toLowerCase(), m[2] ?? m[3] ?? '');
  }
  const realm = params.get('realm');
  const nonce = params.get('nonce');
  if (realm === undefined || nonce === undefined) {
    throw new Error(`Digest challenge without realm or nonce: ${headerValue}`);
  }
  return {
    realm,
    nonce,
    opaque: params.get('opaque'),
    qop: params.get('qop'),
    algorithm: params.get('algorithm'),
    stale: params.get('stale')?.toLowerCase() === 'true',
  };
}

export interface DigestCredentials {
  readonly username: string;
  readonly password: string;
}

/**
 * The Authorization / Proxy-Authorization header value answering
 * `challenge` for `method uri`. `nc` counts uses of the same nonce.
 */
export function digestAuthorization(
  challenge: DigestChallenge,
  credentials: DigestCredentials,
  method: string,
  uri: string,
  nc = 1,
): string {
  const ha1 = md5(`${credentials.username}:${challenge.realm}:${credentials.password}`);
  const ha2 = md5(`${method}:${uri}`);
  const useQop = challenge.qop?.split(',').some((q) => q.trim() === 'auth') ?? false;
  const fields = [
    `username="${credentials.username}"`,
    `realm="${challenge.realm}"`,
    `nonce="${challenge.nonce}"`,
    `uri="${uri}"`,
    'algorithm=MD5',
  ];
  if (useQop) {
    const cnonce = randomBytes(8).toString('hex');
    const ncHex = nc.toString(16).padStart(8, '0');
    const response = md5(`${ha1}:${challenge.nonce}:${ncHex}:${cnonce}:auth:${ha2}`);
    fields.push(`response="${response}"`, 'qop=auth', `nc=${ncHex}`, `cnonce="${cnonce}"`);
  } else {
    fields.push(`response="${md5(`${ha1}:${challenge.nonce}:${ha2}`)}"`);
  }
  if (challenge.opaque !== undefined) fields.push(`opaque="${challenge.opaque}"`);
  return `Digest ${fields.join(', ')}`;
}
