import type { CallPhase } from './call-types';

/** What decides whether a call is being recorded. */
export interface RecordingFacts {
  phase: CallPhase;
  /** Settings → Record every call. */
  recordEveryCall: boolean;
  /** The call's Record button: true/false once pressed, undefined while it follows the setting. */
  toggled?: boolean;
  /** A recorder is running for this call now. */
  recording: boolean;
  /** This call's recording stopped on a write error (disk full…): it is not started again. */
  failed: boolean;
  /** The profile says calls are recorded at the PBX: Record sends the feature code instead. */
  onPbx: boolean;
}

export type RecordingStep = 'start' | 'stop' | 'none';

/**
 * Pure: what to do with a call's recorder now. Recording runs from the moment the call is
 * answered (or Record is pressed) until hang-up, transfer or Record off, and goes on through hold
 * (both phases count as established). Never twice, never after a write error, never locally when
 * the PBX records.
 */
export function planRecording(facts: RecordingFacts): RecordingStep {
  const established = facts.phase === 'active' || facts.phase === 'held';
  const wanted =
    established && !facts.onPbx && !facts.failed && (facts.toggled ?? facts.recordEveryCall);
  if (wanted && !facts.recording) return 'start';
  if (!wanted && facts.recording) return 'stop';
  return 'none';
}

/** The tracks a call's audio is made of now, by id. */
export interface SourceFacts {
  /** The microphone track the call sends (replaced on a device switch). */
  microphone?: string;
  /** In a local conference: the mix we send this leg (our microphone and the other legs). */
  conferenceMix?: string;
  /** The far end's receiver track (the same one across hold). */
  remote?: string;
}

/**
 * Pure: which tracks the recording mixes. Our side is the conference mix when the call is in one
 * (so a 3-way call records everyone), else the microphone; the far end is its receiver track.
 */
export function recordingSources(facts: SourceFacts): string[] {
  const local = facts.conferenceMix ?? facts.microphone;
  return [local, facts.remote].filter((id): id is string => id !== undefined);
}

/**
 * Pure: how to get from the sources connected now to the ones wanted. The recorder's output
 * never changes, so MediaRecorder keeps one continuous file through every change.
 */
export function diffSources(
  current: readonly string[],
  wanted: readonly string[],
): { add: string[]; remove: string[] } {
  return {
    add: wanted.filter((id) => !current.includes(id)),
    remove: current.filter((id) => !wanted.includes(id)),
  };
}

/** Pure: the elapsed time shown beside "Recording", `m:ss` (or `h:mm:ss`). */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0
    ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}`
    : `${minutes}:${seconds}`;
}
