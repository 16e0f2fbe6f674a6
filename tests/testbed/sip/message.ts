/**
 * Just enough SIP message parsing and printing for the test bed's own test
 * phones (RFC 3261 section 7). Not a general SIP stack: no multipart bodies,
 * no header validation; it reads what Kamailio, SIPp and our phones write.
 */
import { randomBytes } from 'node:crypto';

export type Header = readonly [name: string, value: string];

export interface SipRequest {
  readonly kind: 'request';
  readonly method: string;
  readonly uri: string;
  readonly headers: readonly Header[];
  readonly body: string;
}

export interface SipResponse {
  readonly kind: 'response';
  readonly status: number;
  readonly reason: string;
  readonly headers: readonly Header[];
  readonly body: string;
}

export type SipMessage = SipRequest | SipResponse;

// RFC 3261 section 7.3.3 compact forms, so lookups by full name find them.
const COMPACT: Record<string, string> = {
  v: 'via',
  f: 'from',
  t: 'to',
  i: 'call-id',
  m: 'contact',
  l: 'content-length',
  c: 'content-type',
  k: 'supported',
  o: 'event',
  r: 'refer-to',
  b: 'referred-by',
};

function canonical(name: string): string {
  const lower = name.toLowerCase();
  return COMPACT[lower] ?? lower;
}

/** Headers whose values may be comma-joined lists of entries. */
const LIST_HEADERS = new Set(['via', 'route', 'record-route', 'contact']);

/** Splits a comma-separated header value, ignoring commas inside <> and "". */
function splitList(value: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < value.length; i++) {
    const ch = value[i];
    if (ch === '"' && value[i - 1] !== '\\') quoted = !quoted;
    else if (!quoted && ch === '<') depth++;
    else if (!quoted && ch === '>') depth--;
    else if (!quoted && depth === 0 && ch === ',') {
      parts.push(value.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(value.slice(start).trim());
  return parts.filter((p) => p.length > 0);
}

/** All values of a header, in order, list headers split into entries. */
export function headerValues(msg: SipMessage, name: string): string[] {
  const wanted = canonical(name);
  return msg.headers
    .filter(([n]) => canonical(n) === wanted)
    .flatMap(([, v]) => (LIST_HEADERS.has(wanted) ? splitList(v) : [v]));
}

/** The first value of a header, or undefined. */
export function header(msg: SipMessage, name: string): string | undefined {
  return headerValues(msg, name)[0];
}

/** Like header() but throws: for headers every valid message carries. */
export function requiredHeader(msg: SipMessage, name: string): string {
  const value = header(msg, name);
  if (value === undefined) throw new Error(`SIP message without ${name}:\n${printMessage(msg)}`);
  return value;
}

/** A `;name=value` parameter of a header value such as `<sip:x>;tag=abc`. */
export function headerParam(value: string, param: string): string | undefined {
  const afterUri = value.includes('>') ? value.slice(value.lastIndexOf('>') + 1) : value;
  const re = new RegExp(`;\\s*${param}=([^;,\\s]+)`, 'i');
  return re.exec(afterUri)?.[1];
}

/** The URI inside `"Name" <uri>;params`, or the bare URI before params. */
export function addressUri(value: string): string {
  const angle = /<([^>]*)>/.exec(value);
  if (angle?.[1] !== undefined) return angle[1];
  return value.split(';')[0]?.trim() ?? value;
}

export function cseqNumber(msg: SipMessage): number {
  return Number.parseInt(requiredHeader(msg, 'CSeq'), 10);
}

export function cseqMethod(msg: SipMessage): string {
  return requiredHeader(msg, 'CSeq').trim().split(/\s+/)[1] ?? '';
}

/** Parses one SIP message; throws on something that is not SIP at all. */
export function parseMessage(text: string): SipMessage {
  const split = text.indexOf('\r\n\r\n');
  const head = split === -1 ? text : text.slice(0, split);
  const rest = split === -1 ? '' : text.slice(split + 4);
  // Unfold continuation lines (RFC 3261 section 7.3.1).
  const lines = head.replace(/\r\n[ \t]+/g, ' ').split('\r\n');
  const start = lines.shift() ?? '';
  const headers: Header[] = [];
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  const lengthHeader = headers.find(([n]) => canonical(n) === 'content-length');
  const length = lengthHeader ? Number.parseInt(lengthHeader[1], 10) : rest.length;
  const body = Buffer.from(rest, 'utf8').subarray(0, length).toString('utf8');

  const status = /^SIP\/2\.0 (\d{3}) ?(.*)$/.exec(start);
  if (status) {
    return { kind: 'response', status: Number(status[1]), reason: status[2] ?? '', headers, body };
  }
  const request = /^([A-Z]+) (\S+) SIP\/2\.0$/.exec(start);
  if (request?.[1] && request[2]) {
    return { kind: 'request', method: request[1], uri: request[2], headers, body };
  }
  throw new Error(`Not a SIP message: ${JSON.stringify(text.slice(0, 80))}`);
}

/** Prints a message, setting Content-Length from the body. */
export function printMessage(msg: SipMessage): string {
  const start =
    msg.kind === 'request'
      ? `${msg.method} ${msg.uri} SIP/2.0`
      : `SIP/2.0 ${msg.status} ${msg.reason}`;
  const lines = msg.headers
    .filter(([n]) => canonical(n) !== 'content-length')
    .map(([n, v]) => `${n}: ${v}`);
  lines.push(`Content-Length: ${Buffer.byteLength(msg.body, 'utf8')}`);
  return `${start}\r\n${lines.join('\r\n')}\r\n\r\n${msg.body}`;
}

/**
 * The response a UAS sends to `req` (RFC 3261 section 8.2.6): Via, From,
 * Call-ID and CSeq copied, our tag added to To. A 1xx/2xx to INVITE also
 * copies Record-Route and carries our Contact, so the dialog's route set
 * and remote target come out right at the caller.
 */
export function responseTo(
  req: SipRequest,
  status: number,
  reason: string,
  options: {
    toTag: string;
    contact: string;
    body?: string;
    contentType?: string;
    headers?: readonly Header[];
  },
): SipResponse {
  const to = requiredHeader(req, 'To');
  const headers: Header[] = [
    ...headerValues(req, 'Via').map((v): Header => ['Via', v]),
    ['From', requiredHeader(req, 'From')],
    ['To', status === 100 || headerParam(to, 'tag') ? to : `${to};tag=${options.toTag}`],
    ['Call-ID', requiredHeader(req, 'Call-ID')],
    ['CSeq', requiredHeader(req, 'CSeq')],
  ];
  if (req.method === 'INVITE' && status > 100 && status < 300) {
    headers.push(...headerValues(req, 'Record-Route').map((v): Header => ['Record-Route', v]));
    headers.push(['Contact', `<${options.contact}>`]);
  }
  headers.push(...(options.headers ?? []));
  if (options.body) headers.push(['Content-Type', options.contentType ?? 'application/sdp']);
  return { kind: 'response', status, reason, headers, body: options.body ?? '' };
}

/** A random token for tags, branches and Call-IDs. */
export function token(bytes = 8): string {
  return randomBytes(bytes).toString('hex');
}

/** A Via branch with the RFC 3261 magic cookie. */
export function newBranch(): string {
  return `z9hG4bK${token()}`;
}

/** `"Display Name" <uri>` with the display name quoted per RFC 3261 25.1. */
export function nameAddr(uri: string, displayName?: string): string {
  if (!displayName) return `<${uri}>`;
  const quoted = displayName.replace(/["\\]/g, (ch) => `\\${ch}`);
  return `"${quoted}" <${uri}>`;
}
