import DialogRequestSender from 'jssip/lib/Dialog/RequestSender';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { GLARE_RETRIES, glareDelayMs, installGlareRetry } from './glare-retry';
import { loadJsSip } from './jssip-runtime';

/** JsSIP's real in-dialog sender, its dialog and request faked, `send` spied on. */
function sender(direction: 'outgoing' | 'incoming', terminated = false) {
  const owner = {
    direction,
    _connection: { signalingState: 'have-local-offer' },
    _connectionPromiseQueue: Promise.resolve() as Promise<unknown>,
    _createLocalDescription: vi.fn(async () => 'fresh offer'),
    _mangleOffer: (sdp: string) => `${sdp}, held`,
  };
  const dialog = {
    _ua: {},
    local_seqnum: 10,
    _outgoing_ack_seqnum: 10,
    isTerminated: () => terminated,
    owner,
  };
  const headers = new Map<string, string>([['cseq', '10 INVITE']]);
  const request = {
    method: 'INVITE',
    cseq: 10,
    body: 'old offer',
    setHeader: (name: string, value: string) => headers.set(name, value),
  };
  const handlers = { onErrorResponse: vi.fn(), onSuccessResponse: vi.fn() };
  const Sender = DialogRequestSender as unknown as new (...args: unknown[]) => {
    send(): void;
    _receiveResponse(response: object): void;
  };
  const instance = new Sender(dialog, request, handlers);
  const send = vi.fn();
  instance.send = send;
  const respond = (status_code: number) =>
    instance._receiveResponse({ method: 'INVITE', status_code });
  return { instance, send, respond, handlers, headers, dialog, request, owner };
}

let random = 0;

describe('glareDelayMs (RFC 3261 §14.1)', () => {
  it.each([
    [true, 0, 2100],
    [true, 0.5, 3050],
    [true, 0.999999, 4000],
    [false, 0, 0],
    [false, 0.5, 1000],
    [false, 0.999999, 2000],
  ])('owner %s, random %s: %s ms', (owner, r, ms) => {
    expect(glareDelayMs(owner, () => r)).toBe(ms);
  });

  it('is in units of 10 ms', () => {
    for (let i = 0; i < 50; i++) expect(glareDelayMs(i % 2 === 0) % 10).toBe(0);
  });
});

describe('a re-INVITE answered 491', () => {
  beforeAll(async () => {
    await loadJsSip();
    installGlareRetry({ setTimeout: (run, ms) => setTimeout(run, ms), random: () => random });
  });
  beforeEach(() => {
    vi.useFakeTimers();
    random = 0;
  });
  afterEach(() => vi.useRealTimers());

  it('is sent again after 2.1 s at the earliest when we placed the call (not after 1 s)', () => {
    const { send, respond, headers, dialog } = sender('outgoing');
    respond(491);
    vi.advanceTimersByTime(2099);
    expect(send).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(send).toHaveBeenCalledOnce();
    // A new transaction with a new CSeq number on the wire, not the refused one's.
    expect(headers.get('cseq')).toBe('11 INVITE');
    expect(dialog.local_seqnum).toBe(11);
    // ... and the ACK of its 200 carries that number too.
    expect(dialog._outgoing_ack_seqnum).toBe(11);
  });

  it('waits at most 4 s when we placed the call', () => {
    random = 0.999999;
    const { send, respond } = sender('outgoing');
    respond(491);
    vi.advanceTimersByTime(3999);
    expect(send).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(send).toHaveBeenCalledOnce();
  });

  it('waits 0–2 s when the far end placed the call', () => {
    random = 0.8;
    const { send, respond } = sender('incoming');
    respond(491);
    vi.advanceTimersByTime(1599);
    expect(send).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(send).toHaveBeenCalledOnce();
  });

  it(`fails as JsSIP reports it after ${GLARE_RETRIES} retries, and succeeds after one`, () => {
    const refused = sender('outgoing');
    for (let i = 0; i < GLARE_RETRIES; i++) {
      refused.respond(491);
      vi.advanceTimersByTime(4000);
    }
    expect(refused.send).toHaveBeenCalledTimes(GLARE_RETRIES);
    expect(refused.handlers.onErrorResponse).not.toHaveBeenCalled();
    refused.respond(491);
    expect(refused.handlers.onErrorResponse).toHaveBeenCalledOnce();

    const accepted = sender('outgoing');
    accepted.respond(491);
    vi.advanceTimersByTime(4000);
    accepted.respond(200);
    expect(accepted.handlers.onSuccessResponse).toHaveBeenCalledOnce();
  });

  it('re-sends the same offer while it is still pending at our end', () => {
    const { send, respond, request, owner } = sender('outgoing');
    respond(491);
    vi.advanceTimersByTime(2100);
    expect(send).toHaveBeenCalledOnce();
    expect(request.body).toBe('old offer');
    expect(owner._createLocalDescription).not.toHaveBeenCalled();
  });

  it("makes a fresh offer when the far end's re-INVITE was answered meanwhile (our offer rolled back)", async () => {
    const { send, respond, request, owner } = sender('outgoing');
    respond(491);
    owner._connection.signalingState = 'stable';
    await vi.advanceTimersByTimeAsync(2100);
    expect(owner._createLocalDescription).toHaveBeenCalledWith('offer', null);
    expect(request.body).toBe('fresh offer, held');
    expect(send).toHaveBeenCalledOnce();
  });

  it('is not sent again once the call has ended', () => {
    const { send, respond } = sender('outgoing', true);
    respond(491);
    vi.advanceTimersByTime(5000);
    expect(send).not.toHaveBeenCalled();
  });

  it('leaves other answers to JsSIP', () => {
    const { send, respond, handlers } = sender('outgoing');
    respond(488);
    vi.advanceTimersByTime(5000);
    expect(send).not.toHaveBeenCalled();
    expect(handlers.onErrorResponse).toHaveBeenCalledOnce();
  });
});
