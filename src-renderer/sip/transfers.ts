import type { AccountProfile } from '../../src-preload/contract';
import type { Call } from './call';
import { callOptions } from './call-start';
import { isEstablished, type CallView } from './call-types';
import type {
  IncomingReferEvent,
  IncomingReplacesEvent,
  ReferEventHandlers,
  ReferNotifyEvent,
  RTCSession,
} from './jssip-types';
import { remoteIdentity, type NameAddrLike } from './remote-identity';

/**
 * What transfers need of the call manager: place, create, show and hide calls. The manager
 * implements it; transfers never see its collections.
 */
export interface TransferHost {
  /** Places a call (see CallManager.dial); returns its id. */
  dial(accountId: string, target: string, display: string, extra?: Partial<CallView>): string;
  /** A call still followed by the host (live, shown or hidden). */
  get(id: string): Call | undefined;
  /** A new call, not yet followed. */
  createCall(
    initial: Omit<ConstructorParameters<typeof Call>[0], 'id'>,
    profile: AccountProfile,
  ): Call;
  /** Follows `call` (hidden: kept alive out of sight, no change events). */
  adopt(call: Call, options?: { hidden?: boolean }): Call;
  setHidden(id: string, hidden: boolean): void;
  isHidden(id: string): boolean;
  resume(id: string): Promise<void>;
}

/** Without a final NOTIFY after the REFER was accepted (202), assume the far end went ahead. */
const NOTIFY_WAIT_MS = 15_000;
/** The transferor hangs up the old call itself; give it this long before we do (both is harmless). */
const OLD_LEG_GRACE_MS = 1500;

const statusOf = (event: ReferNotifyEvent) => event.status_line?.status_code ?? 0;

/**
 * Sends a REFER on `call` and reports its fate through the NOTIFYs: `onDone` when the far end's
 * new call rings (blind) or is answered, `onFailed` when the REFER or the new call fails.
 */
function refer(
  call: Call,
  target: string | { toString(): string },
  options: { replaces?: RTCSession; doneAt: 'ringing' | 'answered' },
  onDone: () => void,
  onFailed: () => void,
): void {
  const session = call.session;
  if (!session || !isEstablished(call.view))
    throw new Error('Only an answered call can be transferred.');
  let settled = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const settle = (ok: boolean) => {
    if (settled) return;
    settled = true;
    clearTimeout(timer);
    if (ok) onDone();
    else onFailed();
  };
  const handlers: ReferEventHandlers = {
    requestSucceeded: () => {
      timer = setTimeout(() => settle(true), NOTIFY_WAIT_MS);
    },
    requestFailed: () => settle(false),
    progress: (event) => {
      if (options.doneAt === 'ringing' && statusOf(event) >= 180) settle(true);
    },
    accepted: () => settle(true),
    failed: () => settle(false),
  };
  call.events.on('ended', () => {
    settled = true;
    clearTimeout(timer);
  });
  call.apply({ type: 'transfer', state: 'pending' });
  session.refer(target.toString(), { eventHandlers: handlers, replaces: options.replaces });
}

/**
 * Blind transfer: REFER the far end to `target` and hang up once its new call rings. A refusal
 * (REFER rejected, target busy/unknown) leaves the call up, marked `transferring: 'failed'`.
 */
export function blindTransfer(call: Call, target: string): void {
  refer(
    call,
    target,
    { doneAt: 'ringing' },
    () => {
      call.endFlags.transferred = true;
      call.hangup();
    },
    () => call.apply({ type: 'transfer', state: 'failed' }),
  );
}

/**
 * Attended transfer, step 1: hold `original` and call `target` (the consult leg). Should the
 * original party hang up before the transfer is through (while we consult, or after accepting
 * our REFER but before any NOTIFY), the consult leg goes on as an ordinary call, as desk phones
 * do: there is nobody left to transfer, and the person we consulted is still on the line. If the
 * transfer did go through, the consulted party ends our leg itself (Replaces).
 */
export function consult(
  host: TransferHost,
  original: Call,
  target: string,
  display: string,
): string {
  if (!isEstablished(original.view)) throw new Error('Only an answered call can be transferred.');
  const id = host.dial(original.view.accountId, target, display, { consultFor: original.id });
  original.events.on('ended', () => {
    const consultCall = host.get(id);
    if (consultCall && !consultCall.ended && !original.endFlags.transferred)
      consultCall.apply({ type: 'consult-orphaned' });
  });
  return id;
}

/**
 * Attended transfer, step 2: REFER the original party to the consulted one with Replaces, so
 * their new call takes the place of our consult call. An unanswered consult leg cannot be
 * replaced (JsSIP accepts Replaces only for confirmed dialogs), so that becomes a blind transfer.
 */
export function completeTransfer(host: TransferHost, consultCall: Call): void {
  const original = consultCall.view.consultFor ? host.get(consultCall.view.consultFor) : undefined;
  if (!original || original.ended) throw new Error('The call to transfer has ended.');
  const consultSession = consultCall.session;
  if (!consultSession || !isEstablished(consultCall.view)) {
    const target = consultCall.view.remoteUri;
    consultCall.hangup();
    blindTransfer(original, target);
    return;
  }
  consultCall.apply({ type: 'transfer', state: 'pending' });
  refer(
    original,
    consultSession.remote_identity.uri,
    { replaces: consultSession, doneAt: 'answered' },
    () => {
      original.endFlags.transferred = true;
      consultCall.endFlags.transferred = true;
      original.hangup();
      // The consulted party ends our consult leg itself once the replacement is confirmed.
      setTimeout(() => {
        if (!consultCall.ended) consultCall.hangup();
      }, OLD_LEG_GRACE_MS);
    },
    () => {
      original.apply({ type: 'transfer', state: 'failed' });
      consultCall.apply({ type: 'transfer', state: 'failed' });
    },
  );
}

/** Attended transfer abandoned: hang up the consult leg and go back to the original call. */
export function cancelTransfer(host: TransferHost, consultCall: Call): void {
  const originalId = consultCall.view.consultFor;
  consultCall.hangup();
  if (originalId && host.get(originalId)) void host.resume(originalId);
}

/** A copy of a call's microphone for its replacement, made synchronously (see acceptRefer). */
function cloneMicrophone(call: Call): MediaStream | undefined {
  const tracks = call.microphone?.getAudioTracks() ?? [];
  if (!tracks.length) return undefined;
  return new MediaStream(
    tracks.map((track) => {
      const copy = track.clone();
      copy.enabled = true;
      return copy;
    }),
  );
}

/**
 * We are being transferred: accept the far end's REFER and call the target (with Replaces if the
 * REFER carried one). The new call replaces the old one on screen at once; the old one stays up
 * out of sight until the transferor hangs it up, and comes back if the new call fails.
 * The microphone is cloned rather than reopened: JsSIP's accept() must run before the transferor's
 * BYE can arrive, so there is no time to await getUserMedia.
 */
export function acceptRefer(host: TransferHost, old: Call, event: IncomingReferEvent): void {
  const stream = cloneMicrophone(old);
  const uri = event.request.refer_to?.uri;
  if (!stream || !uri) {
    event.reject();
    return;
  }
  const target = remoteIdentity({ uri: uri as NameAddrLike['uri'] });
  const call = host.adopt(
    host.createCall(
      {
        direction: 'outgoing',
        accountId: old.view.accountId,
        remoteNumber: target.number,
        remoteUri: target.uri,
        replaces: old.id,
      },
      old.profile,
    ),
  );
  call.microphone = stream;
  old.endFlags.transferred = true;
  host.setHidden(old.id, true);
  let answered = false;
  call.events.on('change', (view) => {
    if (answered || view.answeredAt === undefined) return;
    answered = true;
    setTimeout(() => !old.ended && old.hangup(), OLD_LEG_GRACE_MS);
  });
  call.events.on('ended', (view) => {
    if (view.answeredAt === undefined && !old.ended) {
      old.endFlags.transferred = false;
      host.setHidden(old.id, false);
    }
  });
  event.accept((session) => call.attach(session), callOptions(old.profile, stream));
}

/**
 * We are the transfer target: an INVITE with Replaces for our established call `old` arrived.
 * Answer the new call without ringing and swap it in for the old one once it is answered; JsSIP
 * ends the old session when the new one is confirmed.
 */
export function acceptReplaces(host: TransferHost, old: Call, event: IncomingReplacesEvent): void {
  const stream = cloneMicrophone(old);
  if (!stream || !isEstablished(old.view)) {
    event.reject();
    return;
  }
  event.accept((session) => {
    const identity = remoteIdentity(session.remote_identity as unknown as NameAddrLike);
    const call = host.adopt(
      host.createCall(
        {
          direction: 'incoming',
          accountId: old.view.accountId,
          remoteNumber: identity.number,
          remoteName: identity.name,
          remoteUri: identity.uri,
          replaces: old.id,
        },
        old.profile,
      ),
      { hidden: true },
    );
    call.microphone = stream;
    call.attach(session);
    call.events.on('change', (view) => {
      if (view.answeredAt === undefined || !host.isHidden(view.id)) return;
      old.endFlags.replaced = true;
      host.setHidden(call.id, false);
      host.setHidden(old.id, true);
    });
    // After JsSIP's init_incoming has sent its 180: answering inside the callback would race it.
    queueMicrotask(() => {
      if (!session.isEnded()) session.answer(callOptions(old.profile, stream));
    });
  });
}
