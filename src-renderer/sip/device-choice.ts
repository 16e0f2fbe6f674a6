export interface DeviceLike {
  deviceId: string;
  kind: string;
  label: string;
}

/** The audio devices a user may choose for each role. */
export interface AudioDeviceChoice {
  microphoneId?: string;
  speakerId?: string;
  ringerId?: string;
}

/**
 * Pure: the device to use for a role. The chosen one while it is plugged in; otherwise the system
 * default (`undefined`), so a headset unplugged mid-call falls back to the laptop's speakers and the
 * choice comes back into force when it is plugged in again (the setting itself is kept).
 */
export function effectiveDeviceId(
  chosen: string | undefined,
  kind: 'audioinput' | 'audiooutput',
  available: readonly DeviceLike[],
): string | undefined {
  if (!chosen || chosen === 'default') return undefined;
  // Before the user grants microphone access the browser hides device ids: trust the choice then.
  if (!available.some((device) => device.kind === kind && device.deviceId)) return chosen;
  return available.some((device) => device.kind === kind && device.deviceId === chosen)
    ? chosen
    : undefined;
}

/** Pure: the effective choice for every role at once. */
export function effectiveDevices(
  chosen: AudioDeviceChoice,
  available: readonly DeviceLike[],
): AudioDeviceChoice {
  return {
    microphoneId: effectiveDeviceId(chosen.microphoneId, 'audioinput', available),
    speakerId: effectiveDeviceId(chosen.speakerId, 'audiooutput', available),
    ringerId: effectiveDeviceId(chosen.ringerId, 'audiooutput', available),
  };
}
