/**
 * Readiness probes for the test PBX's daemons, all on 127.0.0.1. Each makes
 * one attempt and reports success; pbx.ts polls them.
 */
import { createSocket } from 'node:dgram';
import { connect } from 'node:net';
import { newBranch, parseMessage, printMessage, token, type SipResponse } from './sip/message';

/** True if a TCP connection to 127.0.0.1:port is accepted. */
export function tcpAccepts(port: number, timeoutMs = 300): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port, timeout: timeoutMs });
    const done = (ok: boolean): void => {
      socket.destroy();
      resolve(ok);
    };
    socket.once('connect', () => done(true));
    socket.once('timeout', () => done(false));
    socket.once('error', () => done(false));
  });
}

/**
 * True if nothing holds udp 127.0.0.1:port. Needed before starting
 * Kamailio: it binds UDP with SO_REUSEADDR, so a second Kamailio on a taken
 * port starts fine and silently takes the first one's traffic. Our bind
 * (without reuse) fails whenever any socket has the port.
 */
export function udpPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createSocket({ type: 'udp4', reuseAddr: false });
    socket.once('error', () => {
      socket.close();
      resolve(false);
    });
    socket.bind(port, '127.0.0.1', () => socket.close(() => resolve(true)));
  });
}

/** Sends one UDP datagram and resolves with the first reply, or null on timeout. */
function udpExchange(port: number, payload: string, timeoutMs: number): Promise<string | null> {
  return new Promise((resolve) => {
    const socket = createSocket('udp4');
    const finish = (reply: string | null): void => {
      clearTimeout(timer);
      socket.close();
      resolve(reply);
    };
    const timer = setTimeout(() => finish(null), timeoutMs);
    socket.once('message', (data) => finish(data.toString('utf8')));
    socket.once('error', () => finish(null));
    socket.bind(0, '127.0.0.1', () => {
      const local = socket.address().port;
      socket.send(payload.replace(/LOCALPORT/g, String(local)), port, '127.0.0.1');
    });
  });
}

/** The reply to an OPTIONS sent to sip:domain over UDP, or null if none came. */
export async function sipOptions(
  port: number,
  domain: string,
  timeoutMs = 300,
): Promise<SipResponse | null> {
  const options = printMessage({
    kind: 'request',
    method: 'OPTIONS',
    uri: `sip:${domain}`,
    headers: [
      ['Via', `SIP/2.0/UDP 127.0.0.1:LOCALPORT;branch=${newBranch()};rport`],
      ['Max-Forwards', '70'],
      ['From', `<sip:probe@${domain}>;tag=${token()}`],
      ['To', `<sip:${domain}>`],
      ['Call-ID', token(12)],
      ['CSeq', '1 OPTIONS'],
    ],
    body: '',
  });
  const reply = await udpExchange(port, options, timeoutMs);
  if (reply === null) return null;
  const msg = parseMessage(reply);
  return msg.kind === 'response' ? msg : null;
}

/** True if rtpengine answers an ng-protocol `ping` with `pong`. */
export async function rtpenginePongs(ngPort: number, timeoutMs = 300): Promise<boolean> {
  const cookie = token(4);
  const reply = await udpExchange(ngPort, `${cookie} d7:command4:pinge`, timeoutMs);
  return reply === `${cookie} d6:result4:ponge`;
}

/** Polls `probe` every `intervalMs` until it is true, `abort` resolves, or time runs out. */
export async function pollUntil(
  probe: () => Promise<boolean>,
  timeoutMs: number,
  abort: Promise<unknown>,
  intervalMs = 50,
): Promise<'ready' | 'timeout' | 'aborted'> {
  let aborted = false;
  void abort.then(() => {
    aborted = true;
  });
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (aborted) return 'aborted';
    if (await probe()) return 'ready';
    await new Promise((r) => setTimeout(r, intervalMs));
  }
  return 'timeout';
}
