import { describe, expect, it } from 'vitest';
import { popupLayout, trayCorner, usualCorner, type Corner, type Rect } from './popup-layout';

const display: Rect = { x: 0, y: 0, width: 1920, height: 1080 };
/** Windows, taskbar at the bottom (40px). */
const winArea: Rect = { x: 0, y: 0, width: 1920, height: 1040 };
/** macOS, 25px menu bar at the top, dock at the bottom. */
const macArea: Rect = { x: 0, y: 25, width: 1920, height: 985 };

const inside = (outer: Rect, r: Rect) =>
  r.x >= outer.x &&
  r.y >= outer.y &&
  r.x + r.width <= outer.x + outer.width &&
  r.y + r.height <= outer.y + outer.height;
const overlaps = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('usualCorner', () => {
  const rows: [string, string | undefined, Corner][] = [
    ['win32', undefined, 'bottom-right'],
    ['darwin', undefined, 'top-right'],
    ['linux', 'ubuntu:GNOME', 'top-right'],
    ['linux', 'GNOME', 'top-right'],
    ['linux', 'Unity', 'top-right'],
    ['linux', 'KDE', 'bottom-right'],
    ['linux', 'XFCE', 'bottom-right'],
    ['linux', undefined, 'bottom-right'],
    ['freebsd', undefined, 'bottom-right'],
  ];
  it.each(rows)('%s / %s -> %s', (platform, desktop, corner) => {
    expect(usualCorner(platform, desktop)).toBe(corner);
  });
});

describe('trayCorner', () => {
  it('follows the tray to any corner', () => {
    expect(trayCorner({ x: 1800, y: 1050, width: 24, height: 24 }, display)).toBe('bottom-right');
    expect(trayCorner({ x: 1700, y: 0, width: 22, height: 22 }, display)).toBe('top-right');
    expect(trayCorner({ x: 10, y: 1050, width: 24, height: 24 }, display)).toBe('bottom-left');
    expect(trayCorner({ x: 10, y: 10, width: 24, height: 24 }, display)).toBe('top-left');
  });
});

describe('popupLayout', () => {
  it('puts one popup in the bottom-right corner of a Windows work area', () => {
    const layout = popupLayout({
      workArea: winArea,
      displayBounds: display,
      platform: 'win32',
      count: 1,
    });
    expect(layout).toEqual({
      corner: 'bottom-right',
      rects: [{ x: 1920 - 12 - 320, y: 1040 - 12 - 110, width: 320, height: 110 }],
      hidden: 0,
    });
  });

  it('stacks newest nearest the corner, upwards from the bottom, without overlap', () => {
    const { rects } = popupLayout({
      workArea: winArea,
      displayBounds: display,
      platform: 'win32',
      count: 3,
    });
    expect(rects.map((r) => r.y)).toEqual([918, 800, 682]);
    for (const r of rects) expect(inside(winArea, r)).toBe(true);
    expect(overlaps(rects[0]!, rects[1]!)).toBe(false);
  });

  it('stacks downwards under the macOS menu bar', () => {
    const { corner, rects } = popupLayout({
      workArea: macArea,
      displayBounds: display,
      trayBounds: { x: 1600, y: 0, width: 24, height: 22 },
      platform: 'darwin',
      count: 2,
    });
    expect(corner).toBe('top-right');
    expect(rects.map((r) => r.y)).toEqual([37, 155]);
  });

  it('uses the tray position over the platform default (taskbar on the left)', () => {
    const area: Rect = { x: 60, y: 0, width: 1860, height: 1080 };
    const layout = popupLayout({
      workArea: area,
      displayBounds: display,
      trayBounds: { x: 18, y: 1000, width: 24, height: 24 },
      platform: 'win32',
      count: 1,
    });
    expect(layout.corner).toBe('bottom-left');
    expect(layout.rects[0]).toMatchObject({ x: 72 });
  });

  it('ignores zero-sized (Linux) or off-display tray bounds', () => {
    const zero = popupLayout({
      workArea: winArea,
      displayBounds: display,
      trayBounds: { x: 0, y: 0, width: 0, height: 0 },
      platform: 'linux',
      desktop: 'GNOME',
      count: 1,
    });
    expect(zero.corner).toBe('top-right');
    const elsewhere = popupLayout({
      workArea: winArea,
      displayBounds: display,
      trayBounds: { x: -1900, y: 10, width: 24, height: 24 },
      platform: 'win32',
      count: 1,
    });
    expect(elsewhere.corner).toBe('bottom-right');
  });

  it('caps at four popups and counts the rest', () => {
    const layout = popupLayout({
      workArea: winArea,
      displayBounds: display,
      platform: 'win32',
      count: 7,
    });
    expect(layout.rects).toHaveLength(4);
    expect(layout.hidden).toBe(3);
  });

  it('shows fewer on a short work area, all inside it', () => {
    const short: Rect = { x: 0, y: 0, width: 1280, height: 300 };
    const layout = popupLayout({
      workArea: short,
      displayBounds: short,
      platform: 'win32',
      count: 4,
    });
    expect(layout.rects).toHaveLength(2);
    expect(layout.hidden).toBe(2);
    for (const r of layout.rects) expect(inside(short, r)).toBe(true);
  });

  it('shrinks to fit a tiny work area instead of overflowing', () => {
    const tiny: Rect = { x: 100, y: 50, width: 200, height: 80 };
    const layout = popupLayout({
      workArea: tiny,
      displayBounds: tiny,
      platform: 'win32',
      count: 2,
    });
    expect(layout.rects).toHaveLength(1);
    expect(inside(tiny, layout.rects[0]!)).toBe(true);
  });

  it('works on a secondary display with negative coordinates', () => {
    const left: Rect = { x: -1280, y: -200, width: 1280, height: 1024 };
    const { rects } = popupLayout({
      workArea: left,
      displayBounds: left,
      platform: 'linux',
      desktop: 'KDE',
      count: 4,
      max: 10,
    });
    for (const r of rects) expect(inside(left, r)).toBe(true);
    expect(rects[0]).toEqual({ x: -12 - 320, y: -200 + 1024 - 12 - 110, width: 320, height: 110 });
  });

  it('returns integers and handles zero or fractional counts', () => {
    expect(
      popupLayout({ workArea: winArea, displayBounds: display, platform: 'win32', count: 0 }),
    ).toMatchObject({ rects: [], hidden: 0 });
    const odd: Rect = { x: 0.5, y: 0.25, width: 1000.7, height: 700.3 };
    const { rects } = popupLayout({
      workArea: odd,
      displayBounds: odd,
      platform: 'win32',
      count: 2.9,
    });
    expect(rects).toHaveLength(2);
    for (const r of rects) expect(Object.values(r).every(Number.isInteger)).toBe(true);
  });
});
