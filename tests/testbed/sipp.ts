/**
 * Runs SIPp (/usr/bin/sipp) scenarios from tests/testbed/sipp/ against the
 * test PBX, bound to 127.0.0.1 for signalling and media, under the same
 * watchdog as the PBX daemons so a SIPp never outlives the test.
 */
import { createSocket } from 'node:dgram';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startDaemon } from './daemon';
import { logTail } from './runtime-dir';

const SCENARIOS = join(dirname(fileURLToPath(import.meta.url)), 'sipp');

export interface SippRun {
  /** The UDP port SIPp listens on (for a UAS: register this as its contact). */
  readonly port: number;
  readonly logFile: string;
  /** Every SIP message SIPp sent and received (-trace_msg), for sippReceived(). */
  readonly messageFile: string;
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

/** How fast a UAC places its calls: `calls` new calls every `periodMs` (SIPp's -r / -rp). */
export interface SippRate {
  readonly calls: number;
  readonly periodMs: number;
}

/**
 * Starts `sipp -sf <scenario> <args>` for `calls` calls (default one, `-m`), at most `calls`
 * of them at once, placed at `rate` (SIPp's default is 10 per second), failing by itself after
 * `timeoutS`. `remote` is host:port for a UAC, omitted for a UAS.
 */
export async function startSipp(options: {
  scenario: string;
  args?: readonly string[];
  remote?: string;
  logDir: string;
  timeoutS?: number;
  calls?: number;
  rate?: SippRate;
}): Promise<SippRun> {
  mkdirSync(options.logDir, { recursive: true });
  const port = await freeUdpPort();
  const mediaPort = await freeUdpPort();
  const name = `${options.scenario.replace(/\.xml$/, '')}-${port}`;
  const logFile = join(options.logDir, `sipp-${name}.log`);
  const messageFile = join(options.logDir, `sipp-${name}-messages.log`);
  const calls = options.calls ?? 1;
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
      ['-m', String(calls)],
      // SIPp's own cap (3 x rate x call length) would otherwise hold back part of a burst.
      ['-l', String(calls)],
      options.rate ? ['-r', String(options.rate.calls), '-rp', String(options.rate.periodMs)] : [],
      ['-nostdin'],
      ['-timeout', `${options.timeoutS ?? 15}s`, '-timeout_error'],
      ['-trace_err', '-error_file', join(options.logDir, `sipp-${name}-errors.log`)],
      ['-trace_msg', '-message_file', messageFile],
      options.args ?? [],
    ].flat(),
    logFile,
  });
  return { port, logFile, messageFile, exited: daemon.exited, stop: () => daemon.stop() };
}

/**
 * The responses SIPp received, as distinct Call-IDs per status code (a retransmitted 486 counts
 * once): `sippReceived(run).get(486)?.size` is how many calls were refused busy.
 */
export function sippReceived(run: SippRun): Map<number, Set<string>> {
  const byStatus = new Map<number, Set<string>>();
  if (!existsSync(run.messageFile)) return byStatus;
  // -trace_msg writes each message after a "----- <timestamp>" line and a "<transport> message
  // received [n] bytes :" (or "sent") line.
  for (const block of readFileSync(run.messageFile, 'latin1').split(/^-{10,}.*$/m)) {
    const lines = block.trim().split(/\r?\n/);
    if (!/message received/.test(lines[0] ?? '')) continue;
    const statusLine = lines.find((line) => line.trim() !== '' && line !== lines[0]) ?? '';
    const status = /^SIP\/2\.0 (\d{3}) /.exec(statusLine.trim())?.[1];
    const callId = lines.find((line) => /^(Call-ID|i)\s*:/i.test(line))?.replace(/^[^:]*:\s*/, '');
    if (!status || !callId) continue;
    const calls = byStatus.get(Number(status)) ?? new Set<string>();
    calls.add(callId.trim());
    byStatus.set(Number(status), calls);
  }
  return byStatus;
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
