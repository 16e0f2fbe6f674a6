// @vitest-environment happy-dom
import type { IncomingRequest } from 'jssip/lib/SIPMessage';
import { describe, expect, it, vi } from 'vitest';
import { LinePresence, type PresenceSubscriber, type PresenceUa } from './presence';

type Listener = (...args: never[]) => void;

/** A stand-in for JsSIP's Subscriber: records what it was asked, lets the test deliver NOTIFYs. */
class FakeSubscriber implements PresenceSubscriber {
  readonly listeners = new Map<string, Listener>();
  subscribed = 0;
  terminated = 0;
  constructor(
    readonly target: string,
    readonly event: string,
  ) {}
  on(event: string, listener: Listener): this {
    this.listeners.set(event, listener);
    return this;
  }
  subscribe(): void {
    this.subscribed += 1;
  }
  terminate(): void {
    this.terminated += 1;
  }
  notify(body: string): void {
    (this.listeners.get('notify') as (f: boolean, r: unknown, b: string) => void)(false, {}, body);
  }
  end(code = 2): void {
    (this.listeners.get('terminated') as (code: number) => void)(code);
  }
}

function fakeUa() {
  const subscribers: FakeSubscriber[] = [];
  let sipEvent: ((event: { event?: { event?: string }; request: IncomingRequest }) => void) | null =
    null;
  const ua: PresenceUa = {
    subscribe: (target, event) => {
      const subscriber = new FakeSubscriber(target, event);
      subscribers.push(subscriber);
      return subscriber;
    },
    on: (_event, listener) => (sipEvent = listener),
  };
  const unsolicited = (event: string, body: string) =>
    sipEvent?.({ event: { event }, request: { body } as IncomingRequest });
  return { ua, subscribers, unsolicited };
}

const AOR = { extension: '1003', domain: 'softphone.test' };
const dialogInfo = (state: string) =>
  `<dialog-info xmlns="urn:ietf:params:xml:ns:dialog-info" version="1" state="full" entity="sip:1002@softphone.test"><dialog id="d" direction="recipient"><state>${state}</state></dialog></dialog-info>`;

describe('LinePresence', () => {
  it('subscribes to its own mailbox and each watched extension once started', () => {
    const { ua, subscribers } = fakeUa();
    new LinePresence(AOR, ['1002', '1002', '1004'], () => {}).start(ua);
    expect(subscribers.map((s) => [s.target, s.event, s.subscribed])).toEqual([
      ['sip:1003@softphone.test', 'message-summary', 1],
      ['sip:1002@softphone.test', 'dialog', 1],
      ['sip:1004@softphone.test', 'dialog', 1],
    ]);
  });

  it('reports MWI from the subscription and from unsolicited NOTIFY; logs and ignores a bad body', () => {
    const { ua, subscribers, unsolicited } = fakeUa();
    const log = vi.fn();
    const presence = new LinePresence(AOR, [], log);
    const seen: unknown[] = [];
    presence.events.on('mwi', (summary) => seen.push(summary));
    presence.start(ua);
    subscribers[0]!.notify('Messages-Waiting: yes\r\nVoice-Message: 3/1\r\n');
    subscribers[0]!.notify('Messages-Waiting: perhaps\r\n');
    unsolicited('message-summary', 'Messages-Waiting: no\r\nVoice-Message: 0/4\r\n');
    unsolicited('check-sync', 'Messages-Waiting: yes\r\n');
    expect(seen).toEqual([
      { waiting: true, newCount: 3, oldCount: 1 },
      { waiting: false, newCount: 0, oldCount: 4 },
    ]);
    expect(log).toHaveBeenCalledWith(expect.stringMatching(/message-summary ignored/));
  });

  it('turns dialog-info into lamp states and ignores a malformed one', () => {
    const { ua, subscribers } = fakeUa();
    const log = vi.fn();
    const presence = new LinePresence(AOR, ['1002'], log);
    const lamps: string[] = [];
    presence.events.on('lamp', ({ extension, state }) => lamps.push(`${extension}:${state}`));
    presence.start(ua);
    const lamp = subscribers[1]!;
    lamp.notify(dialogInfo('early'));
    lamp.notify('<dialog-info');
    lamp.notify(dialogInfo('confirmed'));
    lamp.notify(dialogInfo('terminated'));
    expect(lamps).toEqual(['1002:ringing', '1002:busy', '1002:idle']);
    expect(log).toHaveBeenCalledWith(expect.stringMatching(/dialog-info for 1002 ignored/));
  });

  it('watches and unwatches as the list changes, and unsubscribes everything on stop', () => {
    const { ua, subscribers } = fakeUa();
    const presence = new LinePresence(AOR, ['1002'], () => {});
    presence.start(ua);
    presence.setWatched(['1004']);
    expect(subscribers[1]!.terminated).toBe(1);
    expect(subscribers[2]!.target).toBe('sip:1004@softphone.test');
    presence.stop();
    expect(subscribers[0]!.terminated).toBe(1);
    expect(subscribers[2]!.terminated).toBe(1);
  });

  it('subscribes again a while after the server ends a subscription', () => {
    vi.useFakeTimers();
    try {
      const { ua, subscribers } = fakeUa();
      const presence = new LinePresence(AOR, ['1002'], () => {});
      presence.start(ua);
      subscribers[1]!.end();
      expect(subscribers).toHaveLength(2);
      vi.advanceTimersByTime(30_000);
      expect(subscribers.map((s) => s.target).at(-1)).toBe('sip:1002@softphone.test');
      expect(subscribers).toHaveLength(3);
      presence.stop();
    } finally {
      vi.useRealTimers();
    }
  });
});
