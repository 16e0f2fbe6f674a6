import { describe, expect, it, vi } from 'vitest';
import type { CallSummary } from '../../../src-preload/contract';
import {
  overallRegistration,
  trayModel,
  type MenuItemModel,
  type TrayIconState,
  type TrayState,
} from './tray-model';
import { TrayService } from './tray-service';

const idle: TrayState = {
  registration: 'registered',
  calls: [],
  missedCount: 0,
  doNotDisturb: false,
};
const call = (over: Partial<CallSummary>): CallSummary => ({
  id: 'c1',
  accountId: 'a1',
  direction: 'incoming',
  state: 'ringing',
  number: '+12025550100',
  muted: false,
  ...over,
});
const opts = { windowVisible: true, recentCalls: [] };
const find = (items: MenuItemModel[], id: string) => items.find((item) => item.id === id);

describe('trayModel icon and tooltip', () => {
  const rows: [string, TrayState, TrayIconState, RegExp][] = [
    ['ready', idle, 'registered', /^Softphone - Ready$/],
    ['dnd', { ...idle, doNotDisturb: true }, 'dnd', /Ready · Do not disturb/],
    [
      'missed beats dnd',
      { ...idle, doNotDisturb: true, missedCount: 2 },
      'missed',
      /2 missed calls/,
    ],
    ['one missed', { ...idle, missedCount: 1 }, 'missed', /1 missed call(?!s)/],
    [
      'offline beats missed',
      { ...idle, registration: 'offline', missedCount: 3 },
      'offline',
      /Offline · 3 missed/,
    ],
    ['connecting is offline', { ...idle, registration: 'connecting' }, 'offline', /Connecting…/],
    [
      'failed shows detail',
      { ...idle, registration: 'failed', registrationDetail: 'Wrong password for 1001' },
      'offline',
      /Not connected: Wrong password for 1001/,
    ],
    [
      'ringing',
      { ...idle, calls: [call({ name: 'Alice' })] },
      'in-call',
      /Incoming call from Alice/,
    ],
    [
      'active beats offline',
      { ...idle, registration: 'failed', calls: [call({ state: 'active' })] },
      'in-call',
      /In call with \+12025550100/,
    ],
    [
      'held',
      { ...idle, calls: [call({ state: 'held', name: 'Bob' })] },
      'in-call',
      /On hold with Bob/,
    ],
    [
      'dialing',
      { ...idle, calls: [call({ state: 'dialing', direction: 'outgoing' })] },
      'in-call',
      /Calling/,
    ],
    [
      'two calls',
      { ...idle, calls: [call({ state: 'active' }), call({ id: 'c2' })] },
      'in-call',
      /2 calls/,
    ],
    [
      'ended call is not live',
      { ...idle, calls: [call({ state: 'ended' })] },
      'registered',
      /Ready/,
    ],
  ];
  it.each(rows)('%s', (_name, snapshot, icon, tooltip) => {
    const model = trayModel(snapshot, opts);
    expect(model.icon).toBe(icon);
    expect(model.tooltip).toMatch(tooltip);
    expect(model.badgeCount).toBe(snapshot.missedCount);
  });

  it('keeps tooltips within the Windows limit and free of control or bidi characters', () => {
    const hostileName = `Eve\u202e\n${'x'.repeat(300)}`;
    const model = trayModel(
      { ...idle, missedCount: 9, doNotDisturb: true, calls: [call({ name: hostileName })] },
      opts,
    );
    expect(model.tooltip.length).toBeLessThanOrEqual(127);
    // eslint-disable-next-line no-control-regex -- asserting no control characters
    expect(model.tooltip).not.toMatch(/[\u0000-\u001f\u202e]/);
  });
});

describe('trayModel menu', () => {
  it('offers show or hide depending on the window', () => {
    expect(
      find(trayModel(idle, { ...opts, windowVisible: false }).menu, 'toggle-window')?.label,
    ).toBe('Show Softphone');
    expect(find(trayModel(idle, opts).menu, 'toggle-window')?.label).toBe('Hide Softphone');
  });

  it('has a do-not-disturb checkbox reflecting the snapshot', () => {
    const item = find(trayModel({ ...idle, doNotDisturb: true }, opts).menu, 'dnd');
    expect(item).toMatchObject({
      type: 'checkbox',
      checked: true,
      command: { kind: 'toggle-dnd' },
    });
  });

  it('offers answer for a ringing call and hang up for a live one', () => {
    const menu = trayModel(
      {
        ...idle,
        calls: [call({ id: 'r', name: 'Alice' }), call({ id: 'x', state: 'active', name: 'Bob' })],
      },
      opts,
    ).menu;
    expect(find(menu, 'answer')).toMatchObject({
      label: 'Answer Alice',
      command: { kind: 'answer', callId: 'r' },
    });
    expect(find(menu, 'hangup')).toMatchObject({
      label: 'Hang up Bob',
      command: { kind: 'hangup', callId: 'x' },
    });
    expect(find(trayModel(idle, opts).menu, 'answer')).toBeUndefined();
  });

  it('lists recent calls that dial on click, escapes & and disables undiallable numbers', () => {
    const menu = trayModel(idle, {
      ...opts,
      recentCalls: [
        { number: '+1 202 555 0100', name: 'Tom & Jerry', outcome: 'missed' },
        { number: 'alice@example.com', outcome: 'answered' },
        { number: '*72+12025550199', name: 'Spoofed', outcome: 'missed' },
      ],
    }).menu;
    const recent = find(menu, 'recent')?.submenu ?? [];
    expect(recent[0]).toMatchObject({
      label: 'Tom && Jerry (+1 202 555 0100) · missed',
      command: { kind: 'dial', target: '+12025550100' },
    });
    expect(recent[1]).toMatchObject({
      label: 'alice@example.com',
      command: { kind: 'dial', target: 'sip:alice@example.com' },
    });
    expect(recent[2]).toMatchObject({ enabled: false });
    expect(recent[2]?.command).toBeUndefined();
  });

  it('redials a national number from history in the default country', () => {
    const recentCalls = [{ number: '(202) 555-0100', outcome: 'missed' as const }];
    const recent = (country?: string) =>
      find(trayModel(idle, { ...opts, recentCalls, defaultCountry: country }).menu, 'recent')
        ?.submenu?.[0];
    expect(recent('US')).toMatchObject({ command: { kind: 'dial', target: '+12025550100' } });
    expect(recent('GB')).toMatchObject({ command: { kind: 'dial', target: '+442025550100' } });
    // Without a country the digits went out as they stood, which the PBX reads as a national call.
    expect(recent(undefined)).toMatchObject({ command: { kind: 'dial', target: '2025550100' } });
  });

  it('caps recent calls and shows a disabled placeholder when there are none', () => {
    const many = Array.from({ length: 25 }, (_, i) => ({
      number: `10${i}`,
      outcome: 'answered' as const,
    }));
    expect(
      find(trayModel(idle, { ...opts, recentCalls: many }).menu, 'recent')?.submenu,
    ).toHaveLength(10);
    expect(find(trayModel(idle, opts).menu, 'recent')?.submenu).toEqual([
      { id: 'recent-none', type: 'normal', label: 'No recent calls', enabled: false },
    ]);
  });

  it('offers the customer portal only when the profile has one', () => {
    expect(find(trayModel(idle, opts).menu, 'portal')).toBeUndefined();
    expect(find(trayModel(idle, { ...opts, portal: true }).menu, 'portal')).toEqual({
      id: 'portal',
      type: 'normal',
      label: 'Open customer portal',
      command: { kind: 'open-portal' },
    });
  });

  it('ends with quit, and every item has a unique id', () => {
    const menu = trayModel(
      { ...idle, calls: [call({}), call({ id: 'b', state: 'active' })] },
      opts,
    ).menu;
    expect(menu.at(-1)).toMatchObject({ id: 'quit', command: { kind: 'quit' } });
    const ids = menu.map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('TrayService', () => {
  const setup = () => {
    const tray = { setImage: vi.fn(), setToolTip: vi.fn(), setContextMenu: vi.fn() };
    const badge = { setBadgeCount: vi.fn() };
    const menuBuilder = { build: vi.fn((items: readonly MenuItemModel[]) => ({ built: items })) };
    const onCommand = vi.fn();
    const service = new TrayService({ tray, menuBuilder, onCommand, badge });
    return { tray, badge, menuBuilder, onCommand, service };
  };

  it('applies everything on the first update', () => {
    const { tray, badge, menuBuilder, service, onCommand } = setup();
    service.update(idle, opts);
    expect(tray.setImage).toHaveBeenCalledWith('registered');
    expect(tray.setToolTip).toHaveBeenCalledWith('Softphone - Ready');
    expect(badge.setBadgeCount).toHaveBeenCalledWith(0);
    expect(menuBuilder.build).toHaveBeenCalledWith(expect.any(Array), onCommand);
    expect(tray.setContextMenu).toHaveBeenCalledTimes(1);
  });

  it('does nothing when the same state is reported again', () => {
    const { tray, badge, menuBuilder, service } = setup();
    service.update(idle, opts);
    service.update({ ...idle, calls: [] }, { windowVisible: true, recentCalls: [] });
    expect(tray.setImage).toHaveBeenCalledTimes(1);
    expect(tray.setToolTip).toHaveBeenCalledTimes(1);
    expect(badge.setBadgeCount).toHaveBeenCalledTimes(1);
    expect(menuBuilder.build).toHaveBeenCalledTimes(1);
  });

  it('changes only the parts that differ', () => {
    const { tray, badge, menuBuilder, service } = setup();
    service.update(idle, opts);
    service.update(idle, { ...opts, windowVisible: false });
    expect(menuBuilder.build).toHaveBeenCalledTimes(2);
    expect(tray.setImage).toHaveBeenCalledTimes(1);
    expect(tray.setToolTip).toHaveBeenCalledTimes(1);

    service.update({ ...idle, missedCount: 1 }, { ...opts, windowVisible: false });
    expect(tray.setImage).toHaveBeenLastCalledWith('missed');
    expect(badge.setBadgeCount).toHaveBeenLastCalledWith(1);
    expect(menuBuilder.build).toHaveBeenCalledTimes(2);
    expect(service.model?.icon).toBe('missed');
  });

  it('works without a badge port', () => {
    const tray = { setImage: vi.fn(), setToolTip: vi.fn(), setContextMenu: vi.fn() };
    const service = new TrayService({
      tray,
      menuBuilder: { build: () => 'menu' },
      onCommand: vi.fn(),
    });
    expect(() => service.update({ ...idle, missedCount: 4 }, opts)).not.toThrow();
    expect(tray.setContextMenu).toHaveBeenCalledWith('menu');
  });
});

describe('overallRegistration', () => {
  const line = (registration: TrayState['registration'], detail?: string) =>
    detail ? { accountId: 'a', registration, detail } : { accountId: 'a', registration };
  it.each([
    [[], { registration: 'offline' }],
    [[line('failed', '403 Forbidden'), line('registered')], { registration: 'registered' }],
    [[line('failed'), line('connecting')], { registration: 'connecting' }],
    [
      [line('offline'), line('failed'), line('failed', 'Wrong password for 1002')],
      { registration: 'failed', registrationDetail: 'Wrong password for 1002' },
    ],
  ] as const)('%j -> %j', (lines, expected) => {
    expect(overallRegistration(lines)).toEqual(expected);
  });
});

describe('trayModel voicemail', () => {
  const voicemail = { newCount: 3, oldCount: 1, accountId: 'a1', number: '*97' };

  it('counts new voicemail in the badge and the tooltip, with missed calls', () => {
    const model = trayModel({ ...idle, missedCount: 2, voicemail }, opts);
    expect(model.badgeCount).toBe(5);
    expect(model.tooltip).toMatch(/2 missed calls · 3 new voicemails/);
    expect(trayModel({ ...idle, voicemail: { ...voicemail, newCount: 1 } }, opts).tooltip).toMatch(
      /1 new voicemail(?!s)/,
    );
  });

  it('"Call voicemail" dials the line’s number from that line; disabled without one', () => {
    expect(find(trayModel({ ...idle, voicemail }, opts).menu, 'voicemail')).toEqual({
      id: 'voicemail',
      type: 'normal',
      label: 'Call voicemail',
      command: { kind: 'dial', target: '*97', accountId: 'a1' },
    });
    const { number: _none, ...withoutNumber } = voicemail;
    expect(
      find(trayModel({ ...idle, voicemail: withoutNumber }, opts).menu, 'voicemail'),
    ).toMatchObject({
      enabled: false,
    });
  });

  it('no mailbox and no number: no badge count, no item, nothing in the tooltip', () => {
    const model = trayModel({ ...idle, voicemail: { ...voicemail, newCount: 0 } }, opts);
    expect(model.badgeCount).toBe(0);
    expect(model.tooltip).not.toMatch(/voicemail/);
    expect(find(trayModel(idle, opts).menu, 'voicemail')).toBeUndefined();
  });
});
