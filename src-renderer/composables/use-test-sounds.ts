import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import { useAccountsStore } from '../stores/accounts';
import { useDevicesStore } from '../stores/devices';
import { phone } from '../stores/phone-engine';
import { useSettingsStore } from '../stores/settings';

/**
 * Test audio's sounds, played by the phone's own tone player and routing (sip/call-audio.ts), so
 * they go exactly where a call's sound and ring would: the test sound on the speaker at the call
 * volume, one ring of the default line's ringtone on the ringer at the ringer volume.
 */
export function useTestSounds() {
  const { t } = useI18n();
  const accounts = useAccountsStore();
  const devices = useDevicesStore();
  const settingsStore = useSettingsStore();
  const audio = computed(() => settingsStore.settings.audio);
  const ringtone = computed(() => accounts.defaultLine?.profile.ringtone ?? 'classic');

  /** A device's name as Settings shows it. */
  const deviceName = (list: readonly { deviceId: string; label: string }[], id?: string) => {
    if (!id) return t('settings.systemDefault');
    const label = list.find((device) => device.deviceId === id)?.label;
    return label || t('settings.unnamedDevice');
  };
  const soundRoute = computed(() =>
    t('audioTest.soundRoute', {
      device: deviceName(devices.speakers, audio.value.speakerId),
      volume: audio.value.callVolume,
    }),
  );
  const ringtoneRoute = computed(() =>
    t('audioTest.ringtoneRoute', {
      ringtone: t(`lines.ringtones.${ringtone.value}`),
      device: deviceName(devices.ringers, audio.value.ringerId),
      volume: audio.value.ringerVolume,
    }),
  );

  return {
    soundRoute,
    ringtoneRoute,
    playSound: () => phone.calls.audio.testSound(),
    playRingtone: () => phone.calls.audio.testRingtone(ringtone.value),
    /** Where a recording plays back: the speaker in use now, at the call volume. */
    playbackRoute: () => ({
      speakerId: phone.calls.audio.devices.speakerId,
      volume: phone.calls.audio.callVolume,
    }),
  };
}
