/**
 * Test-side handle on the built main bundle running under the fake Electron
 * (tests/smoke/fake-electron): a throwaway profile, the child process, and typed commands for
 * driver.mjs. Each `MainProcess` owns its profile folder and removes it in `stop()`.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const launcher = fileURLToPath(new URL('./fake-electron/launch.mjs', import.meta.url));

/** One call the app made into the fake, e.g. `{ api: 'ipcMain.handle', args: ['app:info'] }`. */
export interface RecordedCall {
  api: string;
  /** The window (and its webContents, same number) the call was made on. */
  target?: number;
  args: unknown[];
}

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** The recorded calls, when the app ended through app.quit()/app.exit(). */
  calls?: RecordedCall[];
}

export type InvokeResult = { ok: true; value: unknown } | { ok: false; error: string };

export interface InvokeOptions {
  window?: number;
  /** Puts the sending main frame at this URL (as if a navigation had slipped through). */
  frameUrl?: string;
  /** Sends from an iframe of the page instead of its main frame. */
  subFrame?: boolean;
}

export interface StartOptions {
  /** The build to run: the folder holding main/, preload/ and renderer/. */
  outDir: string;
  /** Another instance holds the single-instance lock: this launch is the second one. */
  lockTaken?: boolean;
  /** Schemes other apps already handle, as app.getApplicationNameForProtocol reports them. */
  protocolHandlers?: Record<string, string>;
}

type Reply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: string };
type ExitMessage = { event: 'exit'; code: number; calls: RecordedCall[] };

export class MainProcess {
  /** The throwaway folder holding everything the run may write: home/ and tmp/. */
  readonly root: string;
  /** Throwaway HOME; the app's userData is `<home>/.config/Softphone`, as on Linux. */
  readonly home: string;
  readonly userData: string;
  readonly exited: Promise<Exit>;
  #child: ChildProcess;
  #output: string[] = [];
  #pending = new Map<number, (reply: Reply) => void>();
  #nextId = 1;
  #exitCode: number | null = null;

  private constructor(options: StartOptions) {
    this.root = mkdtempSync(join(tmpdir(), 'softphone-smoke-'));
    this.home = join(this.root, 'home');
    this.userData = join(this.home, '.config', 'Softphone');
    const temp = join(this.root, 'tmp');
    mkdirSync(this.home, { recursive: true });
    mkdirSync(temp);
    this.#child = fork(launcher, [join(options.outDir, 'main', 'index.js')], {
      cwd: repoRoot,
      // Plain Node: not the flags Vitest's own process was started with.
      execArgv: [],
      // A clean environment: nothing of the developer's (ELECTRON_RENDERER_URL would point the
      // window at a dev server, DBUS_SESSION_BUS_ADDRESS at a real keyring).
      env: {
        PATH: process.env.PATH,
        HOME: this.home,
        TMPDIR: temp,
        XDG_CONFIG_HOME: join(this.home, '.config'),
        // A desktop with a tray, so closing hides the window (services/window/window-policy.ts).
        XDG_CURRENT_DESKTOP: 'KDE',
        SMOKE_USER_DATA: this.userData,
        SMOKE_LOCK_TAKEN: options.lockTaken ? '1' : '0',
        SMOKE_PROTOCOL_HANDLERS: JSON.stringify(options.protocolHandlers ?? {}),
      },
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    this.#child.stdout?.on('data', (chunk: Buffer) => this.#output.push(chunk.toString()));
    this.#child.stderr?.on('data', (chunk: Buffer) => this.#output.push(chunk.toString()));
    let calls: RecordedCall[] | undefined;
    this.#child.on('message', (message: Reply | ExitMessage) => {
      if ('event' in message) {
        calls = message.calls;
        return;
      }
      this.#pending.get(message.id)?.(message);
      this.#pending.delete(message.id);
    });
    this.exited = new Promise((resolve) => {
      this.#child.on('exit', (code, signal) => {
        this.#exitCode = code;
        for (const answer of this.#pending.values()) {
          answer({ id: 0, ok: false, error: `main exited (code ${code}, signal ${signal})` });
        }
        this.#pending.clear();
        resolve({ code, signal, calls });
      });
    });
  }

  static start(options: StartOptions): MainProcess {
    return new MainProcess(options);
  }

  /** Starts the app, emits `ready` and waits until start-up is over. */
  static async started(options: StartOptions): Promise<MainProcess> {
    const main = new MainProcess(options);
    try {
      await main.command('ready');
      await main.command('settle');
      return main;
    } catch (error) {
      await main.stop();
      throw error;
    }
  }

  /** True while the child runs; false once it exited or crashed. */
  get running(): boolean {
    return this.#exitCode === null && this.#child.exitCode === null && !this.#child.killed;
  }

  /** Everything the child wrote to stdout and stderr; attach it to failure messages. */
  get output(): string {
    return this.#output.join('');
  }

  /** Runs a driver.mjs command and returns its value; rejects with the child's error or output. */
  command<T = unknown>(command: string, args: Record<string, unknown> = {}): Promise<T> {
    if (!this.running) return Promise.reject(new Error(`main is not running:\n${this.output}`));
    const id = this.#nextId++;
    return new Promise<T>((resolve, reject) => {
      this.#pending.set(id, (reply) =>
        reply.ok
          ? resolve(reply.value as T)
          : reject(new Error(`${command}: ${reply.error}\n--- main output ---\n${this.output}`)),
      );
      this.#child.send({ id, command, ...args });
    });
  }

  calls(): Promise<RecordedCall[]> {
    return this.command<RecordedCall[]>('calls');
  }

  /** A page's `ipcRenderer.invoke(channel, request)`, by default from the phone page. */
  invoke(channel: string, request?: unknown, options: InvokeOptions = {}): Promise<InvokeResult> {
    return this.command<InvokeResult>('invoke', { channel, request, ...options });
  }

  /** Stops the child (if still running) and removes the profile. */
  async stop(): Promise<void> {
    if (this.running) {
      this.#child.kill('SIGTERM');
      await this.exited;
    }
    rmSync(this.root, { recursive: true, force: true });
  }
}
