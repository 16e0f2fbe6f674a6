/**
 * The only file that touches ipcMain (lint enforces it). Every invoke channel of the contract is
 * bound to the router, which checks the sender and validates the payload before any handler runs.
 * The popup's few channels are bound to their own router (services/popup/popup-ipc.ts).
 */
import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import {
  invokeChannels,
  popupInvokeChannels,
  type InvokeChannel,
  type PopupInvokeChannel,
  type PopupPushChannel,
  type PopupView,
  type PushChannel,
  type PushPayload,
} from '../../src-preload/contract';

interface Sender {
  url: string;
  isMainFrame: boolean;
  contentsId: number;
}
type Route = (sender: Sender, channel: string, request: unknown) => Promise<unknown>;

function senderOf(event: IpcMainInvokeEvent): Sender {
  const frame = event.senderFrame;
  return {
    url: frame?.url ?? '',
    // A detached or sub-frame sender is refused by the routers.
    isMainFrame: frame !== null && frame === event.sender.mainFrame,
    contentsId: event.sender.id,
  };
}

/**
 * Binds the main contract. `isPhoneWindow` keeps popup windows (same folder, so the same origin
 * policy) from using the phone's channels even if one were compromised.
 */
export function bindInvokeChannels(
  route: Route,
  isPhoneWindow: (contents: WebContents) => boolean,
): () => void {
  const channels = Object.keys(invokeChannels) as InvokeChannel[];
  for (const channel of channels) {
    ipcMain.handle(channel, (event, request: unknown) => {
      const sender = senderOf(event);
      return route(
        isPhoneWindow(event.sender) ? sender : { ...sender, isMainFrame: false },
        channel,
        request,
      );
    });
  }
  return () => channels.forEach((channel) => ipcMain.removeHandler(channel));
}

/** Binds the popup's channels; the route resolves each request against the sending popup window. */
export function bindPopupChannels(route: Route): () => void {
  const channels = Object.keys(popupInvokeChannels) as PopupInvokeChannel[];
  for (const channel of channels) {
    ipcMain.handle(channel, (event, request: unknown) => route(senderOf(event), channel, request));
  }
  return () => channels.forEach((channel) => ipcMain.removeHandler(channel));
}

/** Pushes a typed event to one window's page. */
export function push<C extends PushChannel>(
  target: WebContents,
  channel: C,
  payload: PushPayload<C>,
): void {
  if (!target.isDestroyed()) target.send(channel, payload);
}

/** Pushes new content to one popup page. */
export function pushToPopup(
  target: WebContents,
  channel: PopupPushChannel,
  payload: PopupView,
): void {
  if (!target.isDestroyed()) target.send(channel, payload);
}
