import { describe, expect, it } from 'vitest';
import type { Rect } from '../popup/popup-layout';
import { clampToDisplays, WindowStateService, type WindowState } from './window-state';

const laptop: Rect = { x: 0, y: 0, width: 1440, height: 875 };
const monitor: Rect = { x: 1440, y: -200, width: 2560, height: 1400 };

describe('clampToDisplays', () => {
  it('keeps a window that is fully visible exactly where it was', () => {
    expect(clampToDisplays({ x: 100, y: 50, width: 420, height: 720 }, [laptop])).toEqual({
      x: 100,
      y: 50,
      width: 420,
      height: 720,
    });
    expect(clampToDisplays({ x: 2000, y: 0, width: 420, height: 720 }, [laptop, monitor])).toEqual({
      x: 2000,
      y: 0,
      width: 420,
      height: 720,
    });
  });

  it('brings back a window from an unplugged monitor onto the remaining display', () => {
    const back = clampToDisplays({ x: 2000, y: 0, width: 420, height: 720 }, [laptop]);
    expect(back).toEqual({ x: 1440 - 420, y: 0, width: 420, height: 720 });
  });

  it('pulls a title bar that is above the screen back down', () => {
    expect(clampToDisplays({ x: 100, y: -300, width: 420, height: 720 }, [laptop])).toEqual({
      x: 100,
      y: 0,
      width: 420,
      height: 720,
    });
  });

  it('shrinks a window taller than today’s display, never below the minimum size', () => {
    expect(clampToDisplays({ x: 0, y: 0, width: 420, height: 2000 }, [laptop])).toEqual({
      x: 0,
      y: 0,
      width: 420,
      height: 875,
    });
    expect(clampToDisplays({ x: 10, y: 10, width: 100, height: 100 }, [laptop])).toEqual({
      x: 10,
      y: 10,
      width: 360,
      height: 520,
    });
  });

  it('has no answer without displays', () => {
    expect(clampToDisplays({ x: 0, y: 0, width: 420, height: 720 }, [])).toBeUndefined();
  });
});

describe('WindowStateService', () => {
  function setup(stored: unknown, areas: Rect[] = [laptop]) {
    const saved: WindowState[] = [];
    const warnings: string[] = [];
    let removed = 0;
    const service = new WindowStateService({
      store: {
        read: () => {
          if (stored instanceof Error) throw stored;
          return stored;
        },
        write: (state) => void saved.push(state),
        remove: () => void (removed += 1),
      },
      workAreas: () => areas,
      log: { warn: (message) => void warnings.push(message) },
    });
    return { service, saved, warnings, removed: () => removed };
  }

  it('restores a saved state fitted to the displays', () => {
    const { service } = setup({
      bounds: { x: 5000, y: 10, width: 420, height: 720 },
      maximized: true,
    });
    expect(service.restore()).toEqual({
      bounds: { x: 1020, y: 10, width: 420, height: 720 },
      maximized: true,
    });
  });

  it('ignores nothing, garbage and an unreadable file', () => {
    expect(setup(undefined).service.restore()).toBeUndefined();
    expect(setup({ bounds: { x: 'a' } }).service.restore()).toBeUndefined();
    const broken = setup(new Error('EACCES'));
    expect(broken.service.restore()).toBeUndefined();
    expect(broken.warnings).toHaveLength(1);
  });

  it('saves rounded bounds and forgets them on request', () => {
    const t = setup(undefined);
    t.service.save({ bounds: { x: 1.4, y: 2.6, width: 420.2, height: 719.9 }, maximized: false });
    expect(t.saved).toEqual([
      { bounds: { x: 1, y: 3, width: 420, height: 720 }, maximized: false },
    ]);
    t.service.save({ bounds: { x: Number.NaN, y: 0, width: 1, height: 1 }, maximized: false });
    expect(t.saved).toHaveLength(1);
    t.service.clear();
    expect(t.removed()).toBe(1);
  });
});
