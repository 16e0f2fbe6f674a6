import { describe, expect, it } from 'vitest';
import { engineVersions } from './engine-versions';

describe('engineVersions', () => {
  it.each([
    [
      'the desktop app',
      'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) softphone/0.1.0 Chrome/140.0.7339.41 Electron/45.5.0 Safari/537.36',
      { electron: '45.5.0', chromium: '140.0.7339.41' },
    ],
    [
      'Debian Chromium',
      'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/141.0.0.0 Safari/537.36',
      { chromium: '141.0.0.0' },
    ],
    [
      'headless Chromium (the e2e tests)',
      'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/141.0.0.0 Safari/537.36',
      { chromium: '141.0.0.0' },
    ],
    ['Firefox', 'Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0', {}],
    ['nothing', '', {}],
  ])('%s', (_name, userAgent, expected) => {
    expect(engineVersions(userAgent)).toEqual(expected);
  });
});
