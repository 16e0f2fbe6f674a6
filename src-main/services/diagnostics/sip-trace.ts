import type { Logger } from '../logging/logger';
import { redactText } from '../../../src-preload/diagnostics/redact';

/**
 * Where the engine's SIP trace goes in main: the log file, only while the user has the setting on
 * (a page cannot fill the disk by sending traces otherwise). The trace is redacted here with the
 * logger's own rule (logging/redact.ts), so it carries no secret whatever logger it is given.
 */
export function createSipTraceSink(enabled: () => boolean, log: Pick<Logger, 'info'>) {
  return (text: string): void => {
    if (enabled()) log.info(redactText(text));
  };
}
