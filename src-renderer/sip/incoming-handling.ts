import type { TerminateOptions } from 'jssip/lib/RTCSession';
import type { AccountProfile } from '../../src-preload/contract';
import { autoAnswerHint } from './auto-answer-hint';
import type { Call } from './call';
import type { CallPreferences } from './call-manager-types';
import { decideIncoming, forwardUri, type IncomingDecision } from './incoming-policy';
import type { IncomingRequest } from './jssip-types';

/** The JsSIP side of incoming-policy.ts, for the call manager: headers in, timers and 302s out. */

/** The line's rules applied to this INVITE. */
export function decideFor(
  preferences: CallPreferences,
  profile: AccountProfile,
  request: IncomingRequest,
  context: { accountId: string; liveCalls: number; maxLiveCalls: number },
): IncomingDecision {
  const line = preferences.lines?.[context.accountId] ?? {};
  const forwarding = line.forwarding;
  return decideIncoming({
    globalDnd: preferences.doNotDisturb,
    dndCode: preferences.dndCode ?? 486,
    line,
    liveCalls: context.liveCalls,
    maxLiveCalls: context.maxLiveCalls,
    forwardUri:
      forwarding && forwarding.mode !== 'off'
        ? forwardUri(forwarding.target, profile.domain, preferences.country)
        : undefined,
    answerAfterHint: autoAnswerHint({
      callInfo: request.getHeaders('Call-Info'),
      alertInfo: request.getHeaders('Alert-Info'),
      answerMode: request.getHeaders('Answer-Mode'),
    }),
  });
}

/**
 * Where "When busy" forwarding sends a call the user declines (Decline is the user saying "busy
 * now", as on a desk phone): the line's target as a Contact, or undefined when that is not set.
 */
export function busyForwardUri(
  preferences: CallPreferences,
  profile: AccountProfile,
  accountId: string,
): string | undefined {
  const forwarding = preferences.lines?.[accountId]?.forwarding;
  if (forwarding?.mode !== 'busy') return undefined;
  return forwardUri(forwarding.target, profile.domain, preferences.country);
}

/**
 * No-answer forwarding and auto-answer of a ringing call: timers that act only while it still
 * rings, cleared when it ends. Auto-answer asks again at the time whether another call is live.
 */
export function scheduleRinging(
  call: Call,
  decision: IncomingDecision & { action: 'ring' },
  host: { othersLive(): boolean; autoAnswer(): void },
): void {
  const timers: ReturnType<typeof setTimeout>[] = [];
  const ringing = () => call.view.phase === 'ringing' && !call.session?.isEnded();
  const { forwardAfterMs, forwardUri: uri, answerAfterMs } = decision;
  if (forwardAfterMs !== undefined && uri) {
    timers.push(
      setTimeout(() => {
        if (!ringing()) return;
        call.endFlags.forwarded = true;
        call.session?.terminate(redirectTo(uri));
      }, forwardAfterMs),
    );
  }
  if (answerAfterMs !== undefined) {
    timers.push(
      setTimeout(() => {
        // A call may have started while this one rang.
        if (ringing() && !host.othersLive()) host.autoAnswer();
      }, answerAfterMs),
    );
  }
  if (timers.length) call.events.on('ended', () => timers.forEach((timer) => clearTimeout(timer)));
}

/**
 * A 302 sending the caller to `uri` (the PBX follows it: tests/testbed/kamailio.cfg). JsSIP's
 * option is `extraHeaders`; a misspelt key is silently dropped, hence the JsSIP type.
 */
export function redirectTo(uri: string): TerminateOptions {
  return {
    status_code: 302,
    reason_phrase: 'Moved Temporarily',
    extraHeaders: [`Contact: <${uri}>`],
  };
}
