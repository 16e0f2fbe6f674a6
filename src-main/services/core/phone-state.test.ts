import { describe, expect, it } from 'vitest';
import {
  defaultSettings,
  type CallSummary,
  type PhoneReport,
  type Settings,
} from '../../../src-preload/contract';
import type { TrayModelOptions, TrayState } from '../tray/tray-model';
import { createPhoneState, trayStateOf, voicemailOf } from './phone-state';

const ringing: CallSummary = {
  id: 'c1',
  accountId: 'a1',
  direction: 'incoming',
  state: 'ringing',
  number: '1006',
  muted: false,
};
const report = (over: Partial<PhoneReport> = {}): PhoneReport => ({
  lines: [{ accountId: 'a1', registration: 'registered' }],
  calls: [],
  ...over,
});

function setup() {
  let settings: Settings = defaultSettings();
  const trays: { state: TrayState; options: TrayModelOptions }[] = [];
  const popups: { calls: readonly CallSummary[]; incomingPopup: boolean }[] = [];
  const sleeps: (readonly CallSummary[])[] = [];
  const win = { visible: true };
  const phone = createPhoneState({
    tray: { update: (state, options) => trays.push({ state, options }) },
    popups: {
      update: ({ calls }, { incomingPopup }) => void popups.push({ calls, incomingPopup }),
    },
    sleep: { update: ({ calls }) => void sleeps.push(calls) },
    settings: { get: () => settings },
    windowVisible: () => win.visible,
  });
  const setSettings = (next: Settings) => (settings = next);
  return { phone, trays, popups, sleeps, win, setSettings, settings: () => settings };
}

describe('trayStateOf', () => {
  it('takes calls and lines from the report and the rest from what main owns', () => {
    expect(
      trayStateOf(
        report({
          lines: [{ accountId: 'a1', registration: 'failed', detail: '403 Forbidden' }],
          calls: [ringing],
        }),
        { missedCount: 3, doNotDisturb: true },
      ),
    ).toEqual({
      registration: 'failed',
      registrationDetail: '403 Forbidden',
      calls: [ringing],
      missedCount: 3,
      doNotDisturb: true,
    });
  });
});

describe('voicemailOf', () => {
  const settings = (accounts: { id: string; voicemailNumber?: string }[], profile?: string) =>
    ({
      accounts,
      provisioning: profile === undefined ? undefined : { voicemailNumber: profile },
    }) as unknown as Pick<Settings, 'accounts' | 'provisioning'>;
  const line = (accountId: string, newCount?: number, oldCount = 0) => ({
    accountId,
    registration: 'registered' as const,
    ...(newCount !== undefined && { voicemail: { newCount, oldCount } }),
  });

  it.each([
    ['nothing known', [line('a1')], settings([{ id: 'a1' }]), undefined],
    [
      'sums the lines, dials the line with new messages (its own number)',
      [line('a1', 0, 2), line('a2', 3, 1)],
      settings([
        { id: 'a1', voicemailNumber: '*98' },
        { id: 'a2', voicemailNumber: '8000' },
      ]),
      { newCount: 3, oldCount: 3, accountId: 'a2', number: '8000' },
    ],
    [
      "the profile's number when the line has none",
      [line('a1', 1)],
      settings([{ id: 'a1' }], '*97'),
      { newCount: 1, oldCount: 0, accountId: 'a1', number: '*97' },
    ],
    [
      'a number but no mailbox yet',
      [line('a1')],
      settings([{ id: 'a1', voicemailNumber: '*97' }]),
      { newCount: 0, oldCount: 0, accountId: 'a1', number: '*97' },
    ],
    [
      'a mailbox but no number',
      [line('a1', 2)],
      settings([{ id: 'a1' }]),
      { newCount: 2, oldCount: 0, accountId: 'a1' },
    ],
  ])('%s', (_name, lines, known, expected) => {
    expect(voicemailOf(report({ lines }), known)).toEqual(expected);
  });
});

describe('createPhoneState', () => {
  it('sends a report to the tray, the popups and display sleep', () => {
    const t = setup();
    t.phone.report(report({ calls: [ringing] }));
    expect(t.trays.at(-1)?.state).toMatchObject({ registration: 'registered', calls: [ringing] });
    expect(t.popups.at(-1)).toEqual({ calls: [ringing], incomingPopup: true });
    expect(t.sleeps.at(-1)).toEqual([ringing]);
  });

  it('reads do-not-disturb from settings on every refresh, with no report needed', () => {
    const t = setup();
    t.phone.refreshTray();
    expect(t.trays.at(-1)?.state.doNotDisturb).toBe(false);
    const s = t.settings();
    t.setSettings({ ...s, calling: { ...s.calling, doNotDisturb: true } });
    t.phone.refresh();
    expect(t.trays.at(-1)?.state).toMatchObject({ doNotDisturb: true, registration: 'offline' });
  });

  it('shows the history summary and keeps it across reports', () => {
    const t = setup();
    const recentCalls = [{ number: '1006', outcome: 'missed' as const }];
    t.phone.setHistory({ missedCount: 2, recentCalls });
    expect(t.trays.at(-1)?.state.missedCount).toBe(2);
    t.phone.report(report());
    expect(t.trays.at(-1)?.state.missedCount).toBe(2);
    expect(t.trays.at(-1)?.options.recentCalls).toEqual(recentCalls);
  });

  it('gives the tray the default country, so recent national numbers redial as dialled', () => {
    const t = setup();
    const s = t.settings();
    t.setSettings({ ...s, calling: { ...s.calling, defaultCountry: 'DE' } });
    t.phone.refresh();
    expect(t.trays.at(-1)?.options.defaultCountry).toBe('DE');
  });

  it('follows the popup setting and the window', () => {
    const t = setup();
    t.phone.report(report({ calls: [ringing] }));
    const s = t.settings();
    t.setSettings({ ...s, desktop: { ...s.desktop, incomingPopup: false } });
    t.win.visible = false;
    t.phone.refresh();
    expect(t.popups.at(-1)).toEqual({ calls: [ringing], incomingPopup: false });
    expect(t.trays.at(-1)?.options.windowVisible).toBe(false);
  });

  it('works without a tray', () => {
    const phone = createPhoneState({
      popups: { update: () => {} },
      sleep: { update: () => {} },
      settings: { get: defaultSettings },
      windowVisible: () => true,
    });
    expect(() => phone.report(report())).not.toThrow();
  });
});
