import type {
  CallOutcome,
  CallSummary,
  LineReport,
  RegistrationState,
} from '../../../src-preload/contract';
import { cleanDisplayText } from '../links/link-text';
import { parseDialInput } from '../links/tel-link';
import { englishTexts, type MainTranslate } from '../i18n/translator';

/**
 * The tray as plain data: which icon, which tooltip, which badge, which menu.
 * Pure, so every state is a table row in a test; `TrayService` turns it into
 * Electron calls. Strings are English on purpose: the tray is OS chrome drawn by
 * main, which has no i18n yet (the renderer owns vue-i18n). When main gets
 * translations, pass a `strings` table in here rather than translating in the shell.
 */

export type TrayIconState = 'offline' | 'registered' | 'dnd' | 'in-call' | 'missed';

/** What a menu item does when clicked: data, so the menu can be compared and tested. */
export type TrayCommand =
  | { kind: 'toggle-window' }
  | { kind: 'toggle-dnd' }
  | { kind: 'answer'; callId: string }
  | { kind: 'hangup'; callId: string }
  /** `accountId`: the line to call from (voicemail is per line); absent: the default line. */
  | { kind: 'dial'; target: string; accountId?: string }
  | { kind: 'open-portal' }
  | { kind: 'quit' };

export interface MenuItemModel {
  /** Stable across rebuilds, so tests and the shell can find an item. */
  id: string;
  type: 'normal' | 'checkbox' | 'separator' | 'submenu';
  /** Already escaped for Electron menus (`&` doubled); absent on separators. */
  label?: string;
  enabled?: boolean;
  checked?: boolean;
  command?: TrayCommand;
  submenu?: MenuItemModel[];
}

export interface RecentCall {
  number: string;
  name?: string;
  outcome: CallOutcome;
}

/**
 * What the tray shows: the page's calls and registration (its last report), and what main owns
 * itself, the unseen missed-call count (history) and do-not-disturb (settings).
 */
export interface TrayState {
  registration: RegistrationState;
  /** Why registration failed, for the tooltip. */
  registrationDetail?: string;
  calls: readonly CallSummary[];
  missedCount: number;
  doNotDisturb: boolean;
  /** Voicemail: the lines' mailboxes summed, and the line and number "Call voicemail" dials. */
  voicemail?: TrayVoicemail;
}

export interface TrayVoicemail {
  newCount: number;
  oldCount: number;
  /** The line with new messages (else the first with a number). */
  accountId: string;
  /** Its voicemail number (the line's own, else the profile's); absent: nothing to dial. */
  number?: string;
}

export interface TrayModelOptions {
  windowVisible: boolean;
  /** Newest first; only the first `MAX_RECENT` are shown. */
  recentCalls: readonly RecentCall[];
  /**
   * `calling.defaultCountry`: a national number in history ("(202) 555-0100") redials as the dial
   * field would dial it, not refused for want of a country.
   */
  defaultCountry?: string;
  /** The provisioning profile names a customer portal: the menu offers to open it. */
  portal?: boolean;
  /** Main's texts in the user's language (English when absent). */
  t?: MainTranslate;
}

export interface TrayModel {
  icon: TrayIconState;
  tooltip: string;
  badgeCount: number;
  menu: MenuItemModel[];
}

export const MAX_RECENT = 10;
/** Windows truncates tray tooltips at 127 characters (NOTIFYICONDATA.szTip is 128 WCHARs). */
export const MAX_TOOLTIP = 127;

const IN_PROGRESS: ReadonlySet<CallSummary['state']> = new Set(['dialing', 'active', 'held']);
/**
 * All lines' registration as one word for the tray (any registered line counts, then any
 * connecting, then any failed), with the first failed line's detail when that word is "failed".
 */
export function overallRegistration(
  lines: readonly LineReport[],
): Pick<TrayState, 'registration' | 'registrationDetail'> {
  for (const registration of ['registered', 'connecting', 'failed'] as const) {
    if (!lines.some((line) => line.registration === registration)) continue;
    const detail =
      registration === 'failed'
        ? lines.find((line) => line.registration === 'failed' && line.detail)?.detail
        : undefined;
    return detail ? { registration, registrationDetail: detail } : { registration };
  }
  return { registration: 'offline' };
}

/**
 * Icon priority: a live call first (the user is busy with it), then being
 * offline (calls are being lost silently, the most important thing to notice),
 * then missed calls, then do-not-disturb, then plain "ready".
 */
export function trayModel(state: TrayState, options: TrayModelOptions): TrayModel {
  const live = state.calls.filter((call) => call.state !== 'ended');
  const ringing = live.find((call) => call.direction === 'incoming' && call.state === 'ringing');
  const inProgress = live.find((call) => IN_PROGRESS.has(call.state));
  const registered = state.registration === 'registered';
  const missed = state.missedCount;

  const icon: TrayIconState =
    live.length > 0
      ? 'in-call'
      : !registered
        ? 'offline'
        : missed > 0
          ? 'missed'
          : state.doNotDisturb
            ? 'dnd'
            : 'registered';

  return {
    icon,
    tooltip: tooltip(state, options.t ?? englishTexts, ringing, inProgress, live.length),
    // The dock/launcher badge counts what waits for the user: missed calls and new voicemail.
    badgeCount: missed + (state.voicemail?.newCount ?? 0),
    menu: menu(state, options, options.t ?? englishTexts, ringing, inProgress),
  };
}

function tooltip(
  state: TrayState,
  t: MainTranslate,
  ringing?: CallSummary,
  inProgress?: CallSummary,
  liveCount = 0,
): string {
  const parts: string[] = [];
  if (ringing) parts.push(t('tray.incoming', { who: who(ringing) }));
  else if (inProgress) {
    const key =
      inProgress.state === 'held'
        ? 'tray.onHold'
        : inProgress.state === 'dialing'
          ? 'tray.calling'
          : 'tray.inCall';
    parts.push(t(key, { who: who(inProgress) }));
  }
  if (liveCount > 1) parts.push(t('tray.calls', {}, liveCount));
  if (!ringing && !inProgress) parts.push(registrationText(state, t));
  if (state.missedCount > 0) parts.push(t('tray.missed', {}, state.missedCount));
  const voicemail = state.voicemail?.newCount ?? 0;
  if (voicemail > 0) parts.push(t('tray.voicemails', {}, voicemail));
  if (state.doNotDisturb) parts.push(t('tray.doNotDisturb'));
  return cleanDisplayText(`Softphone - ${parts.join(' · ')}`, MAX_TOOLTIP);
}

function registrationText(state: TrayState, t: MainTranslate): string {
  switch (state.registration) {
    case 'registered':
      return t('tray.ready');
    case 'connecting':
      return t('tray.connecting');
    case 'failed':
      return state.registrationDetail
        ? t('tray.notConnectedBecause', { detail: cleanDisplayText(state.registrationDetail, 60) })
        : t('tray.notConnected');
    case 'offline':
      return t('tray.offline');
  }
}

function menu(
  state: TrayState,
  options: TrayModelOptions,
  t: MainTranslate,
  ringing?: CallSummary,
  inProgress?: CallSummary,
): MenuItemModel[] {
  const items: MenuItemModel[] = [
    {
      id: 'toggle-window',
      type: 'normal',
      label: options.windowVisible ? t('tray.hide') : t('tray.show'),
      command: { kind: 'toggle-window' },
    },
  ];
  if (ringing || inProgress) items.push({ id: 'separator-calls', type: 'separator' });
  if (ringing) {
    items.push({
      id: 'answer',
      type: 'normal',
      label: menuLabel(t('tray.answer', { who: who(ringing) })),
      command: { kind: 'answer', callId: ringing.id },
    });
  }
  if (inProgress) {
    items.push({
      id: 'hangup',
      type: 'normal',
      label: menuLabel(t('tray.hangup', { who: who(inProgress) })),
      command: { kind: 'hangup', callId: inProgress.id },
    });
  }
  items.push({ id: 'separator-status', type: 'separator' });
  if (state.voicemail) items.push(voicemailItem(state.voicemail, t));
  items.push(
    {
      id: 'dnd',
      type: 'checkbox',
      label: t('tray.doNotDisturb'),
      checked: state.doNotDisturb,
      command: { kind: 'toggle-dnd' },
    },
    {
      id: 'recent',
      type: 'submenu',
      label: t('tray.recent'),
      submenu: recentItems(options.recentCalls, t, options.defaultCountry),
    },
    ...portalItems(options, t),
    { id: 'separator-quit', type: 'separator' },
    { id: 'quit', type: 'normal', label: t('tray.quit'), command: { kind: 'quit' } },
  );
  return items;
}

function voicemailItem(voicemail: TrayVoicemail, t: MainTranslate): MenuItemModel {
  // The number comes from the user's settings or the provider's profile, not from the network.
  return voicemail.number
    ? {
        id: 'voicemail',
        type: 'normal',
        label: t('tray.voicemail'),
        command: { kind: 'dial', target: voicemail.number, accountId: voicemail.accountId },
      }
    : { id: 'voicemail', type: 'normal', label: t('tray.voicemail'), enabled: false };
}

/** "Open customer portal" when the provisioning profile names one (issue 9, point 7). */
function portalItems(options: TrayModelOptions, t: MainTranslate): MenuItemModel[] {
  if (!options.portal) return [];
  return [
    {
      id: 'portal',
      type: 'normal',
      label: t('tray.portal'),
      command: { kind: 'open-portal' },
    },
  ];
}

function recentItems(
  recent: readonly RecentCall[],
  t: MainTranslate,
  defaultCountry?: string,
): MenuItemModel[] {
  if (recent.length === 0)
    return [{ id: 'recent-none', type: 'normal', label: t('tray.noRecent'), enabled: false }];
  return recent.slice(0, MAX_RECENT).map((call, index) => {
    const number = cleanDisplayText(call.number, 40);
    const name = call.name ? cleanDisplayText(call.name, 40) : '';
    const outcome = call.outcome === 'answered' ? '' : t(`tray.outcome.${call.outcome}`);
    const label = menuLabel(
      `${name ? `${name} (${number})` : number}${outcome ? ` · ${outcome}` : ''}`,
    );
    // History numbers come from the network (caller ID can be spoofed): redial only what
    // a link could dial, so a caller cannot plant a `*72…` forwarding code here.
    const parsed = parseDialInput(call.number, { defaultCountry });
    return parsed.ok
      ? {
          id: `recent-${index}`,
          type: 'normal',
          label,
          command: { kind: 'dial', target: parsed.action.target },
        }
      : { id: `recent-${index}`, type: 'normal', label, enabled: false };
  });
}

function who(call: CallSummary): string {
  return call.name
    ? cleanDisplayText(call.name, 40)
    : cleanDisplayText(call.number, 40) || 'unknown';
}

/** On Windows and Linux a single `&` in a menu label marks a mnemonic; a caller's name must not. */
function menuLabel(text: string): string {
  return text.replace(/&/g, '&&');
}
