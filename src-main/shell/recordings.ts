/**
 * The recordings' Electron side: where the default folder is (Music, else Documents), the folder
 * picker and Show in folder. The store itself is plain Node (services/recordings).
 */
import { app, dialog, shell, type BrowserWindow } from 'electron';
import { join } from 'node:path';
import type { RecordingPorts } from '../services/core/recording-handlers';
import type { MainTranslate } from '../services/i18n/translator';
import type { Logger } from '../services/logging/logger';
import { RecordingStore } from '../services/recordings/recording-store';

function defaultFolder(): string {
  for (const name of ['music', 'documents'] as const) {
    try {
      return join(app.getPath(name), 'Softphone recordings');
    } catch {
      // No such folder on this system (a minimal Linux install): try the next.
    }
  }
  return join(app.getPath('home'), 'Softphone recordings');
}

export async function openRecordings(options: {
  userData: string;
  folder: () => string | undefined;
  window: () => BrowserWindow | undefined;
  log: Logger;
  t: MainTranslate;
}): Promise<RecordingPorts> {
  const fallback = defaultFolder();
  const store = await RecordingStore.open({
    indexPath: join(options.userData, 'recordings.json'),
    folder: () => options.folder() ?? fallback,
    log: options.log,
  });
  return {
    store,
    defaultFolder: fallback,
    reveal: (path) => shell.showItemInFolder(path),
    async pickFolder(current) {
      const parent = options.window();
      const request = {
        title: options.t('dialog.recordingsFolder'),
        defaultPath: current,
        properties: ['openDirectory', 'createDirectory'] as ('openDirectory' | 'createDirectory')[],
      };
      const result = parent
        ? await dialog.showOpenDialog(parent, request)
        : await dialog.showOpenDialog(request);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
  };
}
