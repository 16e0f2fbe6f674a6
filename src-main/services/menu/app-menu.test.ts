import { describe, expect, it } from 'vitest';
import { appMenuTemplate, commandsOf, rolesOf, type AppMenuItem } from './app-menu';

const platforms: NodeJS.Platform[] = ['darwin', 'linux', 'win32'];
const builds = platforms.flatMap((platform) =>
  [true, false].map((isPackaged) => ({ platform, isPackaged })),
);
const menu = (platform: NodeJS.Platform, isPackaged: boolean) =>
  appMenuTemplate({ platform, isPackaged, appName: 'Softphone' });
const labels = (items: AppMenuItem[]) => items.map((item) => item.label);

describe('appMenuTemplate', () => {
  it.each(builds.filter((b) => b.isPackaged))(
    'packaged on $platform: no reload, force-reload or DevTools, by role or by command',
    ({ platform }) => {
      const template = menu(platform, true);
      const roles: string[] = rolesOf(template);
      for (const role of ['reload', 'forceReload', 'toggleDevTools']) {
        expect(roles).not.toContain(role);
      }
      expect(commandsOf(template)).not.toContain('reload');
      expect(JSON.stringify(template)).not.toMatch(/CommandOrControl\+R|Shift\+I/);
    },
  );

  it.each(builds.filter((b) => !b.isPackaged))(
    'development on $platform: a guarded reload command and DevTools, never the raw reload roles',
    ({ platform }) => {
      const template = menu(platform, false);
      const roles: string[] = rolesOf(template);
      expect(roles).toContain('toggleDevTools');
      expect(roles).not.toContain('reload');
      expect(roles).not.toContain('forceReload');
      const view = template.find((item) => item.label === 'View');
      expect(view?.submenu?.[0]).toEqual({
        label: 'Reload',
        accelerator: 'CommandOrControl+R',
        command: 'reload',
      });
    },
  );

  it.each(builds)(
    'on $platform (packaged: $isPackaged): Edit, View, Window and Help',
    ({ platform, isPackaged }) => {
      const template = menu(platform, isPackaged);
      const roles = rolesOf(template);
      expect(roles).toEqual(expect.arrayContaining(['editMenu', 'windowMenu', 'help']));
      expect(commandsOf(template)).toEqual(expect.arrayContaining(['about', 'report-issue']));
      const expected = ['Edit', 'View', 'Window', 'Help'];
      expect(labels(template)).toEqual(
        platform === 'darwin' ? ['Softphone', ...expected] : expected,
      );
    },
  );

  it('has the macOS app menu (About, Services, Hide, Quit) only on darwin', () => {
    const [app] = menu('darwin', true);
    expect(app?.role).toBe('appMenu');
    expect(rolesOf(app?.submenu ?? [])).toEqual([
      'services',
      'hide',
      'hideOthers',
      'unhide',
      'quit',
    ]);
    expect(app?.submenu?.[0]).toEqual({ label: 'About Softphone', command: 'about' });
    for (const platform of ['linux', 'win32'] as const) {
      expect(rolesOf(menu(platform, true))).not.toContain('appMenu');
      const help = menu(platform, true).at(-1);
      expect(commandsOf(help?.submenu ?? [])).toEqual(['report-issue', 'about']);
    }
  });

  it.each(platforms)(
    'offers the customer portal in Help on %s only when there is one',
    (platform) => {
      const help = (portal: boolean) =>
        appMenuTemplate({ platform, isPackaged: true, appName: 'Softphone', portal }).find(
          (item) => item.role === 'help',
        )?.submenu ?? [];
      expect(commandsOf(help(false))).not.toContain('open-portal');
      expect(help(true)[0]).toEqual({ label: 'Open Customer Portal', command: 'open-portal' });
    },
  );
});
