import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Socket } from 'jssip/lib/Socket';
import { TracedSocket, recentSipTrace, setSipTrace } from './sip-trace';

function fakeSocket(): Socket {
  return {
    via_transport: 'WS',
    url: 'ws://127.0.0.1:15066',
    sip_uri: 'sip:127.0.0.1:15066;transport=ws',
    connect: vi.fn(),
    disconnect: vi.fn(),
    send: vi.fn(() => true),
    isConnected: () => true,
    isConnecting: () => false,
    onconnect: () => undefined,
    ondisconnect: () => undefined,
    ondata: () => undefined,
  } as unknown as Socket;
}

describe('TracedSocket', () => {
  afterEach(() => setSipTrace(null));

  it('passes traffic through untouched and traces nothing while tracing is off', () => {
    const inner = fakeSocket();
    const socket = new TracedSocket(inner);
    const received = vi.fn();
    socket.ondata = received;
    expect(socket.send('OPTIONS sip:x SIP/2.0')).toBe(true);
    inner.ondata('SIP/2.0 200 OK');
    expect(inner.send).toHaveBeenCalledWith('OPTIONS sip:x SIP/2.0');
    expect(received).toHaveBeenCalledWith('SIP/2.0 200 OK');
  });

  it('traces every message in and out while tracing is on', () => {
    const lines: string[] = [];
    setSipTrace((text) => lines.push(text));
    const inner = fakeSocket();
    const socket = new TracedSocket(inner);
    socket.ondata = vi.fn();
    socket.send('REGISTER sip:softphone.test SIP/2.0');
    inner.ondata('SIP/2.0 401 Unauthorized');
    expect(lines).toEqual([
      'sent to ws://127.0.0.1:15066\nREGISTER sip:softphone.test SIP/2.0',
      'received from ws://127.0.0.1:15066\nSIP/2.0 401 Unauthorized',
    ]);
    expect(socket.url).toBe(inner.url);
    expect(socket.sip_uri).toBe(inner.sip_uri);
  });

  it('keeps the recent messages for diagnostics, redacted, with tracing off', () => {
    const inner = fakeSocket();
    const socket = new TracedSocket(inner);
    socket.ondata = vi.fn();
    socket.send(
      'INVITE sip:1002@softphone.test SIP/2.0\r\nProxy-Authorization: Digest response="d1g3st"',
    );
    const last = recentSipTrace().at(-1) ?? '';
    expect(last).toMatch(/^\d{4}-\d\d-\d\dT[\d:.]+Z sent to ws:\/\/127\.0\.0\.1:15066\nINVITE /);
    expect(last).toContain('Proxy-Authorization: Digest [redacted]');
    expect(last).not.toContain('d1g3st');
  });
});
