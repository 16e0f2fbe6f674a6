import type { PopupAction, SoftphonePopupApi } from '../../src-preload/contract';
import '../styles/base.css';
import { applyTheme } from '../styles/theme';
import { renderPopup } from './popup-view';
import './popup.css';

declare global {
  interface Window {
    /** Exposed by the popup preload (src-preload/popup.ts); nothing else is. */
    readonly softphonePopup?: SoftphonePopupApi;
  }
}

const root = document.getElementById('popup');
const bridge = window.softphonePopup;

if (root && bridge) {
  let busy = false;
  const act = (action: PopupAction) => {
    if (busy) return;
    // One press only: a second Answer while main is answering would be stale anyway.
    busy = action !== 'dismiss';
    void bridge.command(action).finally(() => (busy = false));
  };
  const show = (view: Parameters<typeof renderPopup>[1]) => {
    applyTheme(view.theme);
    renderPopup(root, view, act);
  };
  bridge.onChanged(show);
  void bridge.view().then((view) => {
    if (view) show(view);
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') act('dismiss');
  });
}
