import type { AccountProfile } from '../../src-preload/contract';
import type { Call } from './call';
import type { CallOptions } from './jssip-types';
import { MicrophoneError, openMicrophone, stopStream } from './local-media';

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
    console.warn('microphone', error instanceof MicrophoneError ? error.message : error);
    call.endFlags.microphoneFailed = true;
    if (call.session && !call.session.isEnded()) call.session.terminate({ status_code: 480 });
    else call.hangup();
    return false;
  }
  if (call.ended) {
    stopStream(stream);
    return false;
  }
  call.microphone = stream;
  try {
    start(stream);
  } catch (error) {
    console.warn('call could not start', error);
    call.apply({ type: 'ended', at: Date.now(), outcome: 'failed', reason: 'failed' });
  }
  return true;
}
