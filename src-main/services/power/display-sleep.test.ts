import { describe, expect, it, vi } from 'vitest';
import type { CallSummary, PhoneReport } from '../../../src-preload/contract';
import { DisplaySleepService, needsDisplayAwake, type PowerSaveBlockerPort } from './display-sleep';

class FakeBlocker implements PowerSaveBlockerPort {
  private next = 1;
  readonly running = new Set<number>();
  start = vi.fn(() => {
    const id = this.next++;
    this.running.add(id);
    return id;
  });
  stop = vi.fn((id: number) => void this.running.delete(id));
  isStarted = (id: number) => this.running.has(id);
}

const withCall = (state: CallSummary['state']): PhoneReport => ({
  lines: [],
  calls: [{ id: 'c', accountId: 'a', direction: 'outgoing', state, number: '1001', muted: false }],
});
const idle: PhoneReport = {
  lines: [],
  calls: [],
};

describe('needsDisplayAwake', () => {
  it.each([
    ['dialing', true],
    ['active', true],
    ['held', true],
    ['ringing', false],
    ['ended', false],
  ] as const)('%s -> %s', (state, expected) => {
    expect(needsDisplayAwake(withCall(state))).toBe(expected);
  });
});

describe('DisplaySleepService', () => {
  it('starts one blocker for a call and stops it afterwards', () => {
    const blocker = new FakeBlocker();
    const service = new DisplaySleepService(blocker);
    service.update(withCall('active'));
    expect(blocker.start).toHaveBeenCalledWith('prevent-display-sleep');
    expect(service.blocking).toBe(true);
    service.update(idle);
    expect(blocker.running.size).toBe(0);
    expect(service.blocking).toBe(false);
  });

  it('is idempotent over repeated snapshots', () => {
    const blocker = new FakeBlocker();
    const service = new DisplaySleepService(blocker);
    for (let i = 0; i < 5; i += 1) service.update(withCall('active'));
    service.update(withCall('held'));
    expect(blocker.start).toHaveBeenCalledTimes(1);
    service.update(idle);
    service.update(idle);
    expect(blocker.stop).toHaveBeenCalledTimes(1);
  });

  it('restarts a blocker stopped behind its back', () => {
    const blocker = new FakeBlocker();
    const service = new DisplaySleepService(blocker);
    service.update(withCall('active'));
    blocker.running.clear();
    service.update(withCall('active'));
    expect(blocker.start).toHaveBeenCalledTimes(2);
    expect(blocker.running.size).toBe(1);
  });

  it('does not block for ringing calls and releases on dispose', () => {
    const blocker = new FakeBlocker();
    const service = new DisplaySleepService(blocker);
    service.update(withCall('ringing'));
    expect(blocker.start).not.toHaveBeenCalled();
    service.update(withCall('dialing'));
    service.dispose();
    expect(blocker.running.size).toBe(0);
  });
});
