import { describe, expect, it } from 'vitest';
import { isAppUrl, isPermissionAllowed, isTrustedSender } from './origin-policy';

const packaged = { pageUrl: 'file:///opt/Softphone/resources/app.asar/out/renderer/index.html' };
const dev = { pageUrl: 'http://127.0.0.1:5173/' };

describe('isAppUrl', () => {
  it.each([
    ['file:///opt/Softphone/resources/app.asar/out/renderer/index.html', packaged, true],
    ['file:///opt/Softphone/resources/app.asar/out/renderer/popup.html', packaged, true],
    ['file:///opt/Softphone/resources/app.asar/out/renderer/../../secrets', packaged, false],
    ['file:///etc/passwd', packaged, false],
    ['https://evil.example/index.html', packaged, false],
    ['http://127.0.0.1:5173/index.html', dev, true],
    ['http://127.0.0.1:5174/', dev, false],
    ['http://localhost:5173/', dev, false],
    ['not a url', dev, false],
    ['javascript:alert(1)', packaged, false],
  ])('%s -> %s', (url, origin, expected) => {
    expect(isAppUrl(url, origin)).toBe(expected);
  });
});

describe('isTrustedSender', () => {
  it('accepts only the top frame of our page', () => {
    expect(isTrustedSender({ url: dev.pageUrl, isMainFrame: true }, dev)).toBe(true);
    expect(isTrustedSender({ url: dev.pageUrl, isMainFrame: false }, dev)).toBe(false);
    expect(isTrustedSender({ url: 'https://evil.example/', isMainFrame: true }, dev)).toBe(false);
  });
});

describe('isPermissionAllowed', () => {
  it('grants audio capture to our page only', () => {
    expect(isPermissionAllowed('media', dev.pageUrl, dev, ['audio'])).toBe(true);
    expect(isPermissionAllowed('media', dev.pageUrl, dev, ['audio', 'video'])).toBe(false);
    expect(isPermissionAllowed('media', 'https://evil.example/', dev, ['audio'])).toBe(false);
  });
  it('refuses everything else', () => {
    for (const permission of [
      'geolocation',
      'clipboard-read',
      'openExternal',
      'midi',
      'display-capture',
    ]) {
      expect(isPermissionAllowed(permission, dev.pageUrl, dev)).toBe(false);
    }
  });
});
