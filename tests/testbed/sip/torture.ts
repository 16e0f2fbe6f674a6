/**
 * RFC 4475 torture messages (from /work/shared/torture/rfc4475, see its index.md) and a few
 * hostile extras, as the bytes a SIP server could put on a phone's WebSocket.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where the 49 `.dat` files live; TORTURE_DIR overrides it. */
export const TORTURE_DIR = process.env.TORTURE_DIR ?? '/work/shared/torture/rfc4475';

/** One message to deliver: a text frame if its bytes are valid UTF-8, else a binary frame. */
export interface TortureMessage {
  name: string;
  bytes: Buffer;
  frame: 'text' | 'binary';
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function isUtf8(bytes: Buffer): boolean {
  try {
    strictUtf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function message(name: string, bytes: Buffer): TortureMessage {
  return { name, bytes, frame: isUtf8(bytes) ? 'text' : 'binary' };
}

/** The 49 RFC 4475 messages, raw, sorted by name. */
export function rfc4475Messages(): TortureMessage[] {
  return readdirSync(TORTURE_DIR)
    .filter((file) => file.endsWith('.dat'))
    .sort()
    .map((file) => message(file.replace(/\.dat$/, ''), readFileSync(join(TORTURE_DIR, file))));
}

/**
 * The same message with its Request-URI's user set to `user`, so it gets past "not for us" (404)
 * into the UA proper. Responses and non-SIP Request-URIs are returned unchanged.
 */
export function retargeted(original: TortureMessage, user: string): TortureMessage {
  const text = original.bytes.toString('latin1');
  const lineEnd = text.indexOf('\r\n');
  const line = lineEnd < 0 ? text : text.slice(0, lineEnd);
  const target = line.replace(/^(\S+ +<?sips?:)(?:[^@\s>]*@)?/i, `$1${user}@`);
  const bytes = Buffer.from(target + text.slice(line.length), 'latin1');
  return { name: `${original.name}@${user}`, bytes, frame: original.frame };
}

function request(user: string, domain: string, callId: string, extra: string): string {
  return (
    `OPTIONS sip:${user}@${domain} SIP/2.0\r\n` +
    `Via: SIP/2.0/WS hostile.invalid;branch=z9hG4bK${callId}\r\n` +
    extra +
    `To: <sip:${user}@${domain}>\r\nFrom: <sip:hostile@${domain}>;tag=h${callId}\r\n` +
    `Call-ID: ${callId}\r\nCSeq: 1 OPTIONS\r\nMax-Forwards: 70\r\nContent-Length: 0\r\n\r\n`
  );
}

/**
 * Messages no RFC lists but a broken or hostile server can send: a 100 KB header, 1,000 Via
 * headers, and invalid UTF-8 in a binary frame. (Invalid UTF-8 in a text frame is a framing
 * error, not a message: the WebSocket server sends it itself.)
 */
export function hostileExtras(user: string, domain: string): TortureMessage[] {
  const vias = Array.from(
    { length: 1000 },
    (_, i) => `Via: SIP/2.0/WS via${i}.invalid;branch=z9hG4bKmany${i}\r\n`,
  ).join('');
  const [head = '', tail = ''] = request(user, domain, 'badutf8', 'Subject: %INVALID%\r\n').split(
    '%INVALID%',
  );
  const invalid = Buffer.concat([
    Buffer.from(head),
    Buffer.from([0xc3, 0x28, 0xff, 0xfe]),
    Buffer.from(tail),
  ]);
  return [
    message(
      'header-100k',
      Buffer.from(request(user, domain, 'big', `X-Big: ${'a'.repeat(100_000)}\r\n`)),
    ),
    message('via-1000', Buffer.from(request(user, domain, 'vias', vias))),
    { name: 'invalid-utf8-binary', bytes: invalid, frame: 'binary' },
  ];
}
