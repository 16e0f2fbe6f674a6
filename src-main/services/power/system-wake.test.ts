import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { watchSystemWake, type PowerMonitorPort, type WakeReason } from './system-wake';

describe('watchSystemWake', () => {
  it('passes on resume and unlock-screen, and nothing after it is stopped', () => {
    const power = new EventEmitter();
    const woke: WakeReason[] = [];
    const stop = watchSystemWake(power as PowerMonitorPort, (reason) => woke.push(reason));
    power.emit('resume');
    power.emit('unlock-screen');
    power.emit('suspend');
    power.emit('lock-screen');
    expect(woke).toEqual(['resume', 'unlock-screen']);
    stop();
    power.emit('resume');
    expect(woke).toHaveLength(2);
    expect(power.listenerCount('resume') + power.listenerCount('unlock-screen')).toBe(0);
  });
});
