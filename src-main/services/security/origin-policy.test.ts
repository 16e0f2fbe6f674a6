import { describe, expect, it } from 'vitest';
import { appPageUrl, hostileUrls } from './hostile-urls';
import { isAppUrl, isPermissionAllowed, isTrustedSender } from './origin-policy';

const packaged = { pageUrl: appPageUrl('index.html') };
const dev = { pageUrl: 'http://127.0.0.1:5173/' };
const hostile = hostileUrls(appPageUrl('index.html')).map(({ name, url }) => [name, url] as const);

describe('isAppUrl', () => {
  it.each([
    [appPageUrl('index.html'), packaged],
    [appPageUrl('popup.html'), packaged],
    // The same URL after parsing: the scheme is case-insensitive, localhost is the empty host.
    [appPageUrl('index.html').replace('file:', 'FILE:'), packaged],
    [appPageUrl('index.html').replace('file://', 'file://localhost'), packaged],
    ['http://127.0.0.1:5173/index.html', dev],
  ])('accepts our page %s', (url, origin) => {
    expect(isAppUrl(url, origin)).toBe(true);
  });

  it.each(hostile)('refuses %s (%s) for the packaged page', (_name, url) => {
    expect(isAppUrl(url, packaged)).toBe(false);
  });

  it.each([
    'http://127.0.0.1:5174/',
    'https://127.0.0.1:5173/',
    'http://localhost:5173/',
    'HTTP://EVIL.EXAMPLE:5173/',
    appPageUrl('index.html'),
    'not a url',
  ])('refuses %s for the dev server page', (url) => {
    expect(isAppUrl(url, dev)).toBe(false);
  });

  it('recognises nothing when our own page is not a local file', () => {
    const remote = { pageUrl: 'file://server/share/out/renderer/index.html' };
    expect(isAppUrl(remote.pageUrl, remote)).toBe(false);
  });
});

describe('isTrustedSender', () => {
  it('accepts the top frame of our page', () => {
    expect(isTrustedSender({ url: packaged.pageUrl, isMainFrame: true }, packaged)).toBe(true);
    expect(isTrustedSender({ url: dev.pageUrl, isMainFrame: true }, dev)).toBe(true);
  });
  it('refuses a sub-frame of our page', () => {
    expect(isTrustedSender({ url: packaged.pageUrl, isMainFrame: false }, packaged)).toBe(false);
  });
  it.each(hostile)('refuses a top frame at %s (%s)', (_name, url) => {
    expect(isTrustedSender({ url, isMainFrame: true }, packaged)).toBe(false);
  });
});

describe('isPermissionAllowed', () => {
  it('grants audio capture, output choice and notifications to our page', () => {
    expect(isPermissionAllowed('media', packaged.pageUrl, packaged, ['audio'])).toBe(true);
    expect(isPermissionAllowed('speaker-selection', packaged.pageUrl, packaged)).toBe(true);
    expect(isPermissionAllowed('notifications', packaged.pageUrl, packaged)).toBe(true);
  });

  it.each([
    ['no media types at all', []],
    ['video', ['video']],
    ['audio and video', ['audio', 'video']],
    ['an unknown type', ['unknown']],
  ])('refuses a media request naming %s', (_name, types) => {
    expect(isPermissionAllowed('media', packaged.pageUrl, packaged, types)).toBe(false);
  });

  it('refuses a media request that passes no media types', () => {
    expect(isPermissionAllowed('media', packaged.pageUrl, packaged)).toBe(false);
  });

  it.each(hostile)('refuses the microphone to %s (%s)', (_name, url) => {
    expect(isPermissionAllowed('media', url, packaged, ['audio'])).toBe(false);
    expect(isPermissionAllowed('speaker-selection', url, packaged)).toBe(false);
  });

  it.each(['geolocation', 'clipboard-read', 'openExternal', 'midi', 'display-capture', 'usb'])(
    'refuses %s even to our page',
    (permission) => {
      expect(isPermissionAllowed(permission, packaged.pageUrl, packaged)).toBe(false);
    },
  );
});
