import { ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { useAccountsStore, type LineSettings } from '../stores/accounts';

/**
 * Saves a change to one line (accounts.updateLine: checked against the profile schema, the
 * engine follows) and keeps what went wrong, for the control to show beside itself.
 */
export function useLineSave() {
  const accounts = useAccountsStore();
  const { t } = useI18n();
  const error = ref('');
  async function save(lineId: string, change: LineSettings): Promise<boolean> {
    const problem = await accounts.updateLine(lineId, change);
    error.value = problem ? t('lines.saveFailed', { message: problem }) : '';
    return !problem;
  }
  return { save, error };
}
