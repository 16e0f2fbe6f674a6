/**
 * The only file that touches ipcMain (lint enforces it). Every invoke channel of the contract is
 * bound to the router, which checks the sender and validates the payload before any handler runs.
 */
import { ipcMain, type WebContents } from 'electron';
import {
  invokeChannels,
  type InvokeChannel,
  type PushChannel,
  type PushPayload,
} from '../../src-preload/contract';

type Route = (sender: { url: string; isMainFrame: boolean }, channel: string, request: unknown) => Promise<unknown>;

export function bindInvokeChannels(route: Route): () => void {
  const channels = Object.keys(invokeChannels) as InvokeChannel[];
  for (const channel of channels) {
    ipcMain.handle(channel, (event, request: unknown) => {
      const frame = event.senderFrame;
      const sender = {
        url: frame?.url ?? '',
        // A detached or sub-frame sender is refused by the router.
        isMainFrame: frame !== null && frame === event.sender.mainFrame,
      };
      return route(sender, channel, request);
    });
  }
  return () => channels.forEach((channel) => ipcMain.removeHandler(channel));
}

/** Pushes a typed event to one window's page. */
export function push<C extends PushChannel>(target: WebContents, channel: C, payload: PushPayload<C>): void {
  if (!target.isDestroyed()) target.send(channel, payload);
}
