import { describeUntrusted } from '../links/link-text';
import { parseCallLink, parseDialInput } from '../links/tel-link';
import { refused, type Refused } from '../../../src-preload/i18n/refusals';

/**
 * Command-line parsing for the first instance (`process.argv`) and for every
 * `second-instance` event, which is how Windows and Linux deliver a clicked
 * `tel:` link to the running app.
 *
 * Rules, and why:
 * - Only our four switches mean anything: `--dial NUMBER` / `--dial=NUMBER`,
 *   `--answer`, `--hangup`, `--minimized`. Every other switch is ignored
 *   silently: Chromium appends its own (`--allow-file-access-from-files`,
 *   `--original-process-start-time=…`) to second-instance argv.
 * - After a `--` sentinel nothing is a switch: the registered protocol command is
 *   `softphone -- "%1"` (see the report), and Electron's own CVE-2018-1000006 guard
 *   also stops at `--`, so a link can never become `--gpu-launcher=…` here either.
 * - A positional argument must be a call link (through `parseCallLink`); anything
 *   else is refused and reported, never guessed at.
 * - At most one dial per command line: a second link is refused, so one click
 *   cannot queue several calls.
 */

export type CommandLineAction =
  { kind: 'dial'; target: string; postDial?: string } | { kind: 'answer' } | { kind: 'hangup' };

export interface ParsedCommandLine {
  actions: CommandLineAction[];
  /** Start (or stay) hidden in the tray. */
  minimized: boolean;
  /**
   * One refusal per argument we refused, its `reason` a readable English line that is safe to log
   * (untrusted text is escaped).
   */
  refused: Refused[];
}

export interface ParseArgvOptions {
  /**
   * `app.isPackaged`. Packaged: argv is `[exe, ...args]`. Unpackaged (`electron .`):
   * the first positional before any `--` is the app path and is skipped too.
   */
  isPackaged: boolean;
  /** The user's default country: national numbers then come out in E.164 (see `tel-link.ts`). */
  defaultCountry?: string | undefined;
}

const SENTINEL = '--';

/** Parses a full argv array (including the executable) into actions. Pure; never throws. */
export function parseArgv(argv: readonly string[], options: ParseArgvOptions): ParsedCommandLine {
  const result: ParsedCommandLine = { actions: [], minimized: false, refused: [] };
  let appPathPending = !options.isPackaged;
  let switchesEnded = false;

  for (let i = 1; i < argv.length; i += 1) {
    const token = argv[i];
    if (typeof token !== 'string') continue;

    if (!switchesEnded && token === SENTINEL) {
      switchesEnded = true;
      continue;
    }
    if (!switchesEnded && isSwitch(token)) {
      const consumed = handleSwitch(token, argv[i + 1], result, options.defaultCountry);
      i += consumed;
      continue;
    }
    if (appPathPending && !switchesEnded) {
      // `electron . --dial 123` or `electron out/main/index.js`: this is the app, not a link.
      appPathPending = false;
      continue;
    }
    handlePositional(token, result, options.defaultCountry);
  }
  return result;
}

/** Chromium accepts `-switch` as well as `--switch` (and `/switch` on Windows, which no link starts with). */
function isSwitch(token: string): boolean {
  return token.startsWith('-') && token.length > 1;
}

/** Returns how many following tokens the switch consumed (0 or 1). */
function handleSwitch(
  token: string,
  next: string | undefined,
  result: ParsedCommandLine,
  defaultCountry: string | undefined,
): number {
  const eq = token.indexOf('=');
  const name = eq === -1 ? token : token.slice(0, eq);
  switch (name) {
    case '--answer':
    case '--hangup':
      if (eq !== -1) {
        result.refused.push(refused('switchValue', { name, value: describeUntrusted(token) }));
        return 0;
      }
      result.actions.push({ kind: name === '--answer' ? 'answer' : 'hangup' });
      return 0;
    case '--minimized':
      result.minimized = true;
      return 0;
    case '--dial': {
      if (eq !== -1) {
        addDial(token.slice(eq + 1), result, defaultCountry);
        return 0;
      }
      // Never swallow a following switch or the sentinel as the number.
      if (next === undefined || next === SENTINEL || isSwitch(next)) {
        result.refused.push(refused('dialMissing'));
        return 0;
      }
      addDial(next, result, defaultCountry);
      return 1;
    }
    default:
      return 0;
  }
}

function addDial(value: string, result: ParsedCommandLine, defaultCountry?: string): void {
  // A number typed on our own command line may be a service code (*72); a link may not.
  const parsed = parseDialInput(value, { allowServiceCodes: true, defaultCountry });
  if (!parsed.ok) {
    result.refused.push(
      refused('dialIgnored', { value: describeUntrusted(value) }, parsed.refusal),
    );
    return;
  }
  pushDial(parsed.action.target, parsed.action.postDial, value, result);
}

function handlePositional(token: string, result: ParsedCommandLine, defaultCountry?: string): void {
  const parsed = parseCallLink(token, { defaultCountry });
  if (!parsed.ok) {
    result.refused.push(
      refused('argumentIgnored', { value: describeUntrusted(token) }, parsed.refusal),
    );
    return;
  }
  pushDial(parsed.action.target, parsed.action.postDial, token, result);
}

function pushDial(
  target: string,
  postDial: string | undefined,
  source: string,
  result: ParsedCommandLine,
): void {
  if (result.actions.some((action) => action.kind === 'dial')) {
    result.refused.push(refused('oneDialOnly', { value: describeUntrusted(source) }));
    return;
  }
  result.actions.push(postDial ? { kind: 'dial', target, postDial } : { kind: 'dial', target });
}
