import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConferenceMixer } from './conference-mixer';
import { FakeAudioContext, FakeMediaStream, FakeTrack } from './testing/fake-media';
import { registeredPhone } from './testing/harness';

afterEach(() => vi.unstubAllGlobals());

async function twoCalls() {
  const h = registeredPhone();
  const a = await h.established('1002');
  const b = await h.established('1003');
  return { h, a, b };
}

describe('Conference (through CallManager)', () => {
  it('resumes the held leg and sends each leg the mix instead of the microphone', async () => {
    const { h, a, b } = await twoCalls();
    expect(h.view(a.id)?.phase).toBe('held');
    await h.phone.calls.startConference();
    expect(a.session.sent.at(-1)).toBe('re-INVITE unhold');
    for (const leg of [a, b]) {
      expect(h.view(leg.id)).toMatchObject({ phase: 'active', conference: true });
      expect(leg.session.connection?.sender.track?.deviceId).toBe('mix');
    }
    // Its own microphone for the mix: the third one opened.
    expect(h.media.opened).toHaveLength(3);
    expect(h.phone.callStreams(a.id)?.local).not.toBe(h.media.opened[0]);
  });

  it('mute is one switch for the whole conference, done in the mix (the sessions stay unmuted)', async () => {
    const { h, a, b } = await twoCalls();
    await h.phone.calls.startConference();
    h.phone.calls.setMuted(a.id, true);
    expect(h.view(a.id)?.muted).toBe(true);
    expect(h.view(b.id)?.muted).toBe(true);
    expect(a.session.isMuted().audio).toBe(false);
  });

  it('a leg that ends hands the other its plain microphone back, keeping mute', async () => {
    const { h, a, b } = await twoCalls();
    await h.phone.calls.startConference();
    h.phone.calls.setMuted(a.id, true);
    b.session.remoteBye();
    expect(h.ended.at(-1)).toMatchObject({ id: b.id, conference: false });
    const microphone = h.media.opened[0]!.getAudioTracks()[0]!;
    expect(a.session.connection?.sender.track).toBe(microphone);
    expect(microphone.enabled).toBe(false);
    expect(h.view(a.id)).toMatchObject({ conference: false, muted: true });
    expect(a.session.isMuted().audio).toBe(true);
  });

  it('needs two established calls', async () => {
    const h = registeredPhone();
    const a = await h.established('1002');
    await expect(h.phone.calls.startConference([a.id])).rejects.toThrow(/two established/);
    expect(h.view(a.id)?.conference).toBe(false);
  });
});

describe('ConferenceMixer', () => {
  function mixer() {
    const context = new FakeAudioContext();
    const mix = new ConferenceMixer(() => context as unknown as AudioContext);
    const stream = (id: string) =>
      new FakeMediaStream([new FakeTrack('audio', id)]) as unknown as MediaStream;
    return { context, mix, stream };
  }

  it('sends each leg our microphone plus the other legs, never its own voice', () => {
    const { mix, stream } = mixer();
    mix.setMicrophone(stream('mic'));
    mix.addLeg('a', stream('remote-a'));
    mix.addLeg('b', stream('remote-b'));
    mix.addLeg('c', stream('remote-c'));
    expect(mix.size).toBe(3);
    const heardBy = (id: string) => {
      const output = mix.outputOf(id);
      expect(output).toBeDefined();
      return output;
    };
    // The graph is private: check through the nodes' recorded connections.
    const internals = mix as unknown as {
      legs: Map<string, { remote: { outputs: Set<unknown> }; output: { stream: unknown } }>;
      micGain: { outputs: Set<{ stream: unknown }>; gain: { value: number } };
    };
    const outputsOf = (id: string) =>
      [...(internals.legs.get(id)?.remote.outputs ?? [])] as { stream: unknown }[];
    expect(outputsOf('a').map((node) => node.stream)).toEqual([heardBy('b'), heardBy('c')]);
    expect(outputsOf('b').map((node) => node.stream)).toEqual([heardBy('a'), heardBy('c')]);
    expect(internals.micGain.outputs.size).toBe(3);
    mix.setMuted(true);
    expect(internals.micGain.gain.value).toBe(0);
    mix.removeLeg('c');
    expect(outputsOf('a').map((node) => node.stream)).toEqual([heardBy('b')]);
  });

  it('close() stops every leg and closes the context', () => {
    const { context, mix, stream } = mixer();
    const track = mix.addLeg('a', stream('remote-a')) as unknown as FakeTrack;
    mix.close();
    expect(track.readyState).toBe('ended');
    expect(context.state).toBe('closed');
    expect(mix.size).toBe(0);
  });
});
