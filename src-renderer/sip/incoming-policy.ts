import type { AutoAnswer, Forwarding } from '../../src-preload/contract';
import { normaliseDialTarget } from './dial-target';

/** What a caller hears while Do not disturb is on (settings.calling.dndCode). */
export type DndCode = 486 | 480 | 603;

/** A line's own call handling, from its profile. */
export interface LinePolicy {
  doNotDisturb?: boolean;
  forwarding?: Forwarding;
  autoAnswer?: AutoAnswer;
}

export interface IncomingFacts {
  /** The global switch (main view, tray, hotkey). */
  globalDnd: boolean;
  dndCode: DndCode;
  line: LinePolicy;
  /** Live calls on every line before this one. */
  liveCalls: number;
  maxLiveCalls: number;
  /** The line's forwarding target as a Contact URI (forwardUri()), undefined when not callable. */
  forwardUri?: string;
  /** What the caller asked for (autoAnswerHint()): answer after this many seconds. */
  answerAfterHint?: number;
}

export type IncomingDecision =
  | { action: 'refuse'; status: number; reason: 'dnd' | 'busy' }
  | { action: 'forward'; uri: string }
  | {
      action: 'ring';
      /** No-answer forwarding: 302 to `forwardUri` after this long. */
      forwardAfterMs?: number;
      forwardUri?: string;
      /** Answer by itself after this long (intercom hint, or "answer every call"). */
      answerAfterMs?: number;
    };

/**
 * Pure: what the phone does with a new incoming call. In order:
 * 1. forwarding "always" sends the caller on (302) whatever else is set: someone gets the call;
 * 2. Do not disturb (all lines, or this line) refuses it with the chosen code (a missed call);
 * 3. busy: "when busy" forwarding sends it on while another call is live; too many live calls
 *    refuse it 486;
 * 4. else it rings, with the no-answer forwarding timer and auto-answer, which never applies
 *    while another call is live (it would cut into a conversation).
 */
export function decideIncoming(facts: IncomingFacts): IncomingDecision {
  const { line, forwardUri } = facts;
  const mode = line.forwarding?.mode ?? 'off';
  if (mode === 'always' && forwardUri) return { action: 'forward', uri: forwardUri };
  if (facts.globalDnd || line.doNotDisturb)
    return { action: 'refuse', status: facts.dndCode, reason: 'dnd' };
  if (mode === 'busy' && forwardUri && facts.liveCalls > 0)
    return { action: 'forward', uri: forwardUri };
  if (facts.liveCalls >= facts.maxLiveCalls)
    return { action: 'refuse', status: 486, reason: 'busy' };

  const ring: IncomingDecision & { action: 'ring' } = { action: 'ring' };
  if (mode === 'noAnswer' && forwardUri) {
    ring.forwardAfterMs = (line.forwarding?.noAnswerSeconds ?? 20) * 1000;
    ring.forwardUri = forwardUri;
  }
  if (facts.liveCalls === 0) {
    const delays = [
      line.autoAnswer?.intercom ? facts.answerAfterHint : undefined,
      line.autoAnswer?.allAfterSeconds,
    ].filter((delay): delay is number => delay !== undefined);
    if (delays.length) ring.answerAfterMs = Math.min(...delays) * 1000;
  }
  return ring;
}

/**
 * Pure: the Contact of a 302 to `target`, validated like a dialled number (dial-target.ts), or
 * undefined when the target is empty or not callable (forwarding then stays off).
 */
export function forwardUri(target: string, domain: string, country: string): string | undefined {
  if (!target.trim()) return undefined;
  try {
    const dial = normaliseDialTarget(target, country);
    return dial.kind === 'sip-uri' ? dial.target : `sip:${dial.target}@${domain}`;
  } catch {
    return undefined;
  }
}
