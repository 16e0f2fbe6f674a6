import { describe, expect, it } from 'vitest';
import { appPaths, trayIconFile } from './app-paths';

const base = { appPath: '/src/softphone', resourcesPath: '/opt/Softphone/resources' };

describe('appPaths', () => {
  it('uses the built files and the project assets in development', () => {
    const paths = appPaths({
      ...base,
      mainDirectory: '/src/softphone/out/main',
      devServerUrl: undefined,
      isPackaged: false,
    });
    expect(paths).toEqual({
      mainPage: 'file:///src/softphone/out/renderer/index.html',
      popupPage: 'file:///src/softphone/out/renderer/popup.html',
      mainPreload: '/src/softphone/out/preload/index.cjs',
      popupPreload: '/src/softphone/out/preload/popup.cjs',
      trayIcons: '/src/softphone/assets/icons/tray',
      appIcon: '/src/softphone/assets/icons/app/256x256.png',
    });
  });

  it('uses the dev server for pages under electron-vite dev', () => {
    const paths = appPaths({
      ...base,
      mainDirectory: '/src/softphone/out/main',
      devServerUrl: 'http://localhost:5173',
      isPackaged: false,
    });
    expect(paths.mainPage).toBe('http://localhost:5173/');
    expect(paths.popupPage).toBe('http://localhost:5173/popup.html');
  });

  it('takes images from the resources folder when installed', () => {
    const paths = appPaths({
      ...base,
      mainDirectory: '/opt/Softphone/resources/app.asar/out/main',
      devServerUrl: undefined,
      isPackaged: true,
    });
    expect(paths.trayIcons).toBe('/opt/Softphone/resources/icons/tray');
    expect(paths.appIcon).toBe('/opt/Softphone/resources/icons/app.png');
    expect(paths.popupPage).toBe(
      'file:///opt/Softphone/resources/app.asar/out/renderer/popup.html',
    );
  });
});

describe('trayIconFile', () => {
  it('picks the format each platform draws best', () => {
    expect(trayIconFile('/i', 'missed', 'win32')).toBe('/i/missed.ico');
    expect(trayIconFile('/i', 'missed', 'darwin')).toBe('/i/missedTemplate.png');
    expect(trayIconFile('/i', 'missed', 'linux')).toBe('/i/missed.png');
  });
});
