/**
 * Runs SIPp (/usr/bin/sipp) scenarios from tests/testbed/sipp/ against the
 * test PBX, bound to 127.0.0.1 for signalling and media, under the same
 * watchdog as the PBX daemons so a SIPp never outlives the test.
 */
import { createSocket } from 'node:dgram';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startDaemon } from './daemon';
import { logTail } from './runtime-dir';

const SCENARIOS = join(dirname(fileURLToPath(import.meta.url)), 'sipp');

export interface SippRun {
  /** The UDP port SIPp listens on (for a UAS: register this as its contact). */
  readonly port: number;
  readonly logFile: string;
  /**
   * SIPp's exit code: 0 every call succeeded, 1 some failed, 97/99 ended
   * without finishing, 255/254 fatal (bad scenario, port taken).
   */
  readonly exited: Promise<number | null>;
  stop(): Promise<void>;
}

/** A UDP port free on 127.0.0.1 right now (the kernel picks it). */
export function freeUdpPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = createSocket('udp4');
    socket.once('error', reject);
    socket.bind(0, '127.0.0.1', () => {
      const { port } = socket.address();
      socket.close(() => resolve(port));
    });
  });
}

/**
 * Starts `sipp -sf <scenario> <args>` for one call (`-m 1`), failing by
 * itself after `timeoutS`. `remote` is host:port for a UAC, omitted for a UAS.
 */
export async function startSipp(options: {
  scenario: string;
  args?: readonly string[];
  remote?: string;
  logDir: string;
  timeoutS?: number;
}): Promise<SippRun> {
  mkdirSync(options.logDir, { recursive: true });
  const port = await freeUdpPort();
  const mediaPort = await freeUdpPort();
  const name = `${options.scenario.replace(/\.xml$/, '')}-${port}`;
  const logFile = join(options.logDir, `sipp-${name}.log`);
  const daemon = await startDaemon({
    name: 'sipp',
    command: 'sipp',
    args: [
      options.remote ? [options.remote] : [],
      ['-sf', join(SCENARIOS, options.scenario)],
      ['-i', '127.0.0.1'],
      ['-p', String(port)],
      // Media IP and port: SIPp would otherwise use the host's primary address.
      ['-mi', '127.0.0.1'],
      ['-mp', String(mediaPort)],
      ['-m', '1'],
      ['-nostdin'],
      ['-timeout', `${options.timeoutS ?? 15}s`, '-timeout_error'],
      ['-trace_err', '-error_file', join(options.logDir, `sipp-${name}-errors.log`)],
      ['-trace_msg', '-message_file', join(options.logDir, `sipp-${name}-messages.log`)],
      options.args ?? [],
    ].flat(),
    logFile,
  });
  return { port, logFile, exited: daemon.exited, stop: () => daemon.stop() };
}

/** SIPp's error and message traces, for an assertion message. */
export function sippDiagnostics(run: SippRun): string {
  const base = run.logFile.replace(/\.log$/, '');
  return [
    `--- ${base}-errors.log ---`,
    logTail(`${base}-errors.log`, 20),
    `--- ${base}-messages.log ---`,
    logTail(`${base}-messages.log`, 60),
  ].join('\n');
}
