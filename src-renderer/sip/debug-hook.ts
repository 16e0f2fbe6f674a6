import type { ToneRoute } from './call-audio';
import type { CallManager } from './call-manager';
import type { CallRecovery } from './call-recovery';
import type { CallPhase } from './call-types';
import { clearRecentSipTrace } from './sip-trace';

/** Live RTP counters of one call, read from its RTCPeerConnection at the moment of asking. */
export interface CallRtpCounters {
  callId: string;
  phase: CallPhase;
  bytesReceived: number;
  bytesSent: number;
  packetsReceived: number;
  /** Energy of the audio received so far: grows only while the far end is audible. */
  audioEnergy: number;
  /** DTMF digits the far end sent by SIP INFO. */
  dtmfReceived?: string;
  /** How long ICE gathering took before the last offer/answer went out... */
  iceWaitMs?: number;
  /** ...and whether the ICE cap cut it short (true) or it completed by itself (false). */
  iceCapped?: boolean;
  /** The device id of the microphone this call sends (not the conference mix). */
  microphoneId?: string;
  /** ICE restarts of this call the far end answered (after a reconnect or a network change). */
  iceRestarts?: number;
}

/**
 * A read-only window onto the engine for end-to-end tests and for support ("is audio flowing?"),
 * always present. It exposes counters, tone names and received DTMF digits only: no numbers,
 * names or media, and it can change nothing. Tests use it to prove audio flows both ways, which no UI text shows.
 */
export interface SoftphoneDebug {
  stats(): Promise<CallRtpCounters[]>;
  tones(): { ringer?: string; speaker?: string };
  /** How many times each tone ('ring', 'ringback', 'dtmf-5'...) has started since the page loaded. */
  toneStarts(): Record<string, number>;
  /** The devices in use now (the user's choice, or the default where that device is gone). */
  devices(): { microphoneId?: string; speakerId?: string; ringerId?: string };
  /** Ringer and call volume in use (0..1), and each live call's playback volume. */
  volumes(): { ringer: number; call: number; calls: number[] };
  /** Test audio: the device ('' = default) and volume its test sound and test ringtone played at. */
  testTones(): { sound?: ToneRoute; ringtone?: ToneRoute };
  /**
   * Empties the recent-SIP-trace ring (Export diagnostics): memory bounded by design, which a
   * leak test leaves out of its balance.
   */
  clearSipTrace(): void;
}

declare global {
  interface Window {
    readonly __softphoneDebug?: SoftphoneDebug;
  }
}

export function installDebugHook(
  manager: CallManager,
  target: object = globalThis,
  recovery?: Pick<CallRecovery, 'restarts'>,
): void {
  if (Object.hasOwn(target, '__softphoneDebug')) return;
  const hook: SoftphoneDebug = Object.freeze({
    async stats() {
      const calls = manager.all();
      const counters = await Promise.all(
        calls.map((call) => call.rtpCounters().catch(() => undefined)),
      );
      return calls.flatMap((call, index) => {
        const sample = counters[index];
        return sample
          ? [
              {
                callId: call.id,
                phase: call.view.phase,
                ...sample,
                dtmfReceived: call.view.dtmfReceived,
                iceWaitMs: call.iceGathering.waitMs,
                iceCapped: call.iceGathering.capped,
                microphoneId: call.microphone?.getAudioTracks()[0]?.getSettings().deviceId,
                iceRestarts: recovery?.restarts(call),
              },
            ]
          : [];
      });
    },
    tones: () => manager.audio.playing(),
    toneStarts: () => manager.audio.toneStarts(),
    devices: () => ({ ...manager.audio.devices }),
    volumes: () => ({
      ...manager.audio.volumes,
      calls: manager.all().map((call) => call.playbackVolume),
    }),
    testTones: () => manager.audio.testRoutes(),
    clearSipTrace: () => clearRecentSipTrace(),
  });
  Object.defineProperty(target, '__softphoneDebug', {
    value: hook,
    enumerable: false,
    writable: false,
    configurable: false,
  });
}
