import { join } from 'node:path';

/**
 * Where the built pages, preloads and runtime images are, in development (`electron-vite dev` or
 * `preview`, app path = the project folder) and in an installed app (images under
 * `process.resourcesPath`, see `extraResources` in electron-builder.yml: on Linux the tray hands
 * a file path to the StatusNotifier host, which cannot read inside app.asar).
 */
export interface AppPaths {
  mainPage: string;
  popupPage: string;
  mainPreload: string;
  popupPreload: string;
  trayIcons: string;
  appIcon: string;
}

export function appPaths(options: {
  mainDirectory: string;
  devServerUrl: string | undefined;
  isPackaged: boolean;
  appPath: string;
  resourcesPath: string;
}): AppPaths {
  const { mainDirectory, devServerUrl } = options;
  const page = (name: string) =>
    devServerUrl
      ? new URL(
          name === 'index.html' ? '' : name,
          devServerUrl.endsWith('/') ? devServerUrl : `${devServerUrl}/`,
        ).href
      : new URL(`file://${join(mainDirectory, '../renderer', name)}`).href;
  const images = options.isPackaged
    ? join(options.resourcesPath, 'icons')
    : join(options.appPath, 'assets', 'icons');
  return {
    mainPage: page('index.html'),
    popupPage: page('popup.html'),
    mainPreload: join(mainDirectory, '../preload/index.cjs'),
    popupPreload: join(mainDirectory, '../preload/popup.cjs'),
    trayIcons: join(images, 'tray'),
    appIcon: options.isPackaged ? join(images, 'app.png') : join(images, 'app', '256x256.png'),
  };
}

/** The tray image for a state: ICO on Windows, a template image on macOS (tinted by the menu bar), PNG elsewhere. */
export function trayIconFile(directory: string, state: string, platform: string): string {
  if (platform === 'win32') return join(directory, `${state}.ico`);
  if (platform === 'darwin') return join(directory, `${state}Template.png`);
  return join(directory, `${state}.png`);
}
