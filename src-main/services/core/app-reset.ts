import type { ResetKeep } from '../../../src-preload/contract';
import { resetAppData, type ResetDataDeps } from '../reset/reset-data';
import type { RendererOutbox } from './renderer-outbox';

/**
 * `app:resetData`: removes the user's data but what they keep (reset/reset-data.ts), then starts
 * the page over. What could not be removed waits in the outbox and greets the reloaded page.
 */
export function createAppReset(
  deps: ResetDataDeps & { outbox: RendererOutbox; reload(): void },
): (keep: readonly ResetKeep[]) => Promise<void> {
  return async (keep) => {
    const { problems } = await resetAppData(keep, deps);
    deps.outbox.markLoading();
    for (const message of problems) deps.outbox.push('notice:show', { level: 'error', message });
    deps.reload();
  };
}
