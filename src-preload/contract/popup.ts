import * as v from 'valibot';
import { LOCALES } from '../i18n/locales';

/**
 * The incoming-call popup's own, much smaller bridge. A popup window gets its own page
 * (popup.html) and preload (`window.softphonePopup`), so it can never reach settings, passwords or
 * history: it may read the call it was opened for and answer or decline that call, nothing else.
 * Main resolves every request against the sending window (see services/popup/popup-ipc.ts).
 */

/** What a popup shows; cleaned by main for display (no control or text-direction characters). */
export const PopupViewSchema = v.object({
  callId: v.pipe(v.string(), v.maxLength(128)),
  number: v.pipe(v.string(), v.maxLength(256)),
  name: v.optional(v.pipe(v.string(), v.maxLength(256))),
  line: v.optional(v.pipe(v.string(), v.maxLength(128))),
  /** Ringing calls without a popup of their own ("+2 more"). */
  moreCount: v.pipe(v.number(), v.integer(), v.minValue(0)),
  language: v.picklist(LOCALES),
  theme: v.picklist(['system', 'light', 'dark']),
});

export const PopupActionSchema = v.picklist(['answer', 'decline', 'dismiss']);

const channel = <Req extends v.GenericSchema, Res extends v.GenericSchema>(
  request: Req,
  response: Res,
) => ({ request, response });

/** What a popup page may ask of main, `domain:verb`. */
export const popupInvokeChannels = {
  /** The call this popup was opened for (null once it stopped ringing). */
  'popup:view': channel(v.undefined(), v.nullable(PopupViewSchema)),
  /** Answer or decline this popup's call, or close the popup and let the call ring on. */
  'popup:command': channel(v.object({ action: PopupActionSchema }), v.void()),
} as const;

/** What main pushes to a popup page. */
export const popupPushChannels = {
  /** New content for the open popup (the stack moved, "+N more" changed, the language changed). */
  'popup:changed': PopupViewSchema,
} as const;

export type PopupInvokeChannel = keyof typeof popupInvokeChannels;
export type PopupPushChannel = keyof typeof popupPushChannels;
export type PopupView = v.InferOutput<typeof PopupViewSchema>;
export type PopupAction = v.InferOutput<typeof PopupActionSchema>;

/** `window.softphonePopup`, exposed by src-preload/popup.ts. */
export interface SoftphonePopupApi {
  view(): Promise<PopupView | null>;
  command(action: PopupAction): Promise<void>;
  onChanged(listener: (view: PopupView) => void): () => void;
}

export function isPopupInvokeChannel(name: unknown): name is PopupInvokeChannel {
  return typeof name === 'string' && Object.hasOwn(popupInvokeChannels, name);
}

/** Validates a popup request; throws a readable error when it does not fit. */
export function parsePopupRequest(channelName: unknown, request: unknown) {
  if (!isPopupInvokeChannel(channelName)) {
    throw new Error(`Unknown popup channel ${JSON.stringify(String(channelName)).slice(0, 80)}`);
  }
  const result = v.safeParse(popupInvokeChannels[channelName].request, request);
  if (!result.success) throw new Error(`Invalid request on ${channelName}`);
  return { channel: channelName, value: result.output };
}
