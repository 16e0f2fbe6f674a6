import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { IceServer } from '../../src-preload/contract';
import {
  candidateType,
  ICE_CAP_MS,
  HOST_GRACE_MS,
  IceGatheringCap,
  wantedCandidate,
} from './ice-cap';

const host = { type: 'host', candidate: 'candidate:1 1 udp 2122260223 127.0.0.1 50000 typ host' };
const srflx = {
  type: 'srflx',
  candidate: 'candidate:2 1 udp 1686052607 203.0.113.5 50000 typ srflx raddr 127.0.0.1 rport 50000',
};
const relay = {
  type: null,
  candidate: 'candidate:3 1 udp 41885439 198.51.100.9 3478 typ relay raddr 203.0.113.5 rport 50000',
};

describe('wantedCandidate', () => {
  it.each<[IceServer[], string]>([
    [[], 'host'],
    [[{ urls: 'stun:stun.example.com:3478' }], 'srflx'],
    [[{ urls: ['stun:a', 'turn:b'], username: 'u', credential: 'p' }], 'relay'],
    [[{ urls: 'turns:b:443?transport=tcp' }], 'relay'],
  ])('%j -> %s', (servers, wanted) => expect(wantedCandidate(servers)).toBe(wanted));
});

describe('candidateType', () => {
  it('reads the field, or the SDP line where the browser leaves it null', () => {
    expect(candidateType(srflx)).toBe('srflx');
    expect(candidateType(relay)).toBe('relay');
    expect(candidateType({})).toBeUndefined();
  });
});

describe('IceGatheringCap', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('sends after the cap when the STUN server never answers (JsSIP issue 432)', () => {
    const cap = new IceGatheringCap('srflx');
    const ready = vi.fn();
    cap.onCandidate(host, ready);
    vi.advanceTimersByTime(ICE_CAP_MS - 1);
    expect(ready).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(ready).toHaveBeenCalledTimes(1);
    expect(cap.lastWaitMs).toBe(ICE_CAP_MS);
    expect(cap.lastCapped).toBe(true);
  });

  it('sends at once when a server-reflexive candidate arrives', () => {
    const cap = new IceGatheringCap('srflx');
    const ready = vi.fn();
    cap.onCandidate(host, ready);
    vi.advanceTimersByTime(40);
    cap.onCandidate(srflx, ready);
    expect(ready).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(ICE_CAP_MS * 2);
    expect(ready).toHaveBeenCalledTimes(1);
  });

  it('waits for a relay candidate when TURN is configured, not for srflx', () => {
    const cap = new IceGatheringCap('relay');
    const ready = vi.fn();
    cap.onCandidate(srflx, ready);
    expect(ready).not.toHaveBeenCalled();
    cap.onCandidate(relay, ready);
    expect(ready).toHaveBeenCalledTimes(1);
  });

  it('gives host-only gathering a short grace, not the full cap', () => {
    const cap = new IceGatheringCap('host');
    const ready = vi.fn();
    cap.onCandidate(host, ready);
    vi.advanceTimersByTime(HOST_GRACE_MS - 1);
    expect(ready).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(ready).toHaveBeenCalledTimes(1);
    // Loopback gathering completes in about 160 ms: the grace must be far shorter to matter.
    expect(HOST_GRACE_MS).toBeLessThanOrEqual(50);
  });

  it('treats each offer/answer (a new ready function) as a new round with its own cap', () => {
    const cap = new IceGatheringCap('srflx');
    const first = vi.fn();
    const second = vi.fn();
    cap.onCandidate(host, first);
    vi.advanceTimersByTime(1000);
    cap.onCandidate(host, second);
    vi.advanceTimersByTime(1500);
    expect(first).not.toHaveBeenCalled(); // JsSIP dropped that round; only the live one matters
    expect(second).not.toHaveBeenCalled();
    vi.advanceTimersByTime(500);
    expect(second).toHaveBeenCalledTimes(1);
  });

  it('ignores late candidates of a round it already finished', () => {
    const cap = new IceGatheringCap('srflx');
    const ready = vi.fn();
    cap.onCandidate(srflx, ready);
    cap.onCandidate(host, ready);
    vi.advanceTimersByTime(ICE_CAP_MS * 2);
    expect(ready).toHaveBeenCalledTimes(1);
  });

  it('stands down when gathering completes by itself, and says the cap did not cut it', () => {
    const cap = new IceGatheringCap('srflx');
    const ready = vi.fn();
    cap.onCandidate(host, ready);
    vi.advanceTimersByTime(120);
    cap.gatheringComplete();
    vi.advanceTimersByTime(ICE_CAP_MS * 2);
    expect(ready).not.toHaveBeenCalled(); // JsSIP resolves by itself on 'complete'
    expect(cap.lastWaitMs).toBe(120);
    expect(cap.lastCapped).toBe(false);
    cap.onCandidate(host, ready); // a late candidate of that round
    vi.advanceTimersByTime(ICE_CAP_MS * 2);
    expect(ready).not.toHaveBeenCalled();
  });

  it('stops waiting when the call ends', () => {
    const cap = new IceGatheringCap('srflx');
    const ready = vi.fn();
    cap.onCandidate(host, ready);
    cap.dispose();
    vi.advanceTimersByTime(ICE_CAP_MS * 2);
    expect(ready).not.toHaveBeenCalled();
  });
});
