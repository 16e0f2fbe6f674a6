import type { Logger } from '../logging/logger';

/**
 * Where the engine's SIP trace goes in main: the log file, only while the user has the setting on
 * (a page cannot fill the disk by sending traces otherwise). The logger redacts digest answers and
 * password-like fields, so a trace never carries a secret.
 */
export function createSipTraceSink(enabled: () => boolean, log: Pick<Logger, 'info'>) {
  return (text: string): void => {
    if (enabled()) log.info(text);
  };
}
