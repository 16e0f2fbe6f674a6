import { describe, expect, it } from 'vitest';
import { protocolClientArgs, shouldClaimScheme } from './link-schemes';

describe('protocol registration', () => {
  it('puts the -- sentinel before the link, and the app path first in development', () => {
    expect(protocolClientArgs({ isPackaged: true })).toEqual(['--']);
    expect(protocolClientArgs({ isPackaged: false, appPath: '/src/softphone' })).toEqual([
      '/src/softphone',
      '--',
    ]);
  });

  it('claims a scheme only when nobody else handles it', () => {
    expect(shouldClaimScheme('', ['Softphone'])).toBe(true);
    expect(shouldClaimScheme('softphone.desktop', ['Softphone'])).toBe(true);
    expect(shouldClaimScheme('Microsoft Teams', ['Softphone'])).toBe(false);
  });
});
