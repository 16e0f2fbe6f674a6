/**
 * A Phone on a fake UA with fake media, registered and ready, plus what it reported. Test-only.
 */
import type { CallView } from '../call-types';
import { Phone } from '../phone';
import { installFakeMedia, type FakeMediaDevices } from './fake-media';
import { fakeUaFactory, testProfile, type FakeSession, type FakeUa } from './fake-ua';
import type { AccountProfile } from '../../../src-preload/contract';

export interface Harness {
  phone: Phone;
  ua: FakeUa;
  media: FakeMediaDevices;
  /** Every change event, in order. */
  changes: CallView[];
  /** Every ended event, in order. */
  ended: CallView[];
  /** Dials `target` and waits for the microphone, returning the call id and its session. */
  dial(target: string): Promise<{ id: string; session: FakeSession }>;
  /** An incoming call from `from`, returning its id and session. */
  incoming(from: string, display?: string): { id: string; session: FakeSession };
  /** Dials `target` and has it answered. */
  established(target: string): Promise<{ id: string; session: FakeSession }>;
  view(id: string): CallView | undefined;
}

/** Lets pending promise chains (getUserMedia, re-INVITE callbacks) run. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) await Promise.resolve();
}

export function registeredPhone(profile: AccountProfile = testProfile()): Harness {
  const media = installFakeMedia();
  const { factory, uas } = fakeUaFactory();
  const phone = new Phone(factory);
  phone.connect(profile, { password: 'secret' });
  const ua = uas[0]!;
  ua.connectAndRegister();
  const changes: CallView[] = [];
  const ended: CallView[] = [];
  phone.events.on('call', (view) => changes.push(view));
  phone.events.on('callEnded', (view) => ended.push(view));
  const harness: Harness = {
    phone,
    ua,
    media,
    changes,
    ended,
    async dial(target) {
      const id = phone.calls.dial(profile.id, target, target);
      await settle();
      return { id, session: ua.last };
    },
    incoming(from, display) {
      const session = ua.receiveCall(from, display);
      const view = phone.calls.views().at(-1);
      return { id: view?.id ?? '', session };
    },
    async established(target) {
      const call = await harness.dial(target);
      call.session.remoteRinging();
      call.session.remoteAnswer();
      await settle();
      return call;
    },
    view: (id) => phone.calls.get(id)?.view,
  };
  return harness;
}
