/**
 * Test phones for the integration tests: created per test against one
 * PBX, and unregistered and closed after each test so no binding leaks into
 * the next one (the PBX would otherwise fork calls to a dead phone).
 */
import { afterEach, expect } from 'vitest';
import { TEST_DOMAIN, testExtension } from '../testbed/extensions';
import type { RunningPbx } from '../testbed/pbx';
import { TestPhone, type PhoneAccount } from '../testbed/sip/phone';
import { udpTransport, wsTransport } from '../testbed/sip/transport';

export interface PhoneFactory {
  /** A phone on UDP, as SIPp or baresip would be. */
  udp(user: string, account?: PhoneAccount): Promise<TestPhone>;
  /** A phone over WebSocket (subprotocol sip), as JsSIP would be. */
  ws(user: string): Promise<TestPhone>;
}

/** Call inside a describe block; `getPbx` is read when a phone is made. */
export function usePhones(getPbx: () => RunningPbx): PhoneFactory {
  const phones: TestPhone[] = [];
  afterEach(async () => {
    for (const phone of phones.splice(0)) {
      await phone.unregister().catch(() => undefined);
      await phone.close();
    }
  });
  const track = (phone: TestPhone): TestPhone => {
    phones.push(phone);
    return phone;
  };
  return {
    udp: async (user, account = testExtension(user)) =>
      track(new TestPhone(await udpTransport(getPbx().udpPort), account, TEST_DOMAIN)),
    ws: async (user) =>
      track(new TestPhone(await wsTransport(getPbx().wsUrl), testExtension(user), TEST_DOMAIN)),
  };
}

/** Registers the phone and insists on 200. */
export async function registered(phone: TestPhone): Promise<TestPhone> {
  const res = await phone.register();
  expect(res.status, `REGISTER ${phone.aor}`).toBe(200);
  return phone;
}
