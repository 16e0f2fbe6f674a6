/**
 * Runs a daemon (kamailio, rtpengine, sipp) in the foreground as our child,
 * output to a log file, and guarantees it dies with us.
 *
 * The daemon runs in its own process group (its watchdog shell is the
 * leader), so "everything it started" is one kill(-pgid) away: Kamailio
 * forks worker processes that would outlive a SIGKILLed main process.
 *
 * The guarantee: the watchdog's stdin is a pipe from this Node process.
 * Whenever this process goes away (normal exit, crash, SIGKILL, a test runner
 * tearing down a worker) the kernel closes the pipe; the watchdog reads EOF,
 * sends SIGTERM, and after 2 s SIGKILLs the whole group. An 'exit' hook kills
 * the group at once in the ordinary case. stop() is the polite path: SIGTERM
 * by pid, SIGKILL after a timeout, then a sweep of the group.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import type { Readable } from 'node:stream';

// $@ is the daemon's command line. fd 3 reports its pid to us. The watcher
// keeps our stdin (dup'd to fd 4: background jobs otherwise get /dev/null).
const WATCHDOG = `
exec 4<&0
"$@" </dev/null 3>&- 4<&- &
child=$!
echo "$child" >&3
exec 3>&-
(
  while read -r _line; do :; done
  kill -TERM "$child" 2>/dev/null || exit 0
  for _i in 1 2 3 4 5 6 7 8 9 10; do
    kill -0 "$child" 2>/dev/null || break
    sleep 0.2
  done
  kill -KILL 0
) <&4 >/dev/null 2>&1 &
exec 4<&-
wait "$child"
`;

export interface DaemonOptions {
  /** Human name for errors ("kamailio"). */
  readonly name: string;
  readonly command: string;
  readonly args: readonly string[];
  /** Where stdout and stderr go; ignored when `verbose` (then: our console). */
  readonly logFile: string;
  readonly verbose?: boolean;
  readonly cwd?: string;
}

export interface Daemon {
  readonly name: string;
  /** Pid of the daemon itself (not of the watchdog shell). */
  readonly pid: number;
  /** Resolves with the exit code (or null if killed by a signal). */
  readonly exited: Promise<number | null>;
  isRunning(): boolean;
  /** SIGTERM, then SIGKILL after `timeoutMs`; resolves once it is gone. */
  stop(timeoutMs?: number): Promise<void>;
}

/** Process groups of daemons not yet stopped. */
const liveGroups = new Set<number>();
let exitHookInstalled = false;

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const group of liveGroups) signal(-group, 'SIGKILL');
  });
}

/** Starts `command args` under the watchdog; resolves once its pid is known. */
export async function startDaemon(options: DaemonOptions): Promise<Daemon> {
  installExitHook();
  const logFd = options.verbose ? 'inherit' : openSync(options.logFile, 'a');
  let child: ChildProcess;
  try {
    child = spawn('sh', ['-c', WATCHDOG, options.name, options.command, ...options.args], {
      cwd: options.cwd,
      // Own process group: a Ctrl-C in the terminal reaches only Node, which
      // then stops the daemons in order.
      detached: true,
      stdio: ['pipe', logFd, logFd, 'pipe'],
    });
  } finally {
    if (typeof logFd === 'number') closeSync(logFd);
  }

  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );
  let running = true;
  void exited.then(() => {
    running = false;
  });

  const group = child.pid;
  if (group === undefined) throw new Error(`could not start ${options.name}`);
  liveGroups.add(group);
  const pid = await readPid(child.stdio[3] as Readable, exited, options.name);

  return {
    name: options.name,
    pid,
    exited,
    isRunning: () => running,
    stop: async (timeoutMs = 3000) => {
      if (running) {
        signal(pid, 'SIGTERM');
        const timer = setTimeout(() => signal(-group, 'SIGKILL'), timeoutMs);
        await exited;
        clearTimeout(timer);
      }
      // Sweep whatever is left in the group (forked workers, the watcher).
      signal(-group, 'SIGKILL');
      liveGroups.delete(group);
      child.stdin?.destroy();
    },
  };
}

/** kill(2) that ignores "no such process"; a negative pid is a process group. */
function signal(pid: number, sig: NodeJS.Signals): void {
  try {
    process.kill(pid, sig);
  } catch {
    // already gone
  }
}

function readPid(stream: Readable, exited: Promise<number | null>, name: string): Promise<number> {
  return new Promise((resolve, reject) => {
    let text = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      text += chunk;
      const pid = Number.parseInt(text, 10);
      if (text.includes('\n') && pid > 0) resolve(pid);
    });
    void exited.then((code) =>
      reject(new Error(`${name} watchdog exited (${code}) before reporting a pid`)),
    );
  });
}
