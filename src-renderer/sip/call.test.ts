import { afterEach, describe, expect, it, vi } from 'vitest';
import { Call } from './call';
import type { CallView } from './call-types';
import { installFakeMedia, FakeMediaStream, FakeTrack } from './testing/fake-media';
import { FakeUa, testProfile } from './testing/fake-ua';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

function outgoing() {
  installFakeMedia();
  const ua = new FakeUa({ sockets: [], uri: 'sip:1001@pbx.test' });
  const call = new Call(
    { id: 'c1', accountId: 'acc1', direction: 'outgoing', remoteNumber: '1002', remoteUri: '1002' },
    testProfile(),
    undefined,
  );
  const microphone = new FakeMediaStream([new FakeTrack('audio', 'mic')]);
  call.microphone = microphone as unknown as MediaStream;
  const session = ua.newSession('outgoing', { user: '1002' }, microphone);
  const changes: CallView[] = [];
  call.events.on('change', (view) => changes.push(view));
  call.attach(session.asSession);
  return { call, session, changes, microphone };
}

describe('Call', () => {
  it('takes the normalised URI from JsSIP and ignores progress once answered', () => {
    const { call, session } = outgoing();
    expect(call.view.remoteUri).toBe('sip:1002@pbx.test');
    session.remoteAnswer();
    session.remoteRinging();
    expect(call.view.phase).toBe('active');
  });

  it('samples call quality every 2 s once answered', async () => {
    vi.useFakeTimers();
    const { call, session } = outgoing();
    session.remoteAnswer();
    expect(call.view.quality).toBeUndefined();
    session.connection!.stats = [
      {
        type: 'inbound-rtp',
        kind: 'audio',
        bytesReceived: 8000,
        packetsReceived: 50,
        jitter: 0.01,
      },
      { type: 'outbound-rtp', kind: 'audio', bytesSent: 8000 },
    ];
    await vi.advanceTimersByTimeAsync(2_000);
    expect(call.view.quality).toMatchObject({ bytesReceived: 8000, bytesSent: 8000 });
  });

  it('ending stops our microphone and the remote audio', () => {
    const { call, session, microphone } = outgoing();
    session.remoteAnswer();
    session.connection!.remoteAudioArrives();
    expect(call.remoteStream).not.toBeNull();
    session.remoteBye();
    expect(microphone.getAudioTracks()[0]?.readyState).toBe('ended');
    expect(call.microphone).toBeNull();
    expect(call.remoteStream).toBeNull();
  });

  it('hanging up before any session exists ends the call cancelled', () => {
    installFakeMedia();
    const call = new Call(
      { id: 'c2', accountId: 'acc1', direction: 'outgoing', remoteNumber: '1', remoteUri: '1' },
      testProfile(),
      undefined,
    );
    const ended: CallView[] = [];
    call.events.on('ended', (view) => ended.push(view));
    call.hangup();
    call.hangup();
    expect(ended).toEqual([expect.objectContaining({ outcome: 'cancelled', phase: 'ended' })]);
  });

  it('the remote audio survives hold: it is read from the receiver, not the stream', () => {
    const { call, session } = outgoing();
    session.remoteAnswer();
    expect(call.remoteAudio()?.getAudioTracks()[0]).toBe(session.connection!.remoteTrack);
  });
});
