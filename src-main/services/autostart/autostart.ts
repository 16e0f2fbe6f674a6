import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join } from 'node:path';

/**
 * Start at login.
 *
 * - Windows: `app.setLoginItemSettings` with `--minimized`, so the app starts in the
 *   tray. The same path and args must be passed when reading the state back, or
 *   Windows reports "off" (Electron compares the Run-key command line).
 * - macOS: `app.setLoginItemSettings({ openAtLogin })`. Login items cannot carry
 *   arguments any more (SMAppService), and `openAsHidden` is gone from Electron's
 *   API, so the shell starts minimised when `getLoginItemSettings().wasOpenedAtLogin`.
 * - Linux: an XDG autostart entry, `$XDG_CONFIG_HOME/autostart/softphone.desktop`
 *   (default `~/.config`), with `--minimized`. For an AppImage the shell must pass
 *   `process.env.APPIMAGE` as `execPath`: `process.execPath` points into a temporary
 *   mount that is gone after logout. Snap and Flatpak builds need their own
 *   mechanism (the Background portal) and are not handled here.
 */

export const AUTOSTART_ARGS: readonly string[] = ['--minimized'];
export const AUTOSTART_FILE_NAME = 'softphone.desktop';

/** The slice of Electron's `app` login-item API this module uses (Windows and macOS). */
export interface LoginItemPort {
  getLoginItemSettings(options?: { path?: string; args?: string[] }): { openAtLogin: boolean };
  setLoginItemSettings(settings: { openAtLogin: boolean; path?: string; args?: string[] }): void;
}

/** Just enough file system for one file (Linux). */
export interface AutostartFsPort {
  /** The file's text, or null when it does not exist. */
  read(path: string): Promise<string | null>;
  /** Creates parent directories and replaces the file atomically. */
  write(path: string, content: string): Promise<void>;
  /** Removes the file; no error when it is already gone. */
  remove(path: string): Promise<void>;
}

export interface AutostartOptions {
  platform: string;
  /** The program to start: `process.execPath`, or `process.env.APPIMAGE` for an AppImage. */
  execPath: string;
  /** `process.env.XDG_CONFIG_HOME` and `os.homedir()`. */
  env: { XDG_CONFIG_HOME?: string; HOME: string };
  loginItems?: LoginItemPort;
  fs?: AutostartFsPort;
  /** Product name shown by session managers; defaults to "Softphone". */
  name?: string;
  /** Icon name from the installed `.desktop` (electron-builder uses the executable name). */
  icon?: string;
}

/** `$XDG_CONFIG_HOME/autostart/softphone.desktop`; a relative XDG_CONFIG_HOME is invalid per the spec and ignored. */
export function autostartDesktopPath(env: AutostartOptions['env']): string {
  const configHome =
    env.XDG_CONFIG_HOME && isAbsolute(env.XDG_CONFIG_HOME)
      ? env.XDG_CONFIG_HOME
      : join(env.HOME, '.config');
  return join(configHome, 'autostart', AUTOSTART_FILE_NAME);
}

/**
 * Quotes one argument for a desktop entry's `Exec` key: plain words stay as they are,
 * anything else goes in double quotes,
 * with `"`, `` ` ``, `$` and `\` backslash-escaped inside the quotes, then the
 * string-level escape (`\` doubled again) and `%` doubled so it is not a field code.
 * (Desktop Entry Specification, "The Exec key".) Control characters are refused:
 * a newline would start a new key.
 */
export function quoteExecArgument(arg: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  if (/[\u0000-\u001f\u007f]/.test(arg))
    throw new Error('A path with control characters cannot be started at login.');
  if (/^[A-Za-z0-9_./+,:@=-]+$/.test(arg)) return arg;
  const quoted = `"${arg.replace(/(["`$\\])/g, '\\$1')}"`;
  return quoted.replace(/\\/g, '\\\\').replace(/%/g, '%%');
}

/** The autostart entry's text. Pure. */
export function buildAutostartEntry(options: {
  execPath: string;
  args: readonly string[];
  name: string;
  icon: string;
}): string {
  if (!isAbsolute(options.execPath))
    throw new Error('The program to start at login must be given as an absolute path.');
  const exec = [options.execPath, ...options.args].map(quoteExecArgument).join(' ');
  const line = (value: string) => value.replace(/[\r\n\t\\]/g, ' ');
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Version=1.0',
    `Name=${line(options.name)}`,
    `Comment=Start ${line(options.name)} in the tray at login`,
    `Exec=${exec}`,
    `Icon=${line(options.icon)}`,
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n');
}

/** Start-at-login for the current platform. */
export class Autostart {
  constructor(private readonly options: AutostartOptions) {}

  async isEnabled(): Promise<boolean> {
    if (this.options.platform === 'linux') {
      const text = await this.fs().read(autostartDesktopPath(this.options.env));
      // Hidden=true or a GNOME "disabled" flag means the user switched it off in their session settings.
      return (
        text !== null &&
        !/^Hidden\s*=\s*true\s*$/m.test(text) &&
        !/^X-GNOME-Autostart-enabled\s*=\s*false\s*$/m.test(text)
      );
    }
    return this.loginItems().getLoginItemSettings(this.windowsOptions()).openAtLogin;
  }

  /** Turns start-at-login on or off. Call at every start too: it refreshes a moved AppImage's path. */
  async setEnabled(enabled: boolean): Promise<void> {
    if (this.options.platform === 'linux') {
      const path = autostartDesktopPath(this.options.env);
      if (!enabled) return this.fs().remove(path);
      const content = buildAutostartEntry({
        execPath: this.options.execPath,
        args: AUTOSTART_ARGS,
        name: this.options.name ?? 'Softphone',
        icon: this.options.icon ?? 'softphone',
      });
      return this.fs().write(path, content);
    }
    this.loginItems().setLoginItemSettings({ openAtLogin: enabled, ...this.windowsOptions() });
  }

  /** Windows compares path and args when reading back; macOS ignores both. */
  private windowsOptions(): { path?: string; args?: string[] } {
    return this.options.platform === 'win32'
      ? { path: this.options.execPath, args: [...AUTOSTART_ARGS] }
      : {};
  }

  private loginItems(): LoginItemPort {
    if (!this.options.loginItems)
      throw new Error(`Start at login on ${this.options.platform} needs the login-item port.`);
    return this.options.loginItems;
  }

  private fs(): AutostartFsPort {
    return this.options.fs ?? nodeAutostartFs;
  }
}

/** The real file system, for Linux. */
export const nodeAutostartFs: AutostartFsPort = {
  async read(path) {
    try {
      return await readFile(path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  },
  async write(path, content) {
    await mkdir(dirname(path), { recursive: true });
    // Write then rename, so a crash never leaves a half-written entry the session manager chokes on.
    const temp = `${path}.${process.pid}.tmp`;
    await writeFile(temp, content, { mode: 0o644 });
    await rename(temp, path);
  },
  async remove(path) {
    await rm(path, { force: true });
  },
};
