import type { Logger } from '../logging/logger';
import type { AutostartPort } from './ports';

/**
 * Start at login as the setting asks. A failure (a read-only autostart folder, a refused login
 * item) does not throw: it becomes a sentence for the settings page (`error`), cleared by the
 * next success; `onChange` runs after every attempt so the page hears of it.
 */
export function createStartAtLogin(deps: {
  port?: AutostartPort;
  log: Pick<Logger, 'warn'>;
  onChange(): void;
}) {
  let error: string | undefined;
  return {
    get error(): string | undefined {
      return error;
    },
    async apply(enabled: boolean): Promise<void> {
      if (!deps.port) return;
      try {
        await deps.port.setEnabled(enabled);
        error = undefined;
      } catch (failure) {
        const reason = failure instanceof Error ? failure.message : String(failure);
        deps.log.warn('could not change start at login', { enabled, reason });
        error = `Start at login could not be ${enabled ? 'turned on' : 'turned off'}: ${reason}`;
      }
      deps.onChange();
    },
  };
}

export type StartAtLogin = ReturnType<typeof createStartAtLogin>;
