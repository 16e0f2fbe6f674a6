import { computed, watch } from 'vue';
import { softphone } from '../bridge/softphone';
import { phoneReport } from '../sip/call-report';
import type { CallView } from '../sip/call-types';
import { useAccountsStore } from './accounts';
import { mailboxes } from './mailboxes';

/** Calls change in bursts (a transfer touches three at once): report once they settle. */
const REPORT_DEBOUNCE_MS = 100;

/**
 * The one place that tells main about the page's phone (`phone:report`): each line's
 * registration and the live calls, built by the pure `phoneReport` (sip/call-report.ts), sent a
 * moment after it changes and only when it really changed. Main's tray, popups and display sleep
 * follow it; what main owns (do-not-disturb, missed calls) is not in it.
 *
 * Call it from a store's setup (the calls store), so the watcher lives as long as that store.
 */
export function reportPhoneState(liveCalls: () => readonly CallView[]): void {
  const accountsStore = useAccountsStore();
  const report = computed(() =>
    phoneReport(
      accountsStore.accounts.map((account) => ({
        accountId: account.id,
        status: accountsStore.registrations[account.id],
        voicemail: mailboxes.value[account.id],
      })),
      liveCalls(),
      accountsStore.lineNameOf,
    ),
  );
  let timer: ReturnType<typeof setTimeout> | undefined;
  let reported = '';
  watch(
    report,
    (next) => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        // Quality samples change the calls every 2 s without changing what main shows: skip those.
        const text = JSON.stringify(next);
        if (text === reported) return;
        reported = text;
        softphone.phone
          .report(next)
          .catch((error: unknown) => console.warn('phone:report failed', error));
      }, REPORT_DEBOUNCE_MS);
    },
    { immediate: true },
  );
}
