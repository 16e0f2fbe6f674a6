/**
 * A minimal SIP-over-WebSocket server (RFC 6455, RFC 7118) on 127.0.0.1, for tests that play the
 * phone's SIP server themselves: it can send what no real proxy would pass on, such as raw
 * torture messages, binary frames and text frames that are not UTF-8.
 */
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { decodeFrame } from './websocket';

const GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';

/** One phone's connection to the server. */
export interface ServerConnection {
  /** A text frame; `bytes` are sent as they are, valid UTF-8 or not. */
  sendText(bytes: Buffer | string): void;
  sendBinary(bytes: Buffer): void;
  onText(listener: (text: string) => void): void;
  /** Resolves with the close code the phone sent (or 1006 if the TCP connection just ended). */
  readonly closed: Promise<number>;
}

export interface SipWebSocketServer {
  readonly url: string;
  onConnection(listener: (connection: ServerConnection) => void): void;
  close(): Promise<void>;
}

/** Starts the server on 127.0.0.1 (a free port unless `port` is given). */
export async function startSipWebSocketServer(port = 0): Promise<SipWebSocketServer> {
  const listeners: ((connection: ServerConnection) => void)[] = [];
  const sockets = new Set<Duplex>();
  const server: Server = createServer((_req, res) => res.writeHead(426).end());
  server.on('upgrade', (req, socket) => {
    const key = String(req.headers['sec-websocket-key'] ?? '');
    const offered = String(req.headers['sec-websocket-protocol'] ?? '').split(/\s*,\s*/);
    if (!key || !offered.includes('sip')) {
      socket.end('HTTP/1.1 400 Bad Request\r\n\r\n');
      return;
    }
    const accept = createHash('sha1')
      .update(key + GUID)
      .digest('base64');
    socket.write(
      'HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n' +
        `Sec-WebSocket-Accept: ${accept}\r\nSec-WebSocket-Protocol: sip\r\n\r\n`,
    );
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
    const connection = serverConnection(socket);
    for (const listener of listeners) listener(connection);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `ws://127.0.0.1:${bound}/`,
    onConnection: (listener) => listeners.push(listener),
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function serverConnection(socket: Duplex): ServerConnection {
  const listeners: ((text: string) => void)[] = [];
  let buffered = Buffer.alloc(0);
  let closeCode = 1006;
  const closed = new Promise<number>((resolve) => socket.once('close', () => resolve(closeCode)));
  const write = (opcode: number, payload: Buffer): void => {
    if (!socket.destroyed && socket.writable) socket.write(encodeServerFrame(opcode, payload));
  };
  socket.on('data', (chunk: Buffer) => {
    buffered = Buffer.concat([buffered, chunk]);
    for (let frame = decodeFrame(buffered); frame; frame = decodeFrame(buffered)) {
      buffered = buffered.subarray(frame.length);
      if (frame.opcode === 0x8) {
        closeCode = frame.payload.length >= 2 ? frame.payload.readUInt16BE(0) : 1005;
        write(0x8, frame.payload.subarray(0, 2));
        socket.end();
      } else if (frame.opcode === 0x9) {
        write(0xa, frame.payload);
      } else if (frame.opcode === 0x1 || frame.opcode === 0x2) {
        // The phone (JsSIP) sends each message in one unfragmented frame.
        const text = frame.payload.toString('utf8');
        for (const listener of listeners) listener(text);
      }
    }
  });
  socket.on('error', () => socket.destroy());
  return {
    sendText: (bytes) => write(0x1, Buffer.from(bytes)),
    sendBinary: (bytes) => write(0x2, bytes),
    onText: (listener) => listeners.push(listener),
    closed,
  };
}

/** A server frame: FIN set, not masked (RFC 6455 section 5.1). */
function encodeServerFrame(opcode: number, payload: Buffer): Buffer {
  const len = payload.length;
  const lengthBytes = len < 126 ? 0 : len < 0x10000 ? 2 : 8;
  const header = Buffer.alloc(2 + lengthBytes);
  header[0] = 0x80 | opcode;
  if (lengthBytes === 0) header[1] = len;
  else if (lengthBytes === 2) {
    header[1] = 126;
    header.writeUInt16BE(len, 2);
  } else {
    header[1] = 127;
    header.writeBigUInt64BE(BigInt(len), 2);
  }
  return Buffer.concat([header, payload]);
}
