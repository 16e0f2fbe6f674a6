import { describe, expect, it, vi } from 'vitest';
import type { CallSummary, PhoneReport } from '../../../src-preload/contract';
import type { Rect } from './popup-layout';
import { PopupService, type IncomingNotification, type PopupContent } from './popup-service';

const area: Rect = { x: 0, y: 0, width: 1920, height: 1040 };
const ringing = (id: string, over: Partial<CallSummary> = {}): CallSummary => ({
  id,
  accountId: 'a1',
  direction: 'incoming',
  state: 'ringing',
  number: `+1555010${id.slice(-1)}`,
  muted: false,
  ...over,
});
const snap = (...calls: CallSummary[]): PhoneReport => ({
  lines: [],
  calls,
});
const POPUP = { incomingPopup: true };
const NOTIFY = { incomingPopup: false };

interface FakeWindow {
  content: PopupContent;
  bounds: Rect;
  closed: boolean;
  dismiss: () => void;
}

function setup() {
  const windows: FakeWindow[] = [];
  const notes: { note: IncomingNotification; closed: boolean; click: () => void }[] = [];
  const onCommand = vi.fn();
  const service = new PopupService({
    platform: 'win32',
    placement: {
      current: () => ({
        workArea: area,
        displayBounds: { ...area, height: 1080 },
        trayBounds: null,
      }),
    },
    windows: {
      open: (content, bounds, onDismissed) => {
        // A user dismissal closes the real window first, then tells the service.
        const w: FakeWindow = {
          content,
          bounds,
          closed: false,
          dismiss: () => ((w.closed = true), onDismissed()),
        };
        windows.push(w);
        return {
          update: (c, b) => Object.assign(w, { content: c, bounds: b }),
          close: () => void (w.closed = true),
        };
      },
    },
    notifier: {
      show: (note, click) => {
        const entry = { note, closed: false, click };
        notes.push(entry);
        return { close: () => void (entry.closed = true) };
      },
    },
    onCommand,
  });
  const open = () => windows.filter((w) => !w.closed);
  return { service, windows, notes, onCommand, open };
}

describe('PopupService popups', () => {
  it('opens one popup per ringing incoming call, newest nearest the corner', () => {
    const { service, open } = setup();
    service.update(snap(ringing('c1', { name: 'Alice' })), POPUP);
    service.update(snap(ringing('c1', { name: 'Alice' }), ringing('c2')), POPUP);
    expect(open().map((w) => w.content.callId)).toEqual(['c1', 'c2']);
    const byId = Object.fromEntries(open().map((w) => [w.content.callId, w.bounds.y]));
    expect(byId.c2).toBeGreaterThan(byId.c1!); // bottom-right corner: newest lowest
    expect(open()[0]?.content).toEqual({
      callId: 'c1',
      accountId: 'a1',
      number: '+15550101',
      name: 'Alice',
      moreCount: 0,
    });
    expect(service.openPopups).toEqual(['c2', 'c1']);
  });

  it('ignores outgoing and non-ringing calls', () => {
    const { service, open } = setup();
    service.update(
      snap(
        ringing('c1', { direction: 'outgoing' }),
        ringing('c2', { state: 'active' }),
        ringing('c3', { state: 'dialing' }),
      ),
      POPUP,
    );
    expect(open()).toHaveLength(0);
  });

  it.each([
    ['answered (here or elsewhere)', (c: CallSummary) => snap({ ...c, state: 'active' })],
    ['ended (declined, cancelled)', (c: CallSummary) => snap({ ...c, state: 'ended' })],
    ['gone from the snapshot', () => snap()],
  ])('closes the popup when the call is %s', (_name, next) => {
    const { service, open } = setup();
    const call = ringing('c1');
    service.update(snap(call), POPUP);
    expect(open()).toHaveLength(1);
    service.update(next(call), POPUP);
    expect(open()).toHaveLength(0);
  });

  it('does not reopen or touch popups when the same snapshot repeats', () => {
    const { service, windows } = setup();
    const s = snap(ringing('c1'));
    service.update(s, POPUP);
    const before = { ...windows[0]! };
    service.update(snap(ringing('c1')), POPUP);
    expect(windows).toHaveLength(1);
    expect(windows[0]).toEqual(before);
  });

  it('restacks when a call in the middle stops ringing', () => {
    const { service, open } = setup();
    service.update(snap(ringing('c1'), ringing('c2'), ringing('c3')), POPUP);
    const lowest = open().find((w) => w.content.callId === 'c3')!.bounds.y;
    service.update(snap(ringing('c1'), ringing('c3')), POPUP);
    const c1 = open().find((w) => w.content.callId === 'c1')!;
    expect(open()).toHaveLength(2);
    expect(c1.bounds.y).toBe(lowest - 118); // moved down into the freed slot
  });

  it('caps at four popups with "+N more" on the farthest, and promotes hidden calls', () => {
    const { service, open } = setup();
    const calls = ['c1', 'c2', 'c3', 'c4', 'c5', 'c6'].map((id) => ringing(id));
    service.update(snap(...calls), POPUP);
    expect(
      open()
        .map((w) => w.content.callId)
        .sort(),
    ).toEqual(['c3', 'c4', 'c5', 'c6']);
    expect(open().find((w) => w.content.callId === 'c3')?.content.moreCount).toBe(2);
    expect(open().filter((w) => w.content.moreCount > 0)).toHaveLength(1);

    service.update(snap(...calls.filter((c) => c.id !== 'c6')), POPUP);
    expect(
      open()
        .map((w) => w.content.callId)
        .sort(),
    ).toEqual(['c2', 'c3', 'c4', 'c5']);
    expect(open().find((w) => w.content.callId === 'c2')?.content.moreCount).toBe(1);
    expect(open().find((w) => w.content.callId === 'c3')?.content.moreCount).toBe(0);
  });

  it('does not bring back a popup the user dismissed, and restacks the rest', () => {
    const { service, open, windows } = setup();
    service.update(snap(ringing('c1'), ringing('c2')), POPUP);
    windows.find((w) => w.content.callId === 'c2')!.dismiss();
    expect(open().map((w) => w.content.callId)).toEqual(['c1']);
    expect(open()[0]?.bounds.y).toBe(1040 - 12 - 110);
    service.update(snap(ringing('c1'), ringing('c2')), POPUP);
    expect(open().map((w) => w.content.callId)).toEqual(['c1']);
    expect(service.commandFor('c2', 'answer')).toBeNull();
  });

  it('cleans hostile display names and numbers', () => {
    const { service, open } = setup();
    service.update(snap(ringing('c1', { name: 'Bank\u202e\n<b>Support</b>', number: '' })), POPUP);
    expect(open()[0]?.content).toMatchObject({
      name: 'Bank <b>Support</b>',
      number: 'Unknown number',
    });
  });

  it('resolves popup buttons only for calls that still ring', () => {
    const { service } = setup();
    service.update(snap(ringing('c1')), POPUP);
    expect(service.commandFor('c1', 'answer')).toEqual({ action: 'answer', callId: 'c1' });
    expect(service.commandFor('c1', 'decline')).toEqual({ action: 'decline', callId: 'c1' });
    expect(service.commandFor('other', 'answer')).toBeNull();
    service.update(snap({ ...ringing('c1'), state: 'active' }), POPUP);
    expect(service.commandFor('c1', 'answer')).toBeNull();
  });
});

describe('PopupService notification fallback', () => {
  it('shows a notification instead of a popup and closes it when the call stops ringing', () => {
    const { service, notes, open, onCommand } = setup();
    service.update(snap(ringing('c1', { name: 'Alice' })), NOTIFY);
    expect(open()).toHaveLength(0);
    expect(notes).toHaveLength(1);
    expect(notes[0]?.note).toEqual({
      callId: 'c1',
      title: 'Incoming call',
      body: 'Alice (+15550101)',
    });
    notes[0]?.click();
    expect(onCommand).toHaveBeenCalledWith({ kind: 'show-window', callId: 'c1' });
    service.update(snap(ringing('c1')), NOTIFY);
    expect(notes).toHaveLength(1);
    service.update(snap(), NOTIFY);
    expect(notes[0]?.closed).toBe(true);
  });

  it('says which line rings when the call has one (several lines)', () => {
    const { service, notes } = setup();
    service.update(snap(ringing('c1', { name: 'Alice', line: 'Front desk' })), NOTIFY);
    expect(notes[0]?.note.body).toBe('Alice (+15550101) · on line Front desk');
  });

  it('switches between popups and notifications while a call rings', () => {
    const { service, notes, open } = setup();
    service.update(snap(ringing('c1')), POPUP);
    service.update(snap(ringing('c1')), NOTIFY);
    expect(open()).toHaveLength(0);
    expect(notes.filter((n) => !n.closed)).toHaveLength(1);
    service.update(snap(ringing('c1')), POPUP);
    expect(open()).toHaveLength(1);
    expect(notes.filter((n) => !n.closed)).toHaveLength(0);
  });

  it('dispose closes everything', () => {
    const { service, open } = setup();
    service.update(snap(ringing('c1'), ringing('c2')), POPUP);
    service.dispose();
    expect(open()).toHaveLength(0);
  });
});
