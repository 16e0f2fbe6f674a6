/**
 * The app's identity on the OS: electron-builder's `appId` (checked equal by
 * tests/unit/electron-builder-config.test.ts). Windows shows notifications and pins the taskbar
 * entry under this AppUserModelID, so main must set the same one the installer used.
 */
export const APP_ID = 'org.softphone.app';
