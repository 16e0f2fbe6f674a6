import log from 'electron-log/main';
import { dirname } from 'node:path';
import { PRIVATE_FILE_MODE } from '../services/fs/atomic-write';
import { restrictLogFolder } from '../services/logging/log-files';
import type { LogSink } from '../services/logging/logger';

/**
 * electron-log behind our LogSink: files in the platform's log folder, console in development.
 * Messages arrive here already redacted (services/logging/logger.ts). No log.initialize(): it would
 * add electron-log's own preload to every page, a second, unchecked bridge into main.
 *
 * The log files are the user's alone: the file transport creates them 0600 (its default is 0666),
 * and after the first write, which creates the folder, the folder and any older file are
 * restricted too. Not before: a second instance that only hands over its link writes nothing
 * and must leave the profile untouched.
 */
export function createElectronLogSink(): LogSink {
  log.transports.file.level = 'info';
  log.transports.file.writeOptions = {
    ...log.transports.file.writeOptions,
    mode: PRIVATE_FILE_MODE,
  };
  let restricted = false;
  return (level, scope, message, details) => {
    const scoped = log.scope(scope);
    if (details) scoped[level](message, details);
    else scoped[level](message);
    if (!restricted && level !== 'debug') {
      restricted = true;
      restrictLogFolder(dirname(log.transports.file.getFile().path));
    }
  };
}

/** The folder electron-log writes to (Open log folder, the diagnostics export). */
export function electronLogFolder(): string {
  return dirname(log.transports.file.getFile().path);
}
