/**
 * The incoming-call popup's preload: `window.softphonePopup`, three verbs and nothing else. It
 * reads the call it was opened for and answers or declines that call; main ties every request to
 * the sending window (services/popup/popup-ipc.ts), so no call id ever comes from the page.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { PopupAction, PopupView, SoftphonePopupApi } from './contract/popup';

const api: SoftphonePopupApi = {
  view: () => ipcRenderer.invoke('popup:view') as Promise<PopupView | null>,
  command: async (action: PopupAction) => {
    await ipcRenderer.invoke('popup:command', { action });
  },
  onChanged(listener) {
    // The page gets the payload only, never the IpcRendererEvent (which exposes `sender`).
    const relay = (_event: IpcRendererEvent, view: PopupView) => listener(view);
    ipcRenderer.on('popup:changed', relay);
    return () => {
      ipcRenderer.removeListener('popup:changed', relay);
    };
  },
};

contextBridge.exposeInMainWorld('softphonePopup', api);
