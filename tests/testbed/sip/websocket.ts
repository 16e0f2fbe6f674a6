/**
 * A minimal WebSocket client (RFC 6455) over node:http, for test phones.
 *
 * Why not a library: Node 20 has no global WebSocket without a flag, and the
 * `ws` package is only a transitive dependency here. This client does what a
 * SIP-over-WebSocket peer needs: the upgrade with a subprotocol, masked text
 * frames out, text frames in (fragmented or not), ping/pong and close.
 */
import { createHash, randomBytes } from 'node:crypto';
import { request } from 'node:http';
import type { Duplex } from 'node:stream';

const GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';

export interface RawWebSocket {
  /** The subprotocol the server selected. */
  readonly protocol: string;
  sendText(text: string): void;
  onText(listener: (text: string) => void): void;
  /** Resolves when the server closes the connection (or close() did). */
  readonly closed: Promise<void>;
  close(): Promise<void>;
}

/** Opens `ws://host:port/path`, requiring the server to accept `protocol`. */
export function connectWebSocket(
  url: string,
  protocol: string,
  timeoutMs = 3000,
): Promise<RawWebSocket> {
  const target = new URL(url);
  if (target.protocol !== 'ws:') throw new Error(`Only ws:// is supported here: ${url}`);
  const key = randomBytes(16).toString('base64');
  return new Promise((resolve, reject) => {
    const req = request({
      host: target.hostname,
      port: target.port,
      path: target.pathname + target.search,
      timeout: timeoutMs,
      // A fresh TCP connection each time: Node's keep-alive agent could hand us
      // one the server already closed ("socket hang up").
      agent: false,
      headers: {
        Connection: 'Upgrade',
        Upgrade: 'websocket',
        'Sec-WebSocket-Version': '13',
        'Sec-WebSocket-Key': key,
        'Sec-WebSocket-Protocol': protocol,
      },
    });
    req.on('timeout', () => req.destroy(new Error(`WebSocket upgrade to ${url} timed out`)));
    req.on('error', reject);
    req.on('response', (res) => {
      res.resume();
      reject(new Error(`WebSocket upgrade to ${url} refused: HTTP ${res.statusCode}`));
    });
    req.on('upgrade', (res, socket, head) => {
      const expected = createHash('sha1')
        .update(key + GUID)
        .digest('base64');
      const selected = String(res.headers['sec-websocket-protocol'] ?? '');
      if (res.headers['sec-websocket-accept'] !== expected) {
        socket.destroy();
        reject(new Error('WebSocket upgrade: bad Sec-WebSocket-Accept'));
      } else if (selected !== protocol) {
        socket.destroy();
        reject(new Error(`WebSocket upgrade: server chose subprotocol "${selected}"`));
      } else {
        resolve(wrapSocket(socket, head, selected));
      }
    });
    req.end();
  });
}

function wrapSocket(socket: Duplex, head: Buffer, protocol: string): RawWebSocket {
  const listeners: ((text: string) => void)[] = [];
  let buffered = head;
  let fragments: Buffer[] = [];
  let closedByUs = false;
  const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));

  const writeFrame = (opcode: number, payload: Buffer): void => {
    if (socket.destroyed || !socket.writable) return;
    socket.write(encodeFrame(opcode, payload));
  };

  const onFrame = (fin: boolean, opcode: number, payload: Buffer): void => {
    if (opcode === 0x8) {
      // Echo the close, then let the server end the TCP connection.
      if (!closedByUs) writeFrame(0x8, payload.subarray(0, 2));
      socket.end();
    } else if (opcode === 0x9) {
      writeFrame(0xa, payload);
    } else if (opcode === 0x1 || opcode === 0x2 || opcode === 0x0) {
      fragments.push(payload);
      if (fin) {
        const text = Buffer.concat(fragments).toString('utf8');
        fragments = [];
        for (const listener of listeners) listener(text);
      }
    }
  };

  socket.on('data', (chunk: Buffer) => {
    buffered = Buffer.concat([buffered, chunk]);
    for (;;) {
      const frame = decodeFrame(buffered);
      if (!frame) break;
      buffered = buffered.subarray(frame.length);
      onFrame(frame.fin, frame.opcode, frame.payload);
    }
  });
  socket.on('error', () => socket.destroy());

  return {
    protocol,
    sendText: (text) => writeFrame(0x1, Buffer.from(text, 'utf8')),
    onText: (listener) => listeners.push(listener),
    closed,
    close: async () => {
      closedByUs = true;
      writeFrame(0x8, Buffer.from([0x03, 0xe8])); // 1000 normal closure
      const timer = setTimeout(() => socket.destroy(), 1000);
      socket.end();
      await closed;
      clearTimeout(timer);
    },
  };
}

/** A client frame: FIN set, payload masked as RFC 6455 section 5.3 requires. */
function encodeFrame(opcode: number, payload: Buffer): Buffer {
  const mask = randomBytes(4);
  const len = payload.length;
  const lengthBytes = len < 126 ? 0 : len < 0x10000 ? 2 : 8;
  const header = Buffer.alloc(2 + lengthBytes + 4);
  header[0] = 0x80 | opcode;
  if (lengthBytes === 0) header[1] = 0x80 | len;
  else if (lengthBytes === 2) {
    header[1] = 0x80 | 126;
    header.writeUInt16BE(len, 2);
  } else {
    header[1] = 0x80 | 127;
    header.writeBigUInt64BE(BigInt(len), 2);
  }
  mask.copy(header, 2 + lengthBytes);
  const masked = Buffer.alloc(len);
  for (let i = 0; i < len; i++) masked[i] = (payload[i] ?? 0) ^ (mask[i % 4] ?? 0);
  return Buffer.concat([header, masked]);
}

export interface Frame {
  fin: boolean;
  opcode: number;
  payload: Buffer;
  length: number;
}

/** Decodes one frame (masked or not) from the front of `data`, or null if incomplete. */
export function decodeFrame(data: Buffer): Frame | null {
  if (data.length < 2) return null;
  const b0 = data[0] ?? 0;
  const b1 = data[1] ?? 0;
  let offset = 2;
  let len = b1 & 0x7f;
  if (len === 126) {
    if (data.length < 4) return null;
    len = data.readUInt16BE(2);
    offset = 4;
  } else if (len === 127) {
    if (data.length < 10) return null;
    len = Number(data.readBigUInt64BE(2));
    offset = 10;
  }
  const masked = (b1 & 0x80) !== 0;
  const maskKey = masked ? data.subarray(offset, offset + 4) : null;
  if (masked) offset += 4;
  if (data.length < offset + len) return null;
  let payload = data.subarray(offset, offset + len);
  if (maskKey) payload = Buffer.from(payload.map((byte, i) => byte ^ (maskKey[i % 4] ?? 0)));
  return { fin: (b0 & 0x80) !== 0, opcode: b0 & 0x0f, payload, length: offset + len };
}
