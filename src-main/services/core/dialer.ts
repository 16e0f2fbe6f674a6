import type { DialRequest } from '../../../src-preload/contract';
import { parseCallLink, type DialAction } from '../links/tel-link';
import { describeUntrusted } from '../links/link-text';
import { sipHostRefusal, sipTargetHost } from '../links/sip-host-policy';
import { refusalInEnglish, type Refusal } from '../../../src-preload/i18n/refusals';
import type { Logger } from '../logging/logger';

export type DialSource = DialRequest['source'];

/** What the user answered: call, don't, or call and never ask again for `tel:` links. */
export type DialAnswer = 'call' | 'cancel' | 'always';

/** "Call +1 202 555 0100?" before a link dials, unless the user turned that off (calling.confirmBeforeDial). */
export interface ConfirmDialogPort {
  /**
   * `display` is printable ASCII from the link parser. `offerAlways`: show "Always allow for tel:
   * links" (a phone-number link from another app). `signal` aborts the question when a newer link
   * replaces it; the answer is then ignored.
   */
  confirmDial(
    display: string,
    options: { offerAlways: boolean; signal: AbortSignal },
  ): Promise<DialAnswer>;
}

/** At most this many dials from other apps (links, command lines) per `LINK_WINDOW_MS`. */
export const MAX_LINK_DIALS = 3;
export const LINK_WINDOW_MS = 10_000;

export interface DialerDeps {
  confirmBeforeDial(): boolean;
  /** "Always allow for tel: links" (`calling.allowTelLinks`). */
  allowTelLinks(): boolean;
  /** The user ticked "Always allow for tel: links": remember it. */
  rememberAllowTelLinks(): void;
  /** The lines' SIP domains: the only local or private hosts a `sip:` link may name. */
  ownDomains(): readonly string[];
  /** The user's default country (`calling.defaultCountry`): links then dial as the dial field would. */
  defaultCountry?(): string;
  dialog: ConfirmDialogPort;
  /** Delivers the dial request to the page (which dials once registered). */
  push(request: DialRequest): void;
  /** Tells the user why nothing was dialled (the page translates the code). */
  refuse(refusal: Refusal): void;
  log: Logger;
  /** Milliseconds clock for the rate limit (default `Date.now`). */
  now?(): number;
}

interface Question {
  request: DialRequest;
  display: string;
  offerAlways: boolean;
}

/** Links and command lines come from other apps; the hotkey, tray and popup are the user here. */
const fromOtherApp = (source: DialSource) => source === 'link' || source === 'command-line';
const isSipTarget = (target: string) => /^sips?:/i.test(target);

/**
 * Turns links, command lines, the selection hotkey and tray clicks into `dial:request` pushes.
 * Only a target the link parser produced ever gets here, so the page receives a normalised number
 * or `sip:user@host`, never raw link text. What comes from outside the app window (a link, a
 * command line, selected text) is held to more rules: a `sip:` host that is this computer, the
 * local network or a metadata address is refused unless it is a line's own domain; other apps get
 * at most `MAX_LINK_DIALS` dials per 10 s; and the user is asked first when they want that (the
 * default), unless they allowed `tel:` links always. One question is on screen at a time and the
 * newest link wins: a link arriving while the user is asked replaces the question.
 */
export function createDialer(deps: DialerDeps) {
  const { log } = deps;
  const withinRate = createRateLimit(MAX_LINK_DIALS, LINK_WINDOW_MS, deps.now ?? Date.now);
  const ask = createQuestions(deps);

  function dial(
    action: Pick<DialAction, 'target' | 'display' | 'postDial'> & { accountId?: string },
    source: DialSource,
  ): void {
    const request: DialRequest = {
      target: action.target,
      source,
      ...(action.postDial && { postDial: action.postDial }),
      ...(action.accountId && { accountId: action.accountId }),
    };
    const outside = source !== 'tray' && source !== 'popup';
    const refusal = outside ? hostRefusal(action.target) : null;
    if (refusal) return refuse(refusal, source);
    if (fromOtherApp(source)) {
      const rate = withinRate();
      if (rate !== 'ok') {
        log.warn('refused a link: too many in a short time', { source });
        if (rate === 'first-over') deps.refuse(rateRefusal());
        return;
      }
    }
    const telLink = fromOtherApp(source) && !isSipTarget(action.target);
    if (!outside || !deps.confirmBeforeDial() || (telLink && deps.allowTelLinks())) {
      deps.push(request);
      return;
    }
    ask({ request, display: displayOf(action), offerAlways: telLink });
  }

  function hostRefusal(target: string): Refusal | null {
    const host = sipTargetHost(target);
    return host ? sipHostRefusal(host, deps.ownDomains()) : null;
  }

  function refuse(refusal: Refusal, source: DialSource): void {
    log.warn('refused a dial', { source, reason: refusalInEnglish(refusal) });
    deps.refuse(refusal);
  }

  return {
    dial,
    refuse: deps.refuse,
    /** A single link (macOS open-url): dialled if it parses, else refused with the parser's reason. */
    dialLink(url: string): void {
      const parsed = parseCallLink(url, { defaultCountry: deps.defaultCountry?.() });
      if (!parsed.ok) {
        log.warn('refused a link', { link: describeUntrusted(String(url)), reason: parsed.reason });
        deps.refuse(parsed.refusal);
        return;
      }
      dial(parsed.action, 'link');
    },
    idle: () => ask.idle(),
  };
}

function displayOf(action: Pick<DialAction, 'display' | 'postDial'>): string {
  return action.postDial && !action.display.includes(action.postDial)
    ? `${action.display}, then ${action.postDial}`
    : action.display;
}

function rateRefusal(): Refusal {
  return { code: 'tooManyLinks', params: { max: MAX_LINK_DIALS, seconds: LINK_WINDOW_MS / 1000 } };
}

/**
 * A sliding-window counter: 'ok' while under `max` in the last `windowMs`; the first call over
 * the limit is 'first-over' (the user is told once), later ones 'over' (only logged).
 */
function createRateLimit(max: number, windowMs: number, now: () => number) {
  let times: number[] = [];
  let told = false;
  return (): 'ok' | 'first-over' | 'over' => {
    const at = now();
    times = times.filter((time) => at - time < windowMs);
    if (times.length === 0) told = false;
    if (times.length < max) {
      times.push(at);
      return 'ok';
    }
    if (told) return 'over';
    told = true;
    return 'first-over';
  };
}

/**
 * The confirmation questions: one on screen at a time; a newer question aborts the open one (its
 * answer is ignored) and is asked next, and questions in between are dropped.
 */
function createQuestions(deps: DialerDeps) {
  let open: AbortController | undefined;
  let next: Question | undefined;
  let running: Promise<void> = Promise.resolve();

  async function answer(question: Question, signal: AbortSignal): Promise<DialAnswer> {
    try {
      const { display, offerAlways } = question;
      return await deps.dialog.confirmDial(display, { offerAlways, signal });
    } catch (error) {
      if (!signal.aborted) deps.log.warn('the dial confirmation failed', { error });
      return 'cancel';
    }
  }

  async function run(first: Question): Promise<void> {
    for (let question: Question | undefined = first; question;) {
      const controller = new AbortController();
      open = controller;
      const reply = await answer(question, controller.signal);
      open = undefined;
      const { source } = question.request;
      if (controller.signal.aborted) deps.log.info('a newer link replaced a dial question');
      else if (reply === 'cancel') deps.log.info('dial not confirmed', { source });
      else {
        if (reply === 'always' && question.offerAlways) deps.rememberAllowTelLinks();
        deps.push(question.request);
      }
      question = next;
      next = undefined;
    }
  }

  const ask = (question: Question): void => {
    if (open) {
      next = question;
      open.abort();
      return;
    }
    running = run(question);
  };
  return Object.assign(ask, { idle: () => running });
}
