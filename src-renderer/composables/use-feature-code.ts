import { ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { useErrorText } from './use-error-text';
import type { CallView } from '../sip/call-types';
import { phone } from '../stores/phone-engine';
import { useCallsStore } from '../stores/calls';

/** Longest wait for the PBX to answer a feature code before we say we do not know. */
const RESULT_TIMEOUT_MS = 30_000;

/**
 * Sets something on the PBX by dialling its feature code (`*78`) as a call on a line, and keeps
 * what came of it as text for a status line: the PBX answered (switched), or why not.
 */
export function useFeatureCode() {
  const { t } = useI18n();
  const errorText = useErrorText();
  const calls = useCallsStore();
  const result = ref('');

  async function send(code: string, lineId?: string): Promise<void> {
    result.value = t('features.pbxSending', { code });
    try {
      await calls.dial(code, lineId);
    } catch (failure) {
      result.value = errorText(failure);
      return;
    }
    const id = calls.currentId;
    const ended = await new Promise<CallView | undefined>((resolve) => {
      const timer = setTimeout(() => finish(undefined), RESULT_TIMEOUT_MS);
      const onEnded = (view: CallView) => view.id === id && finish(view);
      function finish(view: CallView | undefined): void {
        clearTimeout(timer);
        phone.events.off('callEnded', onEnded);
        resolve(view);
      }
      phone.events.on('callEnded', onEnded);
    });
    if (!ended) result.value = t('features.pbxUnknown', { code });
    else if (ended.answeredAt !== undefined) result.value = t('features.pbxDone', { code });
    else
      result.value = t('features.pbxFailed', {
        code,
        reason: t(`call.ended.${ended.endReason ?? 'failed'}`),
      });
  }

  return { result, send };
}
