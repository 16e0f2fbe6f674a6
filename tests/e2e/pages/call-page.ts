import { expect, type Locator, type Page } from '@playwright/test';

/** What window.__softphoneDebug.stats() returns for one call (src-renderer/sip/debug-hook.ts). */
export interface RtpCounters {
  callId: string;
  phase: string;
  bytesReceived: number;
  bytesSent: number;
  packetsReceived: number;
  audioEnergy: number;
  dtmfReceived?: string;
  iceWaitMs?: number;
  iceCapped?: boolean;
  microphoneId?: string;
  iceRestarts?: number;
}

/** The page's globals we read in page.evaluate (this file is type-checked as Node code, without DOM types). */
interface DebugWindow {
  navigator: {
    mediaDevices: {
      enumerateDevices(): Promise<{ kind: string; label: string; deviceId: string }[]>;
    };
  };
  localStorage: { getItem(key: string): string | null };
  __softphoneDebug?: {
    stats(): Promise<RtpCounters[]>;
    tones(): { ringer?: string; speaker?: string };
    toneStarts(): Record<string, number>;
    devices(): { microphoneId?: string; speakerId?: string; ringerId?: string };
    clearSipTrace(): void;
  };
}

/** The letters a keypad key shows, which are part of its accessible name ("2 ABC", WCAG 2.5.3). */
const KEY_LETTERS: Record<string, string> = {
  '0': '+',
  '2': 'ABC',
  '3': 'DEF',
  '4': 'GHI',
  '5': 'JKL',
  '6': 'MNO',
  '7': 'PQRS',
  '8': 'TUV',
  '9': 'WXYZ',
};

/** The accessible name of the keypad key for `key`: "2 ABC", "0 +", "#". */
export function keypadKeyName(key: string): string {
  const letters = KEY_LETTERS[key];
  return letters ? `${key} ${letters}` : key;
}

/**
 * The phone screen: the dial pad, the call cards and their controls, the history list, found by
 * role and accessible name as the issue fixes them ("Number", "Call", "Answer", "Hang up"...).
 * RTP counters, which no text on screen shows, come from the engine's read-only debug hook.
 */
export class CallPage {
  readonly numberField: Locator;
  readonly callButton: Locator;
  readonly cards: Locator;

  constructor(readonly page: Page) {
    this.numberField = page.getByLabel('Number', { exact: true });
    this.callButton = page.getByRole('button', { name: 'Call', exact: true });
    this.cards = page.getByRole('article');
  }

  async dial(target: string): Promise<void> {
    await this.numberField.fill(target);
    await this.callButton.click();
  }

  /** The card of the call with this party (name or number shown on it). */
  call(party: string | RegExp): Locator {
    return this.cards.filter({ hasText: party });
  }

  /** The one ringing incoming call (it offers Answer). */
  get ringingCall(): Locator {
    return this.cards.filter({
      has: this.page.getByRole('button', { name: 'Answer', exact: true }),
    });
  }

  button(card: Locator, name: string): Locator {
    return card.getByRole('button', { name, exact: true });
  }

  /** Dials `number`, has `callee` answer, and waits until our card for the call is live. */
  async callAnswered(number: string, callee: CallPage): Promise<Locator> {
    await this.dial(number);
    await callee.answer();
    const card = this.call(number);
    await expect(this.button(card, 'Hold')).toBeVisible();
    return card;
  }

  async answer(card: Locator = this.ringingCall): Promise<void> {
    await this.button(card, 'Answer').click();
  }

  async decline(card: Locator = this.ringingCall): Promise<void> {
    await this.button(card, 'Decline').click();
  }

  async hangUp(card: Locator = this.cards.first()): Promise<void> {
    await this.button(card, 'Hang up').click();
  }

  async hold(card: Locator = this.cards.first()): Promise<void> {
    await this.button(card, 'Hold').click();
    await expect(this.button(card, 'Resume')).toBeVisible();
  }

  async resume(card: Locator = this.cards.first()): Promise<void> {
    await this.button(card, 'Resume').click();
    await expect(this.button(card, 'Hold')).toBeVisible();
  }

  async mute(card: Locator = this.cards.first()): Promise<void> {
    await this.button(card, 'Mute').click();
    await expect(this.button(card, 'Unmute')).toBeVisible();
  }

  async unmute(card: Locator = this.cards.first()): Promise<void> {
    await this.button(card, 'Unmute').click();
    await expect(this.button(card, 'Mute')).toBeVisible();
  }

  /** Opens the call's keypad (if closed) and presses the keys one by one. */
  async pressKeys(keys: string, card: Locator = this.cards.first()): Promise<void> {
    const keypad = this.button(card, 'Keypad');
    if ((await keypad.getAttribute('aria-expanded')) !== 'true') await keypad.click();
    for (const key of keys) {
      await this.button(card, keypadKeyName(key)).click();
      // Keys pressed faster than RFC 4733 events last are queued by the browser; pace like a person.
      await this.page.waitForTimeout(250);
    }
  }

  async openTransfer(card: Locator, target: string): Promise<void> {
    await this.button(card, 'Transfer').click();
    await card.getByLabel('Transfer to', { exact: true }).fill(target);
  }

  async blindTransfer(card: Locator, target: string): Promise<void> {
    await this.openTransfer(card, target);
    await this.button(card, 'Blind transfer').click();
  }

  async consult(card: Locator, target: string): Promise<void> {
    await this.openTransfer(card, target);
    await this.button(card, 'Consult').click();
  }

  async completeTransfer(consultCard: Locator): Promise<void> {
    await this.button(consultCard, 'Complete transfer').click();
  }

  async cancelTransfer(consultCard: Locator): Promise<void> {
    await this.button(consultCard, 'Cancel transfer').click();
  }

  async mergeCalls(): Promise<void> {
    await this.page.getByRole('button', { name: 'Merge calls', exact: true }).click();
  }

  /** Live counters of every call on this page. */
  stats(): Promise<RtpCounters[]> {
    return this.page.evaluate(async () => {
      const hook = (globalThis as unknown as DebugWindow).__softphoneDebug;
      if (!hook) throw new Error('window.__softphoneDebug is missing: is this the softphone?');
      return hook.stats();
    });
  }

  tones(): Promise<{ ringer?: string; speaker?: string }> {
    return this.page.evaluate(
      () => (globalThis as unknown as DebugWindow).__softphoneDebug?.tones() ?? {},
    );
  }

  /** Empties the page's recent-SIP-trace ring (bounded by design; left out of leak tests). */
  clearSipTrace(): Promise<void> {
    return this.page.evaluate(() =>
      (globalThis as unknown as DebugWindow).__softphoneDebug?.clearSipTrace(),
    );
  }

  /** How many times each tone has started on this page since it loaded ({ ring: 1 }). */
  toneStarts(): Promise<Record<string, number>> {
    return this.page.evaluate(
      () => (globalThis as unknown as DebugWindow).__softphoneDebug?.toneStarts() ?? {},
    );
  }

  devicesInUse(): Promise<{ microphoneId?: string; speakerId?: string; ringerId?: string }> {
    return this.page.evaluate(
      () => (globalThis as unknown as DebugWindow).__softphoneDebug?.devices() ?? {},
    );
  }

  /** The id of the audio device with this label, as this page sees it. */
  deviceId(kind: 'audioinput' | 'audiooutput', label: string): Promise<string | undefined> {
    return this.page.evaluate(
      async ([kind, label]) => {
        const devices = await (
          globalThis as unknown as DebugWindow
        ).navigator.mediaDevices.enumerateDevices();
        return devices.find((device) => device.kind === kind && device.label === label)?.deviceId;
      },
      [kind, label] as const,
    );
  }

  /** A section of the web build's saved settings (localStorage), as the app will read it next time. */
  savedSettings(section: string): Promise<unknown> {
    return this.page.evaluate((key) => {
      const text = (globalThis as unknown as DebugWindow).localStorage.getItem(
        'softphone.settings',
      );
      return (JSON.parse(text ?? '{}') as Record<string, unknown>)[key];
    }, section);
  }

  /** The counters of the page's only live call (fails if there is not exactly one). */
  async onlyCall(): Promise<RtpCounters> {
    const calls = (await this.stats()).filter((call) => call.phase !== 'ended');
    expect(calls, 'exactly one call on this page').toHaveLength(1);
    return calls[0]!;
  }

  /**
   * Waits until the received audio of the page's calls (all of them, or the one `callId`) keeps
   * growing: RTP bytes and, unless `energy` is false, audible energy. What a user notices as
   * "I can hear them".
   */
  async expectHearing(
    options: { callId?: string; energy?: boolean; timeout?: number } = {},
  ): Promise<void> {
    const measure = async () => {
      const calls = (await this.stats()).filter(
        (call) => !options.callId || call.callId === options.callId,
      );
      return {
        bytes: calls.reduce((sum, call) => sum + call.bytesReceived, 0),
        energy: calls.reduce((sum, call) => sum + call.audioEnergy, 0),
      };
    };
    await expect(async () => {
      const before = await measure();
      await this.page.waitForTimeout(700);
      const after = await measure();
      expect(after.bytes, 'RTP bytes received keep growing').toBeGreaterThan(before.bytes + 1000);
      if (options.energy !== false)
        expect(after.energy, 'received audio is audible').toBeGreaterThan(before.energy);
    }).toPass({ timeout: options.timeout ?? 10_000 });
  }

  /** Waits until the far end is inaudible here: received audio energy stops growing. */
  async expectSilence(options: { callId?: string; timeout?: number } = {}): Promise<void> {
    const energy = async () =>
      (await this.stats())
        .filter((call) => !options.callId || call.callId === options.callId)
        .reduce((sum, call) => sum + call.audioEnergy, 0);
    await expect(async () => {
      const before = await energy();
      await this.page.waitForTimeout(1000);
      expect(await energy(), 'no audible audio arrives').toBeLessThan(before + 1e-4);
    }).toPass({ timeout: options.timeout ?? 10_000 });
  }

  // ---- history ----

  async openHistory(): Promise<Locator> {
    await this.page
      .getByRole('navigation')
      .getByRole('button', { name: /^History/ })
      .click();
    return this.page.getByRole('list', { name: 'Call history' });
  }

  async openSettings(): Promise<void> {
    await this.page
      .getByRole('navigation')
      .getByRole('button', { name: /^Settings/ })
      .click();
  }

  async openPhone(): Promise<void> {
    await this.page
      .getByRole('navigation')
      .getByRole('button', { name: /^Phone/ })
      .click();
  }

  /** The history entry that mentions `party` and `outcome` ("Outgoing · Busy"). */
  async expectHistoryEntry(party: string | RegExp, meta: string | RegExp): Promise<void> {
    const list = await this.openHistory();
    await expect(
      list.getByRole('listitem').filter({ hasText: party }).filter({ hasText: meta }).first(),
    ).toBeVisible();
    await this.openPhone();
  }
}
