import { afterEach, describe, expect, it, vi } from 'vitest';
import { ICE_GRACE_MS, type NetworkEvents } from './call-recovery';
import { registeredPhone, settle, type Harness } from './testing/harness';

afterEach(() => {
  vi.useRealTimers();
});

/** The re-offers a session sent, in order. */
function reoffers(h: Harness, id: string): string[] {
  const session = h.phone.calls.get(id)?.session as unknown as { sent: string[] } | undefined;
  return (session?.sent ?? []).filter((message) => /^(re-INVITE|UPDATE)/.test(message));
}

function restarts(h: Harness, id: string): number {
  const call = h.phone.calls.get(id);
  return call ? h.phone.recovery.restarts(call) : -1;
}

/** A stand-in for `window` that can fire `online`. */
function fakeNetwork(): NetworkEvents & { goOnline(): void } {
  const listeners = new Set<() => void>();
  return {
    addEventListener: (_type, listener) => listeners.add(listener),
    removeEventListener: (_type, listener) => listeners.delete(listener),
    goOnline: () => listeners.forEach((listener) => listener()),
  };
}

async function reconnect(h: Harness): Promise<void> {
  h.ua.dropTransport();
  await settle();
  h.ua.connectAndRegister();
  await settle();
}

describe('CallRecovery: after the socket dropped and the line registered again', () => {
  it('re-INVITEs every established call with an ICE restart', async () => {
    const h = registeredPhone();
    const { id } = await h.established('1002');
    h.ua.dropTransport();
    await settle();
    // Nothing can reach the far end while the socket is down.
    expect(reoffers(h, id)).toEqual([]);
    h.ua.connectAndRegister();
    await settle();
    expect(reoffers(h, id)).toEqual(['re-INVITE sendrecv ice-restart']);
    expect(restarts(h, id)).toBe(1);
    expect(h.view(id)).toMatchObject({ phase: 'active', localHold: false });
  });

  it('keeps a held call on hold: the re-offer is sendonly and no resume happens', async () => {
    const h = registeredPhone();
    const { id } = await h.established('1002');
    await h.phone.calls.hold(id);
    expect(h.view(id)?.localHold).toBe(true);
    await reconnect(h);
    expect(reoffers(h, id)).toEqual(['re-INVITE hold', 're-INVITE sendonly ice-restart']);
    expect(h.view(id)).toMatchObject({ phase: 'held', localHold: true });
  });

  it('leaves ringing calls to JsSIP and does nothing on a first registration or a refresh', async () => {
    const h = registeredPhone();
    const { id: ringing, session } = h.incoming('1003');
    const { id: placed } = await h.established('1002');
    h.ua.registered = false;
    h.ua.registrationSucceeds();
    await settle();
    expect(reoffers(h, placed)).toEqual([]);
    await reconnect(h);
    expect(session.sent).toEqual([]);
    expect(h.view(ringing)?.phase).toBe('ringing');
    expect(reoffers(h, placed)).toHaveLength(1);
  });

  it('waits for a re-INVITE still pending, then sends its own', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const h = registeredPhone();
    const { id, session } = await h.established('1002');
    session.reofferReply = 'manual';
    void h.phone.calls.hold(id);
    await settle();
    await reconnect(h);
    await vi.advanceTimersByTimeAsync(300);
    expect(reoffers(h, id)).toEqual(['re-INVITE hold']);
    session.finishReoffer(true);
    await vi.advanceTimersByTimeAsync(200);
    expect(reoffers(h, id)).toEqual(['re-INVITE hold', 're-INVITE sendonly ice-restart']);
    session.finishReoffer(true);
    await settle();
    expect(restarts(h, id)).toBe(1);
  });

  it('a refused re-offer ends the call (JsSIP answers it with BYE) and counts no restart', async () => {
    const h = registeredPhone();
    const { id, session } = await h.established('1002');
    session.reofferReply = 'manual';
    await reconnect(h);
    const call = h.phone.calls.get(id)!;
    session.finishReoffer(false);
    await settle();
    expect(h.ended.at(-1)).toMatchObject({ id });
    expect(h.phone.recovery.restarts(call)).toBe(0);
  });
});

describe('CallRecovery: a network change while the socket is up', () => {
  it('restarts ICE on `online`, once however often it fires while one is in flight', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const h = registeredPhone();
    const network = fakeNetwork();
    h.phone.recovery.listen(network);
    const { id, session } = await h.established('1002');
    session.reofferReply = 'manual';
    network.goOnline();
    network.goOnline();
    await settle();
    expect(reoffers(h, id)).toEqual(['re-INVITE sendrecv ice-restart']);
    session.finishReoffer(true);
    await vi.advanceTimersByTimeAsync(1000);
    expect(reoffers(h, id)).toHaveLength(1);
    expect(restarts(h, id)).toBe(1);
  });

  it('waits for the reconnect when the socket is down at `online`', async () => {
    const h = registeredPhone();
    const network = fakeNetwork();
    h.phone.recovery.listen(network);
    const { id } = await h.established('1002');
    h.ua.dropTransport();
    network.goOnline();
    await settle();
    expect(reoffers(h, id)).toEqual([]);
    h.ua.connectAndRegister();
    await settle();
    expect(reoffers(h, id)).toEqual(['re-INVITE sendrecv ice-restart']);
  });

  it('restarts ICE that stays disconnected past the grace, not a blip that recovers', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const h = registeredPhone();
    const { id, session } = await h.established('1002');
    const connection = session.connection!;
    connection.iceStateBecomes('disconnected');
    await vi.advanceTimersByTimeAsync(ICE_GRACE_MS - 500);
    connection.iceStateBecomes('connected');
    await vi.advanceTimersByTimeAsync(ICE_GRACE_MS);
    expect(reoffers(h, id)).toEqual([]);

    connection.iceStateBecomes('disconnected');
    await vi.advanceTimersByTimeAsync(ICE_GRACE_MS + 10);
    expect(reoffers(h, id)).toEqual(['re-INVITE sendrecv ice-restart']);
    expect(restarts(h, id)).toBe(1);
  });

  it('leaves a disconnected ICE to the reconnect while the socket is down', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const h = registeredPhone();
    const { id, session } = await h.established('1002');
    h.ua.dropTransport();
    session.connection!.iceStateBecomes('disconnected');
    await vi.advanceTimersByTimeAsync(ICE_GRACE_MS * 2);
    expect(reoffers(h, id)).toEqual([]);
    h.ua.connectAndRegister();
    await vi.advanceTimersByTimeAsync(10);
    expect(reoffers(h, id)).toEqual(['re-INVITE sendrecv ice-restart']);
  });
});
