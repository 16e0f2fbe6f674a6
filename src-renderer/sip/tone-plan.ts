import type { Ringtone } from '../../src-preload/contract';
import type { CallView, EndReason } from './call-types';

/** One step of a tone: these frequencies together (none = silence) for `ms`. */
export interface ToneSegment {
  freqs: readonly number[];
  ms: number;
}

export interface TonePattern {
  segments: readonly ToneSegment[];
  /** Loop until stopped (ringing) or play once (a DTMF key). */
  repeat: boolean;
  /** Linear gain of the whole tone, 0..1. */
  level: number;
}

export type ToneName = 'ring' | 'ringback' | 'call-waiting';

/** North American ringback (440+480 Hz, 2 s on, 4 s off) where users expect it, ETSI 425 Hz elsewhere. */
const NORTH_AMERICA = ['US', 'CA', 'PR', 'GU', 'VI', 'AS', 'MP', 'UM'];

export function ringbackPattern(country: string): TonePattern {
  const northAmerica = NORTH_AMERICA.includes(country);
  return northAmerica
    ? {
        segments: [
          { freqs: [440, 480], ms: 2000 },
          { freqs: [], ms: 4000 },
        ],
        repeat: true,
        level: 0.15,
      }
    : {
        segments: [
          { freqs: [425], ms: 1000 },
          { freqs: [], ms: 4000 },
        ],
        repeat: true,
        level: 0.15,
      };
}

/** Our ring: a double trill, clearly not a network tone. */
export const RING: TonePattern = {
  segments: [
    { freqs: [1000, 1250], ms: 400 },
    { freqs: [], ms: 200 },
    { freqs: [1000, 1250], ms: 400 },
    { freqs: [], ms: 2000 },
  ],
  repeat: true,
  level: 0.25,
};

/** The built-in ringtones a line can choose (contract RINGTONES); `classic` is RING. */
export const RINGTONE_PATTERNS: Record<Ringtone, TonePattern> = {
  classic: RING,
  /** Three falling notes, like a door chime. */
  chime: {
    segments: [
      { freqs: [1319], ms: 250 },
      { freqs: [1047], ms: 250 },
      { freqs: [784], ms: 500 },
      { freqs: [], ms: 2000 },
    ],
    repeat: true,
    level: 0.25,
  },
  /** Short even pulses, easy to tell from the classic trill across a room. */
  pulse: {
    segments: [
      { freqs: [880], ms: 150 },
      { freqs: [], ms: 150 },
      { freqs: [880], ms: 150 },
      { freqs: [], ms: 150 },
      { freqs: [880], ms: 150 },
      { freqs: [], ms: 1750 },
    ],
    repeat: true,
    level: 0.25,
  },
};

/** The tone player's name for a ringtone: `ring` for the classic one (as before lines had their own). */
export function ringName(ringtone: Ringtone): string {
  return ringtone === 'classic' ? 'ring' : `ring-${ringtone}`;
}

/** Test audio's sound for the speaker: three rising notes, about a second, at a speech-like level. */
export const TEST_SOUND: TonePattern = {
  segments: [
    { freqs: [523], ms: 300 },
    { freqs: [659], ms: 300 },
    { freqs: [784], ms: 500 },
  ],
  repeat: false,
  level: 0.2,
};

/** Pure: one cycle of a ringtone, as Test audio plays it (a ring that stops by itself). */
export function ringtoneOnce(ringtone: Ringtone): TonePattern {
  return { ...RINGTONE_PATTERNS[ringtone], repeat: false };
}

/** One short high beep: the phone answered by itself, the microphone is now open. */
export const AUTO_ANSWER: TonePattern = {
  segments: [{ freqs: [1400], ms: 150 }],
  repeat: false,
  level: 0.2,
};

/** A quiet double beep in the earpiece: another call is waiting. */
export const CALL_WAITING: TonePattern = {
  segments: [
    { freqs: [440], ms: 200 },
    { freqs: [], ms: 200 },
    { freqs: [440], ms: 200 },
    { freqs: [], ms: 4000 },
  ],
  repeat: true,
  level: 0.1,
};

const DTMF_ROWS: Record<string, number> = {
  '1': 697,
  '2': 697,
  '3': 697,
  A: 697,
  '4': 770,
  '5': 770,
  '6': 770,
  B: 770,
  '7': 852,
  '8': 852,
  '9': 852,
  C: 852,
  '*': 941,
  '0': 941,
  '#': 941,
  D: 941,
};
const DTMF_COLUMNS: Record<string, number> = {
  '1': 1209,
  '4': 1209,
  '7': 1209,
  '*': 1209,
  '2': 1336,
  '5': 1336,
  '8': 1336,
  '0': 1336,
  '3': 1477,
  '6': 1477,
  '9': 1477,
  '#': 1477,
  A: 1633,
  B: 1633,
  C: 1633,
  D: 1633,
};

/** Local feedback for a keypad press: the key's real DTMF pair, briefly. */
export function dtmfPattern(tone: string): TonePattern | undefined {
  const key = tone.toUpperCase();
  const row = DTMF_ROWS[key];
  const column = DTMF_COLUMNS[key];
  if (row === undefined || column === undefined) return undefined;
  return { segments: [{ freqs: [row, column], ms: 120 }], repeat: false, level: 0.1 };
}

/** Why an unanswered outgoing call ended, as the tone a desk phone plays then. */
const BUSY_REASONS = new Set<EndReason>(['busy', 'declined', 'dnd']);
const ERROR_REASONS = new Set<EndReason>([
  'not-found',
  'unavailable',
  'address-incomplete',
  'rejected',
  'server-error',
  'incompatible',
  'auth',
  'network',
  'failed',
]);

/** Pure: the busy or error tone an ended call calls for (an outgoing call that never connected). */
export function endTone(view: CallView): 'busy' | 'error' | undefined {
  if (view.direction !== 'outgoing' || view.phase !== 'ended' || view.answeredAt !== undefined)
    return undefined;
  if (view.endReason && BUSY_REASONS.has(view.endReason)) return 'busy';
  if (view.endReason && ERROR_REASONS.has(view.endReason)) return 'error';
  return undefined;
}

/** Busy: North America 480+620 Hz, elsewhere 425 Hz (ETSI), half a second on and off, 3 s. */
export function busyPattern(country: string): TonePattern {
  const freqs = NORTH_AMERICA.includes(country) ? [480, 620] : [425];
  const beat = [
    { freqs, ms: 500 },
    { freqs: [], ms: 500 },
  ];
  return { segments: [...beat, ...beat, ...beat], repeat: false, level: 0.15 };
}

/** Error: the special information tone (950, 1400, 1800 Hz rising), twice. */
export const ERROR_TONE: TonePattern = {
  segments: [
    { freqs: [950], ms: 330 },
    { freqs: [1400], ms: 330 },
    { freqs: [1800], ms: 330 },
    { freqs: [], ms: 1000 },
    { freqs: [950], ms: 330 },
    { freqs: [1400], ms: 330 },
    { freqs: [1800], ms: 330 },
  ],
  repeat: false,
  level: 0.12,
};

export interface TonePlan {
  /** On the ringer device. */
  ringer?: 'ring';
  /** With `ringer`: the ringtone of the line the newest ringing call is on. */
  ringtone?: Ringtone;
  /** On the speaker (earpiece / headset). */
  speaker?: 'ringback' | 'call-waiting';
}

/**
 * Pure: which tones the current calls call for. An incoming call rings on the ringer unless we are
 * already on a call, when it beeps softly in the earpiece instead (call waiting). An outgoing call
 * that rings at the far end without sending early media plays our own ringback. The ring is
 * the ringtone of the newest ringing call's line (`ringtoneOf`, absent: classic).
 */
export function planTones(
  all: readonly CallView[],
  ringtoneOf: (accountId: string) => Ringtone | undefined = () => undefined,
): TonePlan {
  const plan: TonePlan = {};
  const calls = all.filter((call) => call.phase !== 'ended');
  const ringingCall = calls.filter((call) => call.phase === 'ringing').at(-1);
  const ringing = ringingCall !== undefined;
  const busyElsewhere = calls.some(
    (call) => call.phase === 'active' || call.phase === 'held' || call.direction === 'outgoing',
  );
  const ringback = calls.some(
    (call) => call.direction === 'outgoing' && call.phase === 'early' && !call.earlyMedia,
  );
  if (ringback) plan.speaker = 'ringback';
  if (ringing) {
    if (busyElsewhere) plan.speaker ??= 'call-waiting';
    else {
      plan.ringer = 'ring';
      plan.ringtone = ringtoneOf(ringingCall.accountId) ?? 'classic';
    }
  }
  return plan;
}
