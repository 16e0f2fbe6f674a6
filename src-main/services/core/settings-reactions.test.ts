import { describe, expect, it, vi } from 'vitest';
import { defaultSettings, type Settings } from '../../../src-preload/contract';
import { updateFeedOf, watchSettings } from './settings-reactions';

function setup() {
  let current = defaultSettings();
  let listener: (next: Settings) => void = () => {};
  const deps = {
    settings: {
      get: () => current,
      subscribe: (next: (s: Settings) => void) => {
        listener = next;
        return () => (listener = () => {});
      },
    },
    push: vi.fn(),
    hotkeys: { apply: vi.fn() },
    startAtLogin: { apply: vi.fn(async () => {}) },
    updates: { configure: vi.fn() },
    refreshPopupViews: vi.fn(),
    refreshPhone: vi.fn(),
  };
  const unsubscribe = watchSettings(deps);
  const change = (patch: (s: Settings) => Partial<Settings>) => {
    current = { ...current, ...patch(current) };
    listener(current);
  };
  return { deps, change, unsubscribe };
}

describe('watchSettings', () => {
  it('pushes every change to the page, re-applies hotkeys and feed, refreshes tray and popups', () => {
    const { deps, change } = setup();
    change((s) => ({ calling: { ...s.calling, doNotDisturb: true } }));
    expect(deps.push).toHaveBeenCalledWith(
      expect.objectContaining({ calling: expect.objectContaining({ doNotDisturb: true }) }),
    );
    expect(deps.hotkeys.apply).toHaveBeenCalledOnce();
    expect(deps.updates.configure).toHaveBeenCalledWith(undefined);
    expect(deps.refreshPhone).toHaveBeenCalledOnce();
    expect(deps.startAtLogin.apply).not.toHaveBeenCalled();
    expect(deps.refreshPopupViews).not.toHaveBeenCalled();
  });

  it('changes start at login only when its switch moved', () => {
    const { deps, change } = setup();
    change((s) => ({ desktop: { ...s.desktop, startAtLogin: true } }));
    change((s) => ({ ui: { ...s.ui } }));
    expect(deps.startAtLogin.apply.mock.calls).toEqual([[true]]);
  });

  it('gives open popups their view again when the language or theme changes', () => {
    const { deps, change } = setup();
    change((s) => ({ ui: { ...s.ui, language: 'de' } }));
    change((s) => ({ ui: { ...s.ui, theme: 'dark' } }));
    change((s) => ({ desktop: { ...s.desktop, incomingPopup: false } }));
    expect(deps.refreshPopupViews).toHaveBeenCalledTimes(2);
  });

  it('stops reacting once unsubscribed', () => {
    const { deps, change, unsubscribe } = setup();
    unsubscribe();
    change((s) => ({ ui: { ...s.ui, language: 'de' } }));
    expect(deps.push).not.toHaveBeenCalled();
  });
});

describe('updateFeedOf', () => {
  it("prefers the user's feed over the provisioning profile's", () => {
    const base = defaultSettings();
    const provisioned = {
      ...base,
      provisioning: { updateFeedUrl: 'https://p.example/feed' },
    } as Settings;
    expect(updateFeedOf(base)).toBeUndefined();
    expect(updateFeedOf(provisioned)).toBe('https://p.example/feed');
    expect(
      updateFeedOf({ ...provisioned, updates: { ...base.updates, feedUrl: 'https://u.example' } }),
    ).toBe('https://u.example');
  });
});
