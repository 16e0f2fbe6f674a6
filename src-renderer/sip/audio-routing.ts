import { effectiveDevices, type AudioDeviceChoice, type DeviceLike } from './device-choice';

export type { AudioDeviceChoice };

/**
 * Keeps the devices in use in line with the user's choice and what is plugged in: on every
 * `devicechange` the effective devices are recomputed, and `onChange` hears only real changes
 * (a chosen headset unplugged -> default device; plugged back in -> the headset again).
 */
export class AudioRouting {
  private chosen: AudioDeviceChoice = {};
  private available: DeviceLike[] = [];
  private current: AudioDeviceChoice = {};
  private listening = false;

  constructor(
    private readonly onChange: (next: AudioDeviceChoice, previous: AudioDeviceChoice) => void,
  ) {}

  /** The devices to use now (undefined = system default). */
  get effective(): AudioDeviceChoice {
    return this.current;
  }

  /** The user's choice, as remembered in settings. */
  async choose(choice: AudioDeviceChoice): Promise<void> {
    this.chosen = { ...choice };
    this.listen();
    await this.refresh();
  }

  async refresh(): Promise<void> {
    const media = globalThis.navigator?.mediaDevices;
    if (media?.enumerateDevices) {
      try {
        this.available = await media.enumerateDevices();
      } catch {
        this.available = [];
      }
    }
    const next = effectiveDevices(this.chosen, this.available);
    const previous = this.current;
    if (
      next.microphoneId === previous.microphoneId &&
      next.speakerId === previous.speakerId &&
      next.ringerId === previous.ringerId
    ) {
      return;
    }
    this.current = next;
    this.onChange(next, previous);
  }

  private listen(): void {
    const media = globalThis.navigator?.mediaDevices;
    if (this.listening || !media?.addEventListener) return;
    this.listening = true;
    media.addEventListener('devicechange', () => void this.refresh());
  }
}
