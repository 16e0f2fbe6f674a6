import { defineStore } from 'pinia';
import { ref } from 'vue';
import { openMicrophone, stopStream } from '../sip/local-media';

/** One choosable audio device, as plain data for the settings UI. An empty label means "unnamed". */
export interface AudioDevice {
  deviceId: string;
  label: string;
}

/** Chromium's aliases for the system default: the UI offers "System default" itself. */
const ALIASES = new Set(['', 'default', 'communications']);

function listOf(devices: MediaDeviceInfo[], kind: MediaDeviceKind): AudioDevice[] {
  return devices
    .filter((device) => device.kind === kind && !ALIASES.has(device.deviceId))
    .map((device) => ({ deviceId: device.deviceId, label: device.label }));
}

/** The microphones, speakers and ringers (any output device) to choose from in Settings. */
export const useDevicesStore = defineStore('devices', () => {
  const microphones = ref<AudioDevice[]>([]);
  const speakers = ref<AudioDevice[]>([]);
  const ringers = ref<AudioDevice[]>([]);
  const error = ref<string | null>(null);
  let listening = false;

  /**
   * Lists the devices. Browsers hide device ids and names until the page may use the microphone,
   * so unless `askPermission` is false this opens (and at once closes) the microphone first when
   * they are hidden.
   */
  async function refresh(options: { askPermission?: boolean } = {}): Promise<void> {
    const media = globalThis.navigator?.mediaDevices;
    if (!media?.enumerateDevices) {
      error.value = 'This browser cannot list audio devices.';
      return;
    }
    if (!listening) {
      listening = true;
      media.addEventListener('devicechange', () => void refresh({ askPermission: false }));
    }
    let devices = await media.enumerateDevices();
    const hidden = !devices.some((device) => device.kind === 'audioinput' && device.label);
    if (hidden && options.askPermission !== false) {
      try {
        stopStream(await openMicrophone(undefined));
        devices = await media.enumerateDevices();
        error.value = null;
      } catch (failure) {
        error.value = failure instanceof Error ? failure.message : String(failure);
      }
    }
    microphones.value = listOf(devices, 'audioinput');
    speakers.value = listOf(devices, 'audiooutput');
    ringers.value = speakers.value.map((device) => ({ ...device }));
  }

  return { microphones, speakers, ringers, error, refresh };
});
