/**
 * The test PBX: rtpengine + Kamailio on 127.0.0.1, started for a test file
 * (startPbx) or by hand (`npx tsx tests/testbed/pbx.ts`, i.e. `npm run pbx`).
 *
 * Everything it writes lives in <repo>/.tmp/pbx-<wsPort>/ (logs, pid files,
 * kamcmd socket, the password table), wiped at each start; nothing goes to
 * /var/run, and no system service is involved. Each PBX is identified by its
 * WebSocket port, so parallel workers pick different ports.
 */
import { randomBytes } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { startDaemon, type Daemon } from './daemon';
import { TEST_DOMAIN, TEST_EXTENSIONS, type TestExtension } from './extensions';
import { pollUntil, rtpenginePongs, sipOptions, tcpAccepts } from './probes';
import { prepareRuntimeDir, startError } from './runtime-dir';
import { header } from './sip/message';

const HERE = dirname(fileURLToPath(import.meta.url));
const REPO = resolve(HERE, '../..');
const KAMAILIO_CFG = join(HERE, 'kamailio.cfg');

export interface PbxOptions {
  /** SIP over WebSocket port. Default: env PBX_WS_PORT, else 15066. */
  readonly wsPort?: number;
  /** Plain SIP UDP port. Default: env PBX_UDP_PORT, else 15060. */
  readonly udpPort?: number;
  /** Start rtpengine for WebRTC <-> plain RTP calls. Default true (env PBX_RTPENGINE=0 turns it off). */
  readonly rtpengine?: boolean;
  /** rtpengine control (ng) port. Default wsPort + 1. */
  readonly ngPort?: number;
  /** Where rtpengine sends DTMF events as JSON datagrams. Default wsPort + 2. */
  readonly dtmfLogPort?: number;
  /** First RTP port of a 100-port range. Default 20000 + (wsPort % 300) * 100. */
  readonly rtpPortMin?: number;
  /** Daemon output on the console instead of log files. Default: env PBX_VERBOSE=1. */
  readonly verbose?: boolean;
  /** Give up starting after this long. Default 10 s. */
  readonly startTimeoutMs?: number;
  readonly extensions?: readonly TestExtension[];
}

export interface RunningPbx {
  /** `ws://127.0.0.1:<wsPort>` — JsSIP's WebSocketInterface URL. */
  readonly wsUrl: string;
  readonly wsPort: number;
  readonly udpPort: number;
  readonly domain: string;
  /** Whether rtpengine runs (WS <-> UDP calls get media bridged). */
  readonly rtpengine: boolean;
  /** UDP port on 127.0.0.1 where rtpengine sends DTMF events (when it runs). */
  readonly dtmfLogPort?: number;
  readonly runtimeDir: string;
  readonly kamailioLog: string;
  /** Stops Kamailio then rtpengine; resolves when both are gone. */
  stop(): Promise<void>;
}

function envPort(name: string): number | undefined {
  const value = process.env[name];
  if (value === undefined || value === '') return undefined;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`${name}=${value} is not a port number`);
  }
  return port;
}

async function startRtpengine(
  runtimeDir: string,
  ngPort: number,
  dtmfLogPort: number,
  rtpPortMin: number,
  verbose: boolean,
  timeoutMs: number,
): Promise<Daemon> {
  const logFile = join(runtimeDir, 'rtpengine.log');
  const daemon = await startDaemon({
    name: 'rtpengine',
    command: 'rtpengine',
    args: [
      '--config-file=none', // never read /etc/rtpengine/rtpengine.conf
      '--foreground',
      '--log-stderr',
      `--pidfile=${join(runtimeDir, 'rtpengine.pid')}`,
      '--table=-1', // userspace forwarding only, no kernel module
      '--interface=127.0.0.1',
      `--listen-ng=127.0.0.1:${ngPort}`,
      `--port-min=${rtpPortMin}`,
      `--port-max=${rtpPortMin + 99}`,
      `--dtmf-log-dest=127.0.0.1:${dtmfLogPort}`,
      '--num-threads=2',
      '--delete-delay=0',
    ],
    logFile,
    verbose,
  });
  const state = await pollUntil(() => rtpenginePongs(ngPort), timeoutMs, daemon.exited);
  if (state !== 'ready') {
    await daemon.stop();
    throw startError(`rtpengine did not answer on 127.0.0.1:${ngPort} (${state})`, logFile);
  }
  return daemon;
}

/**
 * Starts the test PBX and resolves once Kamailio accepts WebSocket
 * connections and answers OPTIONS on UDP. Rejects with the log's tail if a
 * daemon fails to come up; nothing is left running then.
 */
export async function startPbx(options: PbxOptions = {}): Promise<RunningPbx> {
  const wsPort = options.wsPort ?? envPort('PBX_WS_PORT') ?? 15066;
  const udpPort = options.udpPort ?? envPort('PBX_UDP_PORT') ?? 15060;
  const withRtpengine = options.rtpengine ?? process.env.PBX_RTPENGINE !== '0';
  const verbose = options.verbose ?? process.env.PBX_VERBOSE === '1';
  const ngPort = options.ngPort ?? wsPort + 1;
  const dtmfLogPort = options.dtmfLogPort ?? wsPort + 2;
  const rtpPortMin = options.rtpPortMin ?? 20000 + (wsPort % 300) * 100;
  const timeoutMs = options.startTimeoutMs ?? 10_000;
  const domain = TEST_DOMAIN;

  const runtimeDir = join(REPO, '.tmp', `pbx-${wsPort}`);
  const udpPorts: [string, number][] = [['SIP', udpPort]];
  if (withRtpengine) udpPorts.push(['rtpengine', ngPort]);
  const { dbDir } = await prepareRuntimeDir(
    runtimeDir,
    udpPorts,
    options.extensions ?? TEST_EXTENSIONS,
  );

  const rtpengine = withRtpengine
    ? await startRtpengine(runtimeDir, ngPort, dtmfLogPort, rtpPortMin, verbose, timeoutMs)
    : undefined;

  const kamailioLog = join(runtimeDir, 'kamailio.log');
  // Readiness means *our* Kamailio answers, not some other server holding a
  // port that ours is about to fail binding.
  const instance = randomBytes(6).toString('hex');
  const defines = [
    `PBX_UDP_PORT=${udpPort}`,
    `PBX_WS_PORT=${wsPort}`,
    `PBX_DOMAIN="${domain}"`,
    // A unix socket path must stay under 108 bytes; fine for usual checkouts.
    `PBX_CTL_SOCK="unix:${join(runtimeDir, 'kamailio_ctl')}"`,
    `PBX_DB_URL="text://${dbDir}"`,
    `PBX_PUA_PROXY="sip:127.0.0.1:${udpPort}"`,
    `PBX_INSTANCE_HEADER="X-Pbx-Instance: ${instance}\\r\\n"`,
    ...(rtpengine ? [`PBX_RTPENGINE="udp:127.0.0.1:${ngPort}"`] : []),
  ];
  let kamailio: Daemon;
  try {
    kamailio = await startDaemon({
      name: 'kamailio',
      command: 'kamailio',
      // Pairs kept together for reading; flattened into argv.
      args: [
        ['-f', KAMAILIO_CFG],
        ['-DD'], // foreground: we are its parent and stop it by pid
        ['-E'], // log to stderr, which goes to kamailio.log
        ['-P', join(runtimeDir, 'kamailio.pid')],
        ['-Y', runtimeDir], // runtime dir: never /var/run/kamailio
        ['-w', runtimeDir],
        ['-m', '64'],
        ['-M', '8'],
        ...defines.map((d) => ['-A', d]),
      ].flat(),
      logFile: kamailioLog,
      verbose,
      cwd: runtimeDir,
    });
  } catch (error) {
    await rtpengine?.stop();
    throw error;
  }

  const stopAll = async (): Promise<void> => {
    await kamailio.stop();
    await rtpengine?.stop();
  };

  const ready = async (): Promise<boolean> => {
    if (!(await tcpAccepts(wsPort))) return false;
    const reply = await sipOptions(udpPort, domain);
    return reply?.status === 200 && header(reply, 'X-Pbx-Instance') === instance;
  };
  const state = await pollUntil(ready, timeoutMs, kamailio.exited);
  if (state !== 'ready') {
    const why = state === 'aborted' ? 'exited' : `not ready after ${timeoutMs} ms`;
    await stopAll();
    throw startError(`Kamailio ${why} (ws ${wsPort}, udp ${udpPort})`, kamailioLog);
  }

  return {
    wsUrl: `ws://127.0.0.1:${wsPort}`,
    wsPort,
    udpPort,
    domain,
    rtpengine: rtpengine !== undefined,
    dtmfLogPort: rtpengine ? dtmfLogPort : undefined,
    runtimeDir,
    kamailioLog,
    stop: stopAll,
  };
}

/** What a developer needs to point the app (or any SIP phone) at this PBX. */
export function describePbx(pbx: RunningPbx): string {
  const lines = [
    'Softphone test PBX is running (127.0.0.1 only).',
    '',
    `  WebSocket (JsSIP):  ${pbx.wsUrl}`,
    `  UDP (SIPp, baresip): sip:${pbx.domain};transport=udp via 127.0.0.1:${pbx.udpPort}`,
    `  SIP domain / realm: ${pbx.domain}`,
    `  rtpengine:          ${pbx.rtpengine ? `on (DTMF events to udp 127.0.0.1:${pbx.dtmfLogPort})` : 'off'}`,
    `  logs:               ${pbx.runtimeDir}`,
    '',
    '  Test extensions (test-only passwords):',
    ...TEST_EXTENSIONS.map(
      (e) => `    ${e.user}  ${e.password.padEnd(16)}  ${JSON.stringify(e.displayName)}`,
    ),
    '',
    `  Register as sip:<ext>@${pbx.domain}, authorization user <ext>.`,
    '  Press Ctrl-C to stop.',
  ];
  return lines.join('\n');
}

async function main(): Promise<void> {
  const started = Date.now();
  const pbx = await startPbx();
  process.stdout.write(`${describePbx(pbx)}\n  (started in ${Date.now() - started} ms)\n`);
  let stopping = false;
  const shutdown = (): void => {
    if (stopping) return;
    stopping = true;
    process.stdout.write('\nStopping the test PBX...\n');
    void pbx.stop().then(() => process.exit(0));
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
