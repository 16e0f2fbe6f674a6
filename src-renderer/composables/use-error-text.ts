import { useI18n } from 'vue-i18n';
import { UserError } from '../../src-preload/contract';
import { refusalValues, type Refusal } from '../../src-preload/i18n/refusals';
import { DialError } from '../sip/dial-target';
import { MicrophoneError } from '../sip/local-media';

/**
 * Turns a failure into text for the user, in their language where it has a stable code (a refused
 * number, a `UserError` from main's stores or the browser bridge), else the error's own message.
 */
export function useErrorText(): (error: unknown) => string {
  const { t } = useI18n();
  return (error) => {
    if (error instanceof DialError) return t(`dial.errors.${error.code}`);
    if (error instanceof MicrophoneError) return t(`audioTest.problems.${error.problem}`);
    if (error instanceof UserError) return t(`main.errors.${error.code}`, { ...error.params });
    return error instanceof Error ? error.message : String(error);
  };
}

/** A refusal from main (`notice:show`) in the user's language, its cause translated too. */
export function useRefusalText(): (refusal: Refusal) => string {
  const { t } = useI18n();
  const render = (refusal: Refusal): string =>
    t(`main.refusal.${refusal.code}`, refusalValues(refusal, render));
  return render;
}
