import { describe, expect, it, vi } from 'vitest';
import type { DesktopStatus } from '../../../src-preload/contract';
import type { HotkeyReport } from '../hotkeys/hotkey-service';
import { SessionSecretStore } from '../secrets';
import { appInfoOf, createDesktopStatus } from './desktop-status';

describe('createDesktopStatus', () => {
  it('reads every source when it builds the status, and pushes the current one', () => {
    const sources = {
      hotkeys: () => ({}) as HotkeyReport,
      startAtLoginError: vi.fn((): string | undefined => undefined),
      updates: vi.fn((): DesktopStatus['updates'] | undefined => undefined),
    };
    const pushed: DesktopStatus[] = [];
    const status = createDesktopStatus(
      { secrets: new SessionSecretStore(), secretWarning: 'weak' },
      sources,
      (next) => pushed.push(next),
    );
    expect(status.status()).toMatchObject({
      secretBackend: 'session',
      secretWarning: 'weak',
      updates: { state: 'off' },
    });
    sources.startAtLoginError.mockReturnValue('Start at login could not be turned on: no');
    status.changed();
    expect(pushed.at(-1)?.startAtLoginError).toMatch(/could not be turned on/);
  });
});

describe('appInfoOf', () => {
  it('describes the desktop app', () => {
    const info = appInfoOf({
      version: '1.2.3',
      platform: 'linux',
      secrets: new SessionSecretStore(),
      secretWarning: undefined,
      settings: { startupNotice: 'Settings were reset' } as never,
    });
    expect(info).toEqual({
      mode: 'desktop',
      version: '1.2.3',
      platform: 'linux',
      secretBackend: 'session',
      secretWarning: undefined,
      startupNotice: 'Settings were reset',
    });
  });
});
