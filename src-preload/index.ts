/**
 * The preload: the only code that touches ipcRenderer. It exposes `window.softphone`, built from
 * the contract, and never ipcRenderer itself (https://www.electronjs.org/docs/latest/tutorial/context-isolation).
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  createSoftphoneApi,
  isPushChannel,
  type BridgeTransport,
  type InvokeChannel,
  type PushChannel,
} from './contract';

/** Electron prefixes remote errors ("Error invoking remote method 'x': Error: ..."); users need only the message. */
function cleanRemoteError(error: unknown): Error {
  const message = error instanceof Error ? error.message : String(error);
  return new Error(message.replace(/^Error invoking remote method '[^']+': (?:\w*Error: )?/, ''));
}

const transport: BridgeTransport = {
  async invoke(channel: InvokeChannel, request: unknown) {
    try {
      return await ipcRenderer.invoke(channel, request);
    } catch (error) {
      throw cleanRemoteError(error);
    }
  },
  subscribe(channel: PushChannel, listener: (payload: unknown) => void) {
    if (!isPushChannel(channel)) throw new Error(`Unknown event channel ${String(channel)}`);
    // The page gets the payload only, never the IpcRendererEvent (which exposes `sender`).
    const relay = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(channel, relay);
    return () => {
      ipcRenderer.removeListener(channel, relay);
    };
  },
};

contextBridge.exposeInMainWorld('softphone', createSoftphoneApi(transport));
