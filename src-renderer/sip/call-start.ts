import type { AccountProfile } from '../../src-preload/contract';
import type { Call } from './call';
import type { CallOptions, RTCSession } from './jssip-types';
import { MicrophoneError, openMicrophone, stopStream } from './local-media';
import { silentStream } from './silent-stream';

/** JsSIP options for a call or an answer: our own microphone stream, the account's ICE servers. */
export function callOptions(profile: AccountProfile, mediaStream: MediaStream): CallOptions {
  return {
    mediaStream,
    mediaConstraints: { audio: true, video: false },
    pcConfig: { iceServers: profile.iceServers.map((server) => ({ ...server })) },
    rtcOfferConstraints: { offerToReceiveAudio: true, offerToReceiveVideo: false },
  };
}

/**
 * Opens the microphone for `call`, then runs `start` with it (ua.call or session.answer). We open
 * it ourselves rather than letting JsSIP do it so we choose the device and can replace the track
 * later. A refused microphone ends the call with reason `microphone`; a call hung up meanwhile
 * gets its stream closed at once.
 */
export async function withMicrophone(
  call: Call,
  microphoneId: string | undefined,
  start: (stream: MediaStream) => void,
): Promise<boolean> {
  let stream: MediaStream;
  try {
    stream = await openMicrophone(microphoneId);
  } catch (error) {
    microphoneFailed(call, error);
    return false;
  }
  if (call.ended) {
    stopStream(stream);
    return false;
  }
  call.microphone = stream;
  return begin(call, start, stream);
}

/** Runs `start` (ua.call or session.answer); a throw ends the call as failed. */
function begin(call: Call, start: (stream: MediaStream) => void, stream: MediaStream): boolean {
  try {
    start(stream);
    return true;
  } catch (error) {
    console.warn('call could not start', error);
    call.apply({ type: 'ended', at: Date.now(), outcome: 'failed', reason: 'failed' });
    return false;
  }
}

/** Resolves when the session's INVITE goes out, or when the session ends before it could. */
function inviteSent(session: RTCSession): Promise<void> {
  return new Promise((resolve) => {
    const done = () => resolve();
    session.on('sending', done);
    session.on('failed', done);
    session.on('ended', done);
  });
}

/** A refused or missing microphone ends the call, reason `microphone`. */
function microphoneFailed(call: Call, error: unknown): void {
  console.warn('microphone', error instanceof MicrophoneError ? error.message : error);
  call.endFlags.microphoneFailed = true;
  if (call.session && !call.session.isEnded()) call.session.terminate({ status_code: 480 });
  else call.hangup();
}

/**
 * Places `call` at once on a silent stand-in track and puts the microphone on it once the INVITE
 * is out (opening a device takes 40–100 ms warm, far more cold): the far end rings sooner. Only
 * for a microphone already granted, so a prompt or a refusal still comes before any INVITE. Mute
 * and hold carry over to the real track (replaceMicrophone); a device switch that came first wins.
 */
export async function withMicrophoneSoon(
  call: Call,
  microphoneId: string | undefined,
  start: (stream: MediaStream) => void,
): Promise<boolean> {
  const standIn = silentStream();
  call.microphone = standIn.stream;
  if (!begin(call, start, standIn.stream)) {
    standIn.close();
    return false;
  }
  // The device opens after the INVITE has gone, so the two never contend for the main thread.
  if (call.session) await inviteSent(call.session);
  let stream: MediaStream;
  try {
    stream = await openMicrophone(microphoneId);
  } catch (error) {
    microphoneFailed(call, error);
    standIn.close();
    return false;
  }
  if (call.ended || call.microphone !== standIn.stream) {
    stopStream(stream);
    standIn.close();
    return !call.ended;
  }
  await call.replaceMicrophone(stream, true);
  standIn.close();
  return true;
}
