import { describe, expect, it } from 'vitest';
import { effectiveDeviceId, effectiveDevices } from './device-choice';

const headsetMic = { deviceId: 'mic-headset', kind: 'audioinput', label: 'Headset' };
const laptopMic = { deviceId: 'mic-laptop', kind: 'audioinput', label: 'Laptop' };
const headsetOut = { deviceId: 'out-headset', kind: 'audiooutput', label: 'Headset' };

describe('effectiveDeviceId', () => {
  it('uses the chosen device while it is plugged in', () => {
    expect(effectiveDeviceId('mic-headset', 'audioinput', [laptopMic, headsetMic])).toBe(
      'mic-headset',
    );
  });

  it('falls back to the default when the chosen device is gone, and back again when it returns', () => {
    expect(effectiveDeviceId('mic-headset', 'audioinput', [laptopMic])).toBeUndefined();
    expect(effectiveDeviceId('mic-headset', 'audioinput', [laptopMic, headsetMic])).toBe(
      'mic-headset',
    );
  });

  it('does not mistake an output for an input with the same id', () => {
    expect(effectiveDeviceId('out-headset', 'audioinput', [laptopMic, headsetOut])).toBeUndefined();
  });

  it('trusts the choice while the browser hides device ids (no permission yet)', () => {
    const hidden = [{ deviceId: '', kind: 'audioinput', label: '' }];
    expect(effectiveDeviceId('mic-headset', 'audioinput', hidden)).toBe('mic-headset');
  });

  it('treats no choice and "default" as the system default', () => {
    expect(effectiveDeviceId(undefined, 'audioinput', [headsetMic])).toBeUndefined();
    expect(effectiveDeviceId('default', 'audioinput', [headsetMic])).toBeUndefined();
  });
});

describe('effectiveDevices', () => {
  it('resolves each role on its own; the ringer does not follow the speaker', () => {
    expect(
      effectiveDevices({ microphoneId: 'mic-headset', speakerId: 'out-headset' }, [
        laptopMic,
        headsetOut,
      ]),
    ).toEqual({ microphoneId: undefined, speakerId: 'out-headset', ringerId: undefined });
  });
});
