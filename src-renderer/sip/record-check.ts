/** How long "Record 5 seconds" records. */
export const RECORD_MS = 5000;

/**
 * The record-and-play-back loop of Test audio: idle until the first recording; recording for
 * RECORD_MS; playing it back on the speaker at once; played (it can be played again or recorded
 * anew); empty when the recording held nothing; failed when recording or playback broke.
 */
export type RecordPhase = 'idle' | 'recording' | 'playing' | 'played' | 'empty' | 'failed';

export type RecordEvent =
  /** The user asked for a recording. */
  | 'record'
  /** The recording is there and its playback started. */
  | 'recorded'
  /** The recorder stopped with no audio at all. */
  | 'nothing-recorded'
  /** "Play back again". */
  | 'play-again'
  /** The playback reached its end. */
  | 'ended'
  /** The recorder or the playback failed. */
  | 'failed'
  /** The microphone went away (switched, unplugged, view left): back to the start. */
  | 'reset';

const TRANSITIONS: Record<RecordPhase, Partial<Record<RecordEvent, RecordPhase>>> = {
  idle: { record: 'recording' },
  recording: { recorded: 'playing', 'nothing-recorded': 'empty', failed: 'failed' },
  playing: { ended: 'played', failed: 'failed', record: 'recording' },
  played: { 'play-again': 'playing', record: 'recording' },
  empty: { record: 'recording' },
  failed: { record: 'recording' },
};

/**
 * Pure: the phase after `event`. An event the phase does not expect changes nothing (a second
 * click on Record while recording, a late `ended` after a reset), so a stray callback cannot put
 * the loop in a state the buttons do not match. `reset` is accepted everywhere.
 */
export function nextPhase(phase: RecordPhase, event: RecordEvent): RecordPhase {
  if (event === 'reset') return 'idle';
  return TRANSITIONS[phase][event] ?? phase;
}

/** Pure: "Record 5 seconds" may be pressed (not while a recording is being made). */
export function canRecord(phase: RecordPhase): boolean {
  return TRANSITIONS[phase].record !== undefined;
}

/** Pure: "Play back again" is offered: a recording was played to its end. */
export function canPlayAgain(phase: RecordPhase): boolean {
  return phase === 'played';
}
