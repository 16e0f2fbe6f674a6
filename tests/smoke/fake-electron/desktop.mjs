/**
 * The fake desktop-integration modules the shell's ports wrap (shell/tray.ts, os-ports.ts,
 * popup-windows.ts, safe-storage.ts): each records its calls and answers as a quiet Linux
 * desktop would, with no display, network or keyring behind it.
 */
import { Buffer } from 'node:buffer';
import { EventEmitter } from 'node:events';
import { existsSync } from 'node:fs';
import { lifecycle, record, requireReady } from './state.mjs';

export class Tray extends EventEmitter {
  constructor(image) {
    super();
    requireReady('new Tray');
    record('new Tray', [image]);
  }
  setImage(image) {
    record('tray.setImage', [image]);
  }
  setToolTip(text) {
    record('tray.setToolTip', [text]);
  }
  setContextMenu(menu) {
    record('tray.setContextMenu', [menu]);
  }
  getBounds() {
    return { x: 1880, y: 0, width: 24, height: 24 };
  }
}

export const Menu = {
  buildFromTemplate(template) {
    record('Menu.buildFromTemplate', [template]);
    return { template };
  },
  /** The application menu (Electron's default one has Reload and DevTools in every build). */
  setApplicationMenu(menu) {
    record('Menu.setApplicationMenu', [menu]);
  },
};

/** Opening a page in the user's browser: recorded, never done. */
export const shell = {
  async openExternal(url) {
    record('shell.openExternal', [url]);
  },
};

/** Images remember their path; `isEmpty` is true when the file is missing, as in Electron. */
export const nativeImage = {
  createFromPath(path) {
    record('nativeImage.createFromPath', [path]);
    return { path, isEmpty: () => !existsSync(path), setTemplateImage: () => {} };
  },
};

/** One 1920×1080 display with a 30-pixel panel at the bottom. */
const display = {
  id: 1,
  bounds: { x: 0, y: 0, width: 1920, height: 1080 },
  workArea: { x: 0, y: 0, width: 1920, height: 1050 },
  scaleFactor: 1,
};
/** Electron's `screen` throws when used before `ready`. */
const afterReady = (api, answer) => () => {
  requireReady(api);
  return answer;
};
export const screen = {
  getAllDisplays: afterReady('screen.getAllDisplays', [display]),
  getPrimaryDisplay: afterReady('screen.getPrimaryDisplay', display),
  getDisplayNearestPoint: afterReady('screen.getDisplayNearestPoint', display),
  getCursorScreenPoint: afterReady('screen.getCursorScreenPoint', { x: 960, y: 540 }),
};

const shortcuts = new Set();
export const globalShortcut = {
  register(accelerator, callback) {
    requireReady('globalShortcut');
    record('globalShortcut.register', [accelerator, callback]);
    shortcuts.add(accelerator);
    return true;
  },
  unregister(accelerator) {
    record('globalShortcut.unregister', [accelerator]);
    shortcuts.delete(accelerator);
  },
  isRegistered: (accelerator) => shortcuts.has(accelerator),
};

/** Electron's `powerMonitor` throws when used before `ready`; the test emits its events (driver.mjs). */
class PowerMonitor extends EventEmitter {
  on(event, listener) {
    requireReady('powerMonitor');
    record('powerMonitor.on', [event]);
    return super.on(event, listener);
  }
}
export const powerMonitor = new PowerMonitor();

const blockers = new Set();
export const powerSaveBlocker = {
  start(type) {
    record('powerSaveBlocker.start', [type]);
    const id = blockers.size + 1;
    blockers.add(id);
    return id;
  },
  stop(id) {
    record('powerSaveBlocker.stop', [id]);
    return blockers.delete(id);
  },
  isStarted: (id) => blockers.has(id),
};

/** Electron 45's clipboard reads are asynchronous; nothing is ever selected here. */
export const clipboard = {
  readText: async () => '',
  selection: { readText: async () => '' },
};

/**
 * Every question is answered with its cancel button, unless the test queued an answer first
 * (driver command `answerDialog`): the smoke test agrees to nothing it did not choose.
 */
export const dialogAnswers = [];
export const dialog = {
  async showMessageBox(...args) {
    requireReady('dialog');
    record('dialog.showMessageBox', args);
    const queued = dialogAnswers.shift();
    if (queued) return { checkboxChecked: false, ...queued };
    return { response: args.at(-1).cancelId ?? 1, checkboxChecked: false };
  },
  showErrorBox(...args) {
    record('dialog.showErrorBox', args);
  },
  async showSaveDialog(...args) {
    requireReady('dialog');
    record('dialog.showSaveDialog', args);
    return { canceled: true, filePath: '' };
  },
};

export class Notification extends EventEmitter {
  static isSupported = () => true;
  constructor(options) {
    super();
    requireReady('new Notification');
    record('new Notification', [options]);
  }
  show() {
    record('notification.show');
  }
  close() {
    record('notification.close');
  }
}

/** The smoke run has no network; a fetch is recorded and fails the way an offline one does. */
export const net = {
  async fetch(url) {
    requireReady('net.fetch');
    record('net.fetch', [String(url)]);
    throw new Error('net::ERR_INTERNET_DISCONNECTED');
  },
};

/**
 * safeStorage with a reversible, non-identity "encryption" (XOR behind a marker), so a test can
 * tell that no password reached a file in plain text. Like Electron on Linux it reports the
 * `unknown` backend until `ready`.
 */
const MARKER = Buffer.from('fake-safe-storage:');
const scramble = (bytes) => Buffer.from(bytes.map((byte) => byte ^ 0x5a));
export const safeStorage = {
  getSelectedStorageBackend: () => (lifecycle.ready ? 'gnome_libsecret' : 'unknown'),
  async isAsyncEncryptionAvailable() {
    requireReady('safeStorage');
    return true;
  },
  async encryptStringAsync(text) {
    requireReady('safeStorage');
    record('safeStorage.encryptStringAsync');
    return Buffer.concat([MARKER, scramble(Buffer.from(text, 'utf8'))]);
  },
  async decryptStringAsync(encrypted) {
    requireReady('safeStorage');
    record('safeStorage.decryptStringAsync');
    if (!encrypted.subarray(0, MARKER.length).equals(MARKER)) {
      throw new Error('Error while decrypting the ciphertext');
    }
    const result = scramble(encrypted.subarray(MARKER.length)).toString('utf8');
    return { result, shouldReEncrypt: false };
  },
};
