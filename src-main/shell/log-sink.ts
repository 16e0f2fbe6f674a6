import log from 'electron-log/main';
import type { LogSink } from '../services/logging/logger';

/**
 * electron-log behind our LogSink: files in the platform's log folder, console in development.
 * Messages arrive here already redacted (services/logging/logger.ts). No log.initialize(): it would
 * add electron-log's own preload to every page, a second, unchecked bridge into main.
 */
export function createElectronLogSink(): LogSink {
  log.transports.file.level = 'info';
  return (level, scope, message, details) => {
    const scoped = log.scope(scope);
    if (details) scoped[level](message, details);
    else scoped[level](message);
  };
}
