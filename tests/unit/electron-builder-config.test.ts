import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import Ajv, { type ErrorObject } from 'ajv';
import { describe, expect, it } from 'vitest';
import { APP_ID } from '../../src-main/services/app-id';

/**
 * electron-builder.yml, checked the way electron-builder itself checks it (its own
 * scheme.json, draft-07) but stricter: no type coercion, so `asar: "yes"` fails here
 * even though electron-builder would quietly coerce it. Then the settings that matter
 * for security and desktop integration are asserted one by one, and every file the
 * config points at must exist.
 */

const root = join(import.meta.dirname, '..', '..');
const require = createRequire(import.meta.url);
// js-yaml is electron-builder's own YAML reader (a dependency of app-builder-lib); it has
// no bundled types, so we type the one function we use.
const yaml = require('js-yaml') as { load(text: string): unknown };

type Config = Record<string, unknown> & {
  protocols: { name: string; schemes: string[] }[];
  electronFuses: Record<string, boolean>;
  extraResources: { from: string; to: string }[];
  mac: Record<string, unknown> & { extendInfo: Record<string, string> };
  linux: Record<string, unknown>;
  win: Record<string, unknown>;
  nsis: Record<string, unknown>;
};

const loadConfig = () =>
  yaml.load(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as Config;
const scheme = JSON.parse(
  readFileSync(join(root, 'node_modules/app-builder-lib/scheme.json'), 'utf8'),
) as object;
// strict: false because scheme.json uses electron-builder's custom `typeof` keyword.
const validate = new Ajv({ allErrors: true, strict: false }).compile(scheme);

const describeErrors = (errors: ErrorObject[] | null | undefined) =>
  (errors ?? [])
    .map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`)
    .join('\n');

/** Additional-property errors: the ones a misspelt key produces. */
const unknownKeys = (errors: ErrorObject[] | null | undefined) =>
  (errors ?? [])
    .filter((e) => e.keyword === 'additionalProperties')
    .map(
      (e) =>
        `${e.instancePath}/${String((e.params as { additionalProperty?: string }).additionalProperty)}`,
    );

describe('electron-builder.yml against electron-builder’s JSON schema', () => {
  it('is valid', () => {
    const ok = validate(loadConfig());
    expect(describeErrors(validate.errors)).toBe('');
    expect(ok).toBe(true);
  });

  it.each([
    [
      'a misspelt top-level key',
      (c: Config) => ((c.protocol = c.protocols), delete (c as Partial<Config>).protocols),
      '/protocol',
    ],
    [
      'a misspelt fuse',
      (c: Config) => (c.electronFuses.runAsnode = false),
      '/electronFuses/runAsnode',
    ],
    ['a misspelt mac option', (c: Config) => (c.mac.hardenedRuntme = true), '/mac/hardenedRuntme'],
    [
      'a key under the wrong platform',
      (c: Config) => (c.linux.entitlements = 'build/entitlements.mac.plist'),
      '/linux/entitlements',
    ],
  ])('rejects %s', (_name, breakIt, path) => {
    const broken = loadConfig();
    breakIt(broken);
    expect(validate(broken)).toBe(false);
    expect(unknownKeys(validate.errors)).toContain(path);
  });

  it('rejects a wrong type without coercion', () => {
    const broken = { ...loadConfig(), asar: 'yes' };
    expect(validate(broken)).toBe(false);
  });
});

describe('electron-builder.yml settings', () => {
  const config = loadConfig();

  it('identifies and bundles the app', () => {
    expect(config).toMatchObject({
      appId: APP_ID,
      productName: 'Softphone',
      asar: true,
      files: ['out/**', 'package.json'],
    });
  });

  it('publishes a generic update feed, so latest*.yml files are written for the updater', () => {
    expect(config.publish).toEqual({
      provider: 'generic',
      url: 'https://github.com/softphone-app/softphone/releases/latest/download',
    });
  });

  it('registers exactly the four call schemes', () => {
    expect(config.protocols.flatMap((p) => p.schemes).sort()).toEqual([
      'callto',
      'sip',
      'sips',
      'tel',
    ]);
  });

  it('flips the security fuses', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
    });
  });

  it('signs macOS with the hardened runtime, microphone entitlement and usage text', () => {
    expect(config.mac).toMatchObject({ hardenedRuntime: true });
    expect(config.mac.extendInfo.NSMicrophoneUsageDescription).toMatch(/microphone/);
    for (const key of ['entitlements', 'entitlementsInherit'] as const) {
      const plist = readFileSync(join(root, String(config.mac[key])), 'utf8').replace(
        /<!--[\s\S]*?-->/g,
        '',
      );
      const granted = [...plist.matchAll(/<key>([^<]+)<\/key>\s*<true\/>/g)].map((m) => m[1]);
      // Exactly these: no disable-library-validation or allow-unsigned-executable-memory.
      expect(granted.sort()).toEqual([
        'com.apple.security.cs.allow-jit',
        'com.apple.security.device.audio-input',
      ]);
    }
  });

  it('builds nsis, dmg, AppImage and deb', () => {
    const targets = (platform: Record<string, unknown>) =>
      (platform.target as { target: string }[]).map((t) => t.target);
    expect(targets(config.win)).toEqual(['nsis']);
    expect(targets(config.mac)).toContain('dmg');
    expect(targets(config.linux)).toEqual(['AppImage', 'deb']);
  });

  it('registers the Windows handlers with a `--` before the link', () => {
    const nsh = readFileSync(join(root, String(config.nsis.include)), 'utf8');
    for (const scheme of ['tel', 'callto', 'sip', 'sips']) {
      expect(nsh).toContain(`softphoneRegisterScheme "${scheme}"`);
    }
    expect(nsh).toContain('-- $\\"%1$\\"');
    expect(nsh).not.toMatch(/"URL Protocol"\s+""/);
  });

  it('produces the Linux desktop entry we expect (electron-builder’s own generator)', async () => {
    type Helper = { computeDesktopEntry(options: unknown): Promise<string> };
    const { LinuxTargetHelper } = require('app-builder-lib/out/targets/LinuxTargetHelper') as {
      LinuxTargetHelper: new (packager: unknown) => Helper;
    };
    const metadata = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    const helper = new LinuxTargetHelper({
      appInfo: {
        productName: 'Softphone',
        sanitizedProductName: 'Softphone',
        description: metadata.description,
      },
      executableName: config.linux.executableName,
      info: { metadata },
      fileAssociations: [],
      config,
      platformSpecificBuildOptions: config.linux,
    });
    const entry = await helper.computeDesktopEntry(config.linux);
    expect(entry).toMatch(/^Exec=\/opt\/Softphone\/softphone -- %U$/m);
    expect(entry).toMatch(
      /^MimeType=x-scheme-handler\/tel;x-scheme-handler\/callto;x-scheme-handler\/sip;x-scheme-handler\/sips;$/m,
    );
    expect(entry).toMatch(/^Categories=Network;Telephony;$/m);
  });
});

describe('files the config points at', () => {
  const config = loadConfig();
  const pngSize = (file: string) => {
    const bytes = readFileSync(join(root, file));
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
  };

  it('exist', () => {
    const paths = [
      config.win.icon,
      config.mac.icon,
      config.linux.icon,
      config.mac.entitlements,
      config.mac.entitlementsInherit,
      config.nsis.include,
      ...config.extraResources.map((r) => r.from),
    ].map(String);
    for (const path of paths) expect(existsSync(join(root, path)), path).toBe(true);
  });

  it('give each platform an icon of the size it needs', () => {
    expect(pngSize(String(config.mac.icon))).toEqual([1024, 1024]);
    const ico = readFileSync(join(root, String(config.win.icon)));
    const count = ico.readUInt16LE(4);
    const widths = Array.from({ length: count }, (_, i) => ico[6 + i * 16] || 256);
    expect(widths).toContain(256);
    expect(widths).toContain(16);
    for (const size of [16, 32, 48, 128, 256, 512]) {
      expect(pngSize(`${String(config.linux.icon)}/${size}x${size}.png`)).toEqual([size, size]);
    }
  });

  it('ship a tray image set for every tray state', () => {
    const tray = config.extraResources.find((r) => r.to === 'icons/tray');
    expect(tray).toBeDefined();
    const files = readdirSync(join(root, tray!.from));
    for (const state of ['offline', 'registered', 'dnd', 'in-call', 'missed']) {
      for (const name of [
        `${state}.png`,
        `${state}@2x.png`,
        `${state}Template.png`,
        `${state}Template@2x.png`,
        `${state}.ico`,
      ]) {
        expect(files, name).toContain(name);
      }
      expect(pngSize(`${tray!.from}/${state}.png`)).toEqual([16, 16]);
      expect(pngSize(`${tray!.from}/${state}@2x.png`)).toEqual([32, 32]);
    }
  });
});
