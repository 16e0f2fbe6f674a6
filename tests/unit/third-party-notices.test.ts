import type { Dependency } from 'rollup-plugin-license';
import { describe, expect, it } from 'vitest';
import { formatNotices } from '../../scripts/third-party-notices';

function dependency(overrides: Partial<Dependency>): Dependency {
  return {
    name: 'x',
    maintainers: [],
    version: '1.0.0',
    description: null,
    repository: null,
    homepage: null,
    private: false,
    license: 'MIT',
    licenseText: 'MIT text',
    noticeText: null,
    author: null,
    contributors: [],
    ...overrides,
  } as Dependency;
}

describe('formatNotices', () => {
  const app = { name: 'Softphone', version: '1.2.3' };

  it('lists each package by name with its version, licence, home page and licence text', () => {
    const text = formatNotices(app, [
      dependency({ name: 'vue', version: '3.5.0', licenseText: 'Copyright Evan You' }),
      dependency({
        name: 'jssip',
        version: '3.13.8',
        homepage: 'https://jssip.net',
        licenseText: 'Copyright José Luis Millán',
        noticeText: 'NOTICE: keep this',
      }),
      dependency({ name: 'ical.js', license: 'MPL-2.0', licenseText: 'Mozilla Public License' }),
    ]);
    expect(text).toMatch(/^Softphone 1\.2\.3: third-party notices\n/);
    expect(text).toContain('licensed under the MIT licence');
    expect(text).toContain('packages (3)');
    // Sorted by name, in the summary and in the sections.
    expect(text.indexOf('  ical.js 1.0.0 (MPL-2.0)')).toBeLessThan(
      text.indexOf('  jssip 3.13.8 (MIT)'),
    );
    expect(text.indexOf('  jssip 3.13.8 (MIT)')).toBeLessThan(text.indexOf('  vue 3.5.0 (MIT)'));
    expect(text).toContain(
      'jssip 3.13.8\nLicence: MIT\nHome page: https://jssip.net\n\nCopyright José Luis Millán\n\nNOTICE: keep this',
    );
    expect(text).toContain('Mozilla Public License');
  });

  it('points to the SPDX text when a package ships no licence file', () => {
    const text = formatNotices(app, [
      dependency({ name: 'bare', license: 'ISC', licenseText: null }),
    ]);
    expect(text).toContain('https://spdx.org/licenses/ISC.html');
  });

  it('is the same text whatever order the bundler met the packages in', () => {
    const a = dependency({ name: 'a' });
    const b = dependency({ name: 'b' });
    expect(formatNotices(app, [a, b])).toBe(formatNotices(app, [b, a]));
  });
});
